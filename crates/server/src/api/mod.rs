//! The JSON API under `/api/v1`. Handlers are registered through `utoipa-axum`, so the routes and
//! the OpenAPI 3.1 document (`/api/openapi.json`, reference UI at `/api/docs`) cannot drift apart.

pub mod account;
pub mod calc;
pub mod data;
pub mod rules;
pub mod workforce;

use crate::AppState;
use crate::error::AppError;
use axum::Router;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use utoipa_swagger_ui::SwaggerUi;

/// Every error answer: `{"error": {"code", "message", "details"}}`.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ErrorBody {
    error: ErrorInner,
}

#[derive(ToSchema)]
#[allow(dead_code)]
struct ErrorInner {
    /// `bad_request`, `invalid`, `unauthorized`, `forbidden`, `not_found`, `conflict`,
    /// `payload_too_large`, `too_many_requests` or `internal`.
    code: String,
    message: String,
    /// For `invalid`: every problem, as `{row?, field, message}`.
    #[schema(value_type = Object)]
    details: serde_json::Value,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "kzcomply",
        description = "Employ people in Kazakhstan without breaking the law by accident: exact payroll with every \
            number traced to its legal source, the workforce audit the state runs (parity, headcount and localisation, \
            ESUTD, permits) with fines in tenge, and the records behind them.\n\nAuthenticate with an API token \
            (`Authorization: Bearer kzc_…`, minted by an admin at `POST /api/v1/tokens` or on the dashboard) or, from \
            the dashboard, the session cookie plus `X-CSRF-Token` on changes. Amounts are JSON numbers in tenge, \
            exact to the tiyn; dates are `YYYY-MM-DD`.",
        license(name = "MIT OR Apache-2.0")
    ),
    modifiers(&Security),
    tags(
        (name = "calculations", description = "Payroll, deadlines, fines and the calendar"),
        (name = "companies", description = "Host companies"),
        (name = "people"), (name = "contracts"), (name = "events"),
        (name = "audit", description = "Audits, findings, duties, imports and reports"),
        (name = "payroll", description = "Stored payroll months"),
        (name = "account", description = "Identity, API tokens and the audit log"),
        (name = "rules", description = "The organisation's rule book: values entered over the built-in rules, and how far the rules reach")
    )
)]
struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("kzc_…").build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
    }
}

/// The API routes and their OpenAPI document.
pub fn api_router() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let v1 = OpenApiRouter::new()
        .routes(routes!(calc::payroll))
        .routes(routes!(calc::payroll_batch))
        .routes(routes!(calc::deadline_calc))
        .routes(routes!(calc::fine_calc))
        .routes(routes!(calc::calendar))
        .routes(routes!(data::list_companies, data::create_company))
        .routes(routes!(data::get_company, data::update_company, data::delete_company))
        .routes(routes!(data::list_people, data::create_person))
        .routes(routes!(data::get_person, data::update_person, data::delete_person))
        .routes(routes!(data::list_contracts, data::create_contract))
        .routes(routes!(data::get_contract, data::update_contract, data::delete_contract))
        .routes(routes!(data::list_events, data::create_event))
        .routes(routes!(data::update_event, data::delete_event))
        .routes(routes!(workforce::audit_company))
        .routes(routes!(workforce::audit_upload))
        .routes(routes!(workforce::import))
        .routes(routes!(workforce::findings))
        .routes(routes!(workforce::duties))
        .routes(routes!(workforce::report))
        .routes(routes!(workforce::list_payroll))
        .routes(routes!(workforce::run_payroll))
        .routes(routes!(account::me))
        .routes(routes!(account::create_token, account::list_tokens))
        .routes(routes!(account::revoke_token))
        .routes(routes!(account::audit_log))
        .routes(routes!(rules::in_force))
        .routes(routes!(rules::list_values, rules::add_value))
        .routes(routes!(rules::retire_value))
        .routes(routes!(rules::status));
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api/v1", v1).split_for_parts();
    doc.components
        .get_or_insert_with(Default::default)
        .schemas
        .extend([("ErrorBody".to_string(), <ErrorBody as utoipa::PartialSchema>::schema())]);
    (router, doc)
}

/// The API with its document and reference UI; unknown `/api` paths answer in the error shape.
pub fn router(state: AppState) -> Router {
    let (api, doc) = api_router();
    api.route("/api/{*rest}", axum::routing::any(|| async { AppError::NotFound }))
        .merge(SwaggerUi::new("/api/docs").url("/api/openapi.json", doc))
        .with_state(state)
}
