// Partnerships' target groups with their counts, in list order (ord): each partnership is found once and
// its whole list is linked in the same pass. SET to null stores nothing, so an unknown count stays absent.
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
UNWIND row.links AS link
MATCH (g:TargetGroup {id: link.to})
CREATE (p)-[r:FOR_GROUP {ord: link.ord}]->(g)
SET r.targeted = link.targeted, r.reached = link.reached
RETURN count(*) AS created
