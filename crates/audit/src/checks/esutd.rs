//! ESUTD: the seven fields of Order No. 353, valid IINs and BINs, and registration of new contracts
//! and terminations on time (5 and 3 working days, CoAO art. 98 part 1-1 from 12 March 2026).

use super::Context;
use crate::finding::{Finding, Severity};
use crate::model::{Engagement, Person};
use jiff::civil::Date;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::fines::Violation;
use kzcomply_law::ids::{parse_bin, parse_iin};

const BASIS_FIELDS: &str = "Order of the Minister of Labour No. 353 of 3 Sep 2020 (ESUTD rules): employee IIN, employer BIN, labour function, place of work, term, start date, contract date and number; CoAO art. 98 part 1-1 (incomplete information)";
const BASIS_IDS: &str = "Law of RK of 12 Jan 2007 No. 223 'On national registers of identification numbers' (structure and check digit); ESUTD records with a wrong IIN or BIN are inaccurate (CoAO art. 98 part 1-1)";

fn direct(people: &[Person]) -> impl Iterator<Item = &Person> {
    people.iter().filter(|p| p.engagement == Engagement::Direct)
}

pub fn missing_fields(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    let company_bin = ctx.company.bin.as_deref().filter(|b| !b.trim().is_empty());
    for p in direct(people).filter(|p| p.is_active(ctx.as_of)) {
        let mut missing = Vec::new();
        if p.iin.is_empty() {
            missing.push("employee IIN");
        }
        if company_bin.is_none() {
            missing.push("employer BIN (the company file has none)");
        }
        if p.position.trim().is_empty() {
            missing.push("labour function (position)");
        }
        if p.place_of_work.is_none() {
            missing.push("place of work");
        }
        if p.contract_end.is_none() {
            missing.push("term (contract_end_date: a date or `indefinite`)");
        }
        if p.contract_date.is_none() {
            missing.push("contract date");
        }
        if p.contract_number.is_none() {
            missing.push("contract number");
        }
        if missing.is_empty() {
            continue;
        }
        let message = format!("{} ({}): the ESUTD record lacks {}.", p.id, p.full_name, missing.join(", "));
        let mut f = Finding::new("esutd-missing-field", Severity::Violation, vec![p.id.clone()], message, BASIS_FIELDS);
        ctx.price(&mut f, Violation::EsutdIncomplete, ctx.as_of, 1);
        out.push(f);
    }
}

pub fn identifiers(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    for p in people {
        if let Err(e) = parse_iin(&p.iin) {
            let message = format!("{} ({}): IIN {} is not valid: {e}.", p.id, p.full_name, p.iin);
            let mut f = Finding::new("invalid-iin", Severity::Violation, vec![p.id.clone()], message, BASIS_IDS);
            if p.engagement == Engagement::Direct {
                ctx.price(&mut f, Violation::EsutdInaccurate, ctx.as_of, 1);
            }
            out.push(f);
        }
    }
    let year = ctx.as_of.year();
    if let Some(bin) = ctx.company.bin.as_deref().filter(|b| !b.trim().is_empty())
        && let Err(e) = parse_bin(bin, year)
    {
        let message =
            format!("The company's BIN {bin} is not valid: {e}. Every ESUTD record of its employees carries it.");
        let staff: Vec<String> = direct(people).filter(|p| p.is_active(ctx.as_of)).map(|p| p.id.clone()).collect();
        let count = staff.len();
        let mut f = Finding::new("invalid-bin", Severity::Violation, staff, message, BASIS_IDS);
        if count > 0 {
            ctx.price(&mut f, Violation::EsutdInaccurate, ctx.as_of, count);
        }
        out.push(f);
    }
    for p in people {
        if let Some(bin) = &p.employer_bin
            && let Err(e) = parse_bin(bin, year)
        {
            let message = format!("{} ({}): the sending party's BIN {bin} is not valid: {e}.", p.id, p.full_name);
            out.push(Finding::new("invalid-bin", Severity::Violation, vec![p.id.clone()], message, BASIS_IDS));
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
fn registration_finding(ctx: &Context, p: &Person, reg: Registration, out: &mut Vec<Finding>) {
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
    if let Some((violation, day)) = violation_day {
        ctx.price(&mut f, violation, day, 1);
    }
    out.push(f);
}

pub fn registration(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    for p in direct(people).filter(|p| p.start_date <= ctx.as_of) {
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

pub fn termination(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    for p in direct(people) {
        let Some(t) = p.terminated_on.filter(|t| *t <= ctx.as_of) else { continue };
        let reg = Registration {
            rule: "esutd-termination-overdue",
            event: Event::EsutdTermination,
            from: t,
            registered: p.esutd_termination_registered_on,
            what: "the termination",
        };
        registration_finding(ctx, p, reg, out);
    }
}
