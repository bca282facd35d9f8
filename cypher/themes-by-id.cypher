// Whole themes by id.
UNWIND $ids AS id
MATCH (t:Theme {id: id})
RETURN t {.id, .name, .description, .source} AS record
