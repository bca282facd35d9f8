// Ids are unique per kind; the constraint also gives every lookup by id its index.
CREATE CONSTRAINT partnership_id IF NOT EXISTS
FOR (n:Partnership) REQUIRE n.id IS UNIQUE
