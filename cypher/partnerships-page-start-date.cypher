// A page of partnerships by start date (undated first: startSort is ''), then folded title, then id, in {{direction}} order: the rows after the cursor $after (its sort key), $limit of them.
MATCH (p:Partnership)
// include: partnership-filter
WITH p
WHERE $after IS NULL OR p.startSort {{after}} $after[0]
  OR (p.startSort = $after[0] AND (p.sortName {{after}} $after[1] OR (p.sortName = $after[1] AND p.id {{after}} $after[2])))
RETURN p.id AS id, [p.startSort, p.sortName, p.id] AS key
ORDER BY p.startSort {{direction}}, p.sortName {{direction}}, p.id {{direction}}
LIMIT $limit
