//! Overlays over the rule book (`--rules-add`, and values an organisation enters in the service),
//! and the book's coverage: what is missing after it ends and what is provisional.
//!
//! The expected numbers are worked from the statute and the overlay's own values, by hand:
//! a 2027 overlay with MRP 4,500 and MZP 85,000 for a gross of 145,000 in January 2027 gives
//! OPV 10% × 145,000 = 14,500; VOSMS 2% × 145,000 = 2,900; personal deduction 30 MRP = 135,000,
//! more than 145,000 − 14,500 − 2,900 = 127,600, so taxable 0 and IPN 0; net 127,600;
//! OPVR 4.5% (Social Code, 2027 step) × 145,000 = 6,525; SO 5% × (145,000 − 14,500) = 6,525;
//! OOSMS 3% × 145,000 = 4,350; social tax 6% × max(127,600, 14 × 4,500 = 63,000) = 7,656;
//! employer cost 145,000 + 6,525 + 6,525 + 4,350 + 7,656 = 170,056.

use jiff::civil::{Date, date};
use kzcomply_law::payroll::{EmployeeMonth, Exclusions, PayrollRules, Profile, YearToDate, calculate};
use kzcomply_law::rules::{EnteredValue, Origin, RulesError};
use kzcomply_law::{Money, RuleBook, YearMonth};

const BUDGET_2027: &str = r#"
[[mrp.values]]
since = 2027-01-01
until = 2027-12-31
value = "4500 KZT"
source = "Law of RK 'On the republican budget for 2027-2029' (test)"
reference = "https://adilet.zan.kz/test"

[[mzp.values]]
since = 2027-01-01
until = 2027-12-31
value = "85000 KZT"
source = "Law of RK 'On the republican budget for 2027-2029' (test)"
reference = "https://adilet.zan.kz/test"
"#;

fn overlay(text: &str) -> Result<RuleBook, RulesError> {
    RuleBook::embedded().with_overlay([("2027/indices.toml".to_string(), text.to_string())])
}

fn tenge(n: i64) -> Money {
    Money::from_tenge(n)
}

fn january_2027(book: &RuleBook) -> kzcomply_law::payroll::Payslip {
    let period: YearMonth = "2027-01".parse().unwrap();
    let rules = PayrollRules::for_period(book, period).unwrap();
    calculate(
        &rules,
        &EmployeeMonth {
            period,
            gross: tenge(145_000),
            profile: Profile::default(),
            ytd: YearToDate::default(),
            excluded: Exclusions::NONE,
        },
    )
}

#[test]
fn january_2027_runs_with_the_budget_overlay_and_not_without_it() {
    let period: YearMonth = "2027-01".parse().unwrap();
    let err = PayrollRules::for_period(&RuleBook::embedded(), period).unwrap_err();
    assert!(matches!(&err, RulesError::NotInForce { key, .. } if key == "mrp"), "{err}");

    let book = overlay(BUDGET_2027).unwrap();
    let slip = january_2027(&book);
    assert_eq!(slip.opv.amount(), tenge(14_500));
    assert_eq!(slip.vosms.amount(), tenge(2_900));
    assert_eq!(slip.ipn.ipn, tenge(0));
    assert_eq!(slip.net, tenge(127_600));
    assert_eq!(slip.opvr.amount(), tenge(6_525));
    assert_eq!(slip.so.amount(), tenge(6_525));
    assert_eq!(slip.oosms.amount(), tenge(4_350));
    assert_eq!(slip.social_tax.amount, tenge(7_656));
    assert_eq!(slip.employer_cost, tenge(170_056));
    // The trace names where the MRP came from.
    let rules = PayrollRules::for_period(&book, period).unwrap();
    let trace = slip.trace(&rules, kzcomply_law::Lang::En);
    let ipn = trace.iter().find(|l| l.line == "ipn").unwrap();
    let mrp = ipn.sources.iter().find(|s| s.parameter == "mrp").unwrap();
    assert_eq!(mrp.origin, Origin::Overlay { file: "2027/indices.toml".into() });
}

