//! The audit of a 100,000-person company on one core: import from CSV and the checks.
//! Run: `cargo bench -p kzcomply-audit`. Prints figures; asserts nothing about time.

use kzcomply_audit::{Company, audit, import};
use kzcomply_i18n::Lang;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::Calendar;
use std::fmt::Write;
use std::hint::black_box;
use std::time::Instant;

/// A synthetic company: mostly direct staff in 50 positions × 20 departments, some outstaffed,
/// contractors and foreign workers, a spread of start dates and ESUTD registrations.
fn csv(n: usize) -> String {
    let mut s = String::from(
        "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date,contract_number,contract_date,place_of_work,contract_end_date,esutd_registered_on,employer_bin,work_permit_until,paid_leave_days\n",
    );
    for i in 0..n {
        let engagement =
            ["direct", "direct", "direct", "direct", "direct", "direct", "outstaffed", "contractor"][i % 8];
        let citizenship = if i % 13 == 0 { "TR" } else { "KZ" };
        let start = jiff::civil::date(2024, 1, 1).checked_add(jiff::Span::new().days((i % 900) as i64)).unwrap();
        let reg = start.checked_add(jiff::Span::new().days((i % 9) as i64)).unwrap();
        writeln!(
            s,
            "{i},Person {i},{},{citizenship},{engagement},Position {},Dept {},{},{},{start},{i},{start},Almaty,indefinite,{reg},,2027-01-01,24",
            iin(i),
            i % 50,
            i % 20,
            1 + i % 4,
            300_000 + (i * 7919) % 900_000
        )
        .unwrap();
    }
    s
}

/// A valid IIN of its own for person `i` (born from 1 Jan 1990 on, 2,500 people a birth date,
/// four serials each, the first with a check digit used): every person distinct, as in a real
/// company, so the duplicate-IIN check has nothing to report.
fn iin(i: usize) -> String {
    let born = jiff::civil::date(1990, 1, 1).checked_add(jiff::Span::new().days((i / 2500) as i64)).unwrap();
    let yymmdd = format!("{:02}{:02}{:02}", born.year() % 100, born.month(), born.day());
    for serial in (i % 2500) * 4..(i % 2500) * 4 + 4 {
        let text = format!("{yymmdd}3{serial:04}0");
        let mut d = [0u8; 12];
        for (slot, b) in d.iter_mut().zip(text.bytes()) {
            *slot = b - b'0';
        }
        if let Some(c) = kzcomply_law::ids::check_digit(&d) {
            return format!("{}{c}", &text[..11]);
        }
    }
    unreachable!("one of four serials has a check digit")
}

fn main() {
    let rules = RuleBook::embedded();
    let calendar = Calendar::from_rules(&rules).unwrap();
    let company = Company {
        name: "Bench".into(),
        bin: Some("050440001239".into()),
        income_mrp: Some(1_000_000),
        branch_of_foreign_company: false,
    };
    let n = 100_000;
    let text = csv(n);
    let t = Instant::now();
    let w = import::from_csv(text.as_bytes(), Lang::En).unwrap();
    let import_s = t.elapsed().as_secs_f64();
    println!("import {n} people from CSV ({:.1} MB)   {:>8.0} ms", text.len() as f64 / 1e6, import_s * 1e3);
    for round in 0..3 {
        let t = Instant::now();
        let as_of = jiff::civil::date(2026, 11, 20);
        let report = audit(&rules, &calendar, &company, black_box(&w.people), &w.supplied, as_of, Lang::En).unwrap();
        println!(
            "audit {n} people, round {round}              {:>8.0} ms  ({} findings)",
            t.elapsed().as_secs_f64() * 1e3,
            report.findings.len()
        );
    }
}
