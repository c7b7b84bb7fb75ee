//! The admin's API tokens page: list, mint (the secret is shown once) and revoke.

use super::{CsrfOnly, Layout, page};
use crate::AppState;
use crate::auth::WebSession;
use crate::error::AppError;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use kzcomply_store::{Role, TokenInfo};

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
}

async fn render(s: &AppState, session: &WebSession, secret: Option<String>) -> Result<Response, AppError> {
    let tokens = s.store.list_tokens(&session.0.scope).await?;
    let l = Layout::of(session, "API tokens");
    Ok(page(TokensPage { l, tokens, secret }))
}

async fn tokens(State(s): State<AppState>, session: WebSession) -> Result<Response, AppError> {
    render(&s, &session, None).await
}

#[derive(serde::Deserialize)]
struct MintForm {
    csrf: String,
    name: String,
    role: String,
}

async fn mint(State(s): State<AppState>, session: WebSession, Form(f): Form<MintForm>) -> Result<Response, AppError> {
    session.check_csrf(&f.csrf)?;
    let role = Role::parse(&f.role)
        .ok_or_else(|| AppError::invalid("role: admin, editor or viewer", serde_json::Value::Null))?;
    let name = if f.name.trim().is_empty() { "API token" } else { f.name.trim() };
    let (_, secret) = s.store.create_token(&session.0.scope, name, role.min(session.0.scope.role)).await?;
    render(&s, &session, Some(secret)).await
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
