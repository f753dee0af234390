-- Baseline of the GMS schema. Each feature adds its own tables in later migrations:
-- V2 accounts, V3 audit, V10-V19 test directory.
COMMENT ON TABLE flyway_schema_history IS 'Schema migrations applied by Flyway';
