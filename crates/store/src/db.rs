//! One data layer over two databases. Every query is written once, with `$1, $2, …` placeholders
//! that both SQLite and PostgreSQL accept, and runs through [`Tx`], which holds a transaction on
//! whichever backend the store opened. Values travel as [`Arg`]s so a query's parameters are built
//! once and bound per backend.
//!
//! Why not `sqlx::Any`: it cannot decode PostgreSQL DATE or TIMESTAMPTZ (sqlx issue #3521), and
//! dates must stay dates. Why two migration folders: the column types differ (DATE vs ISO TEXT),
//! the tables, columns and constraints do not (a test compares them).
//!
//! Bulk writes ([`Tx::insert_rows`]) go as multi-row INSERTs, a few thousand parameters each, so
//! an import of thousands of rows is a handful of round trips. A `Tx` also carries the audit-log
//! entries written in it, inserted at [`Tx::commit`] (see `log.rs`). On SQLite a write waits up to
//! [`SQLITE_BUSY_TIMEOUT`] for the write lock, and a database file the store creates is 0600.

use crate::StoreError;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff_sqlx::ToSqlx;
use sqlx::postgres::{PgPool, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{AssertSqlSafe, FromRow, Postgres, Sqlite};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How long a write waits for SQLite's write lock before it gives up with "database is locked".
/// Every write takes the lock at its start (BEGIN IMMEDIATE) and queues here; the longest holder
/// is a large import (30,000 rows in a few seconds), so 30 s is a wide margin that still answers
/// a request that cannot get the lock rather than holding it forever.
pub(crate) const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// At most this many parameters in one multi-row INSERT (SQLite allows 32,766, PostgreSQL 65,535).
const MAX_PARAMS_PER_STATEMENT: usize = 4_000;

/// A query parameter.
#[derive(Clone, Debug)]
pub(crate) enum Arg {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(Option<bool>),
    Date(Option<Date>),
    Time(Option<Timestamp>),
    Bytes(Vec<u8>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(Some(s.to_string()))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(Some(s))
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(Some(s.clone()))
    }
}
impl From<Option<String>> for Arg {
    fn from(s: Option<String>) -> Arg {
        Arg::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Int(Some(n))
    }
}
impl From<Option<i64>> for Arg {
    fn from(n: Option<i64>) -> Arg {
        Arg::Int(n)
    }
}
impl From<bool> for Arg {
    fn from(b: bool) -> Arg {
        Arg::Bool(Some(b))
    }
}
impl From<Option<bool>> for Arg {
    fn from(b: Option<bool>) -> Arg {
        Arg::Bool(b)
    }
}
impl From<Date> for Arg {
    fn from(d: Date) -> Arg {
        Arg::Date(Some(d))
    }
}
impl From<Option<Date>> for Arg {
    fn from(d: Option<Date>) -> Arg {
        Arg::Date(d)
    }
}
impl From<Timestamp> for Arg {
    fn from(t: Timestamp) -> Arg {
        Arg::Time(Some(t))
    }
}
impl From<Option<Timestamp>> for Arg {
    fn from(t: Option<Timestamp>) -> Arg {
        Arg::Time(t)
    }
}
impl From<Vec<u8>> for Arg {
    fn from(b: Vec<u8>) -> Arg {
        Arg::Bytes(b)
    }
}

/// `args![a, b, c]`: a parameter list.
macro_rules! args {
    ($($a:expr),* $(,)?) => { vec![$(crate::db::Arg::from($a)),*] };
}
pub(crate) use args;

/// The pool, a count of the statements run through it (a cheap diagnostic: the import tests use it
/// to check the round trips an import costs), and what opening the database found worth saying.
#[derive(Clone, Debug)]
pub(crate) struct Db {
    pool: Pool,
    statements: Arc<AtomicU64>,
    pub(crate) notices: Vec<String>,
}

#[derive(Clone, Debug)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A row type both backends can decode.
pub(crate) trait Decode: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Decode for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}

