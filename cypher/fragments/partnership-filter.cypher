// The partnership listing filter (listing/filters.ts partnershipMatches), included by every partnership listing
// statement: counts, pages, participants and neighbours select the same rows. Parameters: $ids $kinds $asOf
// $actorIds $roles $areaIds $themeIds $targetGroupIds $text (null: no condition).
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($evidence IS NULL OR coalesce(p.evidence, 'DOCUMENTED') IN $evidence)
  AND ($asOf IS NULL OR ((p.startDate IS NULL OR p.startDate <= $asOf) AND (p.endDate IS NULL OR p.endDate >= $asOf)))
  AND ($actorIds IS NULL OR EXISTS {
    MATCH (x:Actor)-[r:PARTICIPATES_IN]->(p)
    WHERE x.id IN $actorIds AND ($roles IS NULL OR r.role IN $roles)
      AND ($evidence IS NULL OR coalesce(r.evidence, p.evidence, 'DOCUMENTED') IN $evidence)
  })
  AND ($actorIds IS NOT NULL OR $roles IS NULL OR EXISTS {
    MATCH (:Actor)-[r:PARTICIPATES_IN]->(p)
    WHERE r.role IN $roles AND ($evidence IS NULL OR coalesce(r.evidence, p.evidence, 'DOCUMENTED') IN $evidence)
  })
  AND ($areaIds IS NULL OR EXISTS {
    MATCH (p)-[link:IN_AREA]->(:Area)-[:PART_OF*0..]->(scope:Area)
    WHERE scope.id IN $areaIds AND ($evidence IS NULL OR coalesce(link.evidence, p.evidence, 'DOCUMENTED') IN $evidence)
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
