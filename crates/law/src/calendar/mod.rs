//! The production calendar: which days are worked, and working-day arithmetic on them.
//!
//! The calendar is built from the rule book ([`Calendar::from_rules`]): every holiday is a dated
//! parameter under `holidays.` with the act that made it, and every covered year is an entry of
//! `calendar.year` (official, provisional, or overridden where a later act changes the published
//! calendar, with the Ministry's one-off transfers). From those it
//! derives, for the five-day and the six-day week, the carry-overs (a state holiday on a weekly rest
//! day makes the next working day a day off; religious days are never carried over) and a running
//! count of working days, so every question below is a lookup, not a walk.
//!
//! Conventions (docs/deadlines-method.md): "N working days after D" is the N-th working day
//! strictly after D; "N calendar days after D" is D + N, moved to the next working day when that
//! day is not worked (Civil Code arts. 173 and 175: a period runs from the next day and ends on the next
//! working day); counts between two dates
//! include both ends.

mod build;
mod data;
mod report;

pub use data::{HolidayRule, MonthDay, Transfer, Week, YearOverride, YearRule, YearStatus};
pub use report::{DayReport, MonthReport, OverrideReport, YearReport};

use crate::rules::{RuleBook, RulesError, Source};
use jiff::civil::{Date, Weekday};
use kzcomply_i18n::{Args, Lang, t, tr};

/// Why a calendar question has no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// The calendar has no `year`; `known` are the years it has.
    YearNotCovered {
        year: i16,
        known: Vec<YearInfo>,
    },
    Reversed {
        from: Date,
        to: Date,
    },
}

impl CalendarError {
    /// The error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CalendarError::YearNotCovered { year, known } => tr(
                lang,
                "calendar-error-year-not-covered",
                &Args::new().text("year", year.to_string()).text("known", years_text(known, lang)),
            ),
            CalendarError::Reversed { from, to } => {
                tr(lang, "calendar-error-reversed", &Args::new().date("from", *from).date("to", *to))
            }
        }
    }
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CalendarError {}

/// "2024, 2025, 2026, 2027 (provisional)", in `lang`.
fn years_text(years: &[YearInfo], lang: Lang) -> String {
    let list: Vec<String> = years
        .iter()
        .map(|y| {
            let year = y.year.to_string();
            if y.provisional { tr(lang, "calendar-year-provisional", &Args::new().text("year", year)) } else { year }
        })
        .collect();
    if list.is_empty() { t(lang, "calendar-no-years") } else { list.join(", ") }
}

/// What makes a day special in the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayKind {
    /// A state or national holiday (carried over when it falls on a rest day).
    Holiday,
    /// A religious day off (7 January, Kurban Ait): never carried over.
    Religious,
    /// A working day made a day off because a holiday fell on a rest day.
    CarryOver,
    /// A working day made a day off by a transfer order.
    TransferDayOff,
    /// A rest day made a working day by a transfer order.
    TransferWorked,
}

/// One special day, with the reason and the act behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct DayNote {
    pub date: Date,
    pub kind: DayKind,
    /// Why the day is special ([`DayNote::reason`] in words).
    pub why: Why,
    /// Whether the day is worked after everything is applied.
    pub working: bool,
    pub source: Source,
}

/// Why a day is special, as data: the words are written in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// A holiday (`key` its parameter, `name` its title in the rules); `carried_to` the working day
    /// made a day off for it when it falls on a rest day; `rest_day` whether it does.
    Holiday { key: String, name: String, rest_day: bool, carried_to: Option<Date> },
    /// The day off carried over from the holiday `key` on the rest day `from`.
    CarryOver { key: String, name: String, from: Date },
    /// A working day made a day off by a transfer, in exchange for the rest day `worked`.
    TransferDayOff { worked: Date },
    /// A rest day worked by a transfer, in exchange for the day `off`.
    TransferWorked { off: Date },
}

impl Why {
    /// The parameter the day's source belongs to: the holiday, or `calendar.year` for a transfer.
    pub fn key(&self) -> &str {
        match self {
            Why::Holiday { key, .. } | Why::CarryOver { key, .. } => key,
            Why::TransferDayOff { .. } | Why::TransferWorked { .. } => build::YEAR_KEY,
        }
    }
}

