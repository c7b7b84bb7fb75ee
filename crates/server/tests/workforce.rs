//! Imports, audits, findings, duties, reports and payroll months through the API, against the
//! demo workforce whose audit is worked by hand in examples/demo/EXPECTED.md; plus body limits,
//! the session cookie's CSRF rule and the sign-in rate limit.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::{Harness, assert_error, demo_csv};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

async fn demo_company(h: &Harness) -> String {
    let body = json!({"name": "Steppe Cloud Systems LLP", "bin": "231140005271", "income_mrp": 120000});
    let (s, c) = h.post("/api/v1/companies", &h.a_editor, body).await;
    assert_eq!(s, StatusCode::CREATED);
    let cid = c["id"].as_str().unwrap().to_string();
    let (s, _, r) = h
        .call(
            Method::POST,
            &format!("/api/v1/companies/{cid}/import"),
            Some(&h.a_editor),
            Body::from(demo_csv()),
            "text/csv",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{r}");
    cid
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_file_imports_nothing_and_names_every_cell() {
    let h = Harness::new().await;
    let (_, c) = h.post("/api/v1/companies", &h.a_editor, json!({"name": "Empty"})).await;
    let cid = c["id"].as_str().unwrap();
    // Row 3 (the second data row) gets an impossible date; row 5 a non-number salary.
    let text = String::from_utf8(demo_csv().to_vec()).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[2] = lines[2].replace("2024-03-04", "2024-02-30");
    lines[4] = lines[4].replace(",2800000,", ",lots,");
    let bad = lines.join("\n");
    let path = format!("/api/v1/companies/{cid}/import");
    let (s, _, body) = h.call(Method::POST, &path, Some(&h.a_editor), Body::from(bad), "text/csv").await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let details = body["error"]["details"].as_array().unwrap();
    assert!(details.iter().any(|p| p["row"] == 3 && p["field"] == "start_date"), "{body}");
    assert!(details.iter().any(|p| p["row"] == 5 && p["field"] == "monthly_gross"), "{body}");
    let (_, people) = h.get(&format!("/api/v1/companies/{cid}/people"), &h.a_viewer).await;
    assert_eq!(people, json!([]), "nothing was written");
    // A dry run of the good file writes nothing either.
    let (s, _, r) = h
        .call(Method::POST, &format!("{path}?dry_run=true"), Some(&h.a_editor), Body::from(demo_csv()), "text/csv")
        .await;
    assert_eq!((s, &r["dry_run"], &r["summary"]["rows"]), (StatusCode::OK, &json!(true), &json!(22)), "{r}");
    let (_, people) = h.get(&format!("/api/v1/companies/{cid}/people"), &h.a_viewer).await;
    assert_eq!(people, json!([]));
    // Viewers cannot import.
    let (s, _, body) = h.call(Method::POST, &path, Some(&h.a_viewer), Body::from(demo_csv()), "text/csv").await;
    assert_error(s, &body, StatusCode::FORBIDDEN, "forbidden");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_stored_demo_audits_as_worked_by_hand() {
    let h = Harness::new().await;
    let cid = demo_company(&h).await;
    // EXPECTED.md: 21 effective (12 direct + 6 outstaffed + 3 contractors), 15 findings
    // (12 violations, 1 risk, 2 warnings), six fines of 60 MRP × 4,325 = 259,500 → 1,557,000.
    let (s, r) = h.get(&format!("/api/v1/companies/{cid}/audit?as_of=2026-11-20"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["headcount"]["effective"], 21);
    assert_eq!(r["counts"], json!({"violation": 12, "risk": 1, "warning": 2}));
    assert_eq!(r["fine_exposure_kzt"], 1557000);
    // The same file uploaded for a one-off audit gives the same report.
    let (s, _, up) = h
        .call(
            Method::POST,
            "/api/v1/audit?as_of=2026-11-20&name=Steppe%20Cloud%20Systems%20LLP&bin=231140005271&income_mrp=120000",
            Some(&h.a_viewer),
            Body::from(demo_csv()),
            "text/csv",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{up}");
    assert_eq!(up, r, "stored and uploaded audits agree");
    // Filters: the salary-parity violations are O1 and O3; D12's only finding is the permit warning.
    let (_, f) =
        h.get(&format!("/api/v1/companies/{cid}/findings?as_of=2026-11-20&rule=salary-parity"), &h.a_viewer).await;
    let people: Vec<&str> = f.as_array().unwrap().iter().map(|x| x["people"][0].as_str().unwrap()).collect();
    assert_eq!(people, ["O1", "O3"]);
    let (_, f) =
        h.get(&format!("/api/v1/companies/{cid}/findings?as_of=2026-11-20&severity=warning"), &h.a_viewer).await;
    assert_eq!(f.as_array().unwrap().len(), 2);
    let (_, f) = h.get(&format!("/api/v1/companies/{cid}/findings?as_of=2026-11-20&person=D13"), &h.a_viewer).await;
    assert_eq!(
        f.as_array().unwrap().iter().map(|x| x["rule"].as_str().unwrap()).collect::<Vec<_>>(),
        ["esutd-termination-overdue"]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn reports_export_as_html_csv_and_xlsx() {
    let h = Harness::new().await;
    let cid = demo_company(&h).await;
    let base = format!("/api/v1/companies/{cid}/report?as_of=2026-11-20");
    let (s, ctype, html) =
        h.call(Method::GET, &format!("{base}&format=html"), Some(&h.a_viewer), Body::empty(), "").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/html"));
    assert!(html.as_str().unwrap().contains("Steppe Cloud Systems LLP"));
    let (s, ctype, csv) =
        h.call(Method::GET, &format!("{base}&format=csv"), Some(&h.a_viewer), Body::empty(), "").await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/csv"));
    let csv = csv.as_str().unwrap();
    assert!(csv.starts_with("severity,rule,people,fine_kzt"), "{csv}");
    assert_eq!(csv.lines().count(), 1 + 15, "a header and the 15 findings");
    let req =
        Request::get(format!("{base}&format=xlsx")).header(header::AUTHORIZATION, format!("Bearer {}", h.a_viewer));
    let res = h.app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    assert!(bytes.starts_with(b"PK\x03\x04"), "an XLSX is a zip");
    let (s, body) = h.get(&format!("{base}&format=pdf"), &h.a_viewer).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
}

#[tokio::test(flavor = "multi_thread")]
async fn payroll_months_are_computed_and_stored() {
    let h = Harness::new().await;
    let (cid, _, _, _) = h.seed_a().await;
    // One citizen director, 900,000 a month from 12 Jan 2026, computed for March 2026:
    // OPV 10% = 90,000; VOSMS 2% = 18,000; A = 792,000; deduction 30 MRP = 129,750;
    // T = 662,250; IPN 10% = 66,225 (cumulative taxable by March 3 × 662,250 = 1,986,750 is far
    // below the 8,500 MRP = 36,762,500 band); net = 900,000 − 90,000 − 18,000 − 66,225 = 725,775.
    // OPVR 3.5% = 31,500; SO 5% × min(900,000 − 90,000 = 810,000; 7 MZP = 595,000) = 29,750;
    // OOSMS 3% = 27,000; social tax 6% × (900,000 − 90,000 − 18,000) = 47,520;
    // cost = 900,000 + 31,500 + 29,750 + 27,000 + 47,520 = 1,035,770.
    let (s, months) = h.post(&format!("/api/v1/companies/{cid}/payroll/2026-03"), &h.a_editor, json!(null)).await;
    assert_eq!(s, StatusCode::OK, "{months}");
    let m = &months[0];
    assert_eq!(
        [
            &m["gross"],
            &m["opv"],
            &m["vosms"],
            &m["ipn"],
            &m["net"],
            &m["opvr"],
            &m["so"],
            &m["oosms"],
            &m["social_tax"],
            &m["employer_cost"]
        ],
        [900000, 90000, 18000, 66225, 725775, 31500, 29750, 27000, 47520, 1035770].map(|n| json!(n)).each_ref()
    );
    let (s, body) = h.post(&format!("/api/v1/companies/{cid}/payroll/2026-3"), &h.a_editor, json!(null)).await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let (_, stored) = h.get(&format!("/api/v1/companies/{cid}/payroll?period=2026-03"), &h.a_viewer).await;
    assert_eq!(stored.as_array().unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn oversized_bodies_are_refused() {
    let h = Harness::new().await;
    let big = vec![b'a'; kzcomply_server::BODY_LIMIT + 1];
    let (s, _, body) = h.call(Method::POST, "/api/v1/audit", Some(&h.a_viewer), Body::from(big), "text/csv").await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_session_must_send_its_csrf_token() {
    let h = Harness::new().await;
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let session = h.store.session(&secret).await.unwrap().unwrap();
    let post = |csrf: Option<&str>| {
        let mut req = Request::post("/api/v1/companies")
            .header(header::COOKIE, format!("kzc_session={secret}"))
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(c) = csrf {
            req = req.header("x-csrf-token", c);
        }
        h.app.clone().oneshot(req.body(Body::from(r#"{"name":"Via browser"}"#)).unwrap())
    };
    assert_eq!(post(None).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(post(Some("wrong")).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(post(Some(&session.csrf)).await.unwrap().status(), StatusCode::CREATED);
    // Reading needs no token.
    let req = Request::get("/api/v1/companies").header(header::COOKIE, format!("kzc_session={secret}"));
    assert_eq!(h.app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap().status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_is_rate_limited() {
    let h = Harness::new().await;
    let login = |password: &'static str| {
        let form = format!("email=a%40example.kz&password={password}&next=%2F");
        let req = Request::post("/login").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        h.app.clone().oneshot(req.body(Body::from(form)).unwrap())
    };
    for _ in 0..5 {
        assert_eq!(login("wrong").await.unwrap().status(), StatusCode::UNAUTHORIZED);
    }
    // The sixth attempt is refused even with the right password.
    assert_eq!(login("correct+horse+battery").await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_sets_a_secure_http_only_cookie_and_pages_need_it() {
    let store = kzcomply_store::Store::open(&common::temp_db()).await.unwrap();
    let state = kzcomply_server::AppState::new(store, true).unwrap();
    kzcomply_server::demo::load(&state).await.unwrap();
    let app = kzcomply_server::app(state);
    let res = app.clone().oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[header::LOCATION], "/login?next=/");
    let form = "email=viewer%40demo.kz&password=steppe-cloud-demo&next=%2F";
    let req = Request::post("/login").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let res = app.clone().oneshot(req.body(Body::from(form)).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let cookie = res.headers()[header::SET_COOKIE].to_str().unwrap().to_string();
    for attr in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(cookie.contains(attr), "{cookie} lacks {attr}");
    }
    let pair = cookie.split(';').next().unwrap().to_string();
    let res = app
        .clone()
        .oneshot(Request::get("/").header(header::COOKIE, &pair).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let company = res.headers()[header::LOCATION].to_str().unwrap().to_string();
    assert!(company.starts_with("/companies/co_"), "one company: straight to it ({company})");
    for page in ["", "/findings", "/people", "/payroll", "/import"] {
        let res = app
            .clone()
            .oneshot(
                Request::get(format!("{company}{page}")).header(header::COOKIE, &pair).body(Body::empty()).unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{company}{page}");
    }
    // A cross-site form post is refused even with the right CSRF token; the same post from this
    // site goes through.
    let res = app
        .clone()
        .oneshot(Request::get(&company).header(header::COOKIE, &pair).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    let at = html.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let form = format!("csrf={}&lang=ru", &html[at..at + 64]);
    let post = |origin: &'static str| {
        Request::post("/lang")
            .header(header::ORIGIN, origin)
            .header(header::HOST, "127.0.0.1:8080")
            .header(header::COOKIE, &pair)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form.clone()))
            .unwrap()
    };
    assert_eq!(app.clone().oneshot(post("https://evil.example")).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(app.clone().oneshot(post("http://127.0.0.1:8080")).await.unwrap().status(), StatusCode::SEE_OTHER);
}

/// A dashboard page as organisation A's admin (a fresh session): the status and the HTML.
async fn page(h: &Harness, path: &str) -> (StatusCode, String) {
    let user = h.a_scope.actor.strip_prefix("user:").unwrap();
    let secret = h.store.create_session(user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let req = Request::get(path).header(header::COOKIE, format!("kzc_session={secret}"));
    let res = h.app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    let status = res.status();
    (status, String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_filter_is_a_400_never_an_empty_all_clear() {
    let h = Harness::new().await;
    let cid = demo_company(&h).await;
    let base = format!("/api/v1/companies/{cid}/findings?as_of=2026-11-20");
    let (s, body) = h.get(&format!("{base}&severity=bogus"), &h.a_viewer).await;
    assert_error(s, &body, StatusCode::BAD_REQUEST, "bad_request");
    assert!(body["error"]["message"].as_str().unwrap().starts_with("severity:"), "{body}");
    assert_eq!(body["error"]["details"]["parameter"], "severity");
    assert_eq!(body["error"]["details"]["value"], "bogus");
    assert_eq!(body["error"]["details"]["allowed"], json!(["violation", "risk", "warning"]));
    // `esutd-late` is a fine (a violation of CoAO art. 98), not a rule id.
    let (s, body) = h.get(&format!("{base}&rule=esutd-late"), &h.a_viewer).await;
    assert_error(s, &body, StatusCode::BAD_REQUEST, "bad_request");
    assert_eq!(body["error"]["details"]["parameter"], "rule");
    assert_eq!(body["error"]["details"]["allowed"].as_array().unwrap().len(), 13, "{body}");
    let (s, body) = h.get(&format!("/api/v1/companies/{cid}/findings?as_of=2026-13-01"), &h.a_viewer).await;
    assert_error(s, &body, StatusCode::BAD_REQUEST, "bad_request");
    assert_eq!(body["error"]["details"]["parameter"], "as_of");
    // An empty value is no filter (the dashboard's "All"): all 15 findings (EXPECTED.md §3).
    let (s, f) = h.get(&format!("{base}&severity="), &h.a_viewer).await;
    assert_eq!((s, f.as_array().unwrap().len()), (StatusCode::OK, 15));
    // The dashboard says what is wrong instead of "0 ₸ … nothing the state's cross-check would flag".
    let (s, html) = page(&h, &format!("/companies/{cid}/findings?severity=bogus")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(html.contains("id=\"bad-filter\"") && html.contains("severity = «bogus»"), "{html}");
    assert!(html.contains("Allowed: violation, risk, warning"), "{html}");
    assert!(!html.contains("Nothing the state") && !html.contains("0 ₸"), "{html}");
    // Both date forms are read (04.01.2027 is 2027-01-04); an impossible day is refused.
    let (s, _) = page(&h, &format!("/companies/{cid}/findings?as_of=04.01.2027")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, html) = page(&h, &format!("/companies/{cid}/findings?as_of=31.02.2027")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(html.contains("as_of = «31.02.2027»"), "{html}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_2027_audit_shows_the_fines_it_cannot_price() {
    // EXPECTED.md §8: the built-in MRP ends on 2026-12-31. D10's violation day 2026-05-14 is priced
    // at 60 × 4,325 = 259,500; D09, D08, D11, D13 and C1 fall on 2027-01-04: 5 fines not priced.
    let h = Harness::new().await;
    let cid = demo_company(&h).await;
    let (s, r) = h.get(&format!("/api/v1/companies/{cid}/audit?as_of=2027-01-04"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!((r["fine_exposure_kzt"].clone(), r["fines_not_priced"].clone()), (json!(259500), json!(5)));
    let unpriced: Vec<&Value> =
        r["findings"].as_array().unwrap().iter().filter(|f| f["fine_status"] == "not_priced").collect();
    assert_eq!(unpriced.len(), 5);
    for f in unpriced {
        assert!(f["fine_kzt"].is_null(), "{f}");
        assert!(f["fine_note"].as_str().unwrap().contains("no MRP for 2027"), "{f}");
    }
    let (s, html) = page(&h, &format!("/companies/{cid}/findings?as_of=2027-01-04")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("at least 259,500 KZT; 5 fines not priced"), "{html}");
    assert_eq!(html.matches("<span class=\"fine-status not_priced\">not priced</span>").count(), 5, "{html}");
    assert!(html.contains("not priced: the rules have no MRP for 2027 yet"), "{html}");
    // A finding without a sanction says so instead of a bare dash.
    assert!(html.contains("no sanction found in the law") && !html.contains(">—<"), "{html}");
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_data_is_listed_as_not_checked_not_fined() {
    let h = Harness::new().await;
    // A company stored without a BIN: the employer-BIN field and the company's BIN are not checked
    // (EXPECTED.md §7): still 12 violations and 6 × 259,500 = 1,557,000, not 23 and 4,411,500.
    let (s, c) = h.post("/api/v1/companies", &h.a_editor, json!({"name": "No BIN LLP", "income_mrp": 120000})).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    let cid = c["id"].as_str().unwrap();
    let path = format!("/api/v1/companies/{cid}/import");
    let (s, _, r) = h.call(Method::POST, &path, Some(&h.a_editor), Body::from(demo_csv()), "text/csv").await;
    assert_eq!(s, StatusCode::OK, "{r}");
    let (_, r) = h.get(&format!("/api/v1/companies/{cid}/audit?as_of=2026-11-20"), &h.a_viewer).await;
    assert_eq!(r["counts"], json!({"violation": 12, "risk": 1, "warning": 2}));
    assert_eq!(r["fine_exposure_kzt"], 1557000);
    let rules: Vec<&str> = r["not_checked"].as_array().unwrap().iter().map(|n| n["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["esutd-missing-field", "invalid-bin"]);
    let (s, html) = page(&h, &format!("/companies/{cid}/findings?as_of=2026-11-20")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Not checked (2)") && html.contains("no company BIN was given"), "{html}");
    let (_, html) = page(&h, &format!("/companies/{cid}")).await;
    assert!(html.contains("Not checked (2)"), "the overview lists it too");

    // An uploaded staff list with only the ten required columns: nobody is "not registered".
    let plain = "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n\
                 d1,Айгерим Нурланова,900101400777,KZ,direct,Accountant,Finance,3,600000,2026-04-01\n";
    let (s, _, r) = h
        .call(
            Method::POST,
            "/api/v1/audit?as_of=2026-11-20&bin=201140012378",
            Some(&h.a_viewer),
            Body::from(plain),
            "text/csv",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!((r["findings"].clone(), r["fine_exposure_kzt"].clone()), (json!([]), json!(0)));
    let rules: Vec<&str> = r["not_checked"].as_array().unwrap().iter().map(|n| n["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"esutd-registration-overdue") && rules.contains(&"esutd-termination-overdue"), "{r}");

    // A missing required column is reported together with the bad cells of the columns present.
    let bad = "id,full_name,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n\
               d1,Айгерим Нурланова,KZ,direct,Accountant,Finance,3,600000,2026-02-30\n";
    let (s, _, body) = h.call(Method::POST, "/api/v1/audit", Some(&h.a_viewer), Body::from(bad), "text/csv").await;
    assert_error(s, &body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let problems: Vec<(i64, &str)> = body["error"]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["row"].as_i64().unwrap(), p["field"].as_str().unwrap()))
        .collect();
    assert_eq!(problems, [(0, "iin"), (2, "start_date")], "{body}");
}

/// A plain staff list (the ten required columns only) imported into a new company: the stored
/// company is audited for what the file carried, like the file itself — no ESUTD registration
/// violations for dates it never had, the check listed as not checked — until a registration is
/// entered in kzcomply, from which point the registration dates are data.
#[tokio::test(flavor = "multi_thread")]
async fn a_stored_plain_staff_list_is_not_fined_for_columns_it_never_had() {
    let h = Harness::new().await;
    let (_, c) = h.post("/api/v1/companies", &h.a_editor, json!({"name": "Plain LLP", "bin": "231140005271"})).await;
    let cid = c["id"].as_str().unwrap().to_string();
    let csv = "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n\
               P1,Айдос Серікбаев,880315301121,KZ,direct,Director,Management,1,900000,2026-01-12\n\
               P2,Гульнара Абдрахманова,870614403297,KZ,direct,Accountant,Finance,3,500000,2026-02-02\n";
    let (s, _, r) = h
        .call(Method::POST, &format!("/api/v1/companies/{cid}/import"), Some(&h.a_editor), Body::from(csv), "text/csv")
        .await;
    assert_eq!(s, StatusCode::OK, "{r}");
    let (s, audit) = h.get(&format!("/api/v1/companies/{cid}/audit?as_of=2026-11-20"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK, "{audit}");
    let rules: Vec<&str> = audit["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(!rules.contains(&"esutd-registration-overdue"), "{rules:?}");
    assert!(!rules.contains(&"esutd-missing-field"), "no column for place, term, contract: not checked, {rules:?}");
    let not_checked: Vec<&str> =
        audit["not_checked"].as_array().unwrap().iter().map(|n| n["rule"].as_str().unwrap()).collect();
    assert!(not_checked.contains(&"esutd-registration-overdue"), "{not_checked:?}");
    assert_eq!(audit["fine_exposure_kzt"], 0, "{audit}");
    // P1's registration entered by hand: registration dates are now data, so P2 — hired
    // Mon 2 Feb 2026, five working days to Mon 9 Feb 2026, nothing recorded by 20 Nov 2026 — is overdue.
    let (_, people) = h.get(&format!("/api/v1/companies/{cid}/people"), &h.a_viewer).await;
    let p1 =
        people.as_array().unwrap().iter().find(|p| p["ext_id"] == "P1").unwrap()["id"].as_str().unwrap().to_string();
    let event = json!({"kind": "esutd_registered", "on_date": "2026-01-13"});
    let (s, e) = h.post(&format!("/api/v1/people/{p1}/events"), &h.a_editor, event).await;
    assert_eq!(s, StatusCode::CREATED, "{e}");
    let (_, audit) = h.get(&format!("/api/v1/companies/{cid}/audit?as_of=2026-11-20"), &h.a_viewer).await;
    let overdue: Vec<&Value> =
        audit["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "esutd-registration-overdue").collect();
    assert_eq!(overdue.len(), 1, "{audit}");
    assert_eq!(overdue[0]["people"], json!(["P2"]));
}
