//! Values of the rule book entered by an organisation for itself: the new year's MRP on the day
//! the budget law is signed, without waiting for a kzcomply release. They apply to that
//! organisation's calculations only. An admin adds and retires them; every role reads them.
//!
//! A value is checked against the whole merged book before it is stored (the same loader as the
//! rule files: units, source, reference, no gaps), inside the write transaction, so two admins
//! adding values at once cannot leave the organisation with a book that does not load.

use crate::db::{Tx, args};
use crate::{Problem, Role, Scope, Store, StoreError, log, new_id};
use jiff::Timestamp;
use jiff::civil::Date;
use kzcomply_law::RuleBook;
use kzcomply_law::rules::EnteredValue;
use utoipa::ToSchema;

/// A stored value.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct RuleValue {
    pub id: String,
    /// The parameter's key, as in `rules show` (`mrp`, `opvr.rate`, …).
    pub parameter: String,
    #[schema(value_type = String, format = Date)]
    pub since: Date,
    #[schema(value_type = Option<String>, format = Date)]
    pub until: Option<Date>,
    /// As in a rule file: `"4500 KZT"`, `"4.5%"`, a number, or a table.
    #[schema(value_type = Object)]
    pub value: serde_json::Value,
    /// The legal act and article.
    pub source: String,
    /// A public reference where it can be checked.
    pub reference: String,
    pub note: Option<String>,
    /// The e-mail address of the user who entered it.
    pub entered_by: String,
    /// The day it was entered (Kazakhstan time).
    #[schema(value_type = String, format = Date)]
    pub entered_on: Date,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub retired_at: Option<Timestamp>,
}

impl RuleValue {
    /// As the law crate layers it over a rule book.
    pub fn entered(&self) -> EnteredValue {
        EnteredValue {
            id: self.id.clone(),
            parameter: self.parameter.clone(),
            since: self.since,
            until: self.until,
            value: self.value.clone(),
            source: self.source.clone(),
            reference: self.reference.clone(),
            note: self.note.clone(),
            entered_by: self.entered_by.clone(),
            entered_on: self.entered_on,
        }
    }
}

/// A value to add.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleValueInput {
    pub parameter: String,
    #[schema(value_type = String, format = Date)]
    pub since: Date,
    #[schema(value_type = Option<String>, format = Date)]
    #[serde(default)]
    pub until: Option<Date>,
    #[schema(value_type = Object)]
    pub value: serde_json::Value,
    pub source: String,
    pub reference: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    parameter: String,
    #[sqlx(try_from = "jiff_sqlx::Date")]
    since: Date,
    until: Option<jiff_sqlx::Date>,
    value: String,
    source: String,
    reference: String,
    note: Option<String>,
    entered_by: String,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    created_at: Timestamp,
    retired_at: Option<jiff_sqlx::Timestamp>,
}

impl From<Row> for RuleValue {
    fn from(r: Row) -> RuleValue {
        RuleValue {
            id: r.id,
            parameter: r.parameter,
            since: r.since,
            until: r.until.map(|d| d.to_jiff()),
            value: serde_json::from_str(&r.value).unwrap_or(serde_json::Value::String(r.value)),
            source: r.source,
            reference: r.reference,
            note: r.note,
            entered_by: r.entered_by,
            entered_on: kazakhstan_date(r.created_at),
            created_at: r.created_at,
            retired_at: r.retired_at.map(|t| t.to_jiff()),
        }
    }
}

/// The calendar day of `t` in Kazakhstan (a single UTC+5 zone since 1 March 2024).
fn kazakhstan_date(t: Timestamp) -> Date {
    let offset = jiff::tz::Offset::constant(5);
    offset.to_datetime(t).date()
}

impl Store {
    /// The organisation's values, oldest first: those in force (not retired), or all of them.
    pub async fn rule_values(&self, scope: &Scope, include_retired: bool) -> Result<Vec<RuleValue>, StoreError> {
        let mut tx = self.db.read().await?;
        let values = active(&mut tx, scope, include_retired).await?;
        tx.commit().await?;
        Ok(values)
    }

