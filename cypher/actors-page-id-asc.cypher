// A page of actors by id: the rows after the cursor $after (its sort key), $limit of them.
MATCH (a:Actor)
// filter: listing.ts actorMatches; every actors-* listing statement repeats this block verbatim (a test checks)
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
// end filter
WITH a
WHERE $after IS NULL OR a.id > $after[0]
RETURN a.id AS id, [a.id] AS key
ORDER BY a.id ASC
LIMIT $limit
