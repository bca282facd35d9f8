// neighbourhood(): the actors tied to any actor of the ring $ring in the actor network of the filter
// (docs/design.md §4): taking part in a partnership that passes the partnership filter, and passing $sectors
// themselves. One query per ring of the breadth-first search (src/store/neighbourhood.ts).
UNWIND $ring AS origin
MATCH (:Actor {id: origin})-[:PARTICIPATES_IN]->(p:Partnership)
// filter: listing.ts partnershipMatches; every partnership listing statement repeats this block verbatim (a test checks)
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($asOf IS NULL OR ((p.startDate IS NULL OR p.startDate <= $asOf) AND (p.endDate IS NULL OR p.endDate >= $asOf)))
  AND ($actorIds IS NULL OR EXISTS {
    MATCH (x:Actor)-[r:PARTICIPATES_IN]->(p)
    WHERE x.id IN $actorIds AND ($roles IS NULL OR r.role IN $roles)
  })
  AND ($actorIds IS NOT NULL OR $roles IS NULL OR EXISTS {
    MATCH (:Actor)-[r:PARTICIPATES_IN]->(p)
    WHERE r.role IN $roles
  })
  AND ($areaIds IS NULL OR EXISTS {
    MATCH (p)-[:IN_AREA]->(:Area)-[:PART_OF*0..]->(scope:Area)
    WHERE scope.id IN $areaIds
  })
  AND ($themeIds IS NULL OR EXISTS {
    MATCH (p)-[:ON_THEME]->(theme:Theme)
    WHERE theme.id IN $themeIds
  })
  AND ($targetGroupIds IS NULL OR EXISTS {
    MATCH (p)-[:FOR_GROUP]->(g:TargetGroup)
    WHERE g.id IN $targetGroupIds
  })
  AND ($text IS NULL OR p.sortName CONTAINS $text)
// end filter
MATCH (b:Actor)-[:PARTICIPATES_IN]->(p)
WHERE b.id <> origin AND ($sectors IS NULL OR b.sector IN $sectors)
RETURN collect(DISTINCT b.id) AS actorIds
