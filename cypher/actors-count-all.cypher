// totalCount of an unfiltered actor listing: a label count, which Neo4j answers from its count store
// without reading a node (the plan is a NodeCountFromCountStore).
MATCH (a:Actor)
RETURN count(a) AS total
