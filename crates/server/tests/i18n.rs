//! The dashboard and the API in English, Russian and Kazakh (issue 14): the demo's findings page
//! per language (headings, plural counts, DD.MM.YYYY dates, `1 557 000 ₸`, no English left), the
//! sign-in page and its switch for a Kazakh browser, the switch on every page, and the API's
//! precedence — `?lang=`, then `Accept-Language`, then the caller's setting — with ids unchanged.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use kzcomply_server::{AppState, app, demo};
use serde_json::Value;
use tower::ServiceExt;

struct Demo {
    app: axum::Router,
    store: kzcomply_store::Store,
    company: String,
}

async fn demo_app() -> Demo {
    let store = kzcomply_store::Store::open(&common::temp_db()).await.unwrap();
    let state = AppState::new(store.clone(), false).unwrap();
    demo::load(&state).await.unwrap();
    let app = app(state);
    let org = store.orgs().await.unwrap().into_iter().find(|o| o.name == demo::ORG).unwrap();
    let scope = kzcomply_store::Scope { org_id: org.id, actor: "system".into(), role: kzcomply_store::Role::Viewer };
    let company = store.list_companies(&scope).await.unwrap().remove(0).id;
    Demo { app, store, company }
}

/// Signs in as a demo user through the form; returns the session cookie.
async fn sign_in(d: &Demo, email: &str) -> String {
    let form = format!("email={}&password={}&next=%2F", email.replace('@', "%40"), demo::PASSWORD);
    let req = Request::post("/login").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let res = d.app.clone().oneshot(req.body(Body::from(form)).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{email} signs in");
    res.headers()[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_string()
}

async fn get(d: &Demo, path: &str, headers: &[(&str, &str)]) -> (StatusCode, String) {
    let mut req = Request::get(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = d.app.clone().oneshot(req.body(Body::empty()).unwrap()).await.unwrap();
    let status = res.status();
    (status, String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap())
}

/// What a reader sees of a page: the text between the tags (entities decoded), without the
/// rule ids shown in `<code>` (stable ids, the same in every language) and without the page's
/// `<head>`.
fn visible(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut rest = body;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag_end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..tag_end];
        rest = &rest[tag_end..];
        if tag.starts_with("<code") {
            rest = rest.split_once("</code>").map_or("", |(_, after)| after);
        }
        if tag.starts_with("<script") || tag.starts_with("<svg") {
            let close = if tag.starts_with("<svg") { "</svg>" } else { "</script>" };
            rest = rest.split_once(close).map_or("", |(_, after)| after);
        }
        out.push(' ');
    }
    out.push_str(rest);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    out.replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
}

/// Words of the English findings page that must not be left on a Russian or Kazakh one.
const ENGLISH: &[&str] = &[
    "Findings",
    "Overview",
    "People",
    "Payroll",
    "Import",
    "Rules",
    "Sign out",
    "Severity",
    "Fine exposure",
    "violations",
    "risks",
    "warnings",
    "Violation",
    "Risk",
    "Warning",
    "Who",
    "What",
    "Fine,",
    "As of",
    "All",
    "Not checked",
    "not priced",
    "at least",
    "KZT",
    "Host companies",
];

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_findings_page_reads_in_each_language() {
    let d = demo_app().await;
    let path = format!("/companies/{}/findings?as_of=2026-11-20", d.company);
    // The admin reads English; the editor Russian; the viewer Kazakh (the demo's settings).
    let en = get(&d, &path, &[("cookie", &sign_in(&d, "admin@demo.kz").await)]).await;
    let ru = get(&d, &path, &[("cookie", &sign_in(&d, "editor@demo.kz").await)]).await;
    let kk = get(&d, &path, &[("cookie", &sign_in(&d, "viewer@demo.kz").await)]).await;
    for (s, _) in [&en, &ru, &kk] {
        assert_eq!(*s, StatusCode::OK);
    }
    let (en, ru, kk) = (en.1, ru.1, kk.1);
    assert!(
        en.contains("<html lang=\"en\">") && ru.contains("<html lang=\"ru\">") && kk.contains("<html lang=\"kk\">")
    );
    // English: as today, with the catalogue's forms (ISO dates, "1,557,000 KZT", "1 risk").
    let en_text = visible(&en);
    for want in
        ["Findings", "Fine exposure: 1,557,000 KZT", "12 violations", "1 risk ·", "2 warnings", "As of 2026-11-20"]
    {
        assert!(en_text.contains(want), "English page lacks {want:?}:\n{en_text}");
    }
    let expected: [(&str, &str, &[&str]); 2] = [
        (
            "ru",
            &ru,
            &[
                "Нарушения и риски",
                "Возможные штрафы: 1 557 000 ₸",
                "12 нарушений",
                "1 риск ·",
                "2 предупреждения",
                "На 20.11.2026",
                "Уровень",
                "Штраф, ₸",
                "Нарушение",
            ],
        ),
        (
            "kk",
            &kk,
            &[
                "Бұзушылықтар мен тәуекелдер",
                "Ықтимал айыппұлдар: 1 557 000 ₸",
                "12 бұзушылық",
                "1 тәуекел",
                "2 ескерту",
                "20.11.2026 жағдай бойынша",
                "Деңгейі",
                "Айыппұл, ₸",
                "Бұзушылық",
            ],
        ),
    ];
    for (lang, html, wants) in expected {
        let text = visible(html);
        for want in wants {
            assert!(text.contains(want), "{lang}: the page lacks {want:?}:\n{text}");
        }
        for word in ENGLISH {
            assert!(!text.contains(word), "{lang}: English {word:?} left on the page:\n{text}");
        }
        // Dates are DD.MM.YYYY: no ISO date is shown (the filter's <input type=date> keeps its ISO value).
        let iso = regex_free_iso(&text);
        assert!(iso.is_empty(), "{lang}: ISO dates on the page: {iso:?}");
        // The three-way switch, with the current language marked.
        for name in ["English", "Русский", "Қазақша"] {
            assert!(html.contains(name), "{lang}: the switch lacks {name}");
        }
        assert!(html.contains(&format!("<b lang=\"{lang}\" aria-current=\"true\">")), "{lang}: current language");
    }
}

/// `html` without the element from `open` to `close`.
fn without(html: &str, open: &str, close: &str) -> String {
    match html.split_once(open) {
        Some((before, after)) => format!("{before}{}", after.split_once(close).map_or("", |x| x.1)),
        None => html.to_string(),
    }
}

/// Every YYYY-MM-DD in `text`.
fn regex_free_iso(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len().saturating_sub(9))
        .filter(|&i| {
            (0..4).all(|k| digit(i + k)) && b[i + 4] == b'-' && digit(i + 5) && digit(i + 6) && b[i + 7] == b'-'
        })
        .filter(|&i| digit(i + 8) && digit(i + 9))
        .map(|i| text[i..i + 10].to_string())
        .collect()
}

