//! The events kzcomply knows deadlines for, and how each one counts.

use super::{DayUnit, Deadline, DeadlineError, DeadlineOptions, Explanation, Rule, Term, day_of_month_on, term_on};
use crate::calendar::{Calendar, Week};
use crate::rules::{RuleBook, RulesError, Source, Value};
use jiff::ToSpan;
use jiff::civil::Date;
use kzcomply_i18n::{Lang, t};

/// An event that starts a statutory clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Event {
    EsutdNewContract,
    EsutdAmendment,
    EsutdTermination,
    EsutdReinstatement,
    EsutdCorrection,
    ForeignLabourReport,
    ArrivalNotification,
    ImmigrantRegistration,
    AddressChangeRegistration,
    MentorAppointment,
    PermitExtension,
    VacancyPosting,
    QuotaApplication,
    Form200,
    PayrollTaxes,
}

/// How an event's due date is found.
enum Counting {
    /// A term after the event's date (`what` names the event: signing).
    After { key: &'static str, what: After },
    /// A day of the same month (`months_after` = 0) or a later one.
    DayOfMonth { key: &'static str, months_after: i32 },
    /// A day of the second month after the quarter that contains the date.
    AfterQuarter { key: &'static str },
    /// A window before an expiry date: opens `earliest` before it, closes `latest` before it.
    BeforeExpiry { earliest: &'static str, latest: &'static str },
    /// A waiting period: the first allowed day is the day after the term ends.
    Waiting { key: &'static str },
    /// A day of the year, possibly set per region.
    Annual { key: &'static str },
}

/// What a term is counted after ("5 working days after signing").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum After {
    Signing,
    Termination,
    Reinstatement,
    WrongEntry,
    Arrival,
    Entry,
    Move,
    StartOfWork,
}

impl After {
    /// The stable name the catalogue selects on.
    pub fn name(self) -> &'static str {
        match self {
            After::Signing => "signing",
            After::Termination => "termination",
            After::Reinstatement => "reinstatement",
            After::WrongEntry => "wrong-entry",
            After::Arrival => "arrival",
            After::Entry => "entry",
            After::Move => "move",
            After::StartOfWork => "start-of-work",
        }
    }
}

impl Event {
    pub const ALL: [Event; 15] = [
        Event::EsutdNewContract,
        Event::EsutdAmendment,
        Event::EsutdTermination,
        Event::EsutdReinstatement,
        Event::EsutdCorrection,
        Event::ForeignLabourReport,
        Event::ArrivalNotification,
        Event::ImmigrantRegistration,
        Event::AddressChangeRegistration,
        Event::MentorAppointment,
        Event::PermitExtension,
        Event::VacancyPosting,
        Event::QuotaApplication,
        Event::Form200,
        Event::PayrollTaxes,
    ];

    /// The name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Event::EsutdNewContract => "esutd-new-contract",
            Event::EsutdAmendment => "esutd-amendment",
            Event::EsutdTermination => "esutd-termination",
            Event::EsutdReinstatement => "esutd-reinstatement",
            Event::EsutdCorrection => "esutd-correction",
            Event::ForeignLabourReport => "foreign-labour-report",
            Event::ArrivalNotification => "arrival-notification",
            Event::ImmigrantRegistration => "immigrant-registration",
            Event::AddressChangeRegistration => "address-change-registration",
            Event::MentorAppointment => "mentor-appointment",
            Event::PermitExtension => "permit-extension",
            Event::VacancyPosting => "vacancy-posting",
            Event::QuotaApplication => "quota-application",
            Event::Form200 => "form-200",
            Event::PayrollTaxes => "payroll-taxes",
        }
    }

    pub fn parse(s: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.name() == s)
    }

    /// What is due, in plain words ("register a new employment contract in ESUTD").
    pub fn action(self, lang: Lang) -> String {
        t(lang, &format!("deadline-action-{}", self.name()))
    }

    /// What `--date` means for this event ("the day both parties signed").
    pub fn date_means(self, lang: Lang) -> String {
        t(lang, &format!("deadline-date-means-{}", self.name()))
    }

    /// What is due and what `--date` means, in English.
    pub fn describe(self) -> (String, String) {
        (self.action(Lang::En), self.date_means(Lang::En))
    }

