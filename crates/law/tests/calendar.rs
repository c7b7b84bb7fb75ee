//! The production calendar, checked day by day against the published calendars in
//! `tests/golden/calendar/*.toml`, and the working-day arithmetic in `tests/golden/workdays.toml`.

mod common;

use common::{date, get_date, int, report, tables, text};
use jiff::civil::Date;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::{Calendar, Week};

fn calendar() -> Calendar {
    Calendar::from_rules(&RuleBook::embedded()).expect("the embedded calendar builds")
}

fn week_of(t: &toml::Table) -> Week {
    text(t, "week").map_or(Week::FiveDay, |w| Week::parse(w).unwrap_or_else(|| panic!("unknown week {w}")))
}

#[test]
fn calendars_match_the_published_ones_day_by_day() {
    let cal = calendar();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for (file, t) in common::load(&common::golden("calendar")) {
        let year = int(&t, "year").expect("year") as i16;
        let info = cal.year_info(year).unwrap_or_else(|e| panic!("{file}: {e}"));
        let provisional = t.get("provisional").and_then(|v| v.as_bool()).unwrap_or(false);
        if info.provisional != provisional {
            failures.push(format!("{file}: provisional is {} in the rules", info.provisional));
        }
        if let Some(status) = text(&t, "status")
            && info.status.name() != status
        {
            failures.push(format!("{file}: status is {} in the rules, expected {status}", info.status.name()));
        }
        if let (Some(o), Some(w)) =
            (cal.year_override(year), t.get("five_day").and_then(|s| int(s.as_table()?, "published_working_days")))
        {
            checked += 1;
            if i64::from(o.published_working_days) != w {
                failures.push(format!(
                    "{file}: the rules say the published calendar has {} working days, expected {w}",
                    o.published_working_days
                ));
            }
        }
        for (section, week) in [("five_day", Week::FiveDay), ("six_day", Week::SixDay)] {
            let Some(s) = t.get(section).and_then(|v| v.as_table()) else { continue };
            let off: Vec<Date> = tables(s, "days_off").iter().map(|d| date(&d["date"])).collect();
            let worked: Vec<Date> = tables(s, "worked").iter().map(|d| date(&d["date"])).collect();
            let mut day = Date::new(year, 1, 1).unwrap();
            while day.year() == year {
                let expected = (!week.is_rest_day(day.weekday()) && !off.contains(&day)) || worked.contains(&day);
                let got = cal.is_working_day(day, week).unwrap();
                checked += 1;
                if got != expected {
                    failures.push(format!(
                        "{file} {section}: {day} ({:?}) working: expected {expected}, got {got}",
                        day.weekday()
                    ));
                }
                day = day.tomorrow().unwrap();
            }
            let total = cal
                .working_days_between(Date::new(year, 1, 1).unwrap(), Date::new(year, 12, 31).unwrap(), week)
                .unwrap();
            let days_in_year = if Date::new(year, 12, 31).unwrap().in_leap_year() { 366 } else { 365 };
            if let Some(w) = int(s, "working_days") {
                checked += 1;
                if i64::from(total) != w {
                    failures.push(format!("{file} {section}: {total} working days, expected {w}"));
                }
            }
            if let Some(n) = int(s, "non_working_days") {
                checked += 1;
                if days_in_year - i64::from(total) != n {
                    failures.push(format!(
                        "{file} {section}: {} non-working days, expected {n}",
                        days_in_year - i64::from(total)
                    ));
                }
            }
            if let Some(months) = s.get("monthly_working_days").and_then(|v| v.as_array()) {
                let got = cal.monthly_working_days(year, week).unwrap();
                let want: Vec<i64> = months.iter().map(|m| m.as_integer().unwrap()).collect();
                checked += 1;
                if got.iter().map(|&m| i64::from(m)).collect::<Vec<_>>() != want {
                    failures.push(format!("{file} {section}: months {got:?}, expected {want:?}"));
                }
            }
            // Every weekday off and every worked rest day has a reason in the calendar's notes.
            let notes: Vec<Date> = cal.notes(year, week).unwrap().map(|n| n.date).collect();
            for d in off.iter().chain(&worked) {
                checked += 1;
                if !notes.contains(d) {
                    failures.push(format!("{file} {section}: {d} has no reason in the calendar"));
                }
            }
        }
    }
    report(failures, checked);
}

/// One kind of working-day case: `compute` gives (a description, what the calendar says) for a
/// case, compared with its `expect` value.
fn check_cases<T: PartialEq + std::fmt::Debug>(
    t: &toml::Table,
    kind: &str,
    expect: impl Fn(&toml::Value) -> T,
    compute: impl Fn(&toml::Table) -> (String, Result<T, kzcomply_law::calendar::CalendarError>),
    failures: &mut Vec<String>,
) -> usize {
    let cases = tables(t, kind);
    for c in &cases {
        let want = expect(&c["expect"]);
        let (what, got) = compute(c);
        if got.as_ref() != Ok(&want) {
            failures.push(format!("{kind}: {what}: expected {want:?}, got {got:?}"));
        }
    }
    cases.len()
}

