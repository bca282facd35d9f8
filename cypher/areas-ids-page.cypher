// A page of all area ids in id order, after $after (null for the first page): snapshots stream in pages.
MATCH (n:Area)
WHERE $after IS NULL OR n.id > $after
RETURN n.id AS id
ORDER BY n.id ASC
LIMIT $limit
