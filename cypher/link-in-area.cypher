// Partnerships' areas, in the order of the record's list (ord): each partnership is found once and its
// whole list is linked in the same pass. A link with its own provenance keeps it (a null is not stored: the
// link then shares its partnership's).
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
UNWIND row.links AS link
MATCH (area:Area {id: link.to})
CREATE (p)-[:IN_AREA {ord: link.ord, evidence: link.evidence, provenance: link.provenance}]->(area)
RETURN count(*) AS created
