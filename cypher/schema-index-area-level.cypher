// listAreas(level) and coverage by level.
CREATE INDEX area_level IF NOT EXISTS
FOR (n:Area) ON (n.level)
