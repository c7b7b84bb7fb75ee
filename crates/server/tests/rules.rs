//! Rule values per organisation, through the router: an admin of organisation A enters the 2027
//! MRP and minimum wage; A's payroll, fines and coverage use them, organisation B's do not; each
//! change is in A's audit log; a value that breaks the rules is refused with the loader's words;
//! the Rules page, the coverage banner and the dashboard's error page for a period past coverage.
//!
//! Hand-worked figures (MRP 4,500 and MZP 85,000 as entered, 2027 statute otherwise): January 2027,
//! gross 145,000, citizen, born unknown:
//!   OPV 10% × 145,000 = 14,500; VOSMS 2% × 145,000 = 2,900; deduction 30 × 4,500 = 135,000 caps at
//!   127,600 → IPN 0; net 145,000 − 14,500 − 2,900 = 127,600; OPVR 4.5% × 145,000 = 6,525;
//!   SO 5% × 130,500 = 6,525; OOSMS 3% × 145,000 = 4,350; social tax 6% × 127,600 = 7,656;
//!   employer cost 145,000 + 6,525 + 6,525 + 4,350 + 7,656 = 170,056.
//! A late ESUTD registration by a small business on 1 March 2027 (CoAO art. 98 part 1-1, 60 MRP):
//!   60 × 4,500 = 270,000.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::{Harness, assert_error};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

fn value(parameter: &str, v: &str) -> Value {
    json!({
        "parameter": parameter,
        "since": "2027-01-01",
        "until": "2027-12-31",
        "value": v,
        "source": "Law of RK 'On the republican budget for 2027-2029' (test)",
        "reference": "https://adilet.zan.kz/rus/docs/test",
        "note": "entered the day the law was signed"
    })
}

async fn enter_2027(h: &Harness, token: &str) -> (String, String) {
    let (s, mrp) = h.post("/api/v1/rules/values", token, value("mrp", "4500 KZT")).await;
    assert_eq!(s, StatusCode::CREATED, "{mrp}");
    let (s, mzp) = h.post("/api/v1/rules/values", token, value("mzp", "85000 KZT")).await;
    assert_eq!(s, StatusCode::CREATED, "{mzp}");
    (mrp["id"].as_str().unwrap().to_string(), mzp["id"].as_str().unwrap().to_string())
}

const JANUARY_2027: &str = r#"{"period": "2027-01", "gross": 145000}"#;

