//! Integration tests of kzcomply-store, each run on a fresh SQLite file and, when
//! `KZCOMPLY_TEST_POSTGRES_URL` is set, on a fresh PostgreSQL database:
//! tenancy (another organisation's data is NotFound), roles (a viewer cannot write), the audit log
//! (old/new values, append-only in the database), the workforce import (round trip against the demo
//! file and its audit, all or nothing), accounts (passwords, sessions, API tokens) and payroll
//! months. The migrations are `migrations.rs`.

mod common;

use common::{
    DEMO_CSV, TestDb, backends, company, contract, count_csv, date, demo_people, filter, forbidden, new_user,
    not_found, person, problems, scope, signed,
};
use jiff::SignedDuration;
use kzcomply_audit::Supplied;
use kzcomply_law::{Money, YearMonth};
use kzcomply_store::{
    ImportSummary, LogFilter, Membership, OrgKind, PayrollLine, PayrollMonth, Role, Scope, StoreError,
};

fn line(person_id: &str, tiyn: [i64; 10]) -> PayrollLine {
    PayrollLine { person_id: person_id.into(), amounts: tiyn.map(Money::from_tiyn) }
}

fn amounts(m: &PayrollMonth) -> [Money; 10] {
    [m.gross, m.opv, m.vosms, m.ipn, m.net, m.opvr, m.so, m.oosms, m.social_tax, m.employer_cost]
}

fn march() -> YearMonth {
    YearMonth::new(2026, 3).unwrap()
}

// ---- a. tenancy ----

#[tokio::test(flavor = "multi_thread")]
async fn another_organisations_data_is_not_found() {
    for db in backends().await {
        check_tenancy(&db).await;
        db.finish().await;
    }
}

