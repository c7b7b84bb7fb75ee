//! Properties that must hold for any input, checked on random employee-months.
//!
//! Note on monotonicity: every line is rounded to whole tenge on its own (the statute's rule), so
//! one extra tenge of gross can round OPV and VOSMS up together and lower net by a tenge or two.
//! What holds is: net never falls by more than 3 tenge when gross rises, and five or more extra
//! tenge never lower net — except across the 2024–2025 low-income cliff at 25 MRP, a real
//! feature of that law that the golden cases pin down.

use kzcomply_law::payroll::{
    EmployeeMonth, Exclusions, PayrollRules, Payslip, Profile, YearToDate, calculate, gross_for_net,
};
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
            tax_resident: None,
            disability_indefinite: true,
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
    calculate(
        r,
        &EmployeeMonth {
            period: r.period,
            gross: Money::from_tiyn(gross_tiyn),
            profile,
            ytd,
            excluded: Exclusions::NONE,
        },
    )
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

/// Up to the input limit (10^12 tenge for the month and for each year-to-date figure): the engine
/// never panics or wraps (the operators would panic), net never exceeds gross, and no line is
/// negative. The bounds behind it are in `payroll/engine.rs`.
fn up_to_max() -> impl Strategy<Value = i64> {
    let max = Money::MAX_INPUT.tiyn();
    // Half the cases near the top, where an overflow would show.
    prop_oneof![0..=max, (max - 1_000_000_000)..=max]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn amounts_up_to_the_maximum_never_overflow(year in 2024i16..=2026, g in up_to_max(), p in profile(),
                                               taxable in up_to_max(), pd in up_to_max(), dd in up_to_max(),
                                               withheld in proptest::option::of(up_to_max())) {
        let y = YearToDate {
            taxable_income: Money::from_tiyn(taxable),
            ipn_withheld: withheld.map(Money::from_tiyn),
            personal_deduction: Money::from_tiyn(pd),
            disability_deduction: Money::from_tiyn(dd),
        };
        let s = slip(year, g, p, y);
        prop_assert!(s.net <= s.input.gross, "net {} > gross {}", s.net, s.input.gross);
        prop_assert!(s.employer_cost >= s.input.gross);
        for (name, line) in s.lines() {
            prop_assert!(line.tiyn().unsigned_abs() < 10 * Money::MAX_INPUT.tiyn().unsigned_abs(), "{} = {}", name, line);
        }
        prop_assert_eq!(s.net, s.input.gross - s.opv.amount() - s.vosms.amount() - s.ipn.ipn);
    }

    #[test]
    fn net_to_gross_up_to_the_maximum_never_panics(year in 2024i16..=2026, target in up_to_max(), p in profile()) {
        let r = rules(year);
        match gross_for_net(r, p, YearToDate::default(), Money::from_tiyn(target)) {
            Ok(found) => {
                prop_assert!(found.net >= Money::from_tiyn(target));
                prop_assert!(found.input.gross <= Money::MAX_INPUT);
            }
            Err(e) => prop_assert!(e.to_string().contains("1,000,000,000,000"), "{}", e),
        }
    }
}

#[test]
fn the_largest_gross_worked_by_hand() {
    // June 2026, a citizen, no year to date, gross = 10^12 tenge (the input limit). MZP 85,000,
    // MRP 4,325.
    //   OPV   10% × min(gross, 50 MZP = 4,250,000)                          =        425,000
    //   VOSMS  2% × min(gross, 20 MZP = 1,700,000)                          =         34,000
    //   IPN   taxable = 10^12 − 425,000 − 34,000 − 30 MRP (129,750)        = 999,999,411,250
    //         10% × 8,500 MRP (36,762,500) = 3,676,250
    //         15% × (999,999,411,250 − 36,762,500) = 149,994,397,312.5
    //         3,676,250 + 149,994,397,312.5 = 149,998,073,562.5 → half up  = 149,998,073,563
    //   net   10^12 − 425,000 − 34,000 − 149,998,073,563                    = 850,001,467,437
    //   OPVR 3.5% × min(gross, 50 MZP)                                      =        148,750
    //   SO     5% × clamp(gross − OPV, 1 MZP, 7 MZP = 595,000)              =         29,750
    //   OOSMS  3% × min(gross, 40 MZP = 3,400,000)                          =        102,000
    //   social tax 6% × (10^12 − 425,000 − 34,000), no SO offset in 2026    = 59,999,972,460
    //   employer cost 10^12 + 148,750 + 29,750 + 102,000 + 59,999,972,460   = 1,060,000,252,960
    let s = slip(2026, Money::MAX_INPUT.tiyn(), Profile::default(), YearToDate::default());
    let t = Money::from_tenge;
    let want = [
        ("gross", t(1_000_000_000_000)),
        ("opv", t(425_000)),
        ("vosms", t(34_000)),
        ("ipn", t(149_998_073_563)),
        ("net", t(850_001_467_437)),
        ("opvr", t(148_750)),
        ("so", t(29_750)),
        ("oosms", t(102_000)),
        ("social_tax", t(59_999_972_460)),
        ("employer_cost", t(1_060_000_252_960)),
    ];
    assert_eq!(s.lines(), want);
}
