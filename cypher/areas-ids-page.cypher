// A page of all area ids in id order, after the id in $after
// (a one-item key list as in the page statements, null for the first page): snapshots stream in pages.
MATCH (n:Area)
WHERE $after IS NULL OR n.id > $after[0]
RETURN n.id AS id
ORDER BY n.id ASC
LIMIT $limit
