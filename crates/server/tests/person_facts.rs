//! A person's payroll facts (docs/payroll-run.md §2) as fields of the person, through the router
//! without a network: on the API (top-level fields and the nested `payroll` object, in and out),
//! and on the dashboard's person page (shown, and changed by an editor in a form).

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::{Harness, assert_error};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const FLAT: [&str; 10] = [
    "birth_date",
    "tax_resident",
    "in_kz_since",
    "pensioner",
    "disability_group",
    "disability_from",
    "disability_until",
    "basic_deduction_from",
    "week",
    "days_worked",
];

async fn company(h: &Harness) -> String {
    let (s, c) = h.post("/api/v1/companies", &h.a_editor, json!({"name": "Facts LLP"})).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    c["id"].as_str().unwrap().to_string()
}

fn person(extra: Value) -> Value {
    let mut p = json!({"ext_id": "F1", "full_name": "Фарида Оспанова", "iin": "960812401830", "citizenship": "KZ"});
    p.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    p
}

/// The one problem of a 422: (field, message).
fn problem(s: StatusCode, body: &Value) -> (String, String) {
    assert_error(s, body, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let details = body["error"]["details"].as_array().unwrap_or_else(|| panic!("{body}"));
    assert_eq!(details.len(), 1, "{body}");
    let message = details[0]["message"].as_str().unwrap().to_string();
    assert!(!message.starts_with("api-") && !message.is_empty(), "a catalogue text: {body}");
    (details[0]["field"].as_str().unwrap().to_string(), message)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_facts_are_fields_of_the_person_as_well_as_the_payroll_object() {
    let h = Harness::new().await;
    let cid = company(&h).await;
    let flat = json!({
        "birth_date": "1962-05-01", "tax_resident": true, "in_kz_since": "2025-09-01", "pensioner": "Seniority",
        "disability_group": 2, "disability_from": "2026-01-01", "disability_until": "2026-12-31",
        "basic_deduction_from": "2026-04-01", "week": 6, "days_worked": 22
    });
    let (s, p) = h.post(&format!("/api/v1/companies/{cid}/people"), &h.a_editor, person(flat.clone())).await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    let pid = p["id"].as_str().unwrap().to_string();
    let want_flat = json!({
        "birth_date": "1962-05-01", "tax_resident": true, "in_kz_since": "2025-09-01", "pensioner": "seniority",
        "disability_group": 2, "disability_from": "2026-01-01", "disability_until": "2026-12-31",
        "basic_deduction_from": "2026-04-01", "week": 6, "days_worked": 22
    });
    let want_nested = json!({
        "birth_date": "1962-05-01", "tax_resident": true, "in_kz_since": "2025-09-01", "pensioner": "seniority",
        "disability_group": 2, "disability_from": "2026-01-01", "disability_until": "2026-12-31",
        "basic_deduction": true, "basic_deduction_from": "2026-04-01", "week": 6, "days_worked": 22
    });
    let check = |p: &Value, flat: &Value, nested: &Value, what: &str| {
        for f in FLAT {
            assert_eq!(p[f], flat[f], "{what}: {f}: {p}");
        }
        assert_eq!(&p["payroll"], nested, "{what}: {p}");
    };
    check(&p, &want_flat, &want_nested, "created");
    // Read back: flat and nested.
    let (s, got) = h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await;
    assert_eq!(s, StatusCode::OK, "{got}");
    check(&got, &want_flat, &want_nested, "read back");
    let (_, list) = h.get(&format!("/api/v1/companies/{cid}/people"), &h.a_viewer).await;
    check(&list[0], &want_flat, &want_nested, "listed");

    // An update with the top-level fields replaces them: "no" is not claimed, and what is not given
    // is not stated (nulls, "no" for the pensioner).
    let put = |body: Value| {
        let path = format!("/api/v1/people/{pid}");
        let h = &h;
        async move { h.send(Method::PUT, &path, &h.a_editor, body).await }
    };
    let (s, p) = put(person(json!({"basic_deduction_from": "no", "week": 5, "pensioner": "age"}))).await;
    assert_eq!(s, StatusCode::OK, "{p}");
    let none = json!({"birth_date": null, "tax_resident": null, "in_kz_since": null, "pensioner": "age",
        "disability_group": null, "disability_from": null, "disability_until": null,
        "basic_deduction_from": "no", "week": 5, "days_worked": null});
    let none_nested = json!({"birth_date": null, "tax_resident": null, "in_kz_since": null, "pensioner": "age",
        "disability_group": null, "disability_from": null, "disability_until": null,
        "basic_deduction": false, "basic_deduction_from": null, "week": 5, "days_worked": null});
    check(&p, &none, &none_nested, "updated flat");
    check(&h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await.1, &none, &none_nested, "stored");

    // The nested object works as before; nothing stated is the defaults ("no", null = claimed).
    let (s, p) = put(person(json!({"payroll": {"days_worked": 20}}))).await;
    assert_eq!(s, StatusCode::OK, "{p}");
    assert_eq!(
        (&p["pensioner"], &p["basic_deduction_from"], &p["days_worked"]),
        (&json!("no"), &json!(null), &json!(20))
    );
    assert_eq!(p["payroll"]["basic_deduction"], true, "{p}");

    // Both, agreeing (null and "no" are the same pensioner; "no" is basic_deduction false).
    let both = json!({"week": 6, "pensioner": "no", "basic_deduction_from": "no", "tax_resident": false,
        "payroll": {"week": 6, "pensioner": null, "basic_deduction": false, "tax_resident": false}});
    let (s, p) = put(person(both)).await;
    assert_eq!(s, StatusCode::OK, "{p}");
    assert_eq!(
        (&p["week"], &p["payroll"]["basic_deduction"], &p["tax_resident"]),
        (&json!(6), &json!(false), &json!(false))
    );
    let (s, p) = put(person(json!({"basic_deduction_from": "2026-02-01",
        "payroll": {"basic_deduction_from": "2026-02-01"}})))
    .await;
    assert_eq!((s, &p["basic_deduction_from"]), (StatusCode::OK, &json!("2026-02-01")), "{p}");

    // Both, disagreeing: 422 naming the field, and nothing written.
    for (body, field) in [
        (json!({"week": 5, "payroll": {"week": 6}}), "week"),
        (json!({"birth_date": "1962-05-01", "payroll": {"birth_date": null}}), "birth_date"),
        (json!({"pensioner": "age", "payroll": {"pensioner": "seniority"}}), "pensioner"),
        (json!({"basic_deduction_from": "no", "payroll": {"basic_deduction": true}}), "basic_deduction_from"),
        (
            json!({"basic_deduction_from": "2026-03-01", "payroll": {"basic_deduction_from": "2026-04-01"}}),
            "basic_deduction_from",
        ),
    ] {
        let (s, v) = put(person(body.clone())).await;
        let (f, message) = problem(s, &v);
        assert_eq!(f, field, "{body}: {v}");
        assert!(message.contains(&format!("payroll.{field}")), "{message}");
    }
    let (_, stored) = h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await;
    assert_eq!(stored["basic_deduction_from"], "2026-02-01", "nothing written: {stored}");

    // Bad values: 422 in the one shape, on the field as the caller wrote it, in the caller's language.
    for (body, field) in [
        (json!({"pensioner": "often"}), "pensioner"),
        (json!({"payroll": {"pensioner": "often"}}), "payroll.pensioner"),
        (json!({"disability_group": 4}), "disability_group"),
        (json!({"week": 7}), "week"),
        (json!({"days_worked": 32}), "days_worked"),
        (json!({"birth_date": "0001-01-01"}), "birth_date"),
        (json!({"disability_from": "2026-05-01", "disability_until": "2026-04-30"}), "disability_until"),
    ] {
        let (s, v) = put(person(body.clone())).await;
        assert_eq!(problem(s, &v).0, field, "{body}: {v}");
    }
    let (s, v) = put(person(json!({"pensioner": "often"}))).await;
    assert!(problem(s, &v).1.contains("often"), "{v}");
    // Not a date, or a deduction that is neither a date nor "no": our words, in Russian on ?lang=ru.
    for (body, field, en, ru) in [
        (
            json!({"birth_date": "1990-02-30"}),
            "birth_date",
            "expected a date (YYYY-MM-DD)",
            "ожидается дата (ГГГГ-ММ-ДД)",
        ),
        (json!({"payroll": {"in_kz_since": "soon"}}), "payroll.in_kz_since", "expected a date", "ожидается дата"),
        (
            json!({"basic_deduction_from": "maybe"}),
            "basic_deduction_from",
            "a date (YYYY-MM-DD) or \"no\"",
            "или \"no\"",
        ),
        (json!({"week": "six"}), "week", "expected a whole number", "ожидается целое число"),
    ] {
        let (s, v) = put(person(body.clone())).await;
        let (f, message) = problem(s, &v);
        assert_eq!(f, field, "{body}: {v}");
        assert!(message.contains(en), "{message}");
        let (s, v) = h.send(Method::PUT, &format!("/api/v1/people/{pid}?lang=ru"), &h.a_editor, person(body)).await;
        let (f, message) = problem(s, &v);
        assert_eq!(f, field);
        assert!(message.contains(ru), "{message}");
    }
    let (s, v) = put(person(json!({"weeks": 6}))).await;
    assert_eq!(problem(s, &v).0, "weeks", "an unknown field is still refused");
    let (_, after) = h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await;
    assert_eq!(after, stored, "nothing written by a refused request");

    // The OpenAPI document describes every field the answer carries, nullable where it can be null.
    let (_, _, doc) = h.call(Method::GET, "/api/openapi.json", None, Body::empty(), "").await;
    let schemas = &doc["components"]["schemas"];
    for f in FLAT {
        let out = &schemas["Person"]["properties"][f];
        assert!(out.is_object(), "Person.{f}: {}", schemas["Person"]);
        let nullable = out["type"].as_array().is_some_and(|t| t.contains(&json!("null")));
        assert_eq!(nullable, f != "pensioner", "Person.{f}: {out}");
        assert!(schemas["PersonInput"]["properties"][f].is_object(), "PersonInput.{f}");
    }
    assert_eq!(schemas["Person"]["properties"]["pensioner"]["enum"], json!(["no", "age", "seniority"]));
    assert_eq!(schemas["Person"]["properties"]["payroll"]["$ref"], "#/components/schemas/PersonPayroll");
    assert_eq!(schemas["PersonInput"]["properties"]["payroll"]["$ref"], "#/components/schemas/PersonPayroll");
    assert_eq!(schemas["PersonInput"]["additionalProperties"], false);
    // Every field of an answer is in the schema.
    let props = schemas["Person"]["properties"].as_object().unwrap();
    for key in after.as_object().unwrap().keys() {
        assert!(props.contains_key(key), "{key} is not in the Person schema");
    }
}

async fn page(h: &Harness, req: Request<Body>) -> (StatusCode, Option<String>, String) {
    let res = h.app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let location = res.headers().get(header::LOCATION).map(|l| l.to_str().unwrap().to_string());
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, location, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_changes_the_facts_on_the_person_page() {
    let h = Harness::new().await;
    let (_, pid, _, _) = h.seed_a().await;
    let user = h.a_scope.actor.strip_prefix("user:").unwrap().to_string();
    let secret = h.store.create_session(&user, &h.a_scope.org_id, jiff::SignedDuration::from_hours(1)).await.unwrap();
    let csrf = h.store.session(&secret).await.unwrap().unwrap().csrf;
    let cookie = format!("kzc_session={secret}");
    let get = |path: String| Request::get(path).header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
    let post = |form: String| {
        Request::post(format!("/people/{pid}/facts"))
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form))
            .unwrap()
    };
    // Shown with the defaults, and the form.
    let (s, _, html) = page(&h, get(format!("/people/{pid}"))).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("Payroll facts") && html.contains("id=\"edit-facts\""), "{html}");
    assert!(html.contains("<th scope=\"row\">Working days a week</th><td>by default</td>"), "{html}");

    // Saved: the page shows the new values, the API reads them.
    let form = format!(
        "csrf={csrf}&birth_date=1962-05-01&tax_resident=yes&in_kz_since=&pensioner=age&disability_group=3\
         &disability_from=01.01.2026&disability_until=&basic_deduction=yes&basic_deduction_from=2026-04-01\
         &week=6&days_worked=20"
    );
    let (s, location, html) = page(&h, post(form)).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{html}");
    let (s, _, html) = page(&h, get(location.unwrap())).await;
    assert_eq!(s, StatusCode::OK);
    for (name, value) in [
        ("Date of birth", "1962-05-01"),
        ("Tax resident", "yes"),
        ("Pensioner", "by age"),
        ("Disability group", "3"),
        ("Disability from", "2026-01-01"),
        ("Basic deduction from", "2026-04-01"),
        ("Working days a week", "6"),
        ("Days worked (timesheet)", "20"),
    ] {
        assert!(html.contains(&format!("<th scope=\"row\">{name}</th><td>{value}</td>")), "{name}: {html}");
    }
    assert!(html.contains("<option value=\"age\" selected>") && html.contains("value=\"1962-05-01\""), "{html}");
    let (_, p) = h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await;
    assert_eq!((&p["pensioner"], &p["week"], &p["disability_from"]), (&json!("age"), &json!(6), &json!("2026-01-01")));

    // A bad date: the form comes back as typed, with the problem on the page, and nothing is saved.
    let form = format!("csrf={csrf}&birth_date=31.02.1962&pensioner=seniority&basic_deduction=no&week=5&days_worked=7");
    let (s, _, html) = page(&h, post(form)).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    assert!(html.contains("id=\"facts-problems\"") && html.contains("The payroll facts were not saved"), "{html}");
    assert!(html.contains("<b>Date of birth</b>: not a date"), "{html}");
    assert!(html.contains("value=\"31.02.1962\"") && html.contains("<option value=\"seniority\" selected>"), "{html}");
    assert!(html.contains("<option value=\"5\" selected>") && html.contains("value=\"7\""), "kept: {html}");
    assert!(!html.contains("\"error\":"), "never raw JSON: {html}");
    let (_, p) = h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await;
    assert_eq!((&p["pensioner"], &p["week"]), (&json!("age"), &json!(6)), "nothing saved");

    // In the user's language, the store's checks too.
    h.store.set_lang(&user, "ru").await.unwrap();
    let form = format!(
        "csrf={csrf}&birth_date=1962-05-01&pensioner=age&basic_deduction=yes&disability_group=2\
         &disability_from=2026-05-01&disability_until=2026-04-30&week=6&days_worked=40"
    );
    let (s, _, html) = page(&h, post(form)).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    assert!(html.contains("<html lang=\"ru\">") && html.contains("Данные для зарплаты не сохранены"), "{html}");
    assert!(html.contains("<b>Отработано дней (табель)</b>: целое число от 0 до 31"), "{html}");
    let form = format!(
        "csrf={csrf}&birth_date=1962-05-01&pensioner=age&basic_deduction=yes&disability_group=2\
         &disability_from=2026-05-01&disability_until=2026-04-30&week=6"
    );
    let (s, _, html) = page(&h, post(form)).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    assert!(html.contains("<b>Инвалидность по</b>: раньше первого дня инвалидности"), "{html}");
    assert!(html.contains("value=\"2026-04-30\""), "{html}");

    // Without the session's CSRF token: refused.
    let (s, _, _) = page(&h, post("csrf=nope&week=5&pensioner=no&basic_deduction=yes".into())).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (_, p) = h.get(&format!("/api/v1/people/{pid}"), &h.a_viewer).await;
    assert_eq!(p["week"], 6);
}
