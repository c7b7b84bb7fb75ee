//! A host company's pages: overview (headcount, localisation, exposure, deadlines, findings),
//! findings with filters, people, a person with contracts and event history, payroll by month,
//! and import with a preview of every problem before anything is written.

use super::{Layout, T, charts, page};
use crate::AppState;
use crate::api::upload::off_the_workers;
use crate::api::workforce::read_workforce;
use crate::auth::WebSession;
use crate::compute::{self, Duty};
use crate::error::AppError;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use jiff::civil::Date;
use kzcomply_audit::AuditReport;
use kzcomply_audit::checks::LocalisationRules;
use kzcomply_audit::import::ImportError;
use kzcomply_i18n::Args;
use kzcomply_law::YearMonth;
use kzcomply_store::{EventInput, EventKind, Role};
use rust_decimal::prelude::ToPrimitive;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/companies/{id}", get(overview))
        .route("/companies/{id}/findings", get(findings::findings))
        .route("/companies/{id}/people", get(people))
        .route("/people/{id}", get(person))
        .route("/people/{id}/events", post(add_event))
        .route("/people/{id}/facts", post(facts::save_facts))
        .route("/companies/{id}/payroll", get(payroll::payroll).post(payroll::compute))
        .route("/companies/{id}/payroll/approve", post(payroll::approve))
        .route("/companies/{id}/payroll/close", post(payroll::close))
        .route("/companies/{id}/payroll/accruals", post(payroll::add_accrual))
        .route("/companies/{id}/payroll/accruals/upload", post(payroll::upload_accruals))
        .route("/companies/{id}/import", get(import_page).post(import_check))
        .route("/companies/{id}/import/{draft}", post(import_confirm))
}

type Page = Result<Response, AppError>;

mod facts;
mod form;

use form::{field_label, form_date};
pub(super) mod findings;
mod payroll;
use findings::{FindingRow, exposure_text, finding_rows, not_checked_rows};

/// A company page's layout; `title` is a catalogue id ("web-overview"), or a name as it is.
async fn company_layout(s: &AppState, session: &WebSession, id: &str, title: &str) -> Result<Layout, AppError> {
    let c = s.store.company(&session.0.scope, id).await?;
    let t = T::new(&session.0.user.lang);
    let title = if title.starts_with("web-") { t.s(title) } else { title.to_string() };
    let mut l = Layout::titled(session, format!("{title} — {}", c.name));
    l.company = Some((c.id, c.name));
    Ok(l)
}

/// The catalogue id of an engagement's name (`direct` → "web-engagement-direct").
fn engagement_label(name: &str) -> &'static str {
    match name {
        "direct" => "web-engagement-direct",
        "outstaffed" => "web-engagement-outstaffed",
        "third_party" => "web-engagement-third-party",
        "contractor" => "web-engagement-contractor",
        _ => "web-engagement-unknown",
    }
}

/// The catalogue id of a size class (`small` → "web-size-small").
fn size_label(class: &str) -> &'static str {
    match class {
        "micro" => "web-size-micro",
        "small" => "web-size-small",
        "medium" => "web-size-medium",
        "large" => "web-size-large",
        _ => "web-size-unknown",
    }
}

/// The catalogue id of an event kind (`esutd_registered` → "web-event-esutd-registered").
fn event_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Signed => "web-event-signed",
        EventKind::Amended => "web-event-amended",
        EventKind::Terminated => "web-event-terminated",
        EventKind::Reinstated => "web-event-reinstated",
        EventKind::EsutdRegistered => "web-event-esutd-registered",
        EventKind::EsutdTerminationRegistered => "web-event-esutd-termination-registered",
        EventKind::PermitIssued => "web-event-permit-issued",
        EventKind::PermitExtended => "web-event-permit-extended",
        EventKind::MentorAppointed => "web-event-mentor-appointed",
        EventKind::Trip => "web-event-trip",
    }
}

