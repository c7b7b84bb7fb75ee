//! The HTTP API through the router, without a network: the OpenAPI document, authentication,
//! tenancy (another organisation's ids answer 404), roles, CRUD with the audit log, calculations
//! checked against hand-worked statute figures, imports (all or nothing), audits, findings
//! filters, exports, body limits and the one error shape.

mod common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::{Harness, assert_error, demo_csv};
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn openapi_document_lists_every_endpoint() {
    let h = Harness::new().await;
    let (s, ctype, doc) = h.call(Method::GET, "/api/openapi.json", None, Body::empty(), "").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("application/json"), "{ctype}");
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    for path in [
        "/api/v1/payroll",
        "/api/v1/payroll/batch",
        "/api/v1/deadlines",
        "/api/v1/fines",
        "/api/v1/calendar",
        "/api/v1/audit",
        "/api/v1/companies",
        "/api/v1/companies/{id}",
        "/api/v1/companies/{id}/people",
        "/api/v1/companies/{id}/audit",
        "/api/v1/companies/{id}/import",
        "/api/v1/companies/{id}/findings",
        "/api/v1/companies/{id}/report",
        "/api/v1/companies/{id}/payroll/{period}",
        "/api/v1/people/{id}",
        "/api/v1/people/{id}/contracts",
        "/api/v1/people/{id}/events",
        "/api/v1/contracts/{id}",
        "/api/v1/events/{id}",
        "/api/v1/audit-log",
        "/api/v1/tokens",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing from the OpenAPI document");
    }
    assert!(doc["components"]["schemas"].get("ErrorBody").is_some());
    assert!(doc["components"]["securitySchemes"].get("bearer").is_some());
    let (s, ctype, _) = h.call(Method::GET, "/api/docs/", None, Body::empty(), "").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/html"), "{ctype}");
}

