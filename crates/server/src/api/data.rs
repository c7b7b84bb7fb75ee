//! CRUD for host companies, people, contracts and events. Every call goes through the store with
//! the caller's scope, so another organisation's ids answer 404.

use crate::AppState;
use crate::api::person::{Person, PersonInput};
use crate::auth::Caller;
use crate::error::{ApiResult, JsonBody, Path};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use kzcomply_store::{Company, CompanyInput, Contract, ContractInput, Event, EventInput};

type Created<T> = (StatusCode, Json<T>);

/// The caller's host companies.
#[utoipa::path(get, path = "/companies", tag = "companies",
    responses((status = 200, body = Vec<Company>)), security(("bearer" = []), ("session" = [])))]
pub async fn list_companies(State(s): State<AppState>, Caller(scope): Caller) -> ApiResult<Json<Vec<Company>>> {
    Ok(Json(s.store.list_companies(&scope).await?))
}

#[utoipa::path(post, path = "/companies", tag = "companies", request_body = CompanyInput,
    responses((status = 201, body = Company), (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create_company(
    State(s): State<AppState>,
    Caller(scope): Caller,
    JsonBody(input): JsonBody<CompanyInput>,
) -> ApiResult<Created<Company>> {
    Ok((StatusCode::CREATED, Json(s.store.create_company(&scope, &input).await?)))
}

#[utoipa::path(get, path = "/companies/{id}", tag = "companies",
    responses((status = 200, body = Company), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn get_company(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Company>> {
    Ok(Json(s.store.company(&scope, &id).await?))
}

/// Replaces a company's details.
#[utoipa::path(put, path = "/companies/{id}", tag = "companies", request_body = CompanyInput,
    responses((status = 200, body = Company), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn update_company(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<CompanyInput>,
) -> ApiResult<Json<Company>> {
    Ok(Json(s.store.update_company(&scope, &id, &input).await?))
}

/// Deletes a company with its people, contracts, events and payroll (kept in the audit log).
#[utoipa::path(delete, path = "/companies/{id}", tag = "companies",
    responses((status = 204), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn delete_company(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.store.delete_company(&scope, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/companies/{id}/people", tag = "people",
    responses((status = 200, body = Vec<Person>), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list_people(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<Person>>> {
    Ok(Json(s.store.list_people(&scope, &id).await?.into_iter().map(Person::from).collect()))
}

/// Adds a person to a company. The payroll facts (docs/payroll-run.md §2) may be given as fields of
/// the person (`birth_date`, `pensioner`, `basic_deduction_from`: a date or `no` …), in the nested
/// `payroll` object, or both — then they must say the same (a 422 naming the field otherwise). The
/// answer carries both.
#[utoipa::path(post, path = "/companies/{id}/people", tag = "people", request_body = PersonInput,
    responses((status = 201, body = Person), (status = 404, body = crate::api::ErrorBody), (status = 409, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create_person(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<PersonInput>,
) -> ApiResult<Created<Person>> {
    let (input, top) = input.into_store()?;
    let p = s.store.create_person(&scope, &id, input).await.map_err(|e| top.name(e))?;
    Ok((StatusCode::CREATED, Json(p.into())))
}

#[utoipa::path(get, path = "/people/{id}", tag = "people",
    responses((status = 200, body = Person), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn get_person(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Person>> {
    Ok(Json(s.store.person(&scope, &id).await?.into()))
}

/// Replaces a person's details and payroll facts (given as for a new person: top-level fields,
/// `payroll`, or both in agreement; a fact not given is not stated).
#[utoipa::path(put, path = "/people/{id}", tag = "people", request_body = PersonInput,
    responses((status = 200, body = Person), (status = 404, body = crate::api::ErrorBody),
              (status = 409, description = "The id or the IIN is another person's in this company", body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn update_person(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<PersonInput>,
) -> ApiResult<Json<Person>> {
    let (input, top) = input.into_store()?;
    Ok(Json(s.store.update_person(&scope, &id, input).await.map_err(|e| top.name(e))?.into()))
}

#[utoipa::path(delete, path = "/people/{id}", tag = "people",
    responses((status = 204), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn delete_person(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.store.delete_person(&scope, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/people/{id}/contracts", tag = "contracts",
    responses((status = 200, body = Vec<Contract>), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list_contracts(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<Contract>>> {
    Ok(Json(s.store.list_contracts(&scope, &id).await?))
}

#[utoipa::path(post, path = "/people/{id}/contracts", tag = "contracts", request_body = ContractInput,
    responses((status = 201, body = Contract), (status = 404, body = crate::api::ErrorBody), (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create_contract(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<ContractInput>,
) -> ApiResult<Created<Contract>> {
    Ok((StatusCode::CREATED, Json(s.store.create_contract(&scope, &id, &input).await?)))
}

#[utoipa::path(get, path = "/contracts/{id}", tag = "contracts",
    responses((status = 200, body = Contract), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn get_contract(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Contract>> {
    Ok(Json(s.store.contract(&scope, &id).await?))
}

#[utoipa::path(put, path = "/contracts/{id}", tag = "contracts", request_body = ContractInput,
    responses((status = 200, body = Contract), (status = 404, body = crate::api::ErrorBody), (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn update_contract(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<ContractInput>,
) -> ApiResult<Json<Contract>> {
    Ok(Json(s.store.update_contract(&scope, &id, &input).await?))
}

#[utoipa::path(delete, path = "/contracts/{id}", tag = "contracts",
    responses((status = 204), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn delete_contract(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.store.delete_contract(&scope, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A person's events (signed, amended, terminated, registered in ESUTD, permits, mentor, trips), oldest first.
#[utoipa::path(get, path = "/people/{id}/events", tag = "events",
    responses((status = 200, body = Vec<Event>), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list_events(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<Event>>> {
    Ok(Json(s.store.list_events(&scope, &id).await?))
}

#[utoipa::path(post, path = "/people/{id}/events", tag = "events", request_body = EventInput,
    responses((status = 201, body = Event), (status = 404, body = crate::api::ErrorBody), (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create_event(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<EventInput>,
) -> ApiResult<Created<Event>> {
    Ok((StatusCode::CREATED, Json(s.store.create_event(&scope, &id, &input).await?)))
}

/// Corrects an event; the old version stays in the audit log.
#[utoipa::path(put, path = "/events/{id}", tag = "events", request_body = EventInput,
    responses((status = 200, body = Event), (status = 404, body = crate::api::ErrorBody), (status = 422, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn update_event(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<EventInput>,
) -> ApiResult<Json<Event>> {
    Ok(Json(s.store.update_event(&scope, &id, &input).await?))
}

#[utoipa::path(delete, path = "/events/{id}", tag = "events",
    responses((status = 204), (status = 404, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn delete_event(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.store.delete_event(&scope, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
