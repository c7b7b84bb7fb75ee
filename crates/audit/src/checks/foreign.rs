//! Foreign workers: a valid work permit (EAEU citizens and residence-permit holders need none) and
//! the mentor appointment within 5 working days of starting (Order No. 197 of 18 Jun 2024).

use super::{Context, Out};
use crate::columns::Column;
use crate::finding::{Finding, Severity};
use crate::model::Person;
use kzcomply_i18n::Args;
use kzcomply_law::calendar::days_between;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::rules::Value;

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
fn unknown_exemption(ctx: &Context, n: usize) -> String {
    ctx.no_column("audit-nc-residence", n, Column::ResidencePermit)
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
        let reason = ctx.no_column("audit-nc-permits", foreign.len(), Column::WorkPermitUntil);
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
        let who = Args::new()
            .text("id", p.id.as_str())
            .text("name", p.full_name.as_str())
            .text("citizenship", p.citizenship.as_str());
        let basis = ctx.t("audit-basis-permit");
        let expired = match p.work_permit_until {
            None => Some(ctx.tr("audit-permit-none", &who)),
            Some(until) if until < ctx.as_of => Some(ctx.tr("audit-permit-expired", &who.clone().date("until", until))),
            Some(_) => None,
        };
        if let Some(message) = expired {
            let f = Finding::new("work-permit-expired", Severity::Violation, vec![p.id.clone()], message, &basis);
            out.push(f.without_sanction(ctx.t("audit-permit-no-sanction")));
            continue;
        }
        if let Some(until) = p.work_permit_until
            && extension_window_days(ctx, until).is_some_and(|w| days_between(ctx.as_of, until) <= w)
        {
            let extension =
                deadline(ctx.rules, ctx.calendar, Event::PermitExtension, until, &DeadlineOptions::default());
            let left = days_between(ctx.as_of, until);
            let args = who.date("until", until).num("days", i64::from(left));
            let message = match extension.ok().and_then(|d| d.window_opens.map(|o| (o, d))) {
                Some((opens, d)) => ctx.tr(
                    "audit-permit-expiring-window",
                    &args
                        .date("opens", opens)
                        .date("due", d.due)
                        .text("status", d.status(ctx.as_of, None).text(ctx.lang)),
                ),
                None => ctx.tr("audit-permit-expiring", &args),
            };
            let f = Finding::new("work-permit-expiring", Severity::Warning, vec![p.id.clone()], message, &basis);
            out.push(f.without_sanction(ctx.t("audit-permit-expiring-no-sanction")));
        }
    }
    if unknown > 0 {
        out.not_checked("work-permit-expired", unknown_exemption(ctx, unknown));
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
        let who = Args::new()
            .text("id", p.id.as_str())
            .text("name", p.full_name.as_str())
            .date("start", p.start_date)
            .date("due", d.due);
        let message = match p.mentor_appointed_on {
            Some(m) if m <= d.due => continue,
            Some(m) => ctx.tr("audit-mentor-late", &who.date("appointed", m)),
            None if ctx.as_of > d.due => ctx.tr("audit-mentor-missing", &who),
            None => continue,
        };
        // A late or missing appointment of someone who may not need a permit at all is not a finding.
        if needs_permit(ctx, p).is_none() {
            unknown += 1;
            continue;
        }
        let basis = ctx.tr(
            "audit-basis-mentor",
            &Args::new().text("act", d.basis.act_text(&d.rule_key, ctx.lang)).text("rule", d.rule.text(ctx.lang)),
        );
        let f = Finding::new(RULE, Severity::Violation, vec![p.id.clone()], message, &basis);
        out.push(f.without_sanction(ctx.t("audit-mentor-no-sanction")));
    }
    if unrecorded > 0 {
        out.not_checked(RULE, ctx.no_column("audit-nc-mentors", unrecorded, Column::MentorAppointedOn));
    }
    if unknown > 0 {
        out.not_checked(RULE, unknown_exemption(ctx, unknown));
    }
}
