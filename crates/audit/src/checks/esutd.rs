//! ESUTD: the seven fields of Order No. 353, valid IINs and BINs, one IIN per person, and
//! registration of new contracts and terminations on time (5 and 3 working days, CoAO art. 98
//! part 1-1 from 12 March 2026).

use super::{Context, NO_COMPANY_BIN, Out, no_column, people_count};
use crate::columns::Column;
use crate::finding::{Finding, FineStatus, Severity};
use crate::model::{Engagement, Person};
use jiff::civil::Date;
use kzcomply_law::Money;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::fines::Violation;
use kzcomply_law::ids::{parse_bin, parse_iin};
use std::collections::HashMap;

const BASIS_FIELDS: &str = "Order of the Minister of Labour No. 353 of 3 Sep 2020 (ESUTD rules): employee IIN, employer BIN, labour function, place of work, term, start date, contract date and number; CoAO art. 98 part 1-1 (incomplete information)";
const BASIS_IDS: &str = "Law of RK of 12 Jan 2007 No. 223 'On national registers of identification numbers' (structure and check digit); ESUTD records with a wrong IIN or BIN are inaccurate (CoAO art. 98 part 1-1)";

const BASIS_DUPLICATE: &str = "Law of RK of 12 Jan 2007 No. 223 'On national registers of identification numbers': an IIN is assigned to one individual, once; ESUTD records with a wrong IIN are inaccurate (CoAO art. 98 part 1-1)";

/// At most this many records are named in a `duplicate-iin` message (all are in `people`).
const NAMED_DUPLICATES: usize = 10;

fn direct(people: &[Person]) -> impl Iterator<Item = &Person> {
    people.iter().filter(|p| p.engagement == Engagement::Direct)
}

/// The Order 353 fields read from optional columns: the column, what it is, and how to fill it.
const OPTIONAL_FIELDS: [(Column, &str, &str); 4] = [
    (Column::PlaceOfWork, "place of work", "each direct employee's place of work"),
    (Column::ContractEndDate, "term", "each contract's end date, or `indefinite`"),
    (Column::ContractDate, "contract date", "each employment contract's date"),
    (Column::ContractNumber, "contract number", "each employment contract's number"),
];

pub fn missing_fields(ctx: &Context, people: &[Person], out: &mut Out) {
    const RULE: &str = "esutd-missing-field";
    let staff: Vec<&Person> = direct(people).filter(|p| p.is_active(ctx.as_of)).collect();
    if staff.is_empty() {
        return;
    }
    let who = people_count(staff.len(), "direct employee", "direct employees");
    if ctx.company_bin().is_none() {
        out.not_checked(
            RULE,
            format!("the employer BIN in the ESUTD records of {who} was not checked: {NO_COMPANY_BIN}"),
        );
    }
    for (column, what, add) in OPTIONAL_FIELDS.iter().filter(|f| !ctx.has(f.0)) {
        out.not_checked(
            RULE,
            format!("the {what} in the ESUTD records of {who} was not checked: {}", no_column(*column, add)),
        );
    }
    for p in staff {
        let mut missing = Vec::new();
        if p.iin.is_empty() {
            missing.push("employee IIN");
        }
        if p.position.trim().is_empty() {
            missing.push("labour function (position)");
        }
        // An empty cell in a column the file has is a field the record lacks; a column the file
        // does not have is not checked (above).
        let empty = |c: Column, blank: bool| ctx.has(c) && blank;
        if empty(Column::PlaceOfWork, p.place_of_work.is_none()) {
            missing.push("place of work");
        }
        if empty(Column::ContractEndDate, p.contract_end.is_none()) {
            missing.push("term (contract_end_date: a date or `indefinite`)");
        }
        if empty(Column::ContractDate, p.contract_date.is_none()) {
            missing.push("contract date");
        }
        if empty(Column::ContractNumber, p.contract_number.is_none()) {
            missing.push("contract number");
        }
        if missing.is_empty() {
            continue;
        }
        let message = format!("{} ({}): the ESUTD record lacks {}.", p.id, p.full_name, missing.join(", "));
        let mut f = Finding::new(RULE, Severity::Violation, vec![p.id.clone()], message, BASIS_FIELDS);
        ctx.price(&mut f, Violation::EsutdIncomplete, ctx.as_of, 1);
        out.push(f);
    }
}

/// Why a wrong identifier of someone who is not the host's employee costs the host nothing.
fn not_the_hosts_record(p: &Person, what: &str) -> String {
    let whose = match p.engagement {
        Engagement::Contractor => "civil-law contracts are not registered in ESUTD".to_string(),
        _ => {
            format!("{}'s ESUTD record is kept by their employer (the sending party), who should correct {what}", p.id)
        }
    };
    format!("no sanction found in the law against the host company: {whose}")
}

