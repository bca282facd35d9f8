// Whole actors by id (the one actor projection: listings fetch ids, then this). Unknown ids give no row.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {
  .id, .name, .acronym, .sector, .kind, .description, .website, .contact, .tags, .identifiers, .source, .provenance,
  homeAreaId: head([(a)-[:BASED_IN]->(home:Area) | home.id])
} AS record
