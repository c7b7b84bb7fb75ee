//! The dated steps of a foreign hire. Forward dates (notifications, registrations, reports, the
//! extension window) come from the deadline engine; the dates before the start are planned
//! backwards from it on the same calendar (the permit must exist before the first working day).

use super::{HireRequest, PermitPlan, Position};
use crate::PlanError;
use crate::text;
use jiff::ToSpan;
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, t, tr};
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

    /// A step dated by the deadline engine: its rule and the act behind it are the basis.
    pub(super) fn from_deadline(step: &'static str, title: impl Into<String>, d: &Deadline, lang: Lang) -> Step {
        let provisional = d.provisional.then(|| t(lang, "hire-note-provisional"));
        let basis = basis(lang, text::rule(lang, d), text::source(lang, &d.rule_key, &d.basis));
        Step::new(step, title, Some(d.due), basis).note(provisional)
    }
}

/// "<rule> — <act>".
pub(super) fn basis(lang: Lang, rule: String, act: String) -> String {
    tr(lang, "hire-basis", &Args::new().text("rule", rule).text("act", act))
}

pub(super) const WEEK: Week = Week::FiveDay;

/// W(S): the last working day before the first working day; the permit must be issued by then.
pub(super) fn decision_day(cal: &Calendar, start: Date, lang: Lang) -> Result<Date, PlanError> {
    Ok(cal.working_day_on_or_before(start.yesterday().map_err(|_| out_of_range(start, lang))?, WEEK)?)
}

