//! The admin's API tokens page: list, mint and revoke. Minting is POST → redirect → GET: the
//! POST keeps the new secret in a one-time slot of this session ([`MintedSecrets`]) and redirects
//! to `/settings/tokens?minted=<id>`, whose page shows it once and empties the slot. Refreshing
//! that page neither mints another token nor shows the secret again, and the page, like every
//! page, is sent with `Cache-Control: no-store`.

use super::{CsrfOnly, Layout, T, page};
use crate::AppState;
use crate::auth::WebSession;
use crate::error::AppError;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use kzcomply_store::{Role, TokenInfo};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a minted secret waits in its slot for the page that shows it.
pub const MINTED_SECRET_TTL: Duration = Duration::from_secs(5 * 60);
/// Slots kept at most (one per session); past that, expired ones are dropped, then the oldest.
pub const MAX_PENDING_SECRETS: usize = 10_000;

/// Secrets just minted, one slot per session (keyed by the session's CSRF secret), each taken
/// once. In memory: with several servers behind a balancer that does not keep a browser on one
/// server, the page after the redirect may not find it and says so (revoke and mint again).
#[derive(Default)]
pub struct MintedSecrets(Mutex<HashMap<String, Pending>>);

struct Pending {
    token_id: String,
    secret: String,
    at: Instant,
}

impl MintedSecrets {
    fn put(&self, session: &str, token_id: &str, secret: String) {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if map.len() >= MAX_PENDING_SECRETS {
            map.retain(|_, p| now.duration_since(p.at) < MINTED_SECRET_TTL);
            if map.len() >= MAX_PENDING_SECRETS
                && let Some(oldest) = map.iter().min_by_key(|(_, p)| p.at).map(|(k, _)| k.clone())
            {
                map.remove(&oldest);
            }
        }
        map.insert(session.to_string(), Pending { token_id: token_id.to_string(), secret, at: now });
    }

    /// The secret of `token_id` minted in this session, once.
    fn take(&self, session: &str, token_id: &str) -> Option<String> {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let fresh = map.get(session).is_some_and(|p| p.token_id == token_id && p.at.elapsed() < MINTED_SECRET_TTL);
        if fresh { map.remove(session).map(|p| p.secret) } else { None }
    }
}

pub fn router() -> Router<AppState> {
    Router::new().route("/settings/tokens", get(tokens).post(mint)).route("/settings/tokens/{id}/revoke", post(revoke))
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    l: Layout,
    tokens: Vec<TokenInfo>,
    /// The secret just minted, shown once.
    secret: Option<String>,
    /// The page was asked for a minted token whose secret is no longer here.
    gone: bool,
    /// What was wrong with the form, which comes back as typed.
    error: Option<String>,
    form_name: String,
    form_role: String,
    roles: Vec<&'static str>,
}

async fn tokens_page(
    s: &AppState,
    session: &WebSession,
    secret: Option<String>,
    gone: bool,
    form: Option<(MintForm, String)>,
) -> Result<Response, AppError> {
    let tokens = s.store.list_tokens(&session.0.scope).await?;
    let l = Layout::of(session, "web-tokens");
    let status = if form.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let (form_name, form_role, error) = match form {
        Some((f, error)) => (f.name, f.role, Some(error)),
        None => (String::new(), "viewer".to_string(), None),
    };
    let roles = vec!["viewer", "editor", "admin"];
    Ok((status, page(TokensPage { l, tokens, secret, gone, error, form_name, form_role, roles })).into_response())
}

#[derive(serde::Deserialize)]
struct TokensQuery {
    minted: Option<String>,
}

async fn tokens(
    State(s): State<AppState>,
    session: WebSession,
    crate::error::Query(q): crate::error::Query<TokensQuery>,
) -> Result<Response, AppError> {
    let secret = q.minted.as_deref().and_then(|id| s.minted.take(&session.0.csrf, id));
    let gone = q.minted.is_some() && secret.is_none();
    tokens_page(&s, &session, secret, gone, None).await
}

/// The mint form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
struct MintForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

async fn mint(State(s): State<AppState>, session: WebSession, Form(f): Form<MintForm>) -> Result<Response, AppError> {
    session.check_csrf(&f.csrf)?;
    let t = T::new(&session.0.user.lang);
    let Some(role) = Role::parse(&f.role) else {
        return tokens_page(&s, &session, None, false, Some((f, t.s("web-token-bad-role")))).await;
    };
    let default_name = t.s("web-token-default-name");
    let name = if f.name.trim().is_empty() { default_name.as_str() } else { f.name.trim() };
    let (info, secret) = s.store.create_token(&session.0.scope, name, role.min(session.0.scope.role)).await?;
    s.minted.put(&session.0.csrf, &info.id, secret);
    Ok(Redirect::to(&format!("/settings/tokens?minted={}", crate::auth::urlencode(&info.id))).into_response())
}

async fn revoke(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    session.check_csrf(&f.csrf)?;
    s.store.revoke_token(&session.0.scope, &id).await?;
    Ok(Redirect::to("/settings/tokens").into_response())
}
