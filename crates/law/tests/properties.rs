//! Properties that must hold for any input, checked on random employee-months.
//!
//! Note on monotonicity: every line is rounded to whole tenge on its own (the statute's rule), so
//! one extra tenge of gross can round OPV and VOSMS up together and lower net by a tenge or two.
//! What holds is: net never falls by more than 3 tenge when gross rises, and five or more extra
//! tenge never lower net — except across the 2024–2025 low-income cliff at 25 MRP, a real
//! feature of that law that the golden cases pin down.

use kzcomply_law::payroll::{EmployeeMonth, PayrollRules, Payslip, Profile, YearToDate, calculate, gross_for_net};
use kzcomply_law::{Disability, Money, Pension, RuleBook, Status, YearMonth};
use proptest::prelude::*;
use std::sync::OnceLock;

fn rules(year: i16) -> &'static PayrollRules {
    static CACHE: OnceLock<Vec<PayrollRules>> = OnceLock::new();
    let all = CACHE.get_or_init(|| {
        let book = RuleBook::embedded();
        (2024..=2026).map(|y| PayrollRules::for_period(&book, YearMonth::new(y, 6).unwrap()).unwrap()).collect()
    });
    &all[(year - 2024) as usize]
}

fn profile() -> impl Strategy<Value = Profile> {
    (0usize..4, proptest::option::of(1950i16..2008), 0usize..3, 0u8..4, any::<bool>(), any::<bool>(), any::<bool>())
        .prop_map(|(s, born, pensioner, dis, basic, hired, dismissed)| Profile {
            status: Status::ALL[s],
            born: born.map(|y| jiff::civil::date(y, 6, 15)),
            pensioner: [None, Some(Pension::Age), Some(Pension::Seniority)][pensioner],
            disability: Disability::from_group(dis),
            basic_deduction: basic,
            hired_this_month: hired,
            dismissed_this_month: dismissed,
        })
}

fn ytd() -> impl Strategy<Value = YearToDate> {
    (0i64..60_000_000, 0i64..2_000_000, 0i64..4_000_000).prop_map(|(taxable, pd, dd)| YearToDate {
        taxable_income: Money::from_tenge(taxable),
        ipn_withheld: None,
        personal_deduction: Money::from_tenge(pd),
        disability_deduction: Money::from_tenge(dd),
    })
}

fn slip(year: i16, gross_tiyn: i64, profile: Profile, ytd: YearToDate) -> Payslip {
    let r = rules(year);
    calculate(r, &EmployeeMonth { period: r.period, gross: Money::from_tiyn(gross_tiyn), profile, ytd })
}

/// Below or at 25 MRP in 2024–2025 the 90% adjustment applies: on different sides of it, skip.
fn same_side_of_cliff(year: i16, a: i64, b: i64) -> bool {
    match rules(year).ipn.low_income {
        Some((_, ceiling)) => (a <= ceiling.tiyn()) == (b <= ceiling.tiyn()),
        None => true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn more_gross_never_gives_less_net(year in 2024i16..=2026, g in 0i64..1_000_000_000, extra in 0i64..100_000_000,
                                       p in profile(), y in ytd()) {
        prop_assume!(same_side_of_cliff(year, g, g + extra));
        let (a, b) = (slip(year, g, p, y), slip(year, g + extra, p, y));
        prop_assert!(b.net.tiyn() >= a.net.tiyn() - 300, "net fell by more than rounding: {} → {}", a.net, b.net);
        if extra >= 500 {
            prop_assert!(b.net >= a.net, "gross +{} tiyn lowered net {} → {}", extra, a.net, b.net);
        }
        prop_assert!(b.employer_cost >= a.employer_cost);
    }

    #[test]
    fn lines_add_up_and_caps_hold(year in 2024i16..=2026, g in 0i64..2_000_000_000, p in profile(), y in ytd()) {
        let s = slip(year, g, p, y);
        let r = rules(year);
        let gross = s.input.gross;
        prop_assert_eq!(s.net, gross - s.opv.amount() - s.vosms.amount() - s.ipn.ipn);
        prop_assert_eq!(s.employer_cost, gross + s.opvr.amount() + s.so.amount() + s.oosms.amount() + s.social_tax.amount);
        prop_assert!(s.net <= gross);
        for line in [s.opv.amount(), s.vosms.amount(), s.ipn.ipn, s.opvr.amount(), s.so.amount(), s.oosms.amount(), s.social_tax.amount] {
            prop_assert!(!line.is_negative());
        }
        // Caps: no charge exceeds its rate × its cap (rounded).
        let max = |c: &kzcomply_law::payroll::ChargeRules| c.rate.apply(c.cap.unwrap(), r.rounding);
        prop_assert!(s.opv.amount() <= max(&r.opv));
        prop_assert!(s.vosms.amount() <= max(&r.vosms));
        prop_assert!(s.oosms.amount() <= max(&r.oosms));
        prop_assert!(s.opvr.amount() <= max(&r.opvr));
        prop_assert!(s.so.amount() <= max(&r.so));
        // Floors: a charged SO or OPVR is never below rate × floor.
        if let kzcomply_law::payroll::Charge::Charged { amount, .. } = s.so {
            prop_assert!(amount >= r.so.rate.apply(r.so.floor.unwrap(), r.rounding));
        }
        // The personal deduction never exceeds the month's amount or what is left of the year's.
        prop_assert!(s.ipn.personal_deduction <= r.ipn.personal_deduction);
        prop_assert!(s.ipn.personal_deduction <= (r.ipn.personal_deduction_annual_cap - y.personal_deduction).max(Money::ZERO));
    }

    #[test]
    fn net_to_gross_round_trips(year in 2024i16..=2026, target in 0i64..50_000_000, p in profile(), y in ytd()) {
        let target = Money::from_tenge(target);
        let found = gross_for_net(rules(year), p, y, target).unwrap();
        prop_assert!(found.net >= target, "gross {} gives net {} < target {}", found.input.gross, found.net, target);
        // Smallest: no gross within 40 tenge below it qualifies (a wider miss is ruled out by the
        // search's bound, see inverse.rs).
        let g = found.input.gross.tiyn() / 100;
        for lower in (g - 40).max(0)..g {
            let s = slip(year, lower * 100, p, y);
            prop_assert!(s.net < target, "gross {} also gives net {} ≥ {}", lower, s.net, target);
        }
        // And the forward calculation of that gross gives the same payslip.
        prop_assert_eq!(slip(year, found.input.gross.tiyn(), p, y), found);
    }
}
