//! The Rules page: how far the organisation's rules reach, the values its admins entered over the
//! built-in rules (add one the day a law is signed, retire one), and every parameter in force
//! today with where it comes from. A refused value comes back with the loader's words and the form
//! as the admin typed it.

use super::{CsrfOnly, Layout, T, page};
use crate::AppState;
use crate::api::rules::{InForce, parameters_on, refused};
use crate::auth::WebSession;
use crate::error::AppError;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use jiff::civil::Date;
use kzcomply_law::rules::{Amount, Coverage, Kind, Value};
use kzcomply_store::{Problem, RuleValue, RuleValueInput, StoreError};

pub fn router() -> Router<AppState> {
    Router::new().route("/settings/rules", get(rules_page).post(add)).route("/settings/rules/{id}/retire", post(retire))
}

/// The form as typed (kept when the value is refused).
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct ValueForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    parameter: String,
    #[serde(default)]
    since: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    note: String,
}

/// A parameter in force as the page shows it: its title, source and origin in the user's
/// language where the catalogue has them.
struct InForceRow {
    parameter: String,
    title: String,
    value: String,
    since: Date,
    until: Option<Date>,
    source: String,
    origin: String,
}

#[derive(Template)]
#[template(path = "rules.html")]
struct RulesPage {
    l: Layout,
    admin: bool,
    coverage: Coverage,
    /// (parameter, title, from).
    missing: Vec<(String, String, Date)>,
    /// (what, until).
    provisional: Vec<(String, Date)>,
    values: Vec<RuleValue>,
    in_force: Vec<InForceRow>,
    form: ValueForm,
    problems: Vec<Problem>,
    added: bool,
    /// Example dates for the form, as the user writes them.
    since_example: String,
    until_example: String,
}

/// A rule value as the reader writes it: amounts, rates, terms, days and dates in their language;
/// lists of ids and the structured values (holidays, sanctions, calendar years) as the rules
/// write them.
fn value_text(t: T, value: &Value) -> String {
    use kzcomply_law::text;
    let lang = t.0;
    match value {
        Value::Amount(Amount::Tenge(m)) => t.tenge(m),
        Value::Amount(Amount::Multiple { count, index }) => text::index_multiple(lang, *count, *index),
        Value::Rate(r) => text::rate(lang, *r),
        Value::Term(term) => text::term(lang, *term),
        Value::DayOfMonth(d) => t.with("web-day-of-month", "day", d),
        Value::MonthDay(md) => match lang {
            kzcomply_i18n::Lang::En => md.to_string(),
            _ => format!("{:02}.{:02}", md.day, md.month),
        },
        Value::Date(d) => t.date(d),
        Value::Flag(true) => t.s("web-yes"),
        Value::Flag(false) => t.s("web-no"),
        Value::NotApplicable => t.s("web-value-none"),
        other => other.to_string(),
    }
}

/// Every parameter in force on `on`, as the page shows it.
fn in_force_rows(t: T, book: &kzcomply_law::RuleBook, on: Date) -> Vec<InForceRow> {
    let lang = t.0;
    let values: std::collections::HashMap<String, String> =
        book.parameters().filter_map(|p| p.entry_on(on).map(|e| (p.key.clone(), value_text(t, &e.value)))).collect();
    parameters_on(book, on)
        .into_iter()
        .map(|p: InForce| InForceRow {
            title: kzcomply_law::text::rules_text(lang, "title", &p.parameter, &p.title),
            source: kzcomply_law::text::rules_text(lang, "source", &p.parameter, &p.source),
            origin: p.origin.text(lang),
            value: values.get(&p.parameter).cloned().unwrap_or(p.value),
            parameter: p.parameter,
            since: p.since,
            until: p.until,
        })
        .collect()
}

async fn render(
    s: &AppState,
    session: &WebSession,
    form: ValueForm,
    problems: Vec<Problem>,
    added: bool,
) -> Result<Response, AppError> {
    let scope = &session.0.scope;
    let rules = s.rules_for(scope).await?;
    let today = crate::compute::today();
    let values = s.store.rule_values(scope, true).await?;
    let l = Layout::of(session, "web-rules");
    let t = l.t;
    let coverage = rules.book.coverage(today);
    let missing = coverage.missing.iter().map(|m| (m.parameter.clone(), m.title_text(t.0), m.from)).collect();
    let provisional = coverage.provisional.iter().map(|p| (p.what_text(t.0), p.until)).collect();
    let label = |field: &str| match field {
        "parameter" => t.s("web-parameter"),
        "since" => t.s("web-since"),
        "until" => t.s("web-until"),
        "value" => t.s("web-value"),
        "source" => t.s("web-legal-source"),
        "reference" => t.s("web-reference"),
        "note" => t.s("web-note"),
        other => other.to_string(),
    };
    let problems = problems.into_iter().map(|p| Problem { field: label(&p.field), ..p }).collect();
    let next_year = today.year() + 1;
    let example = |m, d| jiff::civil::Date::new(next_year, m, d).map(|d| t.date(d)).unwrap_or_default();
    Ok(page(RulesPage {
        admin: scope.role == kzcomply_store::Role::Admin,
        coverage,
        missing,
        provisional,
        values,
        in_force: in_force_rows(t, &rules.book, today),
        form,
        problems,
        added,
        since_example: example(1, 1),
        until_example: example(12, 31),
        l,
    }))
}

