// Last statement of a write that changed something: the revision moves by exactly one.
MATCH (m:Meta {id: $metaId})
SET m.revision = m.revision + 1
REMOVE m._lock
RETURN m.revision AS revision
