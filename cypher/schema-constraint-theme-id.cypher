// Ids are unique per kind; the constraint also gives every lookup by id its index.
CREATE CONSTRAINT theme_id IF NOT EXISTS
FOR (n:Theme) REQUIRE n.id IS UNIQUE
