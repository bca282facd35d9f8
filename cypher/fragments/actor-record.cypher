// The one projection of a whole actor `a` (records.ts FROM_ROW reads it), included wherever actors are read.
a {
  .id, .name, .acronym, .sector, .kind, .description, .website, .contact, .tags, .identifiers, .source, .provenance,
  homeAreaId: head([(a)-[:BASED_IN]->(home:Area) | home.id])
}
