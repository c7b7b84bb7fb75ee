//! The payroll month through the router (docs/payroll-run.md), without a network: a person's
//! payroll facts, accruals (JSON and CSV, all or nothing), the draft, approve, close, the 409s of a
//! closed month, a late accrual carried into the next month as a correction (numbers worked by
//! hand from the statute), payslips (HTML in Kazakh, PDF), the register (CSV with a BOM in
//! Russian), tenancy, roles, and the payroll page's size at 5,000 people.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::{Harness, assert_error};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

/// A company (BIN 231140005271) with one citizen born in 1990 on a 300,000 salary since 2025.
async fn seed(h: &Harness) -> (String, String) {
    let (s, c) = h.post("/api/v1/companies", &h.a_editor, json!({"name": "Steppe LLP", "bin": "231140005271"})).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    let cid = c["id"].as_str().unwrap().to_string();
    let person = json!({"ext_id": "E1", "full_name": "Айдос Серікбаев", "iin": "880315301121", "citizenship": "KZ",
        "payroll": {"birth_date": "1990-05-01", "week": 5, "tax_resident": true}});
    let (s, p) = h.post(&format!("/api/v1/companies/{cid}/people"), &h.a_editor, person).await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    let pid = p["id"].as_str().unwrap().to_string();
    let contract = json!({"engagement": "direct", "position": "Engineer", "department": "IT", "role_category": 3,
        "monthly_gross": 300000, "start_date": "2025-01-10", "term": "indefinite"});
    let (s, k) = h.post(&format!("/api/v1/people/{pid}/contracts"), &h.a_editor, contract).await;
    assert_eq!(s, StatusCode::CREATED, "{k}");
    (cid, pid)
}

async fn raw(h: &Harness, path: &str, token: &str) -> (StatusCode, String, Vec<u8>) {
    let req = Request::get(path).header(header::AUTHORIZATION, format!("Bearer {token}")).body(Body::empty()).unwrap();
    let res = h.app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let ctype = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    (status, ctype, res.into_body().collect().await.unwrap().to_bytes().to_vec())
}

fn person(run: &Value) -> &Value {
    &run["run"]["people"][0]
}