    /// Adds a value after checking that `base` with every value of the organisation and this one
    /// still loads (units, source, reference, no gaps). The loader's problems come back as
    /// [`StoreError::Invalid`], each with the parameter as its field.
    pub async fn add_rule_value(
        &self,
        scope: &Scope,
        base: &RuleBook,
        input: &RuleValueInput,
    ) -> Result<RuleValue, StoreError> {
        scope.require(Role::Admin)?;
        let parameter = input.parameter.trim().to_string();
        if parameter.is_empty() {
            return Err(StoreError::said("parameter", "api-store-parameter-empty", kzcomply_i18n::Args::new()));
        }
        let at = crate::now();
        let mut tx = self.db.write().await?;
        let entered_by = actor_email(&mut tx, scope).await?;
        let value = RuleValue {
            id: new_id("rv"),
            parameter,
            since: input.since,
            until: input.until,
            value: input.value.clone(),
            source: input.source.trim().to_string(),
            reference: input.reference.trim().to_string(),
            note: input.note.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string),
            entered_by,
            entered_on: kazakhstan_date(at),
            created_at: at,
            retired_at: None,
        };
        let mut all = active(&mut tx, scope, false).await?;
        all.push(value.clone());
        check(base, &all, &value.parameter)?;
        tx.exec(
            "INSERT INTO rule_values (id, org_id, parameter, since, until, value, source, reference, note, entered_by, \
             actor, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            args![
                &value.id,
                &scope.org_id,
                &value.parameter,
                value.since,
                value.until,
                value.value.to_string(),
                &value.source,
                &value.reference,
                value.note.clone(),
                &value.entered_by,
                &scope.actor,
                at
            ],
        )
        .await?;
        log::write(&mut tx, scope, at, "create", "rule_value", &value.id, None, Some(&value)).await?;
        tx.commit().await?;
        Ok(value)
    }

    /// Retires a value: it stops applying, stays listed with `include_retired`, and the change is
    /// logged. Refused when the remaining values would leave the book invalid (a gap).
    pub async fn retire_rule_value(&self, scope: &Scope, base: &RuleBook, id: &str) -> Result<RuleValue, StoreError> {
        scope.require(Role::Admin)?;
        let at = crate::now();
        let mut tx = self.db.write().await?;
        let mut all = active(&mut tx, scope, false).await?;
        let Some(pos) = all.iter().position(|v| v.id == id) else { return Err(StoreError::NotFound) };
        let old = all.remove(pos);
        check(base, &all, &old.parameter)?;
        tx.exec(
            "UPDATE rule_values SET retired_at = $3, retired_by = $4 WHERE org_id = $1 AND id = $2 AND retired_at IS NULL",
            args![&scope.org_id, id, at, &scope.actor],
        )
        .await?;
        let new = RuleValue { retired_at: Some(at), ..old.clone() };
        log::write(&mut tx, scope, at, "update", "rule_value", id, Some(&old), Some(&new)).await?;
        tx.commit().await?;
        Ok(new)
    }
}

async fn active(tx: &mut Tx, scope: &Scope, include_retired: bool) -> Result<Vec<RuleValue>, StoreError> {
    let rows: Vec<Row> = tx
        .all(
            "SELECT id, parameter, since, until, value, source, reference, note, entered_by, created_at, retired_at \
             FROM rule_values WHERE org_id = $1 AND ($2 OR retired_at IS NULL) ORDER BY created_at, id",
            args![&scope.org_id, include_retired],
        )
        .await?;
    Ok(rows.into_iter().map(RuleValue::from).collect())
}

/// `base` with `values` layered on must load; its problems otherwise, named by parameter.
fn check(base: &RuleBook, values: &[RuleValue], parameter: &str) -> Result<(), StoreError> {
    let entered: Vec<EnteredValue> = values.iter().map(RuleValue::entered).collect();
    match base.with_entered(&entered) {
        Ok(_) => Ok(()),
        Err(kzcomply_law::rules::RulesError::Invalid(problems)) => Err(StoreError::Invalid(
            problems
                .into_iter()
                .map(|p| {
                    let field = if p.key.is_empty() { parameter.to_string() } else { p.key.clone() };
                    Problem::field(&field, p.to_string())
                })
                .collect(),
        )),
        Err(e) => Err(StoreError::invalid(parameter, e.to_string())),
    }
}

/// The e-mail address of the user behind the scope (a token's owner for a token).
async fn actor_email(tx: &mut Tx, scope: &Scope) -> Result<String, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Email {
        email: String,
    }
    let row: Option<Email> = if let Some(user) = scope.actor.strip_prefix("user:") {
        tx.one("SELECT email FROM users WHERE id = $1", args![user]).await?
    } else if let Some(token) = scope.actor.strip_prefix("token:") {
        tx.one(
            "SELECT u.email FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1 AND t.org_id = $2",
            args![token, &scope.org_id],
        )
        .await?
    } else {
        None
    };
    Ok(row.map(|r| r.email).unwrap_or_else(|| scope.actor.clone()))
}
