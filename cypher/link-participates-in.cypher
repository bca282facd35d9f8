// Partnerships' participants, in the order of the record's list (ord): each partnership is found once and
// its whole list is linked in the same pass, each participation with its own provenance if it has one.
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
UNWIND row.links AS link
MATCH (x:Actor {id: link.to})
CREATE (x)-[:PARTICIPATES_IN {role: link.role, ord: link.ord, evidence: link.evidence, provenance: link.provenance}]->(p)
RETURN count(*) AS created
