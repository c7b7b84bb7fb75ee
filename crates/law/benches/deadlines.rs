//! Calendar, deadline and fine throughput on one core: what an audit of many people costs.
//! Run: `cargo bench -p kzcomply-law --bench deadlines`. Prints figures; asserts nothing about time.

use kzcomply_law::RuleBook;
use kzcomply_law::calendar::{Calendar, Week};
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::fines::{Offender, Violation, fine};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let book = RuleBook::embedded();
    let t = Instant::now();
    let cal = Calendar::from_rules(&book).unwrap();
    println!("build the calendar (2024–2027, both weeks) {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);

    let days: Vec<jiff::civil::Date> = (0..100_000i64)
        .map(|i| jiff::civil::date(2024, 1, 1).checked_add(jiff::Span::new().days(i % 1000)).unwrap())
        .collect();
    let t = Instant::now();
    for d in &days {
        black_box(cal.add_working_days(black_box(*d), 5, Week::FiveDay).unwrap());
    }
    println!("add 5 working days                          {:>8.0} ns", t.elapsed().as_secs_f64() / 1e5 * 1e9);

    let opts = DeadlineOptions::default();
    let as_of = jiff::civil::date(2026, 11, 21);
    let t = Instant::now();
    for (i, d) in days.iter().enumerate() {
        let event = [Event::EsutdNewContract, Event::EsutdTermination, Event::EsutdAmendment][i % 3];
        let dl = deadline(&book, &cal, event, *d, &opts).unwrap();
        black_box(dl.status(as_of, None));
    }
    let per = t.elapsed().as_secs_f64() / 1e5;
    println!("ESUTD deadline + status                     {:>8.2} µs = {:>5.0} k/s", per * 1e6, 1e-3 / per);

    let first_fine_day = jiff::civil::date(2026, 3, 12);
    let t = Instant::now();
    for (i, d) in days.iter().enumerate() {
        let on = (*d).max(first_fine_day);
        black_box(fine(&book, Violation::EsutdLate, on, Offender::ALL[i % 6], i % 2 == 0).unwrap());
    }
    println!("fine in tenge                               {:>8.2} µs", t.elapsed().as_secs_f64() / 1e5 * 1e6);
}
