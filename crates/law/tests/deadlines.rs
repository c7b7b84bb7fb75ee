//! Statutory deadlines and their status, from `tests/golden/deadlines/*.toml`, worked by hand on the
//! official calendars.

mod common;

use common::{get_date, int, report, tables, text};
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::{Calendar, Week};
use kzcomply_law::deadlines::{DeadlineError, DeadlineOptions, Event, deadline};

#[test]
fn deadlines_and_statuses() {
    let rules = RuleBook::embedded();
    let cal = Calendar::from_rules(&rules).unwrap();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for (file, t) in common::load(&common::golden("deadlines")) {
        for c in tables(&t, "case") {
            let name = text(c, "name").unwrap_or("?");
            let event =
                Event::parse(text(c, "event").unwrap()).unwrap_or_else(|| panic!("{file}: {name}: unknown event"));
            let week = text(c, "week").map_or(Week::FiveDay, |w| Week::parse(w).unwrap());
            let opts = DeadlineOptions { week, region: text(c, "region").map(str::to_string) };
            let date = get_date(c, "date").unwrap();
            let result = deadline(&rules, &cal, event, date, &opts);
            // A case with `not_required = true` expects the rule not to be in force on the date.
            if c.get("not_required").and_then(|v| v.as_bool()) == Some(true) {
                checked += 1;
                match result {
                    Err(DeadlineError::NotRequired { .. }) => {}
                    other => failures.push(format!("{file}: {name}: expected not required, got {other:?}")),
                }
                continue;
            }
            let d = match result {
                Ok(d) => d,
                Err(e) => {
                    failures.push(format!("{file}: {name}: {e}"));
                    continue;
                }
            };
            checked += 1;
            if Some(d.due) != get_date(c, "due") {
                failures.push(format!(
                    "{file}: {name}: due {} expected {:?} ({})",
                    d.due,
                    get_date(c, "due"),
                    d.explanation
                ));
            }
            if let Some(opens) = get_date(c, "window_opens") {
                checked += 1;
                if d.window_opens != Some(opens) {
                    failures.push(format!("{file}: {name}: window opens {:?}, expected {opens}", d.window_opens));
                }
            }
            if let (Some(as_of), Some(status)) = (get_date(c, "as_of"), text(c, "status")) {
                let got = d.status(as_of, get_date(c, "done"));
                checked += 1;
                if got.name() != status || i64::from(got.days()) != int(c, "days").unwrap_or(0) {
                    failures.push(format!(
                        "{file}: {name}: status {} {} expected {status} {:?}",
                        got.name(),
                        got.days(),
                        int(c, "days")
                    ));
                }
            }
        }
    }
    report(failures, checked);
}

#[test]
fn the_vacancy_posting_did_not_exist_before_september_2025() {
    let rules = RuleBook::embedded();
    let cal = Calendar::from_rules(&rules).unwrap();
    let err = deadline(&rules, &cal, Event::VacancyPosting, jiff::civil::date(2025, 8, 1), &DeadlineOptions::default());
    assert!(matches!(err, Err(DeadlineError::NotRequired { .. })), "{err:?}");
}

#[test]
fn the_quota_deadline_can_be_set_per_region_and_year() {
    let rules = RuleBook::embedded();
    let cal = Calendar::from_rules(&rules).unwrap();
    let astana = DeadlineOptions { region: Some("Astana".into()), ..Default::default() };
    let due = |date, opts: &DeadlineOptions| deadline(&rules, &cal, Event::QuotaApplication, date, opts).unwrap().due;
    // Astana's own date in 2024: Friday 27 September.
    assert_eq!(due(jiff::civil::date(2024, 5, 1), &astana), jiff::civil::date(2024, 9, 27));
    // 2024 default: 30 September 2024 is a Monday, a working day.
    assert_eq!(due(jiff::civil::date(2024, 5, 1), &DeadlineOptions::default()), jiff::civil::date(2024, 9, 30));
    // Astana in 2025 has no own date: the default 30 September 2025 (Tuesday).
    assert_eq!(due(jiff::civil::date(2025, 5, 1), &astana), jiff::civil::date(2025, 9, 30));
}

#[test]
fn the_immigrant_registration_rules_did_not_exist_before_july_2026() {
    let rules = RuleBook::embedded();
    let cal = Calendar::from_rules(&rules).unwrap();
    let opts = DeadlineOptions::default();
    for event in [Event::ImmigrantRegistration, Event::AddressChangeRegistration] {
        let err = deadline(&rules, &cal, event, jiff::civil::date(2026, 6, 30), &opts).unwrap_err();
        assert!(matches!(err, DeadlineError::NotRequired { .. }), "{err:?}");
        // The answer says why and from when, rather than a date.
        assert!(err.to_string().contains("1 Jul 2026"), "{err}");
        assert!(deadline(&rules, &cal, event, jiff::civil::date(2026, 7, 1), &opts).is_ok());
    }
}
