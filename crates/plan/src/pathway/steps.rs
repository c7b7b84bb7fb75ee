//! The dated steps of a foreign hire. Forward dates (notifications, registrations, reports, the
//! extension window) come from the deadline engine; the dates before the start are planned
//! backwards from it on the same calendar (the permit must exist before the first working day).

use super::{HireRequest, PermitPlan, Position, source_text};
use crate::PlanError;
use jiff::ToSpan;
use jiff::civil::Date;
use kzcomply_law::Week;
use kzcomply_law::calendar::{Calendar, CalendarError};
use kzcomply_law::deadlines::{Deadline, DeadlineError, DeadlineOptions, Event, Term, deadline};
use kzcomply_law::duration::Duration;
use kzcomply_law::rules::{RuleBook, Source, Value, wrong_type};

/// One thing to do, by when, and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Step {
    /// A stable id: "vacancy-posting", "permit-application", …
    pub step: &'static str,
    pub title: String,
    /// The last day (or, for `permit-application`, also the first allowed day is in the note);
    /// `None` for duties without a date (the visa, the business-trip limit).
    #[serde(serialize_with = "kzcomply_law::json::opt_date")]
    pub due: Option<Date>,
    /// For windows: the first day the step may be taken.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "kzcomply_law::json::opt_date")]
    pub window_opens: Option<Date>,
    pub basis: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Step {
    pub(super) fn new(
        step: &'static str,
        title: impl Into<String>,
        due: Option<Date>,
        basis: impl Into<String>,
    ) -> Step {
        Step { step, title: title.into(), due, window_opens: None, basis: basis.into(), note: None }
    }

    pub(super) fn note(mut self, note: Option<String>) -> Step {
        self.note = match (self.note.take(), note) {
            (Some(a), Some(b)) => Some(format!("{a} {b}")),
            (a, b) => a.or(b),
        };
        self
    }

    pub(super) fn from_deadline(step: &'static str, title: impl Into<String>, d: &Deadline) -> Step {
        let provisional = d.provisional.then(|| "The date rests on a provisional calendar year.".to_string());
        Step::new(step, title, Some(d.due), format!("{} — {}", d.rule, source_text(&d.basis))).note(provisional)
    }
}

pub(super) const WEEK: Week = Week::FiveDay;

/// W(S): the last working day before the first working day; the permit must be issued by then.
pub(super) fn decision_day(cal: &Calendar, start: Date) -> Result<Date, PlanError> {
    Ok(cal.working_day_on_or_before(start.yesterday().map_err(|_| out_of_range(start))?, WEEK)?)
}

pub(super) fn out_of_range(d: Date) -> PlanError {
    PlanError::input("--start", format!("{d} is outside the supported range"))
}

/// A deadline, or `None` when its year is not in the production calendar (the caller then gives
/// the unadjusted date and says so).
fn engine(
    rules: &RuleBook,
    cal: &Calendar,
    event: Event,
    date: Date,
    region: &str,
) -> Result<Option<Deadline>, PlanError> {
    let opts = DeadlineOptions { week: WEEK, region: Some(region.to_string()) };
    match deadline(rules, cal, event, date, &opts) {
        Ok(d) => Ok(Some(d)),
        Err(DeadlineError::Calendar(CalendarError::YearNotCovered { .. })) => Ok(None),
        Err(DeadlineError::Calendar(e)) => Err(e.into()),
        Err(DeadlineError::Rules(e)) => Err(e.into()),
        Err(e @ DeadlineError::NotRequired { .. }) => Err(PlanError::input(event.name(), e.to_string())),
    }
}

pub(super) fn uncovered(cal: &Calendar, d: Date) -> Option<String> {
    Some(format!(
        "The production calendar for {} is not in the rules yet (kzcomply has {}): the date is not moved off weekends or holidays.",
        d.year(),
        cal.describe_years()
    ))
}

pub(super) fn term(rules: &RuleBook, key: &str, date: Date) -> Result<(Option<Term>, Source), PlanError> {
    Ok(kzcomply_law::deadlines::term_on(rules, key, date)?)
}

fn duration(rules: &RuleBook, key: &str, date: Date) -> Result<(Duration, Source), PlanError> {
    match rules.value_on(key, date)? {
        (Value::Duration(d), s) => Ok((*d, s.clone())),
        (other, _) => Err(wrong_type(key, date, other, "a period such as \"6 months\"").into()),
    }
}