async fn check_tenancy(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org_a = s.create_org("Alpha Staffing", OrgKind::Provider).await.unwrap();
    let org_b = s.create_org("Beta Employer", OrgKind::Employer).await.unwrap();
    let (a, b) = (scope(&org_a.id, Role::Editor), scope(&org_b.id, Role::Editor));
    let co = s.create_company(&a, &company("Alpha Host LLP")).await.unwrap();
    let pe = s.create_person(&a, &co.id, person("E1", "Асель Кенжебаева", "960812401830")).await.unwrap();
    let ct = s.create_contract(&a, &pe.id, &contract("QA engineer")).await.unwrap();
    let ev = s.create_event(&a, &pe.id, &signed(Some(ct.id.clone()))).await.unwrap();
    let draft = s.save_draft(&a, &co.id, "w.csv", b"id\n".to_vec()).await.unwrap();
    let a_log = s.audit_log(&a, &LogFilter::default()).await.unwrap();

    not_found(n, "company", s.company(&b, &co.id).await);
    not_found(n, "update_company", s.update_company(&b, &co.id, &company("Taken LLP")).await);
    not_found(n, "delete_company", s.delete_company(&b, &co.id).await);
    not_found(n, "person", s.person(&b, &pe.id).await);
    not_found(n, "update_person", s.update_person(&b, &pe.id, person("E1", "Taken", "960812401830")).await);
    not_found(n, "delete_person", s.delete_person(&b, &pe.id).await);
    not_found(n, "contract", s.contract(&b, &ct.id).await);
    not_found(n, "update_contract", s.update_contract(&b, &ct.id, &contract("Taken")).await);
    not_found(n, "delete_contract", s.delete_contract(&b, &ct.id).await);
    // Events are read through their person (there is no single-event read or event update).
    not_found(n, "list_events", s.list_events(&b, &pe.id).await);
    not_found(n, "create_event", s.create_event(&b, &pe.id, &signed(None)).await);
    not_found(n, "delete_event", s.delete_event(&b, &ev.id).await);
    not_found(n, "list_people", s.list_people(&b, &co.id).await);
    not_found(n, "list_contracts", s.list_contracts(&b, &pe.id).await);
    not_found(n, "create_contract", s.create_contract(&b, &pe.id, &contract("Taken")).await);
    not_found(n, "workforce", s.workforce(&b, &co.id).await);
    not_found(n, "payroll", s.payroll(&b, &co.id, None).await);
    not_found(
        n,
        "import_workforce",
        s.import_workforce(&b, &co.id, &demo_people(), &Supplied::all(), "demo.csv").await,
    );
    not_found(n, "create_person", s.create_person(&b, &co.id, person("E2", "Bolat", "880315301121")).await);
    let pay = [line(&pe.id, [1; 10])];
    not_found(n, "save_payroll", s.save_payroll(&b, &co.id, march(), &pay).await);
    not_found(n, "save_draft", s.save_draft(&b, &co.id, "x.csv", vec![1]).await);
    not_found(n, "draft", s.draft(&b, &draft).await);
    // Deleting another organisation's draft is a no-op, not an error, and leaves it alone.
    s.delete_draft(&b, &draft).await.unwrap();
    assert_eq!(s.draft(&a, &draft).await.unwrap().1, "w.csv", "{n}: A's draft survives B's delete");

    assert!(s.list_companies(&b).await.unwrap().is_empty(), "{n}: B sees no companies");
    // B's log holds only the creation of org B: nothing B tried above succeeded.
    let b_log = s.audit_log(&b, &LogFilter::default()).await.unwrap();
    assert_eq!(b_log.len(), 1, "{n}: B's log: {b_log:?}");
    assert_eq!((b_log[0].entity.as_str(), b_log[0].entity_id.as_str()), ("org", org_b.id.as_str()), "{n}");
    let a_ids = [&org_a.id, &co.id, &pe.id, &ct.id, &ev.id];
    assert!(b_log.iter().all(|e| !a_ids.contains(&&e.entity_id)), "{n}: B's log shows A's entries");

    // A's data is untouched.
    assert_eq!(s.company(&a, &co.id).await.unwrap().name, "Alpha Host LLP", "{n}");
    assert_eq!(s.person(&a, &pe.id).await.unwrap().full_name, "Асель Кенжебаева", "{n}");
    assert_eq!(s.contract(&a, &ct.id).await.unwrap().terms.position, "QA engineer", "{n}");
    assert_eq!(s.list_events(&a, &pe.id).await.unwrap().len(), 1, "{n}");
    assert_eq!(s.audit_log(&a, &LogFilter::default()).await.unwrap(), a_log, "{n}: A's log changed");
}

// ---- b. roles ----

#[tokio::test(flavor = "multi_thread")]
async fn a_viewer_reads_but_cannot_write() {
    for db in backends().await {
        check_roles(&db).await;
        db.finish().await;
    }
}

