-- The requester's answer to the test's eligibility criteria: true when they confirmed the patient
-- meets them, false when they order anyway (eligibility_note says why); null when not asked
-- (orders placed before this question, or through an interface that does not ask it).
ALTER TABLE test_order ADD COLUMN eligibility_met boolean;
ALTER TABLE test_order ADD COLUMN eligibility_note text;
ALTER TABLE test_order ADD CONSTRAINT test_order_eligibility_reason
  CHECK (eligibility_met IS DISTINCT FROM false OR length(btrim(eligibility_note)) > 0);
