-- Equity dimensions of the insights summary: the patient's ethnic group (Census 2021 high-level
-- groups mapped from the NHS ethnic category) and deprivation decile, coded through insight_label
-- like the other dimensions. The summary is emptied and read again from the ordering feature (the
-- change mark goes back to 0) so that every order gets the new values; the kept report findings
-- are copied back as the orders are read. Generated activity is removed: generate it again.
TRUNCATE insight_order, insight_monthly, insight_weekly, insight_open;
ALTER TABLE insight_order
  ADD COLUMN ethnic_group int NOT NULL,
  ADD COLUMN imd_decile int NOT NULL;
UPDATE insight_refresh SET last_change = 0;
-- How far the summary has read the record feature's changes of patients' equity fields.
ALTER TABLE insight_refresh ADD COLUMN patient_change bigint NOT NULL DEFAULT 0;
