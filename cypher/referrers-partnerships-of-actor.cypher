// The partnerships each actor takes part in (in any role). Targets with none give no row.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:PARTICIPATES_IN]->(r:Partnership)
RETURN id AS target, collect(DISTINCT r.id) AS referrers
