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

use super::steps::{Step, WEEK, after_entry, out_of_range, term, uncovered};
use super::{HireRequest, Position};
use crate::PlanError;
use crate::text;
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, t, tr};
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
    lang: Lang,
) -> Result<(), PlanError> {
    let arrived = req.arrival.unwrap_or(req.start);
    let in_force = kzcomply_law::deadlines::term_on(rules, REGISTRATION, arrived).is_ok_and(|(t, _)| t.is_some());
    match position {
        Position::Resident => Ok(()),
        Position::Eaeu => {
            if in_force {
                uncertainties.push(t(lang, "hire-unclear-registration-eaeu"));
            }
            Ok(())
        }
        Position::Permit | Position::Exempt(_) if visa != "none" => {
            if in_force {
                uncertainties.push(tr(
                    lang,
                    "hire-unclear-registration-visa",
                    &Args::new().text("visa", visa.to_string()),
                ));
            }
            Ok(())
        }
        Position::Permit | Position::Exempt(_) => {
            visa_free(rules, cal, req, arrived, horizon, steps, uncertainties, lang)
        }
    }
}

/// The two steps for a citizen of a visa-free state, or the reason there are none yet.
#[allow(clippy::too_many_arguments)]
fn visa_free(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    arrived: Date,
    horizon: Date,
    steps: &mut Vec<Step>,
    uncertainties: &mut Vec<String>,
    lang: Lang,
) -> Result<(), PlanError> {
    let assumed = req.arrival.is_none().then(|| t(lang, "hire-note-entry-assumed"));
    let title = tr(lang, "hire-step-immigrant-registration", &Args::new().date("arrived", arrived));
    let opts = DeadlineOptions { week: WEEK, region: Some(req.region.trim().to_string()) };
    match deadline(rules, cal, Event::ImmigrantRegistration, arrived, &opts) {
        Ok(d) => {
            let counting = text::note(lang, &d.rule_key, &d.basis);
            steps.push(Step::from_deadline("immigrant-registration", title, &d, lang).note(assumed).note(counting));
        }
        Err(DeadlineError::Calendar(CalendarError::YearNotCovered { .. })) => {
            let (stay, src) = term(rules, REGISTRATION, arrived)?;
            let Some(stay) = stay else { return Ok(()) };
            let nominal = arrived
                .checked_add(jiff::Span::new().days(i64::from(stay.days)))
                .map_err(|_| out_of_range(arrived, lang))?;
            let basis = after_entry(lang, stay, text::source(lang, REGISTRATION, &src));
            steps.push(
                Step::new("immigrant-registration", title, Some(nominal), basis)
                    .note(uncovered(cal, nominal, lang))
                    .note(assumed)
                    .note(text::note(lang, REGISTRATION, &src)),
            );
        }
        Err(DeadlineError::NotRequired { .. }) => {
            if let Some(from) = starts_later(rules, arrived).filter(|d| *d <= horizon) {
                uncertainties.push(tr(
                    lang,
                    "hire-unclear-registration-later",
                    &Args::new().date("arrived", arrived).date("from", from),
                ));
            }
            return Ok(());
        }
        Err(DeadlineError::Calendar(e)) => return Err(e.into()),
        Err(DeadlineError::Rules(e)) => return Err(e.into()),
    }
    let (within, src) = term(rules, ADDRESS_CHANGE, arrived)?;
    if let Some(within) = within {
        let term = || Args::new().text("term", text::term(lang, within));
        steps.push(
            Step::new(
                "address-change-registration",
                tr(lang, "hire-step-address-change-registration", &term()),
                None,
                tr(
                    lang,
                    "hire-step-address-change-registration-basis",
                    &term().text("act", text::source(lang, ADDRESS_CHANGE, &src)),
                ),
            )
            .note(Some(t(lang, "hire-note-address-change-registration"))),
        );
    }
    Ok(())
}

/// The first day after `date` on which the registration rule has a term.
fn starts_later(rules: &RuleBook, date: Date) -> Option<Date> {
    let p = rules.get(REGISTRATION)?;
    p.entries.iter().filter(|e| e.since > date && matches!(e.value, Value::Term(_))).map(|e| e.since).min()
}
