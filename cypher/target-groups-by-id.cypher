// Whole target groups by id.
UNWIND $ids AS id
MATCH (g:TargetGroup {id: id})
RETURN g {.id, .name, .description, .source} AS record