    fn counting(self) -> Counting {
        use Counting::*;
        match self {
            Event::EsutdNewContract => After { key: "deadlines.esutd.new_contract", what: self::After::Signing },
            Event::EsutdAmendment => After { key: "deadlines.esutd.amendment", what: self::After::Signing },
            Event::EsutdTermination => After { key: "deadlines.esutd.termination", what: self::After::Termination },
            Event::EsutdReinstatement => {
                After { key: "deadlines.esutd.reinstatement", what: self::After::Reinstatement }
            }
            Event::EsutdCorrection => After { key: "deadlines.esutd.correction", what: self::After::WrongEntry },
            Event::ArrivalNotification => {
                After { key: "deadlines.migration.arrival_notification", what: self::After::Arrival }
            }
            Event::ImmigrantRegistration => {
                After { key: "deadlines.migration.immigrant_registration", what: self::After::Entry }
            }
            Event::AddressChangeRegistration => {
                After { key: "deadlines.migration.address_change_registration", what: self::After::Move }
            }
            Event::MentorAppointment => {
                After { key: "deadlines.foreign_workers.mentor_appointment", what: self::After::StartOfWork }
            }
            Event::ForeignLabourReport => {
                DayOfMonth { key: "deadlines.foreign_workers.monthly_report", months_after: 0 }
            }
            Event::PayrollTaxes => DayOfMonth { key: "deadlines.tax.payroll_payment", months_after: 1 },
            Event::Form200 => AfterQuarter { key: "deadlines.tax.form_200" },
            Event::PermitExtension => BeforeExpiry {
                earliest: "deadlines.foreign_workers.permit_extension.earliest",
                latest: "deadlines.foreign_workers.permit_extension.latest",
            },
            Event::VacancyPosting => Waiting { key: "deadlines.foreign_workers.vacancy_posting" },
            Event::QuotaApplication => Annual { key: "deadlines.foreign_workers.quota_application" },
        }
    }
}

/// The term of `key`, or why the obligation did not exist on `date`.
fn required_term(rules: &RuleBook, key: &str, event: Event, date: Date) -> Result<(Term, Source), DeadlineError> {
    match term_on(rules, key, date)? {
        (Some(t), s) => Ok((t, s)),
        (None, s) => Err(DeadlineError::NotRequired {
            event: event.name(),
            date,
            reason: s.note.clone().unwrap_or_else(|| s.act.clone()),
            key: key.to_string(),
            source: Box::new(s),
        }),
    }
}

pub(super) fn compute(
    rules: &RuleBook,
    cal: &Calendar,
    event: Event,
    date: Date,
    opts: &DeadlineOptions,
) -> Result<Deadline, DeadlineError> {
    let week = opts.week;
    let mut window_opens = None;
    let (due, rule, rule_key, basis, explanation) = match event.counting() {
        Counting::After { key, what } => {
            let (term, source) = required_term(rules, key, event, date)?;
            let (due, how) = match term.unit {
                DayUnit::Working => {
                    let due = cal.add_working_days(date, term.days, week)?;
                    (due, Explanation::WorkingDays { term, from: date, counted: counted(cal, date, due, week)? })
                }
                DayUnit::Calendar => calendar_days(cal, date, term.days, week)?,
            };
            (due, Rule::After { term, after: what }, key.to_string(), source, how)
        }
        Counting::DayOfMonth { key, months_after } => {
            let (day_no, source) = day_of_month_on(rules, key, date)?;
            let month = date.first_of_month().checked_add(months_after.months()).map_err(|_| range(cal, date))?;
            let (due, how) = day_of_month(cal, month, day_no, week, None)?;
            (due, Rule::DayOfMonth { day: day_no, next_month: months_after != 0 }, key.to_string(), source, how)
        }
        Counting::AfterQuarter { key } => {
            let (day_no, source) = day_of_month_on(rules, key, date)?;
            let quarter_start_month = (date.month() - 1) / 3 * 3 + 1;
            let quarter = Date::new(date.year(), quarter_start_month, 1).expect("valid");
            let month = quarter.checked_add(4.months()).map_err(|_| range(cal, date))?;
            let q = (date.month() - 1) / 3 + 1;
            let (due, how) = day_of_month(cal, month, day_no, week, Some((q, date.year())))?;
            (due, Rule::AfterQuarter { day: day_no }, key.to_string(), source, how)
        }
        Counting::BeforeExpiry { earliest, latest } => {
            let (open_term, _) = required_term(rules, earliest, event, date)?;
            let (close_term, source) = required_term(rules, latest, event, date)?;
            let opens = date.checked_sub(i64::from(open_term.days).days()).map_err(|_| range(cal, date))?;
            let limit = date.checked_sub(i64::from(close_term.days).days()).map_err(|_| range(cal, date))?;
            let due = cal.working_day_on_or_before(limit, week)?;
            window_opens = Some(opens);
            let how = Explanation::Window { expiry: date, opens, open_term, limit, due };
            let rule = Rule::Window { earliest: open_term, latest: close_term };
            (due, rule, latest.to_string(), source, how)
        }
        Counting::Waiting { key } => {
            let (term, source) = required_term(rules, key, event, date)?;
            let allowed = date.checked_add(i64::from(term.days + 1).days()).map_err(|_| range(cal, date))?;
            cal.is_working_day(allowed, week)?; // the date must be inside the calendar
            let how = Explanation::Waiting { posted: date, term, passed: allowed - 1.day(), allowed };
            (allowed, Rule::Waiting { term }, key.to_string(), source, how)
        }
        Counting::Annual { key } => {
            let (md, source, used_key) = annual_rule(rules, key, date, opts.region.as_deref())?;
            let day_in_year = md.in_year(date.year()).unwrap_or_else(|| date.last_of_year());
            let due = cal.working_day_on_or_after(day_in_year, week)?;
            (due, Rule::Annual { day: md }, used_key, source, Explanation::Annual { nominal: day_in_year, due })
        }
    };
    let provisional = cal.year_info(due.year()).is_ok_and(|y| y.provisional);
    Ok(Deadline { event, date, due, window_opens, rule, rule_key, basis, explanation, provisional })
}

