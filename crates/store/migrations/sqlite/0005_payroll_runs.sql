-- kzcomply schema v5 (SQLite): the payroll month (docs/payroll-run.md). Keep in step with
-- ../postgres/0005_payroll_runs.sql.
--
-- 1. A person's payroll facts (§2), as columns of `people`: one value each per person, read with
--    the person and written with them (a row of the workforce file is one person). NULL is "not
--    stated": the payroll applies the documented default. `pensioner` is age or seniority (NULL:
--    not a pensioner); `basic_deduction_claimed` is 0 for a workforce file's `no`, and
--    `basic_deduction_from` the day it is claimed from (NULL: every month); `week` is 5 or 6.
-- 2. `accruals`: a month's extra lines for a person (bonus, overtime hours …), amount in tiyn or
--    hours in tenths of an hour.
-- 3. `payroll_runs`: one employer's (`employer_bin`, '' for the company's own) computed month,
--    draft → approved → closed; `run_json` is the run as computed, kept as it was.
-- Nothing is dropped, deleted or updated.

ALTER TABLE people ADD COLUMN birth_date TEXT;
ALTER TABLE people ADD COLUMN tax_resident INTEGER;
ALTER TABLE people ADD COLUMN in_kz_since TEXT;
ALTER TABLE people ADD COLUMN pensioner TEXT CHECK (pensioner IN ('age', 'seniority'));
ALTER TABLE people ADD COLUMN disability_group INTEGER CHECK (disability_group BETWEEN 1 AND 3);
ALTER TABLE people ADD COLUMN disability_from TEXT;
ALTER TABLE people ADD COLUMN disability_until TEXT;
ALTER TABLE people ADD COLUMN basic_deduction_claimed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN basic_deduction_from TEXT;
ALTER TABLE people ADD COLUMN week INTEGER CHECK (week IN (5, 6));
ALTER TABLE people ADD COLUMN days_worked INTEGER CHECK (days_worked BETWEEN 0 AND 31);

CREATE TABLE accruals (
    id            TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL REFERENCES orgs (id),
    company_id    TEXT NOT NULL REFERENCES companies (id),
    person_id     TEXT NOT NULL REFERENCES people (id),
    period        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    amount        BIGINT,
    hours_tenths  BIGINT CHECK (hours_tenths > 0),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    CHECK (amount IS NOT NULL OR hours_tenths IS NOT NULL)
);
CREATE INDEX accruals_org_company_period ON accruals (org_id, company_id, period);
CREATE INDEX accruals_org_person ON accruals (org_id, person_id);

CREATE TABLE payroll_runs (
    id            TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL REFERENCES orgs (id),
    company_id    TEXT NOT NULL REFERENCES companies (id),
    employer_bin  TEXT NOT NULL DEFAULT '',
    period        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'closed')),
    run_json      TEXT NOT NULL,
    computed_at   TEXT NOT NULL,
    computed_by   TEXT NOT NULL,
    approved_at   TEXT,
    approved_by   TEXT,
    closed_at     TEXT,
    closed_by     TEXT,
    UNIQUE (org_id, company_id, employer_bin, period)
);
