// A page of partnerships by id, in {{direction}} order: the rows after the cursor $after (its sort key), $limit of them.
MATCH (p:Partnership)
// include: partnership-filter
WITH p
WHERE $after IS NULL OR p.id {{after}} $after[0]
RETURN p.id AS id, [p.id] AS key
ORDER BY p.id {{direction}}
LIMIT $limit