/// Records that share an IIN: one finding per IIN, naming every record, in file order. An IIN
/// is one person's, so either an IIN is wrong or one person has two records (and is counted twice
/// in the headcount and the quotas). Which one the file cannot say, so it is a `risk` without a
/// fine of its own.
fn duplicate_iins(people: &[Person], out: &mut Out) {
    let mut by_iin: HashMap<&str, Vec<&Person>> = HashMap::new();
    let mut order = Vec::new();
    for p in people.iter().filter(|p| !p.iin.trim().is_empty()) {
        let group = by_iin.entry(p.iin.trim()).or_default();
        if group.is_empty() {
            order.push(p.iin.trim());
        }
        group.push(p);
    }
    for iin in order {
        let group = &by_iin[iin];
        if group.len() < 2 {
            continue;
        }
        let mut named: Vec<String> =
            group.iter().take(NAMED_DUPLICATES).map(|p| format!("{} ({})", p.id, p.full_name)).collect();
        if group.len() > NAMED_DUPLICATES {
            named.push(format!("{} more", group.len() - NAMED_DUPLICATES));
        }
        let message = format!(
            "IIN {iin} is on {} records: {}. An IIN is one person's: either an IIN is wrong (an inaccurate ESUTD record) or one person has {} records and is counted more than once in the headcount and the quotas — correct the IIN, or keep one record per person.",
            group.len(),
            named.join(", "),
            group.len()
        );
        let ids = group.iter().map(|p| p.id.clone()).collect();
        let f = Finding::new("duplicate-iin", Severity::Risk, ids, message, BASIS_DUPLICATE);
        out.push(f.without_sanction(
            "no sanction found in the law for the duplicate itself; once the wrong IIN is known, an ESUTD record that carries it is inaccurate (esutd-inaccurate, CoAO art. 98 part 1-1)",
        ));
    }
}

pub fn identifiers(ctx: &Context, people: &[Person], out: &mut Out) {
    duplicate_iins(people, out);
    for p in people {
        if let Err(e) = parse_iin(&p.iin) {
            let message = format!("{} ({}): IIN {} is not valid: {e}.", p.id, p.full_name, p.iin);
            let mut f = Finding::new("invalid-iin", Severity::Violation, vec![p.id.clone()], message, BASIS_IDS);
            if p.engagement == Engagement::Direct {
                ctx.price(&mut f, Violation::EsutdInaccurate, ctx.as_of, 1);
            } else {
                f = f.without_sanction(not_the_hosts_record(p, "the IIN"));
            }
            out.push(f);
        }
    }
    let year = ctx.as_of.year();
    match ctx.company_bin() {
        None => out.not_checked("invalid-bin", format!("the company's own BIN was not checked: {NO_COMPANY_BIN}")),
        Some(bin) => {
            if let Err(e) = parse_bin(bin, year) {
                let message = format!(
                    "The company's BIN {bin} is not valid: {e}. Every ESUTD record of its employees carries it."
                );
                let staff: Vec<String> =
                    direct(people).filter(|p| p.is_active(ctx.as_of)).map(|p| p.id.clone()).collect();
                let count = staff.len();
                let mut f = Finding::new("invalid-bin", Severity::Violation, staff, message, BASIS_IDS);
                if count > 0 {
                    ctx.price(&mut f, Violation::EsutdInaccurate, ctx.as_of, count);
                } else {
                    f = f.without_sanction(
                        "no sanction found in the law yet: the company has no active direct staff, so no ESUTD record of its own carries the BIN",
                    );
                }
                out.push(f);
            }
        }
    }
    let provided =
        people.iter().filter(|p| matches!(p.engagement, Engagement::Outstaffed | Engagement::ThirdParty)).count();
    if provided > 0 && !ctx.has(Column::EmployerBin) {
        let who = people_count(provided, "outstaffed or third-party person", "outstaffed or third-party people");
        out.not_checked(
            "invalid-bin",
            format!(
                "the sending party's BIN of {who} was not checked: {}",
                no_column(Column::EmployerBin, "the BIN of each provided person's employer")
            ),
        );
    }
    for p in people {
        if let Some(bin) = &p.employer_bin
            && let Err(e) = parse_bin(bin, year)
        {
            let message = format!("{} ({}): the sending party's BIN {bin} is not valid: {e}.", p.id, p.full_name);
            let f = Finding::new("invalid-bin", Severity::Violation, vec![p.id.clone()], message, BASIS_IDS);
            out.push(f.without_sanction(not_the_hosts_record(p, "the BIN")));
        }
    }
}

/// One registration to check: the event that starts the clock, on which day, and when it was registered.
struct Registration<'a> {
    rule: &'static str,
    event: Event,
    from: Date,
    registered: Option<Date>,
    what: &'a str,
}

