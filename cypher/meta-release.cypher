// Last statement of a write that changed nothing: the revision stays, the lock marker goes.
MATCH (m:Meta {id: $metaId})
REMOVE m._lock
RETURN m.revision AS revision
