// One audit entry per revision; the constraint also indexes the catch-up read by revision.
CREATE CONSTRAINT audit_entry_revision IF NOT EXISTS
FOR (n:AuditEntry) REQUIRE n.revision IS UNIQUE
