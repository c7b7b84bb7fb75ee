//! The JSON API under `/api/v1`. Handlers are registered through `utoipa-axum`, so the routes and
//! the OpenAPI 3.1 document (`/api/openapi.json`, reference UI at `/api/docs`) cannot drift apart.

pub mod account;
pub mod calc;
pub mod data;
pub mod person;
pub mod rules;
pub mod runs;
pub mod schemas;
pub mod upload;
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
    /// `bad_request`, `invalid`, `unauthorized`, `forbidden`, `not_found`, `method_not_allowed`,
    /// `conflict`, `payload_too_large`, `unsupported_media_type`, `too_many_requests`, `timeout`,
    /// `unavailable` or `internal`.
    code: String,
    message: String,
    /// For `invalid`: every problem, as `{row?, field, message}`; for a bad filter or query
    /// parameter: `{parameter, …}`; otherwise null.
    #[schema(schema_with = any_value)]
    details: serde_json::Value,
}

fn any_value() -> utoipa::openapi::schema::Schema {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::AnyValue)
        .description(Some("null, a list of problems or an object, by code"))
        .into()
}

/// The error answers every operation shares, added to each operation's document so that none can
/// be left out: they come from the extractors, the authentication and the body limit, not from
/// one handler. 401 (no or a bad token), 400 (malformed parameters or body), 413 (body over the
/// limit), 415 and 422 (a JSON body not sent as JSON, or JSON that does not fit the request), 429
/// on a body (large uploads take turns at the network edge),
/// 403 on every change (a viewer, or a session without its CSRF token), 404 on every path with an
/// id (missing, or another organisation's: the same answer), and 500. Handler-specific answers
/// (409, a 403 on reading, a 422 of validation) are in each handler's own `responses(...)`.
struct CommonErrors;

impl Modify for CommonErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build(),
                )
                .build()
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            let ops = [
                (false, item.get.as_mut()),
                (true, item.post.as_mut()),
                (true, item.put.as_mut()),
                (true, item.delete.as_mut()),
                (true, item.patch.as_mut()),
            ];
            for (changes, op) in ops {
                let Some(op) = op else { continue };
                let body = op.request_body.as_ref().map(|b| match b {
                    utoipa::openapi::RefOr::T(b) => b.content.keys().cloned().collect::<Vec<_>>(),
                    utoipa::openapi::RefOr::Ref(_) => vec!["application/json".to_string()],
                });
                let json_body = body.as_ref().is_some_and(|c| c.iter().any(|t| t.contains("json")));
                let mut add = |status: &str, description: &str| {
                    op.responses.responses.entry(status.to_string()).or_insert_with(|| error(description).into());
                };
                add("400", "A malformed query, path or body (the message names the parameter)");
                add("401", "No API token or session, or an invalid one");
                if changes {
                    add("403", "The role does not allow it (a viewer), or the session's CSRF token is missing");
                }
                if path.contains('{') {
                    add("404", "No such resource in the caller's organisation");
                }
                if body.is_some() {
                    add("413", "The body is over the limit (10 MB)");
                    add("422", "The content does not fit the request: every problem, with its field (and row)");
                    add("429", "Too many large uploads at once; retry after `Retry-After` seconds");
                }
                if json_body {
                    add("415", "The body is not sent as application/json");
                }
                add("500", "Something went wrong on our side (logged)");
            }
        }
    }
}

/// The `lang` query parameter, on every operation: the language of what people read in the answer.
struct LangParameter;

impl Modify for LangParameter {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::Required;
        use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        let parameter = ParameterBuilder::new()
            .name("lang")
            .parameter_in(ParameterIn::Query)
            .required(Required::False)
            .description(Some(
                "The language of the texts people read in the answer (`message`, `basis`, `fine_note`, `reason`, \
                 `status_text`, `explanation`, reports …): `en`, `ru` or `kk`. Without it, `Accept-Language`, then \
                 the caller's own setting (a token's owner's), then English. Ids and field names never change.",
            ))
            .schema(Some(ObjectBuilder::new().schema_type(Type::String).enum_values(Some(["en", "ru", "kk"]))))
            .build();
        for item in openapi.paths.paths.values_mut() {
            let ops =
                [item.get.as_mut(), item.post.as_mut(), item.put.as_mut(), item.delete.as_mut(), item.patch.as_mut()];
            for op in ops.into_iter().flatten() {
                op.parameters.get_or_insert_with(Vec::new).push(parameter.clone().into());
            }
        }
    }
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
            exact to the tiyn; dates are `YYYY-MM-DD`.\n\nLanguage: the texts people read (error messages, \
            findings' `message`, `basis` and `fine_note`, not-checked `reason`, deadlines' `status_text` and \
            `explanation`, import problems, reports) are in English, Russian or Kazakh: `?lang=en|ru|kk` on any \
            operation, else the `Accept-Language` header, else the caller's own setting (an API token acts for its \
            user), else English. Stable ids (`rule`, `code`, `event`, `severity`, `fine_status`) and field names \
            never change with the language.",
        license(name = "MIT OR Apache-2.0")
    ),
    modifiers(&Security),
    tags(
        (name = "calculations", description = "Payroll, deadlines, fines and the calendar"),
        (name = "companies", description = "Host companies"),
        (name = "people"), (name = "contracts"), (name = "events"),
        (name = "audit", description = "Audits, findings, duties, imports and reports"),
        (name = "payroll", description = "The payroll month: accruals, the run (draft → approved → closed), payslips and the register"),
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

/// A type that flattens a request type (`Contract` = id, company, person + `ContractInput`) is an
/// `allOf` of the request's schema, which refuses unknown fields (`additionalProperties: false`,
/// from `deny_unknown_fields`) — so no answer could match it. In an `allOf`, the request's schema
/// is inlined without that refusal; the request itself keeps it.
fn open_flattened(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::Schema;
    let Some(components) = doc.components.as_mut() else { return };
    let closed: std::collections::BTreeMap<String, Schema> = components
        .schemas
        .iter()
        .filter_map(|(name, s)| match s {
            RefOr::T(Schema::Object(o)) if o.additional_properties.is_some() => {
                let mut open = o.clone();
                open.additional_properties = None;
                Some((format!("#/components/schemas/{name}"), Schema::Object(open)))
            }
            _ => None,
        })
        .collect();
    for schema in components.schemas.values_mut() {
        if let RefOr::T(Schema::AllOf(all)) = schema {
            for item in &mut all.items {
                if let RefOr::Ref(r) = item
                    && let Some(open) = closed.get(&r.ref_location)
                {
                    *item = RefOr::T(open.clone());
                }
            }
        }
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
        .routes(routes!(workforce::run_payroll, runs::get_run))
        .routes(routes!(runs::approve_run))
        .routes(routes!(runs::close_run))
        .routes(routes!(runs::payslip))
        .routes(routes!(runs::register))
        .routes(routes!(runs::post_accruals, runs::list_accruals))
        .routes(routes!(runs::delete_accrual))
        .routes(routes!(account::me))
        .routes(routes!(account::create_token, account::list_tokens))
        .routes(routes!(account::revoke_token))
        .routes(routes!(account::audit_log))
        .routes(routes!(rules::in_force))
        .routes(routes!(rules::list_values, rules::add_value))
        .routes(routes!(rules::retire_value))
        .routes(routes!(rules::status));
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api/v1", v1).split_for_parts();
    // After the routes are in: they walk every operation.
    CommonErrors.modify(&mut doc);
    LangParameter.modify(&mut doc);
    open_flattened(&mut doc);
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
