// First statement of every write transaction: takes the write lock on the :Meta node (held until the
// transaction ends), so writes are serialised and the revision read here cannot change under the write.
// Neo4j reads are read-committed: without the lock, two writes could both read revision r and both
// write r + 1 (a lost update). meta-bump or meta-release removes the marker property again.
MERGE (m:Meta {id: $metaId})
ON CREATE SET m.revision = 0
SET m._lock = true
RETURN m.revision AS revision
