// Partnerships' themes, in the order of the record's list (ord).
UNWIND $links AS link
MATCH (p:Partnership {id: link.from})
MATCH (theme:Theme {id: link.to})
CREATE (p)-[:ON_THEME {ord: link.ord}]->(theme)
RETURN count(*) AS created
