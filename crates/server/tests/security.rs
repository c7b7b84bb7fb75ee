//! Hardening through the router (no network): security headers on every kind of answer,
//! `no-store` where data or secrets are shown, a case-insensitive bearer scheme, post-login
//! destinations that never leave the site, the token page's POST → redirect → GET, and the
//! sign-in limits (per client address, per e-mail from one address, bounded password checks).

mod common;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use common::Harness;
use http_body_util::BodyExt;
use kzcomply_server::headers::{API_CSP, DASHBOARD_CSP, SWAGGER_CSP};
use kzcomply_server::limit::{MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tower::ServiceExt;

async fn send(h: &Harness, req: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let res = h.app.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let body = body.collect().await.unwrap().to_bytes();
    (parts.status, parts.headers, String::from_utf8_lossy(&body).into_owned())
}

fn get(path: &str) -> axum::http::request::Builder {
    Request::get(path)
}

/// Every byte but letters and digits percent-encoded, for a form field.
fn form_value(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

/// A sign-in form post from `addr`.
fn sign_in(email: &str, password: &str, next: &str, addr: &str) -> Request<Body> {
    let form = format!("email={}&password={}&next={}", form_value(email), form_value(password), form_value(next));
    let mut req = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo(format!("{addr}:40000").parse::<SocketAddr>().unwrap()));
    req
}

fn assert_security_headers(what: &str, headers: &HeaderMap, csp: &str) {
    let h = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    assert_eq!(h("content-security-policy"), csp, "{what}");
    assert_eq!(h("x-frame-options"), "DENY", "{what}");
    assert_eq!(h("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(h("referrer-policy"), "same-origin", "{what}");
    assert!(csp.contains("frame-ancestors 'none'"), "{what}");
}

fn cache_control(headers: &HeaderMap) -> &str {
    headers.get(header::CACHE_CONTROL).and_then(|v| v.to_str().ok()).unwrap_or("")
}

#[tokio::test(flavor = "multi_thread")]
async fn every_answer_carries_the_security_headers_and_data_is_never_cached() {
    let h = Harness::new().await;
    let bearer = format!("Bearer {}", h.a_admin);
    let cases: Vec<(&str, Request<Body>, StatusCode, &str, bool)> = vec![
        (
            "an API answer",
            get("/api/v1/companies").header(header::AUTHORIZATION, &bearer).body(Body::empty()).unwrap(),
            StatusCode::OK,
            API_CSP,
            true,
        ),
        (
            "an API error",
            get("/api/v1/companies").body(Body::empty()).unwrap(),
            StatusCode::UNAUTHORIZED,
            API_CSP,
            true,
        ),
        (
            "an unknown API path",
            get("/api/v1/nothing-here").body(Body::empty()).unwrap(),
            StatusCode::NOT_FOUND,
            API_CSP,
            true,
        ),
        ("the OpenAPI document", get("/api/openapi.json").body(Body::empty()).unwrap(), StatusCode::OK, API_CSP, true),
        ("the sign-in page", get("/login").body(Body::empty()).unwrap(), StatusCode::OK, DASHBOARD_CSP, true),
        ("a page's redirect", get("/").body(Body::empty()).unwrap(), StatusCode::SEE_OTHER, DASHBOARD_CSP, true),
        (
            "a method not allowed",
            Request::delete("/login").body(Body::empty()).unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            DASHBOARD_CSP,
            true,
        ),
        ("the script", get("/static/app.js").body(Body::empty()).unwrap(), StatusCode::OK, DASHBOARD_CSP, false),
        ("the API reference", get("/api/docs/").body(Body::empty()).unwrap(), StatusCode::OK, SWAGGER_CSP, false),
    ];
    for (what, req, status, csp, no_store) in cases {
        let (s, headers, body) = send(&h, req).await;
        assert_eq!(s, status, "{what}: {body}");
        assert_security_headers(what, &headers, csp);
        assert_eq!(
            cache_control(&headers) == "no-store",
            no_store,
            "{what}: Cache-Control {:?}",
            cache_control(&headers)
        );
    }
    // A signed-in page with personal data.
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let (s, headers, body) = send(
        &h,
        get("/settings/rules").header(header::COOKIE, format!("kzc_session={secret}")).body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_security_headers("a dashboard page", &headers, DASHBOARD_CSP);
    assert_eq!(cache_control(&headers), "no-store");
    // The pages hold no inline script or event handler the policy would block.
    for forbidden in ["<script>", " onchange=", " onclick=", " onsubmit=", "javascript:"] {
        assert!(!body.contains(forbidden), "{forbidden} in a dashboard page");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_bearer_scheme_is_case_insensitive() {
    let h = Harness::new().await;
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let req = get("/api/v1/me").header(header::AUTHORIZATION, format!("{scheme} {}", h.a_viewer));
        let (s, _, body) = send(&h, req.body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::OK, "{scheme}: {body}");
    }
    for value in [format!("Basic {}", h.a_viewer), "Bearer".to_string(), format!("Bearer{}", h.a_viewer)] {
        let req = get("/api/v1/me").header(header::AUTHORIZATION, value.clone());
        assert_eq!(send(&h, req.body(Body::empty()).unwrap()).await.0, StatusCode::UNAUTHORIZED, "{value}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sign_in_never_redirects_off_the_site() {
    let h = Harness::new().await;
    let hostile = [
        "/%09/evil.example",
        "//evil.example",
        "/\\evil.example",
        "/%5Cevil.example",
        "/%2F%2Fevil.example",
        "/%252F%252Fevil.example",
        "/\t/evil.example",
        "/\r\n/evil.example",
        "https://evil.example",
        "javascript:alert(1)",
    ];
    for (i, next) in hostile.iter().enumerate() {
        // The right password each time, from its own address: every one signs in, to "/".
        let (s, headers, body) =
            send(&h, sign_in("a@example.kz", "correct horse battery", next, &format!("10.3.0.{i}"))).await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{next:?}: {body}");
        assert_eq!(headers[header::LOCATION], "/", "{next:?}");
        // The sign-in page does not carry it into its form either.
        let (_, _, page) =
            send(&h, get(&format!("/login?next={}", form_value(next))).body(Body::empty()).unwrap()).await;
        assert!(page.contains(r#"name="next" value="/""#), "{next:?}");
    }
    let (s, headers, _) =
        send(&h, sign_in("a@example.kz", "correct horse battery", "/settings/tokens", "10.3.1.1")).await;
    assert_eq!((s, headers[header::LOCATION].to_str().unwrap()), (StatusCode::SEE_OTHER, "/settings/tokens"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_token_is_shown_once_and_a_refresh_mints_nothing() {
    let h = Harness::new().await;
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let csrf = h.store.session(&secret).await.unwrap().unwrap().csrf;
    let cookie = format!("kzc_session={secret}");
    let before = h.store.list_tokens(&h.a_scope).await.unwrap().len();
    let req = Request::post("/settings/tokens")
        .header(header::COOKIE, &cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={csrf}&name=nightly&role=viewer")))
        .unwrap();
    let (s, headers, _) = send(&h, req).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "the POST redirects: a refresh of what follows is a GET");
    let shown = headers[header::LOCATION].to_str().unwrap().to_string();
    assert!(shown.starts_with("/settings/tokens?minted=tok_"), "{shown}");
    let page = || get(&shown).header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let (s, headers, html) = send(&h, page()).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(cache_control(&headers), "no-store", "the page with the secret is never cached");
    let at = html.find("<code id=\"secret\">").expect("the secret is shown") + "<code id=\"secret\">".len();
    let token = html[at..at + 68].to_string();
    assert!(token.starts_with("kzc_"), "{token}");
    assert_eq!(h.get("/api/v1/me", &token).await.0, StatusCode::OK);
    // Refreshing: no new token, and the secret is not shown again.
    for _ in 0..2 {
        let (s, _, html) = send(&h, page()).await;
        assert_eq!(s, StatusCode::OK);
        assert!(!html.contains(&token) && !html.contains("<code id=\"secret\">"), "the secret is shown once");
        assert!(html.contains("id=\"secret-gone\""), "the page says why");
    }
    assert_eq!(h.store.list_tokens(&h.a_scope).await.unwrap().len(), before + 1);
    // Another session (even the same user's) never sees this session's secret.
    let other = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let req = Request::post("/settings/tokens")
        .header(header::COOKIE, format!("kzc_session={secret}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={csrf}&name=second&role=viewer")))
        .unwrap();
    let (_, headers, _) = send(&h, req).await;
    let shown = headers[header::LOCATION].to_str().unwrap().to_string();
    let req = get(&shown).header(header::COOKIE, format!("kzc_session={other}")).body(Body::empty()).unwrap();
    let (_, _, html) = send(&h, req).await;
    assert!(!html.contains("<code id=\"secret\">"), "another session's secret stays hidden");
}

#[tokio::test(flavor = "multi_thread")]
async fn one_address_gets_twenty_failures_whatever_the_emails_and_the_real_user_still_signs_in_elsewhere() {
    let h = Harness::new().await;
    // 20 failures from one address, for different e-mails (never 5 for one), concurrently.
    let mut tries = Vec::new();
    for i in 0..MAX_FAILURES_PER_ADDRESS {
        let app = h.app.clone();
        let req = sign_in(&format!("guess{i}@example.kz"), "wrong password", "/", "10.1.0.1");
        tries.push(tokio::spawn(async move { app.oneshot(req).await.unwrap().status() }));
    }
    for t in tries {
        assert_eq!(t.await.unwrap(), StatusCode::UNAUTHORIZED);
    }
    // The 21st from that address is refused, even with the right password.
    let (s, headers, _) = send(&h, sign_in("a@example.kz", "correct horse battery", "/", "10.1.0.1")).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait), "Retry-After {wait}");
    // The real user, from another address, signs in.
    let (s, _, body) = send(&h, sign_in("a@example.kz", "correct horse battery", "/", "10.1.0.2")).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_passwords_from_one_address_do_not_lock_the_user_out_elsewhere() {
    let h = Harness::new().await;
    for _ in 0..MAX_FAILURES_PER_EMAIL {
        assert_eq!(send(&h, sign_in("a@example.kz", "wrong", "/", "10.2.0.1")).await.0, StatusCode::UNAUTHORIZED);
    }
    let (s, _, _) = send(&h, sign_in("a@example.kz", "correct horse battery", "/", "10.2.0.1")).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "the attacker's address is locked out of this account");
    let (s, _, _) = send(&h, sign_in("A@Example.kz ", "correct horse battery", "/", "10.2.0.2")).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "the user at their own address is not");
    // Other accounts from the attacker's address are still tried (up to the address's limit).
    assert_eq!(send(&h, sign_in("b@example.kz", "wrong", "/", "10.2.0.1")).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_flood_of_sign_ins_does_not_hold_up_the_api() {
    let h = Harness::new().await;
    let mut flood = Vec::new();
    for i in 0..80u32 {
        let app = h.app.clone();
        let req =
            sign_in(&format!("random{i}@example.kz"), "wrong password", "/", &format!("10.4.{}.{}", i / 200, i % 200));
        flood.push(tokio::spawn(async move { app.oneshot(req).await.unwrap().status() }));
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    let started = Instant::now();
    let (s, _) = h.get("/api/v1/companies", &h.a_viewer).await;
    let took = started.elapsed();
    assert_eq!(s, StatusCode::OK);
    eprintln!("API request during a flood of 80 sign-ins: {took:?}");
    assert!(took < Duration::from_secs(2), "the API waited {took:?} behind the sign-ins");
    let mut busy = 0;
    for t in flood {
        match t.await.unwrap() {
            StatusCode::UNAUTHORIZED => {}
            StatusCode::TOO_MANY_REQUESTS => busy += 1,
            other => panic!("a sign-in answered {other}"),
        }
    }
    // 2 checks at a time and 32 waiting: the rest were turned away at once, not queued.
    assert!(busy >= 80 - 2 - 32 - 10, "only {busy} of 80 simultaneous sign-ins were turned away");
}
