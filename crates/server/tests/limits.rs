//! Honest limits on the API (issue 13): amounts above `Money::MAX_INPUT` are a 422 naming the
//! field, totals are checked, the batch sends traces only when asked, a dry run of an import runs
//! the import's own checks and counts, exports are safe to open in a spreadsheet, and every error —
//! 405, 413, 415, an unknown route, a malformed body — is in the one shape, in our words.

mod common;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::{Harness, assert_error};
use serde_json::{Value, json};

/// i64::MAX tiyn: the gross of the attack (an employer cost of −86.7 quadrillion before).
const ATTACK: &str = "92233720368547758.07";

#[tokio::test]
async fn a_gross_above_the_limit_is_a_422_naming_gross() {
    let h = Harness::new().await;
    for gross in [json!(ATTACK.parse::<Value>().unwrap()), json!(ATTACK), json!(1_000_000_000_001u64)] {
        let (s, v) = h.post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-03", "gross": gross})).await;
        assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        assert_eq!(v["error"]["details"][0]["field"], "gross", "{v}");
        let message = v["error"]["details"][0]["message"].as_str().unwrap();
        assert!(message.contains("above the largest amount accepted, 1,000,000,000,000 tenge"), "{v}");
        assert!(!v.to_string().contains("Failed to deserialize"), "library wording: {v}");
    }
    for field in ["net", "ytd_taxable", "ytd_ipn"] {
        let mut body = json!({"period": "2026-03", "gross": 100000});
        if field == "net" {
            body = json!({"period": "2026-03"});
        }
        body[field] = json!(ATTACK);
        let (s, v) = h.post("/api/v1/payroll", &h.a_viewer, body).await;
        assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        assert_eq!(v["error"]["details"][0]["field"], field, "{v}");
    }
}

/// Worked by hand in crates/law/tests/properties.rs (`the_largest_gross_worked_by_hand`): 2026,
/// a citizen, gross 10^12: net 850,001,467,437, employer cost 1,060,000,252,960.
#[tokio::test]
async fn the_largest_gross_is_computed_exactly() {
    let h = Harness::new().await;
    let (s, v) =
        h.post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-03", "gross": 1_000_000_000_000u64})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["net"], 850_001_467_437u64);
    assert_eq!(v["employer_cost"], 1_060_000_252_960u64);
    assert_eq!(v["employee"]["ipn"], 149_998_073_563u64);
}

#[tokio::test]
async fn a_batch_names_the_row_and_adds_up_exactly() {
    let h = Harness::new().await;
    let row = json!({"period": "2026-03", "gross": 1_000_000_000_000u64});
    let bad = json!({"period": "2026-03", "gross": ATTACK});
    let (s, v) = h.post("/api/v1/payroll/batch", &h.a_viewer, json!({"rows": [row, bad]})).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(v["error"]["details"][0]["row"], 2, "{v}");
    assert_eq!(v["error"]["details"][0]["field"], "gross", "{v}");
    assert!(v["error"]["message"].as_str().unwrap().starts_with("row 2, gross:"), "{v}");

    // Three months at the limit: 3 × 10^12 gross, 3 × 850,001,467,437 = 2,550,004,402,311 net,
    // 3 × 1,060,000,252,960 = 3,180,000,758,880 employer cost: exact, never wrapped.
    let (s, v) = h.post("/api/v1/payroll/batch", &h.a_viewer, json!({"rows": [row, row, row]})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["total_gross"], 3_000_000_000_000u64);
    assert_eq!(v["total_net"], 2_550_004_402_311u64);
    assert_eq!(v["total_employer_cost"], 3_180_000_758_880u64);
}

