//! The security headers on every response (set only where a handler has not set its own):
//!
//! - `Content-Security-Policy`, by what the path serves:
//!   - the dashboard ([`DASHBOARD_CSP`]): scripts, styles and everything else only from this
//!     site — the pages use one script file (`/static/app.js`), one stylesheet and inline SVG,
//!     and no inline script, inline style or event-handler attribute;
//!   - the API reference at `/api/docs` ([`SWAGGER_CSP`]): Swagger UI's own script files from this
//!     site, plus the inline styles and `data:` images it draws with;
//!   - the rest of `/api` ([`API_CSP`]): nothing at all may load, except the inline styles of the
//!     self-contained HTML audit report;
//!
//!   each with `frame-ancestors 'none'`, `base-uri 'none'` and `object-src 'none'`;
//! - `X-Frame-Options: DENY` (older browsers' `frame-ancestors`), `X-Content-Type-Options:
//!   nosniff`, `Referrer-Policy: same-origin` (the dashboard's "back" and language links read
//!   the same-site referrer; no other site is told the page) and `Cross-Origin-Opener-Policy:
//!   same-origin`;
//! - `Cache-Control: no-store` on every answer except the static files and the API reference's
//!   assets: API answers and dashboard pages show personal data, pay or secrets, and must not be
//!   kept by a browser or a shared cache.

use axum::extract::Request;
use axum::http::header::{self, HeaderName};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The dashboard's policy.
pub const DASHBOARD_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// The API reference (Swagger UI) at `/api/docs`.
pub const SWAGGER_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// JSON, CSV and XLSX answers, and the self-contained HTML report (inline styles only).
pub const API_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";
/// `Cache-Control` for everything that is not a static asset.
pub const NO_STORE: &str = "no-store";
/// `Referrer-Policy`.
pub const REFERRER_POLICY: &str = "same-origin";

fn is_docs(path: &str) -> bool {
    path == "/api/docs" || path.starts_with("/api/docs/")
}

/// Middleware adding the headers above.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    let csp = if is_docs(&path) {
        SWAGGER_CSP
    } else if path == "/api" || path.starts_with("/api/") {
        API_CSP
    } else {
        DASHBOARD_CSP
    };
    let h = res.headers_mut();
    set(h, header::CONTENT_SECURITY_POLICY, csp);
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, REFERRER_POLICY);
    set(h, HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    if !(path.starts_with("/static/") || is_docs(&path)) {
        set(h, header::CACHE_CONTROL, NO_STORE);
    }
    res
}

fn set(headers: &mut HeaderMap, name: HeaderName, value: &'static str) {
    headers.entry(name).or_insert(HeaderValue::from_static(value));
}