#[test]
fn working_day_arithmetic() {
    let cal = calendar();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for (_, t) in common::load(&common::golden("workdays.toml")) {
        let from_n = |c: &toml::Table| (get_date(c, "from").unwrap(), int(c, "days").unwrap() as u32);
        checked += check_cases(
            &t,
            "add",
            date,
            |c| {
                let (from, n) = from_n(c);
                (format!("{from} + {n} working days"), cal.add_working_days(from, n, week_of(c)))
            },
            &mut failures,
        );
        checked += check_cases(
            &t,
            "add_calendar",
            date,
            |c| {
                let (from, n) = from_n(c);
                (format!("{from} + {n} calendar days"), cal.add_calendar_days(from, n, week_of(c)))
            },
            &mut failures,
        );
        checked += check_cases(
            &t,
            "between",
            |v| v.as_integer().unwrap() as u32,
            |c| {
                let (from, to) = (get_date(c, "from").unwrap(), get_date(c, "to").unwrap());
                (format!("{from}..={to}"), cal.working_days_between(from, to, week_of(c)))
            },
            &mut failures,
        );
        checked += check_cases(
            &t,
            "is_working",
            |v| v.as_bool().unwrap(),
            |c| {
                let d = get_date(c, "date").unwrap();
                (d.to_string(), cal.is_working_day(d, week_of(c)))
            },
            &mut failures,
        );
    }
    report(failures, checked);
}

#[test]
fn years_outside_the_calendar_are_named_errors() {
    let cal = calendar();
    let err = cal.is_working_day(jiff::civil::date(2023, 6, 1), Week::FiveDay).unwrap_err().to_string();
    assert!(
        err.starts_with("no production calendar for 2023: kzcomply has 2024, 2025, 2026, 2027 (provisional)."),
        "{err}"
    );
    assert!(err.contains("does not extrapolate"), "{err}");
    let err = cal.add_working_days(jiff::civil::date(2027, 12, 30), 5, Week::FiveDay).unwrap_err().to_string();
    assert!(err.starts_with("no production calendar for 2028"), "{err}");
    let err = cal.working_days_between(jiff::civil::date(2026, 2, 1), jiff::civil::date(2026, 1, 1), Week::FiveDay);
    assert!(err.unwrap_err().to_string().contains("reversed"));
    // Counts from the user as large as they come: past the calendar, never an overflow or a panic.
    let day = jiff::civil::date(2026, 3, 19);
    for n in [u32::MAX, u32::MAX - 1, 10_000_000] {
        for week in [Week::FiveDay, Week::SixDay] {
            let err = cal.add_working_days(day, n, week).unwrap_err().to_string();
            assert!(err.starts_with("no production calendar for 2028"), "{n}: {err}");
            let err = cal.add_calendar_days(day, n, week).unwrap_err().to_string();
            assert!(err.starts_with("no production calendar for 2028"), "{n}: {err}");
            assert!(cal.sub_working_days(day, n, week).is_err(), "{n}");
        }
    }
    assert!(kzcomply_law::deadlines::Term::parse("4294967295 calendar days").is_none());
    assert!(kzcomply_law::deadlines::Term::parse("36600 working days").is_some());
}

#[test]
fn the_2026_constitution_day_change_is_a_data_edit() {
    // With 30 August kept as a holiday through 2026 (the calendar as first published), Monday
    // 31 August 2026 becomes the carry-over day off again and the year has 246 working days.
    let files = RuleBook::embedded_files().map(|(name, text)| {
        let text = if name == "calendar.toml" {
            text.replace("since = 2024-01-01\nuntil = 2026-06-30", "since = 2024-01-01\nuntil = 2026-12-31")
        } else {
            text.to_string()
        };
        (name.to_string(), text)
    });
    let cal = Calendar::from_rules(&RuleBook::from_files(files).unwrap()).unwrap();
    let (jan1, dec31) = (jiff::civil::date(2026, 1, 1), jiff::civil::date(2026, 12, 31));
    assert_eq!(cal.working_days_between(jan1, dec31, Week::FiveDay), Ok(246));
    assert_eq!(cal.is_working_day(jiff::civil::date(2026, 8, 31), Week::FiveDay), Ok(false));
    assert_eq!(calendar().is_working_day(jiff::civil::date(2026, 8, 31), Week::FiveDay), Ok(true));
}

#[test]
fn a_transfer_onto_a_day_off_is_reported_with_its_file() {
    let files = RuleBook::embedded_files().map(|(name, text)| {
        (
            name.to_string(),
            text.replace(
                "day_off = 2025-01-03, working_day = 2025-01-05",
                "day_off = 2025-01-04, working_day = 2025-01-05",
            ),
        )
    });
    let err = Calendar::from_rules(&RuleBook::from_files(files).unwrap()).unwrap_err().to_string();
    assert!(err.contains("calendar.toml: calendar.year: transfer: 2025-01-04 is already a day off"), "{err}");
}

