// START_DATE order and keyset pagination of partnerships.
CREATE INDEX partnership_start_sort IF NOT EXISTS
FOR (n:Partnership) ON (n.startSort)
