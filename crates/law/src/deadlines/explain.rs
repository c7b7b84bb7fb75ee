//! A deadline's rule and how its due date was found, kept as data and written out in the reader's
//! language only when someone reads them (an audit computes many deadlines and reads few).

use super::{After, Term};
use crate::calendar::MonthDay;
use crate::text::{day, term};
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, tr};
use std::fmt;

/// The rule of a deadline as the law writes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// "5 working days after signing".
    After { term: Term, after: After },
    /// "by day 30 of the same month" (or of the following month).
    DayOfMonth { day: i8, next_month: bool },
    /// "by day 15 of the second month after the quarter".
    AfterQuarter { day: i8 },
    /// "no earlier than 60 calendar days and no later than 30 calendar days before expiry".
    Window { earliest: Term, latest: Term },
    /// "apply after 15 calendar days from posting".
    Waiting { term: Term },
    /// "by 09-30 of the year".
    Annual { day: MonthDay },
}

impl Rule {
    /// The rule in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Rule::After { term: t, after } => {
                tr(lang, "deadline-rule-after", &Args::new().text("term", term(lang, *t)).text("after", after.name()))
            }
            Rule::DayOfMonth { day, next_month } => tr(
                lang,
                "deadline-rule-day-of-month",
                &Args::new().num("day", i64::from(*day)).text("month", if *next_month { "next" } else { "same" }),
            ),
            Rule::AfterQuarter { day } => {
                tr(lang, "deadline-rule-after-quarter", &Args::new().num("day", i64::from(*day)))
            }
            Rule::Window { earliest, latest } => tr(
                lang,
                "deadline-rule-window",
                &Args::new().text("earliest", term(lang, *earliest)).text("latest", term(lang, *latest)),
            ),
            Rule::Waiting { term: t } => tr(lang, "deadline-rule-waiting", &Args::new().text("term", term(lang, *t))),
            Rule::Annual { day } => tr(lang, "deadline-rule-annual", &month_day(lang, *day)),
        }
    }
}

/// `MM-DD` in English ("09-30"), `DD.MM` in Russian and Kazakh ("30.09").
fn month_day(lang: Lang, md: MonthDay) -> Args {
    let written = match lang {
        Lang::En => md.to_string(),
        Lang::Ru | Lang::Kk => format!("{:02}.{:02}", md.day, md.month),
    };
    Args::new().text("day", written)
}

/// "5 working days after signing", in English.
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// How a due date was found, step by step.
#[derive(Clone, Debug, PartialEq)]
pub enum Explanation {
    /// A term of working days after `from`: the days counted, in order.
    WorkingDays { term: Term, from: Date, counted: Vec<Date> },
    /// `from` + `days` calendar days = `end`, moved to `due` when `end` is not worked.
    CalendarDays { from: Date, days: u32, end: Date, due: Date },
    /// Day `day` of a month (`nominal`; the month's last day when it is `short` of it), moved to
    /// `due` when not worked; for a quarterly deadline, the quarter and its year.
    DayOfMonth { quarter: Option<(i8, i16)>, nominal: Date, day: i8, short: bool, due: Date },
    /// A window before `expiry`: opens on `opens` (`open_term` before), closes on `due` (the
    /// limit, or the last working day before it).
    Window { expiry: Date, opens: Date, open_term: Term, limit: Date, due: Date },
    /// A waiting period from `posted`: `term` passes on `passed`; allowed from `allowed`.
    Waiting { posted: Date, term: Term, passed: Date, allowed: Date },
    /// A day of the year (`nominal`), moved to `due` when not worked.
    Annual { nominal: Date, due: Date },
}

impl Explanation {
    /// The explanation in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let moved = |nominal: &Date, due: &Date| if nominal == due { "no" } else { "yes" };
        match self {
            Explanation::WorkingDays { term: t, from, counted } => {
                let days: Vec<String> = counted.iter().map(|d| day(lang, *d)).collect();
                let list = if days.len() > 6 {
                    let n = days.len();
                    format!("{}, {} … {} ({n})", days[0], days[1], days[n - 1])
                } else {
                    days.join(", ")
                };
                tr(
                    lang,
                    "deadline-how-working-days",
                    &Args::new().text("term", term(lang, *t)).text("from", day(lang, *from)).text("days", list),
                )
            }
            Explanation::CalendarDays { from, days, end, due } => tr(
                lang,
                "deadline-how-calendar-days",
                &Args::new()
                    .text("from", day(lang, *from))
                    .num("days", i64::from(*days))
                    .text("end", day(lang, *end))
                    .text("moved", moved(end, due))
                    .text("due", day(lang, *due)),
            ),
            Explanation::DayOfMonth { quarter, nominal, day: n, short, due } => {
                let how = tr(
                    lang,
                    "deadline-how-day-of-month",
                    &Args::new()
                        .text("nominal", day(lang, *nominal))
                        .num("day", i64::from(*n))
                        .text("short", if *short { "yes" } else { "no" })
                        .text("moved", moved(nominal, due))
                        .text("due", day(lang, *due)),
                );
                match quarter {
                    None => how,
                    Some((q, year)) => tr(
                        lang,
                        "deadline-how-quarter",
                        &Args::new().num("quarter", i64::from(*q)).text("year", year.to_string()).text("how", how),
                    ),
                }
            }
            Explanation::Window { expiry, opens, open_term, limit, due } => tr(
                lang,
                "deadline-how-window",
                &Args::new()
                    .text("expiry", day(lang, *expiry))
                    .text("opens", day(lang, *opens))
                    .text("term", term(lang, *open_term))
                    .text("due", day(lang, *due))
                    .text("moved", moved(limit, due))
                    .text("limit", day(lang, *limit)),
            ),
            Explanation::Waiting { posted, term: t, passed, allowed } => tr(
                lang,
                "deadline-how-waiting",
                &Args::new()
                    .text("posted", day(lang, *posted))
                    .text("term", term(lang, *t))
                    .text("passed", day(lang, *passed))
                    .text("allowed", day(lang, *allowed)),
            ),
            Explanation::Annual { nominal, due } => tr(
                lang,
                "deadline-how-annual",
                &Args::new()
                    .text("nominal", day(lang, *nominal))
                    .text("moved", moved(nominal, due))
                    .text("due", day(lang, *due)),
            ),
        }
    }
}

/// The explanation in English.
impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}
