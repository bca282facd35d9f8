// The partnerships in each area (directly, not through sub-areas). Targets with none give no row.
UNWIND $ids AS id
MATCH (r:Partnership)-[:IN_AREA]->(:Area {id: id})
RETURN id AS target, collect(DISTINCT r.id) AS referrers
