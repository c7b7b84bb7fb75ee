//! `kzcomply audit` and `kzcomply id` as a user runs them, on the demo company in examples/demo
//! (its expected report, worked by hand, is examples/demo/EXPECTED.md).

mod common;

use common::{json, kzcomply, stderr, stdout, temp_dir};
use std::collections::BTreeSet;

const DEMO: [&str; 6] = [
    "audit",
    "../../examples/demo/workforce.csv",
    "--company",
    "../../examples/demo/company.toml",
    "--as-of",
    "2026-11-20",
];

#[test]
fn the_demo_company_fires_every_rule_with_the_expected_exposure() {
    let mut args = DEMO.to_vec();
    args.push("--json");
    let v = json(&args);
    assert_eq!(v["as_of"], "2026-11-20");
    // 12 direct + 6 outstaffed + 0 third-party + 3 contractors = 21.
    assert_eq!(v["headcount"]["effective"], 21);
    assert_eq!(v["headcount"]["direct"], 12);
    assert_eq!(v["headcount"]["outstaffed"], 6);
    assert_eq!(v["headcount"]["contractor"], 3);
    assert_eq!(v["localization"]["applies"], true);
    assert_eq!(v["localization"]["cat12_kz_share"], 0.75); // 3 of 4
    // Six fined findings × 60 MRP × 4,325 = 6 × 259,500 = 1,557,000 (EXPECTED.md).
    assert_eq!(v["fine_exposure_kzt"], 1_557_000);
    assert_eq!(
        (v["counts"]["violation"].clone(), v["counts"]["risk"].clone(), v["counts"]["warning"].clone()),
        (12.into(), 1.into(), 2.into())
    );
    let rules: BTreeSet<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    let every = [
        "salary-parity",
        "headcount-threshold",
        "localization-quota",
        "esutd-missing-field",
        "invalid-iin",
        "invalid-bin",
        "esutd-registration-overdue",
        "esutd-termination-overdue",
        "contractor-misclassification-risk",
        "work-permit-expiring",
        "work-permit-expired",
        "mentor-appointment-overdue",
    ];
    for rule in every {
        assert!(rules.contains(rule), "{rule} does not fire on the demo; fired: {rules:?}");
    }
    let first = &v["findings"][0];
    for key in ["rule", "severity", "people", "message", "basis", "fine_kzt"] {
        assert!(first.get(key).is_some(), "finding lacks {key}: {first}");
    }
}

#[test]
fn the_terminal_summary_and_the_html_report() {
    let dir = temp_dir("audit-html");
    let out = dir.join("report.html");
    let mut args = DEMO.to_vec();
    args.extend(["--out", out.to_str().unwrap()]);
    let o = kzcomply(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("12 violations, 1 risks, 2 warnings — fine exposure 1,557,000 KZT"), "{text}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!doctype html>") && html.contains("Steppe Cloud Systems") && html.contains("salary-parity")
    );
    assert!(!html.contains("<script"), "the report is a self-contained page without scripts");
}

#[test]
fn a_bad_file_lists_every_problem_and_audits_nothing() {
    let dir = temp_dir("audit-bad");
    let file = dir.join("staff.csv");
    std::fs::write(
        &file,
        "ИИН;ФИО;id;гражданство;engagement;должность;подразделение;категория;оклад;дата приема\n\
         900101350122;Aida;1;KZ;direct;Engineer;IT;3;500000;2026-01-10\n\
         900101350122;Bob;2;Kazakh;freelance;Engineer;IT;5;lots;2026-02-30\n",
    )
    .unwrap();
    let o = kzcomply(&["audit", file.to_str().unwrap(), "--as-of", "2026-11-20"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for needle in [
        "row 3, column citizenship",
        "row 3, column engagement",
        "row 3, column role_category",
        "row 3, column monthly_gross",
        "row 3, column start_date",
        "nothing was imported",
    ] {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
    assert!(o.stdout.is_empty());
}

#[test]
fn id_checks_one_number() {
    // 9·1 + 0·2 + 0·3 + 1·4 + 0·5 + 1·6 + 3·7 + 5·8 + 0·9 + 1·10 + 2·11 = 112 = 10·11 + 2 → check digit 2.
    let v = json(&["id", "900101350122", "--json"]);
    assert_eq!(
        (v["kind"].clone(), v["valid"].clone(), v["born"].clone(), v["sex"].clone()),
        ("iin".into(), true.into(), "1990-01-01".into(), "male".into())
    );
    let o = kzcomply(&["id", "900101350123", "--json"]);
    assert_eq!(o.status.code(), Some(1), "an invalid number exits 1");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["valid"], false);
    assert!(v["reason"].as_str().unwrap().contains("check digit"));
}
