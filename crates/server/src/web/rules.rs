//! The Rules page: how far the organisation's rules reach, the values its admins entered over the
//! built-in rules (add one the day a law is signed, retire one), and every parameter in force
//! today with where it comes from. A refused value comes back with the loader's words and the form
//! as the admin typed it.

use super::{CsrfOnly, Layout, page};
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
use kzcomply_law::rules::{Coverage, Kind};
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

#[derive(Template)]
#[template(path = "rules.html")]
struct RulesPage {
    l: Layout,
    admin: bool,
    coverage: Coverage,
    values: Vec<RuleValue>,
    in_force: Vec<InForce>,
    form: ValueForm,
    problems: Vec<Problem>,
    added: bool,
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
    let l = Layout::of(session, l_title(session));
    Ok(page(RulesPage {
        l,
        admin: scope.role == kzcomply_store::Role::Admin,
        coverage: rules.book.coverage(today),
        values,
        in_force: parameters_on(&rules.book, today),
        form,
        problems,
        added,
    }))
}

fn l_title(session: &WebSession) -> &'static str {
    super::i18n::T::new(&session.0.user.lang).s("rules")
}

async fn rules_page(State(s): State<AppState>, session: WebSession) -> Result<Response, AppError> {
    render(&s, &session, ValueForm::default(), Vec::new(), false).await
}

async fn add(State(s): State<AppState>, session: WebSession, Form(f): Form<ValueForm>) -> Result<Response, AppError> {
    session.check_csrf(&f.csrf)?;
    let kind = s.rules.base().book.get(f.parameter.trim()).map(|p| p.kind);
    let input = match parse_form(&f, kind) {
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

/// The form's fields as an API input; every field that is wrong, at once.
fn parse_form(f: &ValueForm, kind: Option<Kind>) -> Result<RuleValueInput, Vec<Problem>> {
    let mut problems = Vec::new();
    let date = |name: &str, s: &str, problems: &mut Vec<Problem>| -> Option<Date> {
        let s = s.trim();
        let parsed = Date::strptime("%Y-%m-%d", s).or_else(|_| Date::strptime("%d.%m.%Y", s));
        match parsed {
            Ok(d) => Some(d),
            Err(_) => {
                problems.push(Problem::field(name, format!("`{s}` is not a date (YYYY-MM-DD or DD.MM.YYYY)")));
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
            problems.push(Problem::field(name, "is empty"));
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
