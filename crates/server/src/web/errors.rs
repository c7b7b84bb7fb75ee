//! Dashboard errors as pages: a handler's [`AppError`] leaves it as the API's JSON shape; for a
//! browser this layer turns it into a page in the site's layout and the user's language (the
//! message was written in it: see [`crate::lang`]), with every problem, a link to the Rules page
//! when rule values are missing, and a way back (the page the user came from, and home).

use super::i18n::T;
use super::{Layout, page};
use crate::AppState;
use crate::auth::{SESSION_COOKIE, WebSession};
use askama::Template;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::CookieJar;

/// The largest error body read back to render (errors are small; anything bigger is passed on).
const MAX_ERROR_BODY: usize = 256 * 1024;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: Layout,
    status: u16,
    message: String,
    problems: Vec<(String, String)>,
    /// (parameter, from — written the user's way).
    missing_rules: Vec<(String, String)>,
    back: String,
}

/// Looks up the dashboard session once (for the page's language, which every message of the
/// answer is written in, and for [`WebSession`], which takes it from the request), then turns an
/// error answer into a page.
pub async fn html_errors(State(s): State<AppState>, mut req: Request, next: Next) -> Response {
    let cookie = CookieJar::from_headers(req.headers()).get(SESSION_COOKIE).map(|c| c.value().to_string());
    let back = same_site_referer(req.headers()).unwrap_or_else(|| "/".into());
    let session = match &cookie {
        Some(c) => s.store.session(c).await.ok().flatten(),
        None => None,
    };
    if let Some(info) = &session {
        crate::lang::caller_speaks(&info.user.lang);
        req.extensions_mut().insert(crate::auth::KnownSession(info.clone()));
    }
    let response = next.run(req).await;
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.to_str().unwrap_or("").starts_with("application/json"));
    if !(response.status().is_client_error() || response.status().is_server_error()) || !is_json {
        return response;
    }
    let status = response.status();
    let (parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    let error = &json["error"];
    let (l, t) = match session {
        Some(info) => {
            let t = T::new(&info.user.lang);
            (Layout::of(&WebSession(info, None), "web-error-title"), t)
        }
        None => {
            let lang = crate::lang::current();
            let mut l = super::login_layout(lang);
            l.title = T(lang).s("web-error-title");
            (l, T(lang))
        }
    };
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    let problems = error["details"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    let at = match p["row"].as_u64() {
                        Some(r) => t.a(
                            "web-problem-at",
                            &kzcomply_i18n::Args::new().num("row", r as i64).text("field", text(&p["field"])),
                        ),
                        None => text(&p["field"]),
                    };
                    (at, text(&p["message"]))
                })
                .collect()
        })
        .unwrap_or_default();
    let missing_rules = error["details"]["missing_rules"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|m| {
                    let from = text(&m["from"]);
                    let from = kzcomply_i18n::format::parse_date(&from).map(|d| t.date(d)).unwrap_or(from);
                    (text(&m["parameter"]), from)
                })
                .collect()
        })
        .unwrap_or_default();
    let message = match text(&error["message"]) {
        m if m.is_empty() => t.s("web-error-unknown"),
        m => m,
    };
    let mut page = page(ErrorPage { l, status: status.as_u16(), message, problems, missing_rules, back });
    *page.status_mut() = status;
    page.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    page
}

/// The page the user came from, when it is on this site (a path only: never another host).
fn same_site_referer(headers: &axum::http::HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let rest = referer.split_once("://")?.1;
    let path = rest.strip_prefix(host)?;
    (path.starts_with('/') && !path.starts_with("//")).then(|| path.to_string())
}
