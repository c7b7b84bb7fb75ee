//! Foreign workers: a valid work permit (EAEU citizens and residence-permit holders need none) and
//! the mentor appointment within 5 working days of starting (Order No. 197 of 18 Jun 2024).

use super::Context;
use crate::finding::{Finding, Severity};
use crate::model::Person;
use kzcomply_law::calendar::days_between;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::rules::Value;

const BASIS_PERMIT: &str = "Order of the Minister of Labour No. 279 of 30 Jun 2023 (permits to attract foreign labour): a permit for each foreign worker who is not an EAEU citizen or a residence-permit holder; extension no earlier than 60 and no later than 30 days before expiry";

/// Days before expiry from which a permit is reported as expiring: when its extension window opens
/// (the rules' "no earlier than 60 calendar days before expiry").
fn extension_window_days(ctx: &Context, until: jiff::civil::Date) -> Option<i32> {
    match ctx.rules.value_on("deadlines.foreign_workers.permit_extension.earliest", until) {
        Ok((Value::Term(t), _)) => i32::try_from(t.days).ok(),
        _ => None,
    }
}

pub fn work_permits(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    for p in people.iter().filter(|p| p.is_active(ctx.as_of) && p.needs_work_permit(&ctx.eaeu)) {
        let who = format!("{} ({}, {})", p.id, p.full_name, p.citizenship);
        let expired = match p.work_permit_until {
            None => Some(format!("{who}: no work permit is recorded for a foreign worker who needs one.")),
            Some(until) if until < ctx.as_of => Some(format!("{who}: the work permit expired on {until}.")),
            Some(_) => None,
        };
        if let Some(message) = expired {
            let rule = "work-permit-expired";
            out.push(Finding::new(rule, Severity::Violation, vec![p.id.clone()], message, BASIS_PERMIT));
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
            let rule = "work-permit-expiring";
            out.push(Finding::new(rule, Severity::Warning, vec![p.id.clone()], message, BASIS_PERMIT));
        }
    }
}

pub fn mentors(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    for p in people.iter().filter(|p| p.is_active(ctx.as_of) && p.needs_work_permit(&ctx.eaeu)) {
        // Order No. 197 applies to foreign workers who started once it was in force.
        let Ok(d) =
            deadline(ctx.rules, ctx.calendar, Event::MentorAppointment, p.start_date, &DeadlineOptions::default())
        else {
            continue;
        };
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
        let basis = format!("{} ({})", d.basis.act, d.rule);
        out.push(Finding::new("mentor-appointment-overdue", Severity::Violation, vec![p.id.clone()], message, &basis));
    }
}