/// A quota deadline: the region's own value in force on `date`, or the national default.
fn annual_rule(
    rules: &RuleBook,
    key: &str,
    date: Date,
    region: Option<&str>,
) -> Result<(crate::calendar::MonthDay, Source, String), RulesError> {
    let regional = region.map(|r| format!("{key}.{}", region_slug(r)));
    let chosen = match regional {
        Some(k) if rules.get(&k).is_some_and(|p| p.entry_on(date).is_some()) => k,
        _ => format!("{key}.default"),
    };
    match rules.value_on(&chosen, date)? {
        (Value::MonthDay(md), s) => Ok((*md, s.clone(), chosen)),
        (other, _) => Err(crate::rules::wrong_type(&chosen, date, other, "a day of the year such as \"09-30\"")),
    }
}

/// "Almaty city" → "almaty_city": how a region name becomes part of a parameter key.
pub fn region_slug(region: &str) -> String {
    region
        .trim()
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

fn calendar_days(cal: &Calendar, date: Date, n: u32, week: Week) -> Result<(Date, Explanation), DeadlineError> {
    let end = date.checked_add(i64::from(n).days()).map_err(|_| range(cal, date))?;
    let due = cal.add_calendar_days(date, n, week)?;
    Ok((due, Explanation::CalendarDays { from: date, days: n, end, due }))
}

/// Day `day_no` of `month` (the last day in shorter months), moved to the next working day.
fn day_of_month(
    cal: &Calendar,
    month: Date,
    day_no: i8,
    week: Week,
    quarter: Option<(i8, i16)>,
) -> Result<(Date, Explanation), DeadlineError> {
    let last = month.last_of_month();
    let short = day_no > last.day();
    let nominal = if short { last } else { Date::new(month.year(), month.month(), day_no).expect("valid") };
    let due = cal.working_day_on_or_after(nominal, week)?;
    Ok((due, Explanation::DayOfMonth { quarter, nominal, day: day_no, short, due }))
}

/// The working days counted, in order.
fn counted(cal: &Calendar, from: Date, due: Date, week: Week) -> Result<Vec<Date>, DeadlineError> {
    let mut days = Vec::new();
    let mut d = from;
    while d < due {
        d = cal.add_working_days(d, 1, week)?;
        days.push(d);
    }
    Ok(days)
}

fn range(cal: &Calendar, date: Date) -> crate::calendar::CalendarError {
    crate::calendar::CalendarError::YearNotCovered { year: date.year(), known: cal.years().to_vec() }
}
