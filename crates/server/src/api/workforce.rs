//! The workforce as the state sees it: audits (of a stored company or an uploaded file), findings,
//! the duty calendar, imports, payroll months and report exports.

use crate::AppState;
use crate::api::upload::off_the_workers;
use crate::auth::Caller;
use crate::compute::{self, Duty, FindingFilter};
use crate::error::{ApiResult, AppError, Path, Query, Text};
use crate::lang::Language;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use kzcomply_audit::import::ImportError;
use kzcomply_audit::{AuditReport, Finding, Person, Workforce};
use kzcomply_i18n::{Args, Lang};
use kzcomply_law::YearMonth;
use kzcomply_store::{ImportSummary, PayrollLine, PayrollMonth, Problem};
use utoipa::ToSchema;

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct AsOf {
    /// The audit date (default: today in Kazakhstan).
    #[param(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
}

/// Whether an upload is XLSX by its content type (otherwise by its zip signature, or CSV).
fn says_xlsx(headers: &HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|c| c.contains("spreadsheetml"))
}

/// A workforce file's rows, parsed off the async workers: XLSX when it looks like one (by content
/// type or its zip signature), CSV otherwise. Every bad cell is reported with its row and column;
/// a file past a limit is a 422 naming the limit.
pub async fn parse_workforce(headers: &HeaderMap, body: Bytes, lang: Lang) -> Result<Workforce, AppError> {
    let said_xlsx = says_xlsx(headers);
    off_the_workers(move || read_workforce(said_xlsx, &body, lang)).await?.map_err(|e| import_error(e, lang))
}

/// A workforce file's rows: XLSX when `said_xlsx` (by its name or content type) or when it starts
/// with a zip signature, CSV otherwise; every problem in `lang`.
pub fn read_workforce(said_xlsx: bool, body: &[u8], lang: Lang) -> Result<Workforce, ImportError> {
    if said_xlsx || body.starts_with(b"PK\x03\x04") {
        kzcomply_audit::import::from_xlsx(body, lang)
    } else {
        kzcomply_audit::import::from_csv(body, lang)
    }
}

/// A file that cannot be imported, in `lang`.
pub fn import_error(e: ImportError, lang: Lang) -> AppError {
    match e {
        ImportError::Unreadable(_) => AppError::invalid(e.message(lang), serde_json::Value::Null),
        // `details`: {"limit", "max", "found", "message"} — which limit, and what the file declared.
        ImportError::TooLarge(ref limit) => AppError::invalid(e.message(lang), limit.clone()),
        ImportError::Problems(problems) => {
            let details: Vec<Problem> = problems
                .into_iter()
                .map(|p| Problem { row: Some(p.row), ..Problem::field(&p.column, p.message) })
                .collect();
            AppError::invalid(Text::with("api-file-problems", Args::new().num("count", details.len() as i64)), details)
        }
    }
}

