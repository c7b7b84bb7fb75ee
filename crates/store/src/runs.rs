//! The payroll month in the service (docs/payroll-run.md): a month's accruals for a company's
//! people, and each employer's computed run of a month with its state, draft → approved → closed.
//!
//! A run belongs to one company, one employer (`employer_bin`: a BIN, or '' for the company's own
//! payroll) and one month. The store keeps the run as computed (`run_json`, opaque here) with who
//! computed, approved and closed it and when; the computation is the run crate's. A closed month
//! is locked: saving its run again, approving it, or adding or deleting an accrual that falls in it
//! is a conflict (`api-store-run-closed`), whatever the role.
//!
//! Every write locks the company's row first (as the imports do), so writers of one company's
//! payroll run one after the other: an accrual cannot slip into a month while it is being closed.

use crate::companies::{company_in, lock_company};
use crate::db::{Tx, args};
use crate::{Role, Scope, Store, StoreError, log, new_id};
use jiff::Timestamp;
use kzcomply_i18n::Args;
use kzcomply_law::YearMonth;
use std::collections::{HashMap, HashSet};
use utoipa::ToSchema;

/// Where a month's run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    /// Computed from the stored facts and accruals; recomputed freely.
    Draft,
    /// Frozen for review by an admin; recomputing returns it to draft.
    Approved,
    /// Locked by an admin: changes go into the next open month as corrections.
    Closed,
}

impl RunStatus {
    pub const ALL: [RunStatus; 3] = [RunStatus::Draft, RunStatus::Approved, RunStatus::Closed];

    pub fn name(self) -> &'static str {
        match self {
            RunStatus::Draft => "draft",
            RunStatus::Approved => "approved",
            RunStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<RunStatus> {
        RunStatus::ALL.into_iter().find(|r| r.name() == s)
    }
}

/// A stored run of one employer's month.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct RunRecord {
    pub id: String,
    pub company_id: String,
    /// The employer's BIN; '' for the company's own payroll.
    pub employer_bin: String,
    #[schema(value_type = String, example = "2026-03")]
    pub period: YearMonth,
    pub status: RunStatus,
    /// The run as computed (`payroll-run --json`'s shape), kept as it was given.
    #[schema(value_type = Object)]
    pub run_json: serde_json::Value,
    /// When the run was last computed (saved), and by whom (`user:<id>` or `token:<id>`).
    #[schema(value_type = String, format = DateTime)]
    pub computed_at: Timestamp,
    pub computed_by: String,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub approved_at: Option<Timestamp>,
    pub approved_by: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub closed_at: Option<Timestamp>,
    pub closed_by: Option<String>,
}

impl RunRecord {
    /// The record for the audit log: everything but `run_json`, which is logged only when it is
    /// saved (as `run_json` beside these).
    fn logged(&self, with_run: bool) -> serde_json::Value {
        let mut v = serde_json::to_value(self).expect("a run serialises");
        if !with_run && let Some(o) = v.as_object_mut() {
            o.remove("run_json");
        }
        v
    }
}

#[derive(sqlx::FromRow)]
struct PeriodRow {
    period: String,
}

#[derive(sqlx::FromRow)]
struct RunRow {
    id: String,
    company_id: String,
    employer_bin: String,
    period: String,
    status: String,
    run_json: String,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    computed_at: Timestamp,
    computed_by: String,
    approved_at: Option<jiff_sqlx::Timestamp>,
    approved_by: Option<String>,
    closed_at: Option<jiff_sqlx::Timestamp>,
    closed_by: Option<String>,
}

/// A value the store wrote that does not read back (never expected: the store writes them).
pub(crate) fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Db(sqlx::Error::Decode(format!("payroll_runs.{what}: {value:?}").into()))
}

impl TryFrom<RunRow> for RunRecord {
    type Error = StoreError;

