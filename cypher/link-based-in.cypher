// Actors' home areas: per actor a one-item list (the shape of every link-* statement). Every target exists
// (checked before planning); the count lets the adapter verify it.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
UNWIND row.links AS link
MATCH (home:Area {id: link.to})
CREATE (a)-[:BASED_IN]->(home)
RETURN count(*) AS created
