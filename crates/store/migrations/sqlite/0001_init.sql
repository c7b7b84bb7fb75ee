-- kzcomply schema v1 (SQLite). Keep in step with ../postgres/0001_init.sql: the same tables,
-- columns and constraints; only the types differ (dates and timestamps are ISO TEXT, booleans 0/1).
-- Migrations are append-only and never destructive: no DROP, no DELETE, no column removal.

CREATE TABLE orgs (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('provider', 'employer')),
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    lang           TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'ru')),
    created_at     TEXT NOT NULL
);

CREATE TABLE memberships (
    user_id  TEXT NOT NULL REFERENCES users (id),
    org_id   TEXT NOT NULL REFERENCES orgs (id),
    role     TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    PRIMARY KEY (user_id, org_id)
);

CREATE TABLE api_tokens (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES orgs (id),
    user_id     TEXT NOT NULL REFERENCES users (id),
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

CREATE TABLE sessions (
    id_hash     TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    org_id      TEXT NOT NULL REFERENCES orgs (id),
    csrf        TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE TABLE companies (
    id                         TEXT PRIMARY KEY,
    org_id                     TEXT NOT NULL REFERENCES orgs (id),
    name                       TEXT NOT NULL,
    bin                        TEXT,
    income_mrp                 BIGINT,
    branch_of_foreign_company  INTEGER NOT NULL DEFAULT 0,
    region                     TEXT,
    created_at                 TEXT NOT NULL
);
CREATE INDEX companies_org ON companies (org_id);

CREATE TABLE people (
    id                TEXT PRIMARY KEY,
    org_id            TEXT NOT NULL REFERENCES orgs (id),
    company_id        TEXT NOT NULL REFERENCES companies (id),
    ext_id            TEXT NOT NULL,
    full_name         TEXT NOT NULL,
    iin               TEXT NOT NULL,
    citizenship       TEXT NOT NULL,
    residence_permit  INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    UNIQUE (company_id, ext_id)
);
CREATE INDEX people_org_company ON people (org_id, company_id);

CREATE TABLE contracts (
    id                        TEXT PRIMARY KEY,
    org_id                    TEXT NOT NULL REFERENCES orgs (id),
    company_id                TEXT NOT NULL REFERENCES companies (id),
    person_id                 TEXT NOT NULL REFERENCES people (id),
    number                    TEXT,
    engagement                TEXT NOT NULL CHECK (engagement IN ('direct', 'outstaffed', 'third_party', 'contractor')),
    position                  TEXT NOT NULL,
    department                TEXT NOT NULL,
    role_category             INTEGER NOT NULL CHECK (role_category BETWEEN 1 AND 4),
    job_function              TEXT,
    place_of_work             TEXT,
    employer_bin              TEXT,
    monthly_gross             BIGINT NOT NULL CHECK (monthly_gross >= 0),
    bonus_annual              BIGINT NOT NULL DEFAULT 0,
    allowances_monthly        BIGINT NOT NULL DEFAULT 0,
    benefits_in_kind_monthly  BIGINT NOT NULL DEFAULT 0,
    paid_leave_days           INTEGER,
    start_date                TEXT NOT NULL,
    term                      TEXT CHECK (term IN ('indefinite', 'fixed')),
    end_date                  TEXT,
    created_at                TEXT NOT NULL
);
CREATE INDEX contracts_org_person ON contracts (org_id, person_id);

CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    org_id       TEXT NOT NULL REFERENCES orgs (id),
    company_id   TEXT NOT NULL REFERENCES companies (id),
    person_id    TEXT NOT NULL REFERENCES people (id),
    contract_id  TEXT REFERENCES contracts (id),
    kind         TEXT NOT NULL CHECK (kind IN ('signed', 'amended', 'terminated', 'reinstated', 'esutd_registered',
                     'esutd_termination_registered', 'permit_issued', 'permit_extended', 'mentor_appointed', 'trip')),
    on_date      TEXT NOT NULL,
    until_date   TEXT,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE INDEX events_org_person ON events (org_id, person_id);

CREATE TABLE payroll_months (
    id             TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES orgs (id),
    company_id     TEXT NOT NULL REFERENCES companies (id),
    person_id      TEXT NOT NULL REFERENCES people (id),
    period         TEXT NOT NULL,
    gross          BIGINT NOT NULL,
    opv            BIGINT NOT NULL,
    vosms          BIGINT NOT NULL,
    ipn            BIGINT NOT NULL,
    net            BIGINT NOT NULL,
    opvr           BIGINT NOT NULL,
    so             BIGINT NOT NULL,
    oosms          BIGINT NOT NULL,
    social_tax     BIGINT NOT NULL,
    employer_cost  BIGINT NOT NULL,
    computed_at    TEXT NOT NULL,
    UNIQUE (person_id, period)
);
CREATE INDEX payroll_org_company ON payroll_months (org_id, company_id, period);

CREATE TABLE import_drafts (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES orgs (id),
    company_id  TEXT NOT NULL REFERENCES companies (id),
    file_name   TEXT NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL
);

-- Who changed what, when, from what to what. Append-only: the triggers below refuse UPDATE and DELETE.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id     TEXT NOT NULL,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX audit_log_org ON audit_log (org_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