async fn check_roles(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Viewer Test", OrgKind::Employer).await.unwrap();
    let (e, v) = (scope(&org.id, Role::Editor), scope(&org.id, Role::Viewer));
    let co = s.create_company(&e, &company("Host LLP")).await.unwrap();
    let pe = s.create_person(&e, &co.id, person("E1", "Асель", "960812401830")).await.unwrap();
    let ct = s.create_contract(&e, &pe.id, &contract("QA engineer")).await.unwrap();
    let ev = s.create_event(&e, &pe.id, &signed(Some(ct.id.clone()))).await.unwrap();
    let draft = s.save_draft(&e, &co.id, "w.csv", b"id\n".to_vec()).await.unwrap();
    s.save_payroll(&e, &co.id, march(), &[line(&pe.id, [100; 10])]).await.unwrap();
    let log = s.audit_log(&v, &LogFilter::default()).await.unwrap();
    let ed = Role::Editor;

    forbidden(n, "create_company", ed, s.create_company(&v, &company("New LLP")).await);
    forbidden(n, "update_company", ed, s.update_company(&v, &co.id, &company("New LLP")).await);
    forbidden(n, "delete_company", ed, s.delete_company(&v, &co.id).await);
    forbidden(n, "create_person", ed, s.create_person(&v, &co.id, person("E2", "Bolat", "880315301121")).await);
    forbidden(n, "update_person", ed, s.update_person(&v, &pe.id, person("E1", "Renamed", "960812401830")).await);
    forbidden(n, "delete_person", ed, s.delete_person(&v, &pe.id).await);
    forbidden(n, "create_contract", ed, s.create_contract(&v, &pe.id, &contract("Dev")).await);
    forbidden(n, "update_contract", ed, s.update_contract(&v, &ct.id, &contract("Dev")).await);
    forbidden(n, "delete_contract", ed, s.delete_contract(&v, &ct.id).await);
    forbidden(n, "create_event", ed, s.create_event(&v, &pe.id, &signed(None)).await);
    forbidden(n, "delete_event", ed, s.delete_event(&v, &ev.id).await);
    forbidden(
        n,
        "import_workforce",
        ed,
        s.import_workforce(&v, &co.id, &demo_people(), &Supplied::all(), "demo.csv").await,
    );
    forbidden(n, "save_payroll", ed, s.save_payroll(&v, &co.id, march(), &[line(&pe.id, [1; 10])]).await);
    forbidden(n, "save_draft", ed, s.save_draft(&v, &co.id, "x.csv", vec![1]).await);
    forbidden(n, "delete_draft", ed, s.delete_draft(&v, &draft).await);
    forbidden(n, "create_token", Role::Admin, s.create_token(&v, "ci", Role::Viewer).await);
    forbidden(n, "create_token (editor)", Role::Admin, s.create_token(&e, "ci", Role::Viewer).await);
    forbidden(n, "revoke_token", Role::Admin, s.revoke_token(&v, "tok_x").await);
    forbidden(n, "list_tokens", Role::Admin, s.list_tokens(&v).await);

    assert_eq!(s.list_companies(&v).await.unwrap().len(), 1, "{n}: list_companies");
    assert_eq!(s.company(&v, &co.id).await.unwrap().name, "Host LLP", "{n}: company");
    assert_eq!(s.list_people(&v, &co.id).await.unwrap().len(), 1, "{n}: list_people");
    assert_eq!(s.person(&v, &pe.id).await.unwrap().full_name, "Асель", "{n}: person");
    assert_eq!(s.list_contracts(&v, &pe.id).await.unwrap().len(), 1, "{n}: list_contracts");
    assert_eq!(s.contract(&v, &ct.id).await.unwrap().terms.position, "QA engineer", "{n}: contract");
    assert_eq!(s.list_events(&v, &pe.id).await.unwrap().len(), 1, "{n}: list_events");
    assert_eq!(s.workforce(&v, &co.id).await.unwrap().1.len(), 1, "{n}: workforce");
    assert_eq!(s.payroll(&v, &co.id, None).await.unwrap().len(), 1, "{n}: payroll");
    assert_eq!(s.draft(&v, &draft).await.unwrap().1, "w.csv", "{n}: draft (still there)");
    // Nothing the viewer tried was written.
    assert_eq!(s.audit_log(&v, &LogFilter::default()).await.unwrap(), log, "{n}: audit_log");
}

// ---- c. audit log ----

#[tokio::test(flavor = "multi_thread")]
async fn the_audit_log_records_changes_and_refuses_edits() {
    for db in backends().await {
        check_audit_log(&db).await;
        db.finish().await;
    }
}

