//! Engine throughput: employee-months per second on one core, without I/O.
//! Run: `cargo bench -p kzcomply-law`. Prints figures; asserts nothing about time.

use kzcomply_law::payroll::{EmployeeMonth, Exclusions, PayrollRules, Profile, YearToDate, calculate, gross_for_net};
use kzcomply_law::{Money, RuleBook, Status, YearMonth};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let book = RuleBook::embedded();
    let periods: Vec<YearMonth> = ["2024-06", "2025-06", "2026-06"].iter().map(|p| p.parse().unwrap()).collect();

    let t = Instant::now();
    let n_resolve = 3_000;
    for i in 0..n_resolve {
        black_box(PayrollRules::for_period(&book, periods[i % 3]).unwrap());
    }
    let per_resolve = t.elapsed().as_secs_f64() / n_resolve as f64;
    println!("resolve a month's rules      {:>8.1} µs (once per period, not per row)", per_resolve * 1e6);

    let rules: Vec<PayrollRules> = periods.iter().map(|p| PayrollRules::for_period(&book, *p).unwrap()).collect();
    // A varied population: every status, gross from 60,000 to 6,000,000.
    let months: Vec<(usize, EmployeeMonth)> = (0..1_000_000u64)
        .map(|i| {
            let r = (i % 3) as usize;
            let gross = Money::from_tenge(60_000 + (i.wrapping_mul(7919) % 5_940_000) as i64);
            let profile = Profile { status: Status::ALL[(i % 4) as usize], ..Profile::default() };
            (
                r,
                EmployeeMonth {
                    period: periods[r],
                    gross,
                    profile,
                    ytd: YearToDate::default(),
                    excluded: Exclusions::NONE,
                },
            )
        })
        .collect();
    for round in 0..3 {
        let t = Instant::now();
        let mut total = Money::ZERO;
        for (r, m) in &months {
            total += calculate(&rules[*r], black_box(m)).employer_cost;
        }
        let secs = t.elapsed().as_secs_f64();
        black_box(total);
        println!(
            "gross → net, round {round}        {:>8.0} ns/employee-month = {:>6.1} million employee-months/s",
            secs / months.len() as f64 * 1e9,
            months.len() as f64 / secs / 1e6
        );
    }

    let t = Instant::now();
    let n = 20_000;
    for i in 0..n {
        let target = Money::from_tenge(50_000 + (i * 997 % 3_000_000) as i64);
        black_box(gross_for_net(&rules[i % 3], Profile::default(), YearToDate::default(), target).unwrap());
    }
    println!("net → gross                  {:>8.2} µs per search", t.elapsed().as_secs_f64() / n as f64 * 1e6);
}
