//! The append-only audit log: every change to tenant data, in the transaction that makes it.
//! The database refuses UPDATE and DELETE on the table (triggers in both migrations).
//!
//! Each organisation's log is numbered 1, 2, 3 … on its own (`org_seq`): the table's global `seq`
//! would tell one tenant, by its gaps, how busy the others are, so it is never shown. [`write`]
//! keeps the entry in the transaction; [`flush`], just before the commit, takes a block of numbers
//! from the organisation's row in `audit_log_counters` (an upsert that locks the row until the
//! commit, so concurrent writers of one organisation queue for it and cannot take the same
//! number; a unique index on (org_id, org_seq) would refuse it anyway) and inserts the entries in
//! a few multi-row statements. The counter is the last lock a transaction takes, so it cannot
//! close a deadlock cycle. Entries written before migration 0003 keep `org_seq` NULL (the log
//! cannot be updated); their numbers were written once, by the migration, to `audit_log_backfill`.

use crate::db::{Tx, args};
use crate::{Scope, Store, StoreError};
use jiff::Timestamp;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct AuditEntry {
    /// The entry's number in the organisation's own log: 1, 2, 3 … with no gaps.
    pub seq: i64,
    #[schema(value_type = String, format = DateTime)]
    pub at: Timestamp,
    /// `user:<id>`, `token:<id>` or `system`.
    pub actor: String,
    /// `create`, `update`, `delete`, `import`, or a payroll run's `approve` and `close`.
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    #[schema(value_type = Option<Object>)]
    pub old_value: Option<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub new_value: Option<serde_json::Value>,
}

#[derive(sqlx::FromRow)]
struct Row {
    seq: i64,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    at: Timestamp,
    actor: String,
    action: String,
    entity: String,
    entity_id: String,
    old_value: Option<String>,
    new_value: Option<String>,
}

/// Which entries to list (newest first).
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct LogFilter {
    /// Only this entity kind (`company`, `person`, `contract`, `event`, `payroll_month`, `accrual`,
    /// `payroll_run`, `import`).
    pub entity: Option<String>,
    /// Only this entity.
    pub entity_id: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<i64>,
}

/// An entry written in a transaction and not yet inserted ([`flush`] does, at the commit).
pub(crate) struct Pending {
    org_id: String,
    at: Timestamp,
    actor: String,
    action: String,
    entity: String,
    entity_id: String,
    old_value: Option<String>,
    new_value: Option<String>,
}

/// Appends one entry to the transaction's log. `old`/`new` are the entity before and after
/// (`None` when created/deleted). The entry is inserted when the transaction commits, and only then.
#[allow(clippy::too_many_arguments)] // one argument per audit_log column
pub(crate) async fn write<T: serde::Serialize>(
    tx: &mut Tx,
    scope: &Scope,
    at: Timestamp,
    action: &str,
    entity: &str,
    entity_id: &str,
    old: Option<&T>,
    new: Option<&T>,
) -> Result<(), StoreError> {
    let json = |v: Option<&T>| v.map(|v| serde_json::to_string(v).expect("entities serialise"));
    tx.log.push(Pending {
        org_id: scope.org_id.clone(),
        at,
        actor: scope.actor.clone(),
        action: action.to_string(),
        entity: entity.to_string(),
        entity_id: entity_id.to_string(),
        old_value: json(old),
        new_value: json(new),
    });
    Ok(())
}

/// Inserts the transaction's pending entries, each organisation's numbered on from its counter.
/// Called by [`Tx::commit`]; organisations are taken in id order, so two transactions that both
/// write for two organisations lock their counters in the same order.
pub(crate) async fn flush(tx: &mut Tx) -> Result<(), StoreError> {
    if tx.log.is_empty() {
        return Ok(());
    }
    let entries = std::mem::take(&mut tx.log);
    let mut count: BTreeMap<&str, i64> = BTreeMap::new();
    for e in &entries {
        *count.entry(e.org_id.as_str()).or_default() += 1;
    }
    let mut next: BTreeMap<String, i64> = BTreeMap::new();
    for (org, n) in count {
        let (last,): (i64,) = tx
            .one(
                "INSERT INTO audit_log_counters (org_id, last_seq) VALUES ($1, $2) ON CONFLICT (org_id) \
                 DO UPDATE SET last_seq = audit_log_counters.last_seq + excluded.last_seq RETURNING last_seq",
                args![org, n],
            )
            .await?
            .ok_or(StoreError::Db(sqlx::Error::RowNotFound))?;
        next.insert(org.to_string(), last - n + 1);
    }
    let rows = entries
        .into_iter()
        .map(|e| {
            let n = next.get_mut(&e.org_id).expect("counted above");
            let org_seq = *n;
            *n += 1;
            args![e.org_id, org_seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.old_value, e.new_value]
        })
        .collect();
    tx.insert_rows(
        "INSERT INTO audit_log (org_id, org_seq, at, actor, action, entity, entity_id, old_value, new_value)",
        rows,
    )
    .await?;
    Ok(())
}

impl Store {
    /// The organisation's audit log, newest first, numbered within the organisation. Readable by
    /// every role.
    pub async fn audit_log(&self, scope: &Scope, filter: &LogFilter) -> Result<Vec<AuditEntry>, StoreError> {
        let limit = filter.limit.unwrap_or(100).clamp(1, 1000);
        let mut tx = self.db.read().await?;
        let rows: Vec<Row> = tx
            .all(
                "SELECT COALESCE(a.org_seq, b.org_seq) AS seq, a.at, a.actor, a.action, a.entity, a.entity_id, \
                 a.old_value, a.new_value FROM audit_log a LEFT JOIN audit_log_backfill b ON b.seq = a.seq \
                 WHERE a.org_id = $1 AND ($2 IS NULL OR a.entity = $2) AND ($3 IS NULL OR a.entity_id = $3) \
                 ORDER BY a.seq DESC LIMIT $4",
                args![&scope.org_id, filter.entity.clone(), filter.entity_id.clone(), limit],
            )
            .await?;
        tx.commit().await?;
        let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
        Ok(rows
            .into_iter()
            .map(|r| AuditEntry {
                seq: r.seq,
                at: r.at,
                actor: r.actor,
                action: r.action,
                entity: r.entity,
                entity_id: r.entity_id,
                old_value: parse(r.old_value),
                new_value: parse(r.new_value),
            })
            .collect())
    }
}