#[test]
fn an_overlay_value_replaces_the_part_of_the_base_it_overlaps() {
    // OPVR is 3.5% in 2026 (built in). An overlay of 4% for July–September 2026 cuts the 2026
    // value in three: 3.5% to 30 June, 4% to 30 September, 3.5% again from 1 October.
    let text = r#"
[[opvr.rate.values]]
since = 2026-07-01
until = 2026-09-30
value = "4%"
source = "A reform to try (test)"
reference = "https://example.invalid/reform"
"#;
    let book = overlay(text).unwrap();
    let rate_on = |d: Date| book.value_on("opvr.rate", d).unwrap().0.to_string();
    assert_eq!(rate_on(date(2026, 6, 30)), "3.5%");
    assert_eq!(rate_on(date(2026, 7, 1)), "4%");
    assert_eq!(rate_on(date(2026, 9, 30)), "4%");
    assert_eq!(rate_on(date(2026, 10, 1)), "3.5%");
    assert_eq!(rate_on(date(2027, 1, 1)), "4.5%", "the 2027 step is untouched");
    let (_, source) = book.value_on("opvr.rate", date(2026, 10, 1)).unwrap();
    assert_eq!(source.origin, Origin::BuiltIn, "the remainder keeps its built-in source");
    // An open-ended base value (the 1 MZP floor since 2024) split around a one-year overlay.
    let text = r#"
[[opvr.base_floor.values]]
since = 2027-01-01
until = 2027-12-31
value = "2 MZP"
source = "A reform to try (test)"
reference = "https://example.invalid/reform"
"#;
    let book = overlay(text).unwrap();
    let floor = |d: Date| book.value_on("opvr.base_floor", d).unwrap().0.to_string();
    assert_eq!(
        (floor(date(2026, 12, 31)), floor(date(2027, 6, 1)), floor(date(2028, 1, 1))),
        ("1 MZP".to_string(), "2 MZP".to_string(), "1 MZP".to_string())
    );
}

/// Each bad overlay is refused, and the message names the overlay file, the key and the problem.
#[test]
fn bad_overlays_are_refused_naming_file_and_key() {
    let value = |since: &str, until: &str, v: &str, source: bool| {
        let src = if source { "source = \"Budget law (test)\"\nreference = \"https://x.invalid\"\n" } else { "" };
        format!("[[mrp.values]]\nsince = {since}\nuntil = {until}\nvalue = {v}\n{src}")
    };
    let cases: Vec<(String, &[&str])> = vec![
        // No source or reference.
        (value("2027-01-01", "2027-12-31", "\"4500 KZT\"", false), &["2027/indices.toml", "mrp.values[1]", "source"]),
        // No unit.
        (value("2027-01-01", "2027-12-31", "\"4500\"", true), &["2027/indices.toml", "mrp", "a number and a unit"]),
        // A gap: 2027 starts in February, so January 2027 has no MRP.
        (value("2027-02-01", "2027-12-31", "\"4500 KZT\"", true), &["2027/indices.toml", "mrp", "gap", "2027-01-01"]),
        // The type of a built-in parameter cannot change.
        (
            "[mrp]\ntype = \"rate\"\n[[mrp.values]]\nsince = 2027-01-01\nvalue = \"5%\"\nsource = \"s\"\nreference = \"r\"\n"
                .to_string(),
            &["2027/indices.toml", "mrp", "`type` is `rate`", "`amount`"],
        ),
        // Two overlay values overlapping each other.
        (
            format!("{}\n{}", value("2027-01-01", "2027-12-31", "\"4500 KZT\"", true), value(
                "2027-06-01",
                "2027-12-31",
                "\"4600 KZT\"",
                true
            )),
            &["2027/indices.toml", "mrp", "overlap"],
        ),
        // A new parameter must be complete.
        (
            "[[my.new_rate.values]]\nsince = 2027-01-01\nvalue = \"1%\"\nsource = \"s\"\nreference = \"r\"\n".to_string(),
            &["2027/indices.toml", "my.new_rate", "missing `title`"],
        ),
    ];
    for (text, wanted) in cases {
        let err = overlay(&text).expect_err(&text).to_string();
        for w in wanted {
            assert!(err.contains(w), "expected {w:?} in the error for\n{text}\ngot: {err}");
        }
    }
}