macro_rules! bind_all {
    ($q:expr, $args:expr) => {{
        let mut q = $q;
        for a in $args {
            q = match a {
                Arg::Text(v) => q.bind(v),
                Arg::Int(v) => q.bind(v),
                Arg::Bool(v) => q.bind(v),
                Arg::Date(v) => q.bind(v.map(|d| d.to_sqlx())),
                Arg::Time(v) => q.bind(v.map(|t| t.to_sqlx())),
                Arg::Bytes(v) => q.bind(v),
            };
        }
        q
    }};
}

impl Db {
    pub(crate) async fn open(url: &str) -> Result<Db, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await
                .map_err(|e| StoreError::Open(format!("cannot connect to PostgreSQL: {e}")))?;
            sqlx::migrate!("./migrations/postgres").run(&pool).await.map_err(|e| StoreError::Migrate(e.to_string()))?;
            Ok(Db::new(Pool::Postgres(pool), Vec::new()))
        } else {
            let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
            let notices = private_file(path);
            let opts = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
                .map_err(|e| StoreError::Open(format!("{url}: {e}")))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a commit is on disk before the client hears "imported" (WAL + NORMAL could lose
                // the last commits on a power cut).
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(SQLITE_BUSY_TIMEOUT);
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(opts)
                .await
                .map_err(|e| StoreError::Open(format!("cannot open SQLite database {path}: {e}")))?;
            sqlx::migrate!("./migrations/sqlite").run(&pool).await.map_err(|e| StoreError::Migrate(e.to_string()))?;
            Ok(Db::new(Pool::Sqlite(pool), notices))
        }
    }

    fn new(pool: Pool, notices: Vec<String>) -> Db {
        Db { pool, statements: Arc::new(AtomicU64::new(0)), notices }
    }

    /// The number of statements run so far (queries, including BEGIN and COMMIT).
    pub(crate) fn statements(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    fn tx(&self, conn: Conn) -> Tx {
        self.statements.fetch_add(1, Ordering::Relaxed);
        Tx { conn, statements: self.statements.clone(), log: Vec::new() }
    }

    /// A read transaction (a consistent snapshot).
    pub(crate) async fn read(&self) -> Result<Tx, StoreError> {
        Ok(self.tx(match &self.pool {
            Pool::Sqlite(p) => Conn::Sqlite(p.begin().await?),
            Pool::Postgres(p) => Conn::Postgres(p.begin().await?),
        }))
    }

    /// A write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so two
    /// writers queue on the busy timeout ([`SQLITE_BUSY_TIMEOUT`]) instead of failing when a
    /// reader upgrades.
    pub(crate) async fn write(&self) -> Result<Tx, StoreError> {
        Ok(self.tx(match &self.pool {
            Pool::Sqlite(p) => Conn::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(p) => Conn::Postgres(p.begin().await?),
        }))
    }

    pub(crate) async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

/// A new SQLite database file is created here, readable and writable by its owner only (0600),
/// before SQLite opens it; SQLite gives its `-wal` and `-shm` files the mode of the database file.
/// An existing file keeps its mode: if others can read it, the returned notice says so.
fn private_file(path: &str) -> Vec<String> {
    let file = path.split('?').next().unwrap_or(path);
    if file.is_empty() || file == ":memory:" || path.contains("mode=memory") {
        return Vec::new();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(file) {
            Ok(_) => Vec::new(),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => match std::fs::metadata(file) {
                Ok(m) if m.permissions().mode() & 0o077 != 0 => vec![format!(
                    "the database file {file} can be read by other users (mode {:o}); restrict it with `chmod 600 {file}`",
                    m.permissions().mode() & 0o777
                )],
                _ => Vec::new(),
            },
            // SQLite reports a directory that does not exist, or a read-only one, in its own words.
            Err(_) => Vec::new(),
        }
    }
    #[cfg(not(unix))]
    Vec::new()
}

/// A transaction on either backend, with the audit-log entries written in it: they are inserted,
/// numbered per organisation, just before the commit ([`crate::log::flush`]). Dropping a `Tx`
/// without [`Tx::commit`] rolls it back, entries and all.
pub(crate) struct Tx {
    conn: Conn,
    statements: Arc<AtomicU64>,
    pub(crate) log: Vec<crate::log::Pending>,
}

enum Conn {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Tx {
    fn count(&self) {
        self.statements.fetch_add(1, Ordering::Relaxed);
    }

    /// Runs a statement; returns the number of rows it touched.
    pub(crate) async fn exec(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<u64, StoreError> {
        self.count();
        Ok(match &mut self.conn {
            Conn::Sqlite(tx) => bind_all!(sqlx::query(sql), args).execute(&mut **tx).await?.rows_affected(),
            Conn::Postgres(tx) => bind_all!(sqlx::query(sql), args).execute(&mut **tx).await?.rows_affected(),
        })
    }

    /// `head` (`INSERT INTO t (a, b, …)`) followed by `VALUES (…), (…)` for `rows`, as few
    /// statements as the parameter limit allows: an import's thousands of rows in a few round
    /// trips. Every row has the same number of values, in `head`'s column order. Only
    /// placeholders are added to the text; the values are bound.
    pub(crate) async fn insert_rows(&mut self, head: &'static str, rows: Vec<Vec<Arg>>) -> Result<u64, StoreError> {
        let Some(width) = rows.first().map(Vec::len) else { return Ok(0) };
        debug_assert!(width > 0 && rows.iter().all(|r| r.len() == width), "{head}: rows of different widths");
        let per_statement = (MAX_PARAMS_PER_STATEMENT / width).max(1);
        let mut touched = 0;
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let chunk: Vec<Vec<Arg>> = rows.by_ref().take(per_statement).collect();
            // SQLite gets anonymous `?`s: it finds a named or numbered parameter (`$7`, `?7`) by a
            // linear search of the statement's list, so binding thousands of them is quadratic.
            let sqlite = matches!(self.conn, Conn::Sqlite(_));
            let mut sql = String::with_capacity(head.len() + chunk.len() * width * 7);
            sql.push_str(head);
            sql.push_str(" VALUES ");
            for r in 0..chunk.len() {
                sql.push_str(if r == 0 { "(" } else { ", (" });
                for c in 0..width {
                    if c > 0 {
                        sql.push_str(", ");
                    }
                    if sqlite {
                        sql.push('?');
                    } else {
                        sql.push('$');
                        sql.push_str(&(r * width + c + 1).to_string());
                    }
                }
                sql.push(')');
            }
            let args = chunk.into_iter().flatten();
            self.count();
            touched += match &mut self.conn {
                Conn::Sqlite(tx) => {
                    bind_all!(sqlx::query(AssertSqlSafe(sql)), args).execute(&mut **tx).await?.rows_affected()
                }
                Conn::Postgres(tx) => {
                    bind_all!(sqlx::query(AssertSqlSafe(sql)), args).execute(&mut **tx).await?.rows_affected()
                }
            };
        }
        Ok(touched)
    }

    pub(crate) async fn all<T: Decode>(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<Vec<T>, StoreError> {
        self.count();
        Ok(match &mut self.conn {
            Conn::Sqlite(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_all(&mut **tx).await?,
            Conn::Postgres(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_all(&mut **tx).await?,
        })
    }

    pub(crate) async fn one<T: Decode>(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<Option<T>, StoreError> {
        self.count();
        Ok(match &mut self.conn {
            Conn::Sqlite(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_optional(&mut **tx).await?,
            Conn::Postgres(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_optional(&mut **tx).await?,
        })
    }

    /// Writes the transaction's audit-log entries, then commits.
    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        crate::log::flush(&mut self).await?;
        self.count();
        match self.conn {
            Conn::Sqlite(tx) => tx.commit().await?,
            Conn::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}
