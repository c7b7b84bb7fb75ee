//! `salary-parity` and `contractor-misclassification-risk`: staff provided by others must not be
//! paid less than the host's own staff in the same job (Labour Code art. 137-1, equal treatment of
//! provided personnel), and a contractor doing an employee's job is an employment contract in
//! disguise (CoAO art. 86).

use super::{Context, Out, no_column, people_count};
use crate::columns::Column;
use crate::finding::{Finding, Severity};
use crate::model::{Engagement, Person};
use crate::normalise::normalise;
use kzcomply_law::Money;
use kzcomply_law::fines::Violation;
use std::collections::HashMap;

const BASIS_PARITY: &str = "Labour Code of RK art. 137-1 (Law No. 386-VI of 19 Dec 2020): provided personnel are equalised with the receiving party's staff on pay and working and rest time";
const NO_SANCTION_PARITY: &str = "no sanction found in the law for unequal pay or leave of provided personnel: Labour Code art. 137-1 sets the duty, but no CoAO fine for it is in the rules or the research (docs/research/deadlines-and-fines.md); what is at stake is the gap itself, owed to the person";
const BASIS_CONTRACTOR: &str = "Labour Code of RK art. 1 and 23 (an employment relationship needs an employment contract); CoAO art. 86 (admission to work without an employment contract)";

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
        let mut parts = Vec::new();
        let mut gap = Some(Money::ZERO);
        if pay < floor {
            // pay < floor, so the gap is positive and no larger than floor (checked all the same).
            let diff = floor.checked_sub(pay).unwrap_or(floor);
            let pct = crate::checks::headcount::percent_text(
                u32::try_from(diff.tiyn() / 100).unwrap_or(u32::MAX),
                u32::try_from(floor.tiyn() / 100).unwrap_or(u32::MAX),
            );
            parts.push(format!(
                "total pay {pay} KZT a month is {diff} KZT ({pct}) below the lowest-paid direct employee in the same job ({}, {floor} KZT)",
                lowest.id
            ));
            gap = Some(diff);
        }
        if let Some((mine, theirs)) = short_leave {
            parts.push(format!("{mine} paid leave days against at least {theirs} for direct staff"));
        }
        let message = format!(
            "{} ({}, {} {}): {}. Comparable direct staff: {}.",
            p.id,
            p.engagement.name(),
            p.position,
            p.department,
            parts.join("; "),
            names(peers.iter().map(|d| d.id.as_str()), peers.len())
        );
        let mut f = Finding::new("salary-parity", Severity::Violation, vec![p.id.clone()], message, BASIS_PARITY)
            .without_sanction(NO_SANCTION_PARITY);
        f.gap_kzt = gap;
        out.push(f);
    }
    // Without the column there is nothing to compare: leave is left out, never read as zero days.
    if compared > 0 && !ctx.has(Column::PaidLeaveDays) {
        let who = people_count(compared, "outstaffed or third-party person", "outstaffed or third-party people");
        out.not_checked(
            "salary-parity",
            format!(
                "paid leave was not compared for {who} with direct peers (pay was): {}",
                no_column(Column::PaidLeaveDays, "each person's paid leave days a year")
            ),
        );
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

        let message = format!(
            "{} works under a civil-law contract as «{}», the position of employees {}: the relationship may be found to be employment, and admitting someone to work without an employment contract is fined.",
            c.id,
            c.position,
            names(employees.iter().copied(), employees.len())
        );
        let mut f = Finding::new(
            "contractor-misclassification-risk",
            Severity::Risk,
            vec![c.id.clone()],
            message,
            BASIS_CONTRACTOR,
        );
        ctx.price(&mut f, Violation::ForeignWorkerWithoutContract, ctx.as_of, 1);
        out.push(f);
    }
}

/// The first few ids and how many there are in all: in a large company a list could run to thousands.
fn names<'a>(ids: impl Iterator<Item = &'a str>, count: usize) -> String {
    let first: Vec<&str> = ids.take(5).collect();
    if count > first.len() {
        format!("{} and {} more", first.join(", "), count - first.len())
    } else {
        first.join(", ")
    }
}
