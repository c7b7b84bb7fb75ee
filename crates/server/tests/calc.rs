//! The calculation endpoints against figures worked out by hand from the statute (the same
//! cases as tests/golden, with the arithmetic beside them).

mod common;

use axum::http::StatusCode;
use common::{Harness, assert_error};
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn payroll_for_one_month() {
    let h = Harness::new().await;
    // 2026, citizen, 145,000 gross, personal deduction (tests/golden/payroll/2026.toml, KGD case):
    let (s, slip) = h
        .post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-03", "gross": 145000, "born": "1990-05-01"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{slip}");
    assert_eq!(slip["employee"]["opv"], 14500); // 10% × 145,000
    assert_eq!(slip["employee"]["vosms"], 2900); // 2% × 145,000
    assert_eq!(slip["employee"]["ipn"], 0); // A = 127,600 ≤ deduction 129,750 → T = 0
    assert_eq!(slip["net"], 127600); // 145,000 − 14,500 − 2,900
    assert_eq!(slip["employer"]["opvr"], 5075); // 3.5% × 145,000
    assert_eq!(slip["employer"]["so"], 6525); // 5% × (145,000 − 14,500)
    assert_eq!(slip["employer"]["oosms"], 4350); // 3% × 145,000
    assert_eq!(slip["employer"]["social_tax"], 7656); // 6% × 127,600
    assert_eq!(slip["employer_cost"], 168606); // 145,000 + 5,075 + 6,525 + 4,350 + 7,656
    assert!(slip["trace"].as_array().unwrap().len() >= 8, "every line is traced");
    // Net → gross: the smallest whole-tenge gross paying 127,600 is 145,000 again.
    let (s, slip) =
        h.post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-03", "net": 127600, "born": "1990-05-01"})).await;
    assert_eq!((s, &slip["gross"]), (StatusCode::OK, &json!(145000)), "{slip}");
}

#[tokio::test(flavor = "multi_thread")]
async fn payroll_input_errors_name_the_field() {
    let h = Harness::new().await;
    let (s, body) = h.post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-03"})).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(body["error"]["details"][0]["field"], "gross");
    // JSON that does not fit the request: a 422 naming the field (as axum's own Json would).
    let (s, body) = h.post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-13", "gross": 1})).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(body["error"]["details"][0]["field"], "period", "{body}");
    let (s, body) = h.post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-03", "gross": -5})).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(body["error"]["details"][0]["field"], "gross", "{body}");
    let (s, body) =
        h.post("/api/v1/payroll", &h.a_viewer, json!({"period": "2026-03", "gross": 100, "status": "martian"})).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(body["error"]["details"][0]["field"], "status");
}

