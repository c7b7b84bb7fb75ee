//! Stateless calculations: payroll (one month or a batch), a deadline, a fine, the calendar.
//! They need a caller (any role) but touch no tenant data.

use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiResult, AppError, JsonBody, Query, Text, say};
use crate::lang::Language;
use crate::org_rules::Rules;
use axum::Json;
use axum::extract::State;
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang};
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::fines::{Offender, Violation, fine, is_repeat};
use kzcomply_law::payroll::{
    EmployeeMonth, Exclusions, PayrollRules, PayslipReport, Profile, YearToDate, calculate, gross_for_net,
};
use kzcomply_law::{Disability, Money, Pension, Status, Week, YearMonth};
use serde_json::Value;
use utoipa::ToSchema;

/// One employee-month. Give `gross`, or `net` to find the smallest whole-tenge gross that pays it.
#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayrollRequest {
    #[schema(schema_with = crate::api::schemas::period)]
    pub period: YearMonth,
    #[serde(default)]
    #[schema(schema_with = crate::api::schemas::kzt_input)]
    pub gross: Option<Money>,
    #[serde(default)]
    #[schema(schema_with = crate::api::schemas::kzt_input)]
    pub net: Option<Money>,
    /// `citizen` (default), `foreign-resident`, `eaeu` or `foreign-nonresident`.
    #[serde(default)]
    #[schema(schema_with = crate::api::schemas::statuses)]
    pub status: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub born: Option<Date>,
    /// `"age"` (reached retirement age: no OPV, VOSMS, OPVR, SO, OOSMS) or `"seniority"`
    /// (long-service pension payments: no OPVR); `true` (the older form) means `"age"`,
    /// `false` or absent means not a pensioner.
    #[serde(default, deserialize_with = "pensioner")]
    #[schema(schema_with = pensioner_schema)]
    pub pensioner: Option<Pension>,
    /// Hired this month (2026: no 14 MRP floor on the social-tax base that month).
    #[serde(default)]
    pub hired_this_month: bool,
    /// Dismissed this month (as `hired_this_month`).
    #[serde(default)]
    pub dismissed_this_month: bool,
    /// Disability group 1, 2 or 3.
    #[serde(default)]
    #[schema(minimum = 1, maximum = 3)]
    pub disability: Option<u8>,
    /// Apply the monthly personal deduction (default true).
    #[serde(default = "yes")]
    pub basic_deduction: bool,
    /// Taxable income earlier this year at this employer.
    #[serde(default)]
    #[schema(schema_with = crate::api::schemas::kzt_input)]
    pub ytd_taxable: Option<Money>,
    #[serde(default)]
    #[schema(schema_with = crate::api::schemas::kzt_input)]
    pub ytd_ipn: Option<Money>,
}

fn yes() -> bool {
    true
}

const PENSIONER: &str = "\"age\", \"seniority\", true (= age) or false";

/// The request's `pensioner`: `"age"`, `"seniority"`, or a boolean (`true` = age). Read by a
/// visitor that takes nothing else, so a hostile value (a long array) is refused at once.
fn pensioner<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Pension>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Option<Pension>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(PENSIONER)
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(v.then_some(Pension::Age))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Pension::parse(v).map(Some).ok_or_else(|| {
                E::custom(say(
                    "api-value-not-allowed",
                    Args::new().text("value", format!("{v:?}")).text("allowed", PENSIONER),
                ))
            })
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    d.deserialize_any(V)
}

fn pensioner_schema() -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Type};
    OneOfBuilder::new()
        .item(ObjectBuilder::new().schema_type(Type::String).enum_values(Some(["age", "seniority"])))
        .item(ObjectBuilder::new().schema_type(Type::Boolean))
        .item(ObjectBuilder::new().schema_type(Type::Null))
        .description(Some(
            "`age`, `seniority`, or the older boolean (`true` = age); absent or `false`: not a pensioner",
        ))
        .build()
        .into()
}

