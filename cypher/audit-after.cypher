// The audit entries committed after a revision, oldest first: what the audit log has to catch up with.
MATCH (e:AuditEntry)
WHERE e.revision > $after
RETURN e.record AS record
ORDER BY e.revision