#[tokio::test(flavor = "multi_thread")]
async fn an_organisations_values_apply_to_it_and_to_nobody_else() {
    let h = Harness::new().await;
    // Before: neither organisation can compute January 2027, and the answer says what to add.
    let (s, body) = h.post("/api/v1/payroll", &h.a_admin, serde_json::from_str(JANUARY_2027).unwrap()).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let message = body["error"]["message"].as_str().unwrap();
    for w in ["mrp (from 2027-01-01)", "mzp (from 2027-01-01)", "Rules page", "/api/v1/rules/values"] {
        assert!(message.contains(w), "{w:?} in {message}");
    }

    let (mrp_id, _) = enter_2027(&h, &h.a_admin).await;
    let (s, list) = h.get("/api/v1/rules/values", &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    assert_eq!(list[0]["entered_by"], "a@example.kz");
    assert_eq!(list[0]["value"], "4500 KZT");

    // A computes January 2027 with its values, and the trace says who entered the MRP.
    let (s, slip) = h.post("/api/v1/payroll", &h.a_viewer, serde_json::from_str(JANUARY_2027).unwrap()).await;
    assert_eq!(s, StatusCode::OK, "{slip}");
    assert_eq!((slip["net"].as_f64(), slip["employer_cost"].as_f64()), (Some(127_600.0), Some(170_056.0)), "{slip}");
    assert_eq!(slip["employer"]["opvr"].as_f64(), Some(6_525.0));
    let ipn = slip["trace"].as_array().unwrap().iter().find(|l| l["line"] == "ipn").unwrap();
    let mrp = ipn["sources"].as_array().unwrap().iter().find(|s| s["parameter"] == "mrp").unwrap();
    assert_eq!(mrp["origin"]["kind"], "entered", "{mrp}");
    assert_eq!(mrp["origin"]["by"], "a@example.kz");
    assert_eq!(mrp["origin"]["id"], mrp_id.as_str());
    assert!(mrp["source"].as_str().unwrap().contains("2027-2029"), "{mrp}");

    // Fines in 2027 are priced at A's MRP: 60 × 4,500 = 270,000.
    let fine = json!({"violation": "esutd-late", "on": "2027-03-01", "offender": "small"});
    let (s, f) = h.post("/api/v1/fines", &h.a_viewer, fine.clone()).await;
    assert_eq!(s, StatusCode::OK, "{f}");
    assert_eq!(f["amount_kzt"].as_f64(), Some(270_000.0), "{f}");

    // B is unaffected: no 2027 payroll, no 2027 fine, its own coverage still ends in 2026.
    let (s, body) = h.post("/api/v1/payroll", &h.b_admin, serde_json::from_str(JANUARY_2027).unwrap()).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let (s, body) = h.post("/api/v1/fines", &h.b_admin, fine).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(body["error"]["details"]["missing_rules"][0]["parameter"], "mrp", "{body}");
    let (_, b_list) = h.get("/api/v1/rules/values", &h.b_admin).await;
    assert_eq!(b_list, json!([]));
    let (s, b_status) = h.get("/api/v1/rules/status?on=2026-12-01", &h.b_admin).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!((b_status["covered_until"].as_str(), b_status["days_left"].as_i64()), (Some("2026-12-31"), Some(30)));
    assert_eq!(b_status["missing"][0]["parameter"], "mrp");
    // A's coverage now reaches the end of 2027 (its indices and the provisional 2027 calendar).
    let (_, a_status) = h.get("/api/v1/rules/status?on=2026-12-01", &h.a_viewer).await;
    assert_eq!(a_status["covered_until"], "2027-12-31", "{a_status}");
    assert_eq!(a_status["provisional"][0]["until"], "2027-12-31");
    // B cannot see or retire A's value.
    let (s, body) = h.send(Method::DELETE, &format!("/api/v1/rules/values/{mrp_id}"), &h.b_admin, json!(null)).await;
    assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    // The parameters in force for A on 1 March 2027 show the entered MRP with its origin.
    let (_, params) = h.get("/api/v1/rules?on=2027-03-01", &h.a_viewer).await;
    let mrp = params.as_array().unwrap().iter().find(|p| p["parameter"] == "mrp").unwrap();
    assert_eq!((mrp["value"].as_str(), mrp["origin"]["kind"].as_str()), (Some("4500 KZT"), Some("entered")));
}

#[tokio::test(flavor = "multi_thread")]
async fn retiring_a_value_stops_it_and_every_change_is_logged() {
    let h = Harness::new().await;
    let (mrp_id, mzp_id) = enter_2027(&h, &h.a_admin).await;
    // Retiring the MZP alone is fine: 2027 has no MZP again, which is no gap (the history ends).
    let (s, retired) = h.send(Method::DELETE, &format!("/api/v1/rules/values/{mzp_id}"), &h.a_admin, json!(null)).await;
    assert_eq!(s, StatusCode::OK, "{retired}");
    assert!(retired["retired_at"].is_string(), "{retired}");
    let (_, list) = h.get("/api/v1/rules/values", &h.a_admin).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let (_, all) = h.get("/api/v1/rules/values?include_retired=true", &h.a_admin).await;
    assert_eq!(all.as_array().unwrap().len(), 2);
    let (s, body) = h.post("/api/v1/payroll", &h.a_admin, serde_json::from_str(JANUARY_2027).unwrap()).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert!(body["error"]["message"].as_str().unwrap().contains("mzp (from 2027-01-01)"), "{body}");
    // Retiring twice: it is no longer in force.
    let (s, body) = h.send(Method::DELETE, &format!("/api/v1/rules/values/{mzp_id}"), &h.a_admin, json!(null)).await;
    assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
    // The audit log has both creations and the retirement, with the old and new value.
    let (_, log) = h.get("/api/v1/audit-log?entity=rule_value", &h.a_admin).await;
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 3, "{log}");
    assert_eq!((entries[0]["action"].as_str(), entries[0]["entity_id"].as_str()), (Some("update"), Some(&*mzp_id)));
    assert!(entries[0]["new_value"]["retired_at"].is_string());
    assert!(entries.iter().any(|e| e["action"] == "create" && e["entity_id"] == mrp_id.as_str()));
    let (_, b_log) = h.get("/api/v1/audit-log?entity=rule_value", &h.b_admin).await;
    assert_eq!(b_log, json!([]));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_value_that_breaks_the_rules_is_refused_with_the_loaders_message() {
    let h = Harness::new().await;
    let cases: Vec<(Value, &[&str])> = vec![
        (value("mrp", "4500"), &["mrp", "a number and a unit"]),
        (
            json!({"parameter": "mrp", "since": "2027-02-01", "value": "4500 KZT", "source": "s", "reference": "r"}),
            &["gap", "2027-01-01"],
        ),
        (
            json!({"parameter": "mrp", "since": "2027-01-01", "value": "4500 KZT", "source": "", "reference": "r"}),
            &["missing `source`"],
        ),
        (value("no.such.parameter", "1%"), &["no.such.parameter", "no such parameter"]),
        (value("opvr.rate", "4.5"), &["a rate ends with %"]),
    ];
    for (v, wanted) in cases {
        let (s, body) = h.post("/api/v1/rules/values", &h.a_admin, v.clone()).await;
        assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        let message = body["error"]["message"].as_str().unwrap();
        for w in wanted {
            assert!(message.contains(w), "{w:?} in {message} for {v}");
        }
        assert!(body["error"]["details"].as_array().is_some_and(|d| !d.is_empty()), "{body}");
    }
    // Only admins add values; a body that does not fit the request is a 422 naming the field.
    let (s, body) = h.post("/api/v1/rules/values", &h.a_editor, value("mrp", "4500 KZT")).await;
    assert_error(s, &body, StatusCode::FORBIDDEN, "forbidden");
    let (s, body) = h.post("/api/v1/rules/values", &h.a_admin, json!({"parameter": "mrp", "since": "soon"})).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let (_, list) = h.get("/api/v1/rules/values?include_retired=true", &h.a_admin).await;
    assert_eq!(list, json!([]), "nothing was stored");
}

/// An admin's browser session for organisation A: (cookie, csrf).
async fn admin_session(h: &Harness) -> (String, String) {
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let csrf = h.store.session(&secret).await.unwrap().unwrap().csrf;
    (format!("kzc_session={secret}"), csrf)
}

async fn page(h: &Harness, req: Request<Body>) -> (StatusCode, String, String) {
    let res = h.app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let ctype = res.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, ctype, String::from_utf8_lossy(&body).into_owned())
}

