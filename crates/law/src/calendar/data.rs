//! The calendar's rule values: holidays, calendar years and their transfers, days of the year.

use jiff::civil::{Date, Weekday};
use std::fmt;

/// A day of the year without the year, e.g. 30 September.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthDay {
    pub month: i8,
    pub day: i8,
}

impl MonthDay {
    /// Parses "09-30". 29 February is accepted (it exists in leap years).
    pub fn parse(s: &str) -> Option<MonthDay> {
        let (m, d) = s.trim().split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (month, day) = (m.parse::<i8>().ok()?, d.parse::<i8>().ok()?);
        Date::new(2024, month, day).ok()?;
        Some(MonthDay { month, day })
    }

    /// This day in `year`; `None` for 29 February in a common year.
    pub fn in_year(self, year: i16) -> Option<Date> {
        Date::new(year, self.month, self.day).ok()
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

/// A holiday as the law defines it: the days it falls on each year and whether a day that falls on
/// a weekly rest day is carried over to the next working day (state holidays are; the religious
/// days off, 7 January and Kurban Ait, are not — Labour Code art. 84 p. 5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HolidayRule {
    pub days: Vec<MonthDay>,
    pub carried_over: bool,
}

impl fmt::Display for HolidayRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days: Vec<String> = self.days.iter().map(|d| d.to_string()).collect();
        let carry = if self.carried_over { "carried over" } else { "not carried over" };
        write!(f, "{} ({carry})", days.join(", "))
    }
}

/// One production-calendar year: official, provisional or overridden, and the one-off transfers
/// ordered for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearRule {
    /// Computed from the rules before the Ministry published the year's calendar.
    pub provisional: bool,
    pub transfers: Vec<Transfer>,
    /// The Ministry published the year's calendar, but kzcomply's rules depart from it on purpose
    /// (status "overridden"): what differs and the published total.
    pub overridden: Option<YearOverride>,
}

impl YearRule {
    pub fn status(&self) -> YearStatus {
        match (self.provisional, &self.overridden) {
            (true, _) => YearStatus::Provisional,
            (false, Some(_)) => YearStatus::Overridden,
            (false, None) => YearStatus::Official,
        }
    }
}

/// How far a covered year rests on a published calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum YearStatus {
    /// The Ministry's published calendar, as kzcomply computes it.
    Official,
    /// Computed from the rules; nothing published yet.
    Provisional,
    /// A calendar was published, but a later act changes it and kzcomply follows the act.
    Overridden,
}

impl YearStatus {
    pub fn name(self) -> &'static str {
        match self {
            YearStatus::Official => "official",
            YearStatus::Provisional => "provisional",
            YearStatus::Overridden => "overridden",
        }
    }
}

/// What an overridden year changes in the published calendar.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct YearOverride {
    /// The published calendar's working days on the five-day week.
    pub published_working_days: u32,
    /// The days that differ and why, in plain words.
    pub differs: String,
}

impl fmt::Display for YearRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.status().name())?;
        if let Some(o) = &self.overridden {
            write!(f, " (published: {} working days; differs: {})", o.published_working_days, o.differs)?;
        }
        for t in &self.transfers {
            write!(f, "; day off {} for working day {}", t.day_off, t.working_day)?;
        }
        Ok(())
    }
}

/// A day off moved by the Ministry (Labour Code art. 85 p. 3): `working_day` (a rest day) is worked
/// and `day_off` (a working day) is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transfer {
    pub day_off: Date,
    pub working_day: Date,
}

/// Which days are weekly rest days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Week {
    /// Saturday and Sunday off (the default and the official calendar's basis).
    #[default]
    FiveDay,
    /// Sunday off only.
    SixDay,
}

impl Week {
    pub const ALL: [Week; 2] = [Week::FiveDay, Week::SixDay];

    pub fn name(self) -> &'static str {
        match self {
            Week::FiveDay => "five-day",
            Week::SixDay => "six-day",
        }
    }

    pub fn parse(s: &str) -> Option<Week> {
        Week::ALL.into_iter().find(|w| w.name() == s || w.name().replace('-', "") == s)
    }

    pub fn is_rest_day(self, weekday: Weekday) -> bool {
        match self {
            Week::FiveDay => matches!(weekday, Weekday::Saturday | Weekday::Sunday),
            Week::SixDay => weekday == Weekday::Sunday,
        }
    }
}
