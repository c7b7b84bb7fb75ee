//! The foreign-hire pathway against `tests/golden/hiring/foreign_hire.toml`: plans worked by hand
//! from docs/hiring-method.md §1 on the hand-made production calendars.

use jiff::civil::Date;
use kzcomply_i18n::Lang;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::Calendar;
use kzcomply_law::duration::Duration;
use kzcomply_law::foreign::Category;
use kzcomply_plan::pathway::{Exemption, HireRequest, Pathway, plan};

fn date(v: &toml::Value) -> Date {
    v.as_datetime().expect("a date").to_string().parse().expect("a civil date")
}

fn opt_date(case: &toml::Table, key: &str) -> Option<Date> {
    case.get(key).map(date)
}

fn request(case: &toml::Table) -> HireRequest {
    let s = |k: &str| case.get(k).and_then(|v| v.as_str()).map(str::to_string);
    HireRequest {
        citizenship: s("citizenship").expect("citizenship"),
        category: Category::parse(&s("category").expect("category")).expect("a category"),
        start: date(&case["start"]),
        region: s("region").expect("region"),
        residence_permit: case.get("residence_permit").and_then(|v| v.as_bool()).unwrap_or(false),
        exempt: s("exempt").map(|e| Exemption::parse(&e).expect("an exemption")),
        arrival: opt_date(case, "arrival"),
        signed: opt_date(case, "signed"),
        permit_term: s("permit_term").map(|t| Duration::parse(&t).expect("a term")),
        permit_issued: opt_date(case, "permit_issued"),
    }
}

/// Every difference between the plan and the case, as lines.
fn differences(p: &Pathway, case: &toml::Table) -> Vec<String> {
    let mut out = Vec::new();
    let mut same = |what: &str, got: String, want: String| {
        if got != want {
            out.push(format!("{what}: got {got}, want {want}"));
        }
    };
    same("permit_required", p.permit_required.to_string(), case["permit_required"].as_bool().unwrap().to_string());
    same("quota_required", p.quota_required.to_string(), case["quota_required"].as_bool().unwrap().to_string());
    same("visa", p.visa.to_string(), case["visa"].as_str().unwrap().to_string());
    let due = |id: &str| p.steps.iter().find(|s| s.step == id).map(|s| s.due);
    for (id, want) in case.get("due").and_then(|d| d.as_table()).into_iter().flatten() {
        same(&format!("{id} due"), format!("{:?}", due(id).flatten()), format!("{:?}", Some(date(want))));
    }
    for id in case.get("absent").and_then(|a| a.as_array()).into_iter().flatten() {
        let id = id.as_str().unwrap();
        same(&format!("{id} present"), due(id).is_some().to_string(), "false".into());
    }
    let reports: Vec<Option<Date>> =
        p.steps.iter().filter(|s| s.step == "foreign-labour-report").map(|s| s.due).collect();
    if let Some(n) = case.get("reports") {
        same("reports", reports.len().to_string(), n.as_integer().unwrap().to_string());
    }
    if let Some(d) = case.get("first_report") {
        same("first_report", format!("{:?}", reports.first().copied().flatten()), format!("{:?}", Some(date(d))));
    }
    if let Some(d) = case.get("last_report") {
        same("last_report", format!("{:?}", reports.last().copied().flatten()), format!("{:?}", Some(date(d))));
    }
    for id in case.get("present").and_then(|a| a.as_array()).into_iter().flatten() {
        let id = id.as_str().unwrap();
        same(&format!("{id} present"), due(id).is_some().to_string(), "true".into());
    }
    for (id, want) in case.get("notes").and_then(|d| d.as_table()).into_iter().flatten() {
        let note = p.steps.iter().find(|s| s.step == id).and_then(|s| s.note.clone()).unwrap_or_default();
        let want = want.as_str().unwrap();
        same(&format!("{id} note {note:?} contains {want:?}"), note.contains(want).to_string(), "true".into());
    }
    if let Some(want) = case.get("uncertainty").and_then(|u| u.as_str()) {
        let found = p.uncertainties.iter().any(|u| u.contains(want));
        same(&format!("an uncertainty contains {want:?} ({:?})", p.uncertainties), found.to_string(), "true".into());
    }
    let opens = |id: &str| p.steps.iter().find(|s| s.step == id).and_then(|s| s.window_opens);
    for (key, id) in [("extension_opens", "permit-extension"), ("mentoring_opens", "mentoring-period")] {
        if let Some(d) = case.get(key) {
            same(key, format!("{:?}", opens(id)), format!("{:?}", Some(date(d))));
        }
    }
    out
}

/// The cases of `tests/golden/hiring/<name>`.
fn cases(name: &str) -> Vec<toml::Value> {
    let path = format!("{}/../../tests/golden/hiring/{name}", env!("CARGO_MANIFEST_DIR"));
    let file: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    file["case"].as_array().unwrap().clone()
}

#[test]
fn plans_match_the_hand_worked_cases() {
    let rules = RuleBook::embedded();
    let cal = Calendar::from_rules(&rules).unwrap();
    let main = cases("foreign_hire.toml");
    assert!(main.len() >= 24, "only {} cases", main.len());
    // The immigrant registration of visa-free citizens (from 1 Jul 2026) has its own file.
    let cases: Vec<toml::Value> = main.into_iter().chain(cases("foreign_hire_registration.toml")).collect();
    let mut failures = Vec::new();
    for case in &cases {
        let case = case.as_table().unwrap();
        let name = case["name"].as_str().unwrap();
        match plan(&rules, &cal, &request(case), Lang::En) {
            Ok(p) => {
                let diffs = differences(&p, case);
                if !diffs.is_empty() {
                    failures.push(format!("{name}:\n    {}", diffs.join("\n    ")));
                }
            }
            Err(e) => failures.push(format!("{name}: error {e}")),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn steps_beyond_the_calendar_are_kept_unadjusted_and_say_so() {
    // Category 1 for 3 years from Wed 1 Apr 2026: issued Tue 31 Mar 2026 (last working day before),
    // expires 31 Mar 2026 + 3 years − 1 day = 30 Mar 2029, a year the calendar does not cover.
    // Extension closes 30 Mar 2029 − 30 days = 28 Feb 2029 and opens − 60 days = 29 Jan 2029,
    // not moved off weekends; 36 monthly reports, Apr 2026 … Mar 2029, the last on 30 Mar 2029.
    let rules = RuleBook::embedded();
    let cal = Calendar::from_rules(&rules).unwrap();
    let req = HireRequest {
        citizenship: "GB".into(),
        category: Category::One,
        start: jiff::civil::date(2026, 4, 1),
        region: "Almaty".into(),
        residence_permit: false,
        exempt: None,
        arrival: None,
        signed: None,
        permit_term: Duration::parse("3 years"),
        permit_issued: None,
    };
    let p = plan(&rules, &cal, &req, Lang::En).unwrap();
    let get = |id: &str| p.steps.iter().find(|s| s.step == id).unwrap();
    assert_eq!(get("permit-expiry").due, Some(jiff::civil::date(2029, 3, 30)));
    let ext = get("permit-extension");
    assert_eq!(
        (ext.window_opens, ext.due),
        (Some(jiff::civil::date(2029, 1, 29)), Some(jiff::civil::date(2029, 2, 28)))
    );
    assert!(ext.note.as_deref().unwrap().contains("not in the rules yet"), "{:?}", ext.note);
    let reports: Vec<_> = p.steps.iter().filter(|s| s.step == "foreign-labour-report").collect();
    assert_eq!((reports.len(), reports.last().unwrap().due), (36, Some(jiff::civil::date(2029, 3, 30))));
}
