//! The payroll month (docs/payroll-run.md): accruals, the month's run (draft → approved →
//! closed), payslips and the register. The computation is [`crate::payroll_run`]'s; the states
//! and their conflicts are the store's.

use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiResult, AppError, Path, Query, Text, parse_json};
use crate::lang::Language;
use crate::payroll_run::{self, Employer, parse_period};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kzcomply_i18n::{Args, Lang};
use kzcomply_law::payroll::month::Hours;
use kzcomply_law::{Money, YearMonth};
use kzcomply_store::{Accrual, NewAccrual, Problem, RunRecord, RunStatus, Scope};
use serde_json::{Value, json};
use utoipa::ToSchema;

/// A month's accruals to add, all or none.
#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccrualsInput {
    /// `YYYY-MM`.
    #[schema(value_type = String, example = "2026-03")]
    pub period: YearMonth,
    pub rows: Vec<AccrualRow>,
}

/// One accrual: a line of a person's month beyond the salary.
#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccrualRow {
    /// The person's id (`pe_…`), or their id in the company's records (`ext_id`).
    pub person_id: String,
    /// A kind of the month's accruals catalogue (`bonus`, `overtime`, …).
    pub kind: String,
    /// The amount in tenge; or `hours` for the kinds paid by the hour.
    #[serde(default)]
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    pub amount: Option<Money>,
    /// Hours (at most one decimal: 7.5), for `overtime`, `holiday_work`, `night_work`.
    #[serde(default)]
    #[schema(value_type = Option<f64>)]
    pub hours: Option<serde_json::Number>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct AccrualQuery {
    /// `YYYY-MM` (for a CSV upload, and for the list).
    #[param(value_type = Option<String>)]
    pub period: Option<String>,
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct EmployerQuery {
    /// Another employer's run of the same people (a BIN); absent: the company's own payroll.
    pub employer_bin: Option<String>,
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct FileQuery {
    /// Another employer's run of the same people (a BIN); absent: the company's own payroll.
    pub employer_bin: Option<String>,
    /// `html` or `pdf` (payslip; default html), `xlsx` or `csv` (register; default xlsx).
    pub format: Option<String>,
}

/// What the accruals upload answers.
#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct AccrualsAdded {
    pub added: usize,
    #[schema(value_type = String, example = "2026-03")]
    pub period: YearMonth,
    /// The month's accruals after the upload.
    pub accruals: Vec<Accrual>,
}

/// A stored run: its state and the run (`payroll-run --json`'s shape, each person with `person_id`).
#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct RunView {
    pub id: String,
    pub status: RunStatus,
    #[schema(value_type = String, example = "2026-03")]
    pub period: YearMonth,
    /// `null` for the company's own payroll.
    pub employer_bin: Option<String>,
    #[schema(value_type = Object)]
    pub run: Value,
    #[schema(value_type = String, format = DateTime)]
    pub computed_at: jiff::Timestamp,
    pub computed_by: String,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub approved_at: Option<jiff::Timestamp>,
    pub approved_by: Option<String>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub closed_at: Option<jiff::Timestamp>,
    pub closed_by: Option<String>,
}

impl From<RunRecord> for RunView {
    fn from(r: RunRecord) -> RunView {
        RunView {
            id: r.id,
            status: r.status,
            period: r.period,
            employer_bin: Some(r.employer_bin).filter(|b| !b.is_empty()),
            run: r.run_json,
            computed_at: r.computed_at,
            computed_by: r.computed_by,
            approved_at: r.approved_at,
            approved_by: r.approved_by,
            closed_at: r.closed_at,
            closed_by: r.closed_by,
        }
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.to_ascii_lowercase().contains("json"))
}

/// Hours as tenths (the store's unit), or what is wrong with them.
fn tenths(h: &Hours) -> Option<i64> {
    let n = h.hundredths();
    n.is_multiple_of(10).then_some(i64::from(n / 10))
}