#[tokio::test]
async fn a_batch_sends_traces_only_when_asked() {
    let h = Harness::new().await;
    let rows: Vec<Value> = (0..3).map(|i| json!({"period": "2026-03", "gross": 145000 + i})).collect();
    let traces = |v: &Value| {
        v["results"].as_array().unwrap().iter().map(|r| r["trace"].as_array().unwrap().len()).collect::<Vec<_>>()
    };

    let (s, v) = h.post("/api/v1/payroll/batch", &h.a_viewer, json!({"rows": rows})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(traces(&v), [0, 0, 0]);
    assert_eq!(v["results"][0]["net"], 127_600); // the published 145,000 case

    let (s, v) = h.post("/api/v1/payroll/batch?trace=true", &h.a_viewer, json!({"rows": rows})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(traces(&v).iter().all(|&n| n == 9), "{:?}", traces(&v));

    let (s, v) = h.post("/api/v1/payroll/batch", &h.a_viewer, json!({"rows": rows, "trace": true})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(traces(&v).iter().all(|&n| n == 9));

    // Bounded: 101 rows with traces, or 10,001 without, are refused before any is computed.
    let many: Vec<Value> = (0..101).map(|_| json!({"period": "2026-03", "gross": 145000})).collect();
    let (s, v) = h.post("/api/v1/payroll/batch?trace=true", &h.a_viewer, json!({"rows": many})).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(v["error"]["details"][0]["field"], "trace", "{v}");
    let too_many = format!("{{\"rows\": [{}]}}", vec![r#"{"period":"2026-03","gross":1}"#; 10_001].join(","));
    let (s, _, v) = h
        .call(Method::POST, "/api/v1/payroll/batch", Some(&h.a_viewer), Body::from(too_many), "application/json")
        .await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(v["error"]["details"][0]["field"], "rows", "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("at most 10,000 rows"), "{v}");
}

async fn company(h: &Harness) -> String {
    let (s, c) = h.post("/api/v1/companies", &h.a_editor, json!({"name": "Limits LLP", "bin": "231140005271"})).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    c["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn stored_pay_above_the_limit_is_refused_and_the_limit_is_stored_exactly() {
    let h = Harness::new().await;
    let cid = company(&h).await;
    let person = json!({"ext_id": "E1", "full_name": "Айдос Серікбаев", "iin": "880315301121", "citizenship": "KZ"});
    let (s, p) = h.post(&format!("/api/v1/companies/{cid}/people"), &h.a_editor, person).await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    let pid = p["id"].as_str().unwrap();
    let contract = |gross: Value, allowances: Value| {
        json!({"engagement": "direct", "position": "Director", "department": "Management", "role_category": 1,
               "monthly_gross": gross, "allowances_monthly": allowances, "start_date": "2025-01-10", "term": "indefinite"})
    };
    let path = format!("/api/v1/people/{pid}/contracts");
    // The attack's salary: refused by the JSON reader, naming the field.
    let (s, v) = h.post(&path, &h.a_editor, contract(json!(ATTACK), json!(0))).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(v["error"]["details"][0]["field"], "monthly_gross", "{v}");
    // Two amounts each within the limit whose month is not: refused by the contract's validation.
    let (s, v) = h.post(&path, &h.a_editor, contract(json!(1_000_000_000_000u64), json!(1))).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(v["error"]["details"][0]["field"], "monthly_gross", "{v}");
    // At the limit: the stored January 2026 is the hand-worked month (no year to date yet).
    let (s, v) = h.post(&path, &h.a_editor, contract(json!(1_000_000_000_000u64), json!(0))).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let (s, v) = h.post(&format!("/api/v1/companies/{cid}/payroll/2026-01"), &h.a_editor, json!({})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v[0]["gross"], 1_000_000_000_000u64, "{v}");
    assert_eq!(v[0]["net"], 850_001_467_437u64, "{v}");
    assert_eq!(v[0]["employer_cost"], 1_060_000_252_960u64, "{v}");
}

/// A small workforce file whose ids and names are formulas.
fn hostile_csv(iin_of_second: &str) -> String {
    "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date,contract_date,esutd_registered_on\n"
        .to_string()
        + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",+Aidos,880315301121,KZ,direct,Engineer,IT,3,400000,2026-01-12,2026-01-09,\n"
        + &format!("@SUM(A1:A9),-2+3+cmd,{iin_of_second},KZ,direct,Engineer,IT,3,400000,2026-01-12,2026-01-09,\n")
}

async fn import(h: &Harness, cid: &str, csv: &str, dry_run: bool) -> (StatusCode, Value) {
    let path = format!("/api/v1/companies/{cid}/import?dry_run={dry_run}&file_name=staff.csv");
    let (s, _, v) = h.call(Method::POST, &path, Some(&h.a_editor), Body::from(csv.to_string()), "text/csv").await;
    (s, v)
}

#[tokio::test]
async fn the_findings_csv_neutralises_formulas() {
    let h = Harness::new().await;
    let cid = company(&h).await;
    let (s, v) = import(&h, &cid, &hostile_csv("870614403297"), false).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, ctype, body) = h
        .call(
            Method::GET,
            &format!("/api/v1/companies/{cid}/report?format=csv&as_of=2026-06-01"),
            Some(&h.a_viewer),
            Body::empty(),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/csv"), "{ctype}");
    let text = body.as_str().unwrap().to_string();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut registration = 0;
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula cell {cell:?} in\n{text}");
        }
        if &record[1] == "esutd-registration-overdue" {
            registration += 1;
            assert!(record[2].starts_with("'=HYPERLINK(") || record[2].starts_with("'@SUM("), "{:?}", &record[2]);
            assert!(
                record[5].starts_with("'=") || record[5].starts_with("'@"),
                "the message quotes the id: {:?}",
                &record[5]
            );
        }
    }
    assert!(registration >= 1, "no registration finding in\n{text}");
}

#[tokio::test]
async fn a_dry_run_reports_what_the_import_then_does() {
    let h = Harness::new().await;
    let cid = company(&h).await;
    let file = hostile_csv("870614403297");
    let summary = |v: &Value| v["summary"].clone();

    let (s, dry) = import(&h, &cid, &file, true).await;
    assert_eq!(s, StatusCode::OK, "{dry}");
    assert_eq!(dry["dry_run"], true);
    // Two new people, each with a `signed` event (the contract date).
    let want = json!({"rows": 2, "people_created": 2, "people_updated": 0, "people_unchanged": 0, "events_added": 2});
    assert_eq!(summary(&dry), want, "{dry}");
    let (s, people) = h.get(&format!("/api/v1/companies/{cid}/people"), &h.a_viewer).await;
    assert_eq!((s, people.as_array().unwrap().len()), (StatusCode::OK, 0), "the dry run wrote: {people}");

    let (s, real) = import(&h, &cid, &file, false).await;
    assert_eq!(s, StatusCode::OK, "{real}");
    assert_eq!(summary(&real), want, "the import did what the dry run said");

    // The same file again: every person left as they are, no new event.
    let unchanged =
        json!({"rows": 2, "people_created": 0, "people_updated": 0, "people_unchanged": 2, "events_added": 0});
    let (_, dry) = import(&h, &cid, &file, true).await;
    assert_eq!(summary(&dry), unchanged, "{dry}");
    let (_, real) = import(&h, &cid, &file, false).await;
    assert_eq!(summary(&real), unchanged, "{real}");

    // One salary changed: one updated, one unchanged.
    let raised = file.replacen("Engineer,IT,3,400000", "Engineer,IT,3,450000", 1);
    let updated =
        json!({"rows": 2, "people_created": 0, "people_updated": 1, "people_unchanged": 1, "events_added": 0});
    let (_, dry) = import(&h, &cid, &raised, true).await;
    assert_eq!(summary(&dry), updated, "{dry}");
    let (_, real) = import(&h, &cid, &raised, false).await;
    assert_eq!(summary(&real), updated, "{real}");
}

#[tokio::test]
async fn a_dry_run_refuses_what_the_import_refuses() {
    let h = Harness::new().await;
    let cid = company(&h).await;
    let file = hostile_csv("123");
    let (s, dry) = import(&h, &cid, &file, true).await;
    assert_error(s, &dry, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let (s, real) = import(&h, &cid, &file, false).await;
    assert_error(s, &real, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(dry["error"]["details"], real["error"]["details"], "the same problems");
    assert!(dry.to_string().contains("iin"), "{dry}");
    // A viewer may no more dry-run an import than run one.
    let path = format!("/api/v1/companies/{cid}/import?dry_run=true");
    let (s, _, v) =
        h.call(Method::POST, &path, Some(&h.a_viewer), Body::from(hostile_csv("870614403297")), "text/csv").await;
    assert_error(s, &v, StatusCode::FORBIDDEN, "forbidden");
}

#[tokio::test]
async fn every_error_is_in_the_one_shape_in_our_words() {
    let h = Harness::new().await;
    let library = |v: &Value| {
        let t = v.to_string();
        assert!(!t.contains("Failed to") && !t.contains("Expected request with") && !t.contains("length limit"), "{t}");
    };
    // 405 with the Allow header kept.
    let (s, _, v) =
        h.call(Method::DELETE, "/api/v1/payroll", Some(&h.a_viewer), Body::empty(), "application/json").await;
    assert_error(s, &v, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
    // Unknown API route, and an unknown route outside the API (a page for the dashboard).
    let (s, v) = h.get("/api/v1/nothing-here", &h.a_viewer).await;
    assert_error(s, &v, StatusCode::NOT_FOUND, "not_found");
    let (s, ctype, _) = h.call(Method::GET, "/nothing-here", None, Body::empty(), "").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(ctype.starts_with("text/html"), "{ctype}");
    // A dashboard path with the wrong method: a 405 page in the site's layout, not an empty body.
    let (s, ctype, page) = h.call(Method::PUT, "/login", None, Body::empty(), "").await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
    assert!(ctype.starts_with("text/html") && page.as_str().unwrap().contains("405"), "{ctype} {page}");
    // 413: a body over the limit.
    let big = vec![b' '; kzcomply_server::BODY_LIMIT + 1];
    let (s, _, v) =
        h.call(Method::POST, "/api/v1/payroll", Some(&h.a_viewer), Body::from(big), "application/json").await;
    assert_error(s, &v, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
    library(&v);
    // 415: JSON sent as something else.
    let (s, _, v) = h.call(Method::POST, "/api/v1/payroll", Some(&h.a_viewer), Body::from("{}"), "text/plain").await;
    assert_error(s, &v, StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
    library(&v);
    // 400: not JSON at all, with where it breaks.
    let (s, _, v) = h
        .call(Method::POST, "/api/v1/payroll", Some(&h.a_viewer), Body::from("{\"period\": "), "application/json")
        .await;
    assert_error(s, &v, StatusCode::BAD_REQUEST, "bad_request");
    library(&v);
    let (s, _, v) = h
        .call(
            Method::POST,
            "/api/v1/payroll",
            Some(&h.a_viewer),
            Body::from(r#"{"period": "2026-03", "gross": 1} trailing"#),
            "application/json",
        )
        .await;
    assert_error(s, &v, StatusCode::BAD_REQUEST, "bad_request");
    assert!(v["error"]["message"].as_str().unwrap().contains("line 1, column"), "{v}");
    // 422: JSON that does not fit, naming the field.
    let cases = [
        (json!({"gross": 1}), "period", "is required"),
        (json!({"period": "2026-03", "gross": 1, "salary": 5}), "salary", "is not a field of this request"),
        (json!({"period": "2026-03", "gross": 1, "disability": "two"}), "disability", "expected a whole number"),
        (
            json!({"period": "2026-03", "gross": 1, "hired_this_month": "yes"}),
            "hired_this_month",
            "expected true or false",
        ),
    ];
    for (body, field, words) in cases {
        let (s, v) = h.post("/api/v1/payroll", &h.a_viewer, body).await;
        assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        assert_eq!(v["error"]["details"][0]["field"], field, "{v}");
        assert!(v["error"]["details"][0]["message"].as_str().unwrap().contains(words), "{v}");
        library(&v);
    }
    // A bad query parameter: a 400 naming it.
    let (s, v) = h.get("/api/v1/calendar?year=twenty", &h.a_viewer).await;
    assert_error(s, &v, StatusCode::BAD_REQUEST, "bad_request");
    assert_eq!(v["error"]["details"]["parameter"], "year", "{v}");
    library(&v);
}

#[tokio::test]
async fn the_document_lists_the_shared_errors_on_every_operation() {
    let h = Harness::new().await;
    let (s, doc) = h.get("/api/openapi.json", &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    let paths = doc["paths"].as_object().unwrap();
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            for status in ["400", "401", "500"] {
                assert!(responses.contains_key(status), "{method} {path} lacks {status}");
            }
            if path.contains('{') {
                assert!(responses.contains_key("404"), "{method} {path} lacks 404");
            }
            if op.get("requestBody").is_some() {
                assert!(responses.contains_key("413") && responses.contains_key("422"), "{method} {path}");
            }
        }
    }
    let batch = &paths["/api/v1/payroll/batch"]["post"];
    assert_eq!(
        batch["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/PayrollBatchResult"
    );
}