/// An event's note as the user reads it: the note the import writes ("imported from FILE") in
/// their language, any other note as it was typed.
fn note_text(t: T, note: &str) -> String {
    match note.strip_prefix("imported from ") {
        Some(file) => t.with("web-note-imported", "file", file),
        None => note.to_string(),
    }
}

#[derive(Template)]
#[template(path = "company.html")]
struct Overview {
    l: Layout,
    id: String,
    name: String,
    as_of: Date,
    size_label: &'static str,
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
    let lang = T::new(&session.0.user.lang).0;
    compute::audit_company(&s.store, &rules.book, &rules.calendar, &session.0.scope, id, as_of, lang).await
}

async fn overview(State(s): State<AppState>, session: WebSession, Path(id): Path<String>) -> Page {
    let l = company_layout(&s, &session, &id, "web-overview").await?;
    let t = l.t;
    let as_of = compute::today();
    let r = audit(&s, &session, &id, as_of).await?;
    let rules = s.rules_for(&session.0.scope).await?;
    let loc = LocalisationRules::on(&rules.book, as_of).map_err(|e| AppError::Internal(e.to_string()))?;
    let pct = |d: rust_decimal::Decimal| d.round().to_u32().unwrap_or(0);
    let applies = r.localization.applies;
    let groups = vec![
        (t.s("web-managers"), r.localization.cat12.0, r.localization.cat12.1, pct(loc.managers_min), applies),
        (t.s("web-specialists"), r.localization.cat34.0, r.localization.cat34.1, pct(loc.specialists_min), applies),
    ];
    let (_, people) = s.store.workforce(&session.0.scope, &id).await?;
    let duties = compute::duties(&rules.book, &rules.calendar, &people, &compute::eaeu(&rules.book, as_of), as_of, t.0);
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
        size_label: size_label(r.size_class),
        headcount: r.headcount.effective,
        threshold: loc.small_business_exemption,
        headcount_chart: charts::headcount(t, r.headcount.effective, loc.small_business_exemption),
        quotas_apply: applies,
        localisation_chart: charts::localisation(t, &groups),
        exposure: exposure_text(t, r.fine_exposure_kzt, r.fines_not_priced),
        counts: (r.counts.violation, r.counts.risk, r.counts.warning),
        duty_groups: vec![("web-overdue", overdue), ("web-this-week", week), ("web-next-30", month)],
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
    let l = company_layout(&s, &session, &id, "web-people").await?;
    let t = l.t;
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
            engagement: engagement_label(p.engagement.name()),
            category: p.role_category,
            gross: t.amount(p.monthly_gross),
            start: p.start_date,
        })
        .collect();
    Ok(page(PeoplePage { l, name: company.name, people }))
}

struct ContractRow {
    number: String,
    position: String,
    engagement: &'static str,
    category: i32,
    gross: String,
    start: Date,
    end: String,
}

struct EventRow {
    on_date: Date,
    /// A catalogue id.
    kind: &'static str,
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
    /// (value, catalogue id of its name).
    kinds: Vec<(&'static str, &'static str)>,
    can_edit: bool,
    /// The add-event form as typed (kept when it is refused) and what was wrong with it.
    form: EventForm,
    problems: Vec<(String, String)>,
    /// The payroll facts: (name, value) in the user's words.
    facts: Vec<(String, String)>,
    /// The facts' form (as typed when it was refused) and what was wrong with it.
    facts_form: Vec<facts::Control>,
    facts_problems: Vec<(String, String)>,
}

/// The person page's forms: as typed when one was refused, with its problems.
#[derive(Default)]
struct Forms {
    event: EventForm,
    event_problems: Vec<(String, String)>,
    /// None: the stored facts.
    facts: Option<facts::FactsForm>,
    facts_problems: Vec<(String, String)>,
}

async fn person(State(s): State<AppState>, session: WebSession, Path(id): Path<String>) -> Page {
    person_page(&s, &session, &id, Forms::default()).await
}

