//! `kzcomply calendar`, `workdays`, `deadline`, `fine` and `entity-size` as a user runs them.
//! Expected values are worked by hand from the official calendar and the statute.

mod common;

use common::{json, kzcomply, stderr, stdout};

#[test]
fn calendar_2026_lists_days_off_with_reasons_and_totals() {
    let v = json(&["calendar", "2026", "--json"]);
    assert_eq!(v["year"], 2026);
    assert_eq!(v["week"], "five-day");
    // 365 − 104 weekend days − 14 weekdays off (see tests/golden/calendar/2026.toml) = 247.
    assert_eq!(v["working_days"], 247);
    assert_eq!(v["non_working_days"], 118);
    let off = v["days_off"].as_array().unwrap();
    let nauryz_carry = off.iter().find(|d| d["date"] == "2026-03-25").expect("25 March is off");
    assert_eq!(nauryz_carry["kind"], "carry-over");
    assert!(nauryz_carry["reason"].as_str().unwrap().contains("Nauryz"));
    assert!(!nauryz_carry["source"].as_str().unwrap().is_empty());
    assert_eq!(v["months"][2]["working_days"], 18); // March: 22 weekdays − 9, 23, 24, 25 March = 18
    let text = stdout(&kzcomply(&["calendar", "2026"]));
    assert!(text.contains("Working days: 247"), "{text}");
    assert!(text.contains("2026-05-27  Wed  religious"), "{text}");
}

#[test]
fn calendar_2025_has_the_january_transfer() {
    let v = json(&["calendar", "2025", "--json"]);
    assert_eq!(v["working_days"], 246); // 365 − 104 − 16 weekdays off + 1 worked Sunday (5 Jan)
    assert_eq!(v["worked_rest_days"][0]["date"], "2025-01-05");
    assert_eq!(v["worked_rest_days"][0]["kind"], "transfer-worked");
}

#[test]
fn workdays_add_between_and_check() {
    // Thu 19 Mar 2026 + 5 working days: Fri 20, Thu 26, Fri 27, Mon 30, Tue 31 (21–25 March off).
    let o = kzcomply(&["workdays", "add", "2026-03-19", "5"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().next(), Some("2026-03-31"));
    let v = json(&["workdays", "between", "2026-03-01", "2026-03-31", "--json"]);
    assert_eq!(v["working_days"], 18);
    // 1 Mar 2026 + 15 calendar days = Mon 16 Mar, a working day.
    let v = json(&["workdays", "add", "2026-03-01", "15", "--calendar-days", "--json"]);
    assert_eq!(v["date"], "2026-03-16");
    let v = json(&["workdays", "check", "2025-01-05", "--json"]);
    assert_eq!(v["working"], true);
    assert!(v["reason"].as_str().unwrap().contains("transfer"));
}

#[test]
fn deadline_json_contract_and_status() {
    let v = json(&["deadline", "esutd-new-contract", "--date", "2026-03-19", "--as-of", "2026-04-02", "--json"]);
    assert_eq!(v["event"], "esutd-new-contract");
    assert_eq!(v["date"], "2026-03-19");
    assert_eq!(v["due"], "2026-03-31");
    assert!(v["basis"].as_str().unwrap().contains("No. 353"));
    assert_eq!(v["status"], "overdue");
    assert_eq!(v["days"], 2); // 31 March → 2 April
    // Expiry Tue 15 Dec 2026: opens 15 Dec − 60 = Fri 16 Oct; closes 15 Dec − 30 = Sun 15 Nov → Fri 13 Nov.
    let v = json(&["deadline", "permit-extension", "--date", "2026-12-15", "--as-of", "2026-10-01", "--json"]);
    assert_eq!(v["window_opens"], "2026-10-16");
    assert_eq!(v["due"], "2026-11-13");
    assert_eq!(v["status"], "not-open");
    assert_eq!(v["days"], 15); // 1 Oct → 16 Oct
}

#[test]
fn fine_json_contract() {
    let v = json(&["fine", "esutd-late", "--on", "2026-04-01", "--offender", "medium", "--json"]);
    assert_eq!(v["violation"], "esutd-late");
    assert_eq!(v["article"], "CoAO art. 98 part 1-1");
    assert_eq!(v["mrp"], 80);
    assert_eq!(v["mrp_value"], 4325);
    assert_eq!(v["amount_kzt"], 346_000); // 80 × 4,325
    // Classified from its size: 240 own + 20 outstaffed = 260 > 250 → large; repeat: 200 × 4,325 = 865,000.
    let v = json(&[
        "fine",
        "esutd-missing",
        "--on",
        "2026-05-10",
        "--headcount",
        "240",
        "--outstaffed",
        "20",
        "--income-mrp",
        "100000",
        "--previous-penalty",
        "2025-09-01",
        "--json",
    ]);
    assert_eq!(v["offender"], "large");
    assert_eq!(v["repeat"], true);
    assert_eq!(v["amount_kzt"], 865_000);
    assert_eq!(v["entity_size"]["headcount"], 260);
    // Before 12 March 2026 the ESUTD parts do not apply: not finable, and the reason says so.
    let v = json(&["fine", "esutd-late", "--on", "2026-03-11", "--offender", "large", "--json"]);
    assert_eq!(v["finable"], false);
    assert!(v["reason"].as_str().unwrap().contains("12 March 2026"));
    // Art. 86 repeat: only the range is known — 80 × 4,325 = 346,000 to 200 × 4,325 = 865,000.
    let v = json(&[
        "fine",
        "foreign-worker-without-contract",
        "--on",
        "2026-06-01",
        "--offender",
        "small",
        "--repeat",
        "--json",
    ]);
    assert_eq!((v["mrp_min"].clone(), v["mrp_max"].clone()), (80.into(), 200.into()));
    assert_eq!((v["amount_kzt_min"].clone(), v["amount_kzt_max"].clone()), (346_000.into(), 865_000.into()));
}

#[test]
fn entity_size_counts_outstaffed_staff() {
    let v = json(&["entity-size", "--headcount", "90", "--outstaffed", "15", "--income-mrp", "200000", "--json"]);
    assert_eq!(v["class"], "medium"); // 90 + 15 = 105 > 100: not small; ≤ 250 and ≤ 3,000,000 MRP: not large
    let v = json(&["entity-size", "--headcount", "90", "--income-mrp", "200000", "--json"]);
    assert_eq!(v["class"], "small");
}

#[test]
fn bad_input_names_the_problem_and_exits_2() {
    let cases: [(&[&str], &str); 7] = [
        (&["calendar", "2023"], "kzcomply has 2024, 2025, 2026, 2027 (provisional)"),
        (&["deadline", "esutd-signing", "--date", "2026-01-01"], "possible values"),
        (&["deadline", "esutd-new-contract", "--date", "2026-02-30"], "2026-02-30"),
        (&["fine", "esutd-late", "--on", "2026-04-01", "--offender", "huge"], "possible values"),
        (&["workdays", "between", "2026-02-01", "2026-01-01"], "reversed"),
        (&["workdays", "add", "2027-12-30", "5"], "no production calendar for 2028"),
        (&["deadline", "vacancy-posting", "--date", "2025-08-01"], "1 Sep 2025"),
    ];
    for (args, needle) in cases {
        let o = kzcomply(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(needle), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?} printed a result");
    }
}
