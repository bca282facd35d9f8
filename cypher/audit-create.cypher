// A write's audit entry, created in the write's own transaction: committed with the change or not at all.
// The record is the entry as JSON (the store does not look into it); the revision is the write's.
CREATE (:AuditEntry {revision: $revision, record: $record})
