// Deletes partnerships with every relationship to them (DETACH): the links of records that pointed at them
// go too (the planner has already rewritten those records without them).
UNWIND $ids AS id
MATCH (n:Partnership {id: id})
DETACH DELETE n