fn entered(id: &str, parameter: &str, since: Date, until: Option<Date>, value: &str) -> EnteredValue {
    EnteredValue {
        id: id.into(),
        parameter: parameter.into(),
        since,
        until,
        value: serde_json::Value::String(value.into()),
        source: "Law of RK 'On the republican budget for 2027-2029' (test)".into(),
        reference: "https://adilet.zan.kz/test".into(),
        note: None,
        entered_by: "admin@demo.kz".into(),
        entered_on: date(2026, 12, 10),
    }
}

#[test]
fn entered_values_layer_in_order_and_name_who_entered_them() {
    let year = (date(2027, 1, 1), Some(date(2027, 12, 31)));
    let values = [
        entered("rv_1", "mrp", year.0, year.1, "4400 KZT"),
        entered("rv_2", "mzp", year.0, year.1, "85000 KZT"),
        // A later value corrects the first one: it replaces it where they overlap.
        entered("rv_3", "mrp", year.0, year.1, "4500 KZT"),
    ];
    let book = RuleBook::embedded().with_entered(&values).unwrap();
    let slip = january_2027(&book);
    assert_eq!(slip.employer_cost, tenge(170_056), "the same as the 4,500 overlay file");
    let (_, source) = book.value_on("mrp", date(2027, 3, 1)).unwrap();
    assert_eq!(
        source.origin,
        Origin::Entered { id: "rv_3".into(), by: "admin@demo.kz".into(), on: date(2026, 12, 10) }
    );
    assert_eq!(source.origin.to_string(), "entered by admin@demo.kz on 2026-12-10");
    // The base book itself is untouched (another organisation still has no 2027 MRP).
    assert!(PayrollRules::for_period(&RuleBook::embedded(), "2027-01".parse().unwrap()).is_err());
}

#[test]
fn a_bad_entered_value_is_refused_with_the_loaders_words() {
    let cases: &[(EnteredValue, &[&str])] = &[
        (entered("", "mrp", date(2027, 1, 1), None, "4500"), &["the new value", "mrp", "a number and a unit"]),
        (entered("", "mrp", date(2027, 2, 1), None, "4500 KZT"), &["mrp", "gap", "2027-01-01"]),
        (entered("", "no.such", date(2027, 1, 1), None, "1%"), &["no.such", "no such parameter"]),
        (
            EnteredValue { source: " ".into(), ..entered("", "mrp", date(2027, 1, 1), None, "4500 KZT") },
            &["mrp", "missing `source`"],
        ),
        (entered("", "opvr.rate", date(2027, 1, 1), None, "4.5"), &["opvr.rate", "a rate ends with %"]),
    ];
    for (v, wanted) in cases {
        let err = RuleBook::embedded().with_entered(std::slice::from_ref(v)).expect_err("refused").to_string();
        for w in *wanted {
            assert!(err.contains(w), "expected {w:?} in: {err}");
        }
    }
}

#[test]
fn coverage_of_the_built_in_book_on_1_december_2026() {
    let c = RuleBook::embedded().coverage(date(2026, 12, 1));
    assert_eq!(c.covered_until, Some(date(2026, 12, 31)));
    // 1 December to 31 December 2026: 30 days.
    assert_eq!(c.days_left, Some(30));
    let missing: Vec<(&str, Date)> = c.missing.iter().map(|m| (m.parameter.as_str(), m.from)).collect();
    assert_eq!(missing, [("mrp", date(2027, 1, 1)), ("mzp", date(2027, 1, 1))]);
    let provisional: Vec<(&str, Date)> = c.provisional.iter().map(|p| (p.what.as_str(), p.until)).collect();
    assert_eq!(provisional, [("production calendar 2027", date(2027, 12, 31))]);
    let json = serde_json::to_value(&c).unwrap();
    for field in ["on", "covered_until", "days_left", "missing", "provisional"] {
        assert!(json.get(field).is_some(), "{field} in {json}");
    }
    assert_eq!(json["missing"][0]["from"], "2027-01-01");
}

