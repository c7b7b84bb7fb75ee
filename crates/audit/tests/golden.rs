//! Every audit rule, with cases that fire and near misses that must not, from
//! `tests/golden/audit/*.toml`, worked by hand from docs/audit-method.md and the statute.
//! The people go through the real importer (as a table of text cells), so the cases also test it:
//! the header has every column of the method unless the case `omit`s some, and a case with
//! `import_problems` expects the file to be refused with exactly those (row, column) problems.
//! Findings, fine statuses and notes, totals and the not-checked list are compared as the case says
//! (NOTES.md lists the keys).

use kzcomply_audit::columns::COLUMNS;
use kzcomply_audit::{AuditReport, Company, FineStatus, audit, import};
use kzcomply_i18n::Lang;
use kzcomply_law::calendar::Calendar;
use kzcomply_law::{Money, RuleBook};
use std::path::Path;

fn cell(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Boolean(b) => if *b { "yes" } else { "no" }.to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        other => panic!("unexpected cell {other:?}"),
    }
}

/// The case's people as a header row plus one row per person, every cell as text. The header is
/// every column of the method (so an empty cell is an empty cell of a present column) except those
/// in `omit`, then any other key the people use.
fn rows(people: &[toml::Value], omit: &[String]) -> Vec<Vec<String>> {
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.1.to_string()).filter(|name| !omit.contains(name)).collect();
    for p in people {
        for k in p.as_table().unwrap().keys() {
            assert!(!omit.contains(k), "column {k} is omitted but a person has it");
            if !header.contains(k) {
                header.push(k.clone());
            }
        }
    }
    let mut out = vec![header.clone()];
    for p in people {
        let t = p.as_table().unwrap();
        out.push(header.iter().map(|h| t.get(h).map(cell).unwrap_or_default()).collect());
    }
    out
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array()).into_iter().flatten().map(|v| v.as_str().unwrap().to_string()).collect()
}

/// The report-level expectations: totals and the not-checked list (exact, when the case gives one).
fn check_report(title: &str, case: &toml::Table, report: &AuditReport, failures: &mut Vec<String>) {
    if let Some(v) = case.get("fine_exposure_kzt")
        && report.fine_exposure_kzt != tenge(v)
    {
        failures.push(format!("{title}: exposure {} expected {}", report.fine_exposure_kzt, tenge(v)));
    }
    if let Some(v) = case.get("fines_not_priced")
        && i64::from(report.fines_not_priced) != v.as_integer().unwrap()
    {
        failures.push(format!("{title}: fines_not_priced {} expected {v:?}", report.fines_not_priced));
    }
    let Some(want) = case.get("not_checked").and_then(|v| v.as_array()) else { return };
    let got: Vec<String> = report.not_checked.iter().map(|n| format!("{}: {}", n.rule, n.reason)).collect();
    if want.len() != report.not_checked.len() {
        failures.push(format!("{title}: {} not-checked entries expected, got {got:#?}", want.len()));
    }
    for w in want {
        let w = w.as_table().unwrap();
        let rule = w["rule"].as_str().unwrap();
        let needles = strings(w.get("reason_contains"));
        let found = report.not_checked.iter().any(|n| n.rule == rule && needles.iter().all(|x| n.reason.contains(x)));
        if !found {
            failures.push(format!("{title}: no not-checked {rule} with {needles:?}; got {got:#?}"));
        }
    }
}

/// The file must be refused with exactly these (row, column) problems.
fn check_import_problems(
    title: &str,
    want: &[toml::Value],
    result: Result<import::Workforce, import::ImportError>,
) -> Option<String> {
    let mut want: Vec<(usize, String)> = want
        .iter()
        .map(|p| {
            let p = p.as_table().unwrap();
            (p["row"].as_integer().unwrap() as usize, p["column"].as_str().unwrap().to_string())
        })
        .collect();
    want.sort();
    match result {
        Ok(_) => Some(format!("{title}: the file was accepted; expected problems {want:?}")),
        Err(import::ImportError::Problems(ps)) => {
            let mut got: Vec<(usize, String)> = ps.iter().map(|p| (p.row, p.column.clone())).collect();
            got.sort();
            (got != want).then(|| format!("{title}: problems {got:?} expected {want:?}: {ps:#?}"))
        }
        Err(e) => Some(format!("{title}: {e}; expected problems {want:?}")),
    }
}

fn tenge(v: &toml::Value) -> Money {
    Money::from_tenge(v.as_integer().unwrap())
}

