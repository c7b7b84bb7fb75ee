//! Every fine cell (`tests/golden/fines.toml`) and the entity-size classifier
//! (`tests/golden/entity_size.toml`), worked by hand from the Code of Administrative Offences and
//! the Entrepreneurial Code.

mod common;

use common::{get_date, int, report, tables, text};
use kzcomply_law::entity_size::{Headcount, classify};
use kzcomply_law::fines::{Offender, Outcome, Violation, fine, is_repeat};
use kzcomply_law::{Money, RuleBook};
use rust_decimal::Decimal;

fn tenge(n: i64) -> Money {
    Money::from_decimal(Decimal::from(n)).unwrap()
}

#[test]
fn every_fine_cell() {
    let rules = RuleBook::embedded();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for (file, t) in common::load(&common::golden("fines.toml")) {
        for c in tables(&t, "case") {
            let name = text(c, "name").unwrap_or("?");
            let violation = Violation::parse(text(c, "violation").unwrap()).expect("known violation");
            let offender = Offender::parse(text(c, "offender").unwrap()).expect("known offender");
            let on = get_date(c, "on").unwrap();
            let repeat = c.get("repeat").and_then(|v| v.as_bool()).unwrap_or(false);
            let got = match fine(&rules, violation, on, offender, repeat) {
                Ok(f) => f.outcome,
                Err(e) => {
                    failures.push(format!("{file}: {name}: {e}"));
                    continue;
                }
            };
            checked += 1;
            let finable = c.get("finable").and_then(|v| v.as_bool()).unwrap_or(true);
            let ok = match &got {
                Outcome::NotFinable { .. } => !finable,
                Outcome::Warning { article } => {
                    finable && text(c, "sanction") == Some("warning") && text(c, "article").is_none_or(|a| a == article)
                }
                Outcome::Fine { article, mrp_min, mrp_max, mrp_value, min, max } => {
                    let (lo, hi) = match int(c, "mrp") {
                        Some(n) => (n, n),
                        None => (int(c, "mrp_min").unwrap_or(-1), int(c, "mrp_max").unwrap_or(-1)),
                    };
                    let (klo, khi) = match int(c, "amount_kzt") {
                        Some(n) => (n, n),
                        None => (int(c, "amount_kzt_min").unwrap_or(-1), int(c, "amount_kzt_max").unwrap_or(-1)),
                    };
                    finable
                        && text(c, "sanction") != Some("warning")
                        && text(c, "article").is_none_or(|a| a == article)
                        && (*mrp_min, *mrp_max) == (Decimal::from(lo), Decimal::from(hi))
                        && int(c, "mrp_value").is_none_or(|v| *mrp_value == tenge(v))
                        && (*min, *max) == (tenge(klo), tenge(khi))
                }
            };
            if !ok {
                failures.push(format!("{file}: {name}: got {got:?}"));
            }
        }
    }
    report(failures, checked);
}

#[test]
fn a_violation_before_the_esutd_fines_says_why_it_is_not_finable() {
    let rules = RuleBook::embedded();
    let f = fine(&rules, Violation::EsutdLate, jiff::civil::date(2026, 3, 11), Offender::Large, false).unwrap();
    let Outcome::NotFinable { reason } = f.outcome else { panic!("{f:?}") };
    assert!(reason.contains("12 March 2026"), "{reason}");
}

#[test]
fn repeat_means_within_one_year_of_the_first_penalty() {
    let d = jiff::civil::date;
    assert!(is_repeat(d(2026, 3, 20), d(2027, 3, 20)));
    assert!(!is_repeat(d(2026, 3, 20), d(2027, 3, 21)));
    assert!(is_repeat(d(2024, 2, 29), d(2025, 2, 28)));
    assert!(!is_repeat(d(2026, 5, 1), d(2026, 4, 30)), "a penalty after the violation is not a previous one");
}

#[test]
fn entity_size_classes() {
    let rules = RuleBook::embedded();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for (file, t) in common::load(&common::golden("entity_size.toml")) {
        for c in tables(&t, "case") {
            let headcount = Headcount {
                own: int(c, "headcount").unwrap() as u32,
                outstaffed_in: int(c, "outstaffed").unwrap_or(0) as u32,
            };
            let income = Decimal::from(int(c, "income_mrp").unwrap());
            let want = text(c, "expect").unwrap();
            let got = classify(&rules, jiff::civil::date(2026, 6, 1), headcount, income).unwrap();
            checked += 1;
            if got.class.name() != want {
                failures.push(format!(
                    "{file}: {headcount:?}, {income} MRP: expected {want}, got {} ({})",
                    got.class.name(),
                    got.reason
                ));
            }
        }
    }
    report(failures, checked);
}
