//! Shared helpers for the store's integration tests: a fresh database on every backend for each
//! test (a SQLite file in the temp dir always; a PostgreSQL database when
//! `KZCOMPLY_TEST_POSTGRES_URL` is set), a raw sqlx pool on the same database beside the store, the
//! fixtures the tests share, a counter for the demo file, and the small SQL reader the migration
//! checks use.

// Shared by several test binaries, each of which uses a part.
#![allow(dead_code)]

use jiff::civil::Date;
use kzcomply_law::Money;
use kzcomply_store::{
    CompanyInput, ContractInput, EventInput, EventKind, LogFilter, NewUser, PersonInput, Role, Scope, Store, StoreError,
};
use sqlx::AssertSqlSafe;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};
use std::fmt::Debug;
use std::path::PathBuf;
use std::sync::Once;
use std::time::Duration;

pub const PG_ENV: &str = "KZCOMPLY_TEST_POSTGRES_URL";

/// A plain sqlx pool on the store's database, for what the store's API does not allow.
pub enum Raw {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// One audit_log row as the database holds it (`at` cast to text).
pub type AuditRow = (i64, String, String, String, String, String, String, Option<String>, Option<String>);

impl Raw {
    /// Runs a statement (the tests' own SQL, hence AssertSqlSafe): the rows it touched, or the refusal.
    pub async fn exec(&self, sql: &str) -> Result<u64, sqlx::Error> {
        Ok(match self {
            Raw::Sqlite(p) => sqlx::query(AssertSqlSafe(sql)).execute(p).await?.rows_affected(),
            Raw::Postgres(p) => sqlx::query(AssertSqlSafe(sql)).execute(p).await?.rows_affected(),
        })
    }