/// Everything `req` has to do, in date order (undated steps last).
pub(super) fn build(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    position: Position,
    permit: Option<&PermitPlan>,
    visa: &'static str,
    uncertainties: &mut Vec<String>,
) -> Result<Vec<Step>, PlanError> {
    let mut steps = Vec::new();
    let region = req.region.trim();
    if let Some(permit) = permit {
        before_start(rules, cal, req, &mut steps, uncertainties)?;
        if visa == "C3" {
            steps.push(Step::new(
                "visa",
                "Apply for the C3 work visa (after the permit is issued, before the journey)",
                None,
                "Joint order of the MFA and MIA on visas (adilet V1600014531): C3 for work on the basis of a permit",
            ));
        }
        after_start(rules, cal, req, &mut steps, uncertainties)?;
        permit_steps(rules, cal, req, permit, &mut steps)?;
        reports(rules, cal, req.start, permit.expires, region, &mut steps)?;
    } else if let Position::Exempt(_) = position {
        if visa == "C3" {
            steps.push(Step::new(
                "visa",
                "Apply for the C3 work visa on the basis of the exempt status",
                None,
                "Joint order of the MFA and MIA on visas (adilet V1600014531); dos-immigration.kz (C3 without a permit)",
            ));
        }
        let last = Duration { n: 11, unit: kzcomply_law::duration::PeriodUnit::Months }
            .after(req.start)
            .ok_or_else(|| out_of_range(req.start))?;
        reports(rules, cal, req.start, last, region, &mut steps)?;
        if let Some(s) = steps.iter_mut().rev().find(|s| s.step == "foreign-labour-report") {
            s.note = Some("Shown for the first 12 months: the report is monthly while the person works. Whether exempt persons are reported is read from the permit rules' p. 35 reference (confidence medium).".into());
        }
    }
    if position != Position::Resident {
        arrival(rules, cal, req, &mut steps)?;
    }
    if position == Position::Eaeu {
        eaeu_stay(rules, cal, req, &mut steps)?;
    }
    let horizon = match permit {
        Some(p) => p.expires,
        None => Duration { n: 1, unit: kzcomply_law::duration::PeriodUnit::Years }
            .after(req.start)
            .ok_or_else(|| out_of_range(req.start))?,
    };
    super::registration::plan(rules, cal, req, position, visa, horizon, &mut steps, uncertainties)?;
    let signed = req.signed.unwrap_or(req.start);
    if let Some(d) = engine(rules, cal, Event::EsutdNewContract, signed, region)? {
        let title = format!("Register the employment contract (signed {signed}) in ESUTD");
        steps.push(Step::from_deadline("esutd-registration", title, &d));
    }
    steps.sort_by_key(|s| (s.due.is_none(), s.due));
    Ok(steps)
}

/// Quota, vacancy posting, application and decision: planned backwards from the start.
fn before_start(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    steps: &mut Vec<Step>,
    uncertainties: &mut Vec<String>,
) -> Result<(), PlanError> {
    let region = req.region.trim();
    let decision = decision_day(cal, req.start)?;
    let (decision_term, decision_src) = term(rules, "foreign_labour.permit_decision", decision)?;
    let days = decision_term.map_or(0, |t| t.days);
    let apply_by = cal.sub_working_days(decision, days, WEEK)?;
    if decision_src.confidence == Some(kzcomply_law::rules::Confidence::Low) {
        uncertainties.push(format!(
            "Permit processing: kzcomply plans with {} for the decision ({}; confidence low). {} Apply earlier than the latest day if you can.",
            days_text(decision_term),
            decision_src.act,
            decision_src.note.as_deref().unwrap_or("")
        ));
    }
    steps.push(
        Step::new(
            "permit-decision",
            "The permit must be issued (last working day before the start)",
            Some(decision),
            "Order No. 279 of 30 Jun 2023: no work without the permit",
        )
        .note(Some("Allow time for the C3 visa too: the permit comes before the visa.".into())),
    );
    steps.push(Step::new(
        "permit-application",
        format!("Apply for the permit (latest day for a decision by {decision})"),
        Some(apply_by),
        format!(
            "the authority decides within {} — {}",
            decision_term.map_or("an unstated term".into(), |t| t.to_string()),
            source_text(&decision_src)
        ),
    ));
    let (posting_term, posting_src) = term(rules, "deadlines.foreign_workers.vacancy_posting", apply_by)?;
    if let Some(t) = posting_term {
        let nominal = apply_by.checked_sub(i64::from(t.days + 1).days()).map_err(|_| out_of_range(apply_by))?;
        let latest = cal.working_day_on_or_before(nominal, WEEK)?;
        // The forward engine agrees: posting on `latest` allows the application by `apply_by`
        // (unless the posting day itself is before the rule, when there is nothing to check).
        let opts = DeadlineOptions { week: WEEK, region: Some(region.to_string()) };
        if let Ok(fwd) = deadline(rules, cal, Event::VacancyPosting, latest, &opts) {
            debug_assert!(fwd.due <= apply_by, "posting {latest} allows {} > {apply_by}", fwd.due);
        }
        let moved = (latest != nominal).then(|| format!("{nominal} is not a working day: the working day before it."));
        steps.push(
            Step::new(
                "vacancy-posting",
                "Post the vacancy on the Electronic Labour Exchange (enbek.kz) — latest day",
                Some(latest),
                format!(
                    "the application is allowed after {t} from posting, quoting the vacancy's publication code — {}",
                    source_text(&posting_src)
                ),
            )
            .note(moved)
            .note(Some(
                "A qualified Kazakhstani candidate who applies and is refused without good reason can sink the application."
                    .into(),
            )),
        );
    }
    if req.category.within_quota() {
        let year_before = Date::new(req.start.year() - 1, 1, 1).map_err(|_| out_of_range(req.start))?;
        let title = format!("Quota application for {} in {region} (filed the year before)", req.start.year());
        match engine(rules, cal, Event::QuotaApplication, year_before, region)? {
            Some(d) => {
                let note = format!(
                    "If this day has passed, the permit can only come from the quota the region has left for {}: ask its employment department.",
                    req.start.year()
                );
                steps.push(Step::from_deadline("quota-application", title, &d).note(Some(note)));
            }
            None => steps.push(
                Step::new(
                    "quota-application",
                    title,
                    None,
                    "Government Decree No. 802 of 15 Dec 2016 (quota distribution)",
                )
                .note(uncovered(cal, year_before)),
            ),
        }
    }
    Ok(())
}

