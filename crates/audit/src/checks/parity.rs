//! `salary-parity` and `contractor-misclassification-risk`: staff provided by others must not be
//! paid less than the host's own staff in the same job (Labour Code art. 137-1, equal treatment of
//! provided personnel), and a contractor doing an employee's job is an employment contract in
//! disguise (CoAO art. 86).

use super::{Context, Out};
use crate::columns::Column;
use crate::finding::{Finding, Severity};
use crate::model::{Engagement, Person};
use crate::normalise::normalise;
use crate::text::names;
use kzcomply_i18n::Args;
use kzcomply_law::Money;
use kzcomply_law::fines::Violation;
use std::collections::HashMap;

/// The comparable form of a job: normalised position and department.
type JobKey = (String, String);

fn job_key(p: &Person) -> JobKey {
    (normalise(&p.position), normalise(&p.department))
}

/// Same job function, when both give one.
fn same_function(a: &Person, b: &Person) -> bool {
    match (&a.job_function, &b.job_function) {
        (Some(x), Some(y)) => normalise(x) == normalise(y),
        _ => true,
    }
}

pub fn salary_parity(ctx: &Context, people: &[Person], out: &mut Out) {
    let active: Vec<&Person> = people.iter().filter(|p| p.is_active(ctx.as_of)).collect();
    // Direct staff by job, normalised once: the audit of a large company stays linear.
    let mut direct: HashMap<JobKey, Vec<&Person>> = HashMap::new();
    for d in active.iter().filter(|p| p.engagement == Engagement::Direct) {
        direct.entry(job_key(d)).or_default().push(d);
    }
    let mut compared = 0;
    for p in active.iter().filter(|p| matches!(p.engagement, Engagement::Outstaffed | Engagement::ThirdParty)) {
        let Some(same_job) = direct.get(&job_key(p)) else { continue };
        let peers: Vec<&&Person> = same_job.iter().filter(|d| same_function(p, d)).collect();
        let Some(lowest) = peers.iter().min_by_key(|d| d.total_monthly_pay()) else { continue };
        compared += 1;
        let (pay, floor) = (p.total_monthly_pay(), lowest.total_monthly_pay());
        let min_leave = peers.iter().filter_map(|d| d.paid_leave_days).min();
        let short_leave = match (p.paid_leave_days, min_leave) {
            (Some(mine), Some(theirs)) if mine < theirs => Some((mine, theirs)),
            _ => None,
        };
        if pay >= floor && short_leave.is_none() {
            continue;
        }
        let lang = ctx.lang;
        let mut args = Args::new()
            .text("id", p.id.as_str())
            .text("engagement", p.engagement.name())
            .text("position", p.position.as_str())
            .text("department", p.department.as_str())
            .text("peers", names(lang, peers.iter().map(|d| d.id.as_str()), peers.len()));
        let mut gap = Some(Money::ZERO);
        if pay < floor {
            // pay < floor, so the gap is positive and no larger than floor (checked all the same).
            let diff = floor.checked_sub(pay).unwrap_or(floor);
            let share = crate::text::percent(
                lang,
                u32::try_from(diff.tiyn() / 100).unwrap_or(u32::MAX),
                u32::try_from(floor.tiyn() / 100).unwrap_or(u32::MAX),
            );
            args = args
                .tenge("pay", pay.tiyn())
                .tenge("gap", diff.tiyn())
                .text("share", share)
                .text("lowest", lowest.id.as_str())
                .tenge("floor", floor.tiyn());
            gap = Some(diff);
        }
        if let Some((mine, theirs)) = short_leave {
            args = args.num("days", i64::from(mine)).num("peer_days", i64::from(theirs));
        }
        let id = match (pay < floor, short_leave.is_some()) {
            (true, true) => "audit-parity-pay-and-leave",
            (true, false) => "audit-parity-pay",
            _ => "audit-parity-leave",
        };
        let message = ctx.tr(id, &args);
        let mut f = Finding::new(
            "salary-parity",
            Severity::Violation,
            vec![p.id.clone()],
            message,
            &ctx.t("audit-basis-parity"),
        )
        .without_sanction(ctx.t("audit-parity-no-sanction"));
        f.gap_kzt = gap;
        out.push(f);
    }
    // Without the column there is nothing to compare: leave is left out, never read as zero days.
    if compared > 0 && !ctx.has(Column::PaidLeaveDays) {
        out.not_checked("salary-parity", ctx.no_column("audit-nc-paid-leave", compared, Column::PaidLeaveDays));
    }
}

pub fn contractor_misclassification(ctx: &Context, people: &[Person], out: &mut Out) {
    let active: Vec<&Person> = people.iter().filter(|p| p.is_active(ctx.as_of)).collect();
    let mut by_position: HashMap<String, Vec<&str>> = HashMap::new();
    for d in active.iter().filter(|p| p.engagement == Engagement::Direct) {
        by_position.entry(normalise(&d.position)).or_default().push(d.id.as_str());
    }
    for c in active.iter().filter(|p| p.engagement == Engagement::Contractor) {
        let Some(employees) = by_position.get(&normalise(&c.position)) else { continue };

        let args = Args::new()
            .text("id", c.id.as_str())
            .text("position", c.position.as_str())
            .text("employees", names(ctx.lang, employees.iter().copied(), employees.len()));
        let message = ctx.tr("audit-contractor", &args);
        let mut f = Finding::new(
            "contractor-misclassification-risk",
            Severity::Risk,
            vec![c.id.clone()],
            message,
            &ctx.t("audit-basis-contractor"),
        );
        ctx.price(&mut f, Violation::ForeignWorkerWithoutContract, ctx.as_of, 1);
        out.push(f);
    }
}
