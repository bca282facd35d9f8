// The store revision; 0 for a database no store has written to yet.
OPTIONAL MATCH (m:Meta {id: $metaId})
RETURN coalesce(m.revision, 0) AS revision