#[tokio::test(flavor = "multi_thread")]
async fn payroll_batch_is_all_or_nothing() {
    let h = Harness::new().await;
    let row = json!({"period": "2026-03", "gross": 145000, "born": "1990-05-01"});
    let (s, out) = h.post("/api/v1/payroll/batch", &h.a_viewer, json!({"rows": [row, row]})).await;
    assert_eq!(s, StatusCode::OK, "{out}");
    assert_eq!(out["total_gross"], 290000); // 2 × 145,000
    assert_eq!(out["total_net"], 255200); // 2 × 127,600
    assert_eq!(out["total_employer_cost"], 337212); // 2 × 168,606
    let bad = json!({"period": "1990-01", "gross": 1000});
    let (s, body) = h.post("/api/v1/payroll/batch", &h.a_viewer, json!({"rows": [row, bad, row]})).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(
        body["error"]["details"],
        json!([{"row": 2, "field": "period", "message": body["error"]["details"][0]["message"]}])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn deadline_fine_and_calendar() {
    let h = Harness::new().await;
    // tests/golden/deadlines/esutd.toml: signed Thu 19 Mar 2026 + 5 working days: Fri 20 (1);
    // Sat 21 – Wed 25 off (weekend, Nauryz 23, carry-overs 24–25); Thu 26 (2), Fri 27 (3),
    // Mon 30 (4), Tue 31 (5) → due 31 Mar; on 2 Apr, nothing filed: overdue by 2 days.
    let (s, d) = h
        .post(
            "/api/v1/deadlines",
            &h.a_viewer,
            json!({"event": "esutd-new-contract", "date": "2026-03-19", "as_of": "2026-04-02"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{d}");
    assert_eq!(
        (d["due"].as_str(), d["status"].as_str(), d["days"].as_i64()),
        (Some("2026-03-31"), Some("overdue"), Some(2))
    );
    // tests/golden/fines.toml: ESUTD late entry by a micro business on 1 Apr 2026: 60 MRP × 4,325 = 259,500.
    let (s, f) = h
        .post("/api/v1/fines", &h.a_viewer, json!({"violation": "esutd-late", "on": "2026-04-01", "offender": "micro"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{f}");
    assert_eq!(f["amount_kzt"], 259500);
    let (s, body) = h
        .post("/api/v1/fines", &h.a_viewer, json!({"violation": "jaywalking", "on": "2026-04-01", "offender": "micro"}))
        .await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    // The calendar answers with the year's holidays (Nauryz: 21–23 March).
    let (s, cal) = h.get("/api/v1/calendar?year=2026", &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK, "{cal}");
    let text = cal.to_string();
    assert!(text.contains("2026-03-23"), "Nauryz 23 March is in the 2026 calendar");
    let (s, body) = h.get("/api/v1/calendar?year=abc", &h.a_viewer).await;
    assert_error(s, &body, StatusCode::BAD_REQUEST, "bad_request");
}

#[tokio::test(flavor = "multi_thread")]
async fn pensioners_and_the_hire_month_over_the_api() {
    let h = Harness::new().await;
    let pay = |extra: serde_json::Value| {
        let mut body = json!({"period": "2026-03", "gross": 300000, "born": "1960-02-01"});
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        body
    };
    // Age pensioner, 300,000 in 2026: no OPV, VOSMS, OPVR, SO or OOSMS (rules/kz exemptions).
    // Social tax 6% × (300,000 − 0 − 0) = 18,000.
    let (s, slip) = h.post("/api/v1/payroll", &h.a_viewer, pay(json!({"pensioner": "age"}))).await;
    assert_eq!(s, StatusCode::OK, "{slip}");
    assert_eq!(slip["employee"]["opv"], 0);
    assert_eq!(slip["employee"]["vosms"], 0);
    assert_eq!(
        (&slip["employer"]["opvr"], &slip["employer"]["so"], &slip["employer"]["oosms"]),
        (&json!(0), &json!(0), &json!(0))
    );
    assert_eq!(slip["employer"]["social_tax"], 18000);
    // `true` still means an age pensioner.
    let (_, same) = h.post("/api/v1/payroll", &h.a_viewer, pay(json!({"pensioner": true}))).await;
    assert_eq!(same["employer_cost"], slip["employer_cost"]);
    // Seniority pensioner: only OPVR is exempt (and born 1960 exempts it anyway); OPV 10% × 300,000
    // = 30,000; VOSMS 2% = 6,000; SO 5% × 270,000 = 13,500; OOSMS 3% = 9,000;
    // social tax 6% × (300,000 − 30,000 − 6,000) = 6% × 264,000 = 15,840.
    let (s, slip) = h.post("/api/v1/payroll", &h.a_viewer, pay(json!({"pensioner": "seniority"}))).await;
    assert_eq!(s, StatusCode::OK, "{slip}");
    assert_eq!((&slip["employee"]["opv"], &slip["employee"]["vosms"]), (&json!(30000), &json!(6000)));
    assert_eq!((&slip["employer"]["opvr"], &slip["employer"]["so"]), (&json!(0), &json!(13500)));
    assert_eq!((&slip["employer"]["oosms"], &slip["employer"]["social_tax"]), (&json!(9000), &json!(15840)));
    let (s, body) = h.post("/api/v1/payroll", &h.a_viewer, pay(json!({"pensioner": "early"}))).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(body["error"]["details"][0]["field"], "pensioner");
    // 50,000 in March 2026: social tax base 50,000 − 5,000 − 1,000 = 44,000, below the 14 MRP floor
    // (14 × 4,325 = 60,550): 6% × 60,550 = 3,633 in an ordinary month, 6% × 44,000 = 2,640 in the
    // month of hiring or dismissal.
    let small = |extra: serde_json::Value| {
        let mut body = json!({"period": "2026-03", "gross": 50000, "born": "1990-05-01"});
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        body
    };
    let (_, ordinary) = h.post("/api/v1/payroll", &h.a_viewer, small(json!({}))).await;
    assert_eq!(ordinary["employer"]["social_tax"], 3633, "{ordinary}");
    for flag in ["hired_this_month", "dismissed_this_month"] {
        let (s, slip) = h.post("/api/v1/payroll", &h.a_viewer, small(json!({flag: true}))).await;
        assert_eq!(s, StatusCode::OK, "{slip}");
        assert_eq!(slip["employer"]["social_tax"], 2640, "{flag}: {slip}");
    }
}
