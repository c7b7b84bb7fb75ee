//! `kzcomply payroll-run`: the JSON contract, who is skipped and why, accruals, the register and
//! payslips, and bad input (exit code 2, file, row and column named, nothing written).
//!
//! Hand-worked, March 2026 (norm 18 working days; MRP 4,325, basic deduction 30 MRP = 129,750):
//! A1, citizen born 1990, salary 300,000 + bonus 50,000 = gross 350,000.
//!   OPV 10% = 35,000; VOSMS 2% = 7,000; A = 350,000 − 42,000 = 308,000; T = 308,000 − 129,750 =
//!   178,250; IPN 10% = 17,825; net = 350,000 − 35,000 − 7,000 − 17,825 = 290,175.
//!   OPVR 3.5% = 12,250; SO 5% × (350,000 − 35,000) = 15,750; OOSMS 3% = 10,500;
//!   social tax 6% × 308,000 = 18,480; employer cost = 350,000 + 12,250 + 15,750 + 10,500 + 18,480 = 406,980.
//! Payments are due 25 April 2026, a Saturday, so Monday 27 April.

mod common;

use common::{json, kzcomply, stderr, stdout, temp_dir};
use std::path::PathBuf;

const STAFF: &str =
    "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date,employer_bin
A1,Айдана Серикова,900501301016,KZ,direct,Engineer,IT,3,300000,2024-02-01,
O1,Бауыржан Мусин,920303301077,KZ,outstaffed,Engineer,IT,3,300000,2024-02-01,150840022712
C1,Камила Рахимова,870707401088,KZ,contractor,Designer,IT,3,200000,2024-02-01,
";

fn files(name: &str, accruals: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = temp_dir(name);
    let staff = dir.join("staff.csv");
    let acc = dir.join("accruals.csv");
    std::fs::write(&staff, STAFF).unwrap();
    std::fs::write(&acc, accruals).unwrap();
    (dir, staff, acc)
}

