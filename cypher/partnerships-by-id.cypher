// Whole partnerships by id. Unknown ids give no row.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN
// include: partnership-record
AS record
