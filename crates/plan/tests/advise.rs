//! The engagement-model advisor against `tests/golden/hiring/advise.toml`.

use kzcomply_i18n::Lang;
use kzcomply_law::RuleBook;
use kzcomply_plan::advise::{Situation, advise};

#[test]
fn advice_matches_the_decision_table() {
    let rules = RuleBook::embedded();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/hiring/advise.toml");
    let file: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = file["case"].as_array().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let int = |k: &str| case.get(k).map_or(0, |v| v.as_integer().unwrap() as u32);
        let s = Situation {
            has_entity: case["has_entity"].as_bool().unwrap(),
            headcount: int("headcount"),
            planned_hires: int("planned_hires"),
            foreign: int("foreign"),
            same_role_direct_staff: case.get("same_role_direct_staff").and_then(|v| v.as_bool()),
        };
        let a = advise(&rules, &s, jiff::civil::date(2026, 11, 21), Lang::En).unwrap();
        let rec = serde_json::to_value(a.recommendation).unwrap();
        if rec != case["recommendation"].as_str().unwrap() {
            failures.push(format!("{name}: recommendation {rec}"));
        }
        let ids: Vec<&str> = a.traps.iter().map(|t| t.id).collect();
        let want: Vec<&str> = case["traps"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        if ids != want {
            failures.push(format!("{name}: traps {ids:?}, want {want:?}"));
        }
        for (id, text) in case.get("mentions").and_then(|m| m.as_table()).into_iter().flatten() {
            let msg = a.traps.iter().find(|t| t.id == id).map_or("", |t| t.message.as_str());
            if !msg.contains(text.as_str().unwrap()) {
                failures.push(format!("{name}: trap {id} lacks {}: {msg}", text.as_str().unwrap()));
            }
        }
        for text in case.get("reason_mentions").and_then(|m| m.as_array()).into_iter().flatten() {
            if !a.reasons.iter().any(|r| r.contains(text.as_str().unwrap())) {
                failures.push(format!("{name}: no reason mentions {}", text.as_str().unwrap()));
            }
        }
    }
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn before_12_march_2026_a_late_esutd_record_is_not_finable() {
    let rules = RuleBook::embedded();
    let s =
        Situation { has_entity: true, headcount: 5, planned_hires: 1, foreign: 0, same_role_direct_staff: Some(true) };
    let a = advise(&rules, &s, jiff::civil::date(2026, 3, 11), Lang::En).unwrap();
    let esutd = a.traps.iter().find(|t| t.id == "esutd").unwrap();
    assert!(esutd.message.contains("not yet finable"), "{}", esutd.message);
    let a = advise(&rules, &s, jiff::civil::date(2026, 3, 12), Lang::En).unwrap();
    assert!(a.traps.iter().any(|t| t.message.contains("30–200 MRP")));
}

#[test]
fn impossible_situations_are_named() {
    let rules = RuleBook::embedded();
    let day = jiff::civil::date(2026, 11, 21);
    let s = Situation { has_entity: true, headcount: 3, planned_hires: 2, foreign: 3, same_role_direct_staff: None };
    let e = advise(&rules, &s, day, Lang::En).unwrap_err().to_string();
    assert!(e.starts_with("--foreign:"), "{e}");
    let s = Situation { planned_hires: 0, foreign: 0, ..s };
    assert!(advise(&rules, &s, day, Lang::En).unwrap_err().to_string().starts_with("--planned-hires:"));
}
