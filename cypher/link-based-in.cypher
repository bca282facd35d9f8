// Actors' home areas. Every target exists (checked before planning); the count lets the adapter verify it.
UNWIND $links AS link
MATCH (a:Actor {id: link.from})
MATCH (home:Area {id: link.to})
CREATE (a)-[:BASED_IN]->(home)
RETURN count(*) AS created
