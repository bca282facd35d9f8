// Partnerships' participants, in the order of the record's list (ord): each partnership is found once and
// its whole list is linked in the same pass.
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
UNWIND row.links AS link
MATCH (x:Actor {id: link.to})
CREATE (x)-[:PARTICIPATES_IN {role: link.role, ord: link.ord}]->(p)
RETURN count(*) AS created
