//! The migrations: every file read by the tests, applied once (reopening migrates nothing twice),
//! never destructive, and the same tables, columns and constraints on SQLite and PostgreSQL.

mod common;

use common::{
    backends, column_rules, company, create_tables, destructive, first_word, is_table_constraint, scope, with_database,
};
use kzcomply_store::{OrgKind, Role, Store};

/// Every migration of each backend, in order (a test below checks none is left out).
const SQLITE_SQL: &str = concat!(
    include_str!("../migrations/sqlite/0001_init.sql"),
    include_str!("../migrations/sqlite/0002_rule_values.sql"),
    include_str!("../migrations/sqlite/0003_audit_log_org_seq.sql"),
    include_str!("../migrations/sqlite/0004_user_language.sql"),
    include_str!("../migrations/sqlite/0005_payroll_runs.sql")
);
const POSTGRES_SQL: &str = concat!(
    include_str!("../migrations/postgres/0001_init.sql"),
    include_str!("../migrations/postgres/0002_rule_values.sql"),
    include_str!("../migrations/postgres/0003_audit_log_org_seq.sql"),
    include_str!("../migrations/postgres/0004_user_language.sql"),
    include_str!("../migrations/postgres/0005_payroll_runs.sql")
);
const MIGRATIONS: i64 = 5;

#[test]
fn the_migration_tests_read_every_migration() {
    for backend in ["sqlite", "postgres"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
        assert_eq!(
            std::fs::read_dir(dir).unwrap().count() as i64,
            MIGRATIONS,
            "{backend}: update SQLITE_SQL/POSTGRES_SQL"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn reopening_a_database_migrates_nothing_twice() {
    let tables = create_tables(SQLITE_SQL);
    for db in backends().await {
        let n = db.name;
        let org = db.store.create_org("Reopen Test", OrgKind::Employer).await.unwrap();
        db.store.create_company(&scope(&org.id, Role::Editor), &company("Kept LLP")).await.unwrap();
        let migrations = "SELECT COUNT(*) FROM _sqlx_migrations";
        assert_eq!(db.raw.count(migrations).await, MIGRATIONS, "{n}: every migration applied once");
        for _ in 0..2 {
            let again = Store::open(&db.url).await.unwrap_or_else(|e| panic!("{n}: reopening: {e}"));
            let kept = again.list_companies(&scope(&org.id, Role::Viewer)).await.unwrap();
            assert_eq!(kept.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["Kept LLP"], "{n}");
            again.close().await;
        }
        assert_eq!(db.raw.count(migrations).await, MIGRATIONS, "{n}: and not again");
        // The live schema has the migration file's columns, in order.
        for (table, items) in &tables {
            let want: Vec<&str> = items.iter().filter(|i| !is_table_constraint(i)).map(|i| first_word(i)).collect();
            assert_eq!(db.raw.columns(table).await, want, "{n}: columns of {table}");
        }
        db.finish().await;
    }
}

#[test]
fn migrations_are_not_destructive() {
    assert_eq!(destructive(SQLITE_SQL), Vec::<String>::new(), "sqlite migrations");
    assert_eq!(destructive(POSTGRES_SQL), Vec::<String>::new(), "postgres migrations");
    // The checker itself: it sees each destructive form, and not the trigger events the PostgreSQL
    // file uses (which it does contain, so the exclusion is what keeps it clean).
    let bad = "DROP TABLE a; ALTER TABLE b DROP COLUMN c; delete from d; TRUNCATE TABLE e; truncate f;";
    assert_eq!(destructive(bad), ["DROP TABLE", "DROP COLUMN", "DELETE FROM", "TRUNCATE TABLE", "TRUNCATE F"]);
    assert!(POSTGRES_SQL.contains("BEFORE TRUNCATE ON") && POSTGRES_SQL.contains("UPDATE OR DELETE ON"));
    assert!(destructive("-- DROP TABLE in a comment\nCREATE TRIGGER t BEFORE DELETE ON x BEGIN END;").is_empty());
}

#[test]
fn both_migrations_define_the_same_tables() {
    let (lite, pg) = (create_tables(SQLITE_SQL), create_tables(POSTGRES_SQL));
    let names = |t: &[(String, Vec<String>)]| t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    let expected = "orgs users memberships api_tokens sessions companies people contracts events payroll_months \
                    import_drafts audit_log rule_values audit_log_counters audit_log_backfill accruals payroll_runs";
    assert_eq!(names(&lite), expected.split(' ').collect::<Vec<_>>(), "sqlite tables");
    assert_eq!(names(&pg), names(&lite), "postgres tables");
    for ((table, l), (_, p)) in lite.iter().zip(&pg) {
        let columns = |items: &[String]| {
            items.iter().filter(|i| !is_table_constraint(i)).map(|i| first_word(i).to_string()).collect::<Vec<_>>()
        };
        assert_eq!(columns(p), columns(l), "columns of {table}");
        let constraints =
            |items: &[String]| items.iter().filter(|i| is_table_constraint(i)).cloned().collect::<Vec<_>>();
        assert_eq!(constraints(p), constraints(l), "table constraints of {table}");
        for (lc, pc) in l.iter().zip(p).filter(|(i, _)| !is_table_constraint(i)) {
            assert_eq!(column_rules(pc), column_rules(lc), "constraints of {table}.{}", first_word(lc));
        }
    }
    // The parser saw what it should: 10 columns in audit_log (org_seq added by 0003), `kind`'s
    // multi-line CHECK in events, and the column a later migration added to api_tokens.
    let audit_log = &lite.iter().find(|(t, _)| t == "audit_log").unwrap().1;
    assert_eq!((audit_log.len(), audit_log.last().unwrap().as_str()), (10, "org_seq BIGINT"));
    assert!(lite.iter().find(|(t, _)| t == "api_tokens").unwrap().1.last().unwrap().starts_with("expires_at"));
    let kind = lite.iter().find(|(t, _)| t == "events").unwrap().1.iter().find(|i| i.starts_with("kind ")).unwrap();
    assert!(kind.ends_with("'mentor_appointed', 'trip'))"), "{kind}");
}

#[test]
fn the_postgres_url_names_the_test_database() {
    let db = "kzc_test_00ff";
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", db),
        format!("postgres://postgres@127.0.0.1:5432/{db}")
    );
    assert_eq!(
        with_database("postgresql://u:p@h/x?sslmode=disable", db),
        format!("postgresql://u:p@h/{db}?sslmode=disable")
    );
    assert_eq!(with_database("postgres://h:5432", db), format!("postgres://h:5432/{db}"));
}
