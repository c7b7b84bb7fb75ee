//! Statutory parameters as dated data: the rule book.
//!
//! A [`RuleBook`] is a set of parameters (`opv.rate`, `mrp`, …), each with a history of values,
//! each value valid from `since` to `until` and carrying its legal source. It is built from TOML
//! text ([`RuleBook::from_files`]) — the crate never reads files itself; the built-in Kazakh rules
//! are compiled in ([`RuleBook::embedded`]). Amounts written as multiples of an index ("14 MRP")
//! are resolved against the index in force on 1 January of the year in question.
//!
//! A book can be layered: [`RuleBook::with_overlay`] puts partial rule files over it (`--rules-add`),
//! [`RuleBook::with_entered`] the values an organisation entered in the service; every value keeps
//! its [`Origin`]. [`RuleBook::coverage`] says where the book ends and what is missing after it.

mod coverage;
mod embedded;
mod load;
mod overlay;
mod parse;
mod value;

pub use coverage::{Coverage, Missing, Provisional};
pub use load::{Known, Problem, RulesError};
pub use overlay::EnteredValue;
pub use value::{Amount, Confidence, Index, Kind, Origin, Source, Value};

use crate::money::Money;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// One dated value of a parameter.
#[derive(Clone, Debug)]
pub struct Entry {
    pub since: Date,
    /// Last day the value applies (inclusive); `None` = still in force.
    pub until: Option<Date>,
    pub value: Value,
    pub source: Source,
}

impl Entry {
    pub fn covers(&self, date: Date) -> bool {
        self.since <= date && self.until.is_none_or(|u| date <= u)
    }
}

/// A parameter and its history, oldest first, without gaps or overlaps.
#[derive(Clone, Debug)]
pub struct Parameter {
    pub key: String,
    pub title: String,
    pub kind: Kind,
    /// The file it was read from, for error messages.
    pub file: String,
    pub entries: Vec<Entry>,
}

impl Parameter {
    pub fn entry_on(&self, date: Date) -> Option<&Entry> {
        self.entries.iter().find(|e| e.covers(date))
    }
}

/// The whole set of parameters.
#[derive(Clone, Debug, Default)]
pub struct RuleBook {
    params: BTreeMap<String, Parameter>,
}

impl RuleBook {
    /// The Kazakh rules shipped with kzcomply (`rules/kz/*.toml`, compiled in).
    pub fn embedded() -> RuleBook {
        let files = embedded::FILES.iter().map(|(name, text)| (name.to_string(), text.to_string()));
        load::load(files, &|_| Origin::BuiltIn).expect("the embedded rules are validated by the test suite")
    }

    /// Builds a rule book from `(file name, TOML text)` pairs, validating everything and reporting
    /// every problem found, each with its file and key.
    /// Each value's origin is [`Origin::RulesFile`] with its file name.
    pub fn from_files(files: impl IntoIterator<Item = (String, String)>) -> Result<RuleBook, RulesError> {
        load::load(files, &|file| Origin::RulesFile { file: file.to_string() })
    }

    /// The files compiled into [`RuleBook::embedded`], as (name, TOML text).
    pub fn embedded_files() -> impl Iterator<Item = (&'static str, &'static str)> {
        embedded::FILES.iter().copied()
    }

    pub fn get(&self, key: &str) -> Option<&Parameter> {
        self.params.get(key)
    }

    pub fn parameters(&self) -> impl Iterator<Item = &Parameter> {
        self.params.values()
    }

    /// The entry of `key` in force on `date`.
    pub fn entry_on(&self, key: &str, date: Date) -> Result<&Entry, RulesError> {
        let p = self.params.get(key).ok_or_else(|| RulesError::Missing { key: key.to_string() })?;
        p.entry_on(date).ok_or_else(|| RulesError::NotInForce { key: key.to_string(), date, known: known_range(p) })
    }

    /// Resolves an amount parameter on `date`; multiples of MRP/MZP use the index on `index_date`.
    /// `Ok(None)` means the parameter is explicitly `none` (the rule did not exist then).
    pub fn amount_on(&self, key: &str, date: Date, index_date: Date) -> Result<Option<Resolved>, RulesError> {
        let entry = self.entry_on(key, date)?;
        let amount = match &entry.value {
            Value::Amount(a) => *a,
            Value::NotApplicable => return Ok(None),
            other => return Err(wrong_type(key, date, other, "an amount")),
        };
        let value = self.resolve(key, amount, index_date)?;
        Ok(Some(Resolved { value, written: amount, source: entry.source.clone() }))
    }

    /// An amount written in the value of `key` (tenge, or a multiple of an index), in tenge:
    /// multiples of MRP/MZP use the index on `index_date`. Checked against [`Money::MAX_INPUT`].
    pub fn resolve(&self, key: &str, amount: Amount, index_date: Date) -> Result<Money, RulesError> {
        Ok(match amount {
            Amount::Tenge(m) => m,
            Amount::Multiple { count, index } => {
                let idx = self.amount_on(index.key(), index_date, index_date)?.ok_or_else(|| {
                    RulesError::NotInForce { key: index.key().to_string(), date: index_date, known: Known::None }
                })?;
                // Checked: an entered index or count may be absurd, and a rule amount, like any
                // input, is at most Money::MAX_INPUT (the engine's bounds rest on it).
                let exact = idx.value.to_decimal().checked_mul(count);
                exact.and_then(|e| Money::from_decimal(e.round_dp(2))).filter(|m| *m <= Money::MAX_INPUT).ok_or_else(
                    || {
                        RulesError::Invalid(vec![Problem {
                            file: self.params.get(key).map_or_else(String::new, |p| p.file.clone()),
                            key: key.to_string(),
                            message: format!(
                                "{count} {} = more than 1,000,000,000,000 KZT, the largest amount kzcomply accepts",
                                index.key().to_uppercase()
                            ),
                        }])
                    },
                )?
            }
        })
    }

    /// The value of a non-amount parameter on `date`.
    pub fn value_on(&self, key: &str, date: Date) -> Result<(&Value, &Source), RulesError> {
        let e = self.entry_on(key, date)?;
        Ok((&e.value, &e.source))
    }
}

/// The error for a parameter holding another kind of value than the caller needs.
pub fn wrong_type(key: &str, date: Date, found: &Value, expected: &str) -> RulesError {
    RulesError::WrongType { key: key.to_string(), date, found: found.to_string(), expected: expected.to_string() }
}

fn known_range(p: &Parameter) -> Known {
    match (p.entries.first(), p.entries.last()) {
        (Some(first), Some(last)) => match last.until {
            Some(u) => Known::Range(first.since, u),
            None => Known::From(first.since),
        },
        _ => Known::Never,
    }
}

/// An amount resolved for a date, with how it was written and where it comes from.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub value: Money,
    pub written: Amount,
    pub source: Source,
}

impl Resolved {
    /// "50 MZP = 4,250,000" for a multiple of an index, "85,000 KZT" for a tenge amount.
    pub fn describe(&self) -> String {
        match self.written {
            Amount::Multiple { .. } => format!("{} = {}", self.written, self.value),
            Amount::Tenge(_) => format!("{} KZT", self.value),
        }
    }
}
