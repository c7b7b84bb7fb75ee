//! The `kzcomply` binary as a user runs it: outputs, the JSON contract, exit codes, batch files.

mod common;

use common::{json, kzcomply, stderr, stdout, temp_dir};
use std::path::Path;

#[test]
fn published_2026_case_as_json_contract() {
    // lada.kz / KGD, 16.01.2026: 145,000 → OPV 14,500, VOSMS 2,900, IPN 0, net 127,600.
    let v = json(&["payroll", "--period", "2026-03", "--gross", "145000", "--born", "1990-05-01", "--json"]);
    assert_eq!(v["period"], "2026-03");
    assert_eq!(v["gross"], 145_000);
    assert_eq!(v["net"], 127_600);
    assert_eq!(v["employee"]["opv"], 14_500);
    assert_eq!(v["employee"]["vosms"], 2_900);
    assert_eq!(v["employee"]["ipn"], 0);
    // Employer: 3.5% × 145,000 = 5,075; 5% × 130,500 = 6,525; 3% × 145,000 = 4,350; 6% × 127,600 = 7,656.
    assert_eq!(v["employer"]["opvr"], 5_075);
    assert_eq!(v["employer"]["so"], 6_525);
    assert_eq!(v["employer"]["oosms"], 4_350);
    assert_eq!(v["employer"]["social_tax"], 7_656);
    assert_eq!(v["employer_cost"], 168_606); // 145,000 + 5,075 + 6,525 + 4,350 + 7,656
    let trace = v["trace"].as_array().unwrap();
    let lines: Vec<&str> = trace.iter().map(|l| l["line"].as_str().unwrap()).collect();
    assert_eq!(lines, ["opv", "vosms", "ipn", "net", "opvr", "so", "oosms", "social_tax", "employer_cost"]);
    let opv = &trace[0];
    assert!(opv["formula"].as_str().unwrap().contains("50 MZP = 4,250,000"), "{opv}");
    assert!(opv["sources"].as_array().unwrap().iter().all(|s| !s["source"].as_str().unwrap().is_empty()));
}

#[test]
fn net_to_gross() {
    let v = json(&["payroll", "--period", "2026-03", "--net", "127600", "--json"]);
    assert_eq!(v["gross"], 145_000); // 144,999 would give 144,999 − 14,500 − 2,900 = 127,599
    assert_eq!(v["net"], 127_600);
}

