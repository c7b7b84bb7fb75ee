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
    for key in ["rule", "severity", "people", "message", "basis", "fine_kzt", "fine_status"] {
        assert!(first.get(key).is_some(), "finding lacks {key}: {first}");
    }
    // Every column is in the file and the company file gives the BIN: nothing is left unchecked.
    assert_eq!(v["fines_not_priced"], 0);
    assert_eq!(v["not_checked"], serde_json::json!([]));
    // Every finding without a positive amount says why (EXPECTED.md §3, "Fine status").
    for f in v["findings"].as_array().unwrap() {
        if f["fine_kzt"].as_i64().unwrap_or(0) == 0 {
            assert!(f["fine_note"].is_string(), "no reason for a missing amount: {f}");
        }
    }
}

#[test]
fn without_a_company_file_the_bin_is_not_checked_rather_than_fined() {
    // EXPECTED.md §7: the same 15 findings; the employer-BIN field (12 active direct staff) and the
    // company's own BIN are listed as not checked. 6 × 259,500 = 1,557,000 (micro pays the small amount),
    // not 17 × 259,500 = 4,411,500.
    let v = json(&["audit", "../../examples/demo/workforce.csv", "--as-of", "2026-11-20", "--json"]);
    assert_eq!(
        (v["counts"]["violation"].clone(), v["counts"]["risk"].clone(), v["counts"]["warning"].clone()),
        (12.into(), 1.into(), 2.into())
    );
    assert_eq!(v["fine_exposure_kzt"], 1_557_000);
    let not_checked: Vec<(&str, &str)> = v["not_checked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["rule"].as_str().unwrap(), n["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(not_checked.len(), 2, "{not_checked:?}");
    assert!(not_checked[0].0 == "esutd-missing-field" && not_checked[0].1.contains("12 direct employees"));
    assert!(not_checked[1].0 == "invalid-bin" && not_checked[1].1.contains("--bin BIN"));
    let messages: Vec<&str> =
        v["findings"].as_array().unwrap().iter().map(|f| f["message"].as_str().unwrap()).collect();
    assert!(messages.iter().all(|m| !m.contains("employer BIN")), "{messages:#?}");
    let o = kzcomply(&["audit", "../../examples/demo/workforce.csv", "--as-of", "2026-11-20"]);
    let text = stdout(&o);
    assert!(text.contains("12 violations, 1 risk, 2 warnings — fine exposure 1,557,000 KZT"), "{text}");
    assert!(text.contains("Not checked") && text.contains("no company BIN was given"), "{text}");
}

#[test]
fn a_plain_staff_list_is_not_a_list_of_unregistered_contracts() {
    // Only the ten required columns. Before, each direct employee was "not registered in ESUTD"
    // (259,500) and lacked four ESUTD fields (259,500): 4 × 259,500 = 1,038,000 for two people. Now
    // nothing fires (2 people < 18, both KZ with valid IINs) and the ESUTD checks are not checked.
    let dir = temp_dir("audit-plain");
    let file = dir.join("staff.csv");
    std::fs::write(
        &file,
        "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n\
         d1,Айгерим Нурланова,900101400777,KZ,direct,Accountant,Finance,3,600000,2026-04-01\n\
         d2,Арман Жумабеков,880315301121,KZ,direct,Software engineer,IT,3,1000000,2025-02-03\n",
    )
    .unwrap();
    let args = ["audit", file.to_str().unwrap(), "--bin", "201140012378", "--as-of", "2026-11-20"];
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let v = json(&with_json);
    assert_eq!(v["findings"], serde_json::json!([]), "{}", v["findings"]);
    assert_eq!(v["fine_exposure_kzt"], 0);
    let rules: Vec<&str> = v["not_checked"].as_array().unwrap().iter().map(|n| n["rule"].as_str().unwrap()).collect();
    // Place of work, term, contract date and number; registration; terminations (no terminated_on).
    assert_eq!(
        rules,
        [
            "esutd-missing-field",
            "esutd-missing-field",
            "esutd-missing-field",
            "esutd-missing-field",
            "esutd-registration-overdue",
            "esutd-termination-overdue"
        ]
    );
    let registration = &v["not_checked"][4]["reason"];
    assert!(registration.as_str().unwrap().contains("`esutd_registered_on` («дата регистрации в есутд»)"));
    let text = stdout(&kzcomply(&args));
    assert!(text.contains("0 violations, 0 risks, 0 warnings — fine exposure 0 KZT"), "{text}");
    assert!(text.contains("Not checked") && text.contains("esutd-registration-overdue"), "{text}");
}

#[test]
fn a_2027_audit_says_which_fines_are_not_priced() {
    // EXPECTED.md §8: the built-in MRP ends on 2026-12-31. D10's 2026 violation day is priced
    // (259,500); D09, D08, D11, D13 and C1 fall on 2027-01-04 and are not priced: 5.
    let mut args = DEMO.to_vec();
    args[5] = "2027-01-04";
    let text = stdout(&kzcomply(&args));
    assert!(text.contains("fine exposure at least 259,500 KZT; 5 fines not priced"), "{text}");
    assert_eq!(text.matches("[not priced]").count(), 5, "{text}");
    assert!(text.contains("not priced: the rules have no MRP for 2027 yet"), "{text}");
    args.push("--json");
    let v = json(&args);
    assert_eq!((v["fine_exposure_kzt"].clone(), v["fines_not_priced"].clone()), (259_500.into(), 5.into()));
    let mut unpriced: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["fine_status"] == "not_priced")
        .inspect(|f| assert!(f["fine_kzt"].is_null() && f["fine_note"].as_str().unwrap().contains("--rules-add")))
        .map(|f| f["people"][0].as_str().unwrap())
        .collect();
    unpriced.sort();
    assert_eq!(unpriced, ["C1", "D08", "D09", "D11", "D13"]);
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
    assert!(text.contains("12 violations, 1 risk, 2 warnings — fine exposure 1,557,000 KZT"), "{text}");
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
fn a_missing_column_is_reported_with_every_bad_cell() {
    // No `iin` column, and bad cells in the columns that are there: all in one refusal.
    let dir = temp_dir("audit-missing-column");
    let file = dir.join("staff.csv");
    std::fs::write(
        &file,
        "id,full_name,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n\
         1,Aida,KZ,direct,Engineer,IT,5,500000,2026-01-10\n\
         2,Bob,KZ,direct,Engineer,IT,3,lots,2026-02-30\n",
    )
    .unwrap();
    let o = kzcomply(&["audit", file.to_str().unwrap(), "--as-of", "2026-11-20"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for needle in [
        "4 problem(s)",
        "header: iin: required column `iin` (or «иин») is missing",
        "row 2, column role_category",
        "row 3, column monthly_gross",
        "row 3, column start_date",
    ] {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
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

/// The demo with `--as-of` as a Russian or Kazakh reader types it.
fn demo_in(lang: &str) -> Vec<&str> {
    let mut args = vec!["--lang", lang];
    args.extend(DEMO);
    let at = args.len() - 1;
    args[at] = "20.11.2026";
    args
}

#[test]
fn the_summary_in_russian() {
    let o = kzcomply(&demo_in("ru"));
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    // EXPECTED.md: 12 violations, 1 risk, 2 warnings; 6 × 259,500 = 1,557,000 tenge.
    for needle in [
        "Аудит соблюдения законодательства: Steppe Cloud Systems LLP, по состоянию на 20.11.2026",
        "Численность   фактически 21: штатных — 12, аутстаффинг — 6, третья сторона — 0, ГПХ — 3",
        "категории 3–4: 13/17 = 76,5% (мин. 90%)",
        "Итог          12 нарушений, 1 риск, 2 предупреждения — возможные штрафы 1 557 000 ₸",
        "НАРУШЕНИЕ      esutd-registration-overdue  [259 500 ₸]",
        "срок истёк 30.10.2026 (21 день назад)",
        "основание: Приказ Министра труда и социальной защиты населения РК от 3 сентября 2020 года № 353",
        "штраф: КоАП РК, ст. 98 ч. 1-1: 60 МРП = 259 500 ₸ × 1",
        "РИСК           contractor-misclassification-risk  [259 500 ₸]",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    for english in ["KZT", "violation ", "fine exposure", "basis:", "2026-11-20", "CoAO"] {
        assert!(!text.contains(english), "{english:?} in the Russian summary:\n{text}");
    }
}

#[test]
fn the_summary_in_kazakh_also_from_the_environment() {
    let o = kzcomply(&demo_in("kk"));
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    // Kazakh nouns stay singular after numerals: 12 бұзушылық, 1 тәуекел, 2 ескерту.
    for needle in [
        "Нәтиже        12 бұзушылық, 1 тәуекел, 2 ескерту — ықтимал айыппұлдар 1 557 000 ₸",
        "БҰЗУШЫЛЫҚ esutd-missing-field  [259 500 ₸]",
        "айыппұл: ҚР ӘҚБтК, 98-бап 1-1-бөлік: 60 АЕК = 259 500 ₸ × 1",
        "22.10.2026 күнгі еңбек шарты ЕШЕБЖ-де тіркелмеген",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    assert!(!text.contains("KZT") && !text.contains("2026-11-20"), "{text}");
    // LANG=kk_KZ.UTF-8 without --lang reads the same.
    let o = common::kzcomply_env(&DEMO, &[("LANG", "kk_KZ.UTF-8")]);
    assert_eq!(stdout(&o), text);
}

#[test]
fn the_reports_in_russian_html_xlsx_and_a_csv_for_excel() {
    let dir = temp_dir("audit-ru-reports");
    for ext in ["html", "xlsx", "csv"] {
        let out = dir.join(format!("report.{ext}"));
        let mut args = demo_in("ru");
        args.extend(["--out", out.to_str().unwrap()]);
        let o = kzcomply(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).contains(&format!("Отчёт записан в {}", out.display())), "{}", stdout(&o));
    }
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(html.starts_with("<!doctype html><html lang=ru>"), "{html}");
    assert!(html.contains("<b class=violation>12</b> нарушений · <b class=risk>1</b> риск"), "{html}");
    assert!(std::fs::read(dir.join("report.xlsx")).unwrap().starts_with(b"PK\x03\x04"));
    // The findings CSV as Russian-locale Excel opens it: a UTF-8 BOM and `;`.
    let csv = std::fs::read(dir.join("report.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}Уровень;Правило;Работники;".as_bytes()), "{}", String::from_utf8_lossy(&csv));
    let text = String::from_utf8(csv).unwrap();
    assert_eq!(text.lines().count(), 1 + 15, "a header and the 15 findings");
    assert!(text.lines().any(|l| l.starts_with("violation;esutd-missing-field;D09;259500;;")), "{text}");
    // In English the CSV stays the machine contract: `,`, no BOM.
    let out = dir.join("en.csv");
    let mut args = DEMO.to_vec();
    args.extend(["--out", out.to_str().unwrap()]);
    assert!(kzcomply(&args).status.success());
    let en = std::fs::read_to_string(&out).unwrap();
    assert!(en.starts_with("severity,rule,people,fine_kzt,gap_kzt,message,basis,fine_note,fine_status\n"), "{en}");
}

#[test]
fn a_bad_file_is_refused_in_russian() {
    let dir = temp_dir("audit-bad-ru");
    let file = dir.join("staff.csv");
    std::fs::write(
        &file,
        "id,full_name,citizenship,engagement,position,department,role_category,monthly_gross,start_date\n\
         1,Aida,KZ,direct,Engineer,IT,5,500000,2026-01-10\n\
         2,Bob,KZ,direct,Engineer,IT,3,lots,2026-02-30\n",
    )
    .unwrap();
    let o = kzcomply(&["--lang", "ru", "audit", file.to_str().unwrap(), "--as-of", "20.11.2026"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for needle in [
        "4 ошибки в файле, ничего не импортировано:",
        "заголовок: iin: нет обязательного столбца `iin` (или «иин»)",
        "строка 2, столбец role_category: `5`: ожидается 1, 2, 3 или 4",
        "строка 3, столбец monthly_gross: 'lots' — не число",
        "строка 3, столбец start_date: `2026-02-30` — такого дня нет в календаре",
    ] {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
}
