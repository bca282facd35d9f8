// Ids are unique per kind; the constraint also gives every lookup by id its index.
CREATE CONSTRAINT meta_id IF NOT EXISTS
FOR (n:Meta) REQUIRE n.id IS UNIQUE
