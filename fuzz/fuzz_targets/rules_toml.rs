//! Rule files: any text is a rule book or a list of problems, never a panic, whether read as a
//! whole book or as an overlay on the built-in rules; a book that loads also builds its calendar
//! and answers its coverage.
#![no_main]

use kzcomply_law::RuleBook;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static BASE: OnceLock<RuleBook> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let files = || [("fuzz.toml".to_string(), text.to_string())];
    if let Ok(book) = RuleBook::from_files(files()) {
        exercise(&book);
    }
    let base = BASE.get_or_init(RuleBook::embedded);
    if let Ok(book) = base.with_overlay(files()) {
        exercise(&book);
    }
});

fn exercise(book: &RuleBook) {
    use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
    let calendar = kzcomply_law::calendar::Calendar::from_rules(book);
    for day in [jiff::civil::date(1900, 1, 1), jiff::civil::date(2026, 3, 1), jiff::civil::date(9999, 12, 31)] {
        let _ = book.coverage(day);
        let _ = book.missing_on(day);
        if let Ok(calendar) = &calendar {
            for event in Event::ALL {
                let _ = deadline(book, calendar, event, day, &DeadlineOptions::default());
            }
        }
    }
    if let Some(p) = kzcomply_law::YearMonth::new(2026, 3) {
        let _ = kzcomply_law::payroll::PayrollRules::for_period(book, p);
    }
}
