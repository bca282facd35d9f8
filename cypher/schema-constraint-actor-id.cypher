// Ids are unique per kind; the constraint also gives every lookup by id its index.
CREATE CONSTRAINT actor_id IF NOT EXISTS
FOR (n:Actor) REQUIRE n.id IS UNIQUE
