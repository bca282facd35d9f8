// TITLE order and keyset pagination of partnerships.
CREATE INDEX partnership_sort_name IF NOT EXISTS
FOR (n:Partnership) ON (n.sortName)
