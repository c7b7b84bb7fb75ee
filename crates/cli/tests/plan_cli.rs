//! The hiring-plan commands end to end: foreign-hire, trips, advise, quote, vet, contract-check.
//! Expected numbers are worked by hand beside each assertion.

mod common;
use common::{fails_with, json, kzcomply, stderr, stdout, temp_dir};

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/demo/workforce.csv");
const HIRING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/hiring");

fn step<'a>(plan: &'a serde_json::Value, id: &str) -> Option<&'a serde_json::Value> {
    plan["steps"].as_array().unwrap().iter().find(|s| s["step"] == id)
}

#[test]
fn foreign_hire_json_has_the_contract_shape() {
    // Category 3, Almaty, start Wed 1 Apr 2026 (tests/golden/hiring/foreign_hire.toml, first case).
    let p = json(&[
        "foreign-hire",
        "--citizenship",
        "in",
        "--category",
        "3",
        "--start",
        "2026-04-01",
        "--region",
        "Almaty",
        "--json",
    ]);
    assert_eq!(p["permit_required"], true);
    assert_eq!(p["quota_required"], true);
    assert_eq!(p["visa"], "C3");
    assert_eq!(p["citizenship"], "IN");
    for s in p["steps"].as_array().unwrap() {
        assert!(s["step"].is_string() && s["basis"].as_str().is_some_and(|b| !b.is_empty()), "{s}");
        assert!(s["due"].is_string() || s["due"].is_null(), "{s}");
    }
    // 7 working days before Tue 31 Mar, across Nauryz (23-25 Mar off): Tue 17 Mar.
    assert_eq!(step(&p, "permit-application").unwrap()["due"], "2026-03-17");
    // 17 Mar − 16 days = Sun 1 Mar → Fri 27 Feb.
    assert_eq!(step(&p, "vacancy-posting").unwrap()["due"], "2026-02-27");
    assert!(p["uncertainties"].as_array().unwrap().iter().any(|u| u.as_str().unwrap().contains("Permit processing")));
}

#[test]
fn eaeu_and_residents_need_no_permit_and_say_why() {
    let p = json(&[
        "foreign-hire",
        "--citizenship",
        "RU",
        "--category",
        "2",
        "--start",
        "2026-06-01",
        "--region",
        "Astana",
        "--json",
    ]);
    assert_eq!(
        (p["permit_required"].as_bool(), p["quota_required"].as_bool(), p["visa"].as_str()),
        (Some(false), Some(false), Some("none"))
    );
    assert!(p["permit_reason"].as_str().unwrap().contains("Eurasian Economic Union"));
    assert!(step(&p, "mentor-appointment").is_none() && step(&p, "temporary-residence").is_some());
    let p = json(&[
        "foreign-hire",
        "--citizenship",
        "CN",
        "--category",
        "3",
        "--start",
        "2026-06-01",
        "--region",
        "Astana",
        "--residence-permit",
        "--json",
    ]);
    assert_eq!(p["permit_required"], false);
    let ids: Vec<&str> = p["steps"].as_array().unwrap().iter().map(|s| s["step"].as_str().unwrap()).collect();
    assert_eq!(ids, ["esutd-registration"]);
}

