//! Statutory deadlines: for an event on a date, the due date on the production calendar, the rule
//! and its legal basis, and the status on an "as of" date.
//!
//! Every period is a dated parameter under `deadlines.` (`rules/kz/deadlines.toml`); this module
//! only knows how each kind of event counts (after the event, on a day of the following month,
//! before an expiry date …). The conventions are in docs/deadlines-method.md.

mod event;
mod explain;
mod report;
mod status;

pub use event::{After, Event, region_slug};
pub use explain::{Explanation, Rule};
pub use report::DeadlineReport;
pub use status::Status;

use crate::calendar::{Calendar, CalendarError, Week};
use crate::rules::{RuleBook, RulesError, Source, Value};
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, tr};
use std::fmt;

/// A period in days, as the law writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub days: u32,
    pub unit: DayUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayUnit {
    Working,
    Calendar,
}

impl Term {
    /// The longest term a rule may give: a hundred years of days (the statute's are weeks).
    pub const MAX_DAYS: u32 = 36_600;

    /// Parses "5 working days" or "15 calendar days" (at most [`Term::MAX_DAYS`]).
    pub fn parse(s: &str) -> Option<Term> {
        let mut parts = s.split_whitespace();
        let days = parts.next()?.parse().ok().filter(|d| *d <= Term::MAX_DAYS)?;
        let unit = match parts.next()? {
            "working" => DayUnit::Working,
            "calendar" => DayUnit::Calendar,
            _ => return None,
        };
        matches!(parts.next(), Some("days" | "day")).then_some(())?;
        parts.next().is_none().then_some(Term { days, unit })
    }
}

/// "5 working days" (in another language: [`crate::text::term`]).
impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::term(Lang::En, *self))
    }
}

/// Options that change how a deadline is counted.
#[derive(Clone, Debug, Default)]
pub struct DeadlineOptions {
    /// The employer's week; state deadlines follow the official five-day calendar by default.
    pub week: Week,
    /// Region for regional deadlines (the quota application); `None` = the national default.
    pub region: Option<String>,
}

/// A computed deadline.
#[derive(Clone, Debug, PartialEq)]
pub struct Deadline {
    pub event: Event,
    pub date: Date,
    /// The last day to act — or, for the vacancy posting, the first day the application may be filed.
    pub due: Date,
    /// For the permit extension: the first day an application may be filed.
    pub window_opens: Option<Date>,
    /// The rule as written ("5 working days after signing"; [`Rule::text`] in a language).
    pub rule: Rule,
    /// The parameter the rule comes from.
    pub rule_key: String,
    pub basis: Source,
    /// How the due date was found, step by step ([`Explanation::text`] in a language).
    pub explanation: Explanation,
    /// Whether the due date rests on a provisional calendar year.
    pub provisional: bool,
}

/// Why a deadline cannot be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum DeadlineError {
    Calendar(CalendarError),
    Rules(RulesError),
    /// The obligation did not exist on that date: `reason` is the rule's note (or its source),
    /// in English; [`DeadlineError::message`] gives it in a language.
    NotRequired {
        event: &'static str,
        date: Date,
        reason: String,
        key: String,
        source: Box<Source>,
    },
}

impl DeadlineError {
    /// The error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DeadlineError::Calendar(e) => e.message(lang),
            DeadlineError::Rules(e) => e.message(lang),
            DeadlineError::NotRequired { date, key, source, .. } => {
                let reason = match &source.note {
                    Some(note) => crate::text::rules_text(lang, "note", key, note),
                    None => source.act_text(key, lang),
                };
                tr(lang, "deadline-not-required", &Args::new().date("date", *date).text("reason", reason))
            }
        }
    }
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DeadlineError {}

impl From<CalendarError> for DeadlineError {
    fn from(e: CalendarError) -> DeadlineError {
        DeadlineError::Calendar(e)
    }
}

impl From<RulesError> for DeadlineError {
    fn from(e: RulesError) -> DeadlineError {
        DeadlineError::Rules(e)
    }
}

/// The deadline for `event` on `date`.
pub fn deadline(
    rules: &RuleBook,
    calendar: &Calendar,
    event: Event,
    date: Date,
    options: &DeadlineOptions,
) -> Result<Deadline, DeadlineError> {
    event::compute(rules, calendar, event, date, options)
}

/// The term of `key` on `date`; `Ok(None)` when the rule was `none` then (the note says why).
pub fn term_on(rules: &RuleBook, key: &str, date: Date) -> Result<(Option<Term>, Source), RulesError> {
    match rules.value_on(key, date)? {
        (Value::Term(t), s) => Ok((Some(*t), s.clone())),
        (Value::NotApplicable, s) => Ok((None, s.clone())),
        (other, _) => Err(crate::rules::wrong_type(key, date, other, "a term such as \"5 working days\"")),
    }
}

fn day_of_month_on(rules: &RuleBook, key: &str, date: Date) -> Result<(i8, Source), RulesError> {
    match rules.value_on(key, date)? {
        (Value::DayOfMonth(d), s) => Ok((*d, s.clone())),
        (other, _) => Err(crate::rules::wrong_type(key, date, other, "a day of the month")),
    }
}
