//! Money never overflows silently and exports are safe (issue 13), from the command line: an
//! amount above `Money::MAX_INPUT` (10^12 tenge) is bad input (exit 2 naming the flag or the row
//! and column), the limit itself computes exactly, and `payroll --batch --out x.csv` neutralises
//! cells a spreadsheet would read as formulas.

mod common;

use common::{fails_with, json, kzcomply, stderr, temp_dir};

/// i64::MAX tiyn: before, an employer cost of −86.7 quadrillion tenge with exit 0.
const ATTACK: &str = "92233720368547758.07";

#[test]
fn an_amount_above_the_limit_is_exit_2_naming_the_flag() {
    let limit = "above the largest amount accepted, 1,000,000,000,000 tenge";
    fails_with(&["payroll", "--period", "2026-03", "--gross", ATTACK], "--gross");
    fails_with(&["payroll", "--period", "2026-03", "--gross", ATTACK], limit);
    fails_with(&["payroll", "--period", "2026-03", "--gross", "1000000000000.01"], limit);
    fails_with(&["payroll", "--period", "2026-03", "--net", ATTACK], "--net");
    fails_with(&["payroll", "--period", "2026-03", "--gross", "1", "--ytd-taxable", ATTACK], "--ytd-taxable");
    fails_with(&["quote", "--gross", ATTACK, "--period", "2026-01"], "--gross");
}

#[test]
fn the_limit_itself_is_computed_exactly() {
    // Worked by hand in crates/law/tests/properties.rs (`the_largest_gross_worked_by_hand`).
    let v = json(&["payroll", "--period", "2026-03", "--gross", "1000000000000", "--born", "1990-05-01", "--json"]);
    assert_eq!(v["net"], 850_001_467_437u64);
    assert_eq!(v["employee"]["ipn"], 149_998_073_563u64);
    assert_eq!(v["employer"]["social_tax"], 59_999_972_460u64);
    assert_eq!(v["employer_cost"], 1_060_000_252_960u64);
}

#[test]
fn a_batch_row_above_the_limit_is_exit_2_naming_row_and_column() {
    let dir = temp_dir("limits-batch");
    let input = dir.join("in.csv");
    std::fs::write(&input, format!("id,period,gross\nE1,2026-03,145000\nE2,2026-03,{ATTACK}\n")).unwrap();
    let out = dir.join("out.csv");
    let o = kzcomply(&["payroll", "--batch", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("row 3 (id E2)") && e.contains("column gross") && e.contains("largest amount"), "{e}");
    assert!(!out.exists(), "a stopped batch writes nothing");
}

#[test]
fn batch_csv_output_neutralises_formula_cells() {
    let dir = temp_dir("limits-csv");
    let input = dir.join("in.csv");
    let ids = ["=HYPERLINK(\"\"http://evil.example\"\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "E-005"];
    let mut text = String::from("id,period,gross\n");
    for id in ids {
        text.push_str(&format!("\"{id}\",2026-03,145000\n"));
    }
    std::fs::write(&input, text).unwrap();
    let out = dir.join("out.csv");
    let o = kzcomply(&["payroll", "--batch", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let written = std::fs::read_to_string(&out).unwrap();
    let mut reader = csv::Reader::from_reader(written.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let got: Vec<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(
        got,
        ["'=HYPERLINK(\"http://evil.example\")", "'+1+1", "'-2+3+cmd|' /C calc'!A0", "'@SUM(A1:A2)", "E-005"],
        "{written}"
    );
    // The amounts are kzcomply's own numbers and stay numbers: the published 145,000 case.
    for r in &rows {
        assert_eq!((r.get(2), r.get(6), r.get(11)), (Some("145000"), Some("127600"), Some("168606")), "{written}");
    }
}
