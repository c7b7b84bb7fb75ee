//! Hostile uploads through the router: each is refused with a 422 in the one error shape, naming
//! the limit (`details.limit`), quickly; the parsing runs off the async workers, so an ordinary
//! request is answered while an upload is being read; and a panic in a handler is a 500 in the
//! same shape. The files are generated (`kzcomply_audit::hostile`), nothing is committed.

mod common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::{Harness, assert_error};
use kzcomply_audit::hostile;
use std::time::{Duration, Instant};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[tokio::test(flavor = "multi_thread")]
async fn hostile_uploads_are_refused_naming_the_limit() {
    let h = Harness::new().await;
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        ("a cell at XFD1048576", hostile::far_cell_xlsx(), XLSX, "MAX_COLUMNS"),
        ("a cell at XFD1048576, undeclared", hostile::far_cell_undeclared_xlsx(), XLSX, "MAX_COLUMNS"),
        ("3 GiB of whitespace declared", hostile::whitespace_bomb_declared(), XLSX, "MAX_SHEET_BYTES"),
        ("2 MiB of whitespace in one run", hostile::whitespace_run(2 << 20), XLSX, "MAX_XML_TOKEN_BYTES"),
        ("a billion shared strings", hostile::string_count_bomb(), XLSX, "MAX_SHARED_STRINGS"),
        ("70,000 cell formats", hostile::styles_bomb(70_000, 10), XLSX, "MAX_CELL_STYLES"),
        ("a million CSV columns", hostile::wide_csv(1_000_000), "text/csv", "MAX_COLUMNS"),
    ];
    for (what, body, ctype, limit) in cases {
        let start = Instant::now();
        let (s, _, v) = h.call(Method::POST, "/api/v1/audit", Some(&h.a_viewer), Body::from(body), ctype).await;
        assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        assert_eq!(v["error"]["details"]["limit"], limit, "{what}: {v}");
        assert!(v["error"]["details"]["max"].is_u64() && v["error"]["details"]["found"].is_u64(), "{what}: {v}");
        assert!(v["error"]["message"].as_str().unwrap().contains(&format!("(limit {limit})")), "{what}: {v}");
        assert!(start.elapsed() < Duration::from_secs(2), "{what}: answered after {:?}", start.elapsed());
    }
    let (s, _, v) =
        h.call(Method::POST, "/api/v1/audit", Some(&h.a_viewer), Body::from(hostile::far_cell_xlsx()), XLSX).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["error"]["message"], "the sheet declares 16,384 columns; at most 200 are read (limit MAX_COLUMNS)");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_serial_date_of_1e10_is_a_bad_cell_and_a_lying_header_is_unreadable() {
    let h = Harness::new().await;
    let body = Body::from(hostile::serial_date_xlsx("1e10"));
    let (s, _, v) = h.call(Method::POST, "/api/v1/audit", Some(&h.a_viewer), body, XLSX).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(
        (v["error"]["details"][0]["row"].as_u64(), v["error"]["details"][0]["field"].as_str()),
        (Some(2), Some("start_date")),
        "{v}"
    );
    let bomb = Body::from(hostile::whitespace_bomb(3 << 20));
    let (s, _, v) = h.call(Method::POST, "/api/v1/audit", Some(&h.a_viewer), bomb, XLSX).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert!(v["error"]["message"].as_str().unwrap().starts_with("cannot read the file"), "{v}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_import_writes_nothing() {
    let h = Harness::new().await;
    let (_, c) = h.post("/api/v1/companies", &h.a_editor, serde_json::json!({"name": "Target"})).await;
    let cid = c["id"].as_str().unwrap().to_string();
    for (body, ctype) in [(hostile::far_cell_xlsx(), XLSX), (hostile::wide_csv(1_000_000), "text/csv")] {
        let path = format!("/api/v1/companies/{cid}/import");
        let (s, _, v) = h.call(Method::POST, &path, Some(&h.a_editor), Body::from(body), ctype).await;
        assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        assert_eq!(v["error"]["details"]["limit"], "MAX_COLUMNS", "{v}");
    }
    let (s, people) = h.get(&format!("/api/v1/companies/{cid}/people"), &h.a_viewer).await;
    assert_eq!((s, people.as_array().map(Vec::len)), (StatusCode::OK, Some(0)), "{people}");
}

/// On a single-threaded runtime, a request can only be answered during an upload if the upload is
/// parsed somewhere else: this is the proof that parsing is off the async workers.
#[tokio::test(flavor = "current_thread")]
async fn an_ordinary_request_is_answered_while_an_upload_is_parsed() {
    let h = std::sync::Arc::new(Harness::new().await);
    let upload = {
        let h = h.clone();
        // A large, valid file: tens of thousands of people to read and audit.
        tokio::spawn(async move {
            let body = Body::from(hostile::csv(40_000));
            h.call(Method::POST, "/api/v1/audit", Some(&h.a_viewer), body, "text/csv").await
        })
    };
    tokio::time::sleep(Duration::from_millis(20)).await;
    let start = Instant::now();
    let (s, v) = h.get("/api/v1/companies", &h.a_viewer).await;
    let took = start.elapsed();
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(!upload.is_finished(), "the upload should still be being read (answered in {took:?})");
    assert!(took < Duration::from_secs(1), "an ordinary request waited {took:?} for an upload");
    let (s, _, report) = upload.await.unwrap();
    assert_eq!(s, StatusCode::OK, "{report}");
    assert_eq!(report["headcount"]["effective"], 40_000);
}

async fn boom() -> &'static str {
    panic!("a bug")
}

#[tokio::test]
async fn a_panic_in_a_handler_is_a_500_in_the_error_shape() {
    use axum::routing::get;
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let app = axum::Router::new()
        .route("/boom", get(boom))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(kzcomply_server::api::upload::panic_response));
    let res = app.oneshot(axum::http::Request::get("/boom").body(Body::empty()).unwrap()).await.unwrap();
    let status = res.status();
    let body: serde_json::Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_error(status, &body, StatusCode::INTERNAL_SERVER_ERROR, "internal");
    assert_eq!(body["error"]["details"], serde_json::Value::Null);
    assert!(!body.to_string().contains("a bug"), "the panic's message stays in the log: {body}");
}
