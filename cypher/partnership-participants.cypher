// ActorFilter.partnerships (listing/filters.ts participantsIn): the actors taking part, in one of $roles if
// given, in a partnership passing the filter.
MATCH (p:Partnership)
// include: partnership-filter
MATCH (participant:Actor)-[part:PARTICIPATES_IN]->(p)
WHERE ($roles IS NULL OR part.role IN $roles)
  AND ($evidence IS NULL OR coalesce(part.evidence, p.evidence, 'DOCUMENTED') IN $evidence)
RETURN collect(DISTINCT participant.id) AS actorIds