impl DayNote {
    /// The reason in words: "Nauryz meiramy (falls on a rest day; carried over to Tue 2026-03-24)".
    pub fn reason(&self, lang: Lang) -> String {
        let name = |key: &str, name: &str| crate::text::rules_text(lang, "title", key, name);
        match &self.why {
            Why::Holiday { key, name: n, rest_day, carried_to } => {
                let how = match (rest_day, carried_to, self.kind) {
                    (false, _, _) => "no",
                    (true, Some(_), _) => "carried",
                    (true, None, DayKind::Religious) => "religious",
                    (true, None, _) => "no",
                };
                let mut args = Args::new().text("name", name(key, n)).text("rest", how);
                args = match carried_to {
                    Some(to) => args.text("to", crate::text::day(lang, *to)),
                    None => args.text("to", ""),
                };
                tr(lang, "calendar-reason-holiday", &args)
            }
            Why::CarryOver { key, name: n, from } => tr(
                lang,
                "calendar-reason-carry-over",
                &Args::new().text("name", name(key, n)).text("from", crate::text::day(lang, *from)),
            ),
            Why::TransferDayOff { worked } => tr(
                lang,
                "calendar-reason-transfer-day-off",
                &Args::new().text("worked", crate::text::day(lang, *worked)),
            ),
            Why::TransferWorked { off } => {
                tr(lang, "calendar-reason-transfer-worked", &Args::new().text("off", crate::text::day(lang, *off)))
            }
        }
    }
}

/// Calendar days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i32 {
    day_number(b) - day_number(a)
}

/// One covered year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearInfo {
    pub year: i16,
    pub provisional: bool,
    /// Official, provisional, or overridden (see [`Calendar::year_override`] for what differs).
    pub status: YearStatus,
}

/// The working days of one week regime over the covered years.
#[derive(Clone, Debug)]
struct Timeline {
    /// `cum[i]` = working days in `[start, start + i)`; one longer than the number of days.
    cum: Vec<u32>,
    notes: Vec<DayNote>,
}

/// The production calendar over the covered years, for both week regimes.
#[derive(Clone, Debug)]
pub struct Calendar {
    years: Vec<YearInfo>,
    /// What each overridden year changes in the published calendar.
    overrides: Vec<(i16, YearOverride)>,
    /// Day number (see [`day_number`]) of 1 January of the first covered year.
    start: i32,
    five: Timeline,
    six: Timeline,
}

impl Calendar {
    /// Builds the calendar from the `holidays.*` and `calendar.year` parameters.
    pub fn from_rules(rules: &RuleBook) -> Result<Calendar, RulesError> {
        build::build(rules)
    }

    /// The covered years, oldest first.
    pub fn years(&self) -> &[YearInfo] {
        &self.years
    }

    /// "2024, 2025, 2026, 2027 (provisional)".
    pub fn describe_years(&self) -> String {
        years_text(&self.years, Lang::En)
    }

    /// The covered years in `lang`: "2024, 2025, 2026, 2027 (предварительный)".
    pub fn years_text(&self, lang: Lang) -> String {
        years_text(&self.years, lang)
    }

    pub fn year_info(&self, year: i16) -> Result<YearInfo, CalendarError> {
        self.years.iter().copied().find(|y| y.year == year).ok_or_else(|| self.not_covered(year))
    }

    /// For a year whose status is overridden: what kzcomply changes in the published calendar.
    pub fn year_override(&self, year: i16) -> Option<&YearOverride> {
        self.overrides.iter().find(|(y, _)| *y == year).map(|(_, o)| o)
    }

    /// Whether `date` is worked under `week`.
    pub fn is_working_day(&self, date: Date, week: Week) -> Result<bool, CalendarError> {
        let i = self.index(date)?;
        let cum = &self.timeline(week).cum;
        Ok(cum[i + 1] > cum[i])
    }

    /// Working days from `from` to `to`, both included.
    pub fn working_days_between(&self, from: Date, to: Date, week: Week) -> Result<u32, CalendarError> {
        if from > to {
            return Err(CalendarError::Reversed { from, to });
        }
        let (a, b) = (self.index(from)?, self.index(to)?);
        let cum = &self.timeline(week).cum;
        Ok(cum[b + 1] - cum[a])
    }

    /// The `n`-th working day strictly after `date` (`date` itself when `n` is 0).
    pub fn add_working_days(&self, date: Date, n: u32, week: Week) -> Result<Date, CalendarError> {
        if n == 0 {
            self.index(date)?;
            return Ok(date);
        }
        let i = self.index(date)?;
        let cum = &self.timeline(week).cum;
        let last = self.years.last().map_or(date.year(), |y| y.year);
        // `n` comes from the user: a count past every working day there is is past the calendar.
        let Some(target) = cum[i + 1].checked_add(n) else { return Err(self.not_covered(last + 1)) };
        // The first k with cum[k] == target; the day is k - 1.
        let k = cum.partition_point(|&c| c < target);
        if k >= cum.len() {
            return Err(self.not_covered(last + 1));
        }
        Ok(self.date_at(k - 1))
    }