async fn check_audit_log(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Log Test", OrgKind::Employer).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Old Name LLP")).await.unwrap();
    s.update_company(&e, &co.id, &company("New Name LLP")).await.unwrap();
    let log = s.audit_log(&e, &filter("company", &co.id)).await.unwrap();
    let actions: Vec<&str> = log.iter().map(|x| x.action.as_str()).collect();
    assert_eq!(actions, ["update", "create"], "{n}: newest first");
    assert!(log[0].seq > log[1].seq, "{n}: seq descending");
    assert!(log.iter().all(|x| x.actor == "user:test"), "{n}: actor");
    let name = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v["name"].clone());
    assert_eq!(name(&log[0].old_value), Some("Old Name LLP".into()), "{n}: update old_value");
    assert_eq!(name(&log[0].new_value), Some("New Name LLP".into()), "{n}: update new_value");
    assert_eq!(name(&log[1].old_value), None, "{n}: create has no old_value");
    assert_eq!(name(&log[1].new_value), Some("Old Name LLP".into()), "{n}: create new_value");
    let newest = s.audit_log(&e, &LogFilter { limit: Some(1), ..filter("company", &co.id) }).await.unwrap();
    assert_eq!(newest, log[..1], "{n}: limit 1");

    let pe = s.create_person(&e, &co.id, person("E1", "Ерлан Касымов", "850930300380")).await.unwrap();
    s.delete_person(&e, &pe.id).await.unwrap();
    let log = s.audit_log(&e, &filter("person", &pe.id)).await.unwrap();
    assert_eq!(log.iter().map(|x| x.action.as_str()).collect::<Vec<_>>(), ["delete", "create"], "{n}");
    let old = log[0].old_value.as_ref().unwrap_or_else(|| panic!("{n}: delete keeps the old value"));
    assert_eq!((old["full_name"].as_str(), old["iin"].as_str()), (Some("Ерлан Касымов"), Some("850930300380")), "{n}");
    assert_eq!(log[0].new_value, None, "{n}: delete has no new value");

    // Append-only in the database itself, whoever connects. 5 rows: org, company create + update,
    // person create + delete.
    let before = db.raw.audit_rows().await;
    assert_eq!(before.len(), 5, "{n}: {before:?}");
    let mut attempts = vec!["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"];
    if n == "postgres" {
        attempts.push("TRUNCATE audit_log");
    }
    for sql in attempts {
        match db.raw.exec(sql).await {
            Err(err) => assert!(err.to_string().contains("append-only"), "{n}: {sql}: {err}"),
            Ok(rows) => panic!("{n}: {sql} succeeded ({rows} rows)"),
        }
    }
    assert_eq!(db.raw.audit_rows().await, before, "{n}: the rows changed");
}

// ---- d. import round trip ----

