// totalCount of an unfiltered partnership listing: a label count, which Neo4j answers from its count store
// without reading a node (the plan is a NodeCountFromCountStore).
MATCH (p:Partnership)
RETURN count(p) AS total
