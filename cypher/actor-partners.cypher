// For each actor: the partnerships it takes part in, whole, and every actor taking part in them (itself
// too), whole, so a hub's partners take one round trip (NetworkStore.partnersOf). The index on :Actor(id)
// finds the actor; the rest is a walk along its relationships. Actors without partnerships give no row.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:PARTICIPATES_IN]->(p:Partnership)<-[:PARTICIPATES_IN]-(a:Actor)
WITH id, collect(DISTINCT p) AS partnerships, collect(DISTINCT a) AS actors
RETURN id AS target,
  [p IN partnerships |
// include: partnership-record
  ] AS partnerships,
  [a IN actors |
// include: actor-record
  ] AS actors
