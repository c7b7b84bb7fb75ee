//! Who am I, API tokens, and the organisation's audit log.

use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiResult, JsonBody, Path, Query};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use kzcomply_store::{AuditEntry, LogFilter, Role, TokenInfo};
use utoipa::ToSchema;

#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct Me {
    pub org_id: String,
    /// `user:<id>` or `token:<id>`.
    pub actor: String,
    pub role: Role,
}

/// The caller's organisation, identity and role.
#[utoipa::path(get, path = "/me", tag = "account", responses((status = 200, body = Me), (status = 401, body = crate::api::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn me(Caller(scope): Caller) -> Json<Me> {
    Json(Me { org_id: scope.org_id, actor: scope.actor, role: scope.role })
}

#[derive(Clone, Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    pub name: String,
    /// At most the caller's own role.
    pub role: Role,
}

#[derive(Clone, Debug, serde::Serialize, ToSchema)]
pub struct CreatedToken {
    /// The secret: shown this once, stored only as a hash.
    pub token: String,
    pub info: TokenInfo,
}

/// Mints an API token for the organisation (admins, signed in). The token acts with the weaker of
/// its role and its owner's current role.
#[utoipa::path(post, path = "/tokens", tag = "account", request_body = NewToken,
    responses((status = 201, body = CreatedToken), (status = 403, body = crate::api::ErrorBody),
              (status = 409, description = "Called with an API token: tokens are minted by a signed-in user", body = crate::api::ErrorBody)),
    security(("session" = [])))]
pub async fn create_token(
    State(s): State<AppState>,
    Caller(scope): Caller,
    JsonBody(req): JsonBody<NewToken>,
) -> ApiResult<(StatusCode, Json<CreatedToken>)> {
    let role = req.role.min(scope.role);
    let (info, token) = s.store.create_token(&scope, &req.name, role).await?;
    Ok((StatusCode::CREATED, Json(CreatedToken { token, info })))
}

#[utoipa::path(get, path = "/tokens", tag = "account", responses((status = 200, body = Vec<TokenInfo>)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list_tokens(State(s): State<AppState>, Caller(scope): Caller) -> ApiResult<Json<Vec<TokenInfo>>> {
    Ok(Json(s.store.list_tokens(&scope).await?))
}

#[utoipa::path(delete, path = "/tokens/{id}", tag = "account",
    responses((status = 204), (status = 404, body = crate::api::ErrorBody)), security(("bearer" = []), ("session" = [])))]
pub async fn revoke_token(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    s.store.revoke_token(&scope, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who changed what, when, from what to what — newest first; `seq` numbers the organisation's own
/// log 1, 2, 3 … (it says nothing about other organisations).
#[utoipa::path(get, path = "/audit-log", tag = "account", params(LogFilter),
    responses((status = 200, body = Vec<AuditEntry>)), security(("bearer" = []), ("session" = [])))]
pub async fn audit_log(
    State(s): State<AppState>,
    Caller(scope): Caller,
    Query(f): Query<LogFilter>,
) -> ApiResult<Json<Vec<AuditEntry>>> {
    Ok(Json(s.store.audit_log(&scope, &f).await?))
}
