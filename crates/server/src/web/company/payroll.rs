//! The company's payroll page: the month's run (docs/payroll-run.md) with its state and the
//! admin's buttons, the people paginated (50 a page), totals, payments with their due dates, the
//! register, the accruals (a form and a CSV upload), corrections, the outstaffed staff's cost
//! (their employer's payroll, shown apart from the host's totals) and the contractors who are not
//! on the payroll.

use super::{Layout, Page, PeriodQuery, T, charts, company_layout, month_label, page, period_or_now};
use crate::AppState;
use crate::auth::WebSession;
use crate::error::AppError;
use crate::payroll_run;
use askama::Template;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use kzcomply_audit::Engagement;
use kzcomply_i18n::{Args, t as tr_id};
use kzcomply_law::payroll::month::Hours;
use kzcomply_law::{Money, YearMonth};
use kzcomply_run::{Carried, Options};
use kzcomply_store::{Role, RunStatus};

/// People on one page of the table.
pub const PER_PAGE: usize = 50;
/// At most this many accruals listed on the page (the rest are counted).
const MAX_ACCRUALS_SHOWN: usize = 200;
/// A select of people up to this many; an id field beyond.
const MAX_PEOPLE_SELECT: usize = 300;

pub struct RunRow {
    pub person_id: String,
    pub name: String,
    pub days: String,
    pub gross: String,
    pub withheld: String,
    pub net: String,
    pub cost: String,
}

#[derive(Template)]
#[template(path = "payroll.html")]
pub struct PayrollPage {
    l: Layout,
    id: String,
    name: String,
    period: String,
    period_label: String,
    error: Option<String>,
    can_edit: bool,
    is_admin: bool,
    /// The run's state: its catalogue id, and its name (`draft`, …), when computed.
    status: Option<(&'static str, &'static str)>,
    status_note: String,
    rows: Vec<RunRow>,
    totals: Vec<String>,
    page_no: usize,
    pages: usize,
    page_text: String,
    people_count: usize,
    payments: Vec<(String, String, String, String)>,
    corrections: Vec<(String, String, String, String)>,
    /// (name, employer BIN, gross, employer cost) and the total cost.
    outstaffed: Vec<(String, String, String, String)>,
    outstaffed_total: String,
    contractors: Vec<String>,
    kinds: Vec<(String, String)>,
    people: Vec<(String, String)>,
    accruals: Vec<(String, String, String, String)>,
    accruals_more: usize,
    cost_chart: String,
}

fn status_label(s: RunStatus) -> &'static str {
    match s {
        RunStatus::Draft => "web-run-status-draft",
        RunStatus::Approved => "web-run-status-approved",
        RunStatus::Closed => "web-run-status-closed",
    }
}

fn empty(
    l: Layout,
    id: String,
    name: String,
    period: String,
    error: Option<String>,
    can_edit: bool,
    is_admin: bool,
) -> PayrollPage {
    PayrollPage {
        l,
        id,
        name,
        period,
        period_label: String::new(),
        error,
        can_edit,
        is_admin,
        status: None,
        status_note: String::new(),
        rows: Vec::new(),
        totals: Vec::new(),
        page_no: 1,
        pages: 1,
        page_text: String::new(),
        people_count: 0,
        payments: Vec::new(),
        corrections: Vec::new(),
        outstaffed: Vec::new(),
        outstaffed_total: String::new(),
        contractors: Vec::new(),
        kinds: Vec::new(),
        people: Vec::new(),
        accruals: Vec::new(),
        accruals_more: 0,
        cost_chart: String::new(),
    }
}

fn kind_name(cat: Option<&kzcomply_law::payroll::month::Catalogue>, kind: &str, t: T) -> String {
    cat.and_then(|c| c.kind(kind)).map(|k| k.name(t.0)).unwrap_or_else(|| kind.to_string())
}

