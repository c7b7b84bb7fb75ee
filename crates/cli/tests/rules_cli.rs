//! `--rules-add` overlays, `rules status`, `rules show` origins, the hint for a period past the
//! rules' coverage, and `token-add`.
//!
//! Hand-worked: January 2027, gross 145,000 with the example overlay (MRP 4,500, MZP 85,000):
//! OPVR 4.5% × 145,000 = 6,525; social tax 6% × 127,600 = 7,656; employer cost
//! 145,000 + 6,525 + 6,525 (SO 5% × 130,500) + 4,350 (OOSMS 3%) + 7,656 = 170,056.

mod common;

use common::{fails_with, json, kzcomply, stderr, stdout, temp_dir};

fn example_overlay() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/rules-2027").to_string()
}

#[test]
fn status_names_what_is_missing_before_it_is_missing() {
    let v = json(&["rules", "status", "--on", "2026-12-01", "--json"]);
    assert_eq!(v["on"], "2026-12-01");
    assert_eq!(v["covered_until"], "2026-12-31");
    assert_eq!(v["days_left"], 30); // 1 → 31 December
    let missing: Vec<(&str, &str)> = v["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["parameter"].as_str().unwrap(), m["from"].as_str().unwrap()))
        .collect();
    assert_eq!(missing, [("mrp", "2027-01-01"), ("mzp", "2027-01-01")]);
    assert_eq!(v["provisional"][0]["until"], "2027-12-31");
    assert!(v["provisional"][0]["what"].as_str().unwrap().contains("2027"));
    let o = kzcomply(&["rules", "status", "--on", "2026-12-01"]);
    let out = stdout(&o);
    assert!(out.contains("30 day(s) left") && out.contains("--rules-add"), "{out}");
}

#[test]
fn payroll_past_coverage_says_what_to_add() {
    fails_with(
        &["payroll", "--period", "2027-01", "--gross", "145000"],
        "mrp (from 2027-01-01), mzp (from 2027-01-01)",
    );
    fails_with(&["payroll", "--period", "2027-01", "--gross", "145000"], "--rules-add DIR");
}

#[test]
fn the_example_overlay_computes_january_2027() {
    let dir = example_overlay();
    let v = json(&["--rules-add", &dir, "payroll", "--period", "2027-01", "--gross", "145000", "--json"]);
    assert_eq!(v["employer"]["opvr"], 6_525);
    assert_eq!(v["employer"]["social_tax"], 7_656);
    assert_eq!(v["employer_cost"], 170_056);
    let ipn = v["trace"].as_array().unwrap().iter().find(|l| l["line"] == "ipn").unwrap();
    let mrp = ipn["sources"].as_array().unwrap().iter().find(|s| s["parameter"] == "mrp").unwrap();
    assert_eq!(mrp["origin"]["kind"], "overlay", "{mrp}");
    assert!(mrp["origin"]["file"].as_str().unwrap().ends_with("indices.toml"));
    // The table names the overlay on the lines that used it, without --sources.
    let o = kzcomply(&["--rules-add", &dir, "payroll", "--period", "2027-01", "--gross", "145000"]);
    assert!(stdout(&o).contains("(overlay "), "{}", stdout(&o));
    // rules show says where each value comes from.
    let shown = json(&["--rules-add", &dir, "rules", "show", "--on", "2027-02-01", "--json"]);
    let params = shown["parameters"].as_array().unwrap();
    let find = |k: &str| params.iter().find(|p| p["parameter"] == k).unwrap().clone();
    assert_eq!(find("mrp")["origin"]["kind"], "overlay");
    assert_eq!(find("opvr.rate")["origin"]["kind"], "built-in");
    assert_eq!(find("opvr.rate")["value"], "4.5%");
    // With the overlay, coverage reaches the end of 2027.
    let status = json(&["--rules-add", &dir, "rules", "status", "--on", "2026-12-01", "--json"]);
    assert_eq!(status["covered_until"], "2027-12-31");
}

#[test]
fn a_bad_overlay_names_the_file_and_key() {
    let dir = temp_dir("bad-overlay");
    std::fs::write(
        dir.join("indices.toml"),
        "[[mrp.values]]\nsince = 2027-02-01\nuntil = 2027-12-31\nvalue = \"4500 KZT\"\nsource = \"s\"\nreference = \"r\"\n",
    )
    .unwrap();
    let d = dir.display().to_string();
    fails_with(&["--rules-add", &d, "rules", "status"], "indices.toml: mrp: gap in the history");
    std::fs::write(dir.join("indices.toml"), "[[mrp.values]]\nsince = 2027-01-01\nvalue = \"4500 KZT\"\n").unwrap();
    fails_with(&["--rules-add", &d, "rules", "status"], "mrp.values[1]: missing `source`");
    fails_with(&["--rules-add", "/no/such/dir", "rules", "status"], "cannot read the rules directory /no/such/dir");
    // rules check of the active rules (overlay included) passes with the example.
    let o = kzcomply(&["--rules-add", &example_overlay(), "rules", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("2024-01 to 2027-12"), "{}", stdout(&o));
}

#[test]
fn token_add_prints_a_working_token() {
    let dir = temp_dir("token-add");
    let db = dir.join("t.db").display().to_string();
    let add = common::kzcomply_env(
        &["user-add", "--db", &db, "--org", "Acme KZ", "--email", "ops@acme.kz", "--name", "Ops", "--role", "editor"],
        &[("KZCOMPLY_PASSWORD", "a long passphrase")],
    );
    assert!(add.status.success(), "{}", stderr(&add));
    let o =
        kzcomply(&["token-add", "--db", &db, "--email", "ops@acme.kz", "--name", "nightly", "--expires-days", "30"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let token = stdout(&o).trim().to_string();
    assert!(token.starts_with("kzc_") && !token.contains(' '), "only the token on stdout: {token}");
    assert!(stderr(&o).contains("editor of Acme KZ") && stderr(&o).contains("expires"), "{}", stderr(&o));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let scope = rt.block_on(async {
        let store = kzcomply_store::Store::open(&db).await.unwrap();
        let s = store.token_scope(&token).await.unwrap();
        store.close().await;
        s
    });
    assert_eq!(scope.map(|s| s.role), Some(kzcomply_store::Role::Editor));
    fails_with(&["token-add", "--db", &db, "--email", "nobody@acme.kz"], "--email: no user nobody@acme.kz");
    fails_with(&["token-add", "--db", &db, "--email", "ops@acme.kz", "--expires-days", "0"], "--expires-days");
}
