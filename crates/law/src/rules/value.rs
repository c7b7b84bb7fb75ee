//! The values a parameter can take, and their sources.

use crate::calendar::{HolidayRule, MonthDay, YearRule};
use crate::deadlines::Term;
use crate::duration::Duration;
use crate::fines::SanctionRule;
use crate::foreign::PermitValidity;
use crate::money::Money;
use crate::people::{ConditionSet, StatusSet};
use crate::rate::{Rate, RoundingMode};
use jiff::civil::Date;
use std::fmt;

/// What kind of value a parameter holds (its `type` in the TOML).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Amount,
    Rate,
    Date,
    Flag,
    Statuses,
    Conditions,
    RoundingMode,
    /// A whole number (headcount thresholds).
    Count,
    /// A period in working or calendar days ("5 working days").
    Term,
    /// A day of the month (1–31); in shorter months the last day.
    DayOfMonth,
    /// A day of the year without the year ("09-30").
    MonthDay,
    /// A holiday: its days of the year and whether it is carried over.
    Holiday,
    /// A production-calendar year: official or provisional, and the Ministry's transfers.
    CalendarYear,
    /// An administrative sanction: the article and the fine.
    Sanction,
    /// A calendar period ("6 months", "90 days").
    Duration,
    /// A work permit's terms and extensions.
    PermitValidity,
    /// A list of ISO 3166 alpha-2 country codes.
    Countries,
    /// How a kind of accrual enters one charge's base: in it or not, and an exempt part
    /// (`accruals.toml`).
    Accrual,
    /// A code of a classifier, as digits ("010", "101201"): payment purpose codes and budget
    /// classification codes (`payments.toml`).
    Code,
}

impl Kind {
    pub const NAMES: &'static str = "amount, rate, date, flag, statuses, conditions, rounding-mode, count, term, \
        day-of-month, month-day, holiday, calendar-year, sanction, duration, permit-validity, countries, accrual, code";

    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "amount" => Kind::Amount,
            "rate" => Kind::Rate,
            "date" => Kind::Date,
            "flag" => Kind::Flag,
            "statuses" => Kind::Statuses,
            "conditions" => Kind::Conditions,
            "rounding-mode" => Kind::RoundingMode,
            "count" => Kind::Count,
            "term" => Kind::Term,
            "day-of-month" => Kind::DayOfMonth,
            "month-day" => Kind::MonthDay,
            "holiday" => Kind::Holiday,
            "calendar-year" => Kind::CalendarYear,
            "sanction" => Kind::Sanction,
            "duration" => Kind::Duration,
            "permit-validity" => Kind::PermitValidity,
            "countries" => Kind::Countries,
            "accrual" => Kind::Accrual,
            "code" => Kind::Code,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Amount => "amount",
            Kind::Rate => "rate",
            Kind::Date => "date",
            Kind::Flag => "flag",
            Kind::Statuses => "statuses",
            Kind::Conditions => "conditions",
            Kind::RoundingMode => "rounding-mode",
            Kind::Count => "count",
            Kind::Term => "term",
            Kind::DayOfMonth => "day-of-month",
            Kind::MonthDay => "month-day",
            Kind::Holiday => "holiday",
            Kind::CalendarYear => "calendar-year",
            Kind::Sanction => "sanction",
            Kind::Duration => "duration",
            Kind::PermitValidity => "permit-validity",
            Kind::Countries => "countries",
            Kind::Accrual => "accrual",
            Kind::Code => "code",
        }
    }
}

/// The index an amount can be a multiple of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Index {
    /// Monthly calculation index (МРП).
    Mrp,
    /// Minimum monthly wage (МЗП).
    Mzp,
}

impl Index {
    /// The parameter that holds the index's value.
    pub fn key(self) -> &'static str {
        match self {
            Index::Mrp => "mrp",
            Index::Mzp => "mzp",
        }
    }
}

/// An amount as written in the rules: tenge, or a multiple of an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    Tenge(Money),
    Multiple { count: rust_decimal::Decimal, index: Index },
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Amount::Tenge(m) => write!(f, "{} KZT", m.plain()),
            Amount::Multiple { count, index } => write!(f, "{count} {}", index.key().to_uppercase()),
        }
    }
}

