//! One IIN is one person, and each organisation's audit log is numbered on its own; on SQLite and,
//! when `KZCOMPLY_TEST_POSTGRES_URL` is set, on PostgreSQL.
//!
//! - A second person of a company with an IIN it already has is refused, by the API (a conflict
//!   naming the first) and by the import (each row named, with the row or stored person it
//!   duplicates); a pair stored before the rule stays, does not block an import that leaves it, and
//!   the stored company's audit reports it exactly as the audit of the same file does.
//! - The log's numbers are 1, 2, 3 … per organisation, also with concurrent writers, and the
//!   entries of a database written before migration 0003 are numbered by the migration.

mod common;

use common::{TestDb, backends, backends_upgraded_from, company, person, problems, scope, synthetic_people};
use kzcomply_audit::Supplied;
use kzcomply_store::{LogFilter, OrgKind, Role, StoreError};

#[track_caller]
fn conflict<T: std::fmt::Debug>(n: &str, what: &str, r: Result<T, StoreError>) -> String {
    match r {
        Err(StoreError::Conflict(m)) => m.to_string(),
        other => panic!("{n}: {what}: expected Conflict, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_person_with_an_iin_is_refused() {
    for db in backends().await {
        check_api(&db).await;
        check_import(&db).await;
        db.finish().await;
    }
}

async fn check_api(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("IIN Test", OrgKind::Provider).await.unwrap();
    let other_org = s.create_org("Other IIN Test", OrgKind::Employer).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Host LLP")).await.unwrap();
    let asel = s.create_person(&e, &co.id, person("E1", "Асель Кенжебаева", "960812401830")).await.unwrap();
    let m = conflict(n, "same IIN", s.create_person(&e, &co.id, person("E2", "Болат", "960812401830")).await);
    assert!(m.contains("960812401830") && m.contains("E1") && m.contains("Асель Кенжебаева"), "{n}: {m}");
    // Another company, or another organisation, is another employer: its records are its own.
    let sister = s.create_company(&e, &company("Sister LLP")).await.unwrap();
    s.create_person(&e, &sister.id, person("S1", "Асель Кенжебаева", "960812401830")).await.unwrap();
    let theirs = scope(&other_org.id, Role::Editor);
    let their_co = s.create_company(&theirs, &company("Their LLP")).await.unwrap();
    s.create_person(&theirs, &their_co.id, person("T1", "Асель Кенжебаева", "960812401830")).await.unwrap();

    let bolat = s.create_person(&e, &co.id, person("E2", "Болат Оспанов", "910722302745")).await.unwrap();
    let m = conflict(
        n,
        "update to a taken IIN",
        s.update_person(&e, &bolat.id, person("E2", "Болат", "960812401830")).await,
    );
    assert!(m.contains("E1"), "{n}: {m}");
    assert_eq!(s.person(&e, &bolat.id).await.unwrap().iin, "910722302745", "{n}: refused, nothing changed");
    // Keeping one's own IIN is not a conflict with oneself.
    s.update_person(&e, &asel.id, person("E1", "Асель Кенжебаева-Ли", "960812401830")).await.unwrap();

    // Four writers adding one IIN at once: the company's lock lets exactly one through.
    let racers: Vec<_> = (0..4)
        .map(|i| {
            let (s, e, co) = (s.clone(), e.clone(), co.id.clone());
            tokio::spawn(
                async move { s.create_person(&e, &co, person(&format!("R{i}"), "Racer", "790104305613")).await },
            )
        })
        .collect();
    let mut created = 0;
    for r in racers {
        match r.await.unwrap() {
            Ok(_) => created += 1,
            Err(StoreError::Conflict(_)) => {}
            Err(other) => panic!("{n}: a racer failed otherwise: {other}"),
        }
    }
    assert_eq!(created, 1, "{n}: people created with IIN 790104305613");
}

async fn check_import(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("IIN Import", OrgKind::Provider).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let co = s.create_company(&e, &company("Import LLP")).await.unwrap();
    let mut file = synthetic_people("L", 4);
    // Rows 2–5 = L000000–L000003. Row 5 takes row 3's IIN: both rows are named, each with the other.
    file[3].iin = file[1].iin.clone();
    let p = problems(
        n,
        "a file with one IIN twice",
        s.import_workforce(&e, &co.id, &file, &Supplied::all(), "dup.csv").await,
    );
    let got: Vec<(Option<usize>, &str)> = p.iter().map(|p| (p.row, p.field.as_str())).collect();
    assert_eq!(got, [(Some(3), "iin"), (Some(5), "iin")], "{n}: {p:?}");
    assert!(p[0].message.contains("row 5 (id L000003)") && p[1].message.contains("row 3 (id L000001)"), "{n}: {p:?}");
    assert!(s.list_people(&e, &co.id).await.unwrap().is_empty(), "{n}: nothing was imported");

    let file = synthetic_people("L", 4);
    s.import_workforce(&e, &co.id, &file, &Supplied::all(), "ok.csv").await.unwrap();
    // A later file with someone new who has a stored person's IIN: refused, naming the stored person.
    let mut next = synthetic_people("M", 1);
    next[0].iin = file[2].iin.clone();
    let p =
        problems(n, "a stored person's IIN", s.import_workforce(&e, &co.id, &next, &Supplied::all(), "m.csv").await);
    assert_eq!(p.len(), 1, "{n}: {p:?}");
    assert_eq!((p[0].row, p[0].field.as_str()), (Some(2), "iin"), "{n}");
    assert!(p[0].message.contains("L000002") && p[0].message.contains("Person L2"), "{n}: {p:?}");
    // Two stored people exchanging their IINs in one file is no duplicate once the file is in.
    let mut swapped = file.clone();
    (swapped[0].iin, swapped[1].iin) = (file[1].iin.clone(), file[0].iin.clone());
    let summary = s.import_workforce(&e, &co.id, &swapped, &Supplied::all(), "swap.csv").await.unwrap();
    assert_eq!((summary.people_updated, summary.people_unchanged), (2, 2), "{n}");

    // A pair stored before the rule (made here behind the store's back) stays, and a file that
    // leaves it as it is still imports (a file that holds both is refused like any other); the audit
    // of the stored company reports the pair exactly as the audit of the same rows as a file does.
    let taken = &swapped[0].iin;
    db.raw.exec(&format!("UPDATE people SET iin = '{taken}' WHERE ext_id = 'L000003'")).await.unwrap();
    let summary = s.import_workforce(&e, &co.id, &swapped[..3], &Supplied::all(), "three.csv").await.unwrap();
    assert_eq!(summary.people_unchanged, 3, "{n}");
    let mut legacy = swapped.clone();
    legacy[3].iin = taken.clone();
    problems(n, "a file with the pair", s.import_workforce(&e, &co.id, &legacy, &Supplied::all(), "pair.csv").await);
    let (facts, stored) = s.workforce(&e, &co.id).await.unwrap();
    let book = kzcomply_law::RuleBook::embedded();
    let calendar = kzcomply_law::calendar::Calendar::from_rules(&book).unwrap();
    let as_of = common::date(2026, 11, 20);
    let all = Supplied::all();
    let duplicates = |people: &[kzcomply_audit::Person]| {
        let report =
            kzcomply_audit::audit(&book, &calendar, &facts, people, &all, as_of, kzcomply_i18n::Lang::En).unwrap();
        let found: Vec<_> = report.findings.into_iter().filter(|f| f.rule == "duplicate-iin").collect();
        serde_json::to_value(found).unwrap()
    };
    let of_store = duplicates(&stored);
    assert_eq!(of_store, duplicates(&legacy), "{n}: the stored audit and the file audit");
    assert_eq!(of_store[0]["people"], serde_json::json!(["L000000", "L000003"]), "{n}: {of_store}");
    assert_eq!(of_store[0]["severity"], "risk", "{n}");
    // Their other details can still be corrected one by one.
    let l3 = s.list_people(&e, &co.id).await.unwrap().into_iter().find(|p| p.ext_id == "L000003").unwrap();
    s.update_person(&e, &l3.id, person("L000003", "Person L3 (renamed)", taken)).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn each_organisation_numbers_its_own_log() {
    for db in backends().await {
        let (s, n) = (&db.store, db.name);
        let a = s.create_org("Alpha", OrgKind::Provider).await.unwrap();
        let b = s.create_org("Beta", OrgKind::Provider).await.unwrap();
        let (ea, eb) = (scope(&a.id, Role::Editor), scope(&b.id, Role::Editor));
        // Eight writers at once, each creating 5 companies in A and 5 in B, interleaved.
        let mut tasks = Vec::new();
        for w in 0..8 {
            let (s, ea, eb) = (s.clone(), ea.clone(), eb.clone());
            tasks.push(tokio::spawn(async move {
                for i in 0..5 {
                    s.create_company(&ea, &company(&format!("A{w}-{i}"))).await.unwrap();
                    s.create_company(&eb, &company(&format!("B{w}-{i}"))).await.unwrap();
                }
            }));
        }
        for t in tasks {
            t.await.unwrap_or_else(|e| panic!("{n}: a writer failed: {e}"));
        }
        // Each log: its org's creation, then 40 companies: 41 entries numbered 41 … 1.
        for (who, e) in [("A", &ea), ("B", &eb)] {
            let seqs: Vec<i64> = s.audit_log(e, &LogFilter::default()).await.unwrap().iter().map(|x| x.seq).collect();
            assert_eq!(seqs, (1..=41).rev().collect::<Vec<i64>>(), "{n}: {who}'s log");
        }
        // The database refuses a second entry with a number its organisation has used.
        let dup = format!(
            "INSERT INTO audit_log (org_id, org_seq, at, actor, action, entity, entity_id) \
             VALUES ('{}', 41, '2026-01-01T00:00:00Z', 'x', 'create', 'company', 'x')",
            a.id
        );
        let err = db.raw.exec(&dup).await.expect_err("a repeated org_seq");
        assert!(err.to_string().to_lowercase().contains("unique"), "{n}: {err}");
        db.finish().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_log_written_before_the_upgrade_is_numbered_by_it() {
    // A database at migration 2 with two organisations whose entries interleave: A, B, A, A, B.
    let org = |id: &str| {
        format!(
            "INSERT INTO orgs (id, name, kind, created_at) VALUES ('{id}', '{id}', 'provider', '2026-01-01T00:00:00Z')"
        )
    };
    let entry = |id: &str, what: &str| {
        format!(
            "INSERT INTO audit_log (org_id, at, actor, action, entity, entity_id) \
             VALUES ('{id}', '2026-01-01T00:00:00Z', 'system', 'create', 'company', '{what}')"
        )
    };
    let setup = [
        org("org_a"),
        org("org_b"),
        entry("org_a", "a1"),
        entry("org_b", "b1"),
        entry("org_a", "a2"),
        entry("org_a", "a3"),
        entry("org_b", "b2"),
    ];
    let setup: Vec<&str> = setup.iter().map(String::as_str).collect();
    for db in backends_upgraded_from(2, &setup).await {
        let (s, n) = (&db.store, db.name);
        let (ea, eb) = (scope("org_a", Role::Editor), scope("org_b", Role::Editor));
        let numbered = async |e: &kzcomply_store::Scope| -> Vec<(i64, String)> {
            s.audit_log(e, &LogFilter::default()).await.unwrap().into_iter().map(|x| (x.seq, x.entity_id)).collect()
        };
        let pairs = |v: &[(i64, &str)]| v.iter().map(|(s, id)| (*s, id.to_string())).collect::<Vec<_>>();
        assert_eq!(numbered(&ea).await, pairs(&[(3, "a3"), (2, "a2"), (1, "a1")]), "{n}: A before");
        assert_eq!(numbered(&eb).await, pairs(&[(2, "b2"), (1, "b1")]), "{n}: B before");
        // New entries carry on from there.
        let ca = s.create_company(&ea, &company("After A LLP")).await.unwrap();
        let cb = s.create_company(&eb, &company("After B LLP")).await.unwrap();
        assert_eq!(numbered(&ea).await[0], (4, ca.id), "{n}: A after");
        assert_eq!(numbered(&eb).await[0], (3, cb.id), "{n}: B after");
        // The old rows were not touched (org_seq NULL); their numbers are append-only too.
        assert_eq!(db.raw.count("SELECT COUNT(*) FROM audit_log WHERE org_seq IS NULL").await, 5, "{n}");
        assert_eq!(db.raw.count("SELECT COUNT(*) FROM audit_log_backfill").await, 5, "{n}");
        for sql in ["UPDATE audit_log_backfill SET org_seq = 9", "DELETE FROM audit_log_backfill"] {
            let err = db.raw.exec(sql).await.expect_err(sql);
            assert!(err.to_string().contains("append-only"), "{n}: {sql}: {err}");
        }
        db.finish().await;
    }
}