#[test]
fn table_output_explains_each_line() {
    let o = kzcomply(&["payroll", "--period", "2025-06", "--gross", "500000", "--sources"]);
    assert!(o.status.success());
    let out = stdout(&o);
    for want in
        ["Net pay", "Employer's total cost", "11% × max(", "less SO", "ipn.personal_deduction = 14 MRP = 55,048"]
    {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
}

/// Bad input: exit code 2 and a one-line message naming what is wrong.
#[test]
fn bad_input_is_exit_2_with_a_clear_message() {
    let cases: &[(&[&str], &str)] = &[
        (&["payroll", "--period", "2026-03", "--gross", "-5"], "'-5' is negative"),
        (&["payroll", "--period", "2026-03", "--gross", "12abc"], "--gross <TENGE>': '12abc' is not a number"),
        (
            &["payroll", "--period", "2026-03", "--gross", "1", "--status", "martian"],
            "invalid value 'martian' for '--status",
        ),
        (&["payroll", "--period", "2026-3", "--gross", "1"], "'2026-3' is not a period"),
        (&["payroll", "--period", "2019-01", "--gross", "1"], "no payroll rules for 2019-01"),
        (&["payroll", "--period", "2026-03", "--gross", "1", "--disability", "4"], "--disability"),
        (&["payroll", "--period", "2026-03"], "--gross"),
        (&["payroll", "--batch", "/nonexistent/in.csv"], "/nonexistent/in.csv"),
        (&["--rules", "/nonexistent/rules", "payroll", "--period", "2026-03", "--gross", "1"], "/nonexistent/rules"),
    ];
    for (args, want) in cases {
        let o = kzcomply(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{args:?}: expected {want:?} in {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?} panicked");
    }
}

const BATCH: &str = "\
id;period;gross;status;born;pensioner;name
1;2026-03;145000;citizen;1990-05-01;;Aida
2;2025-06;1 000 000;eaeu;1980-01-01;нет;Boris
3;2026-13;100;;;;Bad period
4;2024-01;300000;foreign-nonresident;;;Chen
5;2026-03;abc;;;;Bad gross
";

fn write_batch(dir: &Path) -> String {
    let path = dir.join("in.csv");
    std::fs::write(&path, BATCH).unwrap();
    path.display().to_string()
}

#[test]
fn batch_stop_mode_writes_nothing_and_names_the_row() {
    let dir = temp_dir("stop");
    let input = write_batch(&dir);
    let out = dir.join("out.csv");
    let o = kzcomply(&["payroll", "--batch", &input, "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("row 4 (id 3): column period: '2026-13' is not a period"), "{}", stderr(&o));
    assert!(!out.exists(), "a stopped batch must not leave output");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file left behind");
}

#[test]
fn batch_skip_mode_keeps_every_good_row() {
    let dir = temp_dir("skip");
    let input = write_batch(&dir);
    let out = dir.join("out.csv");
    let o = kzcomply(&["payroll", "--batch", &input, "--out", out.to_str().unwrap(), "--on-error", "skip"]);
    assert_eq!(o.status.code(), Some(2), "skipped rows are reported with exit 2");
    let err = stderr(&o);
    assert!(err.contains("row 4 (id 3)") && err.contains("row 6 (id 5): column gross: 'abc' is not a number"), "{err}");
    assert!(err.contains("2 row(s) skipped") && err.contains("3 row(s) written"), "{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[0], "id,period,gross,opv,vosms,ipn,net,opvr,so,oosms,social_tax,employer_cost");
    // 2026 citizen 145,000: see published_2026_case_as_json_contract.
    assert_eq!(rows[1], "1,2026-03,145000,14500,2900,0,127600,5075,6525,4350,7656,168606");
    // 2025 EAEU 1,000,000: OPV 10% × 1,000,000 = 100,000; VOSMS 2% × 850,000 (10 MZP) = 17,000;
    // IPN 10% × (1,000,000 − 100,000 − 17,000 − 55,048) = 82,795.2 → 82,795; net 800,205;
    // OPVR 2.5% × 1,000,000 = 25,000; SO 5% × min(900,000, 595,000) = 29,750; OOSMS 3% × 850,000 = 25,500;
    // social tax 11% × 883,000 = 97,130 − 29,750 = 67,380; cost 1,000,000 + 25,000 + 29,750 + 25,500 + 67,380.
    assert_eq!(rows[2], "2,2025-06,1000000,100000,17000,82795,800205,25000,29750,25500,67380,1147630");
    // 2024 non-resident 300,000: IPN 10% × 300,000 = 30,000; only social tax 9.5% × 300,000 = 28,500.
    assert_eq!(rows[3], "4,2024-01,300000,0,0,30000,270000,0,0,0,28500,328500");
    assert_eq!(rows.len(), 4);
}

#[test]
fn batch_to_json_lines_and_net_column() {
    let dir = temp_dir("jsonl");
    let input = dir.join("in.csv");
    std::fs::write(&input, "id,period,net\nA-1,2026-03,127600\n").unwrap();
    let out = dir.join("out.jsonl");
    let o = kzcomply(&["payroll", "--batch", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let line: serde_json::Value = serde_json::from_str(std::fs::read_to_string(&out).unwrap().trim()).unwrap();
    assert_eq!(line["id"], "A-1");
    assert_eq!(line["gross"], 145_000);
    assert_eq!(line["net"], 127_600);
}

#[test]
fn rules_show_check_export_and_a_what_if() {
    let v = json(&["rules", "show", "--on", "2026-03-01", "--json"]);
    let params = v["parameters"].as_array().unwrap();
    let find = |k: &str| params.iter().find(|p| p["parameter"] == k).unwrap_or_else(|| panic!("{k}"));
    assert_eq!(find("social_tax.rate")["value"], "6%");
    assert_eq!(find("vosms.base_cap")["value"], "20 MZP");
    assert_eq!(find("vosms.base_cap")["resolved"], 1_700_000); // 20 × 85,000
    assert!(find("mrp")["source"].as_str().unwrap().contains("239-VIII"));

    let dir = temp_dir("rules");
    let copy = dir.join("kz");
    let o = kzcomply(&["rules", "export", copy.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = kzcomply(&["rules", "check", copy.to_str().unwrap()]);
    assert!(stdout(&o).contains("Payroll can be computed for 2024-01 to 2026-12"), "{}", stdout(&o));

    // What-if: social tax back to 11% less SO in 2026. 11% × 127,600 = 14,036 − SO 6,525 = 7,511.
    let st = copy.join("social_tax.toml");
    let text = std::fs::read_to_string(&st).unwrap();
    std::fs::write(
        &st,
        text.replacen("value = \"6%\"", "value = \"11%\"", 1).replacen("value = false", "value = true", 1),
    )
    .unwrap();
    let v = json(&["--rules", copy.to_str().unwrap(), "payroll", "--period", "2026-03", "--gross", "145000", "--json"]);
    assert_eq!(v["employer"]["social_tax"], 7_511);

    // A broken copy: rejected, file and key named, exit 2.
    std::fs::write(&st, text.replacen("value = \"14 MRP\"", "value = \"14 MCI\"", 1)).unwrap();
    let o = kzcomply(&["rules", "check", copy.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("social_tax.toml: social_tax.base_floor.values[1]: unknown unit `MCI`"),
        "{}",
        stderr(&o)
    );
}

/// The two kinds of pensioner (tests/golden/payroll/pensioners.toml has the arithmetic).
#[test]
fn pensioner_by_age_or_for_long_service() {
    let args = ["payroll", "--period", "2026-04", "--gross", "300000", "--born", "1980-02-01", "--json"];
    let with = |extra: &[&str]| json(&[&args[..], extra].concat());

    // Long service: only OPVR is exempt. OPV 10% × 300,000 = 30,000; VOSMS 2% = 6,000;
    // SO 5% × 270,000 = 13,500; OOSMS 3% = 9,000; social tax 6% × 264,000 = 15,840.
    let v = with(&["--pensioner", "seniority"]);
    assert_eq!(v["employee"]["opv"], 30_000);
    assert_eq!(v["employee"]["vosms"], 6_000);
    assert_eq!(v["employer"]["opvr"], 0);
    assert_eq!(v["employer"]["so"], 13_500);
    assert_eq!(v["employer"]["oosms"], 9_000);
    assert_eq!(v["employer_cost"], 338_340); // 300,000 + 0 + 13,500 + 9,000 + 15,840
    let line = |v: &serde_json::Value, name: &str| {
        v["trace"].as_array().unwrap().iter().find(|l| l["line"] == name).unwrap().clone()
    };
    let opvr = line(&v, "opvr");
    assert!(opvr["formula"].as_str().unwrap().contains("pensioner-seniority"), "{opvr}");
    let opv = line(&v, "opv");
    assert!(opv["notes"].to_string().contains("opv.exempt does not list pensioner-seniority"), "{opv}");

    // A bare --pensioner is a pensioner by age: nothing but IPN and social tax.
    // IPN 10% × (300,000 − 129,750) = 17,025; social tax 6% × 300,000 = 18,000.
    let bare = with(&["--pensioner"]);
    let age = with(&["--pensioner", "age"]);
    assert_eq!(bare, age);
    for (side, line) in [("employee", "opv"), ("employee", "vosms"), ("employer", "opvr"), ("employer", "so")] {
        assert_eq!(bare[side][line], 0, "{line}");
    }
    assert_eq!(bare["employee"]["ipn"], 17_025);
    assert_eq!(bare["employer_cost"], 318_000); // 300,000 + 18,000
    assert!(line(&bare, "so")["formula"].as_str().unwrap().contains("pensioner-age"));

    // The table says which kind.
    let o = kzcomply(&["payroll", "--period", "2026-04", "--gross", "300000", "--pensioner", "seniority"]);
    assert!(stdout(&o).contains("long-service (seniority) pensioner"), "{}", stdout(&o));
}

#[test]
fn a_bad_pensioner_kind_is_exit_2_naming_the_flag() {
    common::fails_with(&["payroll", "--period", "2026-03", "--gross", "1", "--pensioner", "x"], "--pensioner");
    common::fails_with(&["payroll", "--period", "2026-03", "--gross", "1", "--pensioner", "x"], "invalid value 'x'");
}

/// The month of hiring or dismissal (tests/golden/payroll/hire_month.toml has the arithmetic).
#[test]
fn hired_this_month_waives_the_social_tax_floor_in_2026() {
    let base = ["payroll", "--period", "2026-03", "--gross", "40000", "--born", "1990-05-01", "--json"];
    // Ordinary month: 6% × max(40,000 − 4,000 − 800 = 35,200; 14 MRP = 60,550) = 3,633.
    let ordinary = json(&base);
    assert_eq!(ordinary["employer"]["social_tax"], 3_633);
    // Hired this month: no floor, 6% × 35,200 = 2,112; cost 40,000 + 2,975 + 4,250 + 1,200 + 2,112.
    let hired = json(&[&base[..], &["--hired-this-month"]].concat());
    assert_eq!(hired["employer"]["social_tax"], 2_112);
    assert_eq!(hired["employer_cost"], 50_537);
    let st = hired["trace"].as_array().unwrap().iter().find(|l| l["line"] == "social_tax").unwrap().clone();
    assert!(st.get("limit").is_none(), "no floor bit: {st}");
    let notes = st["notes"].to_string();
    assert!(notes.contains("hired this month") && notes.contains("floor_waived_in_hire_or_dismissal_month"), "{st}");
    let dismissed = json(&[&base[..], &["--dismissed-this-month"]].concat());
    assert_eq!(dismissed["employer"]["social_tax"], 2_112);

    // 2025: the exception is not in the rules, so the floor applies and the trace says so:
    // 11% × 55,048 = 6,055.28 → 6,055, less SO 4,250 = 1,805.
    let y2025 = json(&["payroll", "--period", "2025-03", "--gross", "40000", "--hired-this-month", "--json"]);
    assert_eq!(y2025["employer"]["social_tax"], 1_805);
    let st = y2025["trace"].as_array().unwrap().iter().find(|l| l["line"] == "social_tax").unwrap().clone();
    assert!(st["notes"].to_string().contains("but the floor"), "{st}");
}

#[test]
fn batch_columns_pensioner_kind_and_hire_month() {
    let dir = temp_dir("pension-hire");
    let input = dir.join("in.csv");
    std::fs::write(
        &input,
        "id,period,gross,born,pensioner,hired_this_month,dismissed_this_month\n\
         age,2026-04,300000,1962-04-10,age,,\n\
         old-yes,2026-04,300000,1962-04-10,yes,no,0\n\
         long,2026-04,300000,1980-02-01,seniority,,\n\
         hired,2026-03,40000,1990-05-01,,yes,\n\
         left,2026-06,37345,1990-05-01,no,false,1\n",
    )
    .unwrap();
    let out = dir.join("out.csv");
    let o = kzcomply(&["payroll", "--batch", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    let rows: Vec<&str> = text.lines().skip(1).collect();
    // id,period,gross,opv,vosms,ipn,net,opvr,so,oosms,social_tax,employer_cost — see the golden files.
    assert_eq!(rows[0], "age,2026-04,300000,0,0,17025,282975,0,0,0,18000,318000");
    assert_eq!(rows[1], "old-yes,2026-04,300000,0,0,17025,282975,0,0,0,18000,318000");
    assert_eq!(rows[2], "long,2026-04,300000,30000,6000,13425,250575,0,13500,9000,15840,338340");
    assert_eq!(rows[3], "hired,2026-03,40000,4000,800,0,35200,2975,4250,1200,2112,50537");
    assert_eq!(rows[4], "left,2026-06,37345,3735,747,0,32863,2975,4250,1120,1972,47662");

    std::fs::write(&input, "id,period,gross,pensioner\n1,2026-04,300000,military\n").unwrap();
    let o = kzcomply(&["payroll", "--batch", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("column pensioner: 'military' is not age, seniority"), "{}", stderr(&o));
    std::fs::write(&input, "id,period,gross,hired_this_month\n1,2026-04,300000,maybe\n").unwrap();
    let o = kzcomply(&["payroll", "--batch", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(stderr(&o).contains("column hired_this_month: 'maybe' is not yes/no"), "{}", stderr(&o));
}
