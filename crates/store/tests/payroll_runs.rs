//! The payroll month in the store (docs/payroll-run.md), on SQLite and, when
//! `KZCOMPLY_TEST_POSTGRES_URL` is set, on PostgreSQL:
//!
//! - a person's payroll facts round-trip: a workforce file with the columns of §2 is imported and
//!   read back into the audit's `Person::payroll` (and the stored company audits as its file
//!   does); the API's person input takes them, checked;
//! - accruals are added all or nothing, and not into a closed month;
//! - a run goes draft → approved → closed, by the roles allowed; a closed month is a conflict
//!   naming it;
//! - another organisation can neither see nor change a run or an accrual.

mod common;

use common::{DEMO_CSV, TestDb, backends, company, contract, date, forbidden, not_found, person, problems, scope};
use kzcomply_i18n::Lang;
use kzcomply_law::{Money, YearMonth};
use kzcomply_store::{LogFilter, NewAccrual, OrgKind, PersonPayroll, Role, RunStatus, Said, StoreError};
use serde_json::json;

fn march() -> YearMonth {
    YearMonth::new(2026, 3).unwrap()
}

#[track_caller]
fn conflict<T: std::fmt::Debug>(n: &str, what: &str, r: Result<T, StoreError>) -> Said {
    match r {
        Err(StoreError::Conflict(said)) => said,
        other => panic!("{n}: {what}: expected Conflict, got {other:?}"),
    }
}

#[track_caller]
fn closed<T: std::fmt::Debug>(n: &str, what: &str, r: Result<T, StoreError>) {
    let said = conflict(n, what, r);
    assert_eq!(said.id, "api-store-run-closed", "{n}: {what}");
    for lang in Lang::ALL {
        assert!(said.text(lang).contains("2026-03"), "{n}: {what}: names the month: {}", said.text(lang));
    }
}

fn amount(person_id: &str, kind: &str, tenge: i64) -> NewAccrual {
    NewAccrual {
        person_id: person_id.into(),
        kind: kind.into(),
        amount: Some(Money::from_tenge(tenge)),
        ..NewAccrual::default()
    }
}

// ---- the facts round trip ----

const FACTS_HEADER: &str = "birth_date,tax_resident,in_kz_since,pensioner,disability_group,disability_from,\
                            disability_until,basic_deduction_from,week,days_worked";

