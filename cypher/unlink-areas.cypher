// Before an area is rewritten: drop the link it owns (its parent). Its children, actors and partnerships keep theirs.
UNWIND $ids AS id
MATCH (:Area {id: id})-[r:PART_OF]->()
DELETE r
