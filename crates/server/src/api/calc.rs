//! Stateless calculations: payroll (one month or a batch), a deadline, a fine, the calendar.
//! They need a caller (any role) but touch no tenant data.

use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiResult, AppError, JsonBody, Query};
use crate::org_rules::Rules;
use axum::Json;
use axum::extract::State;
use jiff::civil::Date;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::fines::{Offender, Violation, fine, is_repeat};
use kzcomply_law::payroll::{
    EmployeeMonth, PayrollRules, PayslipReport, Profile, YearToDate, calculate, gross_for_net,
};
use kzcomply_law::{Disability, Money, Pension, Status, Week, YearMonth};
use serde_json::Value;
use utoipa::ToSchema;

/// One employee-month. Give `gross`, or `net` to find the smallest whole-tenge gross that pays it.
#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayrollRequest {
    #[schema(value_type = String, example = "2026-03")]
    pub period: YearMonth,
    #[serde(default)]
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub gross: Option<Money>,
    #[serde(default)]
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub net: Option<Money>,
    /// `citizen` (default), `foreign-resident`, `eaeu` or `foreign-nonresident`.
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub born: Option<Date>,
    /// `"age"` (reached retirement age: no OPV, VOSMS, OPVR, SO, OOSMS) or `"seniority"`
    /// (long-service pension payments: no OPVR); `true` (the older form) means `"age"`,
    /// `false` or absent means not a pensioner.
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "seniority")]
    pub pensioner: Option<Value>,
    /// Hired this month (2026: no 14 MRP floor on the social-tax base that month).
    #[serde(default)]
    pub hired_this_month: bool,
    /// Dismissed this month (as `hired_this_month`).
    #[serde(default)]
    pub dismissed_this_month: bool,
    /// Disability group 1, 2 or 3.
    #[serde(default)]
    pub disability: Option<u8>,
    /// Apply the monthly personal deduction (default true).
    #[serde(default = "yes")]
    pub basic_deduction: bool,
    /// Taxable income earlier this year at this employer.
    #[serde(default)]
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub ytd_taxable: Option<Money>,
    #[serde(default)]
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub ytd_ipn: Option<Money>,
}

fn yes() -> bool {
    true
}

/// The request's `pensioner`: `"age"`, `"seniority"`, or a boolean (`true` = age).
fn pension(v: Option<&Value>) -> Result<Option<Pension>, (String, String)> {
    let bad = || ("pensioner".to_string(), "\"age\", \"seniority\", true (= age) or false".to_string());
    match v {
        None | Some(Value::Null) | Some(Value::Bool(false)) => Ok(None),
        Some(Value::Bool(true)) => Ok(Some(Pension::Age)),
        Some(Value::String(s)) => Pension::parse(s).map(Some).ok_or_else(bad),
        Some(_) => Err(bad()),
    }
}

/// Computes one request, or says what is wrong with it (`field`, `message`).
fn payroll_one(book: &Rules, r: &PayrollRequest) -> Result<PayslipReport, (String, String)> {
    let rules = PayrollRules::for_period(&book.book, r.period).map_err(|e| {
        let hint = book.past_coverage_hint(r.period.first_day());
        ("period".to_string(), format!("no payroll rules for {}: {e}{hint}", r.period))
    })?;
    let status = match r.status.as_deref() {
        None => Status::Citizen,
        Some(s) => Status::ALL.into_iter().find(|x| x.name() == s).ok_or_else(|| {
            ("status".to_string(), "citizen, foreign-resident, eaeu or foreign-nonresident".to_string())
        })?,
    };
    let disability = match r.disability {
        None => None,
        Some(g) => Some(Disability::from_group(g).ok_or(("disability".to_string(), "group 1, 2 or 3".to_string()))?),
    };
    let profile = Profile {
        status,
        born: r.born,
        pensioner: pension(r.pensioner.as_ref())?,
        disability,
        basic_deduction: r.basic_deduction,
        hired_this_month: r.hired_this_month,
        dismissed_this_month: r.dismissed_this_month,
    };
    let ytd = YearToDate {
        taxable_income: r.ytd_taxable.unwrap_or_default(),
        ipn_withheld: r.ytd_ipn,
        ..YearToDate::default()
    };
    let slip = match (r.gross, r.net) {
        (Some(gross), None) => calculate(&rules, &EmployeeMonth { period: r.period, gross, profile, ytd }),
        (None, Some(net)) => {
            gross_for_net(&rules, profile, ytd, net).map_err(|e| ("net".to_string(), e.to_string()))?
        }
        _ => return Err(("gross".to_string(), "give exactly one of gross and net".to_string())),
    };
    Ok(slip.report(&rules))
}

