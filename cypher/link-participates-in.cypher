// Partnerships' participants, in the order of the record's list (ord).
UNWIND $links AS link
MATCH (x:Actor {id: link.to})
MATCH (p:Partnership {id: link.from})
CREATE (x)-[:PARTICIPATES_IN {role: link.role, ord: link.ord}]->(p)
RETURN count(*) AS created