#[track_caller]
fn same_people(n: &str, stored: &[kzcomply_audit::Person], file: &[kzcomply_audit::Person]) {
    let sorted = |p: &[kzcomply_audit::Person]| {
        let mut v: Vec<_> = p.iter().map(|p| kzcomply_audit::Person { row: 0, ..p.clone() }).collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    };
    let (stored, file) = (sorted(stored), sorted(file));
    assert_eq!(stored.len(), file.len(), "{n}: people");
    for (s, f) in stored.iter().zip(&file) {
        assert_eq!(s, f, "{n}: person {}", f.id);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_file_round_trips_and_audits_the_same() {
    for db in backends().await {
        check_import(&db).await;
        db.finish().await;
    }
}

async fn check_import(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let (rows, dates) = count_csv(&std::fs::read_to_string(DEMO_CSV).unwrap());
    // By hand: 22 people; dates: D01, D03–D10 two each (18), D02 3, D11 1, D12 4, D13 3, O5 1 = 30.
    assert_eq!((rows, dates), (22, 30), "the demo file changed: recount the expectations");
    let file = demo_people();
    let org = s.create_org("Import Test", OrgKind::Provider).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Demo Host LLP")).await.unwrap();

    let summary = s.import_workforce(&e, &co.id, &file, &Supplied::all(), "workforce.csv").await.unwrap();
    let first = ImportSummary { rows, people_created: rows, events_added: dates, ..ImportSummary::default() };
    assert_eq!(summary, first, "{n}: first import");
    let (facts, stored) = s.workforce(&e, &co.id).await.unwrap();
    same_people(n, &stored, &file);
    let expected_facts = kzcomply_audit::Company {
        name: "Demo Host LLP".into(),
        bin: Some("150840022712".into()),
        income_mrp: Some(30_000),
        branch_of_foreign_company: false,
    };
    assert_eq!(facts, expected_facts, "{n}: company facts");
    let counts = async || {
        let c = |t: &str| format!("SELECT COUNT(*) FROM {t}");
        [db.raw.count(&c("people")).await, db.raw.count(&c("contracts")).await, db.raw.count(&c("events")).await]
    };
    assert_eq!(counts().await, [22, 22, 30], "{n}: rows after the first import");

    let summary = s.import_workforce(&e, &co.id, &file, &Supplied::all(), "workforce.csv").await.unwrap();
    let again = ImportSummary { rows, people_unchanged: rows, ..ImportSummary::default() };
    assert_eq!(summary, again, "{n}: second import");
    assert_eq!(counts().await, [22, 22, 30], "{n}: a re-import adds nothing");
    let (_, stored) = s.workforce(&e, &co.id).await.unwrap();
    same_people(n, &stored, &file);
    let log = s.audit_log(&e, &filter("company", &co.id)).await.unwrap();
    assert_eq!((log[0].action.as_str(), log[1].action.as_str()), ("import", "import"), "{n}");
    let logged = &log[1].new_value.as_ref().unwrap()["summary"];
    assert_eq!(logged["events_added"], serde_json::to_value(dates).unwrap(), "{n}: logged summary");

    // The audit of the stored workforce is the audit of the file.
    let book = kzcomply_law::RuleBook::embedded();
    let calendar = kzcomply_law::calendar::Calendar::from_rules(&book).unwrap();
    let as_of = date(2026, 11, 21);
    // The demo file has every column the audit reads, as a stored company does (it has no payroll
    // facts, which no check reads).
    let supplied = common::demo_workforce().supplied;
    assert_eq!(supplied, kzcomply_audit::Supplied::audit_columns(), "{n}: the demo file has every audit column");
    let of_file =
        kzcomply_audit::audit(&book, &calendar, &facts, &file, &supplied, as_of, kzcomply_i18n::Lang::En).unwrap();
    let all = kzcomply_audit::Supplied::all();
    let of_store =
        kzcomply_audit::audit(&book, &calendar, &facts, &stored, &all, as_of, kzcomply_i18n::Lang::En).unwrap();
    assert!(!of_file.findings.is_empty(), "the demo file is meant to have findings");
    assert_eq!(serde_json::to_value(&of_store).unwrap(), serde_json::to_value(&of_file).unwrap(), "{n}: audit");
}

// ---- e. all-or-nothing import ----

#[tokio::test(flavor = "multi_thread")]
async fn an_invalid_row_imports_nothing() {
    for db in backends().await {
        check_import_rollback(&db).await;
        db.finish().await;
    }
}

async fn check_import_rollback(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Rollback Test", OrgKind::Provider).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Demo Host LLP")).await.unwrap();
    let mut file = demo_people();
    // The importer numbers rows as the spreadsheet does (header = row 1), so the 5th person, D05,
    // is row 6; at_row puts that row on the problem unchanged.
    assert_eq!((file[4].id.as_str(), file[4].row), ("D05", 6));
    file[4].citizenship = "Turkey".into();
    let p = problems(n, "import", s.import_workforce(&e, &co.id, &file, &Supplied::all(), "bad.csv").await);
    assert_eq!(p.len(), 1, "{n}: {p:?}");
    assert_eq!((p[0].row, p[0].field.as_str()), (Some(6), "citizenship"), "{n}: {p:?}");

    // Rows 2–5 were written before row 6 failed; the transaction took them back.
    assert!(s.list_people(&e, &co.id).await.unwrap().is_empty(), "{n}: people were imported");
    for t in ["people", "contracts", "events"] {
        assert_eq!(db.raw.count(&format!("SELECT COUNT(*) FROM {t}")).await, 0, "{n}: {t}");
    }
    let log = s.audit_log(&e, &LogFilter::default()).await.unwrap();
    assert!(log.iter().all(|x| x.action != "import" && x.entity != "person"), "{n}: {log:?}");
}

