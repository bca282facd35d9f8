// Partnerships' target groups with their counts, in list order (ord). SET to null stores nothing, so an
// unknown count stays absent.
UNWIND $links AS link
MATCH (p:Partnership {id: link.from})
MATCH (g:TargetGroup {id: link.to})
CREATE (p)-[r:FOR_GROUP {ord: link.ord}]->(g)
SET r.targeted = link.targeted, r.reached = link.reached
RETURN count(*) AS created
