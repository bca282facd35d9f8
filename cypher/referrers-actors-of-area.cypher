// The actors based in each area (homeAreaId). Targets with none give no row.
UNWIND $ids AS id
MATCH (r:Actor)-[:BASED_IN]->(:Area {id: id})
RETURN id AS target, collect(DISTINCT r.id) AS referrers
