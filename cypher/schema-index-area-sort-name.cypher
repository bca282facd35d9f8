// Areas listed by name.
CREATE INDEX area_sort_name IF NOT EXISTS
FOR (n:Area) ON (n.sortName)
