-- kzcomply schema v3 (PostgreSQL): the audit log numbered per organisation. Keep in step with
-- ../sqlite/0003_audit_log_org_seq.sql.
--
-- `seq` is shared by every tenant: shown to one, its gaps tell how busy the others are. Each entry
-- now also carries `org_seq`, 1, 2, 3 … within its organisation, taken in the writing transaction
-- from the organisation's row in `audit_log_counters` (INSERT … ON CONFLICT DO UPDATE … RETURNING
-- locks the row until the commit, so concurrent writers of one organisation queue for it and cannot
-- take the same number; the unique index refuses it too).
--
-- The log is append-only (the triggers refuse UPDATE), so an entry written before this migration
-- cannot be given its number in place: it keeps `org_seq` NULL, and its number is written here,
-- once, to `audit_log_backfill` (its seq → its rank by seq within its organisation). The counters
-- start after those numbers; the store reads COALESCE(audit_log.org_seq, audit_log_backfill.org_seq).
-- Also: an index for the store's one-IIN-one-person check (at the end). Nothing is dropped, deleted
-- or updated.

ALTER TABLE audit_log ADD COLUMN org_seq BIGINT;
CREATE UNIQUE INDEX audit_log_org_seq ON audit_log (org_id, org_seq);

CREATE TABLE audit_log_counters (
    org_id    TEXT PRIMARY KEY,
    last_seq  BIGINT NOT NULL
);

CREATE TABLE audit_log_backfill (
    seq      BIGINT PRIMARY KEY,
    org_id   TEXT NOT NULL,
    org_seq  BIGINT NOT NULL,
    UNIQUE (org_id, org_seq)
);
INSERT INTO audit_log_backfill (seq, org_id, org_seq)
    SELECT seq, org_id, ROW_NUMBER() OVER (PARTITION BY org_id ORDER BY seq) FROM audit_log;
INSERT INTO audit_log_counters (org_id, last_seq)
    SELECT org_id, COUNT(*) FROM audit_log GROUP BY org_id;

-- The backfilled numbers are part of the log: append-only like it.
CREATE TRIGGER audit_log_backfill_no_update BEFORE UPDATE OR DELETE ON audit_log_backfill
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_backfill_no_truncate BEFORE TRUNCATE ON audit_log_backfill
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- One IIN is one person: the store refuses a second person of a company with an IIN it already
-- has, and looks it up here. Not UNIQUE: a database may already hold such pairs (the audit's
-- `duplicate-iin` reports them; the store leaves them until someone corrects them).
CREATE INDEX people_company_iin ON people (company_id, iin);
