// Ids are unique per kind; the constraint also gives every lookup by id its index.
CREATE CONSTRAINT target_group_id IF NOT EXISTS
FOR (n:TargetGroup) REQUIRE n.id IS UNIQUE
