//! The workforce import at volume: a first import, an unchanged re-import and a re-import that
//! changes every row, of 1,000, 10,000 and 30,000 people, on SQLite (a temp file) and, when
//! `KZCOMPLY_TEST_POSTGRES_URL` is set, on PostgreSQL. Run:
//! `KZCOMPLY_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench -p kzcomply-store`
//! (`-- 5000` for other sizes). Prints seconds and SQL statements; asserts nothing about time.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{backends, company, scope, synthetic_people};
use kzcomply_audit::Supplied;
use kzcomply_law::Money;
use kzcomply_store::{OrgKind, Role};
use std::time::Instant;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1_000, 10_000, 30_000] } else { sizes };
    for n in sizes {
        let people = synthetic_people("B", n);
        let mut changed = people.clone();
        for p in &mut changed {
            p.monthly_gross = Money::from_tiyn(p.monthly_gross.tiyn() + 100);
        }
        for db in backends().await {
            let s = &db.store;
            let org = s.create_org("Bench", OrgKind::Provider).await.unwrap();
            let e = scope(&org.id, Role::Editor);
            let co = s.create_company(&e, &company("Bench LLP")).await.unwrap();
            for (what, rows) in
                [("first import", &people), ("re-import, unchanged", &people), ("re-import, all changed", &changed)]
            {
                let before = s.statements();
                let t = Instant::now();
                let summary = s.import_workforce(&e, &co.id, rows, &Supplied::all(), "bench.csv").await.unwrap();
                let secs = t.elapsed().as_secs_f64();
                println!(
                    "{:<8} {n:>6} rows  {what:<24} {secs:>7.2} s  {:>7} statements  ({} created, {} updated, {} unchanged, {} events)",
                    db.name,
                    s.statements() - before,
                    summary.people_created,
                    summary.people_updated,
                    summary.people_unchanged,
                    summary.events_added
                );
            }
            db.finish().await;
        }
    }
}
