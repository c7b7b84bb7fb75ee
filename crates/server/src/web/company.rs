//! A host company's pages: overview (headcount, localisation, exposure, deadlines, findings),
//! findings with filters, people, a person with contracts and event history, payroll by month,
//! and import with a preview of every problem before anything is written.

use super::{Layout, T, charts, kzt, page};
use crate::AppState;
use crate::api::upload::off_the_workers;
use crate::api::workforce::read_workforce;
use crate::auth::WebSession;
use crate::compute::{self, Duty};
use crate::error::AppError;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use jiff::civil::Date;
use kzcomply_audit::AuditReport;
use kzcomply_audit::checks::LocalisationRules;
use kzcomply_law::{Money, YearMonth};
use kzcomply_store::{EventInput, EventKind, Role};
use rust_decimal::prelude::ToPrimitive;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/companies/{id}", get(overview))
        .route("/companies/{id}/findings", get(findings::findings))
        .route("/companies/{id}/people", get(people))
        .route("/people/{id}", get(person))
        .route("/people/{id}/events", post(add_event))
        .route("/companies/{id}/payroll", get(payroll).post(run_payroll))
        .route("/companies/{id}/import", get(import_page).post(import_check))
        .route("/companies/{id}/import/{draft}", post(import_confirm))
}

type Page = Result<Response, AppError>;

mod findings;
use findings::{FindingRow, exposure_text, finding_rows, not_checked_rows};

async fn company_layout(s: &AppState, session: &WebSession, id: &str, title: &str) -> Result<Layout, AppError> {
    let c = s.store.company(&session.0.scope, id).await?;
    let mut l = Layout::of(session, format!("{title} — {}", c.name));
    l.company = Some((c.id, c.name));
    Ok(l)
}

