// Partnerships' areas, in the order of the record's list (ord).
UNWIND $links AS link
MATCH (p:Partnership {id: link.from})
MATCH (area:Area {id: link.to})
CREATE (p)-[:IN_AREA {ord: link.ord}]->(area)
RETURN count(*) AS created
