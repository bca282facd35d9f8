// listAreas: the ids of the areas of a level and/or with a direct parent (the caller sorts the records).
MATCH (a:Area)
WHERE ($level IS NULL OR a.level = $level)
  AND ($parentId IS NULL OR EXISTS {
    MATCH (a)-[:PART_OF]->(parent:Area)
    WHERE parent.id = $parentId
  })
RETURN a.id AS id
