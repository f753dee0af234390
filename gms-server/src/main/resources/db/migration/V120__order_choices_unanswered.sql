-- A choice not asked with the order is no decision: research_participation and recontact are
-- null then, and nothing joins the patient's consent history.
ALTER TABLE test_order ALTER COLUMN research_participation DROP NOT NULL;
ALTER TABLE test_order ALTER COLUMN recontact DROP NOT NULL;
