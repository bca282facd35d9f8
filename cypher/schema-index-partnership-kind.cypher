// Partnership filter by kind.
CREATE INDEX partnership_kind IF NOT EXISTS
FOR (n:Partnership) ON (n.kind)
