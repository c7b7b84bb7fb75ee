//! Who is calling. API requests carry a bearer token (`Authorization: Bearer kzc_…`) or the
//! dashboard's session cookie — with the cookie, a state-changing request must also echo the
//! session's CSRF token in `X-CSRF-Token`. Dashboard pages need the session cookie and forms echo
//! the CSRF token in a hidden `csrf` field. Either way the result is a [`Scope`] made from a
//! verified credential; handlers never take an organisation id from the request. The scheme
//! name is case-insensitive (`bearer`, `BEARER`), as HTTP says.
//!
//! [`safe_next`] decides where a browser may be sent after signing in: only a path on this site.

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
            let token = auth.to_str().ok().and_then(bearer_token).ok_or(AppError::Unauthorized)?;
            let (scope, lang) = store.token_caller(token).await?.ok_or(AppError::Unauthorized)?;
            crate::lang::caller_speaks(&lang);
            return Ok(Caller(scope));
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let secret = jar.get(SESSION_COOKIE).ok_or(AppError::Unauthorized)?.value().to_string();
        let session = store.session(&secret).await?.ok_or(AppError::Unauthorized)?;
        crate::lang::caller_speaks(&session.user.lang);
        if !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
            let sent = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
            if !constant_time_eq(sent, &session.csrf) {
                return Err(AppError::Forbidden(crate::error::Text::id("api-csrf-header")));
            }
        }
        Ok(Caller(session.scope))
    }
}

/// A dashboard page's session; without one the browser is sent to the sign-in page. For an admin
/// it also carries the rules-coverage banner when the organisation's rules end within 60 days.
pub struct WebSession(pub SessionInfo, pub Option<crate::org_rules::CoverageBanner>);

/// The session [`crate::web`]'s error layer already looked up for this request.
#[derive(Clone)]
pub struct KnownSession(pub SessionInfo);

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
        if let Some(KnownSession(s)) = parts.extensions.get::<KnownSession>().cloned() {
            crate::lang::caller_speaks(&s.user.lang);
            let banner = crate::org_rules::banner(state, &s.scope).await;
            return Ok(WebSession(s, banner));
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(cookie) = jar.get(SESSION_COOKIE) else {
            return Err(ToLogin(next).into_response());
        };
        match state.store.session(cookie.value()).await {
            Ok(Some(s)) => {
                crate::lang::caller_speaks(&s.user.lang);
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
            Err(AppError::Forbidden(crate::error::Text::id("api-form-expired")))
        }
    }
}

/// The token of an `Authorization: Bearer <token>` value; the scheme in any case, the token
/// separated by spaces or tabs.
fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once([' ', '\t'])?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
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

/// How many rounds of percent-decoding [`safe_next`] looks through (`%2525…` nests).
const MAX_DECODE_ROUNDS: usize = 4;
/// The longest post-login destination kept.
const MAX_NEXT_LEN: usize = 2048;

/// A post-login destination, if it is a path on this site; `/` otherwise (no open redirects).
///
/// A browser is lenient with a `Location`: it drops tabs and newlines, reads `\` as `/`, and
/// `//host` or `/\host` is another site. So the value, and the value with every percent-escape
/// decoded (repeatedly), must start with exactly one `/` and contain no backslash, no control
/// character and no space-like trick: `/%09/evil.example`, `/\evil`, `//evil`, `/%2F/evil`,
/// `https://evil` and `javascript:…` all become `/`. The value is also a valid header value.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if is_same_site_path(n) => n.to_string(),
        _ => "/".to_string(),
    }
}

fn is_same_site_path(n: &str) -> bool {
    if n.len() > MAX_NEXT_LEN || !n.is_ascii() {
        return false;
    }
    let mut text = n.as_bytes().to_vec();
    for _ in 0..=MAX_DECODE_ROUNDS {
        let plain = match text.as_slice() {
            [b'/', second, ..] => *second != b'/' && *second != b'\\',
            [b'/'] => true,
            _ => false,
        };
        if !plain || text.iter().any(|&b| b == b'\\' || b.is_ascii_control()) {
            return false;
        }
        let decoded = percent_decode(&text);
        if decoded == text {
            // Fully decoded; non-ASCII after decoding is fine (a name in a query), except the
            // Unicode line and paragraph separators and C1 controls some parsers treat as breaks.
            let s = String::from_utf8_lossy(&decoded);
            return !s.chars().any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}'));
        }
        text = decoded;
    }
    false
}

fn percent_decode(s: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%'
            && let (Some(h), Some(l)) = (s.get(i + 1).and_then(|&b| hex(b)), s.get(i + 2).and_then(|&b| hex(b)))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_destinations_become_the_home_page() {
        let hostile = [
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/%09/evil.example",
            "/%0a/evil.example",
            "/%0d%0a/evil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5Cevil.example",
            "/%5cevil.example",
            "/%252F/evil.example",
            "/%25252F%25252Fevil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\nSet-Cookie: x=1",
            "/ok%00",
            "/ok%7F",
            "/%C2%85evil",
            "/%E2%80%A8evil",
            "https://evil.example/",
            "http:/evil.example",
            "javascript:alert(1)",
            "evil.example",
            "",
            " /companies",
            "/companies/Қ",
        ];
        for h in hostile {
            assert_eq!(safe_next(Some(h)), "/", "{h:?} must not be a destination");
        }
        assert_eq!(safe_next(None), "/");
        assert_eq!(safe_next(Some(&format!("/{}", "a".repeat(MAX_NEXT_LEN)))), "/");
    }

    #[test]
    fn same_site_paths_are_kept_as_they_are() {
        for ok in [
            "/",
            "/companies/co_123/findings?severity=violation",
            "/companies/co_1/people?q=%D0%90%D0%B9%D0%B4%D0%BE%D1%81",
            "/settings/tokens#list",
            "/a/b/../c",
            "/login?next=%2F",
        ] {
            assert_eq!(safe_next(Some(ok)), ok);
        }
    }

    #[test]
    fn the_bearer_scheme_is_case_insensitive() {
        for v in ["Bearer kzc_x", "bearer kzc_x", "BEARER kzc_x", "BeArEr   kzc_x ", "Bearer\tkzc_x"] {
            assert_eq!(bearer_token(v), Some("kzc_x"), "{v:?}");
        }
        for v in ["Basic kzc_x", "Bearer", "Bearer ", "Bearerkzc_x", "kzc_x"] {
            assert_eq!(bearer_token(v), None, "{v:?}");
        }
    }
}