/// The demo file with the payroll columns, a different mix on each row (and blanks on some).
fn demo_with_facts() -> String {
    let cells = [
        "1960-01-01,no,2020-01-01,age,1,2020-01-01,,no,6,3",
        ",,,,,,,,,",
        "01.02.1970,yes,,seniority,III,2025-01-01,2027-12-31,2026-02-01,5,0",
        ",нет,2025-10-01,нет,,,,,6,31",
    ];
    let text = std::fs::read_to_string(DEMO_CSV).unwrap();
    let mut out = String::new();
    for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        out.push_str(line);
        out.push(',');
        out.push_str(if i == 0 { FACTS_HEADER } else { cells[i % cells.len()] });
        out.push('\n');
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn the_payroll_facts_round_trip() {
    for db in backends().await {
        check_facts_import(&db).await;
        check_facts_input(&db).await;
        db.finish().await;
    }
}

fn sorted(p: &[kzcomply_audit::Person]) -> Vec<kzcomply_audit::Person> {
    let mut v: Vec<_> = p.iter().map(|p| kzcomply_audit::Person { row: 0, ..p.clone() }).collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

async fn check_facts_import(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let file = kzcomply_audit::import::from_csv(demo_with_facts().as_bytes(), Lang::En).unwrap();
    assert_eq!(file.supplied, kzcomply_audit::Supplied::all(), "the file has every column");
    let stated = file.people.iter().filter(|p| p.payroll != kzcomply_audit::PayrollFacts::default()).count();
    assert!(stated > 10, "most rows state facts: {stated}");
    let org = s.create_org("Facts Test", OrgKind::Provider).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Demo Host LLP")).await.unwrap();
    s.import_workforce(&e, &co.id, &file.people, &file.supplied, "facts.csv").await.unwrap();
    let (facts, stored) = s.workforce(&e, &co.id).await.unwrap();
    assert_eq!(sorted(&stored), sorted(&file.people), "{n}: the stored people are the file's");
    let again = s.import_workforce(&e, &co.id, &file.people, &file.supplied, "facts.csv").await.unwrap();
    assert_eq!(again.people_unchanged, file.people.len(), "{n}: a re-import changes nothing");
    assert_eq!(s.supplied(&e, &co.id).await.unwrap(), kzcomply_audit::Supplied::all(), "{n}: supplied");

    // The audit of the stored company is the audit of its file.
    let book = kzcomply_law::RuleBook::embedded();
    let calendar = kzcomply_law::calendar::Calendar::from_rules(&book).unwrap();
    let as_of = date(2026, 11, 21);
    let of_file = kzcomply_audit::audit(&book, &calendar, &facts, &file.people, &file.supplied, as_of, Lang::En);
    let of_store = kzcomply_audit::audit(&book, &calendar, &facts, &stored, &file.supplied, as_of, Lang::En);
    assert_eq!(
        serde_json::to_value(of_store.unwrap()).unwrap(),
        serde_json::to_value(of_file.unwrap()).unwrap(),
        "{n}: audit"
    );

    // A changed fact is an update, and reads back.
    let mut changed = file.people.clone();
    changed[1].payroll.days_worked = Some(12);
    changed[1].payroll.pension = Some(kzcomply_law::Pension::Age);
    let summary = s.import_workforce(&e, &co.id, &changed, &file.supplied, "facts2.csv").await.unwrap();
    assert_eq!(summary.people_updated, 1, "{n}: {summary:?}");
    let (_, stored) = s.workforce(&e, &co.id).await.unwrap();
    assert_eq!(sorted(&stored), sorted(&changed), "{n}: the changed fact");
}

async fn check_facts_input(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Facts Input Test", OrgKind::Employer).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Host LLP")).await.unwrap();
    let facts = PersonPayroll {
        birth_date: Some(date(1962, 5, 1)),
        tax_resident: Some(true),
        in_kz_since: Some(date(2025, 9, 1)),
        pensioner: Some("Seniority".into()),
        disability_group: Some(2),
        disability_from: Some(date(2026, 1, 1)),
        disability_until: Some(date(2026, 12, 31)),
        basic_deduction: true,
        basic_deduction_from: Some(date(2026, 4, 1)),
        week: Some(6),
        days_worked: Some(22),
    };
    let input = kzcomply_store::PersonInput { payroll: facts.clone(), ..person("F1", "Фарида", "960812401830") };
    let p = s.create_person(&e, &co.id, input.clone()).await.unwrap();
    let want = PersonPayroll { pensioner: Some("seniority".into()), ..facts.clone() };
    assert_eq!(p.payroll, want, "{n}: created");
    assert_eq!(s.person(&e, &p.id).await.unwrap().payroll, want, "{n}: read back");
    s.create_contract(&e, &p.id, &contract("Accountant")).await.unwrap();
    let (_, people) = s.workforce(&e, &co.id).await.unwrap();
    let f = &people[0].payroll;
    assert_eq!(
        (f.pension, f.disability, f.week, f.basic_deduction),
        (
            Some(kzcomply_law::Pension::Seniority),
            Some(kzcomply_law::Disability::Group2),
            Some(kzcomply_law::Week::SixDay),
            kzcomply_audit::BasicDeduction::From(date(2026, 4, 1))
        ),
        "{n}: the audit's view"
    );

    // An update replaces them ("no" is not a pensioner), and is logged.
    let none = PersonPayroll { pensioner: Some("no".into()), basic_deduction: false, ..PersonPayroll::default() };
    let input2 = kzcomply_store::PersonInput { payroll: none, ..input.clone() };
    let updated = s.update_person(&e, &p.id, input2).await.unwrap();
    assert_eq!(updated.payroll, PersonPayroll { basic_deduction: false, ..PersonPayroll::default() }, "{n}");
    let (_, people) = s.workforce(&e, &co.id).await.unwrap();
    assert_eq!(people[0].payroll.basic_deduction, kzcomply_audit::BasicDeduction::NotClaimed, "{n}");
    let log = s.audit_log(&e, &common::filter("person", &p.id)).await.unwrap();
    assert_eq!(log[0].old_value.as_ref().unwrap()["payroll"]["week"], 6, "{n}: the old facts are logged");

    // Every bad fact at once, each on its field.
    let bad = PersonPayroll {
        birth_date: Some(date(1, 1, 1)),
        pensioner: Some("often".into()),
        disability_group: Some(4),
        disability_from: Some(date(2026, 5, 1)),
        disability_until: Some(date(2026, 4, 30)),
        basic_deduction: false,
        basic_deduction_from: Some(date(2026, 1, 1)),
        week: Some(7),
        days_worked: Some(32),
        ..PersonPayroll::default()
    };
    let input3 = kzcomply_store::PersonInput { payroll: bad, ..input.clone() };
    let p3 = problems(n, "bad facts", s.update_person(&e, &p.id, input3).await);
    let fields: Vec<&str> = p3.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "payroll.birth_date",
            "payroll.pensioner",
            "payroll.disability_group",
            "payroll.disability_until",
            "payroll.basic_deduction_from",
            "payroll.week",
            "payroll.days_worked"
        ],
        "{n}: {p3:?}"
    );
    for p in &p3 {
        for lang in Lang::ALL {
            assert!(!p.text(lang).starts_with("api-store-"), "{n}: {lang:?}: {}", p.text(lang));
        }
    }
    assert_eq!(s.person(&e, &p.id).await.unwrap().payroll, updated.payroll, "{n}: nothing written");

    // The JSON the API takes: absent facts are the defaults; an unknown one is refused.
    let v: kzcomply_store::PersonInput = serde_json::from_value(json!({
        "ext_id": "J1", "full_name": "J", "iin": "960812401830", "citizenship": "KZ",
        "payroll": {"week": 6, "basic_deduction": false}
    }))
    .unwrap();
    assert_eq!(v.payroll, PersonPayroll { week: Some(6), basic_deduction: false, ..PersonPayroll::default() });
    let v: kzcomply_store::PersonInput = serde_json::from_value(json!({
        "ext_id": "J1", "full_name": "J", "iin": "960812401830", "citizenship": "KZ"
    }))
    .unwrap();
    assert!(v.payroll.basic_deduction && v.payroll == PersonPayroll::default());
    let unknown = serde_json::from_value::<kzcomply_store::PersonInput>(json!({
        "ext_id": "J1", "full_name": "J", "iin": "960812401830", "citizenship": "KZ", "payroll": {"weeks": 6}
    }));
    assert!(unknown.is_err());
}