    /// The single integer a `SELECT COUNT(*) …` returns.
    pub async fn count(&self, sql: &str) -> i64 {
        match self {
            Raw::Sqlite(p) => sqlx::query_scalar(AssertSqlSafe(sql)).fetch_one(p).await,
            Raw::Postgres(p) => sqlx::query_scalar(AssertSqlSafe(sql)).fetch_one(p).await,
        }
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    pub async fn audit_rows(&self) -> Vec<AuditRow> {
        const SQL: &str = "SELECT seq, org_id, CAST(at AS TEXT), actor, action, entity, entity_id, old_value, \
                           new_value FROM audit_log ORDER BY seq";
        match self {
            Raw::Sqlite(p) => sqlx::query_as(SQL).fetch_all(p).await,
            Raw::Postgres(p) => sqlx::query_as(SQL).fetch_all(p).await,
        }
        .expect("reading audit_log")
    }

    /// The live table's column names in definition order.
    pub async fn columns(&self, table: &str) -> Vec<String> {
        match self {
            Raw::Sqlite(p) => {
                sqlx::query_scalar("SELECT name FROM pragma_table_info($1) ORDER BY cid").bind(table).fetch_all(p).await
            }
            Raw::Postgres(p) => {
                sqlx::query_scalar(
                    "SELECT CAST(column_name AS TEXT) FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
                )
                .bind(table)
                .fetch_all(p)
                .await
            }
        }
        .unwrap_or_else(|e| panic!("columns of {table}: {e}"))
    }

    async fn close(&self) {
        match self {
            Raw::Sqlite(p) => p.close().await,
            Raw::Postgres(p) => p.close().await,
        }
    }
}

enum Cleanup {
    Sqlite(PathBuf),
    Postgres { admin: PgPool, database: String },
}

/// A fresh, migrated database on one backend.
pub struct TestDb {
    /// `sqlite` or `postgres`, for assertion messages.
    pub name: &'static str,
    pub store: Store,
    pub raw: Raw,
    /// What [`Store::open`] was given, to open the same database again.
    pub url: String,
    cleanup: Cleanup,
}

impl TestDb {
    /// Closes the store and the raw pool, then removes the database. A test that panics before
    /// this leaves its `kzc_test_*` file or database behind for inspection.
    pub async fn finish(self) {
        self.store.close().await;
        self.raw.close().await;
        match self.cleanup {
            Cleanup::Sqlite(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let mut p = path.clone().into_os_string();
                    p.push(suffix);
                    let _ = std::fs::remove_file(p);
                }
            }
            Cleanup::Postgres { admin, database } => {
                sqlx::query(AssertSqlSafe(format!("DROP DATABASE \"{database}\" WITH (FORCE)")))
                    .execute(&admin)
                    .await
                    .unwrap_or_else(|e| panic!("dropping the test database {database}: {e}"));
                admin.close().await;
            }
        }
    }
}

/// Every backend to test on: SQLite always, PostgreSQL when [`PG_ENV`] is set. Panics if the
/// variable is set and PostgreSQL cannot be reached: a configured backend is never skipped.
pub async fn backends() -> Vec<TestDb> {
    // Reach PostgreSQL first, so an unreachable server leaves no SQLite file behind.
    let admin = match std::env::var(PG_ENV) {
        Ok(url) if !url.trim().is_empty() => Some((postgres_admin(url.trim()).await, url.trim().to_string())),
        _ => {
            static NOTICE: Once = Once::new();
            NOTICE.call_once(|| {
                eprintln!(
                    "kzcomply-store tests: PostgreSQL skipped ({PG_ENV} is not set); to test it too, run e.g. \
                     {PG_ENV}=postgres://postgres@127.0.0.1:5432/postgres cargo test -p kzcomply-store"
                )
            });
            None
        }
    };
    let mut out = vec![sqlite().await];
    if let Some((admin, url)) = admin {
        out.push(postgres(admin, &url).await);
    }
    out
}

async fn sqlite() -> TestDb {
    let path = std::env::temp_dir().join(format!("kzc_test_{}.db", kzcomply_store::secrets::random_hex(8)));
    let url = path.to_str().expect("a UTF-8 temp dir").to_string();
    let store = Store::open(&url).await.unwrap_or_else(|e| panic!("sqlite: Store::open({url}): {e}"));
    let raw = SqlitePoolOptions::new()
        .max_connections(2)
        .connect_with(SqliteConnectOptions::new().filename(&path).busy_timeout(Duration::from_secs(10)))
        .await
        .unwrap_or_else(|e| panic!("sqlite: raw pool on {url}: {e}"));
    TestDb { name: "sqlite", store, raw: Raw::Sqlite(raw), url, cleanup: Cleanup::Sqlite(path) }
}

/// [`backends`], each database first migrated only up to migration `version` and given the
/// `setup` statements (the rows of an older database), then opened by the store, which migrates
/// the rest: what an upgrade does to data written before it.
pub async fn backends_upgraded_from(version: i64, setup: &[&str]) -> Vec<TestDb> {
    let mut out = Vec::new();
    let path = std::env::temp_dir().join(format!("kzc_test_{}.db", kzcomply_store::secrets::random_hex(8)));
    let url = path.to_str().expect("a UTF-8 temp dir").to_string();
    let raw = SqlitePoolOptions::new()
        .max_connections(2)
        .connect_with(
            SqliteConnectOptions::new().filename(&path).create_if_missing(true).busy_timeout(Duration::from_secs(10)),
        )
        .await
        .unwrap_or_else(|e| panic!("sqlite: raw pool on {url}: {e}"));
    sqlx::migrate!("./migrations/sqlite").run_to(version, &raw).await.expect("sqlite: the older migrations");
    let raw = Raw::Sqlite(raw);
    for sql in setup {
        raw.exec(sql).await.unwrap_or_else(|e| panic!("sqlite: {sql}: {e}"));
    }
    let store = Store::open(&url).await.unwrap_or_else(|e| panic!("sqlite: upgrading {url}: {e}"));
    out.push(TestDb { name: "sqlite", store, raw, url, cleanup: Cleanup::Sqlite(path) });
    if let Ok(admin_url) = std::env::var(PG_ENV)
        && !admin_url.trim().is_empty()
    {
        let admin_url = admin_url.trim();
        let admin = postgres_admin(admin_url).await;
        let database = format!("kzc_test_{}", kzcomply_store::secrets::random_hex(8));
        sqlx::query(AssertSqlSafe(format!("CREATE DATABASE \"{database}\"")))
            .execute(&admin)
            .await
            .unwrap_or_else(|e| panic!("postgres: CREATE DATABASE {database}: {e}"));
        let url = with_database(admin_url, &database);
        let raw = PgPoolOptions::new().max_connections(2).connect(&url).await.expect("postgres: raw pool");
        sqlx::migrate!("./migrations/postgres").run_to(version, &raw).await.expect("postgres: the older migrations");
        let raw = Raw::Postgres(raw);
        for sql in setup {
            raw.exec(sql).await.unwrap_or_else(|e| panic!("postgres: {sql}: {e}"));
        }
        let store = Store::open(&url).await.unwrap_or_else(|e| panic!("postgres: upgrading {url}: {e}"));
        out.push(TestDb { name: "postgres", store, raw, url, cleanup: Cleanup::Postgres { admin, database } });
    }
    out
}

async fn postgres_admin(admin_url: &str) -> PgPool {
    PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .connect(admin_url)
        .await
        .unwrap_or_else(|e| {
            panic!(
                "{PG_ENV}={admin_url} is set but PostgreSQL cannot be reached: {e}. \
                 Start PostgreSQL, fix the URL, or unset {PG_ENV} to test SQLite only."
            )
        })
}

async fn postgres(admin: PgPool, admin_url: &str) -> TestDb {
    let database = format!("kzc_test_{}", kzcomply_store::secrets::random_hex(8));
    sqlx::query(AssertSqlSafe(format!("CREATE DATABASE \"{database}\"")))
        .execute(&admin)
        .await
        .unwrap_or_else(|e| panic!("postgres: CREATE DATABASE {database} via {admin_url}: {e}"));
    let url = with_database(admin_url, &database);
    let store = Store::open(&url).await.unwrap_or_else(|e| panic!("postgres: Store::open({url}): {e}"));
    let raw = PgPoolOptions::new()
        .max_connections(2)
        .connect(&url)
        .await
        .unwrap_or_else(|e| panic!("postgres: raw pool on {url}: {e}"));
    TestDb { name: "postgres", store, raw: Raw::Postgres(raw), url, cleanup: Cleanup::Postgres { admin, database } }
}

/// `url` with its database (the path) replaced by `database`, keeping any `?query`.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, String::new()), |(b, q)| (b, format!("?{q}")));
    let authority = base.find("://").map(|i| i + 3).expect("a postgres:// URL");
    let path = base[authority..].find('/').map_or(base.len(), |i| authority + i);
    format!("{}/{database}{query}", &base[..path])
}

