//! Cost quotes against `tests/golden/hiring/quote.toml`, worked by hand from the statute.

use kzcomply_i18n::Lang;
use kzcomply_law::payroll::PayrollRules;
use kzcomply_law::{Money, RuleBook};
use kzcomply_plan::quote::{Fee, Model, Pay, quote};
use rust_decimal::Decimal;

fn money(v: &toml::Value) -> Money {
    match v {
        toml::Value::Integer(i) => Money::from_tenge(*i),
        toml::Value::String(s) => Money::parse(s).unwrap(),
        toml::Value::Float(f) => Money::parse(&f.to_string()).unwrap(),
        other => panic!("not an amount: {other:?}"),
    }
}

#[test]
fn quotes_match_the_hand_worked_cases() {
    let book = RuleBook::embedded();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/hiring/quote.toml");
    let file: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = file["case"].as_array().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let rules = PayrollRules::for_period(&book, case["period"].as_str().unwrap().parse().unwrap()).unwrap();
        let pay = match (case.get("gross"), case.get("net")) {
            (Some(g), _) => Pay::Gross(money(g)),
            (None, Some(n)) => Pay::Net(money(n)),
            _ => panic!("{name}: gross or net"),
        };
        let fee = match (case.get("fee_monthly"), case.get("fee_percent")) {
            (Some(m), _) => Fee::Monthly(money(m)),
            (None, Some(p)) => Fee::PercentOfGross(p.as_str().unwrap().parse::<Decimal>().unwrap()),
            _ => Fee::None,
        };
        let model = Model::parse(case["model"].as_str().unwrap()).unwrap();
        let q = quote(&rules, pay, &[model], fee, Lang::En).unwrap();
        let m = &q.models[0];
        let want = case["expect"].as_table().unwrap();
        let got = [
            ("gross", m.gross),
            ("net", m.net),
            ("statutory_charges", m.statutory_charges),
            ("employer_cost", m.employer_cost),
            ("fee", m.fee),
            ("total_monthly", m.total_monthly),
            ("total_annual", m.total_annual),
        ];
        for (k, v) in got {
            if v != money(&want[k]) {
                failures.push(format!("{name}: {k} got {v}, want {}", money(&want[k])));
            }
        }
    }
    assert!(cases.len() >= 18, "only {} cases", cases.len());
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}
