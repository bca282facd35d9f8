// Before a partnership is rewritten: drop every link it owns (participants, areas, themes, target groups).
UNWIND $ids AS id
MATCH (:Partnership {id: id})-[r:PARTICIPATES_IN|IN_AREA|ON_THEME|FOR_GROUP]-()
DELETE r