// ---- f. accounts ----

#[tokio::test(flavor = "multi_thread")]
async fn users_sessions_and_tokens() {
    for db in backends().await {
        check_accounts(&db).await;
        db.finish().await;
    }
}

async fn check_accounts(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Gamma", OrgKind::Employer).await.unwrap();
    let other = s.create_org("Delta", OrgKind::Employer).await.unwrap();
    let pw = "correct horse battery";
    let user = s.create_user(new_user(" Ana@Example.KZ ", pw)).await.unwrap();
    assert_eq!(user.email, "ana@example.kz", "{n}: e-mail normalised");
    s.add_member(&user.id, &org.id, Role::Admin).await.unwrap();

    let login = s.login("ANA@example.kz", pw).await.unwrap().unwrap_or_else(|| panic!("{n}: right password"));
    assert_eq!(login.user, user, "{n}");
    let member = Membership { org_id: org.id.clone(), org_name: "Gamma".into(), role: Role::Admin };
    assert_eq!(login.memberships, [member], "{n}");
    assert!(s.login("ana@example.kz", "correct horse batterY").await.unwrap().is_none(), "{n}: wrong password");
    assert!(s.login("nobody@example.kz", pw).await.unwrap().is_none(), "{n}: unknown e-mail");

    // 9 characters are refused, on `password` alone; 10 are enough if they are not guessable
    // (the policy itself: secrets::check_password and tests/passwords.rs).
    let p = problems(n, "short password", s.create_user(new_user("bob@example.kz", "123456789")).await);
    assert_eq!(p.iter().map(|p| p.field.as_str()).collect::<Vec<_>>(), ["password"], "{n}: {p:?}");
    let p = problems(n, "common password", s.create_user(new_user("bob@example.kz", "1234567890")).await);
    assert_eq!(p.iter().map(|p| p.field.as_str()).collect::<Vec<_>>(), ["password"], "{n}: {p:?}");
    s.create_user(new_user("bob@example.kz", "tulip-yurt-4821")).await.unwrap();
    match s.create_user(new_user("ANA@example.kz", pw)).await {
        Err(StoreError::Conflict(_)) => {}
        other => panic!("{n}: a second ana@example.kz: {other:?}"),
    }

    let cookie = s.create_session(&user.id, &org.id, SignedDuration::from_hours(8)).await.unwrap();
    let info = s.session(&cookie).await.unwrap().unwrap_or_else(|| panic!("{n}: live session"));
    let admin = Scope { org_id: org.id.clone(), actor: format!("user:{}", user.id), role: Role::Admin };
    assert_eq!((&info.scope, &info.user, info.org_name.as_str()), (&admin, &user, "Gamma"), "{n}");
    assert!(info.csrf.len() == 64 && info.csrf.bytes().all(|b| b.is_ascii_hexdigit()), "{n}: csrf {}", info.csrf);
    assert!(s.session("kzc_not_a_session").await.unwrap().is_none(), "{n}");
    s.end_session(&cookie).await.unwrap();
    assert!(s.session(&cookie).await.unwrap().is_none(), "{n}: ended session");
    let expired = s.create_session(&user.id, &org.id, SignedDuration::from_mins(-1)).await.unwrap();
    assert!(s.session(&expired).await.unwrap().is_none(), "{n}: expired session");
    not_found(n, "session outside the user's orgs", s.create_session(&user.id, &other.id, SignedDuration::ZERO).await);

    let (tok, secret) = s.create_token(&admin, "ci", Role::Admin).await.unwrap();
    let want = Scope { org_id: org.id.clone(), actor: format!("token:{}", tok.id), role: Role::Admin };
    assert_eq!(s.token_scope(&secret).await.unwrap(), Some(want), "{n}: admin token");
    let (etok, esecret) = s.create_token(&admin, "reports", Role::Editor).await.unwrap();
    assert_eq!(s.token_scope(&esecret).await.unwrap().map(|t| t.role), Some(Role::Editor), "{n}: editor token");
    let names: Vec<String> = s.list_tokens(&admin).await.unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["ci", "reports"], "{n}");
    s.revoke_token(&admin, &tok.id).await.unwrap();
    assert_eq!(s.token_scope(&secret).await.unwrap(), None, "{n}: revoked token");
    assert!(s.token_scope(&esecret).await.unwrap().is_some(), "{n}: the other token still works");
    not_found(n, "revoke twice", s.revoke_token(&admin, &tok.id).await);
    let viewer = Scope { role: Role::Viewer, ..admin.clone() };
    forbidden(n, "viewer create_token", Role::Admin, s.create_token(&viewer, "x", Role::Viewer).await);
    let by_token = Scope { actor: format!("token:{}", etok.id), ..admin.clone() };
    match s.create_token(&by_token, "x", Role::Viewer).await {
        Err(StoreError::Conflict(_)) => {}
        other => panic!("{n}: a token minting a token: {other:?}"),
    }

    // The language: en, ru or kk (migration 0004's `language`), read by sessions and tokens alike;
    // the older `lang` column (en or ru only) is kept in step, Russian for Kazakh.
    let lang_of = |id: String| format!("SELECT COUNT(*) FROM users WHERE id = '{id}' AND lang = ");
    for (lang, old) in [("kk", "ru"), ("ru", "ru"), ("en", "en"), ("kk", "ru")] {
        s.set_lang(&user.id, lang).await.unwrap_or_else(|e| panic!("{n}: set_lang {lang}: {e}"));
        let cookie = s.create_session(&user.id, &org.id, SignedDuration::from_hours(1)).await.unwrap();
        assert_eq!(s.session(&cookie).await.unwrap().unwrap().user.lang, lang, "{n}: the session's language");
        let (_, token_lang) = s.token_caller(&esecret).await.unwrap().unwrap();
        assert_eq!(token_lang, lang, "{n}: a token speaks its owner's language");
        assert_eq!(db.raw.count(&format!("{}'{old}'", lang_of(user.id.clone()))).await, 1, "{n}: lang kept in step");
    }
    assert_eq!(s.login("ana@example.kz", pw).await.unwrap().unwrap().user.lang, "kk", "{n}: sign-in reads it too");
    let p = problems(n, "a language kzcomply does not speak", s.set_lang(&user.id, "fr").await);
    assert_eq!(p.iter().map(|p| p.field.as_str()).collect::<Vec<_>>(), ["lang"], "{n}: {p:?}");
    let kk = kzcomply_store::NewUser { lang: "kk".into(), ..new_user("dana@example.kz", "tulip-yurt-4822") };
    assert_eq!(s.create_user(kk).await.unwrap().lang, "kk", "{n}: a Kazakh-speaking user from the start");
}

