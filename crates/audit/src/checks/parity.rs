//! `salary-parity` and `contractor-misclassification-risk`: staff provided by others must not be
//! paid less than the host's own staff in the same job (Labour Code art. 137-1, equal treatment of
//! provided personnel), and a contractor doing an employee's job is an employment contract in
//! disguise (CoAO art. 86).

use super::Context;
use crate::finding::{Finding, Severity};
use crate::model::{Engagement, Person};
use crate::normalise::normalise;
use kzcomply_law::Money;
use kzcomply_law::fines::Violation;

const BASIS_PARITY: &str = "Labour Code of RK art. 137-1 (Law No. 386-VI of 19 Dec 2020): provided personnel are equalised with the receiving party's staff on pay and working and rest time";
const BASIS_CONTRACTOR: &str = "Labour Code of RK art. 1 and 23 (an employment relationship needs an employment contract); CoAO art. 86 (admission to work without an employment contract)";

/// Same job: same normalised position and department, and job function when both give one.
fn same_job(a: &Person, b: &Person) -> bool {
    normalise(&a.position) == normalise(&b.position)
        && normalise(&a.department) == normalise(&b.department)
        && match (&a.job_function, &b.job_function) {
            (Some(x), Some(y)) => normalise(x) == normalise(y),
            _ => true,
        }
}

pub fn salary_parity(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    let active: Vec<&Person> = people.iter().filter(|p| p.is_active(ctx.as_of)).collect();
    let direct: Vec<&Person> = active.iter().copied().filter(|p| p.engagement == Engagement::Direct).collect();
    for p in active.iter().filter(|p| matches!(p.engagement, Engagement::Outstaffed | Engagement::ThirdParty)) {
        let peers: Vec<&&Person> = direct.iter().filter(|d| same_job(p, d)).collect();
        let Some(lowest) = peers.iter().min_by_key(|d| d.total_monthly_pay()) else { continue };
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
            let diff = Money::from_tiyn(floor.tiyn() - pay.tiyn());
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
            peers.iter().map(|d| d.id.as_str()).collect::<Vec<_>>().join(", ")
        );
        let mut f = Finding::new("salary-parity", Severity::Violation, vec![p.id.clone()], message, BASIS_PARITY);
        f.gap_kzt = gap;
        out.push(f);
    }
}

pub fn contractor_misclassification(ctx: &Context, people: &[Person], out: &mut Vec<Finding>) {
    let active: Vec<&Person> = people.iter().filter(|p| p.is_active(ctx.as_of)).collect();
    for c in active.iter().filter(|p| p.engagement == Engagement::Contractor) {
        let employees: Vec<&str> = active
            .iter()
            .filter(|d| d.engagement == Engagement::Direct && normalise(&d.position) == normalise(&c.position))
            .map(|d| d.id.as_str())
            .collect();
        if employees.is_empty() {
            continue;
        }
        let message = format!(
            "{} works under a civil-law contract as «{}», the position of employees {}: the relationship may be found to be employment, and admitting someone to work without an employment contract is fined.",
            c.id,
            c.position,
            employees.join(", ")
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