// ---- runs: the state machine ----

#[tokio::test(flavor = "multi_thread")]
async fn a_run_goes_draft_approved_closed() {
    for db in backends().await {
        check_states(&db).await;
        db.finish().await;
    }
}

async fn check_states(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Run Test", OrgKind::Employer).await.unwrap();
    let (a, e, v) = (scope(&org.id, Role::Admin), scope(&org.id, Role::Editor), scope(&org.id, Role::Viewer));
    let co = s.create_company(&e, &company("Host LLP")).await.unwrap();
    let v1 = json!({"period": "2026-03", "totals": {"gross": 1000000.5}, "people": []});
    let v2 = json!({"period": "2026-03", "totals": {"gross": 1200000}, "people": [{"id": "D01"}]});

    assert_eq!(s.run(&v, &co.id, "", march()).await.unwrap(), None, "{n}: nothing computed yet");
    not_found(n, "approve a run never computed", s.approve_run(&a, &co.id, "", march()).await);
    forbidden(n, "a viewer saves", Role::Editor, s.save_run(&v, &co.id, "", march(), &v1).await);
    let draft = s.save_run(&e, &co.id, "", march(), &v1).await.unwrap();
    assert_eq!((draft.status, &draft.run_json, draft.period), (RunStatus::Draft, &v1, march()), "{n}");
    assert_eq!((draft.computed_by.as_str(), draft.approved_at, draft.closed_at), ("user:test", None, None), "{n}");
    assert_eq!(s.run(&v, &co.id, "", march()).await.unwrap().as_ref(), Some(&draft), "{n}: read back exactly");

    // A draft is recomputed freely.
    let draft2 = s.save_run(&e, &co.id, "", march(), &v2).await.unwrap();
    assert_eq!((draft2.id.as_str(), draft2.status, &draft2.run_json), (draft.id.as_str(), RunStatus::Draft, &v2));
    assert_eq!(db.raw.count("SELECT COUNT(*) FROM payroll_runs").await, 1, "{n}: replaced, not added");

    // Approving and closing are an admin's.
    forbidden(n, "an editor approves", Role::Admin, s.approve_run(&e, &co.id, "", march()).await);
    let said = conflict(n, "close a draft", s.close_run(&a, &co.id, "", march()).await);
    assert_eq!(said.id, "api-store-run-not-approved", "{n}");
    let approved = s.approve_run(&a, &co.id, "", march()).await.unwrap();
    assert_eq!((approved.status, approved.approved_by.as_deref()), (RunStatus::Approved, Some("user:test")), "{n}");
    assert!(approved.approved_at.is_some(), "{n}");
    let said = conflict(n, "approve twice", s.approve_run(&a, &co.id, "", march()).await);
    assert_eq!(said.id, "api-store-run-not-draft", "{n}");
    assert!(said.text(Lang::Ru).contains("утверждён"), "{n}: {}", said.text(Lang::Ru));

    // A recompute returns an approved run to draft, its approval cleared.
    let back = s.save_run(&e, &co.id, "", march(), &v1).await.unwrap();
    assert_eq!((back.status, back.approved_at, back.approved_by.clone()), (RunStatus::Draft, None, None), "{n}");
    s.approve_run(&a, &co.id, "", march()).await.unwrap();
    forbidden(n, "an editor closes", Role::Admin, s.close_run(&e, &co.id, "", march()).await);
    let closed_run = s.close_run(&a, &co.id, "", march()).await.unwrap();
    assert_eq!((closed_run.status, closed_run.closed_by.as_deref()), (RunStatus::Closed, Some("user:test")), "{n}");
    assert_eq!(closed_run.run_json, v1, "{n}: the closed run is the last computed");

    // A closed month answers a conflict naming it, to every role that may write, and stays as it was.
    closed(n, "recompute a closed month", s.save_run(&e, &co.id, "", march(), &v2).await);
    closed(n, "recompute a closed month (admin)", s.save_run(&a, &co.id, "", march(), &v2).await);
    closed(n, "approve a closed month", s.approve_run(&a, &co.id, "", march()).await);
    closed(n, "close a closed month", s.close_run(&a, &co.id, "", march()).await);
    assert_eq!(s.run(&v, &co.id, "", march()).await.unwrap(), Some(closed_run.clone()), "{n}: unchanged");

    // Another employer's run of the same month is its own; the year lists both months in order.
    let bin = "990140000123";
    let other = s.save_run(&e, &co.id, bin, march(), &v2).await.unwrap();
    assert_eq!((other.status, other.employer_bin.as_str()), (RunStatus::Draft, bin), "{n}");
    let feb = YearMonth::new(2026, 2).unwrap();
    s.save_run(&e, &co.id, "", feb, &v2).await.unwrap();
    s.save_run(&e, &co.id, "", YearMonth::new(2025, 12).unwrap(), &v2).await.unwrap();
    let year: Vec<(YearMonth, RunStatus)> =
        s.runs(&v, &co.id, "", 2026).await.unwrap().into_iter().map(|r| (r.period, r.status)).collect();
    assert_eq!(year, [(feb, RunStatus::Draft), (march(), RunStatus::Closed)], "{n}: the year, by month");
    assert_eq!(s.runs(&v, &co.id, bin, 2026).await.unwrap(), [other], "{n}: the other employer's");
    let p = problems(n, "a BIN that is not one", s.save_run(&e, &co.id, "12345", march(), &v1).await);
    assert_eq!(p[0].field, "employer_bin", "{n}");

    // Months close in order: April cannot close while February (a draft) is open.
    let april = YearMonth::new(2026, 4).unwrap();
    s.save_run(&e, &co.id, "", april, &v2).await.unwrap();
    s.approve_run(&a, &co.id, "", april).await.unwrap();
    let said = conflict(n, "close April before February", s.close_run(&a, &co.id, "", april).await);
    assert_eq!(said.id, "api-store-run-earlier-open", "{n}");
    assert!(said.text(Lang::En).contains("2026-02"), "{n}: {}", said.text(Lang::En));

    // Every change is in the log: create, update, approve, update, approve, close (March, own).
    let log = s.audit_log(&v, &common::filter("payroll_run", &draft.id)).await.unwrap();
    let actions: Vec<&str> = log.iter().rev().map(|x| x.action.as_str()).collect();
    assert_eq!(actions, ["create", "update", "approve", "update", "approve", "close"], "{n}");
    assert_eq!(log.last().unwrap().new_value.as_ref().unwrap()["run_json"], v1, "{n}: the computed run is logged");
    assert_eq!(log[0].new_value.as_ref().unwrap()["status"], "closed", "{n}");
    assert_eq!(log[0].old_value.as_ref().unwrap()["status"], "approved", "{n}");
}

