//! The rule book: the shipped rules load and cover 2024–2026; broken rules are rejected with the
//! file and key named; edited rules change results without recompiling.

use kzcomply_law::payroll::{EmployeeMonth, Exclusions, PayrollRules, Profile, YearToDate, calculate, months_covered};
use kzcomply_law::rules::RulesError;
use kzcomply_law::{Money, Pension, RuleBook, YearMonth};

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

fn embedded_files() -> Vec<(String, String)> {
    RuleBook::embedded_files().map(|(n, t)| (n.to_string(), t.to_string())).collect()
}

#[test]
fn embedded_rules_are_every_file_in_rules_kz() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules/kz");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = RuleBook::embedded_files().map(|(n, _)| n.to_string()).collect();
    embedded.sort();
    assert_eq!(embedded, on_disk, "crates/law/src/rules/embedded.rs must list every rules/kz/*.toml");
}

#[test]
fn payroll_runs_for_every_month_of_2024_to_2026_and_no_other() {
    let book = RuleBook::embedded();
    let runs = months_covered(&book, ym("2015-01"), ym("2035-12"));
    assert_eq!(runs, vec![(ym("2024-01"), ym("2026-12"))]);
}

#[test]
fn a_period_without_rules_says_which_parameter_is_missing() {
    let book = RuleBook::embedded();
    let err = PayrollRules::for_period(&book, ym("2019-01")).unwrap_err();
    assert!(matches!(&err, RulesError::NotInForce { key, .. } if key == "mrp"), "{err}");
    assert!(err.to_string().contains("2022-01-01 to 2026-12-31"), "{err}");
}

#[test]
fn indices_resolve_on_1_january_of_the_year() {
    // 2022: MRP 3,063 from 1 January, 3,180 from 1 April (budget amendment); the Tax Code keeps
    // the 1 January value for the whole year, so 14 MRP in May 2022 = 14 × 3,063 = 42,882.
    let book = RuleBook::embedded();
    let may = jiff::civil::date(2022, 5, 1);
    let jan = jiff::civil::date(2022, 1, 1);
    let floor = book.amount_on("social_tax.base_floor", jiff::civil::date(2024, 5, 1), jan).unwrap().unwrap();
    assert_eq!(floor.value, Money::from_tenge(42_882));
    let mrp_may = book.amount_on("mrp", may, may).unwrap().unwrap();
    assert_eq!(mrp_may.value, Money::from_tenge(3_180), "the benefits MRP from April 2022");
}

/// Applies `(old, new)` replacements to one embedded file and loads the lot.
fn load_edited(file: &str, edits: &[(&str, &str)]) -> Result<RuleBook, RulesError> {
    let mut files = embedded_files();
    let f = files.iter_mut().find(|(n, _)| n == file).unwrap();
    for (old, new) in edits {
        assert!(f.1.contains(old), "{file} does not contain {old:?}");
        f.1 = f.1.replacen(old, new, 1);
    }
    RuleBook::from_files(files)
}

/// Each broken edit must be rejected with a message naming the file, the key and the problem.
#[test]
fn broken_rules_are_rejected_naming_file_and_key() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        ("so.toml", "until = 2024-12-31", "until = 2025-03-31", &["so.toml", "so.rate", "overlap"]),
        ("so.toml", "since = 2025-01-01", "since = 2025-02-01", &["so.toml", "so.rate", "gap", "2025-01-01"]),
        ("opv.toml", "value = \"50 MZP\"", "value = \"50 MCI\"", &["opv.toml", "opv.base_cap", "unknown unit `MCI`"]),
        ("opv.toml", "value = \"10%\"", "value = \"10\"", &["opv.toml", "opv.rate", "unknown unit"]),
        ("ipn.toml", "type = \"rate\"", "type = \"ratio\"", &["ipn.toml", "ipn.rate", "unknown type `ratio`"]),
        (
            "osms.toml",
            "source = \"Law of RK 'On compulsory social health insurance' No. 405-V of 16 November 2015, art. 27\"\n",
            "",
            &["osms.toml", "oosms.rate.values[1]", "missing `source`"],
        ),
        (
            "social_tax.toml",
            "since = 2026-01-01\nvalue = \"6%\"",
            "since = 2026-01-01\nuntil = 2025-01-01\nvalue = \"6%\"",
            &["social_tax.rate", "before `since`"],
        ),
        ("rounding.toml", "value = \"half-up\"", "value = \"nearest\"", &["rounding.mode", "half-up"]),
        (
            "opvr.toml",
            "value = [\"pensioner-age\", \"pensioner-seniority\", \"disability-1-indefinite\", \"disability-2-indefinite\"]",
            "value = [\"retired\"]",
            &["opvr.exempt", "unknown condition `retired`"],
        ),
        ("indices.toml", "[mzp]", "[mzp]\nfoo = 1", &["indices.toml", "mzp", "unknown field `foo`"]),
        ("indices.toml", "title = \"Minimum", "title = Minimum", &["indices.toml", "not valid TOML"]),
    ];
    for (file, old, new, expected) in cases {
        let err =
            load_edited(file, &[(old, new)]).expect_err(&format!("{file}: {new:?} should be rejected")).to_string();
        for want in *expected {
            assert!(err.contains(want), "editing {file} ({new:?}): expected {want:?} in:\n{err}");
        }
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut files = embedded_files();
    for (name, text) in files.iter_mut() {
        if name == "opv.toml" {
            *text =
                text.replace("value = \"50 MZP\"", "value = \"50 MCI\"").replace("value = \"10%\"", "value = \"ten\"");
        }
    }
    match RuleBook::from_files(files) {
        Err(RulesError::Invalid(problems)) => assert_eq!(problems.len(), 2, "{problems:?}"),
        other => panic!("expected two problems, got {other:?}"),
    }
}