/// The mentor duties of a permit holder of categories 1–4.
fn after_start(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    steps: &mut Vec<Step>,
    uncertainties: &mut Vec<String>,
) -> Result<(), PlanError> {
    if req.category.role_category().is_none() {
        return Ok(());
    }
    let Some(m) = engine(rules, cal, Event::MentorAppointment, req.start, req.region.trim())? else {
        return Ok(());
    };
    uncertainties.push(
        "Mentoring: the 5-working-day clock is read from the foreign worker's first working day (the most natural reading of Order No. 197; confidence low)."
            .into(),
    );
    steps.push(Step::from_deadline(
        "mentor-appointment",
        "Appoint the foreign worker mentor to Kazakhstani staff by an employer's act, with a mentoring plan",
        &m,
    ));
    let (min, _) = duration(rules, "foreign_labour.mentoring.min", req.start)?;
    let (max, src) = duration(rules, "foreign_labour.mentoring.max", req.start)?;
    let opens = min.after(m.due).ok_or_else(|| out_of_range(m.due))?;
    let ends = max.after(m.due).ok_or_else(|| out_of_range(m.due))?;
    let mut period = Step::new(
        "mentoring-period",
        format!("Mentoring runs {min} to {max} from the appointment: it may end from {opens}, at the latest on {ends}"),
        Some(ends),
        source_text(&src),
    );
    period.window_opens = Some(opens);
    steps.push(period);
    let (report_term, report_src) = term(rules, "foreign_labour.mentoring.report", req.start)?;
    let days = report_term.map_or(0, |t| t.days);
    let (due, note) = match cal.working_day_on_or_after(ends, WEEK) {
        Ok(end) => (cal.sub_working_days(end, days, WEEK)?, None),
        Err(CalendarError::YearNotCovered { .. }) => (ends, uncovered(cal, ends)),
        Err(e) => return Err(e.into()),
    };
    steps.push(
        Step::new(
            "mentor-report",
            format!("The mentor reports on the mentoring ({} before it ends on {ends})", days_text(report_term)),
            Some(due),
            source_text(&report_src),
        )
        .note(note)
        .note(Some("If the mentoring ends earlier (not before the window opens), the report is due that many working days before the earlier end.".into())),
    );
    Ok(())
}

fn days_text(t: Option<Term>) -> String {
    t.map_or_else(|| "no term".into(), |t| t.to_string())
}