/// The three outcomes of a registration deadline: late, missing after the due date, or due soon.
fn registration_finding(ctx: &Context, p: &Person, reg: Registration, out: &mut Out) {
    let Registration { rule, event, from, registered, what } = reg;
    let d = match deadline(ctx.rules, ctx.calendar, event, from, &DeadlineOptions::default()) {
        Ok(d) => d,
        Err(e) => {
            if registered.is_none() {
                let message = format!(
                    "{} ({}): {what} of {from} has no ESUTD registration date, and its deadline cannot be computed: {e}.",
                    p.id, p.full_name
                );
                let mut f =
                    Finding::new(rule, Severity::Violation, vec![p.id.clone()], message, "Order No. 353 (ESUTD rules)");
                ctx.price(&mut f, Violation::EsutdMissing, ctx.as_of, 1);
                out.push(f);
            }
            return;
        }
    };
    let basis = format!("{} ({}); CoAO art. 98 part 1-1", d.basis.act, d.rule);
    let (severity, message, violation_day) = match registered {
        Some(r) if r <= d.due => return,
        Some(r) => {
            let late = kzcomply_law::calendar::days_between(d.due, r);
            (
                Severity::Violation,
                format!(
                    "{} ({}): {what} of {from} was registered in ESUTD on {r}, {late} day(s) after the deadline {}.",
                    p.id, p.full_name, d.due
                ),
                Some((Violation::EsutdLate, d.due.tomorrow().unwrap_or(d.due))),
            )
        }
        None if ctx.as_of > d.due => {
            let over = kzcomply_law::calendar::days_between(d.due, ctx.as_of);
            (
                Severity::Violation,
                format!(
                    "{} ({}): {what} of {from} is not registered in ESUTD; the deadline was {} ({over} day(s) ago).",
                    p.id, p.full_name, d.due
                ),
                Some((Violation::EsutdMissing, ctx.as_of)),
            )
        }
        None => {
            let left = kzcomply_law::calendar::days_between(ctx.as_of, d.due);
            (
                Severity::Warning,
                format!(
                    "{} ({}): {what} of {from} must be registered in ESUTD by {} ({left} day(s) left).",
                    p.id, p.full_name, d.due
                ),
                None,
            )
        }
    };
    let mut f = Finding::new(rule, severity, vec![p.id.clone()], message, &basis);
    match violation_day {
        Some((violation, day)) => ctx.price(&mut f, violation, day, 1),
        None => {
            f.fine_kzt = Some(Money::ZERO);
            f.fine_status = FineStatus::NotFinable;
            f.fine_note = Some(format!(
                "not finable yet: the deadline is {}; only a registration still missing after it is fined ({})",
                d.due,
                Violation::EsutdMissing.name()
            ));
        }
    }
    out.push(f);
}

pub fn registration(ctx: &Context, people: &[Person], out: &mut Out) {
    let started: Vec<&Person> = direct(people).filter(|p| p.start_date <= ctx.as_of).collect();
    if !ctx.has(Column::EsutdRegisteredOn) {
        if !started.is_empty() {
            let who = people_count(started.len(), "direct employee", "direct employees");
            let add =
                "the day each direct employee's contract was registered in ESUTD (an empty cell = not registered)";
            out.not_checked(
                "esutd-registration-overdue",
                format!(
                    "the ESUTD registration of {who} was not checked: {}",
                    no_column(Column::EsutdRegisteredOn, add)
                ),
            );
        }
        return;
    }
    for p in started {
        let reg = Registration {
            rule: "esutd-registration-overdue",
            event: Event::EsutdNewContract,
            from: p.contract_date.unwrap_or(p.start_date),
            registered: p.esutd_registered_on,
            what: "the employment contract",
        };
        registration_finding(ctx, p, reg, out);
    }
}

pub fn termination(ctx: &Context, people: &[Person], out: &mut Out) {
    const RULE: &str = "esutd-termination-overdue";
    if !ctx.has(Column::TerminatedOn) {
        if direct(people).next().is_some() {
            let add = "the day each employee who left was terminated, and `esutd_termination_registered_on`";
            out.not_checked(RULE, format!("terminations were not checked: {}", no_column(Column::TerminatedOn, add)));
        }
        return;
    }
    let left: Vec<(&Person, Date)> =
        direct(people).filter_map(|p| p.terminated_on.filter(|t| *t <= ctx.as_of).map(|t| (p, t))).collect();
    if !ctx.has(Column::EsutdTerminationRegisteredOn) {
        if !left.is_empty() {
            let who = people_count(left.len(), "termination", "terminations");
            let add = "the day each termination was registered in ESUTD (an empty cell = not registered)";
            out.not_checked(
                RULE,
                format!(
                    "the ESUTD registration of {who} was not checked: {}",
                    no_column(Column::EsutdTerminationRegisteredOn, add)
                ),
            );
        }
        return;
    }
    for (p, t) in left {
        let reg = Registration {
            rule: RULE,
            event: Event::EsutdTermination,
            from: t,
            registered: p.esutd_termination_registered_on,
            what: "the termination",
        };
        registration_finding(ctx, p, reg, out);
    }
}
