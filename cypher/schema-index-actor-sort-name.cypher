// NAME order and keyset pagination of actors.
CREATE INDEX actor_sort_name IF NOT EXISTS
FOR (n:Actor) ON (n.sortName)