// ---- g. payroll months ----

#[tokio::test(flavor = "multi_thread")]
async fn payroll_months_are_stored_exactly_and_replaced() {
    for db in backends().await {
        check_payroll(&db).await;
        db.finish().await;
    }
}

async fn check_payroll(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Payroll Test", OrgKind::Employer).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Host LLP")).await.unwrap();
    let other = s.create_company(&e, &company("Other LLP")).await.unwrap();
    let asel = s.create_person(&e, &co.id, person("P1", "Асель Кенжебаева", "960812401830")).await.unwrap();
    let bolat = s.create_person(&e, &co.id, person("P2", "Болат Оспанов", "910722302745")).await.unwrap();
    let xenia = s.create_person(&e, &other.id, person("X1", "Ксения Ли", "880315301121")).await.unwrap();

    // Amounts as a payroll run would pass them, in tiyn, with odd tiyn to catch any rounding:
    // net = gross − opv − vosms − ipn; employer_cost = gross + opvr + so + oosms + social_tax.
    let asel_v1 = [
        14_500_050, // gross          145 000.50
        1_450_005,  // opv             14 500.05
        290_001,    // vosms            2 900.01
        908_504,    // ipn              9 085.04
        11_851_540, // net            118 515.40 = 145 000.50 − 14 500.05 − 2 900.01 − 9 085.04
        507_502,    // opvr             5 075.02
        652_502,    // so               6 525.02
        435_002,    // oosms            4 350.02
        870_003,    // social_tax       8 700.03
        16_965_059, // employer_cost  169 650.59 = 145 000.50 + 5 075.02 + 6 525.02 + 4 350.02 + 8 700.03
    ];
    let bolat_v1 = [
        100_000_000, // gross        1 000 000.00
        10_000_000,  // opv            100 000.00
        2_000_000,   // vosms           20 000.00
        7_500_000,   // ipn             75 000.00
        80_500_000,  // net            805 000.00 = 1 000 000 − 100 000 − 20 000 − 75 000
        3_500_000,   // opvr            35 000.00
        4_500_000,   // so              45 000.00
        3_000_000,   // oosms           30 000.00
        6_000_000,   // social_tax      60 000.00
        117_000_000, // employer_cost 1 170 000.00 = 1 000 000 + 35 000 + 45 000 + 30 000 + 60 000
    ];
    let saved = s.save_payroll(&e, &co.id, march(), &[line(&asel.id, asel_v1), line(&bolat.id, bolat_v1)]).await;
    assert_eq!(saved.unwrap(), 2, "{n}");
    let check = async |asel_want: [i64; 10], what: &str| {
        let months = s.payroll(&e, &co.id, Some(march())).await.unwrap();
        let names: Vec<&str> = months.iter().map(|m| m.full_name.as_str()).collect();
        assert_eq!(names, ["Асель Кенжебаева", "Болат Оспанов"], "{n}: {what}: by name");
        for (m, (id, want)) in months.iter().zip([(&asel.id, asel_want), (&bolat.id, bolat_v1)]) {
            assert_eq!((&m.person_id, m.period), (id, march()), "{n}: {what}");
            assert_eq!(amounts(m), want.map(Money::from_tiyn), "{n}: {what}: {}", m.full_name);
        }
    };
    check(asel_v1, "first save").await;

    // A corrected IPN (9 085.04 → 9 000.00) moves net by the same 85.04 → 118 600.44.
    let mut asel_v2 = asel_v1;
    (asel_v2[3], asel_v2[4]) = (900_000, 11_860_044);
    let saved = s.save_payroll(&e, &co.id, march(), &[line(&asel.id, asel_v2), line(&bolat.id, bolat_v1)]).await;
    assert_eq!(saved.unwrap(), 2, "{n}");
    check(asel_v2, "second save").await;
    assert_eq!(db.raw.count("SELECT COUNT(*) FROM payroll_months").await, 2, "{n}: replaced, not added");
    assert_eq!(s.payroll(&e, &co.id, None).await.unwrap().len(), 2, "{n}: all periods");
    assert!(s.payroll(&e, &co.id, YearMonth::new(2026, 4)).await.unwrap().is_empty(), "{n}: April");
    let months = LogFilter { entity: Some("payroll_month".into()), ..LogFilter::default() };
    let actions: Vec<String> = s.audit_log(&e, &months).await.unwrap().into_iter().map(|x| x.action).collect();
    assert_eq!(actions, ["update", "update", "create", "create"], "{n}: payroll log");

    // Someone from another company is refused, and the whole batch with them.
    let mixed = [line(&asel.id, asel_v1), line(&xenia.id, bolat_v1)];
    let p = problems(n, "another company's person", s.save_payroll(&e, &co.id, march(), &mixed).await);
    assert_eq!(p.iter().map(|p| p.field.as_str()).collect::<Vec<_>>(), ["person_id"], "{n}: {p:?}");
    check(asel_v2, "after the refused save").await;
}

// ---- h. migrations ----
