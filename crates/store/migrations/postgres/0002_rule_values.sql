-- kzcomply schema v2 (PostgreSQL): values of the rule book entered by an organisation's admins — the
-- new year's MRP the day the budget law is signed, say. Keep in step with ../sqlite/0002_rule_values.sql.
-- A value is never deleted: retiring it stamps `retired_at`, and both acts are in the audit log.

CREATE TABLE rule_values (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES orgs (id),
    parameter   TEXT NOT NULL,
    since       DATE NOT NULL,
    until       DATE,
    value       TEXT NOT NULL,
    source      TEXT NOT NULL,
    reference   TEXT NOT NULL,
    note        TEXT,
    entered_by  TEXT NOT NULL,
    actor       TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retired_at  TIMESTAMPTZ,
    retired_by  TEXT
);
CREATE INDEX rule_values_org ON rule_values (org_id, created_at);

-- API tokens for automation may expire (`kzcomply token-add --expires-days N`).
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMPTZ;

-- Which workforce-file columns a company's data came with (a JSON list of column names; NULL: the
-- data was entered in kzcomply, every field is data). An audit does not check, and never fines,
-- what a company's files never carried.
ALTER TABLE companies ADD COLUMN supplied_columns TEXT;