// ---- accruals ----

#[tokio::test(flavor = "multi_thread")]
async fn accruals_are_added_all_or_nothing() {
    for db in backends().await {
        check_accruals(&db).await;
        db.finish().await;
    }
}

async fn check_accruals(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Accrual Test", OrgKind::Provider).await.unwrap();
    let (a, e, v) = (scope(&org.id, Role::Admin), scope(&org.id, Role::Editor), scope(&org.id, Role::Viewer));
    let co = s.create_company(&e, &company("Host LLP")).await.unwrap();
    let other = s.create_company(&e, &company("Other LLP")).await.unwrap();
    let asel = s.create_person(&e, &co.id, person("P1", "Асель", "960812401830")).await.unwrap();
    let bolat = s.create_person(&e, &co.id, person("P2", "Болат", "910722302745")).await.unwrap();
    let xenia = s.create_person(&e, &other.id, person("X1", "Ксения", "880315301121")).await.unwrap();
    s.create_contract(&e, &asel.id, &contract("Accountant")).await.unwrap();
    // Bolat is outstaffed: on the payroll of another BIN.
    let outstaffed = kzcomply_store::ContractInput {
        engagement: "outstaffed".into(),
        employer_bin: Some("990140000123".into()),
        ..contract("Engineer")
    };
    s.create_contract(&e, &bolat.id, &outstaffed).await.unwrap();

    // A row of another company's person refuses the batch, naming the row (from 1) and the field;
    // every bad row is named at once.
    let overtime = NewAccrual { hours_tenths: Some(75), ..amount(&asel.id, "overtime", 0) };
    let overtime = NewAccrual { amount: None, ..overtime };
    let rows = [
        amount(&asel.id, "bonus", 150_000),
        amount(&xenia.id, "bonus", 10_000),
        overtime.clone(),
        NewAccrual { kind: " ".into(), ..amount(&bolat.id, "x", 1) },
        NewAccrual { hours_tenths: Some(10), ..amount(&bolat.id, "overtime", 1) },
        NewAccrual { amount: None, hours_tenths: Some(0), ..amount(&bolat.id, "night_work", 0) },
    ];
    let p = problems(n, "mixed batch", s.add_accruals(&e, &co.id, march(), &rows).await);
    let at: Vec<(Option<usize>, &str)> = p.iter().map(|p| (p.row, p.field.as_str())).collect();
    assert_eq!(
        at,
        [(Some(2), "person_id"), (Some(4), "kind"), (Some(5), "amount"), (Some(6), "hours_tenths")],
        "{n}: {p:?}"
    );
    assert!(p[0].text(Lang::En).contains(&xenia.id), "{n}: {}", p[0].text(Lang::En));
    assert_eq!(db.raw.count("SELECT COUNT(*) FROM accruals").await, 0, "{n}: nothing written");
    forbidden(n, "a viewer adds", Role::Editor, s.add_accruals(&v, &co.id, march(), &rows[..1]).await);

    // The good rows go in together.
    let good = [amount(&asel.id, "bonus", 150_000), overtime.clone(), amount(&bolat.id, "bonus", 50_000)];
    assert_eq!(s.add_accruals(&e, &co.id, march(), &good).await.unwrap(), 3, "{n}");
    let correction = NewAccrual { note: "late bonus".into(), ..amount(&asel.id, "correction:salary", -1_000) };
    s.add_accruals(&e, &co.id, YearMonth::new(2026, 4).unwrap(), &[correction]).await.unwrap();
    let stored = s.accruals(&v, &co.id, march()).await.unwrap();
    let seen: Vec<(&str, &str, Option<Money>, Option<i64>)> =
        stored.iter().map(|x| (x.person_id.as_str(), x.kind.as_str(), x.amount, x.hours_tenths)).collect();
    let want = vec![
        (asel.id.as_str(), "bonus", Some(Money::from_tenge(150_000)), None),
        (asel.id.as_str(), "overtime", None, Some(75)),
        (bolat.id.as_str(), "bonus", Some(Money::from_tenge(50_000)), None),
    ];
    assert_eq!(seen, want, "{n}: by person, then kind");
    assert!(stored.iter().all(|x| x.period == march() && x.created_by == "user:test"), "{n}");
    let april = s.accruals(&v, &co.id, YearMonth::new(2026, 4).unwrap()).await.unwrap();
    assert_eq!((april[0].amount, april[0].note.as_str()), (Some(Money::from_tenge(-1_000)), "late bonus"), "{n}");

    // Deleting is an editor's, and logged.
    let bonus = stored.iter().find(|x| x.person_id == bolat.id).unwrap();
    forbidden(n, "a viewer deletes", Role::Editor, s.delete_accrual(&v, &co.id, &bonus.id).await);
    not_found(n, "delete through another company", s.delete_accrual(&e, &other.id, &bonus.id).await);
    s.delete_accrual(&e, &co.id, &bonus.id).await.unwrap();
    not_found(n, "delete twice", s.delete_accrual(&e, &co.id, &bonus.id).await);
    let log = s.audit_log(&v, &common::filter("accrual", &bonus.id)).await.unwrap();
    assert_eq!(log.iter().map(|x| x.action.as_str()).collect::<Vec<_>>(), ["delete", "create"], "{n}");

    // The company's own March is closed: its people's accruals of March are refused (the whole
    // batch), an outstaffed person's (another employer's run, still open) are not.
    s.save_run(&e, &co.id, "", march(), &json!({})).await.unwrap();
    s.approve_run(&a, &co.id, "", march()).await.unwrap();
    s.close_run(&a, &co.id, "", march()).await.unwrap();
    closed(n, "an accrual into a closed month", s.add_accruals(&e, &co.id, march(), &good).await);
    assert_eq!(s.accruals(&v, &co.id, march()).await.unwrap().len(), 2, "{n}: none of the batch");
    let own_bonus = s.accruals(&v, &co.id, march()).await.unwrap().remove(0);
    closed(n, "delete from a closed month", s.delete_accrual(&e, &co.id, &own_bonus.id).await);
    assert_eq!(s.add_accruals(&e, &co.id, march(), &good[2..]).await.unwrap(), 1, "{n}: another employer's month");
    // A person whose contract names the company's own BIN is on its own payroll too.
    let own_bin = kzcomply_store::ContractInput { employer_bin: Some("150840022712".into()), ..contract("Clerk") };
    let dana = s.create_person(&e, &co.id, person("P3", "Дана", "850930300380")).await.unwrap();
    s.create_contract(&e, &dana.id, &own_bin).await.unwrap();
    closed(n, "the own BIN's month", s.add_accruals(&e, &co.id, march(), &[amount(&dana.id, "bonus", 1)]).await);
    // April is open.
    s.add_accruals(&e, &co.id, YearMonth::new(2026, 4).unwrap(), &[amount(&dana.id, "bonus", 1)]).await.unwrap();

    // A person and a company with accruals and runs can still be deleted (they go with them).
    s.delete_person(&e, &asel.id).await.unwrap();
    s.delete_company(&e, &co.id).await.unwrap();
    assert_eq!(db.raw.count("SELECT COUNT(*) FROM accruals").await, 0, "{n}");
    assert_eq!(db.raw.count("SELECT COUNT(*) FROM payroll_runs").await, 0, "{n}");
}