#[tokio::test(flavor = "multi_thread")]
async fn callers_need_a_valid_token() {
    let h = Harness::new().await;
    let (s, _, body) = h.call(Method::GET, "/api/v1/companies", None, Body::empty(), "").await;
    assert_error(s, &body, StatusCode::UNAUTHORIZED, "unauthorized");
    let (s, body) = h.get("/api/v1/companies", "kzc_not_a_token").await;
    assert_error(s, &body, StatusCode::UNAUTHORIZED, "unauthorized");
    let (s, body) = h.get("/api/v1/no-such-thing", &h.a_admin).await;
    assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    let (s, me) = h.get("/api/v1/me", &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(me["role"], "viewer");
}

#[tokio::test(flavor = "multi_thread")]
async fn another_organisation_sees_nothing() {
    let h = Harness::new().await;
    let (cid, pid, kid, eid) = h.seed_a().await;
    let b = &h.b_admin;
    let (s, list) = h.get("/api/v1/companies", b).await;
    assert_eq!((s, list), (StatusCode::OK, json!([])));
    for path in [
        format!("/api/v1/companies/{cid}"),
        format!("/api/v1/companies/{cid}/people"),
        format!("/api/v1/companies/{cid}/audit?as_of=2026-11-21"),
        format!("/api/v1/companies/{cid}/findings"),
        format!("/api/v1/companies/{cid}/duties"),
        format!("/api/v1/companies/{cid}/report?format=html"),
        format!("/api/v1/companies/{cid}/payroll"),
        format!("/api/v1/people/{pid}"),
        format!("/api/v1/people/{pid}/contracts"),
        format!("/api/v1/people/{pid}/events"),
        format!("/api/v1/contracts/{kid}"),
    ] {
        let (s, body) = h.get(&path, b).await;
        assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    }
    for (method, path) in [
        (Method::DELETE, format!("/api/v1/companies/{cid}")),
        (Method::DELETE, format!("/api/v1/people/{pid}")),
        (Method::DELETE, format!("/api/v1/contracts/{kid}")),
        (Method::DELETE, format!("/api/v1/events/{eid}")),
        (Method::POST, format!("/api/v1/companies/{cid}/payroll/2026-03")),
    ] {
        let (s, body) = h.send(method, &path, b, json!(null)).await;
        assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    }
    let (s, body) = h.send(Method::PUT, &format!("/api/v1/companies/{cid}"), b, json!({"name": "Mine now"})).await;
    assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    let event = json!({"kind": "terminated", "on_date": "2026-02-01"});
    let (s, body) = h.send(Method::PUT, &format!("/api/v1/events/{eid}"), b, event.clone()).await;
    assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    let (s, body) = h.post(&format!("/api/v1/people/{pid}/events"), b, event).await;
    assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    let (s, _, body) = h
        .call(Method::POST, &format!("/api/v1/companies/{cid}/import"), Some(b), Body::from(demo_csv()), "text/csv")
        .await;
    assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    // And A still has everything.
    let (s, company) = h.get(&format!("/api/v1/companies/{cid}"), &h.a_viewer).await;
    assert_eq!((s, company["name"].as_str()), (StatusCode::OK, Some("Steppe LLP")));
}

#[tokio::test(flavor = "multi_thread")]
async fn viewers_read_but_do_not_write() {
    let h = Harness::new().await;
    let (cid, pid, _, _) = h.seed_a().await;
    let (s, body) = h.post("/api/v1/companies", &h.a_viewer, json!({"name": "X"})).await;
    assert_error(s, &body, StatusCode::FORBIDDEN, "forbidden");
    let (s, body) = h.send(Method::DELETE, &format!("/api/v1/people/{pid}"), &h.a_viewer, json!(null)).await;
    assert_error(s, &body, StatusCode::FORBIDDEN, "forbidden");
    let (s, body) = h.post("/api/v1/tokens", &h.a_editor, json!({"name": "x", "role": "viewer"})).await;
    assert_error(s, &body, StatusCode::FORBIDDEN, "forbidden");
    let (s, _) = h.get(&format!("/api/v1/companies/{cid}/people"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread")]
async fn changes_are_validated_and_logged() {
    let h = Harness::new().await;
    let (cid, pid, _, eid) = h.seed_a().await;
    // Every invalid field at once, nothing written.
    let (s, body) = h
        .post(
            &format!("/api/v1/companies/{cid}/people"),
            &h.a_editor,
            json!({"ext_id": "", "full_name": "X", "iin": "12", "citizenship": "Turkey"}),
        )
        .await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let fields: Vec<&str> =
        body["error"]["details"].as_array().unwrap().iter().map(|p| p["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["ext_id", "iin", "citizenship"]);
    let (s, body) = h
        .post(
            &format!("/api/v1/companies/{cid}/people"),
            &h.a_editor,
            json!({"ext_id": "E1", "full_name": "Dup", "iin": "880315301121", "citizenship": "KZ"}),
        )
        .await;
    assert_error(s, &body, StatusCode::CONFLICT, "conflict");
    let (s, body) =
        h.post(&format!("/api/v1/companies/{cid}/people"), &h.a_editor, json!({"ext_id": "E2", "unknown": 1})).await;
    // A body that does not fit the schema (an unknown field) is a 422 naming the field, in our words.
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(body["error"]["details"][0]["field"], "unknown", "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("is not a field of this request"), "{body}");
    // Rename, then the log shows old and new.
    let (s, _) = h
        .send(Method::PUT, &format!("/api/v1/companies/{cid}"), &h.a_editor, json!({"name": "Steppe Cloud LLP"}))
        .await;
    assert_eq!(s, StatusCode::OK);
    // Correct the event's date, then delete it.
    let fix = json!({"kind": "signed", "on_date": "2026-01-08"});
    let (s, e) = h.send(Method::PUT, &format!("/api/v1/events/{eid}"), &h.a_editor, fix).await;
    assert_eq!((s, e["on_date"].as_str()), (StatusCode::OK, Some("2026-01-08")), "{e}");
    let (s, _) = h.send(Method::DELETE, &format!("/api/v1/events/{eid}"), &h.a_editor, json!(null)).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (_, events) = h.get(&format!("/api/v1/people/{pid}/events"), &h.a_viewer).await;
    assert_eq!(events, json!([]));
    let (s, log) = h.get(&format!("/api/v1/audit-log?entity=company&entity_id={cid}"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(log[0]["action"], "update");
    assert_eq!(log[0]["old_value"]["name"], "Steppe LLP");
    assert_eq!(log[0]["new_value"]["name"], "Steppe Cloud LLP");
    assert!(log[0]["actor"].as_str().unwrap().starts_with("token:"));
    assert_eq!(log[1]["action"], "create");
    let (_, log) = h.get("/api/v1/audit-log?entity=event", &h.a_viewer).await;
    assert_eq!(log[0]["action"], "delete");
    assert_eq!(log[0]["old_value"]["on_date"], "2026-01-08");
    assert_eq!(log[1]["action"], "update");
    assert_eq!(
        (log[1]["old_value"]["on_date"].as_str(), log[1]["new_value"]["on_date"].as_str()),
        (Some("2026-01-09"), Some("2026-01-08"))
    );
}

/// Dates with trailing text, or in years no contract has (0000, 9999), are refused with the field
/// named; nothing is stored.
#[tokio::test(flavor = "multi_thread")]
async fn impossible_dates_are_refused() {
    let h = Harness::new().await;
    let (_, pid, kid, _) = h.seed_a().await;
    let contract = |start: &str| {
        json!({"engagement": "direct", "position": "Director", "department": "Management",
            "role_category": 1, "monthly_gross": 900000, "start_date": start, "term": "indefinite"})
    };
    for (start, status) in [
        ("0000-01-01", StatusCode::UNPROCESSABLE_ENTITY),
        ("9999-12-31", StatusCode::UNPROCESSABLE_ENTITY),
        ("2026-01-15garbage", StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let (s, body) = h.post(&format!("/api/v1/people/{pid}/contracts"), &h.a_editor, contract(start)).await;
        assert_eq!(s, status, "{start}: {body}");
        assert!(body["error"]["message"].is_string(), "{body}");
        assert!(body.to_string().contains("start_date"), "{start}: the field is named: {body}");
    }
    let event = json!({"kind": "signed", "on_date": "0000-03-01", "contract_id": kid});
    let (s, body) = h.post(&format!("/api/v1/people/{pid}/events"), &h.a_editor, event).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert!(body.to_string().contains("on_date"), "{body}");
    let (_, contracts) = h.get(&format!("/api/v1/people/{pid}/contracts"), &h.a_viewer).await;
    assert_eq!(contracts.as_array().unwrap().len(), 1, "only the seeded contract");
}
