//! A month's accruals for a company's people (docs/payroll-run.md §3): the lines of a month beyond
//! the salary — bonuses, allowances, overtime by the hour … — added all or none, and refused for a
//! month whose run is closed (the runs themselves are `runs.rs`).

use crate::companies::{company_in, lock_company, people_of};
use crate::db::args;
use crate::error::Problem;
use crate::runs::{closed, closed_employers, corrupt, employer_bins, employers_of};
use crate::{Role, Scope, Store, StoreError, log, new_id};
use jiff::Timestamp;
use kzcomply_i18n::Args;
use kzcomply_law::{Money, YearMonth};
use std::collections::HashSet;
use utoipa::ToSchema;

/// One accrual to add: a line of a person's month beyond the salary (docs/payroll-run.md §3).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAccrual {
    /// The stored person's id (`pe_…`), of the company.
    pub person_id: String,
    /// A kind of the accruals catalogue (`rules/kz/accruals.toml`), e.g. `bonus`, `overtime`, or a
    /// `correction:<kind>` line.
    pub kind: String,
    /// The amount in tenge (negative for a correction down); exactly one of `amount` and
    /// `hours_tenths`.
    #[serde(default)]
    #[schema(schema_with = crate::model::kzt_schema)]
    pub amount: Option<Money>,
    /// Hours in tenths of an hour (75 = 7.5 h), for the kinds paid by the hour (`overtime`,
    /// `holiday_work`, `night_work`).
    #[serde(default)]
    pub hours_tenths: Option<i64>,
    #[serde(default)]
    pub note: String,
}

/// A stored accrual.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct Accrual {
    pub id: String,
    pub company_id: String,
    pub person_id: String,
    #[schema(value_type = String, example = "2026-03")]
    pub period: YearMonth,
    pub kind: String,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub amount: Option<Money>,
    /// Tenths of an hour.
    pub hours_tenths: Option<i64>,
    pub note: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// `user:<id>` or `token:<id>`.
    pub created_by: String,
}

/// At most this many characters in an accrual's kind.
const MAX_KIND_CHARS: usize = 64;
/// At most this many characters in an accrual's note.
const MAX_NOTE_CHARS: usize = 1_000;
/// At most 744 hours (31 days × 24) in one accrual, in tenths.
const MAX_HOURS_TENTHS: i64 = 7_440;

#[derive(sqlx::FromRow)]
struct AccrualRow {
    id: String,
    company_id: String,
    person_id: String,
    period: String,
    kind: String,
    amount: Option<i64>,
    hours_tenths: Option<i64>,
    note: String,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    created_at: Timestamp,
    created_by: String,
}

impl TryFrom<AccrualRow> for Accrual {
    type Error = StoreError;

    fn try_from(r: AccrualRow) -> Result<Accrual, StoreError> {
        Ok(Accrual {
            period: YearMonth::parse_bytes(r.period.as_bytes()).ok_or_else(|| corrupt("period", &r.period))?,
            id: r.id,
            company_id: r.company_id,
            person_id: r.person_id,
            kind: r.kind,
            amount: r.amount.map(Money::from_tiyn),
            hours_tenths: r.hours_tenths,
            note: r.note,
            created_at: r.created_at,
            created_by: r.created_by,
        })
    }
}

impl NewAccrual {
    /// The problems of one row (`row` counted from 1), before anything is read.
    fn problems(&self, row: usize) -> Vec<Problem> {
        let mut p = Vec::new();
        let mut push = |field: &str, id: &'static str, args: Args| {
            p.push(Problem { row: Some(row), ..Problem::said(field, id, args) });
        };
        let kind = self.kind.trim();
        if kind.is_empty() {
            push("kind", "api-store-accrual-kind", Args::new());
        } else if kind.chars().count() > MAX_KIND_CHARS || kind.chars().any(char::is_control) {
            push("kind", "api-store-accrual-kind-form", Args::new().num("max", MAX_KIND_CHARS as i64));
        }
        match (self.amount, self.hours_tenths) {
            (Some(_), Some(_)) | (None, None) => push("amount", "api-store-accrual-amount-or-hours", Args::new()),
            (Some(m), None) => {
                let max = Money::MAX_INPUT;
                if m > max || m.tiyn() < -max.tiyn() {
                    let args = Args::new().text("max", max.to_string()).text("value", m.to_string());
                    push("amount", "api-store-accrual-amount-range", args);
                }
            }
            (None, Some(h)) => {
                if !(1..=MAX_HOURS_TENTHS).contains(&h) {
                    push("hours_tenths", "api-store-accrual-hours", Args::new().num("max", MAX_HOURS_TENTHS));
                }
            }
        }
        if self.note.chars().count() > MAX_NOTE_CHARS {
            push("note", "api-store-accrual-note", Args::new().num("max", MAX_NOTE_CHARS as i64));
        }
        p
    }
}

