//! Every audit rule, with cases that fire and near misses that must not, from
//! `tests/golden/audit/*.toml`, worked by hand from docs/audit-method.md and the statute.
//! The people go through the real importer (as a table of text cells), so the cases also test it.

use kzcomply_audit::{Company, audit, import};
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

/// The case's people as a header row plus one row per person, every cell as text.
fn rows(people: &[toml::Value]) -> Vec<Vec<String>> {
    let mut header: Vec<String> = Vec::new();
    for p in people {
        for k in p.as_table().unwrap().keys() {
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
            let people = match import::from_rows(rows(case["people"].as_array().unwrap())) {
                Ok(p) => p,
                Err(e) => {
                    failures.push(format!("{title}: import failed: {e}"));
                    continue;
                }
            };
            let report = audit(&rules, &calendar, &company, &people, as_of).unwrap();
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
            for absent in case.get("absent").and_then(|v| v.as_array()).into_iter().flatten() {
                let rule = absent.as_str().unwrap();
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
