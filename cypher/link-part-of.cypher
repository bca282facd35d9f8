// Areas' parents: per area a one-item list (the shape of every link-* statement).
UNWIND $rows AS row
MATCH (a:Area {id: row.from})
UNWIND row.links AS link
MATCH (parent:Area {id: link.to})
CREATE (a)-[:PART_OF]->(parent)
RETURN count(*) AS created
