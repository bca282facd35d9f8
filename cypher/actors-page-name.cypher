// A page of actors by folded name, then id, in {{direction}} order: the rows after the cursor $after (its sort key), $limit of them.
MATCH (a:Actor)
// include: actor-filter
WITH a
WHERE $after IS NULL OR a.sortName {{after}} $after[0] OR (a.sortName = $after[0] AND a.id {{after}} $after[1])
RETURN a.id AS id, [a.sortName, a.id] AS key
ORDER BY a.sortName {{direction}}, a.id {{direction}}
LIMIT $limit
