// Partnerships' themes, in the order of the record's list (ord): each partnership is found once and its
// whole list is linked in the same pass.
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
UNWIND row.links AS link
MATCH (theme:Theme {id: link.to})
CREATE (p)-[:ON_THEME {ord: link.ord}]->(theme)
RETURN count(*) AS created