#[test]
fn a_month_with_a_bonus_as_json() {
    let (_dir, staff, acc) = files("run-json", "id,kind,amount,note\nA1,bonus,50000,Q1 bonus\n");
    let v = json(&[
        "payroll-run",
        staff.to_str().unwrap(),
        "--period",
        "2026-03",
        "--accruals",
        acc.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(v["period"], "2026-03");
    assert_eq!(v["norm_days"], 18);
    assert!(v["employer_bin"].is_null());
    let p = &v["people"][0];
    assert_eq!(p["id"], "A1");
    assert_eq!((p["days_worked"].as_u64(), p["norm_days"].as_u64()), (Some(18), Some(18)));
    assert_eq!(p["lines"][0]["kind"], "salary");
    assert_eq!(p["lines"][0]["amount"], 300000);
    assert_eq!(p["lines"][1]["kind"], "bonus");
    assert_eq!(p["lines"][1]["amount"], 50000);
    assert_eq!(p["gross"], 350000);
    assert_eq!(
        (p["employee"]["opv"].as_i64(), p["employee"]["vosms"].as_i64(), p["employee"]["ipn"].as_i64()),
        (Some(35000), Some(7000), Some(17825))
    );
    assert_eq!(p["net"], 290175);
    let e = &p["employer"];
    assert_eq!(
        (e["opvr"].as_i64(), e["so"].as_i64(), e["oosms"].as_i64(), e["social_tax"].as_i64()),
        (Some(12250), Some(15750), Some(10500), Some(18480))
    );
    assert_eq!(p["employer_cost"], 406980);
    let skipped: Vec<(&str, &str)> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(skipped, [("O1", "other-employer"), ("C1", "contractor")]);
    assert_eq!((v["totals"]["gross"].as_i64(), v["totals"]["net"].as_i64()), (Some(350000), Some(290175)));
    assert_eq!(v["totals"]["employer_cost"], 406980);
    let opv = v["payments"].as_array().unwrap().iter().find(|p| p["charge"] == "opv").unwrap();
    assert_eq!((opv["amount"].as_i64(), opv["due"].as_str()), (Some(35000), Some("2026-04-27")));
    let ipn = v["payments"].as_array().unwrap().iter().find(|p| p["charge"] == "ipn").unwrap();
    assert_eq!((ipn["amount"].as_i64(), ipn["payee"].as_str()), (Some(17825), Some("tax-authority")));
}

#[test]
fn the_providers_run_holds_the_outstaffed_engineer() {
    let (_dir, staff, _) = files("run-bin", "id,kind,amount\n");
    let v = json(&[
        "payroll-run",
        staff.to_str().unwrap(),
        "--period",
        "2026-03",
        "--employer-bin",
        "150840022712",
        "--json",
    ]);
    assert_eq!(v["employer_bin"], "150840022712");
    let ids: Vec<&str> = v["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["O1"]);
    // O1: 300,000 in full (as M1 of the golden march case): net 250,575, employer cost 348,840.
    assert_eq!(
        (v["people"][0]["net"].as_i64(), v["people"][0]["employer_cost"].as_i64()),
        (Some(250575), Some(348840))
    );
    assert_eq!(v["skipped"][0]["reason"], "other-employer"); // A1: the file's own direct staff
}

#[test]
fn bad_accruals_name_file_row_and_column_and_write_nothing() {
    let (dir, staff, acc) = files("run-bad", "id,kind,amount\nA1,premia,5\nC1,bonus,10\nX9,bonus,1\nA1,bonus,lots\n");
    let out = dir.join("register.csv");
    let o = kzcomply(&[
        "payroll-run",
        staff.to_str().unwrap(),
        "--period",
        "2026-03",
        "--accruals",
        acc.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("row 5, column amount") && err.contains("lots"), "{err}");
    assert!(!out.exists(), "nothing is written from bad input");
    // With the amount fixed, the other problems come all at once.
    std::fs::write(&acc, "id,kind,amount\nA1,premia,5\nC1,bonus,10\nX9,bonus,1\n").unwrap();
    let o =
        kzcomply(&["payroll-run", staff.to_str().unwrap(), "--period", "2026-03", "--accruals", acc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("row 2, column kind") && err.contains("premia"), "{err}");
    assert!(err.contains("row 3, column id") && err.contains("contractor"), "{err}");
    assert!(err.contains("row 4, column id") && err.contains("X9"), "{err}");
}

#[test]
fn register_in_russian_opens_in_russian_excel_and_payslips_are_written() {
    let (dir, staff, acc) = files("run-out", "id,вид,сумма\nA1,премия,50000\n");
    let out = dir.join("register.csv");
    let slips = dir.join("slips");
    let o = kzcomply(&[
        "--lang",
        "ru",
        "payroll-run",
        staff.to_str().unwrap(),
        "--period",
        "2026-03",
        "--accruals",
        acc.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--payslips",
        slips.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Зарплата за март 2026") && text.contains("290 175 ₸"), "{text}");
    let csv = std::fs::read(&out).unwrap();
    assert!(csv.starts_with("\u{feff}".as_bytes()), "a UTF-8 BOM for Excel");
    let csv = String::from_utf8(csv).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains(";ФИО;") && header.contains("ИПН"), "{header}");
    assert!(csv.contains("A1;Айдана Серикова;18;18;300000;50000;350000"), "{csv}");
    let ext = if cfg!(feature = "pdf") { "pdf" } else { "html" };
    let slip = std::fs::read(slips.join(format!("A1.{ext}"))).unwrap();
    if cfg!(feature = "pdf") {
        assert!(slip.starts_with(b"%PDF"), "a real PDF");
    } else {
        assert!(String::from_utf8_lossy(&slip).contains("Расчётный листок за март 2026"));
    }
    assert_eq!(std::fs::read_dir(&slips).unwrap().count(), 1, "one payslip per person on the run");
}

#[test]
fn unsafe_outputs_are_refused_before_anything_is_written() {
    let dir = temp_dir("run-unsafe");
    // Two ids that would be the same file name: refused, naming both, and no register is left.
    let staff = dir.join("staff.csv");
    std::fs::write(
        &staff,
        "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n\
         a/b,X,900501301016,KZ,direct,E,IT,3,300000,2024-02-01\n\
         a_b,Y,920303301077,KZ,direct,E,IT,3,300000,2024-02-01\n",
    )
    .unwrap();
    let (slips, out) = (dir.join("slips"), dir.join("register.xlsx"));
    let o = kzcomply(&[
        "payroll-run",
        staff.to_str().unwrap(),
        "--period",
        "2026-03",
        "--payslips",
        slips.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("a/b and a_b"), "{}", stderr(&o));
    assert!(!out.exists() && std::fs::read_dir(&slips).unwrap().count() == 0, "nothing written");
    // A decimal comma without quotes shifts a row: refused, never paid as the first cells say.
    let acc = dir.join("accruals.csv");
    std::fs::write(&acc, "id,kind,amount,hours\na_b,overtime,,2,5\n").unwrap();
    let o =
        kzcomply(&["payroll-run", staff.to_str().unwrap(), "--period", "2026-03", "--accruals", acc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("row 2: 5 cells, but the header names 4"), "{}", stderr(&o));
    // An employer BIN that is not one.
    let o = kzcomply(&["payroll-run", staff.to_str().unwrap(), "--period", "2026-03", "--employer-bin", "garbage"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--employer-bin garbage"), "{}", stderr(&o));
}