#[derive(Template)]
#[template(path = "company.html")]
struct Overview {
    l: Layout,
    id: String,
    name: String,
    as_of: Date,
    size_class: &'static str,
    headcount: u32,
    /// People above which the localisation quotas apply (rules: localisation.small_business_exemption).
    threshold: u32,
    headcount_chart: String,
    quotas_apply: bool,
    localisation_chart: String,
    exposure: String,
    counts: (u32, u32, u32),
    duty_groups: Vec<(&'static str, Vec<Duty>)>,
    findings: Vec<FindingRow>,
    not_checked: Vec<(&'static str, String)>,
}

async fn audit(s: &AppState, session: &WebSession, id: &str, as_of: Date) -> Result<AuditReport, AppError> {
    let rules = s.rules_for(&session.0.scope).await?;
    compute::audit_company(&s.store, &rules.book, &rules.calendar, &session.0.scope, id, as_of).await
}

async fn overview(State(s): State<AppState>, session: WebSession, Path(id): Path<String>) -> Page {
    let l = company_layout(&s, &session, &id, "Overview").await?;
    let t = l.t;
    let as_of = compute::today();
    let r = audit(&s, &session, &id, as_of).await?;
    let rules = s.rules_for(&session.0.scope).await?;
    let loc = LocalisationRules::on(&rules.book, as_of).map_err(|e| AppError::Internal(e.to_string()))?;
    let pct = |d: rust_decimal::Decimal| d.round().to_u32().unwrap_or(0);
    let applies = r.localization.applies;
    let groups = vec![
        (t.s("managers").to_string(), r.localization.cat12.0, r.localization.cat12.1, pct(loc.managers_min), applies),
        (
            t.s("specialists").to_string(),
            r.localization.cat34.0,
            r.localization.cat34.1,
            pct(loc.specialists_min),
            applies,
        ),
    ];
    let (_, people) = s.store.workforce(&session.0.scope, &id).await?;
    let duties = compute::duties(&rules.book, &rules.calendar, &people, &compute::eaeu(&rules.book, as_of), as_of);
    let (mut overdue, mut week, mut month) = (Vec::new(), Vec::new(), Vec::new());
    for d in duties {
        match d.days_left {
            ..0 => overdue.push(d),
            0..=7 => week.push(d),
            8..=30 => month.push(d),
            _ => {}
        }
    }
    Ok(page(Overview {
        id: id.clone(),
        name: r.company.clone(),
        as_of,
        size_class: r.size_class,
        headcount: r.headcount.effective,
        threshold: loc.small_business_exemption,
        headcount_chart: charts::headcount(r.headcount.effective, loc.small_business_exemption),
        quotas_apply: applies,
        localisation_chart: charts::localisation(&groups),
        exposure: exposure_text(t, r.fine_exposure_kzt, r.fines_not_priced),
        counts: (r.counts.violation, r.counts.risk, r.counts.warning),
        duty_groups: vec![(t.s("overdue"), overdue), (t.s("this_week"), week), (t.s("next_30"), month)],
        findings: finding_rows(t, &r.findings),
        not_checked: not_checked_rows(&r, None),
        l,
    }))
}

struct PersonRow {
    id: String,
    ext_id: String,
    full_name: String,
    citizenship: String,
    position: String,
    engagement: &'static str,
    category: u8,
    gross: String,
    start: Date,
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    l: Layout,
    name: String,
    people: Vec<PersonRow>,
}

async fn people(State(s): State<AppState>, session: WebSession, Path(id): Path<String>) -> Page {
    let l = company_layout(&s, &session, &id, "People").await?;
    let scope = &session.0.scope;
    let (company, rows) = s.store.workforce_with_ids(scope, &id).await?;
    let people = rows
        .into_iter()
        .map(|(stored_id, p)| PersonRow {
            id: stored_id,
            ext_id: p.id,
            full_name: p.full_name,
            citizenship: p.citizenship,
            position: p.position,
            engagement: p.engagement.name(),
            category: p.role_category,
            gross: kzt(p.monthly_gross),
            start: p.start_date,
        })
        .collect();
    Ok(page(PeoplePage { l, name: company.name, people }))
}

struct ContractRow {
    number: String,
    position: String,
    engagement: String,
    category: i32,
    gross: String,
    start: Date,
    end: String,
}

struct EventRow {
    on_date: Date,
    kind: String,
    until: Option<Date>,
    note: String,
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    l: Layout,
    person: kzcomply_store::Person,
    contracts: Vec<ContractRow>,
    events: Vec<EventRow>,
    kinds: Vec<&'static str>,
    can_edit: bool,
}

async fn person(State(s): State<AppState>, session: WebSession, Path(id): Path<String>) -> Page {
    let scope = &session.0.scope;
    let person = s.store.person(scope, &id).await?;
    let l = company_layout(&s, &session, &person.company_id, &person.full_name).await?;
    let contracts = s
        .store
        .list_contracts(scope, &id)
        .await?
        .into_iter()
        .map(|c| ContractRow {
            number: c.terms.number.clone().unwrap_or_default(),
            position: c.terms.position.clone(),
            engagement: c.terms.engagement.clone(),
            category: c.terms.role_category,
            gross: kzt(c.terms.monthly_gross),
            start: c.terms.start_date,
            end: c.terms.end_date.map(|d| d.to_string()).or(c.terms.term.clone()).unwrap_or_default(),
        })
        .collect();
    let events = s
        .store
        .list_events(scope, &id)
        .await?
        .into_iter()
        .map(|e| EventRow {
            on_date: e.on_date,
            kind: e.kind.name().replace('_', " "),
            until: e.until_date,
            note: e.note,
        })
        .collect();
    Ok(page(PersonPage {
        l,
        person,
        contracts,
        events,
        kinds: EventKind::ALL.iter().map(|k| k.name()).collect(),
        can_edit: scope.role >= Role::Editor,
    }))
}

#[derive(serde::Deserialize)]
struct EventForm {
    csrf: String,
    kind: String,
    on_date: String,
    until_date: Option<String>,
    note: Option<String>,
}

fn form_date(field: &str, s: &str) -> Result<Date, AppError> {
    s.parse().map_err(|_| AppError::invalid(format!("{field}: a date such as 2026-03-31"), serde_json::Value::Null))
}

async fn add_event(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<EventForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let kind =
        EventKind::parse(&f.kind).ok_or_else(|| AppError::invalid("kind: unknown event", serde_json::Value::Null))?;
    let until_date = match f.until_date.as_deref().filter(|u| !u.is_empty()) {
        Some(u) => Some(form_date("until_date", u)?),
        None => None,
    };
    let input = EventInput {
        kind,
        on_date: form_date("on_date", &f.on_date)?,
        until_date,
        contract_id: None,
        note: f.note.unwrap_or_default(),
    };
    s.store.create_event(&session.0.scope, &id, &input).await?;
    Ok(Redirect::to(&format!("/people/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "payroll.html")]
struct PayrollPage {
    l: Layout,
    id: String,
    name: String,
    period: String,
    rows: Vec<Vec<String>>,
    totals: Vec<String>,
    cost_chart: String,
    can_edit: bool,
}

#[derive(serde::Deserialize)]
struct PeriodQuery {
    period: Option<String>,
}

fn period_or_now(p: Option<&str>) -> Result<YearMonth, AppError> {
    match p.filter(|p| !p.is_empty()) {
        Some(p) => YearMonth::parse_bytes(p.as_bytes())
            .ok_or_else(|| AppError::invalid(format!("period: YYYY-MM, not {p:?}"), serde_json::Value::Null)),
        None => {
            let d = compute::today();
            Ok(YearMonth::new(d.year(), d.month()).expect("today is a valid month"))
        }
    }
}

async fn payroll(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Page {
    let l = company_layout(&s, &session, &id, "Payroll").await?;
    let period = period_or_now(q.period.as_deref())?;
    let months = s.store.payroll(&session.0.scope, &id, Some(period)).await?;
    let mut totals = [Money::ZERO; 10];
    let mut rows = Vec::new();
    let mut costs = Vec::new();
    for m in &months {
        let amounts = [m.gross, m.opv, m.vosms, m.ipn, m.net, m.opvr, m.so, m.oosms, m.social_tax, m.employer_cost];
        for (t, a) in totals.iter_mut().zip(amounts) {
            // Checked: a month of many large salaries is an error, never a wrapped total.
            *t = t.checked_add(a).ok_or_else(|| {
                AppError::invalid("the month's totals are too large to add up exactly", serde_json::Value::Null)
            })?;
        }
        let mut row = vec![m.full_name.clone()];
        row.extend(amounts.iter().map(|a| kzt(*a)));
        rows.push(row);
        costs.push((m.full_name.clone(), m.employer_cost.tiyn(), kzt(m.employer_cost)));
    }
    costs.sort_by_key(|c| std::cmp::Reverse(c.1));
    let mut total_row = vec![l.t.s("total").to_string()];
    total_row.extend(totals.iter().map(|a| kzt(*a)));
    let name = l.company.as_ref().map(|c| c.1.clone()).unwrap_or_default();
    Ok(page(PayrollPage {
        id,
        name,
        period: period.to_string(),
        rows,
        totals: total_row,
        cost_chart: charts::costs(&costs),
        can_edit: session.0.scope.role >= Role::Editor,
        l,
    }))
}

#[derive(serde::Deserialize)]
struct PayrollForm {
    csrf: String,
    period: String,
}

async fn run_payroll(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<PayrollForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let period = period_or_now(Some(&f.period))?;
    crate::api::workforce::run_payroll_for(&s, &session.0.scope, &id, period).await?;
    Ok(Redirect::to(&format!("/companies/{id}/payroll?period={period}")).into_response())
}

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    l: Layout,
    id: String,
    name: String,
    can_edit: bool,
    /// rows, created, updated, unchanged, events added.
    done: Option<(usize, usize, usize, usize, usize)>,
    problems: Vec<(String, String, String)>,
    draft: Option<String>,
    file_name: String,
    preview: Vec<(String, String, String, String, String, &'static str)>,
}

/// The result of an import, as numbers (so a crafted link cannot put words on the page).
#[derive(serde::Deserialize)]
struct DoneQuery {
    rows: Option<usize>,
    created: Option<usize>,
    updated: Option<usize>,
    unchanged: Option<usize>,
    events: Option<usize>,
}

async fn import_page(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Query(q): Query<DoneQuery>,
) -> Page {
    let l = company_layout(&s, &session, &id, "Import").await?;
    let name = l.company.as_ref().map(|c| c.1.clone()).unwrap_or_default();
    Ok(page(ImportPage {
        can_edit: session.0.scope.role >= Role::Editor,
        id,
        name,
        done: q.rows.map(|r| {
            (r, q.created.unwrap_or(0), q.updated.unwrap_or(0), q.unchanged.unwrap_or(0), q.events.unwrap_or(0))
        }),
        problems: Vec::new(),
        draft: None,
        file_name: String::new(),
        preview: Vec::new(),
        l,
    }))
}

/// Step 1: read the upload, show every problem, or keep it as a draft and show what will change.
async fn import_check(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    mut form: Multipart,
) -> Page {
    let scope = &session.0.scope;
    scope.require(Role::Editor)?;
    let (mut csrf, mut file_name, mut content) = (String::new(), String::from("upload.csv"), Vec::new());
    while let Some(field) = form.next_field().await.map_err(|e| AppError::bad_request(e.body_text()))? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.map_err(|e| AppError::bad_request(e.body_text()))?,
            Some("file") => {
                file_name = field.file_name().unwrap_or("upload.csv").to_string();
                content = field.bytes().await.map_err(|e| AppError::bad_request(e.body_text()))?.to_vec();
            }
            _ => {}
        }
    }
    session.check_csrf(&csrf)?;
    let l = company_layout(&s, &session, &id, "Import").await?;
    let name = l.company.as_ref().map(|c| c.1.clone()).unwrap_or_default();
    let mut page_data = ImportPage {
        can_edit: true,
        id: id.clone(),
        name,
        done: None,
        problems: Vec::new(),
        draft: None,
        file_name: file_name.clone(),
        preview: Vec::new(),
        l,
    };
    // Parsed off the async workers, a few at a time (the file comes back for the draft).
    let said_xlsx = file_name.to_lowercase().ends_with(".xlsx");
    let (parsed, content) = off_the_workers(move || (read_workforce(said_xlsx, &content), content)).await?;
    match parsed {
        Err(kzcomply_audit::import::ImportError::Unreadable(m)) => {
            page_data.problems.push(("—".into(), "—".into(), m));
        }
        Err(kzcomply_audit::import::ImportError::TooLarge(limit)) => {
            page_data.problems.push(("—".into(), "—".into(), limit.to_string()));
        }
        Err(kzcomply_audit::import::ImportError::Problems(ps)) => {
            page_data.problems = ps.into_iter().map(|p| (p.row.to_string(), p.column, p.message)).collect();
        }
        Ok(workforce) => {
            // The import's own checks too (the store's: IINs, ids used twice, an IIN that is
            // another person's), so the preview refuses what the import would refuse.
            if let Err(kzcomply_store::StoreError::Invalid(ps)) =
                s.store.import_workforce_dry_run(scope, &id, &workforce.people).await
            {
                let row = |r: Option<usize>| r.map_or_else(|| "—".to_string(), |r| r.to_string());
                page_data.problems = ps.into_iter().map(|p| (row(p.row), p.field, p.message)).collect();
                return Ok(page(page_data));
            }
            let existing = s.store.list_people(scope, &id).await?;
            page_data.preview = workforce
                .people
                .iter()
                .map(|p| {
                    let status = if existing.iter().any(|e| e.ext_id == p.id) { "known" } else { "new" };
                    (
                        p.id.clone(),
                        p.full_name.clone(),
                        p.citizenship.clone(),
                        p.position.clone(),
                        kzt(p.monthly_gross),
                        status,
                    )
                })
                .collect();
            page_data.draft = Some(s.store.save_draft(scope, &id, &file_name, content).await?);
        }
    }
    Ok(page(page_data))
}

#[derive(serde::Deserialize)]
struct ConfirmForm {
    csrf: String,
}

/// Step 2: import the draft in one transaction and forget it.
async fn import_confirm(
    State(s): State<AppState>,
    session: WebSession,
    Path((id, draft)): Path<(String, String)>,
    Form(f): Form<ConfirmForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let scope = &session.0.scope;
    let (company_id, file_name, content) = s.store.draft(scope, &draft).await?;
    if company_id != id {
        return Err(AppError::NotFound);
    }
    let said_xlsx = file_name.to_lowercase().ends_with(".xlsx");
    let file = off_the_workers(move || read_workforce(said_xlsx, &content))
        .await?
        .map_err(crate::api::workforce::import_error)?;
    let summary = s.store.import_workforce(scope, &id, &file.people, &file.supplied, &file_name).await?;
    s.store.delete_draft(scope, &draft).await?;
    let s = summary;
    Ok(Redirect::to(&format!(
        "/companies/{id}/import?rows={}&created={}&updated={}&unchanged={}&events={}",
        s.rows, s.people_created, s.people_updated, s.people_unchanged, s.events_added
    ))
    .into_response())
}
