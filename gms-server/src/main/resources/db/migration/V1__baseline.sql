-- The schema starts empty; each feature adds its own tables in later migrations.
CREATE TABLE schema_note (note text NOT NULL);
INSERT INTO schema_note VALUES ('GMS platform schema');