// ---- tenancy ----

#[tokio::test(flavor = "multi_thread")]
async fn another_organisation_cannot_see_or_change_a_run() {
    for db in backends().await {
        check_tenancy(&db).await;
        db.finish().await;
    }
}

async fn check_tenancy(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org_a = s.create_org("Alpha", OrgKind::Provider).await.unwrap();
    let org_b = s.create_org("Beta", OrgKind::Employer).await.unwrap();
    let (a, b) = (scope(&org_a.id, Role::Admin), scope(&org_b.id, Role::Admin));
    let co = s.create_company(&a, &company("Alpha Host LLP")).await.unwrap();
    let pe = s.create_person(&a, &co.id, person("E1", "Асель", "960812401830")).await.unwrap();
    let run = s.save_run(&a, &co.id, "", march(), &json!({"a": 1})).await.unwrap();
    s.add_accruals(&a, &co.id, march(), &[amount(&pe.id, "bonus", 1)]).await.unwrap();
    let accrual = s.accruals(&a, &co.id, march()).await.unwrap().remove(0);
    // B's own company, to try A's person and accrual through it.
    let b_co = s.create_company(&b, &company("Beta Host LLP")).await.unwrap();
    let a_log = s.audit_log(&a, &LogFilter::default()).await.unwrap();

    not_found(n, "run", s.run(&b, &co.id, "", march()).await);
    not_found(n, "runs", s.runs(&b, &co.id, "", 2026).await);
    not_found(n, "save_run", s.save_run(&b, &co.id, "", march(), &json!({"b": 1})).await);
    not_found(n, "approve_run", s.approve_run(&b, &co.id, "", march()).await);
    not_found(n, "close_run", s.close_run(&b, &co.id, "", march()).await);
    not_found(n, "accruals", s.accruals(&b, &co.id, march()).await);
    not_found(n, "add_accruals", s.add_accruals(&b, &co.id, march(), &[amount(&pe.id, "bonus", 1)]).await);
    not_found(n, "delete_accrual", s.delete_accrual(&b, &co.id, &accrual.id).await);
    not_found(n, "delete_accrual via B's company", s.delete_accrual(&b, &b_co.id, &accrual.id).await);
    let p = problems(
        n,
        "A's person in B's company",
        s.add_accruals(&b, &b_co.id, march(), &[amount(&pe.id, "bonus", 1)]).await,
    );
    assert_eq!((p[0].row, p[0].field.as_str()), (Some(1), "person_id"), "{n}");
    assert_eq!(s.run(&b, &b_co.id, "", march()).await.unwrap(), None, "{n}: B's company has no run");
    assert!(s.accruals(&b, &b_co.id, march()).await.unwrap().is_empty(), "{n}");

    assert_eq!(s.run(&a, &co.id, "", march()).await.unwrap(), Some(run), "{n}: A's run unchanged");
    assert_eq!(s.accruals(&a, &co.id, march()).await.unwrap(), [accrual], "{n}: A's accruals unchanged");
    assert_eq!(s.audit_log(&a, &LogFilter::default()).await.unwrap(), a_log, "{n}: A's log unchanged");
    let b_log = s.audit_log(&b, &LogFilter::default()).await.unwrap();
    assert!(b_log.iter().all(|x| x.entity != "payroll_run" && x.entity != "accrual"), "{n}: {b_log:?}");
}
