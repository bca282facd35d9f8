// A page of partnerships by folded title, then id, in {{direction}} order: the rows after the cursor $after (its sort key), $limit of them.
MATCH (p:Partnership)
// include: partnership-filter
WITH p
WHERE $after IS NULL OR p.sortName {{after}} $after[0] OR (p.sortName = $after[0] AND p.id {{after}} $after[1])
RETURN p.id AS id, [p.sortName, p.id] AS key
ORDER BY p.sortName {{direction}}, p.id {{direction}}
LIMIT $limit
