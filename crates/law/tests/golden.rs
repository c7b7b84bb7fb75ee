//! Golden payroll cases: `tests/golden/payroll/*.toml` at the repository root, each case with
//! inputs and every expected line worked out by hand from the statute (the arithmetic is in the
//! files' comments). One `check` per case; every mismatch in every file is reported at once.

use kzcomply_law::payroll::{EmployeeMonth, Exclusions, PayrollRules, Profile, YearToDate, calculate, gross_for_net};
use kzcomply_law::{Disability, Money, Pension, RuleBook, Status, YearMonth};
use std::path::PathBuf;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/payroll")
}

fn money(v: &toml::Value, what: &str) -> Money {
    match v {
        toml::Value::Integer(i) => Money::from_tenge(*i),
        toml::Value::String(s) => Money::parse(s).unwrap_or_else(|e| panic!("{what}: {e}")),
        other => panic!("{what}: write amounts as integers or strings, not {other:?}"),
    }
}

fn profile(case: &toml::Table, what: &str) -> (YearMonth, Profile, YearToDate) {
    let period: YearMonth = case["period"].as_str().expect("period").parse().expect("period");
    let status = case.get("status").map_or(Status::Citizen, |s| s.as_str().unwrap().parse().unwrap());
    let born = case.get("born").map(|b| {
        let d = b.as_datetime().and_then(|d| d.date).unwrap_or_else(|| panic!("{what}: born must be a date"));
        jiff::civil::date(d.year as i16, d.month as i8, d.day as i8)
    });
    let disability = match case.get("disability").map(|d| d.as_integer().unwrap()) {
        None | Some(0) => None,
        Some(n) => Some(Disability::from_group(n as u8).unwrap_or_else(|| panic!("{what}: disability {n}"))),
    };
    let flag = |k: &str, default: bool| case.get(k).map_or(default, |v| v.as_bool().unwrap());
    let amount = |k: &str| case.get(k).map_or(Money::ZERO, |v| money(v, &format!("{what}.{k}")));
    // `pensioner = "age" | "seniority"`; `true` (the older spelling) means age.
    let pensioner = match case.get("pensioner") {
        None | Some(toml::Value::Boolean(false)) => None,
        Some(toml::Value::Boolean(true)) => Some(Pension::Age),
        Some(toml::Value::String(s)) => {
            Some(Pension::parse(s).unwrap_or_else(|| panic!("{what}: pensioner {s:?} is not age or seniority")))
        }
        Some(other) => panic!("{what}: pensioner must be \"age\", \"seniority\" or a boolean, not {other:?}"),
    };
    let profile = Profile {
        status,
        born,
        pensioner,
        disability,
        basic_deduction: flag("basic_deduction", true),
        hired_this_month: flag("hired_this_month", false),
        dismissed_this_month: flag("dismissed_this_month", false),
        tax_resident: None,
        disability_indefinite: true,
    };
    let ytd = YearToDate {
        taxable_income: amount("ytd_taxable"),
        ipn_withheld: case.get("ytd_ipn").map(|v| money(v, &format!("{what}.ytd_ipn"))),
        personal_deduction: amount("ytd_personal_deduction"),
        disability_deduction: amount("ytd_disability_deduction"),
    };
    (period, profile, ytd)
}

const FIELDS: [&str; 9] = ["opv", "vosms", "ipn", "net", "opvr", "so", "oosms", "social_tax", "employer_cost"];

#[test]
fn golden_payroll_cases() {
    let book = RuleBook::embedded();
    let mut files: Vec<_> = std::fs::read_dir(golden_dir())
        .expect("tests/golden/payroll exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no golden files");
    let (mut failures, mut cases) = (Vec::new(), 0);
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let doc: toml::Table =
            toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{file}: {e}"));
        for case in doc.get("case").and_then(|c| c.as_array()).into_iter().flatten() {
            let case = case.as_table().unwrap();
            let name = format!("{file}: {}", case["name"].as_str().unwrap());
            cases += 1;
            let (period, profile, ytd) = profile(case, &name);
            let rules = PayrollRules::for_period(&book, period).unwrap_or_else(|e| panic!("{name}: {e}"));
            let gross = money(&case["gross"], &name);
            let slip = calculate(&rules, &EmployeeMonth { period, gross, profile, ytd, excluded: Exclusions::NONE });
            let got = slip.lines();
            let expect = case["expect"].as_table().unwrap_or_else(|| panic!("{name}: no [case.expect]"));
            for (field, got) in got.into_iter().filter(|(f, _)| FIELDS.contains(f)) {
                let Some(want) = expect.get(field) else { continue };
                let want = money(want, &name);
                if want != got {
                    failures.push(format!("{name}: {field} expected {want}, got {got}"));
                }
            }
        }
        for case in doc.get("inverse").and_then(|c| c.as_array()).into_iter().flatten() {
            let case = case.as_table().unwrap();
            let name = format!("{file}: {}", case["name"].as_str().unwrap());
            cases += 1;
            let (period, profile, ytd) = profile(case, &name);
            let rules = PayrollRules::for_period(&book, period).unwrap();
            let target = money(&case["net"], &name);
            let want = money(&case["expect_gross"], &name);
            match gross_for_net(&rules, profile, ytd, target) {
                Ok(slip) if slip.input.gross == want => {}
                Ok(slip) => failures.push(format!("{name}: gross expected {want}, got {}", slip.input.gross)),
                Err(e) => failures.push(format!("{name}: {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{} of {cases} golden cases differ:\n{}", failures.len(), failures.join("\n"));
    assert!(cases >= 10, "only {cases} golden cases found");
}
