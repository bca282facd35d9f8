// Areas' parents.
UNWIND $links AS link
MATCH (a:Area {id: link.from})
MATCH (parent:Area {id: link.to})
CREATE (a)-[:PART_OF]->(parent)
RETURN count(*) AS created