fn row_problem(row: usize, field: &str, id: &'static str, args: Args) -> Problem {
    Problem { row: Some(row), ..Problem::field(field, crate::error::say(id, args)) }
}

/// One accrual as a form or file gives it: the person (stored or own id), kind, amount or hours, note.
pub type AccrualInput = (String, String, Option<Money>, Option<Hours>, Option<String>);

/// Checks and adds a month's rows (shared by the API and the dashboard): every problem at once,
/// each naming its row; a closed month is a 409.
pub async fn add_accruals(
    s: &AppState,
    scope: &Scope,
    company_id: &str,
    period: YearMonth,
    rows: Vec<AccrualInput>,
) -> ApiResult<usize> {
    scope.require(kzcomply_store::Role::Editor)?;
    let rules = s.rules_for(scope).await?;
    let catalogue = kzcomply_law::payroll::month::Catalogue::for_period(&rules.book, period).map_err(|e| {
        AppError::invalid_msg(
            "api-no-payroll-rules",
            Args::new().text("period", period.to_string()).text("reason", e.to_string()),
        )
    })?;
    let people = payroll_run::people(s, scope, company_id).await?;
    let mut problems = Vec::new();
    let mut out = Vec::with_capacity(rows.len());
    for (i, (person, kind, amount, hours, note)) in rows.into_iter().enumerate() {
        let row = i + 1;
        // A kind by its id or its Russian or Kazakh name («премия»), as the CLI reads it.
        let kind =
            kzcomply_run::resolve_kind(&catalogue, &kind).map_or_else(|| kind.trim().to_string(), str::to_string);
        match catalogue.kind(&kind) {
            None => {
                let kinds: Vec<&str> = catalogue.kinds().collect();
                let args = Args::new()
                    .text("kind", kind.clone())
                    .text("period", period.to_string())
                    .text("kinds", kinds.join(", "));
                problems.push(row_problem(row, "kind", "api-accrual-unknown-kind", args));
            }
            Some(k) if hours.is_some() && k.hours.is_none() => {
                problems.push(row_problem(
                    row,
                    "hours",
                    "api-accrual-not-hours",
                    Args::new().text("kind", kind.clone()),
                ));
            }
            Some(_) => {}
        }
        let hours_tenths = match &hours {
            Some(h) => match tenths(h) {
                Some(t) => Some(t),
                None => {
                    problems.push(row_problem(
                        row,
                        "hours",
                        "api-accrual-hours-tenths",
                        Args::new().text("value", h.to_string()),
                    ));
                    None
                }
            },
            None => None,
        };
        let person_id = if people.ext_of.contains_key(&person) {
            person
        } else {
            people.store_of.get(person.trim()).cloned().unwrap_or(person)
        };
        // Only someone this month's payroll pays can have an accrual: refused here, on its row,
        // rather than later when the run is computed.
        let ext = people.ext_of.get(&person_id).map_or(person_id.as_str(), String::as_str);
        if let Some(p) = people.people.iter().find(|p| p.id == ext) {
            let (first, last) = (period.first_day(), period.first_day().last_of_month());
            let args = || Args::new().text("person", ext).text("period", period.to_string());
            if p.engagement == kzcomply_audit::Engagement::Contractor {
                problems.push(row_problem(row, "person_id", "api-accrual-contractor", args()));
            } else if p.start_date > last || p.terminated_on.is_some_and(|t| t < first) {
                problems.push(row_problem(row, "person_id", "api-accrual-not-employed", args()));
            }
        }
        out.push(NewAccrual { person_id, kind, amount, hours_tenths, note: note.unwrap_or_default() });
    }
    if !problems.is_empty() {
        let message = Text::with("api-input-problems", Args::new().num("count", problems.len() as i64));
        return Err(AppError::invalid(message, problems));
    }
    Ok(s.store.add_accruals(scope, company_id, period, &out).await?)
}

