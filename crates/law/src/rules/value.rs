//! The values a parameter can take, and their sources.

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
}

impl Kind {
    pub const NAMES: &'static str = "amount, rate, date, flag, statuses, conditions, rounding-mode";

    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "amount" => Kind::Amount,
            "rate" => Kind::Rate,
            "date" => Kind::Date,
            "flag" => Kind::Flag,
            "statuses" => Kind::Statuses,
            "conditions" => Kind::Conditions,
            "rounding-mode" => Kind::RoundingMode,
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
}
