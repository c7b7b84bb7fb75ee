//! The append-only audit log: every change to tenant data, in the transaction that makes it.
//! The database refuses UPDATE and DELETE on the table (triggers in both migrations).

use crate::db::{Tx, args};
use crate::{Scope, Store, StoreError};
use jiff::Timestamp;
use utoipa::ToSchema;

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct AuditEntry {
    pub seq: i64,
    #[schema(value_type = String, format = DateTime)]
    pub at: Timestamp,
    /// `user:<id>`, `token:<id>` or `system`.
    pub actor: String,
    /// `create`, `update`, `delete` or `import`.
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    #[schema(value_type = Object)]
    pub old_value: Option<serde_json::Value>,
    #[schema(value_type = Object)]
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
    /// Only this entity kind (`company`, `person`, `contract`, `event`, `payroll_month`, `import`).
    pub entity: Option<String>,
    /// Only this entity.
    pub entity_id: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<i64>,
}

/// Appends one entry. `old`/`new` are the entity before and after (`None` when created/deleted).
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
    tx.exec(
        "INSERT INTO audit_log (org_id, at, actor, action, entity, entity_id, old_value, new_value) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![&scope.org_id, at, &scope.actor, action, entity, entity_id, json(old), json(new)],
    )
    .await?;
    Ok(())
}

impl Store {
    /// The organisation's audit log, newest first. Readable by every role.
    pub async fn audit_log(&self, scope: &Scope, filter: &LogFilter) -> Result<Vec<AuditEntry>, StoreError> {
        let limit = filter.limit.unwrap_or(100).clamp(1, 1000);
        let mut tx = self.db.read().await?;
        let rows: Vec<Row> = tx
            .all(
                "SELECT seq, at, actor, action, entity, entity_id, old_value, new_value FROM audit_log \
                 WHERE org_id = $1 AND ($2 IS NULL OR entity = $2) AND ($3 IS NULL OR entity_id = $3) \
                 ORDER BY seq DESC LIMIT $4",
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
