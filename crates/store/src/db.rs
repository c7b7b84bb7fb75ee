//! One data layer over two databases. Every query is written once, with `$1, $2, …` placeholders
//! that both SQLite and PostgreSQL accept, and runs through [`Tx`], which holds a transaction on
//! whichever backend the store opened. Values travel as [`Arg`]s so a query's parameters are built
//! once and bound per backend.
//!
//! Why not `sqlx::Any`: it cannot decode PostgreSQL DATE or TIMESTAMPTZ (sqlx issue #3521), and
//! dates must stay dates. Why two migration folders: the column types differ (DATE vs ISO TEXT),
//! the tables, columns and constraints do not (a test compares them).

use crate::StoreError;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff_sqlx::ToSqlx;
use sqlx::postgres::{PgPool, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{FromRow, Postgres, Sqlite};
use std::str::FromStr;
use std::time::Duration;

/// A query parameter.
#[derive(Clone, Debug)]
pub(crate) enum Arg {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(bool),
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

#[derive(Clone, Debug)]
pub(crate) enum Db {
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
            Ok(Db::Postgres(pool))
        } else {
            let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
            let opts = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
                .map_err(|e| StoreError::Open(format!("{url}: {e}")))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a commit is on disk before the client hears "imported" (WAL + NORMAL could lose
                // the last commits on a power cut).
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(opts)
                .await
                .map_err(|e| StoreError::Open(format!("cannot open SQLite database {path}: {e}")))?;
            sqlx::migrate!("./migrations/sqlite").run(&pool).await.map_err(|e| StoreError::Migrate(e.to_string()))?;
            Ok(Db::Sqlite(pool))
        }
    }

    /// A read transaction (a consistent snapshot).
    pub(crate) async fn read(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin().await?),
            Db::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// A write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so two
    /// writers queue on the busy timeout instead of failing when a reader upgrades.
    pub(crate) async fn write(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    pub(crate) async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Postgres(p) => p.close().await,
        }
    }
}

/// A transaction on either backend. Dropping it without [`Tx::commit`] rolls it back.
pub(crate) enum Tx {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Tx {
    /// Runs a statement; returns the number of rows it touched.
    pub(crate) async fn exec(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<u64, StoreError> {
        Ok(match self {
            Tx::Sqlite(tx) => bind_all!(sqlx::query(sql), args).execute(&mut **tx).await?.rows_affected(),
            Tx::Postgres(tx) => bind_all!(sqlx::query(sql), args).execute(&mut **tx).await?.rows_affected(),
        })
    }

    pub(crate) async fn all<T: Decode>(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<Vec<T>, StoreError> {
        Ok(match self {
            Tx::Sqlite(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_all(&mut **tx).await?,
            Tx::Postgres(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_all(&mut **tx).await?,
        })
    }

    pub(crate) async fn one<T: Decode>(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<Option<T>, StoreError> {
        Ok(match self {
            Tx::Sqlite(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_optional(&mut **tx).await?,
            Tx::Postgres(tx) => bind_all!(sqlx::query_as::<_, T>(sql), args).fetch_optional(&mut **tx).await?,
        })
    }

    pub(crate) async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}