// ---- fixtures ----

pub fn scope(org_id: &str, role: Role) -> Scope {
    Scope { org_id: org_id.to_string(), actor: "user:test".into(), role }
}

pub fn date(y: i16, m: i8, d: i8) -> Date {
    Date::new(y, m, d).expect("a valid date")
}

pub fn company(name: &str) -> CompanyInput {
    CompanyInput { name: name.into(), bin: Some("150840022712".into()), income_mrp: Some(30_000), ..Default::default() }
}

pub fn person(ext_id: &str, full_name: &str, iin: &str) -> PersonInput {
    PersonInput {
        ext_id: ext_id.into(),
        full_name: full_name.into(),
        iin: iin.into(),
        citizenship: "kz".into(),
        residence_permit: false,
        payroll: Default::default(),
    }
}

pub fn contract(position: &str) -> ContractInput {
    ContractInput {
        number: Some("TD-2026/01".into()),
        engagement: "direct".into(),
        position: position.into(),
        department: "IT".into(),
        role_category: 3,
        job_function: None,
        place_of_work: Some("Almaty".into()),
        employer_bin: None,
        monthly_gross: Money::from_tenge(900_000),
        bonus_annual: Money::ZERO,
        allowances_monthly: Money::ZERO,
        benefits_in_kind_monthly: Money::ZERO,
        paid_leave_days: Some(24),
        start_date: date(2026, 4, 6),
        term: Some("indefinite".into()),
        end_date: None,
    }
}

pub fn signed(contract_id: Option<String>) -> EventInput {
    EventInput {
        kind: EventKind::Signed,
        on_date: date(2026, 4, 2),
        until_date: None,
        contract_id,
        note: String::new(),
    }
}

pub const DEMO_CSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/demo/workforce.csv");

/// The demo workforce file as the audit's importer reads it: its people and its columns.
pub fn demo_workforce() -> kzcomply_audit::Workforce {
    let bytes = std::fs::read(DEMO_CSV).unwrap_or_else(|e| panic!("{DEMO_CSV}: {e}"));
    kzcomply_audit::import::from_csv(&bytes, kzcomply_i18n::Lang::En).unwrap_or_else(|e| panic!("{DEMO_CSV}: {e}"))
}

