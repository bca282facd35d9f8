// Partnerships' areas, in the order of the record's list (ord): each partnership is found once and its
// whole list is linked in the same pass.
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
UNWIND row.links AS link
MATCH (area:Area {id: link.to})
CREATE (p)-[:IN_AREA {ord: link.ord}]->(area)
RETURN count(*) AS created
