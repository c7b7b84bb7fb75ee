//! Runs the hand-worked cases of `tests/golden/*.toml` (format and sources in
//! `tests/golden/README.md`): each case is a staff file, optional accruals and year to date, and
//! the expected lines and amounts per person, worked out from the statute with the arithmetic
//! beside each number. One `check` per case; every mismatch of every case is reported at once.

use kzcomply_i18n::Lang;
use kzcomply_law::{Money, RuleBook};
use kzcomply_run::{Carried, Options, Run, input, run};
use std::path::Path;

#[derive(serde::Deserialize)]
struct Case {
    #[allow(dead_code)]
    description: String,
    period: String,
    employer_bin: Option<String>,
    company_bin: Option<String>,
    staff: String,
    accruals: Option<String>,
    ytd: Option<String>,
    #[serde(default)]
    person: Vec<Expected>,
    #[serde(default)]
    skipped: Vec<ExpectedSkip>,
}

#[derive(serde::Deserialize)]
struct Expected {
    id: String,
    days_worked: Option<u32>,
    norm_days: Option<u32>,
    lines: Option<Vec<(String, toml::Value)>>,
    gross: toml::Value,
    opv: toml::Value,
    vosms: toml::Value,
    ipn: toml::Value,
    net: toml::Value,
    opvr: toml::Value,
    so: toml::Value,
    oosms: toml::Value,
    social_tax: toml::Value,
    employer_cost: toml::Value,
}

#[derive(serde::Deserialize)]
struct ExpectedSkip {
    id: String,
    reason: String,
}

fn money(v: &toml::Value) -> Money {
    let text = match v {
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => format!("{f:.2}"),
        toml::Value::String(s) => s.clone(),
        other => panic!("not an amount: {other:?}"),
    };
    let (neg, digits) = text.strip_prefix('-').map_or((false, text.as_str()), |d| (true, d));
    let m = Money::parse(digits).unwrap_or_else(|e| panic!("{text}: {e}"));
    if neg { Money::ZERO - m } else { m }
}

fn compute(case: &Case) -> Result<Run, String> {
    let lang = Lang::En;
    let people =
        kzcomply_audit::import::from_csv(case.staff.trim_start().as_bytes(), lang).map_err(|e| e.message(lang))?.people;
    let accruals = match &case.accruals {
        Some(a) => input::accruals(a.trim_start().as_bytes(), lang).map_err(|ps| format!("{ps:?}"))?,
        None => Vec::new(),
    };
    let mut carried = Carried::default();
    if let Some(y) = &case.ytd {
        carried.ytd = input::ytd(y.trim_start().as_bytes(), lang).map_err(|ps| format!("{ps:?}"))?;
    }
    let opts = Options {
        period: Some(case.period.parse().map_err(|e| format!("{e}"))?),
        employer_bin: case.employer_bin.clone(),
        company_bin: case.company_bin.clone(),
        lang,
    };
    run(&RuleBook::embedded(), &people, &accruals, &carried, &opts).map_err(|e| e.to_string())
}

/// Every difference between the case and the run, as lines of text.
fn check(case: &Case) -> Vec<String> {
    let got = match compute(case) {
        Ok(r) => r,
        Err(e) => return vec![format!("did not run: {e}")],
    };
    let mut diffs = Vec::new();
    for want in &case.person {
        let Some(p) = got.people.iter().find(|p| p.id == want.id) else {
            diffs.push(format!("{}: not on the run", want.id));
            continue;
        };
        let mut same = |what: &str, w: String, g: String| {
            if w != g {
                diffs.push(format!("{}.{what}: expected {w}, got {g}", want.id));
            }
        };
        if let Some(d) = want.days_worked {
            same("days_worked", d.to_string(), p.days_worked.to_string());
        }
        if let Some(n) = want.norm_days {
            same("norm_days", n.to_string(), p.norm_days.to_string());
        }
        if let Some(lines) = &want.lines {
            let w: Vec<String> = lines.iter().map(|(k, a)| format!("{k} {}", money(a))).collect();
            let g: Vec<String> = p.lines.iter().map(|l| format!("{} {}", l.kind, l.amount)).collect();
            same("lines", w.join(", "), g.join(", "));
        }
        let pairs = [
            ("gross", &want.gross, p.gross),
            ("opv", &want.opv, p.employee.opv),
            ("vosms", &want.vosms, p.employee.vosms),
            ("ipn", &want.ipn, p.employee.ipn),
            ("net", &want.net, p.net),
            ("opvr", &want.opvr, p.employer.opvr),
            ("so", &want.so, p.employer.so),
            ("oosms", &want.oosms, p.employer.oosms),
            ("social_tax", &want.social_tax, p.employer.social_tax),
            ("employer_cost", &want.employer_cost, p.employer_cost),
        ];
        for (what, w, g) in pairs {
            same(what, money(w).to_string(), g.to_string());
        }
    }
    for want in &case.skipped {
        match got.skipped.iter().find(|s| s.id == want.id) {
            Some(s) if s.reason.id() == want.reason => {}
            Some(s) => diffs.push(format!("{}: skipped as {}, expected {}", want.id, s.reason.id(), want.reason)),
            None => diffs.push(format!("{}: expected to be skipped ({})", want.id, want.reason)),
        }
    }
    let listed = case.person.len() + case.skipped.len();
    let total = got.people.len() + got.skipped.len();
    if listed != total {
        diffs.push(format!("the case lists {listed} people, the run has {total}"));
    }
    diffs
}

#[test]
fn golden_payroll_runs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 14, "the golden cases are missing: {}", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let case: Case = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        for d in check(&case) {
            failures.push(format!("{}: {d}", f.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}