    /// The `n`-th working day strictly before `date` (`date` itself when `n` is 0): the working day
    /// X with `add_working_days(X, n) == date` when `date` is worked. Used to plan backwards.
    pub fn sub_working_days(&self, date: Date, n: u32, week: Week) -> Result<Date, CalendarError> {
        let i = self.index(date)?;
        if n == 0 {
            return Ok(date);
        }
        let cum = &self.timeline(week).cum;
        // cum[i] working days lie strictly before `date`; the wanted day has cum[i] − n before it.
        let Some(before) = cum[i].checked_sub(n) else {
            return Err(self.not_covered(self.years.first().map_or(date.year(), |y| y.year) - 1));
        };
        let k = cum.partition_point(|&c| c < before + 1);
        Ok(self.date_at(k - 1))
    }

    /// `date` + `n` calendar days, moved to the next working day when that day is not worked.
    pub fn add_calendar_days(&self, date: Date, n: u32, week: Week) -> Result<Date, CalendarError> {
        let beyond = || self.not_covered(self.years.last().map_or(date.year(), |y| y.year) + 1);
        // `Span::days` panics past its range: `try_days` for a count that comes from the user.
        let span = jiff::Span::new().try_days(i64::from(n)).map_err(|_| beyond())?;
        let end = date.checked_add(span).map_err(|_| beyond())?;
        self.working_day_on_or_after(end, week)
    }

    /// `date` if worked, else the next working day.
    pub fn working_day_on_or_after(&self, date: Date, week: Week) -> Result<Date, CalendarError> {
        if self.is_working_day(date, week)? {
            return Ok(date);
        }
        self.add_working_days(date, 1, week)
    }

    /// `date` if worked, else the last working day before it.
    pub fn working_day_on_or_before(&self, date: Date, week: Week) -> Result<Date, CalendarError> {
        let i = self.index(date)?;
        let cum = &self.timeline(week).cum;
        let target = cum[i + 1];
        if target == 0 {
            return Err(self.not_covered(date.year() - 1));
        }
        // The first k with cum[k] == target is one past the last working day on or before `date`.
        let k = cum.partition_point(|&c| c < target);
        Ok(self.date_at(k - 1))
    }

    /// The year's special days (holidays, carry-overs, transfers), in date order.
    pub fn notes(&self, year: i16, week: Week) -> Result<impl Iterator<Item = &DayNote>, CalendarError> {
        self.year_info(year)?;
        Ok(self.timeline(week).notes.iter().filter(move |n| n.date.year() == year))
    }

    /// Working days in each month of `year` (January first).
    pub fn monthly_working_days(&self, year: i16, week: Week) -> Result<[u32; 12], CalendarError> {
        self.year_info(year)?;
        let mut out = [0; 12];
        for (m, slot) in (1..=12).zip(out.iter_mut()) {
            let first = Date::new(year, m, 1).expect("valid month");
            *slot = self.working_days_between(first, first.last_of_month(), week)?;
        }
        Ok(out)
    }

    fn timeline(&self, week: Week) -> &Timeline {
        match week {
            Week::FiveDay => &self.five,
            Week::SixDay => &self.six,
        }
    }

    fn index(&self, date: Date) -> Result<usize, CalendarError> {
        let i = day_number(date) - self.start;
        if i < 0 || i as usize + 1 >= self.five.cum.len() {
            return Err(self.not_covered(date.year()));
        }
        Ok(i as usize)
    }

    fn date_at(&self, i: usize) -> Date {
        date_from_number(self.start + i as i32)
    }

    fn not_covered(&self, year: i16) -> CalendarError {
        CalendarError::YearNotCovered { year, known: self.years.clone() }
    }
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's `days_from_civil`).
pub(crate) fn day_number(d: Date) -> i32 {
    let (y, m, day) = (i32::from(d.year()), i32::from(d.month()), i32::from(d.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`day_number`].
pub(crate) fn date_from_number(z: i32) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i32::from(month <= 2);
    Date::new(year as i16, month as i8, day as i8).expect("a day number maps to a valid date")
}

/// Short English weekday name: the JSON contract's `weekday` (texts use [`crate::text::weekday`]).
pub fn weekday_name(d: Date) -> &'static str {
    match d.weekday() {
        Weekday::Monday => "Mon",
        Weekday::Tuesday => "Tue",
        Weekday::Wednesday => "Wed",
        Weekday::Thursday => "Thu",
        Weekday::Friday => "Fri",
        Weekday::Saturday => "Sat",
        Weekday::Sunday => "Sun",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for (d, n) in [(jiff::civil::date(1970, 1, 1), 0), (jiff::civil::date(2000, 3, 1), 11_017)] {
            assert_eq!(day_number(d), n);
            assert_eq!(date_from_number(n), d);
        }
        let mut d = jiff::civil::date(2023, 12, 25);
        for _ in 0..800 {
            let next = d.tomorrow().unwrap();
            assert_eq!(day_number(next), day_number(d) + 1, "{next}");
            assert_eq!(date_from_number(day_number(next)), next);
            d = next;
        }
    }
}
