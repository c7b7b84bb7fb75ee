//! Stored payroll months: what was computed for a person for a month, line by line, and when.
//! The computation itself is the law crate's; the store keeps its result so a month can be
//! explained later even if the rules are corrected since.

use crate::companies::company_in;
use crate::db::args;
use crate::{Role, Scope, Store, StoreError, log, new_id};
use jiff::Timestamp;
use kzcomply_law::{Money, YearMonth};
use utoipa::ToSchema;

/// One computed employee-month to store.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PayrollLine {
    pub person_id: String,
    /// The ten amounts in [`kzcomply_law::payroll::Payslip::LINE_NAMES`] order: gross, opv, vosms,
    /// ipn, net, opvr, so, oosms, social_tax, employer_cost.
    pub amounts: [Money; 10],
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct PayrollMonth {
    pub person_id: String,
    pub full_name: String,
    #[schema(value_type = String, example = "2026-03")]
    pub period: YearMonth,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub gross: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub opv: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub vosms: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub ipn: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub net: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub opvr: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub so: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub oosms: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub social_tax: Money,
    #[schema(schema_with = crate::model::kzt_schema)]
    pub employer_cost: Money,
    #[schema(value_type = String, format = DateTime)]
    pub computed_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct Row {
    person_id: String,
    full_name: String,
    period: String,
    gross: i64,
    opv: i64,
    vosms: i64,
    ipn: i64,
    net: i64,
    opvr: i64,
    so: i64,
    oosms: i64,
    social_tax: i64,
    employer_cost: i64,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    computed_at: Timestamp,
}

impl Store {
    /// Stores (or replaces) the company's payroll for `period`. Each line's person must belong to
    /// the company; replaced months are kept in the audit log.
    pub async fn save_payroll(
        &self,
        scope: &Scope,
        company_id: &str,
        period: YearMonth,
        lines: &[PayrollLine],
    ) -> Result<usize, StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        company_in(&mut tx, scope, company_id).await?;
        let people = crate::companies::people_of(&mut tx, scope, company_id).await?;
        for line in lines {
            if !people.iter().any(|p| p.id == line.person_id) {
                let args = kzcomply_i18n::Args::new().text("person", line.person_id.clone());
                return Err(StoreError::said("person_id", "api-store-not-in-company", args));
            }
            let a = line.amounts.map(Money::tiyn);
            let replaced = tx
                .exec(
                    "DELETE FROM payroll_months WHERE org_id = $1 AND person_id = $2 AND period = $3",
                    args![&scope.org_id, &line.person_id, period.to_string()],
                )
                .await?;
            let id = new_id("pm");
            tx.exec(
                "INSERT INTO payroll_months (id, org_id, company_id, person_id, period, gross, opv, vosms, ipn, net, \
                 opvr, so, oosms, social_tax, employer_cost, computed_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                args![
                    &id,
                    &scope.org_id,
                    company_id,
                    &line.person_id,
                    period.to_string(),
                    a[0],
                    a[1],
                    a[2],
                    a[3],
                    a[4],
                    a[5],
                    a[6],
                    a[7],
                    a[8],
                    a[9],
                    now
                ],
            )
            .await?;
            let action = if replaced > 0 { "update" } else { "create" };
            let what = serde_json::json!({"period": period.to_string(), "line": line});
            log::write(&mut tx, scope, now, action, "payroll_month", &id, None, Some(&what)).await?;
        }
        tx.commit().await?;
        Ok(lines.len())
    }

    /// The stored payroll of a company, for one period or all, by period then name.
    pub async fn payroll(
        &self,
        scope: &Scope,
        company_id: &str,
        period: Option<YearMonth>,
    ) -> Result<Vec<PayrollMonth>, StoreError> {
        let mut tx = self.db.read().await?;
        company_in(&mut tx, scope, company_id).await?;
        let rows: Vec<Row> = tx
            .all(
                "SELECT m.person_id, p.full_name, m.period, m.gross, m.opv, m.vosms, m.ipn, m.net, m.opvr, m.so, \
                 m.oosms, m.social_tax, m.employer_cost, m.computed_at FROM payroll_months m \
                 JOIN people p ON p.id = m.person_id \
                 WHERE m.org_id = $1 AND m.company_id = $2 AND ($3 IS NULL OR m.period = $3) \
                 ORDER BY m.period, p.full_name",
                args![&scope.org_id, company_id, period.map(|p| p.to_string())],
            )
            .await?;
        tx.commit().await?;
        let m = Money::from_tiyn;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(PayrollMonth {
                    period: YearMonth::parse_bytes(r.period.as_bytes())?,
                    person_id: r.person_id,
                    full_name: r.full_name,
                    gross: m(r.gross),
                    opv: m(r.opv),
                    vosms: m(r.vosms),
                    ipn: m(r.ipn),
                    net: m(r.net),
                    opvr: m(r.opvr),
                    so: m(r.so),
                    oosms: m(r.oosms),
                    social_tax: m(r.social_tax),
                    employer_cost: m(r.employer_cost),
                    computed_at: r.computed_at,
                })
            })
            .collect())
    }
}