/// The Latin-letter words of `text` (three letters or more) that are not in `allowed`.
fn latin_words(text: &str, allowed: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-' || c == '_'))
        .map(|w| w.trim_matches(|c| c == '-' || c == '_'))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 3)
        .filter(|w| !allowed.contains(*w) && !allowed.contains(&w.to_lowercase()))
        // Stable ids (rule and violation ids, `--rules-add`) are kebab-case: the same in every language.
        .filter(|w| !(w.contains('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())))
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Words a Russian or Kazakh page may carry in Latin letters: the demo's own data (names,
/// positions, the company, the file), the languages' own names, ids and formats.
fn allowed_latin() -> std::collections::BTreeSet<String> {
    let data = [
        String::from_utf8_lossy(demo::WORKFORCE_CSV).into_owned(),
        include_str!("../../../examples/demo/company.toml").to_string(),
        demo::ORG.to_string(),
    ];
    let mut allowed: std::collections::BTreeSet<String> = data
        .iter()
        .flat_map(|d| d.split(|c: char| !c.is_ascii_alphanumeric()).map(str::to_string).collect::<Vec<_>>())
        .collect();
    for w in [
        "English",
        "kzcomply",
        "API",
        "CSV",
        "XLSX",
        "HTML",
        "HTTP",
        "KZT",
        "MRP",
        "MZP",
        "KZ",
        "csv",
        "workforce",
        "demo",
        "https",
        "adilet",
        "zan",
        "curl",
        "Authorization",
        "Bearer",
        "kzc",
        "docs",
        "api",
        "companies",
        "VIII",
        "mrp",
        "mzp",
        "Admin",
        "Aigerim",
        "CLI",
        "DIR",
        "examples",
        "research",
    ] {
        allowed.insert(w.to_string());
    }
    allowed
}

/// Switches the signed-in user's language with the header's form.
async fn switch(d: &Demo, cookie: &str, lang: &str) {
    let (_, html) = get(d, "/", &[("cookie", cookie)]).await;
    let (_, html) = if html.is_empty() {
        get(d, &format!("/companies/{}", d.company), &[("cookie", cookie)]).await
    } else {
        (StatusCode::OK, html)
    };
    let at = html.find("name=\"csrf\" value=\"").expect("a form with the CSRF token") + "name=\"csrf\" value=\"".len();
    let form = format!("csrf={}&lang={lang}", &html[at..at + 64]);
    let req = Request::post("/lang")
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    let res = d.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "switch to {lang}");
}

#[tokio::test(flavor = "multi_thread")]
async fn no_english_is_left_on_any_demo_page_in_russian_or_kazakh() {
    let d = demo_app().await;
    let allowed = allowed_latin();
    let org = d.store.orgs().await.unwrap().into_iter().find(|o| o.name == demo::ORG).unwrap();
    let scope = kzcomply_store::Scope { org_id: org.id, actor: "system".into(), role: kzcomply_store::Role::Viewer };
    let person =
        d.store.list_people(&scope, &d.company).await.unwrap().into_iter().find(|p| p.ext_id == "D02").unwrap().id;
    let c = &d.company;
    let pages = [
        format!("/companies/{c}"),
        format!("/companies/{c}/findings"),
        format!("/companies/{c}/findings?as_of=2027-01-04"),
        format!("/companies/{c}/findings?severity=bogus"),
        format!("/companies/{c}/people"),
        format!("/people/{person}"),
        format!("/companies/{c}/payroll"),
        format!("/companies/{c}/payroll?period=2027-01"),
        format!("/companies/{c}/payroll?period=13.2026"),
        format!("/companies/{c}/import"),
        "/settings/rules".to_string(),
        "/settings/tokens".to_string(),
        "/no/such/page".to_string(),
        "/people/pe_missing".to_string(),
    ];
    // The admin (English in the demo) switches to each language: the admin sees every page,
    // the tokens page and the rules banner included.
    let cookie = sign_in(&d, "admin@demo.kz").await;
    let mut problems = Vec::new();
    for lang in ["ru", "kk"] {
        switch(&d, &cookie, lang).await;
        for path in &pages {
            let (status, html) = get(&d, path, &[("cookie", &cookie)]).await;
            assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang} {path}: {status} {html}");
            // The rules page's table of every parameter in force, and the list the parameter field
            // suggests, show the rule files' own titles (translated by the law crate where its
            // catalogue has them): not checked here.
            let html = without(&without(&html, "<details", "</details>"), "<datalist", "</datalist>");
            let text = visible(&html);
            let mut allowed = allowed.clone();
            if path.contains("severity=bogus") {
                // The filter's parameter, the value given and the values allowed are what one types.
                allowed.extend(["severity", "bogus", "violation", "risk", "warning"].map(String::from));
            }
            let left = latin_words(&text, &allowed);
            if !left.is_empty() {
                problems.push(format!("{lang} {path} ({status}): {left:?}\n  {text}"));
            }
            let iso = regex_free_iso(&text);
            if !iso.is_empty() {
                problems.push(format!("{lang} {path}: ISO dates {iso:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "English left on {} page(s):\n{}", problems.len(), problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kazakh_browser_gets_the_sign_in_page_in_kazakh_and_can_switch() {
    let d = demo_app().await;
    let (s, html) = get(&d, "/login", &[("accept-language", "kk-KZ,kk;q=0.9,ru;q=0.8,en;q=0.7")]).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("<html lang=\"kk\">"), "{html}");
    let text = visible(&html);
    for want in ["kzcomply жүйесіне қош келдіңіз!", "Электрондық пошта", "Құпиясөз", "Кіру"]
    {
        assert!(text.contains(want), "{want:?}: {text}");
    }
    // The three-way switch: Kazakh marked, links to the other two (the destination kept).
    assert!(html.contains("<b lang=\"kk\" aria-current=\"true\">Қазақша</b>"), "{html}");
    let (_, html) = get(&d, "/login?next=/settings/rules", &[("accept-language", "kk-KZ")]).await;
    assert!(html.contains("href=\"/login?lang=ru&amp;next=/settings/rules\""), "{html}");
    assert!(html.contains("href=\"/login?lang=en&amp;next=/settings/rules\""), "{html}");
    // A Russian browser, and an unknown one, as before; the switch wins over the browser.
    let (_, html) = get(&d, "/login", &[("accept-language", "ru-RU,ru;q=0.9")]).await;
    assert!(html.contains("<html lang=\"ru\">") && html.contains("Войти"));
    let (_, html) = get(&d, "/login", &[("accept-language", "de-DE")]).await;
    assert!(html.contains("<html lang=\"en\">") && html.contains("Sign in"));
    let (_, html) = get(&d, "/login?lang=ru", &[("accept-language", "kk-KZ")]).await;
    assert!(html.contains("<html lang=\"ru\">") && html.contains("name=\"lang\" value=\"ru\""), "{html}");

    // A failed sign-in answers in the browser's language and keeps the e-mail typed.
    let post = |form: String, lang: &'static str| {
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT_LANGUAGE, lang)
            .body(Body::from(form))
            .unwrap()
    };
    let res =
        d.app.clone().oneshot(post("email=viewer%40demo.kz&password=wrong-one&next=%2F".into(), "kk")).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(
        html.contains("Электрондық пошта немесе құпиясөз қате.") && html.contains("value=\"viewer@demo.kz\""),
        "{html}"
    );

    // Signing in after choosing a language on the sign-in page makes it the user's setting: the
    // admin (English) chose Kazakh.
    let form = format!("email=admin%40demo.kz&password={}&next=%2F&lang=kk", demo::PASSWORD);
    let res = d.app.clone().oneshot(post(form, "en")).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let cookie = res.headers()[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_string();
    let (_, html) = get(&d, &format!("/companies/{}", d.company), &[("cookie", &cookie)]).await;
    assert!(html.contains("<html lang=\"kk\">") && visible(&html).contains("Қызметкерлер саны: 21"), "{html}");
    // Signed in, the user's setting decides, whatever the browser says; the header switches it.
    let (_, html) =
        get(&d, &format!("/companies/{}", d.company), &[("cookie", &cookie), ("accept-language", "ru")]).await;
    assert!(html.contains("<html lang=\"kk\">"));
    switch(&d, &cookie, "ru").await;
    let (_, html) = get(&d, &format!("/companies/{}", d.company), &[("cookie", &cookie)]).await;
    assert!(html.contains("<html lang=\"ru\">") && visible(&html).contains("Численность: 21"));
    switch(&d, &cookie, "en").await;
    let (_, html) = get(&d, &format!("/companies/{}", d.company), &[("cookie", &cookie)]).await;
    assert!(html.contains("<html lang=\"en\">") && visible(&html).contains("Headcount: 21"));
}

/// An API call; returns the status and the JSON.
async fn api(d: &Demo, path: &str, token: &str, headers: &[(&str, &str)]) -> (StatusCode, Value) {
    let mut all = vec![("authorization", format!("Bearer {token}"))];
    all.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
    let all: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (s, body) = get(d, path, &all).await;
    (s, serde_json::from_str(&body).unwrap_or(Value::String(body)))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_api_speaks_the_query_then_the_header_then_the_callers_setting() {
    let d = demo_app().await;
    // A token acts for its user: the viewer reads Kazakh, the editor Russian.
    let (_, viewer, _) = d.store.create_token_for_user("viewer@demo.kz", None, "test", None).await.unwrap();
    let (_, editor, _) = d.store.create_token_for_user("editor@demo.kz", None, "test", None).await.unwrap();
    let missing = "/api/v1/companies/co_nope";
    /// (what, token, query, headers, the message expected).
    type Case<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 6] = [
        ("the viewer's setting", &viewer, "", &[], "мұндай ресурс жоқ"),
        ("the editor's setting", &editor, "", &[], "такого ресурса нет"),
        (
            "Accept-Language over the setting",
            &viewer,
            "",
            &[("accept-language", "ru-RU,ru;q=0.9")],
            "такого ресурса нет",
        ),
        ("?lang= over Accept-Language", &viewer, "?lang=en", &[("accept-language", "ru")], "no such resource"),
        ("?lang=kk for the editor", &editor, "?lang=kk", &[("accept-language", "en")], "мұндай ресурс жоқ"),
        ("a browser language we do not speak", &editor, "", &[("accept-language", "de-DE")], "такого ресурса нет"),
    ];
    for (what, token, query, headers, message) in cases {
        let (s, body) = api(&d, &format!("{missing}{query}"), token, headers).await;
        common::assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
        assert_eq!(body["error"]["message"], message, "{what}: {body}");
    }
    // A language kzcomply does not speak is a 400 naming the parameter (in the caller's words).
    let (s, body) = api(&d, &format!("{missing}?lang=fr"), &viewer, &[]).await;
    common::assert_error(s, &body, StatusCode::BAD_REQUEST, "bad_request");
    assert_eq!(body["error"]["details"]["parameter"], "lang", "{body}");

    // Findings: the texts follow the language, the ids and numbers do not.
    let findings = format!("/api/v1/companies/{}/findings?as_of=2026-11-20", d.company);
    let (s, kk) = api(&d, &findings, &viewer, &[]).await;
    assert_eq!(s, StatusCode::OK, "{kk}");
    let (_, ru) = api(&d, &format!("{findings}&lang=ru"), &viewer, &[]).await;
    let (_, en) = api(&d, &findings, &viewer, &[("accept-language", "en-GB")]).await;
    let (kk, ru, en) = (kk.as_array().unwrap(), ru.as_array().unwrap(), en.as_array().unwrap());
    assert_eq!((kk.len(), ru.len(), en.len()), (15, 15, 15));
    let stable = |f: &Value| {
        let mut f = f.clone();
        for text in ["message", "basis", "fine_note"] {
            f.as_object_mut().unwrap().remove(text);
        }
        f
    };
    for ((k, r), e) in kk.iter().zip(ru).zip(en) {
        assert_eq!(stable(k), stable(r), "ids, people and amounts do not change with the language");
        assert_eq!(stable(k), stable(e));
        assert_ne!(k["message"], e["message"], "{k} / {e}");
        assert_ne!(r["message"], e["message"], "{r} / {e}");
    }
    let d09 = |all: &[Value]| all.iter().find(|f| f["rule"] == "esutd-missing-field").unwrap()["message"].clone();
    assert!(d09(kk).as_str().unwrap().contains("ЕШЕБЖ"), "{}", d09(kk));
    assert!(d09(ru).as_str().unwrap().contains("ЕСУТД"), "{}", d09(ru));
    assert!(d09(en).as_str().unwrap().contains("ESUTD"), "{}", d09(en));

    // An error raised while reading the request (a bad filter) is in the caller's language too,
    // with its details as ids.
    let (s, body) = api(&d, &format!("{findings}&severity=bogus"), &editor, &[]).await;
    common::assert_error(s, &body, StatusCode::BAD_REQUEST, "bad_request");
    assert_eq!(body["error"]["details"]["parameter"], "severity");
    assert!(body["error"]["message"].as_str().unwrap().contains("недопустимо"), "{body}");
    // A JSON body that does not fit: the problem in `details` is in the language too.
    let req = Request::post("/api/v1/payroll?lang=kk")
        .header(header::AUTHORIZATION, format!("Bearer {editor}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"gross": 1}"#))
        .unwrap();
    let res = d.app.clone().oneshot(req).await.unwrap();
    let body: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(body["error"]["code"], "invalid", "{body}");
    assert_eq!(body["error"]["details"][0]["field"], "period", "{body}");
    assert_eq!(body["error"]["details"][0]["message"], "міндетті өріс", "{body}");
    assert_eq!(body["error"]["message"], "period: міндетті өріс", "{body}");
    // The dashboard's session on the API: the user's setting.
    let cookie = sign_in(&d, "viewer@demo.kz").await;
    let (_, body) = get(&d, missing, &[("cookie", &cookie)]).await;
    assert!(body.contains("мұндай ресурс жоқ"), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_form_keeps_what_was_typed_and_an_error_is_a_page_with_a_way_back() {
    let d = demo_app().await;
    let cookie = sign_in(&d, "editor@demo.kz").await;
    let org = d.store.orgs().await.unwrap().into_iter().find(|o| o.name == demo::ORG).unwrap();
    let scope = kzcomply_store::Scope { org_id: org.id, actor: "system".into(), role: kzcomply_store::Role::Viewer };
    let person =
        d.store.list_people(&scope, &d.company).await.unwrap().into_iter().find(|p| p.ext_id == "D02").unwrap().id;
    let (_, html) = get(&d, &format!("/people/{person}"), &[("cookie", &cookie)]).await;
    let at = html.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let csrf = html[at..at + 64].to_string();
    let post = |path: String, form: String| {
        Request::post(path)
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form))
            .unwrap()
    };
    let body = |res: axum::response::Response| async move {
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
    };
    // A work permit needs its expiry: refused, on the person's page, with what was typed.
    let form = format!("csrf={csrf}&kind=permit_issued&on_date=2026-02-01&until_date=&note=Разрешение+№+7");
    let res = d.app.clone().oneshot(post(format!("/people/{person}/events"), form)).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(res).await;
    assert!(html.contains("<html lang=\"ru\">") && html.contains("id=\"event-problems\""), "{html}");
    assert!(html.contains("Событие не сохранено") && html.contains("нужна дата окончания"), "{html}");
    assert!(html.contains("value=\"2026-02-01\"") && html.contains("value=\"Разрешение № 7\""), "kept: {html}");
    assert!(html.contains("<option value=\"permit_issued\" selected>"), "the kind kept: {html}");
    // A date that is not one: named in Russian, the rest kept.
    let form = format!("csrf={csrf}&kind=signed&on_date=31.02.2026&note=x");
    let res = d.app.clone().oneshot(post(format!("/people/{person}/events"), form)).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(res).await;
    assert!(html.contains("это не дата; укажите в виде 31.03.2026") && html.contains("value=\"31.02.2026\""), "{html}");
    // Both date forms are accepted.
    let form = format!("csrf={csrf}&kind=trip&on_date=01.03.2026&until_date=2026-03-05&note=");
    let res = d.app.clone().oneshot(post(format!("/people/{person}/events"), form)).await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = get(&d, &format!("/people/{person}"), &[("cookie", &cookie)]).await;
    assert!(visible(&html).contains("01.03.2026 командировка → 05.03.2026"), "{html}");

    // A month that is not one on the payroll page: the page says so in the user's words and keeps it.
    let (s, html) = get(&d, &format!("/companies/{}/payroll?period=13.2026", d.company), &[("cookie", &cookie)]).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(html.contains("«13.2026» — не месяц") && html.contains("value=\"13.2026\""), "{html}");

    // An error is a page in the user's language, in the layout, with a way back.
    let (s, html) = get(&d, "/people/pe_nobody", &[("cookie", &cookie), ("referer", "http://example.kz/")]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(html.contains("<html lang=\"ru\">") && html.contains("<header class=\"top\">"), "{html}");
    assert!(html.contains("Не получилось") && html.contains("такого ресурса нет") && html.contains("Назад"), "{html}");
    let (s, html) = get(&d, "/no/such/page", &[("cookie", &sign_in(&d, "viewer@demo.kz").await)]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(html.contains("<html lang=\"kk\">") && html.contains("Орындалмады") && html.contains("мұндай ресурс жоқ"));
    // Before sign-in, in the browser's language.
    let (s, html) = get(&d, "/static/nothing", &[("accept-language", "kk-KZ")]).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(html.contains("<html lang=\"kk\">") && html.contains("мұндай ресурс жоқ"), "{html}");

    // The admin's token form: a bad role keeps the name typed.
    let admin = sign_in(&d, "admin@demo.kz").await;
    let (_, html) = get(&d, "/settings/tokens", &[("cookie", &admin)]).await;
    let at = html.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let form = format!("csrf={}&name=1C+export+nightly&role=owner", &html[at..at + 64]);
    let req = Request::post("/settings/tokens")
        .header(header::COOKIE, &admin)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    let res = d.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(res).await;
    assert!(html.contains("id=\"token-error\"") && html.contains("value=\"1C export nightly\""), "{html}");
}