/// Adds a month's accruals, all or none: JSON (`{"period", "rows": [{"person_id", "kind",
/// "amount" | "hours", "note"}]}`) or a CSV file (`id, kind, amount[, hours][, note]`, Russian
/// headers accepted; `?period=`). An unknown kind is a 422 naming the row; a closed month a 409.
#[utoipa::path(post, path = "/companies/{id}/accruals", tag = "payroll", params(("id" = String, Path), AccrualQuery),
    request_body(content(
        (AccrualsInput = "application/json"),
        (String = "text/csv")
    )),
    responses((status = 201, body = AccrualsAdded),
              (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "The month is closed", body = crate::api::ErrorBody),
              (status = 422, description = "Every problem, each with its row", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn post_accruals(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path(id): Path<String>,
    Query(q): Query<AccrualQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<AccrualsAdded>)> {
    scope.require(kzcomply_store::Role::Editor)?;
    let (period, rows) = if is_json(&headers) {
        let input: AccrualsInput = parse_json(&body)?;
        let mut problems = Vec::new();
        let mut rows = Vec::new();
        for (i, r) in input.rows.into_iter().enumerate() {
            let hours = match &r.hours {
                None => None,
                Some(n) => match n.to_string().parse::<Hours>() {
                    Ok(h) => Some(h),
                    Err(_) => {
                        problems.push(row_problem(
                            i + 1,
                            "hours",
                            "api-accrual-hours-tenths",
                            Args::new().text("value", n.to_string()),
                        ));
                        None
                    }
                },
            };
            rows.push((r.person_id, r.kind, r.amount, hours, r.note));
        }
        if !problems.is_empty() {
            let message = Text::with("api-input-problems", Args::new().num("count", problems.len() as i64));
            return Err(AppError::invalid(message, problems));
        }
        (input.period, rows)
    } else {
        let period = match q.period.as_deref() {
            Some(p) => parse_period(p)?,
            None => {
                return Err(AppError::BadRequest {
                    message: Text::with("api-accrual-period-needed", Args::new()),
                    details: json!({"parameter": "period"}),
                });
            }
        };
        (period, csv_rows(body, lang).await?)
    };
    let added = add_accruals(&s, &scope, &id, period, rows).await?;
    let accruals = s.store.accruals(&scope, &id, period).await?;
    Ok((StatusCode::CREATED, Json(AccrualsAdded { added, period, accruals })))
}

/// A CSV accruals file's rows (off the async workers), or every problem with its row and column.
pub async fn csv_rows(
    body: Bytes,
    lang: Lang,
) -> ApiResult<Vec<(String, String, Option<Money>, Option<Hours>, Option<String>)>> {
    let parsed = crate::api::upload::off_the_workers(move || kzcomply_run::input::accruals(&body, lang)).await?;
    match parsed {
        Ok(rows) => Ok(rows.into_iter().map(|a| (a.id, a.kind, a.amount, a.hours, a.note)).collect()),
        Err(ps) => {
            let details: Vec<Problem> = ps
                .iter()
                .map(|p| Problem { row: (p.row > 0).then_some(p.row), ..Problem::field(&p.column, p.message.clone()) })
                .collect();
            Err(AppError::invalid(
                Text::with("api-file-problems", Args::new().num("count", details.len() as i64)),
                details,
            ))
        }
    }
}

/// The company's accruals of a month.
#[utoipa::path(get, path = "/companies/{id}/accruals", tag = "payroll", params(("id" = String, Path), AccrualQuery),
    responses((status = 200, body = Vec<Accrual>), (status = 404, body = crate::api::ErrorBody),
              (status = 422, description = "A malformed period, employer or format", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list_accruals(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    Query(q): Query<AccrualQuery>,
) -> ApiResult<Json<Vec<Accrual>>> {
    let Some(p) = q.period.as_deref() else {
        return Err(AppError::BadRequest {
            message: Text::with("api-accrual-period-needed", Args::new()),
            details: json!({"parameter": "period"}),
        });
    };
    Ok(Json(s.store.accruals(&scope, &id, parse_period(p)?).await?))
}

/// Deletes an accrual (kept in the audit log); one of a closed month is a 409.
#[utoipa::path(delete, path = "/companies/{id}/accruals/{accrual_id}", tag = "payroll",
    params(("id" = String, Path), ("accrual_id" = String, Path)),
    responses((status = 204), (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "The month is closed", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn delete_accrual(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path((id, accrual_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    s.store.delete_accrual(&scope, &id, &accrual_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The month's run of the company's own payroll (or `?employer_bin=`'s), with its state.
#[utoipa::path(get, path = "/companies/{id}/payroll/{period}", tag = "payroll",
    params(("id" = String, Path), ("period" = String, Path, example = "2026-03"), EmployerQuery),
    responses((status = 200, body = RunView), (status = 404, description = "No such company, or the month has no run", body = crate::api::ErrorBody),
              (status = 422, description = "A malformed period, employer or format", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn get_run(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path((id, period)): Path<(String, String)>,
    Query(q): Query<EmployerQuery>,
) -> ApiResult<Json<RunView>> {
    let period = parse_period(&period)?;
    let company = s.store.company(&scope, &id).await?;
    let employer = Employer::of(&company, q.employer_bin.as_deref())?;
    let r = s.store.run(&scope, &id, &employer.key, period).await?.ok_or(AppError::NotFound)?;
    Ok(Json(r.into()))
}

/// Approves the month's draft (an admin's call): the numbers are frozen for review.
#[utoipa::path(post, path = "/companies/{id}/payroll/{period}/approve", tag = "payroll",
    params(("id" = String, Path), ("period" = String, Path, example = "2026-03"), EmployerQuery),
    responses((status = 200, body = RunView), (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "Not a draft (approved already, or closed)", body = crate::api::ErrorBody),
              (status = 422, description = "A malformed period, employer or format", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn approve_run(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path((id, period)): Path<(String, String)>,
    Query(q): Query<EmployerQuery>,
) -> ApiResult<Json<RunView>> {
    let period = parse_period(&period)?;
    let company = s.store.company(&scope, &id).await?;
    let employer = Employer::of(&company, q.employer_bin.as_deref())?;
    Ok(Json(s.store.approve_run(&scope, &id, &employer.key, period).await?.into()))
}

/// Closes the approved month (an admin's call): it is locked; later changes become corrections of
/// the next open month.
#[utoipa::path(post, path = "/companies/{id}/payroll/{period}/close", tag = "payroll",
    params(("id" = String, Path), ("period" = String, Path, example = "2026-03"), EmployerQuery),
    responses((status = 200, body = RunView), (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "Not approved (a draft), or closed already", body = crate::api::ErrorBody),
              (status = 422, description = "A malformed period, employer or format", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn close_run(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path((id, period)): Path<(String, String)>,
    Query(q): Query<EmployerQuery>,
) -> ApiResult<Json<RunView>> {
    let period = parse_period(&period)?;
    let company = s.store.company(&scope, &id).await?;
    let employer = Employer::of(&company, q.employer_bin.as_deref())?;
    Ok(Json(s.store.close_run(&scope, &id, &employer.key, period).await?.into()))
}

/// The stored run of a month, read back, with the company and employer.
pub async fn stored(
    s: &AppState,
    scope: &Scope,
    id: &str,
    period: YearMonth,
    employer_bin: Option<&str>,
) -> ApiResult<(kzcomply_store::Company, Employer, RunRecord, kzcomply_run::Run)> {
    let company = s.store.company(scope, id).await?;
    let employer = Employer::of(&company, employer_bin)?;
    let r = s.store.run(scope, id, &employer.key, period).await?.ok_or(AppError::NotFound)?;
    let run = payroll_run::stored_run(&r.run_json)?;
    Ok((company, employer, r, run))
}

fn attachment(ctype: &str, name: String, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, ctype.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response()
}

/// A person's payslip of the month (Labour Code art. 113 p. 2): HTML, or PDF when the service
/// is built with PDF (else 501), in `?lang=`.
#[utoipa::path(get, path = "/companies/{id}/payroll/{period}/payslips/{person_id}", tag = "payroll",
    params(("id" = String, Path), ("period" = String, Path, example = "2026-03"),
           ("person_id" = String, Path, description = "`pe_…`, or the person's id in the company's records"), FileQuery),
    responses((status = 200, description = "The payslip", content_type = "text/html", body = String),
              (status = 404, description = "No run, or the person is not on it", body = crate::api::ErrorBody),
              (status = 501, description = "PDF is not built into this service", body = crate::api::ErrorBody),
              (status = 422, description = "A malformed period, employer or format", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn payslip(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path((id, period, person_id)): Path<(String, String, String)>,
    Query(q): Query<FileQuery>,
) -> ApiResult<Response> {
    let period = parse_period(&period)?;
    let format = q.format.as_deref().unwrap_or("html");
    if !matches!(format, "html" | "pdf") {
        return Err(AppError::invalid_msg("api-payslip-format", Args::new().text("value", format)));
    }
    let (company, employer, record, run) = stored(&s, &scope, &id, period, q.employer_bin.as_deref()).await?;
    let ids = payroll_run::person_ids(&record.run_json);
    let person = run
        .people
        .iter()
        .find(|p| ids.get(&p.id) == Some(&person_id) || p.id == person_id)
        .ok_or(AppError::NotFound)?;
    let rules = s.rules_for(&scope).await?;
    let catalogue = payroll_run::catalogue(&rules.book, period);
    let who = payroll_run::payslip_employer(&s, &scope, &company, &employer).await?;
    let doc = payroll_run::payslip_document(&run, person, &who, catalogue.as_ref(), lang);
    let stem: String =
        person.id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if format == "pdf" {
        let bytes = payroll_run::pdf(doc).await?;
        return Ok(attachment("application/pdf", format!("payslip-{period}-{stem}.pdf"), bytes));
    }
    let html = kzcomply_run::payslip::html(std::slice::from_ref(&doc));
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response())
}

/// The month's register (свод): XLSX, or CSV (in Russian and Kazakh with a UTF-8 BOM and `;`).
#[utoipa::path(get, path = "/companies/{id}/payroll/{period}/register", tag = "payroll",
    params(("id" = String, Path), ("period" = String, Path, example = "2026-03"), FileQuery),
    responses((status = 200, description = "The register", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body = String),
              (status = 404, description = "No run", body = crate::api::ErrorBody),
              (status = 422, description = "A malformed period, employer or format", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn register(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path((id, period)): Path<(String, String)>,
    Query(q): Query<FileQuery>,
) -> ApiResult<Response> {
    let period = parse_period(&period)?;
    let format = q.format.clone().unwrap_or_else(|| "xlsx".into());
    if !matches!(format.as_str(), "xlsx" | "csv") {
        return Err(AppError::invalid_msg("api-report-format", Args::new().text("value", format)));
    }
    let (_, _, _, run) = stored(&s, &scope, &id, period, q.employer_bin.as_deref()).await?;
    let rules = s.rules_for(&scope).await?;
    let book = rules.clone();
    let csv = format == "csv";
    let bytes = crate::api::upload::off_the_workers(move || {
        let catalogue = payroll_run::catalogue(&book.book, period);
        if csv {
            Ok(kzcomply_run::register::csv(&run, catalogue.as_ref(), lang))
        } else {
            kzcomply_run::register::xlsx(&run, catalogue.as_ref(), lang).map_err(|e| AppError::Internal(e.to_string()))
        }
    })
    .await??;
    Ok(if csv {
        attachment("text/csv; charset=utf-8", format!("register-{period}.csv"), bytes)
    } else {
        attachment(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            format!("register-{period}.xlsx"),
            bytes,
        )
    })
}
