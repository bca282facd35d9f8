// Ids are unique per kind; the constraint also gives every lookup by id its index.
CREATE CONSTRAINT area_id IF NOT EXISTS
FOR (n:Area) REQUIRE n.id IS UNIQUE
