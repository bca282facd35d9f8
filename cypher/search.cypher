// search(): the records whose searchText has a word starting with each query word ($query is the Lucene
// query "+w1* +w2*" built from the folded query words), ranked as listing/search.ts searchScore and
// compareSearchHits rank them: score (3 = a name is the phrase, 2 = the primary name starts with it, else
// 1), then kind (actors, partnerships, areas, themes, target groups), then folded name, then id. Only the
// best $limit rows leave the database; the adapter re-checks and re-sorts them with the same functions.
// $evidence (null: any) keeps actors and partnerships of those evidences; other records have none.
CALL db.index.fulltext.queryNodes('network_search', $query) YIELD node
WHERE $evidence IS NULL OR NOT (node:Actor OR node:Partnership)
  OR coalesce(node.evidence, 'DOCUMENTED') IN $evidence
WITH node,
  CASE
    WHEN $phrase IN node.searchNames THEN 3
    WHEN node.searchNames[0] STARTS WITH $phrase THEN 2
    ELSE 1
  END AS score,
  CASE
    WHEN node:Actor THEN 0
    WHEN node:Partnership THEN 1
    WHEN node:Area THEN 2
    WHEN node:Theme THEN 3
    ELSE 4
  END AS kindRank
RETURN node.id AS id, kindRank, node {.name, .title, .acronym, .altName, .identifiers} AS names, score
ORDER BY score DESC, kindRank ASC, node.sortName ASC, node.id ASC
LIMIT $limit
