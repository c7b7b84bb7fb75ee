//! The JSON shape of a calendar year (`kzcomply calendar 2026 --json`, and the API).

use super::{Calendar, CalendarError, DayKind, DayNote, Week, YearStatus, weekday_name};
use jiff::civil::Date;
use kzcomply_i18n::Lang;

/// A year of the production calendar for one week regime.
#[derive(Clone, Debug, serde::Serialize)]
pub struct YearReport {
    pub year: i16,
    pub week: Week,
    pub provisional: bool,
    /// `official`, `provisional`, or `overridden` (a later act changes the published calendar).
    pub status: YearStatus,
    /// For an overridden year: what differs from the published calendar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overridden: Option<OverrideReport>,
    pub working_days: u32,
    pub non_working_days: u32,
    /// Holidays (on any day), carry-overs and transferred days off, in date order.
    pub days_off: Vec<DayReport>,
    /// Weekly rest days made working days by a transfer.
    pub worked_rest_days: Vec<DayReport>,
    pub months: Vec<MonthReport>,
}

/// What an overridden year changes in the published calendar.
#[derive(Clone, Debug, serde::Serialize)]
pub struct OverrideReport {
    /// The days that differ and why.
    pub differs: String,
    /// The published calendar's working days (given for the five-day week, its basis).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_working_days: Option<u32>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct DayReport {
    #[serde(serialize_with = "crate::json::date")]
    pub date: Date,
    pub weekday: &'static str,
    pub kind: DayKind,
    pub reason: String,
    pub source: String,
    pub reference: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<crate::rules::Confidence>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct MonthReport {
    pub month: i8,
    pub working_days: u32,
    pub non_working_days: u32,
}

impl Calendar {
    /// The whole year as a report, its reasons, sources and notes in `lang` (the ids, `kind`
    /// and `weekday`, are the same in every language).
    pub fn year_report(&self, year: i16, week: Week, lang: Lang) -> Result<YearReport, CalendarError> {
        let info = self.year_info(year)?;
        let months = self.monthly_working_days(year, week)?;
        let day = |n: &DayNote| DayReport {
            date: n.date,
            weekday: weekday_name(n.date),
            kind: n.kind,
            reason: n.reason(lang),
            source: n.source.act_text(n.why.key(), lang),
            reference: n.source.reference.clone(),
            confidence: n.source.confidence,
        };
        let notes: Vec<&DayNote> = self.notes(year, week)?.collect();
        let working_days: u32 = months.iter().sum();
        let days_in_year = Date::new(year, 12, 31).expect("valid").day_of_year() as u32;
        Ok(YearReport {
            year,
            week,
            provisional: info.provisional,
            status: info.status,
            overridden: self.year_override(year).map(|o| OverrideReport {
                differs: crate::text::rules_text(lang, "differs", super::build::YEAR_KEY, &o.differs),
                published_working_days: (week == Week::FiveDay).then_some(o.published_working_days),
            }),
            working_days,
            non_working_days: days_in_year - working_days,
            days_off: notes.iter().filter(|n| !n.working).map(|n| day(n)).collect(),
            worked_rest_days: notes.iter().filter(|n| n.working).map(|n| day(n)).collect(),
            months: (1..=12)
                .zip(months)
                .map(|(m, w)| {
                    let len = Date::new(year, m, 1).expect("valid").days_in_month() as u32;
                    MonthReport { month: m, working_days: w, non_working_days: len - w }
                })
                .collect(),
        })
    }
}
