// The partnerships on each theme. Targets with none give no row.
UNWIND $ids AS id
MATCH (r:Partnership)-[:ON_THEME]->(:Theme {id: id})
RETURN id AS target, collect(DISTINCT r.id) AS referrers