#[test]
fn a_duplicate_parameter_across_files_is_rejected() {
    let mut files = embedded_files();
    files.push(("extra.toml".into(), "[mrp]\ntitle = \"x\"\ntype = \"amount\"\n[[mrp.values]]\nsince = 2030-01-01\nvalue = \"1 KZT\"\nsource = \"s\"\nreference = \"r\"\n".into()));
    let err = RuleBook::from_files(files).unwrap_err().to_string();
    assert!(err.contains("extra.toml: mrp: defined twice (also in indices.toml)"), "{err}");
}

#[test]
fn a_what_if_reform_is_a_data_edit() {
    // "Social tax back to 11% less SO in 2026": 145,000 gross, OPV 14,500, VOSMS 2,900, SO 6,525.
    // 11% × 127,600 = 14,036, less SO 6,525 = 7,511 (instead of 6% × 127,600 = 7,656).
    let book = load_edited(
        "social_tax.toml",
        &[
            ("value = \"6%\"", "value = \"11%\""),
            (
                "[[social_tax.so_offset.values]]\nsince = 2026-01-01\nvalue = false",
                "[[social_tax.so_offset.values]]\nsince = 2026-01-01\nvalue = true",
            ),
        ],
    )
    .unwrap();
    let period = ym("2026-03");
    let rules = PayrollRules::for_period(&book, period).unwrap();
    let slip = calculate(
        &rules,
        &EmployeeMonth {
            period,
            gross: Money::from_tenge(145_000),
            profile: Profile::default(),
            ytd: YearToDate::default(),
            excluded: Exclusions::NONE,
        },
    );
    assert_eq!(slip.social_tax.amount, Money::from_tenge(7_511));
}

/// Rule files written before the two kinds of pensioner (`"pensioner"`) still load, and the old
/// name means a pensioner by age: an exported copy keeps working.
#[test]
fn the_old_condition_name_pensioner_means_pensioner_age() {
    let book = load_edited(
        "opvr.toml",
        &[(
            "value = [\"pensioner-age\", \"pensioner-seniority\", \"disability-1-indefinite\", \"disability-2-indefinite\"]",
            "value = [\"pensioner\", \"disability-1-indefinite\", \"disability-2-indefinite\"]",
        )],
    )
    .unwrap();
    let period = ym("2026-03");
    let rules = PayrollRules::for_period(&book, period).unwrap();
    let opvr = |pensioner| {
        let profile = Profile { pensioner, ..Profile::default() };
        let month = EmployeeMonth {
            period,
            gross: Money::from_tenge(300_000),
            profile,
            ytd: YearToDate::default(),
            excluded: Exclusions::NONE,
        };
        calculate(&rules, &month).opvr.amount()
    };
    assert_eq!(opvr(Some(Pension::Age)), Money::ZERO);
    // This edited copy no longer exempts long service: 3.5% × 300,000 = 10,500.
    assert_eq!(opvr(Some(Pension::Seniority)), Money::from_tenge(10_500));
}

#[test]
fn a_band_rate_without_its_threshold_is_refused_for_the_period() {
    let book =
        load_edited("ipn.toml", &[("since = 2026-01-01\nvalue = \"15%\"", "since = 2026-01-01\nvalue = \"none\"")])
            .unwrap();
    let err = PayrollRules::for_period(&book, ym("2026-01")).unwrap_err().to_string();
    assert!(err.contains("ipn.higher_rate and ipn.higher_rate_threshold"), "{err}");
    assert!(PayrollRules::for_period(&book, ym("2025-12")).is_ok(), "2025 has neither, which is consistent");
}
