// Creates or replaces actors: SET n = props replaces every property (fields left out are removed),
// so an upsert replaces the whole record. Links are rewritten by unlink-* and link-* statements.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
SET n = row.props
RETURN count(n) AS written
