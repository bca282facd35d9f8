// For each actor: the partnerships it takes part in, whole, and every actor taking part in them (itself
// too), whole, so a hub's partners take one round trip (NetworkStore.partnersOf). The index on :Actor(id)
// finds the actor; the rest is a walk along its relationships. The participants are matched in a second
// MATCH: within one pattern Neo4j uses a relationship once, so a partnership whose only participant is the
// actor itself would be lost. Actors without partnerships give no row.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:PARTICIPATES_IN]->(p:Partnership)
WITH id, collect(DISTINCT p) AS partnerships
UNWIND partnerships AS shared
MATCH (a:Actor)-[:PARTICIPATES_IN]->(shared)
WITH id, partnerships, collect(DISTINCT a) AS actors
RETURN id AS target,
  [p IN partnerships |
// include: partnership-record
  ] AS partnerships,
  [a IN actors |
// include: actor-record
  ] AS actors
