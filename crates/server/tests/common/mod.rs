//! The API test harness: the real router over a fresh SQLite store, two organisations, and
//! tokens with each role — driven through `tower::ServiceExt::oneshot`, no network.

#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use kzcomply_server::{AppState, app};
use kzcomply_store::{NewUser, OrgKind, Role, Scope, Store};
use serde_json::Value;
use tower::ServiceExt;

pub struct Harness {
    pub app: Router,
    pub store: Store,
    /// Organisation A's admin, editor and viewer tokens; organisation B's admin token.
    pub a_admin: String,
    pub a_editor: String,
    pub a_viewer: String,
    pub b_admin: String,
    pub a_scope: Scope,
}

pub fn temp_db() -> String {
    let dir = std::env::temp_dir().join(format!("kzcomply-api-{}", kzcomply_store::secrets::random_hex(8)));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db").display().to_string()
}

async fn org_with_admin(store: &Store, name: &str, email: &str) -> (Scope, String) {
    let org = store.create_org(name, OrgKind::Provider).await.unwrap();
    let user = store
        .create_user(NewUser {
            email: email.into(),
            name: name.into(),
            password: "correct horse battery".into(),
            lang: "en".into(),
        })
        .await
        .unwrap();
    store.add_member(&user.id, &org.id, Role::Admin).await.unwrap();
    (Scope { org_id: org.id, actor: format!("user:{}", user.id), role: Role::Admin }, user.email)
}

impl Harness {
    pub async fn new() -> Harness {
        let store = Store::open(&temp_db()).await.unwrap();
        let (a, _) = org_with_admin(&store, "Org A", "a@example.kz").await;
        let (b, _) = org_with_admin(&store, "Org B", "b@example.kz").await;
        let token = |scope: Scope, role: Role| {
            let store = store.clone();
            async move { store.create_token(&scope, "test", role).await.unwrap().1 }
        };
        let a_admin = token(a.clone(), Role::Admin).await;
        let a_editor = token(a.clone(), Role::Editor).await;
        let a_viewer = token(a.clone(), Role::Viewer).await;
        let b_admin = token(b.clone(), Role::Admin).await;
        let state = AppState::new(store.clone(), false).unwrap();
        Harness { app: app(state), store, a_admin, a_editor, a_viewer, b_admin, a_scope: a }
    }

    /// Sends a request; returns the status, the headers' content type and the body as JSON
    /// (or as a JSON string when it is not JSON).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Body,
        ctype: &str,
    ) -> (StatusCode, String, Value) {
        let mut req = Request::builder().method(method).uri(path).header(header::CONTENT_TYPE, ctype);
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let res = self.app.clone().oneshot(req.body(body).unwrap()).await.unwrap();
        let status = res.status();
        let ctype = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        (status, ctype, value)
    }

    pub async fn get(&self, path: &str, token: &str) -> (StatusCode, Value) {
        let (s, _, v) = self.call(Method::GET, path, Some(token), Body::empty(), "application/json").await;
        (s, v)
    }

    pub async fn send(&self, method: Method, path: &str, token: &str, json: Value) -> (StatusCode, Value) {
        let (s, _, v) = self.call(method, path, Some(token), Body::from(json.to_string()), "application/json").await;
        (s, v)
    }

    pub async fn post(&self, path: &str, token: &str, json: Value) -> (StatusCode, Value) {
        self.send(Method::POST, path, token, json).await
    }

    /// Creates a company with one person, a contract and an event in organisation A; returns
    /// (company, person, contract, event) ids.
    pub async fn seed_a(&self) -> (String, String, String, String) {
        let (s, c) = self
            .post("/api/v1/companies", &self.a_editor, serde_json::json!({"name": "Steppe LLP", "bin": "231140005271"}))
            .await;
        assert_eq!(s, StatusCode::CREATED, "{c}");
        let cid = c["id"].as_str().unwrap().to_string();
        let person = serde_json::json!({"ext_id": "E1", "full_name": "Айдос Серікбаев", "iin": "880315301121", "citizenship": "kz"});
        let (s, p) = self.post(&format!("/api/v1/companies/{cid}/people"), &self.a_editor, person).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
        let pid = p["id"].as_str().unwrap().to_string();
        let contract = serde_json::json!({"engagement": "direct", "position": "Director", "department": "Management",
            "role_category": 1, "monthly_gross": 900000, "start_date": "2026-01-12", "term": "indefinite"});
        let (s, k) = self.post(&format!("/api/v1/people/{pid}/contracts"), &self.a_editor, contract).await;
        assert_eq!(s, StatusCode::CREATED, "{k}");
        let kid = k["id"].as_str().unwrap().to_string();
        let event = serde_json::json!({"kind": "signed", "on_date": "2026-01-09", "contract_id": kid});
        let (s, e) = self.post(&format!("/api/v1/people/{pid}/events"), &self.a_editor, event).await;
        assert_eq!(s, StatusCode::CREATED, "{e}");
        (cid, pid, kid, e["id"].as_str().unwrap().to_string())
    }
}

pub fn demo_csv() -> &'static [u8] {
    include_bytes!("../../../../examples/demo/workforce.csv")
}

/// Asserts the error shape and code.
pub fn assert_error(status: StatusCode, body: &Value, want_status: StatusCode, code: &str) {
    assert_eq!(status, want_status, "{body}");
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(body["error"]["message"].is_string(), "{body}");
    assert!(body["error"].get("details").is_some(), "{body}");
}
