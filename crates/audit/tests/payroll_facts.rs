//! The payroll facts of docs/payroll-run.md §2 in the workforce file: read under their English and
//! Russian names into `Person::payroll`, every bad cell a problem naming its row and column in each
//! language, and ignored by the audit's own checks.

use jiff::civil::{Date, date};
use kzcomply_audit::columns::{Column, PAYROLL_COLUMNS};
use kzcomply_audit::import::{self, ImportError};
use kzcomply_audit::{BasicDeduction, Company, PayrollFacts, Supplied, audit};
use kzcomply_i18n::Lang;
use kzcomply_law::calendar::{Calendar, Week};
use kzcomply_law::{Disability, Pension, RuleBook};
use std::path::PathBuf;

const BASE: &str = "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date";

fn base_row(i: usize) -> String {
    format!("P{i},Person {i},9608124018{i:02},KZ,direct,Engineer,IT,3,500000,2025-01-06")
}

/// A file with the base columns, then `header` (the payroll columns), one row per `cells` line.
fn file(header: &str, rows: &[&str]) -> String {
    let mut out = format!("{BASE},{header}\n");
    for (i, cells) in rows.iter().enumerate() {
        out.push_str(&format!("{},{cells}\n", base_row(i + 1)));
    }
    out
}

fn facts(text: &str) -> Vec<PayrollFacts> {
    let w = import::from_csv(text.as_bytes(), Lang::En).unwrap_or_else(|e| panic!("{e}"));
    w.people.into_iter().map(|p| p.payroll).collect()
}

