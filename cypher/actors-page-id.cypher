// A page of actors by id, in {{direction}} order: the rows after the cursor $after (its sort key), $limit of them.
MATCH (a:Actor)
// include: actor-filter
WITH a
WHERE $after IS NULL OR a.id {{after}} $after[0]
RETURN a.id AS id, [a.id] AS key
ORDER BY a.id {{direction}}
LIMIT $limit
