// Themes listed by name.
CREATE INDEX theme_sort_name IF NOT EXISTS
FOR (n:Theme) ON (n.sortName)