fn problems(text: &str, lang: Lang) -> Vec<(usize, String, String)> {
    match import::from_csv(text.as_bytes(), lang) {
        Err(ImportError::Problems(p)) => p.into_iter().map(|p| (p.row, p.column, p.message)).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

const HEADER: &str = "birth_date,tax_resident,in_kz_since,pensioner,disability_group,disability_from,disability_until,\
                      basic_deduction_from,week,days_worked";

#[test]
fn every_fact_is_read_into_its_type() {
    let text = file(
        HEADER,
        &[
            "1960-08-12,yes,2024-01-15,age,2,2025-01-01,2027-12-31,2026-03-01,6,18",
            ",,,,,,,,,",
            "12.08.1996,нет,,seniority,III,,,no,5,0",
            ",жоқ,,по выслуге лет,I,01.02.2026,,,5,31",
            ",иә,,жоқ,2 группа,,,нет,,",
        ],
    );
    let got = facts(&text);
    let d = |y, m, dd| Some(date(y, m, dd));
    assert_eq!(
        got[0],
        PayrollFacts {
            birth_date: d(1960, 8, 12),
            tax_resident: Some(true),
            in_kz_since: d(2024, 1, 15),
            pension: Some(Pension::Age),
            disability: Some(Disability::Group2),
            disability_from: d(2025, 1, 1),
            disability_until: d(2027, 12, 31),
            basic_deduction: BasicDeduction::From(date(2026, 3, 1)),
            week: Some(Week::SixDay),
            days_worked: Some(18),
        }
    );
    assert_eq!(got[1], PayrollFacts::default(), "blank cells are the defaults");
    assert_eq!(
        got[2],
        PayrollFacts {
            birth_date: d(1996, 8, 12),
            tax_resident: Some(false),
            pension: Some(Pension::Seniority),
            disability: Some(Disability::Group3),
            basic_deduction: BasicDeduction::NotClaimed,
            week: Some(Week::FiveDay),
            days_worked: Some(0),
            ..PayrollFacts::default()
        }
    );
    assert_eq!(
        got[3],
        PayrollFacts {
            tax_resident: Some(false),
            pension: Some(Pension::Seniority),
            disability: Some(Disability::Group1),
            disability_from: d(2026, 2, 1),
            week: Some(Week::FiveDay),
            days_worked: Some(31),
            ..PayrollFacts::default()
        }
    );
    assert_eq!(
        got[4],
        PayrollFacts {
            tax_resident: Some(true),
            disability: Some(Disability::Group2),
            basic_deduction: BasicDeduction::NotClaimed,
            ..PayrollFacts::default()
        },
        "`no` for a pensioner is no pension"
    );
    // The deduction is claimed for a month whose last day is on or after basic_deduction_from.
    let from = got[0].basic_deduction;
    assert!(!from.claimed_for(date(2026, 2, 28)) && from.claimed_for(date(2026, 3, 31)));
    assert!(BasicDeduction::Claimed.claimed_for(date(2026, 1, 31)));
    assert!(!BasicDeduction::NotClaimed.claimed_for(date(2026, 1, 31)));
}

#[test]
fn the_russian_names_of_the_columns() {
    let header = "дата_рождения,налоговый_резидент,в_рк_с,пенсионер,группа_инвалидности,инвалидность_с,\
                  инвалидность_по,вычет_с,неделя,отработано_дней";
    let got = facts(&file(header, &["01.01.1990,да,01.06.2025,по возрасту,ІІ,01.01.2026,31.12.2026,нет,6,20"]));
    assert_eq!(
        got[0],
        PayrollFacts {
            birth_date: Some(date(1990, 1, 1)),
            tax_resident: Some(true),
            in_kz_since: Some(date(2025, 6, 1)),
            pension: Some(Pension::Age),
            disability: Some(Disability::Group2),
            disability_from: Some(date(2026, 1, 1)),
            disability_until: Some(date(2026, 12, 31)),
            basic_deduction: BasicDeduction::NotClaimed,
            week: Some(Week::SixDay),
            days_worked: Some(20),
        }
    );
    let w = import::from_csv(file(header, &[",,,,,,,,,"]).as_bytes(), Lang::Ru).unwrap();
    assert!(PAYROLL_COLUMNS.iter().all(|c| w.supplied.has(*c)), "Supplied knows the columns");
}

#[test]
fn a_bad_cell_names_its_row_and_column_in_every_language() {
    let text = file(
        HEADER,
        &[
            "1990-13-01,maybe,someday,often,4,2026-05-01,2026-04-30,never,7,32",
            ",,,,,,,,,-1",
            ",,,,,2026-01-01,2026-01-01,,,",
        ],
    );
    let columns = [
        "birth_date",
        "tax_resident",
        "in_kz_since",
        "pensioner",
        "disability_group",
        "disability_until",
        "basic_deduction_from",
        "week",
        "days_worked",
    ];
    let mut english = Vec::new();
    for lang in Lang::ALL {
        let p = problems(&text, lang);
        let at: Vec<(usize, &str)> = p.iter().map(|(r, c, _)| (*r, c.as_str())).collect();
        let mut want: Vec<(usize, &str)> = columns.iter().map(|c| (2, *c)).collect();
        want.push((3, "days_worked"));
        assert_eq!(at, want, "{lang:?}: {p:?}");
        // Every message is the catalogue's (no message id left as it is) and names the value.
        for (_, column, message) in &p {
            assert!(!message.starts_with("import-"), "{lang:?} {column}: {message}");
        }
        assert!(p[3].2.contains("often") && p[7].2.contains('7') && p[8].2.contains("32"), "{lang:?}: {p:?}");
        english.push(p);
    }
    // Each language has its own words.
    assert_ne!(english[0][3].2, english[1][3].2);
    assert_ne!(english[1][3].2, english[2][3].2);
    let until = &english[0][5].2;
    assert!(until.contains("2026-04-30") && until.contains("2026-05-01"), "{until}");
    let until_ru = &english[1][5].2;
    assert!(until_ru.contains("30.04.2026") && until_ru.contains("01.05.2026"), "{until_ru}");
}

fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo")
}

/// The demo file with the payroll columns added to every row.
fn demo_with_facts() -> String {
    let text = std::fs::read_to_string(demo_dir().join("workforce.csv")).unwrap();
    let mut out = String::new();
    for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        out.push_str(line);
        out.push(',');
        out.push_str(if i == 0 { HEADER } else { "1960-01-01,no,2020-01-01,age,1,2020-01-01,,no,6,3" });
        out.push('\n');
    }
    out
}

#[test]
fn the_audit_ignores_the_payroll_facts() {
    let rules = RuleBook::embedded();
    let calendar = Calendar::from_rules(&rules).unwrap();
    let company: Company = toml::from_str(&std::fs::read_to_string(demo_dir().join("company.toml")).unwrap()).unwrap();
    let plain = import::from_csv(&std::fs::read(demo_dir().join("workforce.csv")).unwrap(), Lang::En).unwrap();
    let with = import::from_csv(demo_with_facts().as_bytes(), Lang::En).unwrap();
    assert_eq!(plain.supplied, Supplied::audit_columns(), "the demo file has every column the audit reads");
    assert_eq!(with.supplied, Supplied::all());
    assert!(with.people.iter().all(|p| p.payroll.days_worked == Some(3)));
    let as_of: Date = date(2026, 11, 20);
    for lang in Lang::ALL {
        let a = audit(&rules, &calendar, &company, &plain.people, &plain.supplied, as_of, lang).unwrap();
        let b = audit(&rules, &calendar, &company, &with.people, &with.supplied, as_of, lang).unwrap();
        assert_eq!(serde_json::to_value(&a).unwrap(), serde_json::to_value(&b).unwrap(), "{lang:?}");
    }
    assert!(Column::Week.is_payroll() && !Column::MentorAppointedOn.is_payroll());
}