/// The demo workforce file's people.
pub fn demo_people() -> Vec<kzcomply_audit::Person> {
    demo_workforce().people
}

/// (data rows, non-empty event dates) of the demo file, counted from its text.
pub fn count_csv(text: &str) -> (usize, usize) {
    const DATES: [&str; 6] = [
        "contract_date",
        "esutd_registered_on",
        "terminated_on",
        "esutd_termination_registered_on",
        "work_permit_until",
        "mentor_appointed_on",
    ];
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let cols: Vec<usize> = DATES.map(|d| header.iter().position(|h| *h == d).expect(d)).to_vec();
    let (mut rows, mut dates) = (0, 0);
    for l in lines {
        let cells: Vec<&str> = l.split(',').collect();
        assert_eq!(cells.len(), header.len(), "no quoted commas in the demo file: {l}");
        rows += 1;
        dates += cols.iter().filter(|&&c| !cells[c].trim().is_empty()).count();
    }
    (rows, dates)
}

/// `n` synthetic people for the volume tests and the import bench (`prefix` keeps two sets apart):
/// unique ids and IINs (12 digits; the store checks the form, the audit the check digit), direct
/// staff with a contract date and an ESUTD registration (2 events each); every 10th a Turkish
/// citizen with a work permit (a 3rd event). Rows are numbered as a file's (the first is row 2).
pub fn synthetic_people(prefix: &str, n: usize) -> Vec<kzcomply_audit::Person> {
    let start = date(2025, 1, 6);
    (0..n)
        .map(|i| {
            let day = start.checked_add(jiff::Span::new().days((i % 500) as i64)).expect("a date");
            let foreign = i % 10 == 9;
            kzcomply_audit::Person {
                row: i + 2,
                id: format!("{prefix}{i:06}"),
                full_name: format!("Person {prefix}{i}"),
                iin: format!("{:012}", 100_000_000_000 + i),
                citizenship: if foreign { "TR" } else { "KZ" }.into(),
                engagement: kzcomply_audit::Engagement::Direct,
                position: format!("Position {}", i % 50),
                department: format!("Dept {}", i % 20),
                role_category: 3,
                monthly_gross: Money::from_tenge(300_000 + (i as i64 * 7919) % 900_000),
                start_date: day,
                job_function: None,
                employer_bin: None,
                bonus_annual: Money::ZERO,
                allowances_monthly: Money::ZERO,
                benefits_in_kind_monthly: Money::ZERO,
                paid_leave_days: Some(24),
                contract_number: Some(format!("TD-{i}")),
                contract_date: Some(day),
                contract_end: Some(kzcomply_audit::Term::Indefinite),
                place_of_work: Some("Almaty".into()),
                esutd_registered_on: Some(day),
                terminated_on: None,
                esutd_termination_registered_on: None,
                residence_permit: false,
                work_permit_until: foreign.then(|| date(2027, 6, 30)),
                mentor_appointed_on: None,
                payroll: Default::default(),
            }
        })
        .collect()
}

// ---- reading the migration files ----

