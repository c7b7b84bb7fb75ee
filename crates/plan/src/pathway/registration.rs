//! The registration of a visa-free immigrant's stay (MIA Order No. 923 of 17 Nov 2025, in force
//! 1 Jul 2026): by the 30th calendar day after entry in IS "Migration Police", and again within
//! 5 working days of any move. Who it applies to (docs/hiring-method.md §1):
//!
//! - citizens of the visa-free CIS states who need a permit or hold an exempt status (the plan says
//!   visa "none" for them): the Order covers immigrants from states with a visa-free stay of up to
//!   90 days — these steps are planned;
//! - EAEU citizens: the Order yields to ratified treaties, and the EAEU Treaty (art. 97) frees
//!   workers from registration for 30 days from entry — their own `temporary-residence` step stays;
//! - C3 visa holders: they stay on the visa, not visa-free — no step, an uncertainty says so;
//! - permanent residents: registered at their permanent address — nothing here.

use super::steps::{Step, WEEK, out_of_range, term, uncovered};
use super::{HireRequest, Position, source_text};
use crate::PlanError;
use jiff::civil::Date;
use kzcomply_law::calendar::{Calendar, CalendarError};
use kzcomply_law::deadlines::{DeadlineError, DeadlineOptions, Event, deadline};
use kzcomply_law::rules::{RuleBook, Value};

const REGISTRATION: &str = "deadlines.migration.immigrant_registration";
const ADDRESS_CHANGE: &str = "deadlines.migration.address_change_registration";

/// Adds the registration steps (or says why there are none) for `req`; `horizon` is the last day
/// the plan covers (the permit's expiry, or a year after the start).
#[allow(clippy::too_many_arguments)]
pub(super) fn plan(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    position: Position,
    visa: &str,
    horizon: Date,
    steps: &mut Vec<Step>,
    uncertainties: &mut Vec<String>,
) -> Result<(), PlanError> {
    let arrived = req.arrival.unwrap_or(req.start);
    let in_force = kzcomply_law::deadlines::term_on(rules, REGISTRATION, arrived).is_ok_and(|(t, _)| t.is_some());
    match position {
        Position::Resident => Ok(()),
        Position::Eaeu => {
            if in_force {
                uncertainties.push("Registration: the 30-day registration of visa-free immigrants (MIA Order No. 923, from 1 Jul 2026) yields to ratified treaties; the EAEU Treaty (art. 97) frees EAEU workers from registration for 30 days from entry, so kzcomply plans their temporary-residence step instead (confidence medium).".into());
            }
            Ok(())
        }
        Position::Permit | Position::Exempt(_) if visa != "none" => {
            if in_force {
                uncertainties.push(format!("Registration: the 30-day registration in IS Migration Police (MIA Order No. 923, from 1 Jul 2026) is for immigrants staying visa-free; a {visa} holder stays on the visa and is registered through the receiving party's arrival notification, so kzcomply plans no separate registration (confidence low)."));
            }
            Ok(())
        }
        Position::Permit | Position::Exempt(_) => visa_free(rules, cal, req, arrived, horizon, steps, uncertainties),
    }
}

/// The two steps for a citizen of a visa-free state, or the reason there are none yet.
fn visa_free(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    arrived: Date,
    horizon: Date,
    steps: &mut Vec<Step>,
    uncertainties: &mut Vec<String>,
) -> Result<(), PlanError> {
    let assumed = req.arrival.is_none().then(|| "Entry assumed on the start day (give --arrival).".to_string());
    let title = format!(
        "Register the stay in IS Migration Police (entry {arrived}): the immigrant enters the data, the host confirms in the mobile app"
    );
    let opts = DeadlineOptions { week: WEEK, region: Some(req.region.trim().to_string()) };
    match deadline(rules, cal, Event::ImmigrantRegistration, arrived, &opts) {
        Ok(d) => {
            let counting = d.basis.note.clone();
            steps.push(Step::from_deadline("immigrant-registration", title, &d).note(assumed).note(counting));
        }
        Err(DeadlineError::Calendar(CalendarError::YearNotCovered { .. })) => {
            let (t, src) = term(rules, REGISTRATION, arrived)?;
            let Some(t) = t else { return Ok(()) };
            let nominal =
                arrived.checked_add(jiff::Span::new().days(i64::from(t.days))).map_err(|_| out_of_range(arrived))?;
            let basis = format!("{t} after entry — {}", source_text(&src));
            steps.push(
                Step::new("immigrant-registration", title, Some(nominal), basis)
                    .note(uncovered(cal, nominal))
                    .note(assumed)
                    .note(src.note.clone()),
            );
        }
        Err(DeadlineError::NotRequired { .. }) => {
            if let Some(from) = starts_later(rules, arrived).filter(|d| *d <= horizon) {
                uncertainties.push(format!(
                    "Registration: the entry ({arrived}) is before the 30-day registration of visa-free immigrants starts on {from} (MIA Order No. 923); the Order's rule for people already in Kazakhstan then was not found: ask the migration police whether to register from {from}."
                ));
            }
            return Ok(());
        }
        Err(DeadlineError::Calendar(e)) => return Err(e.into()),
        Err(DeadlineError::Rules(e)) => return Err(e.into()),
    }
    let (t, src) = term(rules, ADDRESS_CHANGE, arrived)?;
    if let Some(t) = t {
        steps.push(
            Step::new(
                "address-change-registration",
                format!("After any change of address: register at the new address within {t} of the move"),
                None,
                format!("{t} after the move — {}", source_text(&src)),
            )
            .note(Some(
                "A condition, not a date: for a move on day M the due day is `kzcomply deadline address-change-registration --date M`. The registration at the old address ends by itself."
                    .to_string(),
            )),
        );
    }
    Ok(())
}

/// The first day after `date` on which the registration rule has a term.
fn starts_later(rules: &RuleBook, date: Date) -> Option<Date> {
    let p = rules.get(REGISTRATION)?;
    p.entries.iter().filter(|e| e.since > date && matches!(e.value, Value::Term(_))).map(|e| e.since).min()
}