async fn rules_page(State(s): State<AppState>, session: WebSession) -> Result<Response, AppError> {
    render(&s, &session, ValueForm::default(), Vec::new(), false).await
}

async fn add(State(s): State<AppState>, session: WebSession, Form(f): Form<ValueForm>) -> Result<Response, AppError> {
    session.check_csrf(&f.csrf)?;
    let kind = s.rules.base().book.get(f.parameter.trim()).map(|p| p.kind);
    let input = match parse_form(T::new(&session.0.user.lang), &f, kind) {
        Ok(i) => i,
        Err(problems) => return render(&s, &session, f, problems, false).await,
    };
    match s.store.add_rule_value(&session.0.scope, &s.rules.base().book, &input).await {
        Ok(_) => render(&s, &session, ValueForm::default(), Vec::new(), true).await,
        Err(e @ StoreError::Invalid(_)) => match refused(e) {
            AppError::Invalid { details, .. } => {
                let problems = serde_json::from_value(details).unwrap_or_default();
                render(&s, &session, f, problems, false).await
            }
            other => Err(other),
        },
        Err(e) => Err(e.into()),
    }
}

/// The form's fields as an API input; every field that is wrong, at once (in the user's words).
fn parse_form(t: T, f: &ValueForm, kind: Option<Kind>) -> Result<RuleValueInput, Vec<Problem>> {
    let mut problems = Vec::new();
    let date = |name: &str, s: &str, problems: &mut Vec<Problem>| -> Option<Date> {
        let s = s.trim();
        match kzcomply_i18n::format::parse_date(s) {
            Ok(d) => Some(d),
            Err(_) => {
                problems.push(Problem::field(name, t.with("web-value-not-a-date", "value", s)));
                None
            }
        }
    };
    let since = date("since", &f.since, &mut problems);
    let until = if f.until.trim().is_empty() { None } else { date("until", &f.until, &mut problems) };
    for (name, v) in
        [("parameter", &f.parameter), ("value", &f.value), ("source", &f.source), ("reference", &f.reference)]
    {
        if v.trim().is_empty() {
            problems.push(Problem::field(name, t.s("web-field-empty")));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let value = form_value(f.value.trim(), kind);
    let note = Some(f.note.trim().to_string()).filter(|n| !n.is_empty());
    Ok(RuleValueInput {
        parameter: f.parameter.trim().to_string(),
        since: since.expect("checked"),
        until,
        value,
        source: f.source.trim().to_string(),
        reference: f.reference.trim().to_string(),
        note,
    })
}

/// A value typed in the form, read as the parameter's kind writes it in the rule files: text for
/// amounts, rates and terms ("4500 KZT", "4.5%"), a number for counts and days of the month,
/// `true`/`false` for flags, JSON for lists and tables; a date stays text (the loader reads it).
fn form_value(s: &str, kind: Option<Kind>) -> serde_json::Value {
    let json = serde_json::from_str::<serde_json::Value>(s).ok();
    let structured = matches!(
        kind,
        Some(Kind::Count | Kind::DayOfMonth | Kind::Flag | Kind::Statuses | Kind::Conditions | Kind::Countries)
            | Some(Kind::Holiday | Kind::CalendarYear | Kind::Sanction | Kind::PermitValidity)
    );
    match json {
        Some(v) if structured && !v.is_string() => v,
        _ => serde_json::Value::String(s.to_string()),
    }
}

async fn retire(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    session.check_csrf(&f.csrf)?;
    match s.store.retire_rule_value(&session.0.scope, &s.rules.base().book, &id).await {
        Ok(_) => Ok(Redirect::to("/settings/rules").into_response()),
        Err(e @ StoreError::Invalid(_)) => match refused(e) {
            AppError::Invalid { details, .. } => {
                let problems = serde_json::from_value(details).unwrap_or_default();
                render(&s, &session, ValueForm::default(), problems, false).await
            }
            other => Err(other),
        },
        Err(e) => Err(e.into()),
    }
}