impl Store {
    /// Adds a month's accruals for the company's people, all or none: every row is checked first
    /// (the problems of every row at once, each with its row counted from 1 and its field; a
    /// person not of the company is `person_id`), and a row whose person's employer has closed
    /// `period` refuses the whole batch ([`StoreError::Conflict`], `api-store-run-closed`). An
    /// editor's call. Returns the number added.
    pub async fn add_accruals(
        &self,
        scope: &Scope,
        company_id: &str,
        period: YearMonth,
        rows: &[NewAccrual],
    ) -> Result<usize, StoreError> {
        scope.require(Role::Editor)?;
        let mut problems: Vec<Problem> = rows.iter().enumerate().flat_map(|(i, r)| r.problems(i + 1)).collect();
        let now = crate::now();
        let mut tx = self.db.write().await?;
        lock_company(&mut tx, scope, company_id).await?;
        let company = company_in(&mut tx, scope, company_id).await?;
        let people: HashSet<String> = people_of(&mut tx, scope, company_id).await?.into_iter().map(|p| p.id).collect();
        for (i, r) in rows.iter().enumerate() {
            if !people.contains(&r.person_id) {
                let args = Args::new().text("person", r.person_id.clone());
                problems
                    .push(Problem { row: Some(i + 1), ..Problem::said("person_id", "api-store-not-in-company", args) });
            }
        }
        if !problems.is_empty() {
            problems.sort_by_key(|p| p.row);
            return Err(StoreError::Invalid(problems));
        }
        let closed_runs = closed_employers(&mut tx, scope, company_id, period).await?;
        if !closed_runs.is_empty() {
            let bins = employer_bins(&mut tx, scope, company_id).await?;
            let company_bin = company.bin.as_deref();
            for r in rows {
                let employers = employers_of(bins.get(&r.person_id).map(String::as_str), company_bin);
                if employers.iter().any(|e| closed_runs.contains(e)) {
                    return Err(closed(period));
                }
            }
        }
        let mut inserts = Vec::with_capacity(rows.len());
        for r in rows {
            let a = Accrual {
                id: new_id("ac"),
                company_id: company_id.to_string(),
                person_id: r.person_id.clone(),
                period,
                kind: r.kind.trim().to_string(),
                amount: r.amount,
                hours_tenths: r.hours_tenths,
                note: r.note.trim().to_string(),
                created_at: now,
                created_by: scope.actor.clone(),
            };
            log::write(&mut tx, scope, now, "create", "accrual", &a.id, None, Some(&a)).await?;
            inserts.push(args![
                &a.id,
                &scope.org_id,
                &a.company_id,
                &a.person_id,
                a.period.to_string(),
                &a.kind,
                a.amount.map(Money::tiyn),
                a.hours_tenths,
                &a.note,
                a.created_at,
                &a.created_by
            ]);
        }
        tx.insert_rows(
            "INSERT INTO accruals (id, org_id, company_id, person_id, period, kind, amount, hours_tenths, note, \
             created_at, created_by)",
            inserts,
        )
        .await?;
        tx.commit().await?;
        Ok(rows.len())
    }

    /// The company's accruals of `period`, by person (their id in the company's records), then as
    /// they were added.
    pub async fn accruals(
        &self,
        scope: &Scope,
        company_id: &str,
        period: YearMonth,
    ) -> Result<Vec<Accrual>, StoreError> {
        let mut tx = self.db.read().await?;
        company_in(&mut tx, scope, company_id).await?;
        let rows: Vec<AccrualRow> = tx
            .all(
                "SELECT a.id, a.company_id, a.person_id, a.period, a.kind, a.amount, \
                 a.hours_tenths, a.note, a.created_at, a.created_by \
                 FROM accruals a JOIN people p ON p.id = a.person_id \
                 WHERE a.org_id = $1 AND a.company_id = $2 AND a.period = $3 \
                 ORDER BY p.ext_id, a.created_at, a.kind, a.id",
                args![&scope.org_id, company_id, period.to_string()],
            )
            .await?;
        tx.commit().await?;
        rows.into_iter().map(Accrual::try_from).collect()
    }

    /// Deletes one of the company's accruals (kept in the audit log). An accrual of a month its
    /// person's employer has closed stays: [`StoreError::Conflict`]. An editor's call.
    pub async fn delete_accrual(&self, scope: &Scope, company_id: &str, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        lock_company(&mut tx, scope, company_id).await?;
        let company = company_in(&mut tx, scope, company_id).await?;
        let row: Option<AccrualRow> = tx
            .one(
                "SELECT id, company_id, person_id, period, kind, amount, hours_tenths, \
                 note, created_at, created_by FROM accruals WHERE org_id = $1 AND company_id = $2 AND id = $3",
                args![&scope.org_id, company_id, id],
            )
            .await?;
        let old = Accrual::try_from(row.ok_or(StoreError::NotFound)?)?;
        let closed_runs = closed_employers(&mut tx, scope, company_id, old.period).await?;
        if !closed_runs.is_empty() {
            let bins = employer_bins(&mut tx, scope, company_id).await?;
            let employers = employers_of(bins.get(&old.person_id).map(String::as_str), company.bin.as_deref());
            if employers.iter().any(|e| closed_runs.contains(e)) {
                return Err(closed(old.period));
            }
        }
        tx.exec("DELETE FROM accruals WHERE org_id = $1 AND id = $2", args![&scope.org_id, id]).await?;
        log::write(&mut tx, scope, now, "delete", "accrual", id, Some(&old), None).await?;
        tx.commit().await
    }
}