/// Expiry, the extension window and the business-trip limit.
fn permit_steps(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    permit: &PermitPlan,
    steps: &mut Vec<Step>,
) -> Result<(), PlanError> {
    let expires = permit.expires;
    let longest = match permit.longest_until {
        Some(d) => format!("With every extension the permit can run until {d}."),
        None => "No limit on the number of extensions is stated.".into(),
    };
    steps.push(
        Step::new(
            "permit-expiry",
            format!("The permit ({}, issued {}) expires", permit.term, permit.issued),
            Some(expires),
            format!("{} — {}", permit.validity, permit.basis),
        )
        .note(Some(longest)),
    );
    let (validity, _) = kzcomply_law::foreign::validity(rules, req.category, req.start)?;
    if validity.extendable() {
        match engine(rules, cal, Event::PermitExtension, expires, req.region.trim())? {
            Some(d) => {
                let mut s = Step::from_deadline("permit-extension", "Apply to extend the permit (window)", &d);
                s.window_opens = d.window_opens;
                steps.push(s.note(Some(
                    "Not extended if the quota is exhausted or the 70%/90% local-content ratios are broken.".into(),
                )));
            }
            None => {
                // The same terms the engine uses, counted back without moving off holidays.
                let (open, _) = term(rules, "deadlines.foreign_workers.permit_extension.earliest", expires)?;
                let (close, src) = term(rules, "deadlines.foreign_workers.permit_extension.latest", expires)?;
                let before = |t: Option<Term>| t.and_then(|t| expires.checked_sub(i64::from(t.days).days()).ok());
                let mut s = Step::new(
                    "permit-extension",
                    "Apply to extend the permit (window)",
                    before(close),
                    format!(
                        "no earlier than {} and no later than {} before expiry — {}",
                        days_text(open),
                        days_text(close),
                        source_text(&src)
                    ),
                )
                .note(uncovered(cal, expires));
                s.window_opens = before(open);
                steps.push(s);
            }
        }
    } else {
        steps.push(Step::new(
            "permit-ends",
            format!("{} permits cannot be extended: plan the end of work or a new permit", req.category),
            Some(expires),
            format!("{} — {}", permit.validity, permit.basis),
        ));
    }
    let (limit, src) = term(rules, "foreign_labour.business_trip_limit", req.start)?;
    steps.push(
        Step::new(
            "business-trips",
            format!(
                "Business trips outside {}: at most {} per calendar year under this permit (track them with `kzcomply trips`)",
                req.region.trim(),
                days_text(limit)
            ),
            None,
            source_text(&src),
        )
        .note(src.note.clone()),
    );
    Ok(())
}

/// One monthly foreign-labour report per month from `from`'s month to `until`'s month.
fn reports(
    rules: &RuleBook,
    cal: &Calendar,
    from: Date,
    until: Date,
    region: &str,
    steps: &mut Vec<Step>,
) -> Result<(), PlanError> {
    let mut month = from.first_of_month();
    while month <= until {
        let title = format!("Monthly foreign-labour report for {}", &month.to_string()[..7]);
        match engine(rules, cal, Event::ForeignLabourReport, month, region)? {
            Some(d) => steps.push(Step::from_deadline("foreign-labour-report", title, &d)),
            None => {
                let nominal = Date::new(month.year(), month.month(), 30.min(month.days_in_month()))
                    .map_err(|_| out_of_range(month))?;
                steps.push(
                    Step::new(
                        "foreign-labour-report",
                        title,
                        Some(nominal),
                        "by day 30 of the month — Order No. 279, p. 78 and annex 11",
                    )
                    .note(uncovered(cal, nominal)),
                );
            }
        }
        month = month.checked_add(1.month()).map_err(|_| out_of_range(month))?;
    }
    Ok(())
}

fn arrival(rules: &RuleBook, cal: &Calendar, req: &HireRequest, steps: &mut Vec<Step>) -> Result<(), PlanError> {
    let arrived = req.arrival.unwrap_or(req.start);
    let assumed = req.arrival.is_none().then(|| "Arrival assumed on the start day (give --arrival).".to_string());
    if let Some(d) = engine(rules, cal, Event::ArrivalNotification, arrived, req.region.trim())? {
        let title = format!("Notify the migration service of the arrival ({arrived}) — the receiving party");
        steps.push(Step::from_deadline("arrival-notification", title, &d).note(assumed));
    }
    Ok(())
}

fn eaeu_stay(rules: &RuleBook, cal: &Calendar, req: &HireRequest, steps: &mut Vec<Step>) -> Result<(), PlanError> {
    let arrived = req.arrival.unwrap_or(req.start);
    let (t, src) = term(rules, "foreign_labour.eaeu_stay_registration", arrived)?;
    let Some(t) = t else { return Ok(()) };
    let nominal = arrived.checked_add(i64::from(t.days).days()).map_err(|_| out_of_range(arrived))?;
    let (due, note) = match cal.add_calendar_days(arrived, t.days, WEEK) {
        Ok(d) => (d, (d != nominal).then(|| format!("{nominal} is not a working day: the next working day."))),
        Err(CalendarError::YearNotCovered { .. }) => (nominal, uncovered(cal, nominal)),
        Err(e) => return Err(e.into()),
    };
    steps.push(
        Step::new(
            "temporary-residence",
            "Register the stay: temporary residence for the contract's term (needs the ESUTD-registered contract)",
            Some(due),
            format!("{t} after entry — {}", source_text(&src)),
        )
        .note(note),
    );
    Ok(())
}