#[tokio::test(flavor = "multi_thread")]
async fn the_full_month_draft_approve_close_and_a_correction() {
    let h = Harness::new().await;
    let (cid, pid) = seed(&h).await;

    // The facts read back on the person.
    let (s, p) = h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(p["payroll"]["birth_date"], "1990-05-01", "{p}");
    assert_eq!(p["payroll"]["week"], 5, "{p}");
    assert_eq!(p["payroll"]["tax_resident"], true, "{p}");

    // Accruals are all or nothing: an unknown kind in row 2 refuses row 1 too, naming row 2.
    let accruals = format!("/api/v1/companies/{cid}/accruals");
    let body = json!({"period": "2026-03", "rows": [
        {"person_id": pid, "kind": "bonus", "amount": 1000},
        {"person_id": pid, "kind": "golden_parachute", "amount": 5}]});
    let (s, v) = h.post(&accruals, &h.a_editor, body).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(v["error"]["details"][0]["row"], 2, "{v}");
    assert_eq!(v["error"]["details"][0]["field"], "kind", "{v}");
    let (s, list) = h.get(&format!("{accruals}?period=2026-03"), &h.a_viewer).await;
    assert_eq!((s, list), (StatusCode::OK, json!([])));
    // A viewer adds nothing.
    let (s, v) = h.post(&accruals, &h.a_viewer, json!({"period": "2026-03", "rows": []})).await;
    assert_error(s, &v, StatusCode::FORBIDDEN, "forbidden");

    // The March draft: 300,000, a full month (2026, citizen born after 1975, basic deduction):
    //   OPV 10% = 30,000; VOSMS 2% = 6,000; A = 300,000 − 30,000 − 6,000 = 264,000;
    //   D = 30 MRP = 30 × 4,325 = 129,750; T = 134,250; IPN 10% = 13,425;
    //   net = 300,000 − 30,000 − 6,000 − 13,425 = 250,575;
    //   OPVR 3.5% = 10,500; SO 5% × (300,000 − 30,000) = 13,500; OOSMS 3% = 9,000;
    //   social tax 6% × 264,000 = 15,840 (no SO offset from 2026);
    //   employer cost = 300,000 + 10,500 + 13,500 + 9,000 + 15,840 = 348,840.
    let march = format!("/api/v1/companies/{cid}/payroll/2026-03");
    let (s, v) = h.post(&march, &h.a_editor, json!(null)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, run) = h.get(&march, &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK, "{run}");
    assert_eq!(run["status"], "draft", "{run}");
    assert_eq!(run["period"], "2026-03");
    assert_eq!(run["employer_bin"], Value::Null);
    assert_eq!(run["approved_at"], Value::Null);
    let p = person(&run);
    assert_eq!(p["person_id"], pid.as_str(), "{run}");
    assert_eq!(p["gross"], 300000, "{run}");
    assert_eq!(p["employee"], json!({"opv": 30000, "vosms": 6000, "ipn": 13425}), "{run}");
    assert_eq!(p["net"], 250575, "{run}");
    assert_eq!(p["employer"], json!({"opvr": 10500, "so": 13500, "oosms": 9000, "social_tax": 15840}), "{run}");
    assert_eq!(p["employer_cost"], 348840, "{run}");
    assert_eq!(run["run"]["totals"]["net"], 250575, "{run}");
    // Paid by the 25th of April; 25 April 2026 is a Saturday, so Monday 27 April.
    let payments = run["run"]["payments"].as_array().unwrap();
    assert!(payments.iter().any(|x| x["charge"] == "ipn" && x["amount"] == 13425 && x["due"] == "2026-04-27"), "{run}");

    // Roles: only an admin approves; closing needs an approved month.
    let (s, v) = h.post(&format!("{march}/approve"), &h.a_viewer, json!(null)).await;
    assert_error(s, &v, StatusCode::FORBIDDEN, "forbidden");
    let (s, v) = h.post(&format!("{march}/approve"), &h.a_editor, json!(null)).await;
    assert_error(s, &v, StatusCode::FORBIDDEN, "forbidden");
    let (s, v) = h.post(&format!("{march}/close"), &h.a_admin, json!(null)).await;
    assert_error(s, &v, StatusCode::CONFLICT, "conflict");
    let (s, v) = h.post(&format!("{march}/approve"), &h.a_admin, json!(null)).await;
    assert_eq!((s, v["status"].as_str()), (StatusCode::OK, Some("approved")), "{v}");
    assert!(v["approved_at"].is_string(), "{v}");

    // A bonus for March arrives after the numbers were approved (they are not recomputed), and
    // the month is closed as approved: March stays 300,000.
    let (s, v) = h
        .post(
            &accruals,
            &h.a_editor,
            json!({"period": "2026-03", "rows": [{"person_id": "E1", "kind": "bonus", "amount": 50000, "note": "Q1"}]}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    assert_eq!(v["added"], 1, "{v}");
    let (s, v) = h.post(&format!("{march}/close"), &h.a_admin, json!(null)).await;
    assert_eq!((s, v["status"].as_str()), (StatusCode::OK, Some("closed")), "{v}");
    let (_, run) = h.get(&march, &h.a_viewer).await;
    assert_eq!(run["status"], "closed");
    assert!(run["closed_at"].is_string(), "{run}");
    assert_eq!(person(&run)["gross"], 300000, "{run}");

    // The closed month: recompute, re-approve, accruals in or out are 409, in the one shape.
    let (s, v) = h.post(&march, &h.a_editor, json!(null)).await;
    assert_error(s, &v, StatusCode::CONFLICT, "conflict");
    let (s, v) = h.post(&format!("{march}/approve"), &h.a_admin, json!(null)).await;
    assert_error(s, &v, StatusCode::CONFLICT, "conflict");
    let (s, v) = h
        .post(
            &accruals,
            &h.a_editor,
            json!({"period": "2026-03", "rows": [{"person_id": pid, "kind": "bonus", "amount": 1}]}),
        )
        .await;
    assert_error(s, &v, StatusCode::CONFLICT, "conflict");
    let (_, list) = h.get(&format!("{accruals}?period=2026-03"), &h.a_viewer).await;
    let aid = list[0]["id"].as_str().unwrap();
    let (s, v) = h.send(Method::DELETE, &format!("{accruals}/{aid}"), &h.a_editor, json!(null)).await;
    assert_error(s, &v, StatusCode::CONFLICT, "conflict");

    // April's draft carries March's bonus as a correction line (March itself is not rewritten):
    //   gross = 300,000 + 50,000 = 350,000; OPV 35,000; VOSMS 7,000;
    //   A = 350,000 − 35,000 − 7,000 = 308,000; T = 308,000 − 129,750 = 178,250; IPN 10% = 17,825
    //   (the year to date, March's 134,250, is far below the 8,500 MRP band);
    //   net = 350,000 − 35,000 − 7,000 − 17,825 = 290,175;
    //   OPVR 3.5% = 12,250; SO 5% × 315,000 = 15,750; OOSMS 3% = 10,500; social tax 6% × 308,000 = 18,480;
    //   employer cost = 350,000 + 12,250 + 15,750 + 10,500 + 18,480 = 406,980.
    let april = format!("/api/v1/companies/{cid}/payroll/2026-04");
    let (s, v) = h.post(&april, &h.a_editor, json!(null)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, run) = h.get(&april, &h.a_viewer).await;
    let p = person(&run);
    let lines = p["lines"].as_array().unwrap();
    assert!(
        lines.iter().any(|l| l["kind"] == "bonus" && l["amount"] == 50000 && l["correction_of"] == "2026-03"),
        "{run}"
    );
    assert_eq!(p["gross"], 350000, "{run}");
    assert_eq!(p["employee"], json!({"opv": 35000, "vosms": 7000, "ipn": 17825}), "{run}");
    assert_eq!(p["net"], 290175, "{run}");
    assert_eq!(p["employer_cost"], 406980, "{run}");
    // March still reads as closed.
    let (_, run) = h.get(&march, &h.a_viewer).await;
    assert_eq!(person(&run)["gross"], 300000, "{run}");

    // April approved and closed; May carries nothing again (the correction was carried once).
    for step in ["approve", "close"] {
        let (s, v) = h.post(&format!("{april}/{step}"), &h.a_admin, json!(null)).await;
        assert_eq!(s, StatusCode::OK, "{v}");
    }
    let may = format!("/api/v1/companies/{cid}/payroll/2026-05");
    let (s, _) = h.post(&may, &h.a_editor, json!(null)).await;
    assert_eq!(s, StatusCode::OK);
    let (_, run) = h.get(&may, &h.a_viewer).await;
    assert_eq!(person(&run)["gross"], 300000, "{run}");
    // May's year to date: March's 134,250 and April's 178,250 taxable — IPN unchanged at 13,425.
    assert_eq!(person(&run)["employee"]["ipn"], 13425, "{run}");

    // No run: 404.
    let (s, v) = h.get(&format!("/api/v1/companies/{cid}/payroll/2026-06"), &h.a_viewer).await;
    assert_error(s, &v, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test(flavor = "multi_thread")]
async fn payslips_register_csv_upload_and_tenancy() {
    let h = Harness::new().await;
    let (cid, pid) = seed(&h).await;
    // A CSV of accruals with Russian headers; `period` in the query.
    let csv = "Табельный номер,Вид,Сумма,Часы,Примечание\nE1,bonus,20000,,премия\nE1,overtime,,4,\n";
    let path = format!("/api/v1/companies/{cid}/accruals?period=2026-03");
    let (s, _, v) = h.call(Method::POST, &path, Some(&h.a_editor), Body::from(csv), "text/csv").await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    assert_eq!(v["added"], 2, "{v}");
    assert_eq!(v["accruals"][1]["hours_tenths"], 40, "{v}");
    // A bad kind in a CSV names its row.
    let bad = "id,kind,amount\nE1,bonus,1\nE1,nonsense,2\n";
    let (s, _, v) = h.call(Method::POST, &path, Some(&h.a_editor), Body::from(bad), "text/csv").await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(v["error"]["details"][0]["row"], 2, "{v}");
    let march = format!("/api/v1/companies/{cid}/payroll/2026-03");
    let (s, v) = h.post(&march, &h.a_editor, json!(null)).await;
    assert_eq!(s, StatusCode::OK, "{v}");

    // The payslip in Kazakh.
    let (s, ctype, body) = raw(&h, &format!("{march}/payslips/{pid}?format=html&lang=kk"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/html"), "{ctype}");
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains("есеп парағы") && html.contains("Төленуге тиіс"), "{html}");
    // By the person's id in the company's records too.
    let (s, _, _) = raw(&h, &format!("{march}/payslips/E1?lang=ru"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _, _) = raw(&h, &format!("{march}/payslips/pe_nobody"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // PDF: when built in, a PDF; otherwise 501 in the error shape.
    let (s, ctype, body) = raw(&h, &format!("{march}/payslips/{pid}?format=pdf&lang=ru"), &h.a_viewer).await;
    if cfg!(feature = "pdf") {
        assert_eq!(s, StatusCode::OK);
        assert_eq!(ctype, "application/pdf");
        assert!(body.starts_with(b"%PDF"), "{:?}", &body[..body.len().min(16)]);
    } else {
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_error(s, &v, StatusCode::NOT_IMPLEMENTED, "not_implemented");
    }

    // The register: CSV in Russian with the BOM and `;`, XLSX a zip.
    let (s, ctype, body) = raw(&h, &format!("{march}/register?format=csv&lang=ru"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/csv"), "{ctype}");
    assert!(body.starts_with(b"\xEF\xBB\xBF"), "no BOM");
    let text = String::from_utf8(body).unwrap();
    assert!(text.lines().next().unwrap().contains(';'), "{text}");
    assert!(text.contains("Айдос Серікбаев"), "{text}");
    let (s, _, body) = raw(&h, &format!("{march}/register?format=xlsx"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.starts_with(b"PK"));

    // Another organisation sees none of it.
    let b = &h.b_admin;
    for path in [
        march.clone(),
        format!("{march}/payslips/{pid}"),
        format!("{march}/register?format=csv"),
        format!("/api/v1/companies/{cid}/accruals?period=2026-03"),
    ] {
        let (s, v) = h.get(&path, b).await;
        assert_error(s, &v, StatusCode::NOT_FOUND, "not_found");
    }
    for path in [march.clone(), format!("{march}/approve"), format!("{march}/close")] {
        let (s, v) = h.post(&path, b, json!(null)).await;
        assert_error(s, &v, StatusCode::NOT_FOUND, "not_found");
    }
    let (s, v) = h
        .post(
            &format!("/api/v1/companies/{cid}/accruals"),
            b,
            json!({"period": "2026-03", "rows": [{"person_id": pid, "kind": "bonus", "amount": 1}]}),
        )
        .await;
    assert_error(s, &v, StatusCode::NOT_FOUND, "not_found");

    // The OpenAPI document lists the new endpoints.
    let (_, _, doc) = h.call(Method::GET, "/api/openapi.json", None, Body::empty(), "").await;
    for p in [
        "/api/v1/companies/{id}/accruals",
        "/api/v1/companies/{id}/accruals/{accrual_id}",
        "/api/v1/companies/{id}/payroll/{period}/approve",
        "/api/v1/companies/{id}/payroll/{period}/close",
        "/api/v1/companies/{id}/payroll/{period}/payslips/{person_id}",
        "/api/v1/companies/{id}/payroll/{period}/register",
    ] {
        assert!(doc["paths"].get(p).is_some(), "{p} missing");
    }
    assert!(doc["paths"]["/api/v1/companies/{id}/payroll/{period}"].get("get").is_some());
}

/// A valid IIN for a man born 15.03.1988 with serial number `n` (the check digit by the two weight rounds).
fn iin(n: usize) -> String {
    for serial in (n * 2)..(n * 2 + 2) {
        let body: Vec<u32> = format!("8803153{:04}", serial % 10_000).bytes().map(|b| u32::from(b - b'0')).collect();
        let check = |w: &[u32]| body.iter().zip(w).map(|(d, w)| d * w).sum::<u32>() % 11;
        let mut c = check(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        if c == 10 {
            c = check(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
        }
        if c < 10 {
            return body
                .iter()
                .map(|d| char::from(b'0' + *d as u8))
                .chain(std::iter::once(char::from(b'0' + c as u8)))
                .collect();
        }
    }
    panic!("no IIN for {n}")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_payroll_page_at_5000_people_is_under_a_megabyte() {
    let h = Harness::new().await;
    let (s, c) = h.post("/api/v1/companies", &h.a_editor, json!({"name": "Big LLP", "bin": "231140005271"})).await;
    assert_eq!(s, StatusCode::CREATED);
    let cid = c["id"].as_str().unwrap().to_string();
    let mut csv = String::from(
        "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n",
    );
    for i in 0..5000 {
        csv.push_str(&format!(
            "P{i:05},Person Number {i},{},KZ,direct,Engineer,IT,3,{},2025-01-10\n",
            iin(i),
            200_000 + i
        ));
    }
    let path = format!("/api/v1/companies/{cid}/import?file_name=big.csv");
    let (s, _, v) = h.call(Method::POST, &path, Some(&h.a_editor), Body::from(csv), "text/csv").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, v) = h.post(&format!("/api/v1/companies/{cid}/payroll/2026-03"), &h.a_editor, json!(null)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let cookie = format!("kzc_session={secret}");
    let req = Request::get(format!("/companies/{cid}/payroll?period=2026-03&page=3")).header(header::COOKIE, &cookie);
    let res = h.app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(html.len() < 1_000_000, "{} bytes", html.len());
    assert!(
        html.contains("5000 people on the payroll") || html.contains("5,000 people on the payroll"),
        "{}",
        &html[..2000.min(html.len())]
    );
    assert!(html.contains("Person Number 100<") || html.contains("Person Number 100 "), "page 3 starts at the 101st");
    assert!(html.contains("page 3 of 100"), "pagination");
    assert!(html.contains("/payroll/approve"), "the admin's approve button");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_month_recompute_on_the_dashboard_is_a_page() {
    let h = Harness::new().await;
    let (cid, _) = seed(&h).await;
    let march = format!("/api/v1/companies/{cid}/payroll/2026-03");
    assert_eq!(h.post(&march, &h.a_editor, json!(null)).await.0, StatusCode::OK);
    for step in ["approve", "close"] {
        assert_eq!(h.post(&format!("{march}/{step}"), &h.a_admin, json!(null)).await.0, StatusCode::OK);
    }
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let csrf = h.store.session(&secret).await.unwrap().unwrap().csrf;
    let cookie = format!("kzc_session={secret}");
    let req = Request::post(format!("/companies/{cid}/payroll"))
        .header(header::COOKIE, &cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={csrf}&period=2026-03")))
        .unwrap();
    let res = h.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(html.contains("is closed"), "{html}");
    // The page shows the closed state, without the buttons.
    let req = Request::get(format!("/companies/{cid}/payroll?period=2026-03")).header(header::COOKIE, &cookie);
    let res = h.app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(html.contains("data-status=\"closed\""), "{html}");
    assert!(!html.contains("/payroll/approve\"") && !html.contains("/payroll/close\""), "{html}");
}

/// The month's stored summary lines (`POST …/payroll/{period}`'s answer) are the company's own run:
/// an outstaffed engineer on the provider's payroll is not in them, and a pensioner by age is
/// exempt from OPV as the run says.
///
/// Hand-worked, March 2026 (18 of 18 working days): E1 300,000 born 1990 — net 250,575 (OPV 30,000,
/// VOSMS 6,000, IPN 10% × (264,000 − 129,750) = 13,425). P1, a pensioner by age, 200,000: no OPV
/// (opv.exempt: pensioner-age), VOSMS exempt too (osms.exempt), so A = 200,000; T = 200,000 −
/// 129,750 = 70,250; IPN 7,025; net 192,975.
#[tokio::test(flavor = "multi_thread")]
async fn the_summary_lines_are_the_companys_own_run() {
    let h = Harness::new().await;
    let (cid, _) = seed(&h).await;
    let add = |ext: &str, iin: &str, payroll: Value, engagement: &str, gross: u32, bin: Option<&str>| {
        let person =
            json!({"ext_id": ext, "full_name": "Test Person", "iin": iin, "citizenship": "KZ", "payroll": payroll});
        let contract = json!({"engagement": engagement, "position": "Engineer", "department": "IT", "role_category": 3,
            "monthly_gross": gross, "start_date": "2025-01-10", "term": "indefinite", "employer_bin": bin});
        (person, contract)
    };
    for (person, contract) in [
        add("P1", "591224300121", json!({"pensioner": "age"}), "direct", 200_000, None),
        add("O1", "920303301077", json!({}), "outstaffed", 500_000, Some("150840022712")),
    ] {
        let (s, p) = h.post(&format!("/api/v1/companies/{cid}/people"), &h.a_editor, person).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
        let pid = p["id"].as_str().unwrap();
        let (s, k) = h.post(&format!("/api/v1/people/{pid}/contracts"), &h.a_editor, contract).await;
        assert_eq!(s, StatusCode::CREATED, "{k}");
    }
    let (s, v) = h.post(&format!("/api/v1/companies/{cid}/payroll/2026-03"), &h.a_editor, json!({})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let lines = v.as_array().unwrap();
    assert_eq!(lines.len(), 2, "the outstaffed engineer is on the provider's run: {v}");
    let by_name = |net: i64| lines.iter().any(|l| l["net"] == net);
    assert!(by_name(250_575) && by_name(192_975), "{v}");
    let p1 = lines.iter().find(|l| l["net"] == 192_975).unwrap();
    assert_eq!((p1["opv"].as_i64(), p1["vosms"].as_i64(), p1["ipn"].as_i64()), (Some(0), Some(0), Some(7_025)), "{v}");
}

/// An accrual for someone no payroll of that month pays (a contractor, a person not yet hired) is
/// refused on its row when it is added, not later when the run is computed.
#[tokio::test(flavor = "multi_thread")]
async fn accruals_for_people_off_the_payroll_are_refused_on_their_row() {
    let h = Harness::new().await;
    let (cid, e1) = seed(&h).await;
    let person = json!({"ext_id": "C1", "full_name": "Камила Рахимова", "iin": "870707401088", "citizenship": "KZ"});
    let (s, p) = h.post(&format!("/api/v1/companies/{cid}/people"), &h.a_editor, person).await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    let contract = json!({"engagement": "contractor", "position": "Designer", "department": "IT", "role_category": 3,
        "monthly_gross": 200000, "start_date": "2025-01-10", "term": "indefinite"});
    let (s, k) =
        h.post(&format!("/api/v1/people/{}/contracts", p["id"].as_str().unwrap()), &h.a_editor, contract).await;
    assert_eq!(s, StatusCode::CREATED, "{k}");
    let body = json!({"period": "2026-03", "rows": [
        {"person_id": e1, "kind": "премия", "amount": 1000},
        {"person_id": "C1", "kind": "bonus", "amount": 1000}]});
    let (s, v) = h.post(&format!("/api/v1/companies/{cid}/accruals"), &h.a_editor, body).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let d = &v["error"]["details"];
    assert_eq!((d[0]["row"].as_u64(), d[0]["field"].as_str()), (Some(2), Some("person_id")), "{v}");
    assert!(d[0]["message"].as_str().unwrap().contains("contractor"), "{v}");
    assert_eq!(d.as_array().unwrap().len(), 1, "the Russian kind name of row 1 is read: {v}");
    // Nothing of row 1 was added either.
    let (s, list) = h.get(&format!("/api/v1/companies/{cid}/accruals?period=2026-03"), &h.a_viewer).await;
    assert_eq!((s, list.as_array().map(Vec::len)), (StatusCode::OK, Some(0)), "{list}");
}