    fn try_from(r: RunRow) -> Result<RunRecord, StoreError> {
        Ok(RunRecord {
            period: YearMonth::parse_bytes(r.period.as_bytes()).ok_or_else(|| corrupt("period", &r.period))?,
            status: RunStatus::parse(&r.status).ok_or_else(|| corrupt("status", &r.status))?,
            run_json: serde_json::from_str(&r.run_json).map_err(|_| corrupt("run_json", "not JSON"))?,
            id: r.id,
            company_id: r.company_id,
            employer_bin: r.employer_bin,
            computed_at: r.computed_at,
            computed_by: r.computed_by,
            approved_at: r.approved_at.map(|t| t.to_jiff()),
            approved_by: r.approved_by,
            closed_at: r.closed_at.map(|t| t.to_jiff()),
            closed_by: r.closed_by,
        })
    }
}

const SELECT_RUN: &str = "SELECT id, company_id, employer_bin, period, status, run_json, computed_at, computed_by, \
                          approved_at, approved_by, closed_at, closed_by FROM payroll_runs \
                          WHERE org_id = $1 AND company_id = $2 AND employer_bin = $3 AND period = $4";

/// The employer a run is for: '' (the company's own) or 12 digits.
fn check_employer(employer_bin: &str) -> Result<(), StoreError> {
    if employer_bin.is_empty() || (employer_bin.len() == 12 && employer_bin.bytes().all(|b| b.is_ascii_digit())) {
        Ok(())
    } else {
        Err(StoreError::said("employer_bin", "api-store-bin-digits", Args::new().text("value", employer_bin)))
    }
}

async fn run_in(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    employer_bin: &str,
    period: YearMonth,
) -> Result<Option<RunRecord>, StoreError> {
    let row: Option<RunRow> =
        tx.one(SELECT_RUN, args![&scope.org_id, company_id, employer_bin, period.to_string()]).await?;
    row.map(RunRecord::try_from).transpose()
}

pub(crate) fn closed(period: YearMonth) -> StoreError {
    StoreError::conflict("api-store-run-closed", Args::new().text("period", period.to_string()))
}

/// The runs a person's month is on: their employer's ('' or the company's own BIN both name the
/// company's own payroll, docs/payroll-run.md §1).
pub(crate) fn employers_of(person_bin: Option<&str>, company_bin: Option<&str>) -> Vec<String> {
    let own = company_bin.map(str::trim).filter(|b| !b.is_empty());
    match person_bin.map(str::trim).filter(|b| !b.is_empty()) {
        Some(b) if Some(b) != own => vec![b.to_string()],
        _ => std::iter::once(String::new()).chain(own.map(str::to_string)).collect(),
    }
}

/// Each of the company's people's employer BIN (their latest contract's; `None`: blank or no
/// contract).
pub(crate) async fn employer_bins(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
) -> Result<HashMap<String, String>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        person_id: String,
        employer_bin: Option<String>,
    }
    let rows: Vec<Row> = tx
        .all(
            "SELECT person_id, employer_bin FROM contracts WHERE org_id = $1 AND company_id = $2 \
             ORDER BY start_date, created_at",
            args![&scope.org_id, company_id],
        )
        .await?;
    // Oldest first: the last one per person is their latest.
    let mut out = HashMap::new();
    for r in rows {
        out.insert(r.person_id, r.employer_bin.unwrap_or_default());
    }
    Ok(out)
}

/// The employers whose run of `period` is closed.
pub(crate) async fn closed_employers(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    period: YearMonth,
) -> Result<HashSet<String>, StoreError> {
    let rows: Vec<(String,)> = tx
        .all(
            "SELECT employer_bin FROM payroll_runs WHERE org_id = $1 AND company_id = $2 AND period = $3 \
             AND status = 'closed'",
            args![&scope.org_id, company_id, period.to_string()],
        )
        .await?;
    Ok(rows.into_iter().map(|(b,)| b).collect())
}

