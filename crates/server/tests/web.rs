//! Dashboard pages through the router: the admin's token page mints a token that works on the API
//! with at most the chosen role, and only admins reach it; language follows the user.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::Harness;
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn page(h: &Harness, req: Request<Body>) -> (StatusCode, String) {
    let res = h.app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_mints_and_revokes_tokens_on_the_dashboard() {
    let h = Harness::new().await;
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let csrf = h.store.session(&secret).await.unwrap().unwrap().csrf;
    let cookie = format!("kzc_session={secret}");
    let (s, html) =
        page(&h, Request::get("/settings/tokens").header(header::COOKIE, &cookie).body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("API tokens"));
    let form = format!("csrf={csrf}&name=1C&role=viewer");
    let req = Request::post("/settings/tokens")
        .header(header::COOKIE, &cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    // POST → redirect → GET: the secret is on the page the redirect leads to.
    let res = h.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let next = res.headers()[header::LOCATION].to_str().unwrap().to_string();
    let (s, html) = page(&h, Request::get(&next).header(header::COOKIE, &cookie).body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    let at = html.find("<code id=\"secret\">").expect("the secret is shown once") + "<code id=\"secret\">".len();
    let token = &html[at..at + 68];
    assert!(token.starts_with("kzc_"), "{token}");
    let (s, me) = h.get("/api/v1/me", token).await;
    assert_eq!((s, me["role"].as_str()), (StatusCode::OK, Some("viewer")));
    // Without the CSRF field the form is refused.
    let req = Request::post("/settings/tokens")
        .header(header::COOKIE, &cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("csrf=nope&name=x&role=admin"))
        .unwrap();
    assert_eq!(page(&h, req).await.0, StatusCode::FORBIDDEN);
    // Revoke it: the token stops working.
    let id = h.store.list_tokens(&h.a_scope).await.unwrap().into_iter().find(|t| t.name == "1C").unwrap().id;
    let req = Request::post(format!("/settings/tokens/{id}/revoke"))
        .header(header::COOKIE, &cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={csrf}")))
        .unwrap();
    assert_eq!(page(&h, req).await.0, StatusCode::SEE_OTHER);
    assert_eq!(h.get("/api/v1/me", token).await.0, StatusCode::UNAUTHORIZED);
}