/// Computes one request, with its trace when `trace`, or says what is wrong with it (`field`,
/// `message`).
fn payroll_one(book: &Rules, r: &PayrollRequest, trace: bool, lang: Lang) -> Result<PayslipReport, (String, String)> {
    let rules = PayrollRules::for_period(&book.book, r.period).map_err(|e| {
        let hint = book.past_coverage_hint(r.period.first_day());
        let args = Args::new().text("period", r.period.to_string()).text("reason", e.message(lang));
        ("period".to_string(), format!("{}{hint}", say("api-no-payroll-rules", args)))
    })?;
    let status = match r.status.as_deref() {
        None => Status::Citizen,
        Some(s) => Status::ALL
            .into_iter()
            .find(|x| x.name() == s)
            .ok_or_else(|| ("status".to_string(), say("api-status-values", Args::new())))?,
    };
    let disability = match r.disability {
        None => None,
        Some(g) => Some(
            Disability::from_group(g)
                .ok_or_else(|| ("disability".to_string(), say("api-disability-values", Args::new())))?,
        ),
    };
    let profile = Profile {
        status,
        born: r.born,
        pensioner: r.pensioner,
        disability,
        basic_deduction: r.basic_deduction,
        hired_this_month: r.hired_this_month,
        dismissed_this_month: r.dismissed_this_month,
        disability_indefinite: true,
        tax_resident: None,
    };
    let ytd = YearToDate {
        taxable_income: r.ytd_taxable.unwrap_or_default(),
        ipn_withheld: r.ytd_ipn,
        ..YearToDate::default()
    };
    let slip = match (r.gross, r.net) {
        (Some(gross), None) => {
            calculate(&rules, &EmployeeMonth { period: r.period, gross, profile, ytd, excluded: Exclusions::NONE })
        }
        (None, Some(net)) => {
            gross_for_net(&rules, profile, ytd, net).map_err(|e| ("net".to_string(), e.message(lang)))?
        }
        _ => return Err(("gross".to_string(), say("api-gross-or-net", Args::new()))),
    };
    Ok(if trace { slip.report(&rules, lang) } else { PayslipReport::untraced(&slip) })
}

/// Payroll for one employee-month: every charge, net pay and the employer's cost, with the trace
/// of each line to its legal source.
#[utoipa::path(post, path = "/payroll", tag = "calculations", request_body = PayrollRequest,
    responses((status = 200, description = "The payslip, with the trace of each line to its sources", body = crate::api::schemas::Payslip),
              (status = 422, description = "Invalid input", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn payroll(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    JsonBody(req): JsonBody<PayrollRequest>,
) -> ApiResult<Json<PayslipReport>> {
    let rules = state.rules_for(&scope).await?;
    payroll_one(&rules, &req, true, lang).map(Json).map_err(|(field, message)| {
        let problem = serde_json::json!({"field": field, "message": message});
        AppError::invalid(
            Text::with("api-field-problem", Args::new().text("field", field).text("message", message)),
            [problem],
        )
    })
}

/// The most employee-months in one `/payroll/batch` request.
pub const MAX_BATCH_ROWS: usize = 10_000;
/// The most rows of a batch that asks for traces (a trace is about 15 KB a row): with this, an
/// answer is at most about 4 MB without traces (10,000 rows × ~0.4 KB) or 1.5 MB with them.
pub const MAX_TRACED_ROWS: usize = 100;

#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayrollBatch {
    /// At most 10,000 employee-months (100 with `trace`).
    #[serde(deserialize_with = "at_most_rows")]
    #[schema(max_items = 10000)]
    pub rows: Vec<PayrollRequest>,
    /// Include each row's trace (as `?trace=true` does). Default: no trace, `trace: []` in each result.
    #[serde(default)]
    pub trace: bool,
}

/// Reads `rows` and stops at the first row past [`MAX_BATCH_ROWS`], before it is kept.
fn at_most_rows<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<PayrollRequest>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Vec<PayrollRequest>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of employee-months")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut rows = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_BATCH_ROWS));
            while let Some(row) = seq.next_element()? {
                if rows.len() == MAX_BATCH_ROWS {
                    // An amount, for its thousands separator ("10,000", "10 000"): tiyn.
                    let args = Args::new().amount("max", MAX_BATCH_ROWS as i64 * 100);
                    return Err(serde::de::Error::custom(say("api-batch-too-many-rows", args)));
                }
                rows.push(row);
            }
            Ok(rows)
        }
    }
    d.deserialize_seq(V)
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct TraceQuery {
    /// Include each row's trace (at most 100 rows then). Default false.
    pub trace: Option<bool>,
}