async fn person_page(s: &AppState, session: &WebSession, id: &str, forms: Forms) -> Page {
    let scope = &session.0.scope;
    let person = s.store.person(scope, id).await?;
    let l = company_layout(s, session, &person.company_id, &person.full_name).await?;
    let t = l.t;
    let contracts = s
        .store
        .list_contracts(scope, id)
        .await?
        .into_iter()
        .map(|c| ContractRow {
            number: c.terms.number.clone().unwrap_or_default(),
            position: c.terms.position.clone(),
            engagement: engagement_label(&c.terms.engagement),
            category: c.terms.role_category,
            gross: t.amount(c.terms.monthly_gross),
            start: c.terms.start_date,
            end: match (c.terms.end_date, c.terms.term.as_deref()) {
                (Some(d), _) => t.date(d),
                (None, Some("indefinite")) => t.s("web-term-indefinite"),
                (None, Some("fixed")) => t.s("web-term-fixed"),
                (None, other) => other.unwrap_or_default().to_string(),
            },
        })
        .collect();
    let events = s
        .store
        .list_events(scope, id)
        .await?
        .into_iter()
        .map(|e| EventRow {
            on_date: e.on_date,
            kind: event_label(e.kind),
            until: e.until_date,
            note: note_text(t, &e.note),
        })
        .collect();
    let refused = !(forms.event_problems.is_empty() && forms.facts_problems.is_empty());
    let status = if refused { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let facts_form = forms.facts.unwrap_or_else(|| facts::FactsForm::of(&person.payroll)).controls(t);
    let body = page(PersonPage {
        l,
        facts: facts::rows(t, &person.payroll),
        person,
        contracts,
        events,
        kinds: EventKind::ALL.iter().map(|k| (k.name(), event_label(*k))).collect(),
        can_edit: scope.role >= Role::Editor,
        form: forms.event,
        problems: forms.event_problems,
        facts_form,
        facts_problems: forms.facts_problems,
    });
    Ok((status, body).into_response())
}

/// The add-event form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
struct EventForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    on_date: String,
    #[serde(default)]
    until_date: String,
    #[serde(default)]
    note: String,
}