/// A parameter's value in one period.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Amount(Amount),
    Rate(Rate),
    /// The rule did not exist in this period (written `"none"`).
    NotApplicable,
    Date(Date),
    Flag(bool),
    Statuses(StatusSet),
    Conditions(ConditionSet),
    RoundingMode(RoundingMode),
    Count(u32),
    Term(Term),
    DayOfMonth(i8),
    MonthDay(MonthDay),
    Holiday(HolidayRule),
    CalendarYear(YearRule),
    Sanction(SanctionRule),
    Duration(Duration),
    PermitValidity(PermitValidity),
    Countries(Vec<String>),
    Accrual(crate::payroll::month::AccrualRule),
    /// Digits, leading zeros kept.
    Code(String),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Amount(a) => a.fmt(f),
            Value::Rate(r) => r.fmt(f),
            Value::NotApplicable => f.write_str("none"),
            Value::Date(d) => d.fmt(f),
            Value::Flag(b) => b.fmt(f),
            Value::Statuses(s) => f.write_str(&s.iter().map(|s| s.name()).collect::<Vec<_>>().join(", ")),
            Value::Conditions(c) => {
                let names: Vec<_> = c.iter().map(|c| c.name()).collect();
                f.write_str(if names.is_empty() { "(none)" } else { "" })?;
                f.write_str(&names.join(", "))
            }
            Value::RoundingMode(m) => f.write_str(m.name()),
            Value::Count(n) => n.fmt(f),
            Value::Term(t) => t.fmt(f),
            Value::DayOfMonth(d) => write!(f, "day {d}"),
            Value::MonthDay(md) => md.fmt(f),
            Value::Holiday(h) => h.fmt(f),
            Value::CalendarYear(y) => y.fmt(f),
            Value::Sanction(s) => s.fmt(f),
            Value::Duration(d) => d.fmt(f),
            Value::PermitValidity(v) => v.fmt(f),
            Value::Countries(c) => f.write_str(&c.join(", ")),
            Value::Accrual(a) => a.fmt(f),
            Value::Code(c) => f.write_str(c),
        }
    }
}

/// How sure the sources are of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    pub fn parse(s: &str) -> Option<Confidence> {
        match s {
            "high" => Some(Confidence::High),
            "medium" => Some(Confidence::Medium),
            "low" => Some(Confidence::Low),
            _ => None,
        }
    }
}

/// Where a value comes from: the legal act and article, and a public reference.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Source {
    /// The legal act and article.
    #[serde(rename = "source")]
    pub act: String,
    /// A public reference where it can be checked.
    pub reference: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Where kzcomply got the value: built in, a rules file, or entered by a user.
    pub origin: Origin,
}

impl Source {
    /// The act, in `lang` where the catalogue has its official title for the value of `key`
    /// (`law-source-<key>`) and the rules still say what was translated; else as written.
    pub fn act_text(&self, key: &str, lang: kzcomply_i18n::Lang) -> String {
        crate::text::rules_text(lang, "source", key, &self.act)
    }

    /// The note, in `lang` where the catalogue translates it (`law-note-<key>`); else as written.
    pub fn note_text(&self, key: &str, lang: kzcomply_i18n::Lang) -> Option<String> {
        self.note.as_deref().map(|n| crate::text::rules_text(lang, "note", key, n))
    }
}

/// Where a value of the rule book comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Origin {
    /// Compiled into kzcomply (`rules/kz/`).
    #[default]
    BuiltIn,
    /// A file of a rules directory given instead of the built-in rules (`--rules DIR`).
    RulesFile { file: String },
    /// An overlay file layered over the base rules (`--rules-add DIR`).
    Overlay { file: String },
    /// Entered in the service for one organisation.
    Entered {
        /// The stored value's id.
        id: String,
        /// The user who entered it (an e-mail address).
        by: String,
        #[serde(serialize_with = "crate::json::date")]
        on: Date,
    },
}

impl Origin {
    pub fn is_built_in(&self) -> bool {
        matches!(self, Origin::BuiltIn)
    }
}

impl Origin {
    /// Where the value comes from, in `lang`: "built-in", "overlay my-2027/indices.toml".
    pub fn text(&self, lang: kzcomply_i18n::Lang) -> String {
        use kzcomply_i18n::{Args, t, tr};
        match self {
            Origin::BuiltIn => t(lang, "rules-origin-built-in"),
            Origin::RulesFile { file } => tr(lang, "rules-origin-rules-file", &Args::new().text("file", file.as_str())),
            Origin::Overlay { file } => tr(lang, "rules-origin-overlay", &Args::new().text("file", file.as_str())),
            Origin::Entered { by, on, .. } => {
                tr(lang, "rules-origin-entered", &Args::new().text("by", by.as_str()).date("on", *on))
            }
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(kzcomply_i18n::Lang::En))
    }
}
