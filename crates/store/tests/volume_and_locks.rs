//! The store under volume and contention, on SQLite and, when `KZCOMPLY_TEST_POSTGRES_URL` is set,
//! on PostgreSQL: an import costs a bounded number of statements whatever its size (no round trip
//! per row, and none at all for rows that change nothing); a write waits for SQLite's write lock
//! instead of failing; writes beside a running import both land; a new SQLite file is private to
//! its owner. Time is never asserted: the import bench (`cargo bench -p kzcomply-store`) measures it.

mod common;

use common::{Raw, TestDb, backends, company, scope, synthetic_people};
use kzcomply_audit::Supplied;
use kzcomply_law::Money;
use kzcomply_store::{ImportSummary, LogFilter, OrgKind, Role, Scope, Store};
use std::time::Duration;

/// The statements one import runs, and its summary.
async fn cost(s: &Store, e: &Scope, company_id: &str, rows: &[kzcomply_audit::Person]) -> (u64, ImportSummary) {
    let before = s.statements();
    let summary = s.import_workforce(e, company_id, rows, &Supplied::all(), "volume.csv").await.unwrap();
    (s.statements() - before, summary)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_import_costs_a_bounded_number_of_statements() {
    for db in backends().await {
        check_import_cost(&db).await;
        db.finish().await;
    }
}

async fn check_import_cost(db: &TestDb) {
    let (s, n) = (&db.store, db.name);
    let org = s.create_org("Volume", OrgKind::Provider).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    let (small, big) = (synthetic_people("S", 300), synthetic_people("B", 600));
    let co_small = s.create_company(&e, &company("Small LLP")).await.unwrap();
    let co_big = s.create_company(&e, &company("Big LLP")).await.unwrap();

    // First imports: rows go in multi-row statements. 600 people with 2.1 events each are 600
    // people + 600 contracts + 1,260 events + 2,461 log entries; in single-row statements that
    // would be 4,921 statements.
    let (first_small, summary) = cost(s, &e, &co_small.id, &small).await;
    assert_eq!((summary.people_created, summary.events_added), (300, 630), "{n}: 300 × 2 + 30 permits");
    let (first_big, summary) = cost(s, &e, &co_big.id, &big).await;
    assert_eq!((summary.people_created, summary.events_added), (600, 1_260), "{n}: 600 × 2 + 60 permits");
    assert!(first_big < 40, "{n}: a first import of 600 people ran {first_big} statements");
    assert!(first_big <= 2 * first_small, "{n}: 600 people cost {first_big} statements, 300 cost {first_small}");

    // Unchanged re-imports: BEGIN, the company's lock, the company, its people, contracts and
    // events, the supplied columns read and written, the log counter, the log entry, COMMIT — 11,
    // whatever the size.
    let (again_small, summary) = cost(s, &e, &co_small.id, &small).await;
    assert_eq!((summary.people_unchanged, summary.events_added), (300, 0), "{n}");
    let (again_big, summary) = cost(s, &e, &co_big.id, &big).await;
    assert_eq!((summary.people_unchanged, summary.events_added), (600, 0), "{n}");
    assert_eq!((again_small, again_big), (11, 11), "{n}: an unchanged re-import");

    // Every contract changed: one UPDATE per row on top of the 11, and the log's 301 or 601
    // entries in statements of 444 (4,000 parameters / 9 columns): 1 and 2 statements.
    let raise = |rows: &[kzcomply_audit::Person]| {
        rows.iter()
            .map(|p| kzcomply_audit::Person {
                monthly_gross: Money::from_tiyn(p.monthly_gross.tiyn() + 100),
                ..p.clone()
            })
            .collect::<Vec<_>>()
    };
    let (changed_small, summary) = cost(s, &e, &co_small.id, &raise(&small)).await;
    assert_eq!(summary.people_updated, 300, "{n}");
    let (changed_big, summary) = cost(s, &e, &co_big.id, &raise(&big)).await;
    assert_eq!(summary.people_updated, 600, "{n}");
    assert_eq!((changed_small, changed_big), (300 + 11, 600 + 11 + 1), "{n}: a re-import that changes every row");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_write_waits_for_the_sqlite_write_lock() {
    let db = backends().await.into_iter().next().expect("SQLite is always tested");
    let Raw::Sqlite(pool) = &db.raw else { panic!("the first backend is SQLite") };
    let org = db.store.create_org("Lock Test", OrgKind::Employer).await.unwrap();
    let e = scope(&org.id, Role::Editor);
    // Another connection takes the write lock and keeps it for a while, as a long import does.
    let mut holder = pool.acquire().await.unwrap();
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *holder).await.unwrap();
    let store = db.store.clone();
    let writer = tokio::spawn(async move { store.create_company(&e, &company("Patient LLP")).await });
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert!(!writer.is_finished(), "the write did not wait for the lock: {:?}", writer.await);
    sqlx::query("COMMIT").execute(&mut *holder).await.unwrap();
    drop(holder);
    let created = writer.await.unwrap().unwrap_or_else(|e| panic!("the waiting write failed: {e}"));
    assert_eq!(created.name, "Patient LLP");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn writes_beside_a_running_import_both_land() {
    for db in backends().await {
        let (s, n) = (&db.store, db.name);
        let org = s.create_org("Busy", OrgKind::Provider).await.unwrap();
        let e = scope(&org.id, Role::Editor);
        let co = s.create_company(&e, &company("Import LLP")).await.unwrap();
        let rows = synthetic_people("C", 2_000);
        let all = Supplied::all();
        let import = s.import_workforce(&e, &co.id, &rows, &all, "big.csv");
        let others = async {
            let mut made = Vec::new();
            for i in 0..5 {
                made.push(s.create_company(&e, &company(&format!("Beside {i} LLP"))).await);
            }
            made
        };
        let (imported, made) = tokio::join!(import, others);
        assert_eq!(imported.unwrap_or_else(|e| panic!("{n}: the import: {e}")).people_created, 2_000, "{n}");
        for m in made {
            m.unwrap_or_else(|e| panic!("{n}: a write beside the import: {e}"));
        }
        assert_eq!(s.list_companies(&e).await.unwrap().len(), 6, "{n}");
        // The organisation's log is numbered 1, 2, 3 … without a gap or a repeat: the org, 1 company
        // before and 5 beside the import, 2,000 people + 2,000 contracts + 4,200 events (2 each, and
        // 200 permits), the import itself: 1 + 1 + 5 + 2,000 + 2,000 + 4,200 + 1 = 8,208 entries.
        let log = s.audit_log(&e, &LogFilter { limit: Some(1_000), ..LogFilter::default() }).await.unwrap();
        let want: Vec<i64> = (8_208 - 999..=8_208).rev().collect();
        assert_eq!(log.iter().map(|x| x.seq).collect::<Vec<_>>(), want, "{n}: the newest 1,000 entries");
        db.finish().await;
    }
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn a_new_sqlite_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &str| std::fs::metadata(p).unwrap_or_else(|e| panic!("{p}: {e}")).permissions().mode() & 0o777;
    let db = backends().await.into_iter().next().expect("SQLite is always tested");
    db.store.create_org("Private", OrgKind::Employer).await.unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{}{suffix}", db.url);
        assert_eq!(mode(&file), 0o600, "{file}");
    }
    assert!(db.store.notices().is_empty(), "{:?}", db.store.notices());
    db.finish().await;

    // An existing file keeps the mode its owner gave it; the store says it is readable by others.
    let path = std::env::temp_dir().join(format!("kzc_test_{}.db", kzcomply_store::secrets::random_hex(8)));
    let url = path.to_str().unwrap().to_string();
    std::fs::write(&path, b"").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = Store::open(&url).await.unwrap();
    assert_eq!(mode(&url), 0o644, "an existing file's mode is left alone");
    let notices = store.notices().join("\n");
    assert!(notices.contains("mode 644") && notices.contains("chmod 600"), "{notices}");
    store.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{url}{suffix}"));
    }
}