impl Store {
    /// Stores a month's computed run for one employer (`employer_bin`, '' for the company's own)
    /// as a draft: a new one, or over a draft, or over an approved run, which goes back to draft
    /// (its approval cleared). A closed month is a [`StoreError::Conflict`] (`api-store-run-closed`,
    /// naming the month). An editor's call.
    pub async fn save_run(
        &self,
        scope: &Scope,
        company_id: &str,
        employer_bin: &str,
        period: YearMonth,
        run_json: &serde_json::Value,
    ) -> Result<RunRecord, StoreError> {
        scope.require(Role::Editor)?;
        check_employer(employer_bin)?;
        let text = serde_json::to_string(run_json).expect("a JSON value serialises");
        let now = crate::now();
        let mut tx = self.db.write().await?;
        lock_company(&mut tx, scope, company_id).await?;
        let old = run_in(&mut tx, scope, company_id, employer_bin, period).await?;
        let new = match &old {
            Some(old) if old.status == RunStatus::Closed => return Err(closed(period)),
            Some(old) => {
                tx.exec(
                    "UPDATE payroll_runs SET status = 'draft', run_json = $3, computed_at = $4, computed_by = $5, \
                     approved_at = NULL, approved_by = NULL WHERE org_id = $1 AND id = $2",
                    args![&scope.org_id, &old.id, &text, now, &scope.actor],
                )
                .await?;
                RunRecord {
                    status: RunStatus::Draft,
                    run_json: run_json.clone(),
                    computed_at: now,
                    computed_by: scope.actor.clone(),
                    approved_at: None,
                    approved_by: None,
                    ..old.clone()
                }
            }
            None => {
                let r = RunRecord {
                    id: new_id("pr"),
                    company_id: company_id.to_string(),
                    employer_bin: employer_bin.to_string(),
                    period,
                    status: RunStatus::Draft,
                    run_json: run_json.clone(),
                    computed_at: now,
                    computed_by: scope.actor.clone(),
                    approved_at: None,
                    approved_by: None,
                    closed_at: None,
                    closed_by: None,
                };
                tx.exec(
                    "INSERT INTO payroll_runs (id, org_id, company_id, employer_bin, period, status, run_json, \
                     computed_at, computed_by) VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8)",
                    args![&r.id, &scope.org_id, company_id, employer_bin, period.to_string(), &text, now, &scope.actor],
                )
                .await?;
                r
            }
        };
        let action = if old.is_some() { "update" } else { "create" };
        let old_logged = old.as_ref().map(|o| o.logged(false));
        log::write(&mut tx, scope, now, action, "payroll_run", &new.id, old_logged.as_ref(), Some(&new.logged(true)))
            .await?;
        tx.commit().await?;
        Ok(new)
    }

    /// Approves a draft run: its numbers are frozen for review (a recompute returns it to draft).
    /// An admin's call; an approved run is a conflict (`api-store-run-not-draft`), a closed one
    /// `api-store-run-closed`, a missing one NotFound.
    pub async fn approve_run(
        &self,
        scope: &Scope,
        company_id: &str,
        employer_bin: &str,
        period: YearMonth,
    ) -> Result<RunRecord, StoreError> {
        self.move_run(scope, company_id, employer_bin, period, RunStatus::Approved).await
    }

    /// Closes an approved run: the month is locked. An admin's call; a draft is a conflict
    /// (`api-store-run-not-approved`), a closed run `api-store-run-closed`, a missing one NotFound.
    pub async fn close_run(
        &self,
        scope: &Scope,
        company_id: &str,
        employer_bin: &str,
        period: YearMonth,
    ) -> Result<RunRecord, StoreError> {
        self.move_run(scope, company_id, employer_bin, period, RunStatus::Closed).await
    }