#[test]
fn the_terminal_plan_reads_as_a_checklist() {
    let o = kzcomply(&[
        "foreign-hire",
        "--citizenship",
        "DE",
        "--category",
        "ict",
        "--start",
        "2026-09-01",
        "--region",
        "Almaty",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Quota place needed: no."), "{out}");
    assert!(out.contains("Where the law is unclear:"), "{out}");
    assert!(out.contains("Monthly foreign-labour report × 12"), "{out}");
}

#[test]
fn a_hire_that_breaks_the_demo_companys_ratio() {
    // Demo on 2026-12-01: 21 active people; specialists (categories 3–4): 13 citizens of 17.
    // One more foreign specialist: 13 / 18 = 72.2%; ⌈0.9 × 18⌉ = ⌈16.2⌉ = 17 needed, 4 short.
    let p = json(&[
        "foreign-hire",
        "--citizenship",
        "TR",
        "--category",
        "3",
        "--start",
        "2026-12-01",
        "--region",
        "Almaty",
        "--company",
        DEMO,
        "--json",
    ]);
    let l = &p["localisation"];
    assert_eq!((l["headcount_before"].as_u64(), l["headcount_after"].as_u64()), (Some(21), Some(22)));
    assert_eq!(l["survives"], false);
    assert_eq!(l["group"]["share_after"], "72.2%");
    assert_eq!(l["group"]["citizens_needed_after"], 17);
    assert!(l["message"].as_str().unwrap().contains("4 more citizen(s)"));
    // A manager instead: 3 citizens of 4 → 3 / 5 = 60.0%; ⌈0.7 × 5⌉ = ⌈3.5⌉ = 4 needed.
    let p = json(&[
        "foreign-hire",
        "--citizenship",
        "TR",
        "--category",
        "1",
        "--start",
        "2026-12-01",
        "--region",
        "Almaty",
        "--company",
        DEMO,
        "--json",
    ]);
    assert_eq!(p["localisation"]["group"]["share_after"], "60.0%");
    assert_eq!(p["localisation"]["survives"], false);
}

#[test]
fn bad_foreign_hire_input_exits_2_and_names_the_flag() {
    let cases: [(&[&str], &str); 4] = [
        (&["--citizenship", "KZ", "--category", "3"], "--citizenship: KZ is Kazakhstan"),
        (&["--citizenship", "India", "--category", "3"], "--citizenship: `India` is not an ISO"),
        (&["--citizenship", "IN", "--category", "5"], "--category"),
        (
            &["--citizenship", "IN", "--category", "4", "--permit-term", "2 years"],
            "--permit-term: 2 years is not allowed",
        ),
    ];
    for (args, message) in cases {
        let mut all = vec!["foreign-hire", "--start", "2026-04-01", "--region", "Almaty"];
        all.extend_from_slice(args);
        fails_with(&all, message);
    }
}

#[test]
fn trips_over_the_limit() {
    // F-07: 30 + 45 + 33 = 108 days outside Almaty; the 90th day is 18 May, 18 days over.
    let v = json(&["trips", &format!("{HIRING}/trips.csv"), "--as-of", "2026-11-21", "--json"]);
    let f07 = &v[0];
    assert_eq!((f07["used"].as_u64(), f07["days_over"].as_u64()), (Some(108), Some(18)));
    assert_eq!((f07["limit_reached_on"].as_str(), f07["status"].as_str()), (Some("2026-05-18"), Some("over-limit")));
    // F-09: Astana 1–20 Oct = 20 used; Almaty trip ignored; Aktau 1–31 Dec = 31 planned; 90 − 51 = 39 left.
    assert_eq!(
        (v[1]["used"].as_u64(), v[1]["planned"].as_u64(), v[1]["remaining"].as_u64()),
        (Some(20), Some(31), Some(39))
    );
    let dir = temp_dir("trips");
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "person,region,from,to\nF-01,Astana,2026-03-10,2026-03-01\n").unwrap();
    fails_with(
        &["trips", bad.to_str().unwrap(), "--permit-region", "Almaty"],
        "row 1, column to: the trip ends (2026-03-01) before it starts",
    );
}

#[test]
fn advise_json_and_its_errors() {
    let a = json(&["advise", "--has-entity", "no", "--headcount", "0", "--planned-hires", "2", "--json"]);
    assert_eq!(a["recommendation"], "eor");
    assert!(a["reasons"].as_array().unwrap().len() >= 2 && a["traps"].as_array().unwrap().is_empty());
    fails_with(
        &["advise", "--has-entity", "yes", "--headcount", "3", "--planned-hires", "1", "--foreign", "2"],
        "--foreign: 2 foreign hires is more than the 1 planned hires",
    );
}

#[test]
fn quote_side_by_side() {
    // 2026, gross 500,000: OPVR 17,500 + SO 22,500 + OOSMS 15,000 + social tax 26,400 = 81,400.
    // Fee 12% of 500,000 = 60,000 for EOR and PEO; 0 for direct.
    let q = json(&["quote", "--gross", "500000", "--period", "2026-03", "--fee-percent", "12", "--json"]);
    let models = q["models"].as_array().unwrap();
    assert_eq!(models.len(), 3);
    for m in models {
        assert_eq!((m["statutory_charges"].as_u64(), m["employer_cost"].as_u64()), (Some(81_400), Some(581_400)));
    }
    assert_eq!((models[0]["model"].as_str(), models[0]["total_monthly"].as_u64()), (Some("eor"), Some(641_400)));
    assert_eq!(models[0]["total_annual"], 7_696_800); // 12 × 641,400
    assert_eq!((models[2]["fee"].as_u64(), models[2]["total_monthly"].as_u64()), (Some(0), Some(581_400)));
    assert_eq!(q["burden_percent"], "16.3%"); // 81,400 / 500,000 = 16.28%
    fails_with(&["quote", "--gross", "1", "--net", "1", "--period", "2026-03"], "cannot be used with");
    fails_with(
        &["quote", "--gross", "500000", "--period", "2026-03", "--fee-percent", "150"],
        "--fee-percent: 150 is not a percent",
    );
}

#[test]
fn vet_a_provider_from_its_answers() {
    let v = json(&["vet", &format!("{HIRING}/provider-answers.toml"), "--json"]);
    assert_eq!(v["verdict"], "do-not-sign");
    let ids =
        |k: &str| v[k].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(ids("requirements_failed"), ["charter-personnel-provision"]);
    assert_eq!(ids("red_flags"), ["says-pension-not-applicable", "generic-contracts", "no-parity-talk"]);
    assert_eq!(ids("unanswered"), ["no-threshold-talk"]);
    let dir = temp_dir("vet");
    let bad = dir.join("answers.toml");
    std::fs::write(&bad, "[answers]\ncheap = true\n").unwrap();
    fails_with(&["vet", bad.to_str().unwrap()], "answers.cheap: unknown question");
}

#[test]
fn contract_check_reports_the_missing_clauses() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../plan/tests/contracts/ru_missing_safety.txt");
    let r = json(&["contract-check", file, "--json"]);
    assert_eq!(r["missing"], serde_json::json!(["occupational-safety", "equipment-liability"]));
    fails_with(&["contract-check", "no-such-contract.docx"], "cannot read the contract no-such-contract.docx");
}
