// Partnerships' areas, in the order of the record's list (ord), each with its own provenance if it has one.
UNWIND $links AS link
MATCH (p:Partnership {id: link.from})
MATCH (area:Area {id: link.to})
CREATE (p)-[:IN_AREA {ord: link.ord, evidence: link.evidence, provenance: link.provenance}]->(area)
RETURN count(*) AS created