    async fn move_run(
        &self,
        scope: &Scope,
        company_id: &str,
        employer_bin: &str,
        period: YearMonth,
        to: RunStatus,
    ) -> Result<RunRecord, StoreError> {
        scope.require(Role::Admin)?;
        check_employer(employer_bin)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        lock_company(&mut tx, scope, company_id).await?;
        let old = run_in(&mut tx, scope, company_id, employer_bin, period).await?.ok_or(StoreError::NotFound)?;
        let status = |id: &'static str| {
            StoreError::conflict(id, Args::new().text("period", period.to_string()).text("status", old.status.name()))
        };
        let new = match (old.status, to) {
            (RunStatus::Closed, _) => return Err(closed(period)),
            (RunStatus::Draft, RunStatus::Approved) => {
                tx.exec(
                    "UPDATE payroll_runs SET status = 'approved', approved_at = $3, approved_by = $4 \
                     WHERE org_id = $1 AND id = $2",
                    args![&scope.org_id, &old.id, now, &scope.actor],
                )
                .await?;
                RunRecord {
                    status: RunStatus::Approved,
                    approved_at: Some(now),
                    approved_by: Some(scope.actor.clone()),
                    ..old.clone()
                }
            }
            (RunStatus::Approved, RunStatus::Closed) => {
                // Months close in order: the year to date of a month comes from the closed months
                // before it, so closing one while an earlier month of the year is still open would
                // lock in a year to date that the earlier month can still change.
                let earlier: Option<PeriodRow> = tx
                    .one(
                        "SELECT period FROM payroll_runs WHERE org_id = $1 AND company_id = $2 AND employer_bin = $3 \
                         AND period >= $4 AND period < $5 AND status <> 'closed' ORDER BY period LIMIT 1",
                        args![
                            &scope.org_id,
                            company_id,
                            employer_bin,
                            format!("{:04}-01", period.year()),
                            period.to_string()
                        ],
                    )
                    .await?;
                if let Some(e) = earlier {
                    let args = Args::new().text("period", period.to_string()).text("earlier", e.period);
                    return Err(StoreError::conflict("api-store-run-earlier-open", args));
                }
                tx.exec(
                    "UPDATE payroll_runs SET status = 'closed', closed_at = $3, closed_by = $4 \
                     WHERE org_id = $1 AND id = $2",
                    args![&scope.org_id, &old.id, now, &scope.actor],
                )
                .await?;
                RunRecord {
                    status: RunStatus::Closed,
                    closed_at: Some(now),
                    closed_by: Some(scope.actor.clone()),
                    ..old.clone()
                }
            }
            (_, RunStatus::Approved) => return Err(status("api-store-run-not-draft")),
            (_, _) => return Err(status("api-store-run-not-approved")),
        };
        let action = if to == RunStatus::Approved { "approve" } else { "close" };
        log::write(
            &mut tx,
            scope,
            now,
            action,
            "payroll_run",
            &old.id,
            Some(&old.logged(false)),
            Some(&new.logged(false)),
        )
        .await?;
        tx.commit().await?;
        Ok(new)
    }

    /// One employer's run of a month, if computed. Readable by every role.
    pub async fn run(
        &self,
        scope: &Scope,
        company_id: &str,
        employer_bin: &str,
        period: YearMonth,
    ) -> Result<Option<RunRecord>, StoreError> {
        check_employer(employer_bin)?;
        let mut tx = self.db.read().await?;
        company_in(&mut tx, scope, company_id).await?;
        let r = run_in(&mut tx, scope, company_id, employer_bin, period).await?;
        tx.commit().await?;
        Ok(r)
    }

    /// One employer's runs of a calendar year, by month, in every state: the year to date of a
    /// month is the sum of the [`RunStatus::Closed`] ones before it. Readable by every role.
    pub async fn runs(
        &self,
        scope: &Scope,
        company_id: &str,
        employer_bin: &str,
        year: i16,
    ) -> Result<Vec<RunRecord>, StoreError> {
        check_employer(employer_bin)?;
        let (first, last) = (format!("{year:04}-01"), format!("{year:04}-12"));
        let mut tx = self.db.read().await?;
        company_in(&mut tx, scope, company_id).await?;
        let rows: Vec<RunRow> = tx
            .all(
                "SELECT id, company_id, employer_bin, period, status, run_json, computed_at, computed_by, \
                 approved_at, approved_by, closed_at, closed_by FROM payroll_runs \
                 WHERE org_id = $1 AND company_id = $2 AND employer_bin = $3 AND period >= $4 AND period <= $5 \
                 ORDER BY period",
                args![&scope.org_id, company_id, employer_bin, first, last],
            )
            .await?;
        tx.commit().await?;
        rows.into_iter().map(RunRecord::try_from).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runs_a_person_is_on() {
        let own = Some("150840022712");
        assert_eq!(employers_of(None, own), ["", "150840022712"]);
        assert_eq!(employers_of(Some(" "), own), ["", "150840022712"]);
        assert_eq!(employers_of(Some("150840022712"), own), ["", "150840022712"]);
        assert_eq!(employers_of(Some("990140000123"), own), ["990140000123"]);
        assert_eq!(employers_of(None, None), [""]);
        assert_eq!(employers_of(Some("990140000123"), None), ["990140000123"]);
    }

    #[test]
    fn statuses_read_back() {
        for s in RunStatus::ALL {
            assert_eq!(RunStatus::parse(s.name()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.name());
        }
    }
}
