// The partnerships for each target group. Targets with none give no row.
UNWIND $ids AS id
MATCH (r:Partnership)-[:FOR_GROUP]->(:TargetGroup {id: id})
RETURN id AS target, collect(DISTINCT r.id) AS referrers
