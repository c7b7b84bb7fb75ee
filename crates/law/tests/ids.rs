//! IIN and BIN validation, from `tests/golden/ids.toml` (check digits worked by hand).

mod common;

use common::{get_date, report, tables, text};
use kzcomply_law::ids::{Sex, parse_bin, parse_iin};

#[test]
fn iins_and_bins() {
    let (mut failures, mut checked) = (Vec::new(), 0);
    for (file, t) in common::load(&common::golden("ids.toml")) {
        for c in tables(&t, "case") {
            let input = text(c, "input").unwrap();
            let valid = c["valid"].as_bool().unwrap();
            checked += 1;
            let outcome: Result<String, String> = match text(c, "kind").unwrap() {
                "iin" => parse_iin(input).map_err(|e| e.to_string()).and_then(|i| {
                    let sex = if i.sex == Sex::Male { "male" } else { "female" };
                    let born_ok = get_date(c, "born").is_none_or(|b| b == i.born);
                    let sex_ok = text(c, "sex").is_none_or(|s| s == sex);
                    if born_ok && sex_ok { Ok(String::new()) } else { Err(format!("decoded {} {sex}", i.born)) }
                }),
                "bin" => parse_bin(input, 2026).map_err(|e| e.to_string()).and_then(|b| {
                    let reg = format!("{}-{:02}", b.registered.0, b.registered.1);
                    let ok = text(c, "registered").is_none_or(|r| r == reg)
                        && text(c, "entity").is_none_or(|e| e == b.entity)
                        && text(c, "unit").is_none_or(|u| u == b.unit);
                    if ok { Ok(String::new()) } else { Err(format!("decoded {reg}, {}, {}", b.entity, b.unit)) }
                }),
                k => panic!("unknown kind {k}"),
            };
            match (valid, &outcome) {
                (true, Ok(_)) => {}
                (false, Err(reason)) => {
                    if let Some(word) = text(c, "reason_contains")
                        && !reason.contains(word)
                    {
                        failures.push(format!("{file}: {input}: reason `{reason}` lacks `{word}`"));
                    }
                }
                _ => failures.push(format!("{file}: {input}: expected valid = {valid}, got {outcome:?}")),
            }
        }
    }
    report(failures, checked);
}
