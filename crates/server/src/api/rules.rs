//! The rule book of the caller's organisation: the values its admins entered over the built-in
//! rules (the new year's MRP the day the budget law is signed), what is in force on a day with
//! where each value comes from, and how far the rules reach.

use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiResult, AppError, JsonBody, Path, Query};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use jiff::civil::Date;
use kzcomply_law::rules::{Coverage, Kind, Origin, Source, Value as RuleValueKind};
use kzcomply_store::{RuleValue, RuleValueInput, StoreError};
use utoipa::ToSchema;

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct ValuesQuery {
    /// Also list retired values (default: only those in force).
    pub include_retired: Option<bool>,
}

/// The values the organisation entered, oldest first. Any role may read them.
#[utoipa::path(get, path = "/rules/values", tag = "rules", params(ValuesQuery),
    responses((status = 200, body = Vec<RuleValue>), (status = 401, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list_values(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Query(q): Query<ValuesQuery>,
) -> ApiResult<Json<Vec<RuleValue>>> {
    Ok(Json(s.store.rule_values(&scope, q.include_retired.unwrap_or(false)).await?))
}

/// Adds a dated value for the organisation (admins): `{"parameter","since","until"?,"value",
/// "source","reference","note"?}`, the value written as in the rule files (`"4500 KZT"`, `"4.5%"`).
/// It replaces the values it overlaps for this organisation only, from the next calculation on.
/// A value that would make the rules invalid (no unit, no source, a gap) is refused with the
/// loader's message.
#[utoipa::path(post, path = "/rules/values", tag = "rules", request_body = RuleValueInput,
    responses((status = 201, body = RuleValue),
              (status = 403, body = crate::api::ErrorBody),
              (status = 422, description = "The rules loader's problems, each with the parameter as its field", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn add_value(
    State(s): State<AppState>,
    Caller(scope): Caller,
    JsonBody(input): JsonBody<RuleValueInput>,
) -> ApiResult<(StatusCode, Json<RuleValue>)> {
    let value = s.store.add_rule_value(&scope, &s.rules.base().book, &input).await.map_err(refused)?;
    Ok((StatusCode::CREATED, Json(value)))
}

/// Retires a value (admins): it stops applying from the next calculation, stays in the list with
/// `include_retired=true`, and the change is in the audit log.
#[utoipa::path(delete, path = "/rules/values/{id}", tag = "rules",
    responses((status = 200, body = RuleValue), (status = 404, body = crate::api::ErrorBody),
              (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn retire_value(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<RuleValue>> {
    Ok(Json(s.store.retire_rule_value(&scope, &s.rules.base().book, &id).await.map_err(refused)?))
}

/// The loader's own words as the message, every problem in `details`.
pub fn refused(e: StoreError) -> AppError {
    match e {
        StoreError::Invalid(problems) => {
            let text: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
            let args = kzcomply_i18n::Args::new().text("problems", text.join("; "));
            AppError::invalid(crate::error::Text::with("api-rules-refused", args), problems)
        }
        other => other.into(),
    }
}

#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct OnQuery {
    /// The day (default: today in Kazakhstan).
    #[param(value_type = Option<String>, format = Date)]
    pub on: Option<Date>,
}

/// How far the organisation's rules reach (its own values included): the last covered day, the
/// parameters with no value after it, and what is provisional.
#[utoipa::path(get, path = "/rules/status", tag = "rules", params(OnQuery),
    responses((status = 200, description = "on, covered_until, days_left, missing[{parameter, from}], provisional[{what, until}]", body = Object)),
    security(("bearer" = []), ("session" = [])))]
pub async fn status(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Query(q): Query<OnQuery>,
) -> ApiResult<Json<Coverage>> {
    let rules = s.rules_for(&scope).await?;
    Ok(Json(rules.book.coverage(q.on.unwrap_or_else(crate::compute::today))))
}

/// One parameter in force, as `kzcomply rules show` lists it.
#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct InForce {
    pub parameter: String,
    pub title: String,
    /// As written in the rules, e.g. `50 MZP`.
    pub value: String,
    #[schema(value_type = String, format = Date)]
    pub since: Date,
    #[schema(value_type = Option<String>, format = Date)]
    pub until: Option<Date>,
    pub source: String,
    pub reference: String,
    #[schema(value_type = Option<String>)]
    pub confidence: Option<kzcomply_law::rules::Confidence>,
    pub note: Option<String>,
    /// `{"kind":"built-in"}`, `{"kind":"overlay","file"}` or `{"kind":"entered","id","by","on"}`.
    #[schema(value_type = Object)]
    pub origin: Origin,
}

/// Every parameter in force on a day for the organisation, with its source and where it comes from.
#[utoipa::path(get, path = "/rules", tag = "rules", params(OnQuery),
    responses((status = 200, body = Vec<InForce>)), security(("bearer" = []), ("session" = [])))]
pub async fn in_force(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Query(q): Query<OnQuery>,
) -> ApiResult<Json<Vec<InForce>>> {
    let rules = s.rules_for(&scope).await?;
    Ok(Json(parameters_on(&rules.book, q.on.unwrap_or_else(crate::compute::today))))
}

/// The parameters in force on `on`, in key order.
pub fn parameters_on(book: &kzcomply_law::RuleBook, on: Date) -> Vec<InForce> {
    book.parameters()
        .filter_map(|p| {
            let e = p.entry_on(on)?;
            let Source { act, reference, confidence, note, origin } = e.source.clone();
            let value = match (p.kind, &e.value) {
                (Kind::Amount, RuleValueKind::Amount(a)) => a.to_string(),
                (_, v) => v.to_string(),
            };
            Some(InForce {
                parameter: p.key.clone(),
                title: p.title.clone(),
                value,
                since: e.since,
                until: e.until,
                source: act,
                reference,
                confidence,
                note,
                origin,
            })
        })
        .collect()
}