/// Adds an event; a refused event comes back on the person's page with the form as typed and
/// every problem, in the user's language.
async fn add_event(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<EventForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let t = T::new(&session.0.user.lang);
    let mut problems = Vec::new();
    let kind = EventKind::parse(&f.kind);
    if kind.is_none() {
        problems.push((field_label(t, "kind"), t.s("web-unknown-event")));
    }
    let on_date = form_date(t, "on_date", &f.on_date, &mut problems);
    let until_date = match f.until_date.trim() {
        "" => None,
        u => form_date(t, "until_date", u, &mut problems),
    };
    let refused = |event, event_problems| Forms { event, event_problems, ..Forms::default() };
    let (Some(kind), Some(on_date), true) = (kind, on_date, problems.is_empty()) else {
        return person_page(&s, &session, &id, refused(f, problems)).await;
    };
    let input = EventInput { kind, on_date, until_date, contract_id: None, note: f.note.clone() };
    match s.store.create_event(&session.0.scope, &id, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/people/{id}")).into_response()),
        Err(kzcomply_store::StoreError::Invalid(ps)) => {
            let ps = crate::store_text::problems(ps);
            let problems = ps.into_iter().map(|p| (field_label(t, &p.field), p.message)).collect();
            person_page(&s, &session, &id, refused(f, problems)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
struct PeriodQuery {
    period: Option<String>,
    #[serde(default)]
    page: Option<usize>,
}

/// The month typed (YYYY-MM, MM.YYYY), or this month when none was.
pub(super) fn period_or_now(p: Option<&str>) -> Result<YearMonth, String> {
    match p.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => YearMonth::parse_bytes(p.as_bytes())
            .or_else(|| {
                let (m, y) = p.split_once('.')?;
                YearMonth::parse_bytes(format!("{y}-{m:0>2}").as_bytes())
            })
            .ok_or_else(|| p.to_string()),
        None => {
            let d = compute::today();
            Ok(YearMonth::new(d.year(), d.month()).expect("today is a valid month"))
        }
    }
}

/// "March 2026" / "март 2026" / "2026 жылғы наурыз".
pub(super) fn month_label(t: T, m: YearMonth) -> String {
    let name = t.s(&format!("web-month-{}", m.month()));
    t.a("web-month-year", &Args::new().text("month", name).text("year", m.year().to_string()))
}

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    l: Layout,
    id: String,
    name: String,
    can_edit: bool,
    /// rows, created, updated, unchanged, events added (the arguments of `web-imported`).
    done: Option<Args>,
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
    let l = company_layout(&s, &session, &id, "web-import").await?;
    let name = l.company.as_ref().map(|c| c.1.clone()).unwrap_or_default();
    let n = |v: Option<usize>| v.unwrap_or(0) as i64;
    Ok(page(ImportPage {
        can_edit: session.0.scope.role >= Role::Editor,
        id,
        name,
        done: q.rows.map(|r| {
            Args::new()
                .num("rows", r as i64)
                .num("created", n(q.created))
                .num("updated", n(q.updated))
                .num("unchanged", n(q.unchanged))
                .num("events", n(q.events))
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
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::PayloadTooLarge;
        }
        AppError::bad_request("api-upload-unreadable", Args::new())
    };
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.map_err(unreadable)?,
            Some("file") => {
                file_name = field.file_name().unwrap_or("upload.csv").to_string();
                content = field.bytes().await.map_err(unreadable)?.to_vec();
            }
            _ => {}
        }
    }
    session.check_csrf(&csrf)?;
    let l = company_layout(&s, &session, &id, "web-import").await?;
    let (t, lang) = (l.t, l.t.0);
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
    let (parsed, content) = off_the_workers(move || (read_workforce(said_xlsx, &content, lang), content)).await?;
    match parsed {
        Err(e @ (ImportError::Unreadable(_) | ImportError::TooLarge(_))) => {
            page_data.problems.push(("—".into(), "—".into(), e.message(lang)));
        }
        Err(ImportError::Problems(ps)) => {
            page_data.problems = ps.into_iter().map(|p| (p.row.to_string(), p.column, p.message)).collect();
        }
        Ok(workforce) => {
            // The import's own checks too (the store's: IINs, ids used twice, an IIN that is
            // another person's), so the preview refuses what the import would refuse.
            if let Err(kzcomply_store::StoreError::Invalid(ps)) =
                s.store.import_workforce_dry_run(scope, &id, &workforce.people).await
            {
                let row = |r: Option<usize>| r.map_or_else(|| "—".to_string(), |r| r.to_string());
                let ps = crate::store_text::problems(ps);
                page_data.problems = ps.into_iter().map(|p| (row(p.row), p.field, p.message)).collect();
                return Ok(page(page_data));
            }
            let existing = s.store.list_people(scope, &id).await?;
            page_data.preview = workforce
                .people
                .iter()
                .map(|p| {
                    let known = existing.iter().any(|e| e.ext_id == p.id);
                    let status = if known { "web-status-known" } else { "web-status-new" };
                    (
                        p.id.clone(),
                        p.full_name.clone(),
                        p.citizenship.clone(),
                        p.position.clone(),
                        t.amount(p.monthly_gross),
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
    let lang = crate::lang::current();
    let file = off_the_workers(move || read_workforce(said_xlsx, &content, lang))
        .await?
        .map_err(|e| crate::api::workforce::import_error(e, lang))?;
    let summary = s.store.import_workforce(scope, &id, &file.people, &file.supplied, &file_name).await?;
    s.store.delete_draft(scope, &draft).await?;
    let s = summary;
    Ok(Redirect::to(&format!(
        "/companies/{id}/import?rows={}&created={}&updated={}&unchanged={}&events={}",
        s.rows, s.people_created, s.people_updated, s.people_unchanged, s.events_added
    ))
    .into_response())
}
