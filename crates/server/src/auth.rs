//! Who is calling. API requests carry a bearer token (`Authorization: Bearer kzc_…`) or the
//! dashboard's session cookie — with the cookie, a state-changing request must also echo the
//! session's CSRF token in `X-CSRF-Token`. Dashboard pages need the session cookie and forms echo
//! the CSRF token in a hidden `csrf` field. Either way the result is a [`Scope`] made from a
//! verified credential; handlers never take an organisation id from the request.

use crate::AppState;
use crate::error::AppError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use kzcomply_store::{Scope, SessionInfo};

pub const SESSION_COOKIE: &str = "kzc_session";

/// The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
/// posts), a browser-session cookie (the server expires the session after 12 hours), Secure unless the operator turned it off for plain-HTTP testing.
pub fn session_cookie(secret: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, secret)).path("/").http_only(true).same_site(SameSite::Lax).secure(secure).build()
}

/// An API caller's scope.
pub struct Caller(pub Scope);

impl FromRequestParts<AppState> for Caller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, AppError> {
        let store = &state.store;
        if let Some(auth) = parts.headers.get(header::AUTHORIZATION) {
            let token = auth.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")).ok_or(AppError::Unauthorized)?;
            return store.token_scope(token.trim()).await?.map(Caller).ok_or(AppError::Unauthorized);
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let secret = jar.get(SESSION_COOKIE).ok_or(AppError::Unauthorized)?.value().to_string();
        let session = store.session(&secret).await?.ok_or(AppError::Unauthorized)?;
        if !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
            let sent = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
            if !constant_time_eq(sent, &session.csrf) {
                return Err(AppError::Forbidden(
                    "a signed-in browser must send the session's CSRF token in X-CSRF-Token".into(),
                ));
            }
        }
        Ok(Caller(session.scope))
    }
}

/// A dashboard page's session; without one the browser is sent to the sign-in page. For an admin
/// it also carries the rules-coverage banner when the organisation's rules end within 60 days.
pub struct WebSession(pub SessionInfo, pub Option<crate::org_rules::CoverageBanner>);

pub struct ToLogin(String);

impl IntoResponse for ToLogin {
    fn into_response(self) -> Response {
        Redirect::to(&format!("/login?next={}", urlencode(&self.0))).into_response()
    }
}

impl FromRequestParts<AppState> for WebSession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<WebSession, Response> {
        let next = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(cookie) = jar.get(SESSION_COOKIE) else {
            return Err(ToLogin(next).into_response());
        };
        match state.store.session(cookie.value()).await {
            Ok(Some(s)) => {
                let banner = crate::org_rules::banner(state, &s.scope).await;
                Ok(WebSession(s, banner))
            }
            Ok(None) => Err(ToLogin(next).into_response()),
            Err(e) => Err(AppError::from(e).into_response()),
        }
    }
}

impl WebSession {
    /// Checks a form's CSRF field.
    pub fn check_csrf(&self, sent: &str) -> Result<(), AppError> {
        if constant_time_eq(sent, &self.0.csrf) {
            Ok(())
        } else {
            Err(AppError::Forbidden("the form has expired; reload the page and try again".into()))
        }
    }
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Only same-site paths may be a post-login destination (no open redirects).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}