pub async fn payroll(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> Page {
    let l = company_layout(&s, &session, &id, "web-payroll").await?;
    let t = l.t;
    let scope = &session.0.scope;
    let name = l.company.as_ref().map(|c| c.1.clone()).unwrap_or_default();
    let (can_edit, is_admin) = (scope.role >= Role::Editor, scope.role >= Role::Admin);
    let period = match period_or_now(q.period.as_deref()) {
        Ok(p) => p,
        Err(typed) => {
            let error = t.with("web-bad-period", "value", &typed);
            let body = empty(l, id, name, typed, Some(error), can_edit, is_admin);
            return Ok((StatusCode::BAD_REQUEST, page(body)).into_response());
        }
    };
    let company = s.store.company(scope, &id).await?;
    let rules = s.rules_for(scope).await?;
    let catalogue = payroll_run::catalogue(&rules.book, period);
    let cat = catalogue.as_ref();
    let mut body = empty(l, id.clone(), name, period.to_string(), None, can_edit, is_admin);
    body.period_label = month_label(t, period);
    let people = payroll_run::people(&s, scope, &id).await?;

    // The run of the company's own payroll.
    if let Some(record) = s.store.run(scope, &id, "", period).await? {
        let run = payroll_run::stored_run(&record.run_json)?;
        let ids = payroll_run::person_ids(&record.run_json);
        body.status = Some((status_label(record.status), record.status.name()));
        body.status_note = match record.status {
            RunStatus::Draft => t.with("web-run-computed", "when", t.moment(record.computed_at)),
            RunStatus::Approved => {
                t.with("web-run-approved", "when", t.moment(record.approved_at.unwrap_or(record.computed_at)))
            }
            RunStatus::Closed => {
                t.with("web-run-closed", "when", t.moment(record.closed_at.unwrap_or(record.computed_at)))
            }
        };
        body.people_count = run.people.len();
        body.pages = run.people.len().div_ceil(PER_PAGE).max(1);
        body.page_no = q.page.unwrap_or(1).clamp(1, body.pages);
        body.page_text =
            t.a("web-run-page", &Args::new().num("page", body.page_no as i64).num("pages", body.pages as i64));
        let from = (body.page_no - 1) * PER_PAGE;
        for p in run.people.iter().skip(from).take(PER_PAGE) {
            let withheld = p.employee.opv + p.employee.vosms + p.employee.ipn;
            body.rows.push(RunRow {
                person_id: ids.get(&p.id).cloned().unwrap_or_else(|| p.id.clone()),
                name: p.full_name.clone(),
                days: format!("{} / {}", p.days_worked, p.norm_days),
                gross: t.amount(p.gross),
                withheld: t.amount(withheld),
                net: t.amount(p.net),
                cost: t.amount(p.employer_cost),
            });
        }
        for p in &run.people {
            for c in p.lines.iter().filter(|l| l.correction_of.is_some()) {
                let month = c.correction_of.map(|m| month_label(t, m)).unwrap_or_default();
                body.corrections.push((p.full_name.clone(), kind_name(cat, &c.kind, t), t.amount(c.amount), month));
            }
        }
        let tt = &run.totals;
        body.totals = vec![
            t.amount(tt.gross),
            t.amount(tt.opv + tt.vosms + tt.ipn),
            t.amount(tt.net),
            t.amount(tt.employer_cost),
        ];
        body.payments = run
            .payments
            .iter()
            .map(|p| {
                let charge = tr_id(t.0, &format!("run-charge-{}", p.charge.replace('_', "-")));
                let payee = tr_id(t.0, &format!("payroll-month-payee-{}", p.payee));
                (charge, payee, t.amount(p.amount), t.date(p.due))
            })
            .collect();
        let mut costs: Vec<(String, i64, String)> = run
            .people
            .iter()
            .map(|p| (p.full_name.clone(), p.employer_cost.tiyn(), t.tenge(p.employer_cost)))
            .collect();
        costs.sort_by_key(|c| std::cmp::Reverse(c.1));
        costs.truncate(10);
        body.cost_chart = charts::costs(t, &costs);
    }

    // The outstaffed staff: on their employer's payroll, their cost shown apart.
    let mut bins: Vec<String> = people
        .people
        .iter()
        .filter(|p| p.engagement != Engagement::Direct && p.engagement != Engagement::Contractor)
        .filter_map(|p| p.employer_bin.clone().filter(|b| !b.trim().is_empty()))
        .collect();
    bins.sort();
    bins.dedup();
    let mut outstaffed_total = Money::ZERO;
    for bin in bins {
        let opts = Options {
            period: Some(period),
            employer_bin: Some(bin.clone()),
            company_bin: company.bin.clone(),
            lang: t.0,
        };
        if let Ok(run) = kzcomply_run::run(&rules.book, &people.people, &[], &Carried::default(), &opts) {
            for p in &run.people {
                outstaffed_total = outstaffed_total.checked_add(p.employer_cost).unwrap_or(outstaffed_total);
                body.outstaffed.push((p.full_name.clone(), bin.clone(), t.amount(p.gross), t.amount(p.employer_cost)));
            }
        }
    }
    body.outstaffed_total = t.amount(outstaffed_total);
    body.contractors =
        people.people.iter().filter(|p| p.engagement == Engagement::Contractor).map(|p| p.full_name.clone()).collect();

    // The accruals of the month, and the form.
    if let Some(c) = cat {
        body.kinds = c.kinds().map(|k| (k.to_string(), kind_name(cat, k, t))).collect();
    }
    if people.people.len() <= MAX_PEOPLE_SELECT {
        let mut options: Vec<(String, String)> = people
            .people
            .iter()
            .filter(|p| p.engagement != Engagement::Contractor)
            .filter_map(|p| Some((people.store_of.get(&p.id)?.clone(), format!("{} ({})", p.full_name, p.id))))
            .collect();
        options.sort_by(|a, b| a.1.cmp(&b.1));
        body.people = options;
    }
    let names: std::collections::HashMap<&str, &str> = people
        .people
        .iter()
        .filter_map(|p| Some((people.store_of.get(&p.id)?.as_str(), p.full_name.as_str())))
        .collect();
    let accruals = s.store.accruals(scope, &id, period).await?;
    body.accruals_more = accruals.len().saturating_sub(MAX_ACCRUALS_SHOWN);
    for a in accruals.iter().take(MAX_ACCRUALS_SHOWN) {
        let value = match (a.amount, a.hours_tenths) {
            (Some(m), _) => t.amount(m),
            (None, Some(h)) => {
                t.with("web-accrual-hours", "hours", Hours::from_hundredths((h * 10) as u32).to_string())
            }
            (None, None) => String::new(),
        };
        let who = names.get(a.person_id.as_str()).map(|n| n.to_string()).unwrap_or_else(|| a.person_id.clone());
        body.accruals.push((who, kind_name(cat, &a.kind, t), value, a.note.clone()));
    }
    Ok(page(body))
}

#[derive(serde::Deserialize)]
pub struct PeriodForm {
    csrf: String,
    period: String,
}

fn form_period(p: &str) -> Result<YearMonth, AppError> {
    period_or_now(Some(p)).map_err(|typed| AppError::invalid_msg("api-period", Args::new().text("value", typed)))
}

fn back(id: &str, period: YearMonth) -> Page {
    Ok(Redirect::to(&format!("/companies/{id}/payroll?period={period}")).into_response())
}

/// Compute draft: the run (a closed month answers with an error page) and the month's summary lines.
pub async fn compute(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<PeriodForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let period = form_period(&f.period)?;
    let lang = T::new(&session.0.user.lang).0;
    payroll_run::check_open(&s, &session.0.scope, &id, None, period).await?;
    crate::api::workforce::run_payroll_for(&s, &session.0.scope, &id, period).await?;
    let record = payroll_run::compute_draft(&s, &session.0.scope, &id, None, period, lang).await?;
    crate::api::workforce::save_summary(&s, &session.0.scope, &id, period, &record).await?;
    back(&id, period)
}

pub async fn approve(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<PeriodForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let period = form_period(&f.period)?;
    s.store.approve_run(&session.0.scope, &id, "", period).await?;
    back(&id, period)
}

pub async fn close(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<PeriodForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let period = form_period(&f.period)?;
    s.store.close_run(&session.0.scope, &id, "", period).await?;
    back(&id, period)
}

#[derive(serde::Deserialize)]
pub struct AccrualForm {
    csrf: String,
    period: String,
    person: String,
    kind: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    note: String,
}

/// One accrual from the form: an amount or hours (refusals are an error page with every problem).
pub async fn add_accrual(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<AccrualForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let period = form_period(&f.period)?;
    let problem = |field: &str, message: String| {
        AppError::invalid(message.clone(), vec![kzcomply_store::Problem::field(field, message)])
    };
    let amount = match f.amount.trim() {
        "" => None,
        a => Some(Money::parse(a).map_err(|e| problem("amount", e.to_string()))?),
    };
    let hours = match f.hours.trim() {
        "" => None,
        h => Some(h.parse::<Hours>().map_err(|e| problem("hours", e))?),
    };
    let note = Some(f.note.trim().to_string()).filter(|n| !n.is_empty());
    crate::api::runs::add_accruals(&s, &session.0.scope, &id, period, vec![(f.person, f.kind, amount, hours, note)])
        .await?;
    back(&id, period)
}

/// A CSV of accruals (`id, kind, amount[, hours][, note]`), all or none.
pub async fn upload_accruals(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Page {
    let (mut csrf, mut period, mut file) = (String::new(), String::new(), None);
    while let Some(field) =
        multipart.next_field().await.map_err(|_| AppError::bad_request("api-body-unreadable", Args::new()))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("period") => period = field.text().await.unwrap_or_default(),
            Some("file") => {
                file = Some(field.bytes().await.map_err(|_| AppError::bad_request("api-body-unreadable", Args::new()))?)
            }
            _ => {}
        }
    }
    session.check_csrf(&csrf)?;
    let period = form_period(&period)?;
    let lang = T::new(&session.0.user.lang).0;
    let rows = crate::api::runs::csv_rows(file.unwrap_or_default(), lang).await?;
    crate::api::runs::add_accruals(&s, &session.0.scope, &id, period, rows).await?;
    back(&id, period)
}