/// Found by the `rules_toml` fuzz target: a transfer outside its year was reported and then still
/// applied, indexing past the timeline (a panic). Each is now a problem naming the year.
#[test]
fn a_transfer_outside_its_year_is_a_problem_not_a_panic() {
    for (day_off, working_day) in
        [("2023-05-08", "2025-01-05"), ("2025-01-03", "2099-01-05"), ("1900-01-01", "1900-01-02")]
    {
        let files = RuleBook::embedded_files().map(|(name, text)| {
            (
                name.to_string(),
                text.replace(
                    "day_off = 2025-01-03, working_day = 2025-01-05",
                    &format!("day_off = {day_off}, working_day = {working_day}"),
                ),
            )
        });
        let err = Calendar::from_rules(&RuleBook::from_files(files).unwrap()).unwrap_err().to_string();
        assert!(err.contains(&format!("transfer {day_off} / {working_day} lies outside 2025")), "{err}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn day() -> impl Strategy<Value = Date> {
        // Any day of 2024–2026, so that 60 working days later is still inside the calendar.
        (0i64..1096).prop_map(|n| jiff::civil::date(2024, 1, 1).checked_add(jiff::Span::new().days(n)).unwrap())
    }

    fn week() -> impl Strategy<Value = Week> {
        prop_oneof![Just(Week::FiveDay), Just(Week::SixDay)]
    }

    proptest! {
        /// Adding n working days lands on a working day, with exactly n working days after the start.
        #[test]
        fn add_then_count(d in day(), n in 1u32..60, w in week()) {
            let cal = calendar();
            let end = cal.add_working_days(d, n, w).unwrap();
            prop_assert!(end > d);
            prop_assert!(cal.is_working_day(end, w).unwrap());
            prop_assert_eq!(cal.working_days_between(d.tomorrow().unwrap(), end, w).unwrap(), n);
        }

        /// Counting back undoes counting forward: from a working day, n back then n forward returns,
        /// and the day found lies exactly n working days before.
        #[test]
        fn sub_undoes_add(d in day(), n in 1u32..60, w in week()) {
            let cal = calendar();
            let d = cal.working_day_on_or_after(d.checked_add(jiff::Span::new().days(90)).unwrap(), w).unwrap();
            let back = cal.sub_working_days(d, n, w).unwrap();
            prop_assert!(cal.is_working_day(back, w).unwrap());
            prop_assert_eq!(cal.add_working_days(back, n, w).unwrap(), d);
            prop_assert_eq!(cal.working_days_between(back, d.yesterday().unwrap(), w).unwrap(), n);
        }

        /// A calendar-day period ends on the first working day on or after start + n.
        #[test]
        fn calendar_days_end_on_a_working_day(d in day(), n in 0u32..60, w in week()) {
            let cal = calendar();
            let nominal = d.checked_add(jiff::Span::new().days(i64::from(n))).unwrap();
            let end = cal.add_calendar_days(d, n, w).unwrap();
            prop_assert!(end >= nominal);
            prop_assert!(cal.is_working_day(end, w).unwrap());
            if end > nominal {
                prop_assert_eq!(cal.working_days_between(nominal, end, w).unwrap(), 1, "skipped a working day");
            }
        }

        /// The six-day week never has fewer working days than the five-day week.
        #[test]
        fn six_day_week_works_at_least_as_much(a in day(), len in 0i64..200) {
            let cal = calendar();
            let b = a.checked_add(jiff::Span::new().days(len)).unwrap().min(jiff::civil::date(2027, 12, 31));
            let five = cal.working_days_between(a, b, Week::FiveDay).unwrap();
            let six = cal.working_days_between(a, b, Week::SixDay).unwrap();
            prop_assert!(six >= five);
        }
    }
}

#[test]
fn an_overridden_year_says_what_differs_from_the_published_calendar() {
    let cal = calendar();
    let info = cal.year_info(2026).unwrap();
    assert_eq!(info.status.name(), "overridden");
    assert!(!info.provisional);
    let o = cal.year_override(2026).expect("2026 is overridden");
    // Published: 365 − 104 weekend days − 15 weekdays off (the 14 of kzcomply + Mon 31 Aug) = 246.
    assert_eq!(o.published_working_days, 246);
    assert!(o.differs.contains("2026-08-31"), "{}", o.differs);
    assert_eq!(cal.year_info(2027).unwrap().status.name(), "provisional");
    assert!(cal.year_override(2025).is_none());
    // An override must say what it changes; the loader names the key.
    let files = RuleBook::embedded_files()
        .map(|(name, text)| (name.to_string(), text.replace("published_working_days = 246, ", "")));
    let err = RuleBook::from_files(files).unwrap_err().to_string();
    assert!(err.contains("calendar.year") && err.contains("published_working_days"), "{err}");
}
