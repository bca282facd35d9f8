// The actor listing filter (listing/filters.ts actorMatches), included by every actor listing statement: counts and
// pages select the same rows. Parameters: $ids $participantIds $sectors $kinds $homeAreaIds $text $identifierKeys
// $evidence (null: no condition).
WHERE ($ids IS NULL OR a.id IN $ids)
  AND ($participantIds IS NULL OR a.id IN $participantIds)
  AND ($sectors IS NULL OR a.sector IN $sectors)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($homeAreaIds IS NULL OR EXISTS {
    MATCH (a)-[:BASED_IN]->(:Area)-[:PART_OF*0..]->(scope:Area)
    WHERE scope.id IN $homeAreaIds
  })
  AND ($text IS NULL OR a.sortName CONTAINS $text OR (a.foldedAcronym IS NOT NULL AND a.foldedAcronym CONTAINS $text))
  AND ($identifierKeys IS NULL OR any(key IN coalesce(a.identifierKeys, []) WHERE key IN $identifierKeys))
  AND ($evidence IS NULL OR coalesce(a.evidence, 'DOCUMENTED') IN $evidence)