fn form(path: &str, cookie: &str, body: String) -> Request<Body> {
    Request::post(path)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_rules_page_adds_values_and_keeps_a_refused_form() {
    let h = Harness::new().await;
    let (cookie, csrf) = admin_session(&h).await;
    let get = |path: &str| Request::get(path).header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let (s, _, html) = page(&h, get("/settings/rules")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("2026-12-31") && html.contains("<code>mrp</code>"), "coverage and what is missing");
    assert!(html.contains("id=\"add-value\""), "admins get the form");
    // The built-in rules end on 2026-12-31: from 60 days before, every admin page has the banner.
    assert!(html.contains("id=\"rules-banner\"") && html.contains("mrp (from 2027-01-01)"), "banner");

    // A value without a unit is refused: the loader's words, and the form as typed.
    let bad = format!(
        "csrf={csrf}&parameter=mrp&since=2027-01-01&until=2027-12-31&value=4500&source=Budget+law+2027&reference=https%3A%2F%2Fadilet.zan.kz%2Fx&note="
    );
    let (s, _, html) = page(&h, form("/settings/rules", &cookie, bad)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("a number and a unit"), "the loader's message");
    assert!(html.contains("value=\"Budget law 2027\"") && html.contains("value=\"4500\""), "kept what was typed");
    // A good value (dates may be typed DD.MM.YYYY) is stored.
    let good = format!(
        "csrf={csrf}&parameter=mrp&since=01.01.2027&until=31.12.2027&value=4500+KZT&source=Budget+law+2027&reference=https%3A%2F%2Fadilet.zan.kz%2Fx&note="
    );
    let (s, _, html) = page(&h, form("/settings/rules", &cookie, good)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("4500 KZT") && html.contains("a@example.kz"), "listed with who entered it");
    let (_, list) = h.get("/api/v1/rules/values", &h.a_admin).await;
    assert_eq!(list[0]["since"], "2027-01-01");
    // A wrong CSRF field is refused with a page, not raw JSON.
    let (s, ctype, html) = page(&h, form("/settings/rules", &cookie, "csrf=nope&parameter=mrp".into())).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(ctype.starts_with("text/html") && html.contains("reload the page"), "{ctype}: {html}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_payroll_past_coverage_is_a_page_that_says_what_to_add() {
    let h = Harness::new().await;
    let (cid, ..) = h.seed_a().await;
    let (cookie, csrf) = admin_session(&h).await;
    let (s, ctype, html) =
        page(&h, form(&format!("/companies/{cid}/payroll"), &cookie, format!("csrf={csrf}&period=2027-01"))).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(ctype.starts_with("text/html"), "a page, never raw JSON: {ctype}");
    assert!(html.contains("<code>mrp</code>") && html.contains("<code>mzp</code>"), "{html}");
    assert!(html.contains("href=\"/settings/rules\""), "links to the Rules page");
    // With the values entered, the same form computes and saves the month.
    enter_2027(&h, &h.a_admin).await;
    let (s, _, _) =
        page(&h, form(&format!("/companies/{cid}/payroll"), &cookie, format!("csrf={csrf}&period=2027-01"))).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
}
