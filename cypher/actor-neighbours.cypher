// neighbourhood(): the actors tied to any actor of the ring $ring in the actor network of the filter
// (docs/design.md §4): taking part in a partnership that passes the partnership filter, and passing $sectors
// themselves. One query per ring of the breadth-first search (src/store/neighbourhood.ts).
UNWIND $ring AS origin
MATCH (:Actor {id: origin})-[:PARTICIPATES_IN]->(p:Partnership)
// include: partnership-filter
MATCH (b:Actor)-[:PARTICIPATES_IN]->(p)
WHERE b.id <> origin AND ($sectors IS NULL OR b.sector IN $sectors)
RETURN collect(DISTINCT b.id) AS actorIds
