// The revision lives in one :Meta node, created at revision 0 the first time a store opens the database.
MERGE (m:Meta {id: $metaId})
ON CREATE SET m.revision = 0
RETURN m.revision AS revision
