//! Foreign workers: a valid work permit (EAEU citizens and residence-permit holders need none) and
//! the mentor appointment within 5 working days of starting (Order No. 197 of 18 Jun 2024).

use super::{Context, Out, no_column, people_count};
use crate::columns::Column;
use crate::finding::{Finding, Severity};
use crate::model::Person;
use kzcomply_law::calendar::days_between;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::rules::Value;

const BASIS_PERMIT: &str = "Order of the Minister of Labour No. 279 of 30 Jun 2023 (permits to attract foreign labour): a permit for each foreign worker who is not an EAEU citizen or a residence-permit holder; extension no earlier than 60 and no later than 30 days before expiry";

const NO_SANCTION_PERMIT: &str = "no sanction found in the law for employing a foreign worker without a valid permit: no CoAO amount for it is in the rules or the research (docs/research/deadlines-and-fines.md)";
const NO_SANCTION_EXPIRING: &str =
    "no sanction found in the law: the permit is still valid; extending it within the window keeps it so";
const NO_SANCTION_MENTOR: &str = "no sanction found in the law for a late mentor appointment: Order No. 197 sets the duty, but no CoAO fine for it is in the rules or the research (docs/research/deadlines-and-fines.md)";

/// Whether the file shows that `p` (an active person) needs a work permit: `Some(false)` when not
/// (a citizen, an EAEU citizen, a contractor, a residence-permit holder); `None` when it cannot
/// tell — a foreign worker with no permit date in a file without a `residence_permit` column, who
/// may hold a residence permit and need none.
fn needs_permit(ctx: &Context, p: &Person) -> Option<bool> {
    if !p.needs_work_permit(&ctx.eaeu) {
        Some(false)
    } else if !ctx.has(Column::ResidencePermit) && p.work_permit_until.is_none() {
        None
    } else {
        Some(true)
    }
}

/// The reason `n` foreign workers whose need for a permit is unknown were not checked.
fn unknown_exemption(n: usize) -> String {
    let who = people_count(n, "foreign worker", "foreign workers");
    format!(
        "{who} with no permit date were not checked: whether they hold a residence permit (and so need no work permit) is not known — {}",
        no_column(Column::ResidencePermit, "`yes` or `no` for each foreign worker")
    )
}

/// Days before expiry from which a permit is reported as expiring: when its extension window opens
/// (the rules' "no earlier than 60 calendar days before expiry").
fn extension_window_days(ctx: &Context, until: jiff::civil::Date) -> Option<i32> {
    match ctx.rules.value_on("deadlines.foreign_workers.permit_extension.earliest", until) {
        Ok((Value::Term(t), _)) => i32::try_from(t.days).ok(),
        _ => None,
    }
}

pub fn work_permits(ctx: &Context, people: &[Person], out: &mut Out) {
    let foreign: Vec<&Person> =
        people.iter().filter(|p| p.is_active(ctx.as_of) && p.needs_work_permit(&ctx.eaeu)).collect();
    if foreign.is_empty() {
        return;
    }
    if !ctx.has(Column::WorkPermitUntil) {
        let who = people_count(foreign.len(), "foreign worker", "foreign workers");
        let reason = format!(
            "the work permits of {who} were not checked: {}",
            no_column(Column::WorkPermitUntil, "each foreign worker's permit end date (an empty cell = no permit)")
        );
        out.not_checked("work-permit-expired", reason.clone());
        out.not_checked("work-permit-expiring", reason);
        return;
    }
    let mut unknown = 0;
    for p in foreign {
        if needs_permit(ctx, p).is_none() {
            unknown += 1;
            continue;
        }
        let who = format!("{} ({}, {})", p.id, p.full_name, p.citizenship);
        let expired = match p.work_permit_until {
            None => Some(format!("{who}: no work permit is recorded for a foreign worker who needs one.")),
            Some(until) if until < ctx.as_of => Some(format!("{who}: the work permit expired on {until}.")),
            Some(_) => None,
        };
        if let Some(message) = expired {
            let f = Finding::new("work-permit-expired", Severity::Violation, vec![p.id.clone()], message, BASIS_PERMIT);
            out.push(f.without_sanction(NO_SANCTION_PERMIT));
            continue;
        }
        if let Some(until) = p.work_permit_until
            && extension_window_days(ctx, until).is_some_and(|w| days_between(ctx.as_of, until) <= w)
        {
            let extension =
                deadline(ctx.rules, ctx.calendar, Event::PermitExtension, until, &DeadlineOptions::default());
            let window = match extension {
                Ok(d) => match d.window_opens {
                    Some(o) => format!(" Apply to extend between {o} and {} ({}).", d.due, d.status(ctx.as_of, None)),
                    None => String::new(),
                },
                Err(_) => String::new(),
            };
            let left = days_between(ctx.as_of, until);
            let message = format!("{who}: the work permit expires on {until}, in {left} day(s).{window}");
            let f = Finding::new("work-permit-expiring", Severity::Warning, vec![p.id.clone()], message, BASIS_PERMIT);
            out.push(f.without_sanction(NO_SANCTION_EXPIRING));
        }
    }
    if unknown > 0 {
        out.not_checked("work-permit-expired", unknown_exemption(unknown));
    }
}

pub fn mentors(ctx: &Context, people: &[Person], out: &mut Out) {
    const RULE: &str = "mentor-appointment-overdue";
    let (mut unknown, mut unrecorded) = (0, 0);
    for p in people.iter().filter(|p| p.is_active(ctx.as_of) && p.needs_work_permit(&ctx.eaeu)) {
        // Order No. 197 applies to foreign workers who started once it was in force.
        let Ok(d) =
            deadline(ctx.rules, ctx.calendar, Event::MentorAppointment, p.start_date, &DeadlineOptions::default())
        else {
            continue;
        };
        if !ctx.has(Column::MentorAppointedOn) {
            unrecorded += 1;
            continue;
        }
        let message = match p.mentor_appointed_on {
            Some(m) if m <= d.due => continue,
            Some(m) => format!(
                "{} ({}): appointed mentor on {m}, after the deadline {} (5 working days after starting on {}).",
                p.id, p.full_name, d.due, p.start_date
            ),
            None if ctx.as_of > d.due => format!(
                "{} ({}): started on {}; no mentor appointment is recorded and the deadline was {}.",
                p.id, p.full_name, p.start_date, d.due
            ),
            None => continue,
        };
        // A late or missing appointment of someone who may not need a permit at all is not a finding.
        if needs_permit(ctx, p).is_none() {
            unknown += 1;
            continue;
        }
        let basis = format!("{} ({})", d.basis.act, d.rule);
        let f = Finding::new(RULE, Severity::Violation, vec![p.id.clone()], message, &basis);
        out.push(f.without_sanction(NO_SANCTION_MENTOR));
    }
    if unrecorded > 0 {
        let who = people_count(unrecorded, "foreign worker", "foreign workers");
        let add = "the day a mentor was appointed for each foreign worker (an empty cell = none appointed)";
        out.not_checked(
            RULE,
            format!("the mentor appointments of {who} were not checked: {}", no_column(Column::MentorAppointedOn, add)),
        );
    }
    if unknown > 0 {
        out.not_checked(RULE, unknown_exemption(unknown));
    }
}
