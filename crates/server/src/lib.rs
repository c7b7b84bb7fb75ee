//! kzcomply-server: the service. An axum application over [`kzcomply_store::Store`] with
//!
//! - [`api`]: the JSON API under `/api/v1`, described by an OpenAPI 3.1 document generated from the
//!   handlers (`/api/openapi.json`, interactive reference at `/api/docs`);
//! - [`web`]: the server-rendered dashboard (English, Russian or Kazakh: the user's setting);
//! - [`lang`]: the language of each answer (`?lang=`, `Accept-Language`, the user's setting);
//! - [`auth`]: bearer tokens and session cookies → a tenant [`kzcomply_store::Scope`];
//! - [`serve`]: start-up (database, single-instance lock, demo data) and graceful shutdown, over
//!   [`edge`]: the accept loop with its timeouts and connection caps;
//! - [`headers`]: the security headers on every response (CSP, no-store, framing, referrer).
//!
//! [`app`] builds the whole router from an [`AppState`]; tests drive it without a network.

pub mod api;
pub mod auth;
mod compute;
pub mod demo;
pub mod edge;
pub mod error;
pub mod headers;
pub mod lang;
pub mod limit;
pub mod org_rules;
pub mod payroll_run;
pub mod serve;
mod store_text;
pub mod web;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use kzcomply_law::RuleBook;
use kzcomply_store::{Scope, Store};
use org_rules::{Rules, RulesCache};
use std::sync::Arc;

/// The largest request body accepted (a workforce file of ~50,000 rows fits).
pub const BODY_LIMIT: usize = 10 * 1024 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: Store,
    /// The base rules and each organisation's book over them: use [`AppState::rules_for`].
    pub rules: RulesCache,
    /// Set the session cookie's `Secure` flag (on unless serving plain HTTP for tests).
    pub secure_cookies: bool,
    /// Sign-in failure counters and password-check turns.
    sign_in: limit::SignInLimits,
    /// Newly minted API token secrets waiting to be shown once (POST → redirect → GET).
    minted: web::settings::MintedSecrets,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// State over `store` with the embedded rules.
    pub fn new(store: Store, secure_cookies: bool) -> Result<AppState, String> {
        AppState::with_rules(store, RuleBook::embedded(), secure_cookies)
    }

    /// State over `store` with `rules` (e.g. an edited copy given with `--rules`).
    pub fn with_rules(store: Store, rules: RuleBook, secure_cookies: bool) -> Result<AppState, String> {
        Ok(AppState(Arc::new(Inner {
            store,
            rules: RulesCache::new(Rules::new(rules)?),
            secure_cookies,
            sign_in: limit::SignInLimits::default(),
            minted: web::settings::MintedSecrets::default(),
        })))
    }
}

impl Inner {
    /// The rules the caller's organisation computes with: the base rules with the values its
    /// admins entered (Rules page, `/api/v1/rules/values`) layered on.
    pub async fn rules_for(&self, scope: &Scope) -> Result<Arc<Rules>, error::AppError> {
        self.rules.for_scope(&self.store, scope).await
    }
}

/// The whole application: API, OpenAPI document and reference, dashboard, static files.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(api::router(state.clone()))
        .merge(web::router(state.clone()))
        // The last line of defence: a panic in a handler answers 500 in the one error shape.
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(api::upload::panic_response))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(BODY_LIMIT))
        // Bare error answers of the layers inside (the 413 above, a 405) in the one JSON shape.
        .layer(axum::middleware::from_fn(error::error_shape))
        // The answer's language, for every text of it (errors of the layers above included).
        .layer(axum::middleware::from_fn(lang::middleware))
        // Outermost, so every answer gets them: errors, 404s, 405s and 413s included.
        .layer(axum::middleware::from_fn(headers::security_headers))
}
