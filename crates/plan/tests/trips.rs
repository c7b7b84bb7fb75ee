//! The business-trip tracker against `tests/golden/hiring/trips.toml`, worked by hand day by day.

use jiff::civil::Date;
use kzcomply_i18n::Lang;
use kzcomply_plan::trips::{Trip, summarise};

fn date(v: &toml::Value) -> Date {
    v.as_datetime().expect("a date").to_string().parse().expect("a civil date")
}

fn opt(v: &toml::Value) -> Option<String> {
    Some(v.as_str().unwrap().to_string()).filter(|s| s != "none")
}

#[test]
fn trip_histories_match_the_hand_worked_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/hiring/trips.toml");
    let file: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = file["case"].as_array().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let trips: Vec<Trip> = case["trips"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, t)| Trip {
                row: i + 1,
                person: t["person"].as_str().unwrap().into(),
                region: t["region"].as_str().unwrap().into(),
                from: date(&t["from"]),
                to: date(&t["to"]),
                permit_region: t.get("permit_region").and_then(|r| r.as_str()).map(str::to_string),
            })
            .collect();
        let year = case["year"].as_integer().unwrap() as i16;
        let summaries =
            summarise(&trips, case["permit_region"].as_str(), year, date(&case["as_of"]), 90, Lang::En).unwrap();
        for (person, want) in case["expect"].as_table().unwrap() {
            let Some(got) = summaries.iter().find(|s| &s.person == person) else {
                failures.push(format!("{name}: {person} missing"));
                continue;
            };
            let int = |k: &str| want[k].as_integer().unwrap() as u32;
            let got_fields = (
                got.used,
                got.planned,
                got.remaining,
                got.days_over,
                got.limit_reached_on.map(|d| d.to_string()),
                got.first_day_over.map(|d| d.to_string()),
            );
            let want_fields = (
                int("used"),
                int("planned"),
                int("remaining"),
                int("days_over"),
                opt(&want["limit_reached_on"]),
                opt(&want["first_day_over"]),
            );
            if got_fields != want_fields {
                failures.push(format!("{name}: {person}: got {got_fields:?}, want {want_fields:?}"));
            }
        }
    }
    assert!(cases.len() >= 12, "only {} cases", cases.len());
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}