/// Payroll for one employee-month: every charge, net pay and the employer's cost, with the trace
/// of each line to its legal source.
#[utoipa::path(post, path = "/payroll", tag = "calculations", request_body = PayrollRequest,
    responses((status = 200, description = "The payslip: period, gross, net, employer_cost, employee{opv,vosms,ipn}, employer{opvr,so,oosms,social_tax}, trace[]", body = Object),
              (status = 422, description = "Invalid input", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn payroll(
    State(state): State<AppState>,
    Caller(scope): Caller,
    JsonBody(req): JsonBody<PayrollRequest>,
) -> ApiResult<Json<PayslipReport>> {
    let rules = state.rules_for(&scope).await?;
    payroll_one(&rules, &req).map(Json).map_err(|(field, message)| {
        AppError::invalid(format!("{field}: {message}"), [serde_json::json!({"field": field, "message": message})])
    })
}

#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayrollBatch {
    pub rows: Vec<PayrollRequest>,
}

#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct PayrollBatchResult {
    #[schema(value_type = Vec<Object>)]
    pub results: Vec<PayslipReport>,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub total_gross: Money,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub total_net: Money,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub total_employer_cost: Money,
}

/// Payroll for many employee-months at once (at most 10,000). All or nothing: if any row is
/// invalid, the answer lists every bad row (`row` counts from 1) and computes none.
#[utoipa::path(post, path = "/payroll/batch", tag = "calculations", request_body = PayrollBatch,
    responses((status = 200, body = PayrollBatchResult), (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn payroll_batch(
    State(state): State<AppState>,
    Caller(scope): Caller,
    JsonBody(batch): JsonBody<PayrollBatch>,
) -> ApiResult<Json<PayrollBatchResult>> {
    if batch.rows.len() > 10_000 {
        return Err(AppError::invalid("at most 10,000 rows per batch", Value::Null));
    }
    let rules = state.rules_for(&scope).await?;
    let mut results = Vec::with_capacity(batch.rows.len());
    let mut problems = Vec::new();
    for (i, r) in batch.rows.iter().enumerate() {
        match payroll_one(&rules, r) {
            Ok(slip) => results.push(slip),
            Err((field, message)) => {
                problems.push(serde_json::json!({"row": i + 1, "field": field, "message": message}))
            }
        }
    }
    if !problems.is_empty() {
        return Err(AppError::invalid(
            format!("{} row(s) are invalid; nothing was computed", problems.len()),
            problems,
        ));
    }
    let sum = |f: fn(&PayslipReport) -> Money| results.iter().map(f).fold(Money::ZERO, |a, b| a + b);
    Ok(Json(PayrollBatchResult {
        total_gross: sum(|r| r.gross),
        total_net: sum(|r| r.net),
        total_employer_cost: sum(|r| r.employer_cost),
        results,
    }))
}

#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlineRequest {
    /// The event, e.g. `esutd-new-contract`, `esutd-termination`, `permit-extension`, `payroll-taxes`.
    pub event: String,
    /// The event's date (what it means depends on the event; see `kzcomply deadline --help`).
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    /// Status as of this day (default today).
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// When the duty was done, if it was.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub done: Option<Date>,
    #[serde(default)]
    pub region: Option<String>,
    /// `five-day` (default) or `six-day`.
    #[serde(default)]
    pub week: Option<String>,
}

fn week(s: Option<&str>) -> Result<Week, AppError> {
    match s {
        None => Ok(Week::FiveDay),
        Some(w) => Week::parse(w).ok_or_else(|| AppError::invalid("week: five-day or six-day", Value::Null)),
    }
}

/// The last day to act on a statutory duty, counted on the production calendar, and its status.
#[utoipa::path(post, path = "/deadlines", tag = "calculations", request_body = DeadlineRequest,
    responses((status = 200, description = "event, action, date, due, basis, rule, explanation, status, days, status_text", body = Object),
              (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn deadline_calc(
    State(state): State<AppState>,
    Caller(scope): Caller,
    JsonBody(req): JsonBody<DeadlineRequest>,
) -> ApiResult<Json<kzcomply_law::deadlines::DeadlineReport>> {
    let event = Event::parse(&req.event).ok_or_else(|| {
        let names: Vec<&str> = Event::ALL.iter().map(|e| e.name()).collect();
        AppError::invalid(format!("event: one of {}", names.join(", ")), Value::Null)
    })?;
    let opts = DeadlineOptions { week: week(req.week.as_deref())?, region: req.region.clone() };
    let rules = state.rules_for(&scope).await?;
    let d = deadline(&rules.book, &rules.calendar, event, req.date, &opts)
        .map_err(|e| AppError::invalid(format!("{} on {}: {e}", event.name(), req.date), Value::Null))?;
    Ok(Json(d.report(req.as_of.unwrap_or_else(crate::compute::today), req.done)))
}

#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FineRequest {
    /// e.g. `esutd-late`, `esutd-incomplete`, `no-work-permit`.
    pub violation: String,
    #[schema(value_type = String, format = Date)]
    pub on: Date,
    /// `micro`, `small`, `medium` or `large`.
    pub offender: String,
    #[serde(default)]
    pub repeat: bool,
    /// The date of a previous penalty for the same violation (repeat if within a year).
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub previous_penalty: Option<Date>,
}

/// The fine for a violation on a date, by offender size, in MRP and tenge.
#[utoipa::path(post, path = "/fines", tag = "calculations", request_body = FineRequest,
    responses((status = 200, description = "violation, sanction, article, mrp_min/max, amount_kzt_min/max, source", body = Object),
              (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn fine_calc(
    State(state): State<AppState>,
    Caller(scope): Caller,
    JsonBody(req): JsonBody<FineRequest>,
) -> ApiResult<Json<kzcomply_law::fines::FineReport>> {
    let violation = Violation::parse(&req.violation).ok_or_else(|| {
        AppError::invalid(format!("violation: unknown {:?} (see `kzcomply fine --help`)", req.violation), Value::Null)
    })?;
    let offender = Offender::parse(&req.offender)
        .ok_or_else(|| AppError::invalid("offender: micro, small, medium or large", Value::Null))?;
    let repeat = req.repeat || req.previous_penalty.is_some_and(|p| is_repeat(p, req.on));
    let rules = state.rules_for(&scope).await?;
    let f = fine(&rules.book, violation, req.on, offender, repeat)
        .map_err(|e| rules.not_covered(req.on, format!("{} on {}: {e}", violation.name(), req.on)))?;
    Ok(Json(f.report()))
}

#[derive(Clone, Debug, serde::Deserialize, utoipa::IntoParams)]
pub struct CalendarQuery {
    pub year: i16,
    /// `five-day` (default) or `six-day`.
    pub week: Option<String>,
}

/// The production calendar of a year: holidays, transfers, working days per month.
#[utoipa::path(get, path = "/calendar", tag = "calculations", params(CalendarQuery),
    responses((status = 200, body = Object), (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn calendar(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Query(q): Query<CalendarQuery>,
) -> ApiResult<Json<Value>> {
    let rules = state.rules_for(&scope).await?;
    let report = rules
        .calendar
        .year_report(q.year, week(q.week.as_deref())?)
        .map_err(|e| AppError::invalid(e.to_string(), Value::Null))?;
    serde_json::to_value(report).map(Json).map_err(|e| AppError::Internal(e.to_string()))
}

#[cfg(test)]
mod payroll_request_tests {
    use super::*;

    fn request(extra: &str) -> PayrollRequest {
        serde_json::from_str(&format!(r#"{{"period": "2026-03", "gross": 40000{extra}}}"#)).unwrap()
    }

    #[test]
    fn pensioner_is_a_kind_or_the_older_boolean() {
        let kind = |extra: &str| pension(request(extra).pensioner.as_ref());
        assert_eq!(kind(""), Ok(None));
        assert_eq!(kind(r#", "pensioner": null"#), Ok(None));
        assert_eq!(kind(r#", "pensioner": false"#), Ok(None));
        assert_eq!(kind(r#", "pensioner": true"#), Ok(Some(Pension::Age)));
        assert_eq!(kind(r#", "pensioner": "age""#), Ok(Some(Pension::Age)));
        assert_eq!(kind(r#", "pensioner": "seniority""#), Ok(Some(Pension::Seniority)));
        for bad in [r#", "pensioner": "military""#, r#", "pensioner": 1"#] {
            assert_eq!(kind(bad).unwrap_err().0, "pensioner", "{bad}");
        }
    }

    #[test]
    fn hire_and_dismissal_flags_default_to_false() {
        let r = request("");
        assert!(!r.hired_this_month && !r.dismissed_this_month);
        let r = request(r#", "hired_this_month": true, "dismissed_this_month": true"#);
        assert!(r.hired_this_month && r.dismissed_this_month);
    }
}
