// Whole areas by id.
UNWIND $ids AS id
MATCH (a:Area {id: id})
RETURN a {
  .id, .name, .altName, .level, .population, .childPopulation, .source,
  parentId: head([(a)-[:PART_OF]->(parent:Area) | parent.id])
} AS record
