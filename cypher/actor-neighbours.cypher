// neighbourhood(): the actors tied to any actor of the ring $ring in the actor network of the filter
// (docs/design.md §4): taking part in a partnership that passes the partnership filter, and passing $sectors
// and $evidence themselves. One query per ring of the breadth-first search (src/store/neighbourhood.ts).
UNWIND $ring AS origin
MATCH (:Actor {id: origin})-[own:PARTICIPATES_IN]->(p:Partnership)
// include: partnership-filter
MATCH (b:Actor)-[part:PARTICIPATES_IN]->(p)
WHERE b.id <> origin AND ($sectors IS NULL OR b.sector IN $sectors)
  // the evidence filter (src/domain/partnership.ts withEvidence): both parts and the other actor pass it
  AND ($evidence IS NULL OR (coalesce(own.evidence, p.evidence, 'DOCUMENTED') IN $evidence
    AND coalesce(part.evidence, p.evidence, 'DOCUMENTED') IN $evidence
    AND coalesce(b.evidence, 'DOCUMENTED') IN $evidence))
RETURN collect(DISTINCT b.id) AS actorIds
