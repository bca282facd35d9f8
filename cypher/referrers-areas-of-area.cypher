// The areas whose parent is each area. Targets with none give no row.
UNWIND $ids AS id
MATCH (r:Area)-[:PART_OF]->(:Area {id: id})
RETURN id AS target, collect(DISTINCT r.id) AS referrers