pub(super) fn out_of_range(d: Date, lang: Lang) -> PlanError {
    PlanError::input("--start", tr(lang, "hire-error-out-of-range", &Args::new().date("date", d)))
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

pub(super) fn uncovered(cal: &Calendar, d: Date, lang: Lang) -> Option<String> {
    Some(tr(
        lang,
        "hire-note-uncovered",
        &Args::new().text("year", d.year().to_string()).text("years", text::calendar_years(lang, cal)),
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
#[allow(clippy::too_many_arguments)]
pub(super) fn build(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    position: Position,
    permit: Option<&PermitPlan>,
    visa: &'static str,
    uncertainties: &mut Vec<String>,
    lang: Lang,
) -> Result<Vec<Step>, PlanError> {
    let mut steps = Vec::new();
    let region = req.region.trim();
    if let Some(permit) = permit {
        before_start(rules, cal, req, &mut steps, uncertainties, lang)?;
        if visa == "C3" {
            steps.push(Step::new("visa", t(lang, "hire-step-visa"), None, t(lang, "hire-step-visa-basis")));
        }
        after_start(rules, cal, req, &mut steps, uncertainties, lang)?;
        permit_steps(rules, cal, req, permit, &mut steps, lang)?;
        reports(rules, cal, req.start, permit.expires, region, &mut steps, lang)?;
    } else if let Position::Exempt(_) = position {
        if visa == "C3" {
            steps.push(Step::new(
                "visa",
                t(lang, "hire-step-visa-exempt"),
                None,
                t(lang, "hire-step-visa-exempt-basis"),
            ));
        }
        let last = Duration { n: 11, unit: kzcomply_law::duration::PeriodUnit::Months }
            .after(req.start)
            .ok_or_else(|| out_of_range(req.start, lang))?;
        reports(rules, cal, req.start, last, region, &mut steps, lang)?;
        if let Some(s) = steps.iter_mut().rev().find(|s| s.step == "foreign-labour-report") {
            s.note = Some(t(lang, "hire-note-exempt-reports"));
        }
    }
    if position != Position::Resident {
        arrival(rules, cal, req, &mut steps, lang)?;
    }
    if position == Position::Eaeu {
        eaeu_stay(rules, cal, req, &mut steps, lang)?;
    }
    let horizon = match permit {
        Some(p) => p.expires,
        None => Duration { n: 1, unit: kzcomply_law::duration::PeriodUnit::Years }
            .after(req.start)
            .ok_or_else(|| out_of_range(req.start, lang))?,
    };
    super::registration::plan(rules, cal, req, position, visa, horizon, &mut steps, uncertainties, lang)?;
    let signed = req.signed.unwrap_or(req.start);
    if let Some(d) = engine(rules, cal, Event::EsutdNewContract, signed, region)? {
        let title = tr(lang, "hire-step-esutd-registration", &Args::new().date("signed", signed));
        steps.push(Step::from_deadline("esutd-registration", title, &d, lang));
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
    lang: Lang,
) -> Result<(), PlanError> {
    let region = req.region.trim();
    let decision = decision_day(cal, req.start, lang)?;
    let decision_key = "foreign_labour.permit_decision";
    let (decision_term, decision_src) = term(rules, decision_key, decision)?;
    let days = decision_term.map_or(0, |t| t.days);
    let apply_by = cal.sub_working_days(decision, days, WEEK)?;
    if decision_src.confidence == Some(kzcomply_law::rules::Confidence::Low) {
        uncertainties.push(tr(
            lang,
            "hire-unclear-processing",
            &Args::new()
                .text("term", text::opt_term(lang, decision_term))
                .text("act", text::act(lang, decision_key, &decision_src))
                .text("note", text::note(lang, decision_key, &decision_src).unwrap_or_default()),
        ));
    }
    steps.push(
        Step::new(
            "permit-decision",
            t(lang, "hire-step-permit-decision"),
            Some(decision),
            t(lang, "hire-step-permit-decision-basis"),
        )
        .note(Some(t(lang, "hire-note-permit-decision"))),
    );
    steps.push(Step::new(
        "permit-application",
        tr(lang, "hire-step-permit-application", &Args::new().date("decision", decision)),
        Some(apply_by),
        tr(
            lang,
            "hire-step-permit-application-basis",
            &Args::new()
                .text("term", decision_term.map_or_else(|| t(lang, "hire-unstated-term"), |d| text::term(lang, d)))
                .text("act", text::source(lang, decision_key, &decision_src)),
        ),
    ));
    let posting_key = "deadlines.foreign_workers.vacancy_posting";
    let (posting_term, posting_src) = term(rules, posting_key, apply_by)?;
    if let Some(posting) = posting_term {
        let nominal =
            apply_by.checked_sub(i64::from(posting.days + 1).days()).map_err(|_| out_of_range(apply_by, lang))?;
        let latest = cal.working_day_on_or_before(nominal, WEEK)?;
        // The forward engine agrees: posting on `latest` allows the application by `apply_by`
        // (unless the posting day itself is before the rule, when there is nothing to check).
        let opts = DeadlineOptions { week: WEEK, region: Some(region.to_string()) };
        if let Ok(fwd) = deadline(rules, cal, Event::VacancyPosting, latest, &opts) {
            debug_assert!(fwd.due <= apply_by, "posting {latest} allows {} > {apply_by}", fwd.due);
        }
        let moved =
            (latest != nominal).then(|| tr(lang, "hire-note-moved-before", &Args::new().date("nominal", nominal)));
        steps.push(
            Step::new(
                "vacancy-posting",
                t(lang, "hire-step-vacancy-posting"),
                Some(latest),
                tr(
                    lang,
                    "hire-step-vacancy-posting-basis",
                    &Args::new()
                        .text("term", text::term(lang, posting))
                        .text("act", text::source(lang, posting_key, &posting_src)),
                ),
            )
            .note(moved)
            .note(Some(t(lang, "hire-note-vacancy-posting"))),
        );
    }
    if req.category.within_quota() {
        let year_before = Date::new(req.start.year() - 1, 1, 1).map_err(|_| out_of_range(req.start, lang))?;
        let year = req.start.year().to_string();
        let title = tr(
            lang,
            "hire-step-quota-application",
            &Args::new().text("year", year.clone()).text("region", region.to_string()),
        );
        match engine(rules, cal, Event::QuotaApplication, year_before, region)? {
            Some(d) => {
                let note = tr(lang, "hire-note-quota-application", &Args::new().text("year", year));
                steps.push(Step::from_deadline("quota-application", title, &d, lang).note(Some(note)));
            }
            None => steps.push(
                Step::new("quota-application", title, None, t(lang, "hire-step-quota-application-basis"))
                    .note(uncovered(cal, year_before, lang)),
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
    lang: Lang,
) -> Result<(), PlanError> {
    if req.category.role_category().is_none() {
        return Ok(());
    }
    let Some(m) = engine(rules, cal, Event::MentorAppointment, req.start, req.region.trim())? else {
        return Ok(());
    };
    uncertainties.push(t(lang, "hire-unclear-mentoring"));
    steps.push(Step::from_deadline("mentor-appointment", t(lang, "hire-step-mentor-appointment"), &m, lang));
    let (min, _) = duration(rules, "foreign_labour.mentoring.min", req.start)?;
    let max_key = "foreign_labour.mentoring.max";
    let (max, src) = duration(rules, max_key, req.start)?;
    let opens = min.after(m.due).ok_or_else(|| out_of_range(m.due, lang))?;
    let ends = max.after(m.due).ok_or_else(|| out_of_range(m.due, lang))?;
    let mut period = Step::new(
        "mentoring-period",
        tr(
            lang,
            "hire-step-mentoring-period",
            &Args::new()
                .text("min", text::duration(lang, min))
                .text("max", text::duration(lang, max))
                .date("opens", opens)
                .date("ends", ends),
        ),
        Some(ends),
        text::source(lang, max_key, &src),
    );
    period.window_opens = Some(opens);
    steps.push(period);
    let report_key = "foreign_labour.mentoring.report";
    let (report_term, report_src) = term(rules, report_key, req.start)?;
    let days = report_term.map_or(0, |t| t.days);
    let (due, note) = match cal.working_day_on_or_after(ends, WEEK) {
        Ok(end) => (cal.sub_working_days(end, days, WEEK)?, None),
        Err(CalendarError::YearNotCovered { .. }) => (ends, uncovered(cal, ends, lang)),
        Err(e) => return Err(e.into()),
    };
    steps.push(
        Step::new(
            "mentor-report",
            tr(
                lang,
                "hire-step-mentor-report",
                &Args::new().text("term", text::opt_term(lang, report_term)).date("ends", ends),
            ),
            Some(due),
            text::source(lang, report_key, &report_src),
        )
        .note(note)
        .note(Some(t(lang, "hire-note-mentor-report"))),
    );
    Ok(())
}

/// Expiry, the extension window and the business-trip limit.
fn permit_steps(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    permit: &PermitPlan,
    steps: &mut Vec<Step>,
    lang: Lang,
) -> Result<(), PlanError> {
    let expires = permit.expires;
    let longest = match permit.longest_until {
        Some(d) => tr(lang, "hire-note-longest", &Args::new().date("date", d)),
        None => t(lang, "hire-note-no-extension-limit"),
    };
    let validity_basis = basis(lang, permit.validity.clone(), permit.basis.clone());
    steps.push(
        Step::new(
            "permit-expiry",
            tr(
                lang,
                "hire-step-permit-expiry",
                &Args::new().text("term", permit.term.clone()).date("issued", permit.issued),
            ),
            Some(expires),
            validity_basis.clone(),
        )
        .note(Some(longest)),
    );
    let (validity, _) = kzcomply_law::foreign::validity(rules, req.category, req.start)?;
    if validity.extendable() {
        match engine(rules, cal, Event::PermitExtension, expires, req.region.trim())? {
            Some(d) => {
                let mut s = Step::from_deadline("permit-extension", t(lang, "hire-step-permit-extension"), &d, lang);
                s.window_opens = d.window_opens;
                steps.push(s.note(Some(t(lang, "hire-note-permit-extension"))));
            }
            None => {
                // The same terms the engine uses, counted back without moving off holidays.
                let (open, _) = term(rules, "deadlines.foreign_workers.permit_extension.earliest", expires)?;
                let close_key = "deadlines.foreign_workers.permit_extension.latest";
                let (close, src) = term(rules, close_key, expires)?;
                let before = |t: Option<Term>| t.and_then(|t| expires.checked_sub(i64::from(t.days).days()).ok());
                let mut s = Step::new(
                    "permit-extension",
                    t(lang, "hire-step-permit-extension"),
                    before(close),
                    tr(
                        lang,
                        "hire-step-permit-extension-basis",
                        &Args::new()
                            .text("open", text::opt_term(lang, open))
                            .text("close", text::opt_term(lang, close))
                            .text("act", text::source(lang, close_key, &src)),
                    ),
                )
                .note(uncovered(cal, expires, lang));
                s.window_opens = before(open);
                steps.push(s);
            }
        }
    } else {
        steps.push(Step::new(
            "permit-ends",
            tr(lang, "hire-step-permit-ends", &Args::new().text("category", text::category(lang, req.category))),
            Some(expires),
            validity_basis,
        ));
    }
    let limit_key = "foreign_labour.business_trip_limit";
    let (limit, src) = term(rules, limit_key, req.start)?;
    steps.push(
        Step::new(
            "business-trips",
            tr(
                lang,
                "hire-step-business-trips",
                &Args::new().text("region", req.region.trim().to_string()).text("limit", text::opt_term(lang, limit)),
            ),
            None,
            text::source(lang, limit_key, &src),
        )
        .note(text::note(lang, limit_key, &src)),
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
    lang: Lang,
) -> Result<(), PlanError> {
    let mut month = from.first_of_month();
    while month <= until {
        let title = tr(lang, "hire-step-foreign-labour-report", &Args::new().text("month", text::month(lang, month)));
        match engine(rules, cal, Event::ForeignLabourReport, month, region)? {
            Some(d) => steps.push(Step::from_deadline("foreign-labour-report", title, &d, lang)),
            None => {
                let nominal = Date::new(month.year(), month.month(), 30.min(month.days_in_month()))
                    .map_err(|_| out_of_range(month, lang))?;
                steps.push(
                    Step::new(
                        "foreign-labour-report",
                        title,
                        Some(nominal),
                        t(lang, "hire-step-foreign-labour-report-basis"),
                    )
                    .note(uncovered(cal, nominal, lang)),
                );
            }
        }
        month = month.checked_add(1.month()).map_err(|_| out_of_range(month, lang))?;
    }
    Ok(())
}

fn arrival(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    steps: &mut Vec<Step>,
    lang: Lang,
) -> Result<(), PlanError> {
    let arrived = req.arrival.unwrap_or(req.start);
    let assumed = req.arrival.is_none().then(|| t(lang, "hire-note-arrival-assumed"));
    if let Some(d) = engine(rules, cal, Event::ArrivalNotification, arrived, req.region.trim())? {
        let title = tr(lang, "hire-step-arrival-notification", &Args::new().date("arrived", arrived));
        steps.push(Step::from_deadline("arrival-notification", title, &d, lang).note(assumed));
    }
    Ok(())
}

fn eaeu_stay(
    rules: &RuleBook,
    cal: &Calendar,
    req: &HireRequest,
    steps: &mut Vec<Step>,
    lang: Lang,
) -> Result<(), PlanError> {
    let arrived = req.arrival.unwrap_or(req.start);
    let key = "foreign_labour.eaeu_stay_registration";
    let (stay, src) = term(rules, key, arrived)?;
    let Some(stay) = stay else { return Ok(()) };
    let nominal = arrived.checked_add(i64::from(stay.days).days()).map_err(|_| out_of_range(arrived, lang))?;
    let (due, note) = match cal.add_calendar_days(arrived, stay.days, WEEK) {
        Ok(d) => (d, (d != nominal).then(|| tr(lang, "hire-note-moved-after", &Args::new().date("nominal", nominal)))),
        Err(CalendarError::YearNotCovered { .. }) => (nominal, uncovered(cal, nominal, lang)),
        Err(e) => return Err(e.into()),
    };
    steps.push(
        Step::new(
            "temporary-residence",
            t(lang, "hire-step-temporary-residence"),
            Some(due),
            after_entry(lang, stay, text::source(lang, key, &src)),
        )
        .note(note),
    );
    Ok(())
}

/// "30 calendar days after entry — <act>".
pub(super) fn after_entry(lang: Lang, term: Term, act: String) -> String {
    tr(lang, "hire-basis-after-entry", &Args::new().text("term", text::term(lang, term)).text("act", act))
}
