// Before an actor is rewritten: drop the links it owns (its home area). Participations belong to
// partnerships and stay.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[r:BASED_IN]->()
DELETE r
