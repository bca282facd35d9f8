// Whole actors by id (listings fetch ids, then this). Unknown ids give no row.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN
// include: actor-record
AS record