/// Audits a stored host company: headcount against the 20-person threshold, 70/90% localisation,
/// pay parity, ESUTD registration, permits and mentors — each finding with its fine in tenge.
#[utoipa::path(get, path = "/companies/{id}/audit", tag = "audit", params(AsOf),
    responses((status = 200, description = "The audit: headcount, localisation, findings (worst first), counts, fine exposure", body = crate::api::schemas::AuditReport),
              (status = 404, body = crate::api::ErrorBody),
              (status = 422, description = "The rules do not reach the as-of date (the message names what is missing)", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn audit_company(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path(id): Path<String>,
    Query(q): Query<AsOf>,
) -> ApiResult<Json<AuditReport>> {
    let as_of = q.as_of.unwrap_or_else(compute::today);
    let rules = s.rules_for(&scope).await?;
    Ok(Json(compute::audit_company(&s.store, &rules.book, &rules.calendar, &scope, &id, as_of, lang).await?))
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct UploadAudit {
    #[param(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// The company's name for the report.
    pub name: Option<String>,
    /// The company's BIN (the employer BIN of direct staff's ESUTD records).
    pub bin: Option<String>,
    /// Average annual income in MRP (for the fine tier).
    pub income_mrp: Option<u64>,
    pub branch_of_foreign_company: Option<bool>,
}

/// Audits an uploaded workforce file (CSV or XLSX as the request body) without storing anything.
#[utoipa::path(post, path = "/audit", tag = "audit", params(UploadAudit),
    request_body(content = String, description = "The workforce file (CSV, or XLSX with its content type)", content_type = "text/csv"),
    responses((status = 200, body = crate::api::schemas::AuditReport), (status = 422, description = "Every bad cell with its row and column", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn audit_upload(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Query(q): Query<UploadAudit>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<AuditReport>> {
    let company = kzcomply_audit::Company {
        name: q.name.unwrap_or_else(|| kzcomply_i18n::t(lang, "api-uploaded-workforce")),
        bin: q.bin,
        income_mrp: q.income_mrp,
        branch_of_foreign_company: q.branch_of_foreign_company.unwrap_or(false),
    };
    let as_of = q.as_of.unwrap_or_else(compute::today);
    let rules = s.rules_for(&scope).await?;
    let said_xlsx = says_xlsx(&headers);
    // Parsing and the audit both run off the async workers.
    let report = off_the_workers(move || {
        let workforce = read_workforce(said_xlsx, &body, lang).map_err(|e| import_error(e, lang))?;
        compute::audit_people(
            &rules.book,
            &rules.calendar,
            &company,
            &workforce.people,
            &workforce.supplied,
            as_of,
            lang,
        )
    })
    .await??;
    Ok(Json(report))
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct ImportQuery {
    /// Run every check of the import and say what it would create, update and leave unchanged,
    /// writing nothing.
    pub dry_run: Option<bool>,
    /// The file's name, for the audit log.
    pub file_name: Option<String>,
}

#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct ImportResult {
    pub dry_run: bool,
    pub summary: ImportSummary,
}

/// Imports a workforce file into a company: all or nothing. New ids become people with a contract
/// and dated events; known ids are updated; nothing is deleted. A bad file answers 422 with every
/// problem (row, column, message) and writes nothing. `?dry_run=true` runs every check the import
/// runs (the file's cells and the store's: IINs, ids used twice, an IIN that is another person's)
/// and answers what it would do — people created, updated and left unchanged, events added —
/// writing nothing.
#[utoipa::path(post, path = "/companies/{id}/import", tag = "audit", params(ImportQuery),
    request_body(content = String, description = "The workforce file (CSV, or XLSX with its content type)", content_type = "text/csv"),
    responses((status = 200, body = ImportResult), (status = 404, body = crate::api::ErrorBody),
              (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn import(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path(id): Path<String>,
    Query(q): Query<ImportQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<ImportResult>> {
    scope.require(kzcomply_store::Role::Editor)?;
    s.store.company(&scope, &id).await?;
    let file = parse_workforce(&headers, body, lang).await?;
    let dry_run = q.dry_run.unwrap_or(false);
    let summary = if dry_run {
        // Every check the import runs, and the counts it would report; nothing is written.
        s.store.import_workforce_dry_run(&scope, &id, &file.people).await?
    } else {
        let name = q.file_name.unwrap_or_else(|| "upload".into());
        s.store.import_workforce(&scope, &id, &file.people, &file.supplied, &name).await?
    };
    Ok(Json(ImportResult { dry_run, summary }))
}

/// The findings of a stored company's audit, filtered; worst first. An unknown `severity` or `rule`
/// or a malformed `as_of` is a 400 naming the parameter and the allowed values.
#[utoipa::path(get, path = "/companies/{id}/findings", tag = "audit", params(FindingFilter),
    responses((status = 200, description = "The findings, worst first", body = Vec<crate::api::schemas::Finding>),
              (status = 400, description = "A filter value the audit cannot match: details name the parameter, the value and the allowed values", body = crate::api::ErrorBody),
              (status = 404, body = crate::api::ErrorBody),
              (status = 422, description = "The rules do not reach the as-of date", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn findings(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path(id): Path<String>,
    Query(f): Query<FindingFilter>,
) -> ApiResult<Json<Vec<Finding>>> {
    let (f, as_of) = f.checked()?;
    let as_of = as_of.unwrap_or_else(compute::today);
    let rules = s.rules_for(&scope).await?;
    let report = compute::audit_company(&s.store, &rules.book, &rules.calendar, &scope, &id, as_of, lang).await?;
    Ok(Json(report.findings.into_iter().filter(|x| f.keep(x)).collect()))
}

/// Duties not yet done (ESUTD registrations, mentors, permit extensions) by due date.
#[utoipa::path(get, path = "/companies/{id}/duties", tag = "audit", params(AsOf),
    responses((status = 200, body = Vec<Duty>), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn duties(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path(id): Path<String>,
    Query(q): Query<AsOf>,
) -> ApiResult<Json<Vec<Duty>>> {
    let as_of = q.as_of.unwrap_or_else(compute::today);
    let (_, people) = s.store.workforce(&scope, &id).await?;
    let rules = s.rules_for(&scope).await?;
    Ok(Json(compute::duties(&rules.book, &rules.calendar, &people, &compute::eaeu(&rules.book, as_of), as_of, lang)))
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct ReportQuery {
    /// `html` (default), `csv` (the findings) or `xlsx` (summary and a sheet per rule).
    pub format: Option<String>,
    #[param(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
}

/// The audit as a file: a self-contained HTML report, the findings as CSV, or an XLSX workbook.
#[utoipa::path(get, path = "/companies/{id}/report", tag = "audit", params(ReportQuery),
    responses((status = 200, description = "The report: HTML, CSV (every text cell safe to open in a spreadsheet) or XLSX",
                content(("text/html"), ("text/csv"), ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
              (status = 404, body = crate::api::ErrorBody),
              (status = 422, description = "An unknown format, or rules that do not reach the as-of date", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn report(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path(id): Path<String>,
    Query(q): Query<ReportQuery>,
) -> ApiResult<Response> {
    let as_of = q.as_of.unwrap_or_else(compute::today);
    let rules = s.rules_for(&scope).await?;
    let report = compute::audit_company(&s.store, &rules.book, &rules.calendar, &scope, &id, as_of, lang).await?;
    export(&report, q.format.as_deref().unwrap_or("html"), lang)
}

/// The response for one export format, in `lang`.
pub fn export(report: &AuditReport, format: &str, lang: Lang) -> ApiResult<Response> {
    let stem = format!("kzcomply-audit-{}", report.as_of);
    let file = |ctype: &'static str, ext: &str, body: Vec<u8>| {
        let disposition = format!("attachment; filename=\"{stem}.{ext}\"");
        ([(header::CONTENT_TYPE, ctype.to_string()), (header::CONTENT_DISPOSITION, disposition)], body).into_response()
    };
    match format {
        "html" => {
            Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], kzcomply_audit::html::render(report, lang))
                .into_response())
        }
        "csv" => Ok(file("text/csv; charset=utf-8", "csv", compute::findings_csv(&report.findings, lang))),
        "xlsx" => {
            let bytes = kzcomply_audit::xlsx::render(report, lang).map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", bytes))
        }
        other => Err(AppError::invalid_msg("api-report-format", Args::new().text("value", other))),
    }
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct PeriodQuery {
    /// `YYYY-MM`; all stored months when absent.
    #[param(value_type = Option<String>)]
    pub period: Option<YearMonth>,
}

/// The stored payroll months of a company.
#[utoipa::path(get, path = "/companies/{id}/payroll", tag = "payroll", params(PeriodQuery),
    responses((status = 200, body = Vec<PayrollMonth>), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list_payroll(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> ApiResult<Json<Vec<PayrollMonth>>> {
    Ok(Json(s.store.payroll(&scope, &id, q.period).await?))
}

/// Computes the month's payroll **draft** (docs/payroll-run.md) of the company's own direct staff —
/// or, with `?employer_bin=`, another employer's run of the same people — from the stored facts,
/// contracts and accruals, the year to date of the employer's closed months and the corrections a
/// changed closed month carries; saved as the draft (read it with `GET`; an approved month goes
/// back to draft). A closed month is a 409. For the company's own payroll it also stores the
/// month's summary lines (salary + allowances + benefits in kind), which it answers with, as before.
#[utoipa::path(post, path = "/companies/{id}/payroll/{period}", tag = "payroll",
    params(("id" = String, Path), ("period" = String, Path, example = "2026-03"), crate::api::runs::EmployerQuery),
    responses((status = 200, description = "The month's stored summary lines (the run itself: `GET` the same path)", body = Vec<PayrollMonth>),
              (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "The month is closed", body = crate::api::ErrorBody),
              (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn run_payroll(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Language(lang): Language,
    Path((id, period)): Path<(String, String)>,
    Query(q): Query<crate::api::runs::EmployerQuery>,
) -> ApiResult<Response> {
    let period = YearMonth::parse_bytes(period.as_bytes())
        .ok_or_else(|| AppError::invalid_msg("api-period", Args::new().text("value", period.clone())))?;
    // The closed month first; then the summary lines (whose errors say which rule values are
    // missing), then the run.
    if crate::payroll_run::check_open(&s, &scope, &id, q.employer_bin.as_deref(), period).await? {
        run_payroll_for(&s, &scope, &id, period).await?;
    }
    let record = crate::payroll_run::compute_draft(&s, &scope, &id, q.employer_bin.as_deref(), period, lang).await?;
    save_summary(&s, &scope, &id, period, &record).await?;
    let location = match &q.employer_bin {
        Some(b) if !record.employer_bin.is_empty() => {
            format!("/api/v1/companies/{id}/payroll/{period}?employer_bin={b}")
        }
        _ => format!("/api/v1/companies/{id}/payroll/{period}"),
    };
    let months = s.store.payroll(&scope, &id, Some(period)).await?;
    Ok(([(header::CONTENT_LOCATION, location)], Json(months)).into_response())
}

/// Checks that the month can be computed for the company's people (the rules cover it, no month's
/// income passes the limit), with the errors the API has always given; nothing is saved here.
pub async fn run_payroll_for(
    s: &AppState,
    scope: &kzcomply_store::Scope,
    company_id: &str,
    period: YearMonth,
) -> ApiResult<usize> {
    scope.require(kzcomply_store::Role::Editor)?;
    let (_, rows) = s.store.workforce_with_ids(scope, company_id).await?;
    let people: Vec<Person> = rows.into_iter().map(|(_, p)| p).collect();
    let rules = s.rules_for(scope).await?;
    let eaeu = compute::eaeu(&rules.book, period.first_day());
    Ok(compute::company_payroll(&rules, &people, &eaeu, period)?.len())
}

/// Stores the month's summary lines (`GET …/payroll`, the ten amounts per person) from the
/// company's own run, so they are the run's numbers: its own staff only (outstaffed people are on
/// their sending party's run), with every payroll fact, part month and accrual. Another
/// employer's run of the company's people stores no summary.
pub async fn save_summary(
    s: &AppState,
    scope: &kzcomply_store::Scope,
    company_id: &str,
    period: YearMonth,
    record: &kzcomply_store::RunRecord,
) -> ApiResult<usize> {
    if !record.employer_bin.is_empty() {
        return Ok(0);
    }
    let run = crate::payroll_run::stored_run(&record.run_json)?;
    let store_of = crate::payroll_run::person_ids(&record.run_json);
    let lines: Vec<PayrollLine> = run
        .people
        .iter()
        .filter_map(|p| Some(PayrollLine { person_id: store_of.get(&p.id)?.clone(), amounts: p.amounts() }))
        .collect();
    Ok(s.store.save_payroll(scope, company_id, period, &lines).await?)
}