/// The SQL without `--` comments (the files have no `--` inside string literals).
pub fn strip_comments(sql: &str) -> String {
    sql.lines().map(|l| l.split("--").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// One `CREATE TABLE` block: the table's name and its items (columns and table constraints), split
/// on the commas outside parentheses, whitespace collapsed.
pub fn create_tables(sql: &str) -> Vec<(String, Vec<String>)> {
    let sql = strip_comments(sql);
    let mut out = Vec::new();
    let mut rest = sql.as_str();
    while let Some(at) = rest.find("CREATE TABLE ") {
        rest = &rest[at + "CREATE TABLE ".len()..];
        let open = rest.find('(').expect("CREATE TABLE name (");
        let name = rest[..open].trim().to_string();
        let (mut depth, mut item, mut items) = (0usize, String::new(), Vec::new());
        for (i, ch) in rest[open..].char_indices() {
            match ch {
                '(' => {
                    if depth > 0 {
                        item.push(ch);
                    }
                    depth += 1;
                }
                ')' if depth == 1 => {
                    items.push(collapse(&item));
                    rest = &rest[open + i..];
                    break;
                }
                ')' => {
                    depth -= 1;
                    item.push(ch);
                }
                ',' if depth == 1 => items.push(collapse(&std::mem::take(&mut item))),
                _ => item.push(ch),
            }
        }
        out.push((name, items));
    }
    // Later migrations add columns: `ALTER TABLE name ADD COLUMN definition;`.
    let mut rest = sql.as_str();
    while let Some(at) = rest.find("ALTER TABLE ") {
        rest = &rest[at + "ALTER TABLE ".len()..];
        let end = rest.find(';').expect("ALTER TABLE … ;");
        let statement = &rest[..end];
        let (table, column) = statement.split_once(" ADD COLUMN ").expect("only ADD COLUMN is allowed");
        let table = table.trim();
        let items = &mut out.iter_mut().find(|(n, _)| n == table).expect("ALTER TABLE of a created table").1;
        items.push(collapse(column));
        rest = &rest[end..];
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether an item of a CREATE TABLE block is a table constraint rather than a column.
pub fn is_table_constraint(item: &str) -> bool {
    let first = item.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
    matches!(first.as_str(), "PRIMARY" | "UNIQUE" | "CHECK" | "FOREIGN" | "CONSTRAINT")
}

/// The destructive statements in a migration: `DROP TABLE`, `DROP COLUMN`, `DELETE FROM`,
/// `TRUNCATE [TABLE] x` (but not the trigger events `BEFORE TRUNCATE ON`, `UPDATE OR DELETE ON`).
pub fn destructive(sql: &str) -> Vec<String> {
    let sql = strip_comments(sql).to_ascii_uppercase();
    let words: Vec<&str> =
        sql.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect();
    let mut found = Vec::new();
    for pair in words.windows(2) {
        let bad = match pair {
            ["DROP", "TABLE" | "COLUMN"] | ["DELETE", "FROM"] | ["TRUNCATE", "TABLE"] => true,
            // A TRUNCATE statement names its table; a trigger's TRUNCATE event is followed by ON/OR.
            ["TRUNCATE", next] => !matches!(*next, "ON" | "OR"),
            _ => false,
        };
        if bad {
            found.push(pair.join(" "));
        }
    }
    found
}

pub fn first_word(item: &str) -> &str {
    item.split_whitespace().next().unwrap_or("")
}

/// A column's constraints, without its type and default (which differ by backend on purpose).
pub fn column_rules(item: &str) -> Vec<String> {
    let up = item.to_ascii_uppercase();
    let mut rules: Vec<String> =
        ["NOT NULL", "PRIMARY KEY", "UNIQUE"].into_iter().filter(|k| up.contains(k)).map(String::from).collect();
    if let Some(i) = up.find("REFERENCES") {
        rules.push(item[i..=i + item[i..].find(')').unwrap()].to_string());
    }
    if let Some(i) = up.find("CHECK") {
        rules.push(item[i..].to_string());
    }
    rules
}

// ---- assertions shared by the test files ----

#[track_caller]
pub fn not_found<T: Debug>(db: &str, what: &str, r: Result<T, StoreError>) {
    match r {
        Err(StoreError::NotFound) => {}
        other => panic!("{db}: {what}: expected NotFound, got {other:?}"),
    }
}

#[track_caller]
pub fn forbidden<T: Debug>(db: &str, what: &str, needs: Role, r: Result<T, StoreError>) {
    match r {
        Err(StoreError::Forbidden(role)) => assert_eq!(role, needs, "{db}: {what}: the role it asks for"),
        other => panic!("{db}: {what}: expected Forbidden({needs:?}), got {other:?}"),
    }
}

/// The problems of an Invalid error (panics on anything else).
#[track_caller]
pub fn problems<T: Debug>(db: &str, what: &str, r: Result<T, StoreError>) -> Vec<kzcomply_store::Problem> {
    match r {
        Err(StoreError::Invalid(p)) => p,
        other => panic!("{db}: {what}: expected Invalid, got {other:?}"),
    }
}

pub fn filter(entity: &str, id: &str) -> LogFilter {
    LogFilter { entity: Some(entity.into()), entity_id: Some(id.into()), limit: None }
}

pub fn new_user(email: &str, password: &str) -> NewUser {
    NewUser { email: email.into(), name: "Ana Admin".into(), password: password.into(), lang: "en".into() }
}
