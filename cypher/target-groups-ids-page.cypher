// A page of all target group ids in id order, after $after (null for the first page): snapshots stream in pages.
MATCH (n:TargetGroup)
WHERE $after IS NULL OR n.id > $after
RETURN n.id AS id
ORDER BY n.id ASC
LIMIT $limit