#[test]
fn every_rule_fires_and_near_misses_do_not() {
    let rules = RuleBook::embedded();
    let calendar = Calendar::from_rules(&rules).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/audit");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let doc: toml::Table =
            toml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
        for case in doc["case"].as_array().unwrap() {
            let case = case.as_table().unwrap();
            let title = format!("{name}: {}", case["name"].as_str().unwrap());
            let as_of = case["as_of"].as_datetime().unwrap().to_string().parse().unwrap();
            let c = case.get("company").and_then(|v| v.as_table()).cloned().unwrap_or_default();
            let company = Company {
                name: String::new(),
                bin: c.get("bin").and_then(|v| v.as_str()).map(str::to_string),
                income_mrp: c.get("income_mrp").and_then(|v| v.as_integer()).map(|n| n as u64),
                branch_of_foreign_company: c
                    .get("branch_of_foreign_company")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
            };
            let table = rows(case["people"].as_array().unwrap(), &strings(case.get("omit")));
            if let Some(want) = case.get("import_problems").and_then(|v| v.as_array()) {
                checked += 1;
                failures.extend(check_import_problems(&title, want, import::from_rows(table, Lang::En)));
                continue;
            }
            let workforce = match import::from_rows(table, Lang::En) {
                Ok(w) => w,
                Err(e) => {
                    failures.push(format!("{title}: import failed: {e}"));
                    continue;
                }
            };
            let report =
                audit(&rules, &calendar, &company, &workforce.people, &workforce.supplied, as_of, Lang::En).unwrap();
            checked += 1;
            check_report(&title, case, &report, &mut failures);
            for n in &report.not_checked {
                if !kzcomply_audit::RULES.contains(&n.rule) {
                    failures.push(format!("{title}: not-checked rule {} is not in RULES", n.rule));
                }
            }
            for f in &report.findings {
                if !kzcomply_audit::RULES.contains(&f.rule) {
                    failures.push(format!("{title}: rule {} is not in RULES", f.rule));
                }
                // The invariants: no amount without a reason, and nothing unpriced reads as zero.
                if f.fine_kzt.is_none_or(|m| m.is_zero()) && f.fine_note.is_none() {
                    failures.push(format!("{title}: {} {:?} has no amount and no note", f.rule, f.people));
                }
                if matches!(f.fine_status, FineStatus::NotPriced | FineStatus::NoSanction) && f.fine_kzt.is_some() {
                    failures.push(format!("{title}: {} is {} but has an amount", f.rule, f.fine_status.name()));
                }
            }
            for e in case.get("expect").and_then(|v| v.as_array()).into_iter().flatten() {
                let e = e.as_table().unwrap();
                let rule = e["rule"].as_str().unwrap();
                let mut want: Vec<String> = e
                    .get("people")
                    .and_then(|v| v.as_array())
                    .into_iter()
                    .flatten()
                    .map(|v| v.as_str().unwrap().to_string())
                    .collect();
                want.sort();
                checked += 1;
                let found = report.findings.iter().find(|f| {
                    let mut got = f.people.clone();
                    got.sort();
                    f.rule == rule && (got == want || (want.is_empty() && e.get("people").is_none()))
                });
                let Some(f) = found else {
                    let got: Vec<String> =
                        report.findings.iter().map(|f| format!("{} {:?}", f.rule, f.people)).collect();
                    failures.push(format!("{title}: expected {rule} for {want:?}; found {got:?}"));
                    continue;
                };
                if let Some(sev) = e.get("severity").and_then(|v| v.as_str())
                    && f.severity.name() != sev
                {
                    failures.push(format!("{title}: {rule} severity {} expected {sev}", f.severity.name()));
                }
                if let Some(g) = e.get("gap_kzt")
                    && f.gap_kzt != Some(tenge(g))
                {
                    failures.push(format!("{title}: {rule} gap {:?} expected {}", f.gap_kzt, tenge(g)));
                }
                if let Some(st) = e.get("fine_status").and_then(|v| v.as_str())
                    && f.fine_status.name() != st
                {
                    failures.push(format!("{title}: {rule} fine status {} expected {st}", f.fine_status.name()));
                }
                for needle in strings(e.get("fine_note_contains")) {
                    if !f.fine_note.as_deref().unwrap_or("").contains(&needle) {
                        failures.push(format!("{title}: {rule} note {:?} lacks {needle:?}", f.fine_note));
                    }
                }
                if let Some(fk) = e.get("fine_kzt")
                    && f.fine_kzt.unwrap_or(Money::ZERO) != tenge(fk)
                {
                    failures.push(format!(
                        "{title}: {rule} fine {:?} expected {} ({:?})",
                        f.fine_kzt,
                        tenge(fk),
                        f.fine_note
                    ));
                }
            }
            // Complete expectations: every rule is expected or absent (NOTES.md).
            let named: Vec<&str> = case
                .get("expect")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
                .map(|e| e["rule"].as_str().unwrap())
                .chain(case.get("absent").and_then(|v| v.as_array()).into_iter().flatten().map(|v| v.as_str().unwrap()))
                .collect();
            for rule in kzcomply_audit::RULES.iter().filter(|r| !named.contains(r)) {
                failures.push(format!("{title}: {rule} is neither expected nor absent"));
            }
            for absent in case.get("absent").and_then(|v| v.as_array()).into_iter().flatten() {
                let rule = absent.as_str().unwrap();
                assert!(kzcomply_audit::RULES.contains(&rule), "{title}: unknown rule {rule}");
                checked += 1;
                if let Some(f) = report.findings.iter().find(|f| f.rule == rule) {
                    failures.push(format!("{title}: {rule} must not fire, but: {}", f.message));
                }
            }
        }
    }
    assert!(checked > 0, "no audit cases");
    assert!(failures.is_empty(), "{} of {checked} checks failed:\n{}", failures.len(), failures.join("\n"));
}
