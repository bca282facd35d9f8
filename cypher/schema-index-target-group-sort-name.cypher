// Target groups listed by name.
CREATE INDEX target_group_sort_name IF NOT EXISTS
FOR (n:TargetGroup) ON (n.sortName)
