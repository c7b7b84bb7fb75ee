//! `kzcomply calendar 2026` (official calendar overridden) and the immigrant-registration
//! deadlines (MIA Order No. 923, from 1 Jul 2026) as a user runs them. Expected dates are worked
//! by hand (tests/golden/deadlines/immigrant-registration.toml).

mod common;

use common::{fails_with, json, kzcomply, stderr, stdout};

#[test]
fn calendar_2026_says_the_published_calendar_is_overridden() {
    let v = json(&["calendar", "2026", "--json"]);
    assert_eq!(v["provisional"], false);
    assert_eq!(v["status"], "overridden");
    // Published: 365 − 104 weekend days − 15 weekdays off (with Mon 31 Aug) = 246; kzcomply works 31 Aug: 247.
    assert_eq!(v["overridden"]["published_working_days"], 246);
    assert_eq!(v["working_days"], 247);
    assert!(v["overridden"]["differs"].as_str().unwrap().contains("2026-08-31"));
    assert_eq!(json(&["calendar", "2025", "--json"])["status"], "official");
    let v = json(&["calendar", "2027", "--json"]);
    assert_eq!((v["status"].clone(), v["provisional"].clone()), ("provisional".into(), true.into()));
    assert!(v.get("overridden").is_none());
    let text = stdout(&kzcomply(&["calendar", "2026"]));
    assert!(text.contains("OFFICIAL CALENDAR OVERRIDDEN"), "{text}");
    assert!(text.contains("Published calendar: 246 working days"), "{text}");
}

#[test]
fn immigrant_registration_table_and_json() {
    // Entry Fri 3 Jul 2026 + 30 calendar days = Sun 2 Aug 2026 → next working day Mon 3 Aug.
    let o = kzcomply(&["deadline", "immigrant-registration", "--date", "2026-07-03", "--as-of", "2026-07-10"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Mon 2026-08-03"), "{text}");
    assert!(text.contains("30 calendar days after entry"), "{text}");
    assert!(text.contains("No. 923"), "{text}");
    assert!(text.contains("due in 24 days"), "{text}"); // 10 Jul → 3 Aug: 21 + 3
    let v = json(&["deadline", "immigrant-registration", "--date", "2026-07-03", "--as-of", "2026-08-05", "--json"]);
    assert_eq!(v["event"], "immigrant-registration");
    assert_eq!(v["date"], "2026-07-03");
    assert_eq!(v["due"], "2026-08-03");
    assert_eq!(v["rule_key"], "deadlines.migration.immigrant_registration");
    assert_eq!(v["status"], "overdue");
    assert_eq!(v["days"], 2); // 3 Aug → 5 Aug
    assert!(v["explanation"].as_str().unwrap().contains("Sun 2026-08-02"));
    // A move on Fri 28 Aug 2026: Mon 31 Aug (worked), Tue 1, Wed 2, Thu 3, Fri 4 Sep.
    let v =
        json(&["deadline", "address-change-registration", "--date", "2026-08-28", "--as-of", "2026-08-28", "--json"]);
    assert_eq!(v["due"], "2026-09-04");
    assert_eq!(v["rule"], "5 working days after the move");
}

#[test]
fn before_july_2026_the_registration_rules_are_not_in_force() {
    fails_with(&["deadline", "immigrant-registration", "--date", "2026-06-30"], "not required on 2026-06-30");
    fails_with(&["deadline", "immigrant-registration", "--date", "2026-06-30", "--json"], "1 Jul 2026");
    fails_with(&["deadline", "address-change-registration", "--date", "2026-03-20"], "1 Jul 2026");
}

#[test]
fn deadline_help_lists_the_registration_events() {
    let text = stdout(&kzcomply(&["deadline", "--help"]));
    assert!(text.contains("immigrant-registration"), "{text}");
    assert!(text.contains("address-change-registration"), "{text}");
}

#[test]
fn foreign_hire_plans_the_registration_of_a_visa_free_citizen() {
    // UZ, enters Fri 31 Jul 2026: + 30 calendar days = Sun 30 Aug → Mon 31 Aug (worked in kzcomply).
    let hire = |who: &str, more: &[&str]| {
        let args = ["foreign-hire", "--citizenship", who, "--category", "3", "--start", "2026-08-03"];
        json(&[&args[..], &["--region", "Almaty", "--json"], more].concat())
    };
    let p = hire("UZ", &["--arrival", "2026-07-31"]);
    let step = |id: &str| p["steps"].as_array().unwrap().iter().find(|s| s["step"] == id).cloned();
    let reg = step("immigrant-registration").expect("a registration step");
    assert_eq!(reg["due"], "2026-08-31");
    assert!(reg["basis"].as_str().unwrap().contains("No. 923"), "{reg}");
    let moved = step("address-change-registration").expect("an address-change step");
    assert!(moved["due"].is_null(), "{moved}");
    assert!(moved["basis"].as_str().unwrap().starts_with("5 working days after the move"), "{moved}");
    // A C3 holder gets neither step.
    let p = hire("IN", &[]);
    assert!(p["steps"].as_array().unwrap().iter().all(|s| s["step"] != "immigrant-registration"));
}