#[test]
fn coverage_moves_with_an_overlay_and_counts_down_past_its_end() {
    let book = overlay(BUDGET_2027).unwrap();
    let c = book.coverage(date(2026, 12, 1));
    // With 2027 indices the next end is 31 December 2027: the indices and the provisional 2027
    // calendar all end that day. 1 Dec 2026 → 31 Dec 2027 = 30 + 365 = 395 days.
    assert_eq!(c.covered_until, Some(date(2027, 12, 31)));
    assert_eq!(c.days_left, Some(395));
    let missing: Vec<&str> = c.missing.iter().map(|m| m.parameter.as_str()).collect();
    assert!(missing.contains(&"mrp") && missing.contains(&"mzp") && missing.contains(&"calendar.year"), "{missing:?}");
    // Seen from 10 January 2027 with the built-in book: ended 10 days ago.
    let c = RuleBook::embedded().coverage(date(2027, 1, 10));
    assert_eq!(c.days_left, Some(-10));
    let later: Vec<String> =
        RuleBook::embedded().missing_on(date(2027, 1, 1)).into_iter().map(|m| m.parameter).collect();
    assert_eq!(later, ["mrp", "mzp"]);
    assert!(RuleBook::embedded().missing_on(date(2026, 12, 31)).is_empty());
}

/// Rule values are input too (an organisation enters them in the service): an amount above
/// `Money::MAX_INPUT`, a multiple of an index that comes to more, or a percent with more than six
/// decimals is refused naming the key — never a wrapped or a panicking computation later.
#[test]
fn rule_values_above_the_input_limit_are_refused() {
    let value = |key: &str, v: &str| {
        format!(
            "[[{key}.values]]\nsince = 2027-01-01\nuntil = 2027-12-31\nvalue = \"{v}\"\nsource = \"test\"\nreference = \"https://adilet.zan.kz/test\"\n"
        )
    };
    let e = overlay(&value("mrp", "1000000000000.01 KZT")).unwrap_err().to_string();
    assert!(e.contains("mrp") && e.contains("above the largest amount kzcomply accepts"), "{e}");
    let e = overlay(&value("mrp", "92233720368547758.07 KZT")).unwrap_err().to_string();
    assert!(e.contains("above the largest amount"), "{e}");
    let e = overlay(&(value("mrp", "4500 KZT") + &value("mzp", "85000 KZT") + &value("opv.rate", "10.0000001%")))
        .unwrap_err()
        .to_string();
    assert!(e.contains("opv.rate") && e.contains("too many decimals (at most 6)"), "{e}");

    // An MRP at the limit is accepted, but 50 MZP of an MZP at the limit is more than the limit:
    // the month's rules say so (the cap's key named), no panic and no wrap.
    let book = overlay(&(value("mrp", "4500 KZT") + &value("mzp", "1000000000000 KZT"))).unwrap();
    let e = PayrollRules::for_period(&book, "2027-01".parse().unwrap()).unwrap_err().to_string();
    assert!(e.contains("more than 1,000,000,000,000 KZT"), "{e}");
    // A fine of 80 MRP at an MRP of 10^12 is refused as a fine, not wrapped.
    let book = overlay(&(value("mrp", "1000000000000 KZT") + &value("mzp", "85000 KZT"))).unwrap();
    let fine = kzcomply_law::fines::fine(
        &book,
        kzcomply_law::fines::Violation::parse("esutd-late").unwrap(),
        date(2027, 6, 1),
        kzcomply_law::fines::Offender::parse("medium").unwrap(),
        false,
    );
    assert!(fine.unwrap_err().to_string().contains("at most 1,000,000,000,000 KZT"));
}