#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct PayrollBatchResult {
    /// One payslip per row, in order; `trace` is empty unless traces were asked for.
    #[schema(value_type = Vec<crate::api::schemas::Payslip>)]
    pub results: Vec<PayslipReport>,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub total_gross: Money,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub total_net: Money,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub total_employer_cost: Money,
}

/// Payroll for many employee-months at once: at most 10,000, or 100 with traces. Traces only
/// when asked (`?trace=true` or `"trace": true`), so the answer stays small (about 0.4 KB a row).
/// All or nothing: if any row is invalid, the answer lists every bad row (`row` counts from 1) and
/// computes none. Totals are exact; totals too large to add up are a 422, never a wrapped number.
#[utoipa::path(post, path = "/payroll/batch", tag = "calculations", request_body = PayrollBatch, params(TraceQuery),
    responses((status = 200, body = PayrollBatchResult),
              (status = 422, description = "Bad rows (each with `row`, `field`, `message`), too many rows, or totals too large", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn payroll_batch(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Query(q): Query<TraceQuery>,
    JsonBody(batch): JsonBody<PayrollBatch>,
) -> ApiResult<Json<PayrollBatchResult>> {
    let trace = batch.trace || q.trace.unwrap_or(false);
    if trace && batch.rows.len() > MAX_TRACED_ROWS {
        let args = Args::new()
            .num("max", MAX_TRACED_ROWS as i64)
            .num("count", batch.rows.len() as i64)
            .amount("untraced", MAX_BATCH_ROWS as i64 * 100);
        let message = say("api-trace-too-many-rows", args);
        return Err(AppError::invalid(
            Text::with("api-field-problem", Args::new().text("field", "trace").text("message", message.clone())),
            [serde_json::json!({"field": "trace", "message": message})],
        ));
    }
    let rules = state.rules_for(&scope).await?;
    let mut results = Vec::with_capacity(batch.rows.len());
    let mut problems = Vec::new();
    for (i, r) in batch.rows.iter().enumerate() {
        match payroll_one(&rules, r, trace, lang) {
            Ok(slip) => results.push(slip),
            Err((field, message)) => {
                problems.push(serde_json::json!({"row": i + 1, "field": field, "message": message}))
            }
        }
    }
    if !problems.is_empty() {
        return Err(AppError::invalid(
            Text::with("api-rows-invalid", Args::new().num("count", problems.len() as i64)),
            problems,
        ));
    }
    let sum = |name: &str, f: fn(&PayslipReport) -> Money| {
        Money::checked_sum(results.iter().map(f)).ok_or_else(|| {
            let message = say("api-total-too-large", Args::new());
            let text =
                Text::with("api-field-problem", Args::new().text("field", name).text("message", message.clone()));
            AppError::invalid(text, [serde_json::json!({"field": name, "message": message})])
        })
    };
    Ok(Json(PayrollBatchResult {
        total_gross: sum("total_gross", |r| r.gross)?,
        total_net: sum("total_net", |r| r.net)?,
        total_employer_cost: sum("total_employer_cost", |r| r.employer_cost)?,
        results,
    }))
}

#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlineRequest {
    /// The event, e.g. `esutd-new-contract`, `esutd-termination`, `permit-extension`, `payroll-taxes`.
    #[schema(schema_with = crate::api::schemas::events)]
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
    #[schema(schema_with = crate::api::schemas::weeks)]
    pub week: Option<String>,
}

fn week(s: Option<&str>) -> Result<Week, AppError> {
    match s {
        None => Ok(Week::FiveDay),
        Some(w) => Week::parse(w).ok_or_else(|| AppError::invalid_msg("api-week-values", Args::new())),
    }
}

/// The last day to act on a statutory duty, counted on the production calendar, and its status.
#[utoipa::path(post, path = "/deadlines", tag = "calculations", request_body = DeadlineRequest,
    responses((status = 200, description = "The due date, its basis and status", body = crate::api::schemas::Deadline),
              (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn deadline_calc(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    JsonBody(req): JsonBody<DeadlineRequest>,
) -> ApiResult<Json<kzcomply_law::deadlines::DeadlineReport>> {
    let event = Event::parse(&req.event).ok_or_else(|| {
        let names: Vec<&str> = Event::ALL.iter().map(|e| e.name()).collect();
        AppError::invalid_msg("api-event-values", Args::new().text("events", names.join(", ")))
    })?;
    let opts = DeadlineOptions { week: week(req.week.as_deref())?, region: req.region.clone() };
    let rules = state.rules_for(&scope).await?;
    let d = deadline(&rules.book, &rules.calendar, event, req.date, &opts).map_err(|e| {
        let args = Args::new().text("what", event.name()).date("date", req.date).text("reason", e.message(lang));
        AppError::invalid_msg("api-on-date-failed", args)
    })?;
    Ok(Json(d.report(req.as_of.unwrap_or_else(crate::compute::today), req.done, lang)))
}

#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FineRequest {
    /// e.g. `esutd-late`, `esutd-incomplete`, `no-work-permit`.
    #[schema(schema_with = crate::api::schemas::violations)]
    pub violation: String,
    #[schema(value_type = String, format = Date)]
    pub on: Date,
    /// `micro`, `small`, `medium` or `large` (also `official` and `nonprofit`).
    #[schema(schema_with = crate::api::schemas::offenders)]
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
    responses((status = 200, description = "The sanction in MRP and tenge, with its article and source", body = crate::api::schemas::Fine),
              (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn fine_calc(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    JsonBody(req): JsonBody<FineRequest>,
) -> ApiResult<Json<kzcomply_law::fines::FineReport>> {
    let violation = Violation::parse(&req.violation).ok_or_else(|| {
        AppError::invalid_msg("api-violation-unknown", Args::new().text("value", req.violation.clone()))
    })?;
    let offender =
        Offender::parse(&req.offender).ok_or_else(|| AppError::invalid_msg("api-offender-values", Args::new()))?;
    let repeat = req.repeat || req.previous_penalty.is_some_and(|p| is_repeat(p, req.on));
    let rules = state.rules_for(&scope).await?;
    let f = fine(&rules.book, violation, req.on, offender, repeat).map_err(|e| {
        let args = Args::new().text("what", violation.name()).date("date", req.on).text("reason", e.message(lang));
        rules.not_covered(req.on, say("api-on-date-failed", args))
    })?;
    Ok(Json(f.report(lang)))
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
    Language(lang): Language,
    Query(q): Query<CalendarQuery>,
) -> ApiResult<Json<Value>> {
    let rules = state.rules_for(&scope).await?;
    let report = rules
        .calendar
        .year_report(q.year, week(q.week.as_deref())?, lang)
        .map_err(|e| AppError::invalid(e.message(lang), Value::Null))?;
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
        let kind = |extra: &str| request(extra).pensioner;
        assert_eq!(kind(""), None);
        assert_eq!(kind(r#", "pensioner": null"#), None);
        assert_eq!(kind(r#", "pensioner": false"#), None);
        assert_eq!(kind(r#", "pensioner": true"#), Some(Pension::Age));
        assert_eq!(kind(r#", "pensioner": "age""#), Some(Pension::Age));
        assert_eq!(kind(r#", "pensioner": "seniority""#), Some(Pension::Seniority));
        for bad in [r#", "pensioner": "military""#, r#", "pensioner": 1"#, r#", "pensioner": [1, 2, 3]"#] {
            let json = format!(r#"{{"period": "2026-03", "gross": 40000{bad}}}"#);
            let Err(crate::error::AppError::Invalid { details, .. }) =
                crate::error::parse_json::<PayrollRequest>(json.as_bytes())
            else {
                panic!("{bad} was accepted")
            };
            assert_eq!(details[0]["field"], "pensioner", "{bad}");
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
