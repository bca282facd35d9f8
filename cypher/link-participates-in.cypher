// Partnerships' participants, in the order of the record's list (ord), each with its own provenance if it has
// one (a null property is not stored: the participation then shares its partnership's).
UNWIND $links AS link
MATCH (x:Actor {id: link.to})
MATCH (p:Partnership {id: link.from})
CREATE (x)-[:PARTICIPATES_IN {role: link.role, ord: link.ord, evidence: link.evidence, provenance: link.provenance}]->(p)
RETURN count(*) AS created
