//! Administrative fines: the sanction for a violation on a date, by offender class, first offence or
//! repeat within a year, in MRP and in tenge at the MRP of the violation's year.
//!
//! Sanctions are dated parameters `fines.<group>.<first|repeat>.<tier>` (`rules/kz/fines.toml`),
//! so a law that introduces or changes a fine is a data edit with its effective date. A sanction
//! written `"none"` means the act was not finable under that article on that date, and the entry's
//! note says why.

mod offender;
mod report;

pub use offender::{Offender, Tier};
pub use report::FineReport;

use crate::money::Money;
use crate::rules::{RuleBook, RulesError, Source, Value};
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, t, tr};
use rust_decimal::Decimal;
use std::fmt;

/// A sanction as the article writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SanctionRule {
    /// "CoAO art. 98 part 1-1".
    pub article: String,
    pub penalty: Penalty,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Penalty {
    Warning,
    /// A fine of this many MRP.
    Mrp(Decimal),
    /// A fine between these many MRP.
    MrpRange(Decimal, Decimal),
}

impl Penalty {
    /// Parses "warning", "30 MRP" or "60..150 MRP".
    pub fn parse(s: &str) -> Option<Penalty> {
        let s = s.trim();
        if s == "warning" {
            return Some(Penalty::Warning);
        }
        let number = s.strip_suffix("MRP")?.trim();
        let positive = |t: &str| t.trim().parse::<Decimal>().ok().filter(|d| d.is_sign_positive() && !d.is_zero());
        match number.split_once("..") {
            Some((a, b)) => {
                let (a, b) = (positive(a)?, positive(b)?);
                (a < b).then_some(Penalty::MrpRange(a, b))
            }
            None => positive(number).map(Penalty::Mrp),
        }
    }
}

/// An article as the rules write it ("CoAO art. 98 part 1-1") in `lang`: "КоАП РК, ст. 98 ч. 1-1",
/// "ҚР ӘҚБтК, 98-бап 1-1-бөлік". Another wording is shown as written.
pub fn article_text(article: &str, lang: Lang) -> String {
    let parsed = article
        .strip_prefix("CoAO art. ")
        .and_then(|rest| rest.split_once(" part "))
        .filter(|(a, p)| !a.is_empty() && !p.is_empty() && !a.contains(' ') && !p.contains(' '));
    match parsed {
        Some((art, part)) if lang != Lang::En => {
            tr(lang, "fine-article-coao", &Args::new().text("article", art).text("part", part))
        }
        _ => article.to_string(),
    }
}

impl fmt::Display for SanctionRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.penalty {
            Penalty::Warning => write!(f, "warning ({})", self.article),
            Penalty::Mrp(n) => write!(f, "{n} MRP ({})", self.article),
            Penalty::MrpRange(a, b) => write!(f, "{a}..{b} MRP ({})", self.article),
        }
    }
}

/// A violation kzcomply can price.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Violation {
    EsutdLate,
    EsutdMissing,
    EsutdIncomplete,
    EsutdInaccurate,
    ForeignLabourReport,
    ForeignWorkerWithoutContract,
}

impl Violation {
    pub const ALL: [Violation; 6] = [
        Violation::EsutdLate,
        Violation::EsutdMissing,
        Violation::EsutdIncomplete,
        Violation::EsutdInaccurate,
        Violation::ForeignLabourReport,
        Violation::ForeignWorkerWithoutContract,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Violation::EsutdLate => "esutd-late",
            Violation::EsutdMissing => "esutd-missing",
            Violation::EsutdIncomplete => "esutd-incomplete",
            Violation::EsutdInaccurate => "esutd-inaccurate",
            Violation::ForeignLabourReport => "foreign-labour-report",
            Violation::ForeignWorkerWithoutContract => "foreign-worker-without-contract",
        }
    }

    pub fn parse(s: &str) -> Option<Violation> {
        Violation::ALL.into_iter().find(|v| v.name() == s)
    }

    /// The violation in plain words, in `lang`.
    pub fn description(self, lang: Lang) -> String {
        t(lang, &format!("fine-violation-{}", self.name()))
    }

    /// The violation in plain English words.
    pub fn describe(self) -> String {
        self.description(Lang::En)
    }

    /// The group of parameters under `fines.` that prices it.
    fn group(self) -> &'static str {
        match self {
            Violation::EsutdLate
            | Violation::EsutdMissing
            | Violation::EsutdIncomplete
            | Violation::EsutdInaccurate => "esutd",
            Violation::ForeignLabourReport => "foreign_labour_report",
            Violation::ForeignWorkerWithoutContract => "without_contract",
        }
    }
}

/// The sanction for one violation.
#[derive(Clone, Debug, PartialEq)]
pub struct Fine {
    pub violation: Violation,
    pub on: Date,
    pub offender: Offender,
    pub repeat: bool,
    pub outcome: Outcome,
    /// The parameter the sanction comes from.
    pub rule_key: String,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// No sanction under this article on that date; the reason says why.
    NotFinable {
        reason: String,
    },
    Warning {
        article: String,
    },
    /// A fine of `mrp_min`..`mrp_max` MRP (equal where the law fixes one amount).
    Fine {
        article: String,
        mrp_min: Decimal,
        mrp_max: Decimal,
        mrp_value: Money,
        min: Money,
        max: Money,
    },
}

impl Fine {
    /// Why there is no sanction, in `lang` (`None` when there is one): the rule's note, or
    /// "no sanction in force on … (act)".
    pub fn reason_text(&self, lang: Lang) -> Option<String> {
        let Outcome::NotFinable { .. } = &self.outcome else { return None };
        Some(match self.source.note_text(&self.rule_key, lang) {
            Some(note) => note,
            None => tr(
                lang,
                "fine-no-sanction",
                &Args::new().date("on", self.on).text("act", self.source.act_text(&self.rule_key, lang)),
            ),
        })
    }

    /// The most it can cost (zero for a warning or nothing).
    pub fn exposure(&self) -> Money {
        match &self.outcome {
            Outcome::Fine { max, .. } => *max,
            _ => Money::ZERO,
        }
    }
}

/// Whether a violation on `on` is a repeat of one penalised on `previous`: within one year of it.
pub fn is_repeat(previous: Date, on: Date) -> bool {
    previous <= on && previous.checked_add(jiff::Span::new().years(1)).is_ok_and(|limit| on <= limit)
}

/// The sanction for `violation` committed on `on` by `offender`.
pub fn fine(
    rules: &RuleBook,
    violation: Violation,
    on: Date,
    offender: Offender,
    repeat: bool,
) -> Result<Fine, RulesError> {
    let offence = if repeat { "repeat" } else { "first" };
    let base = format!("fines.{}.{offence}", violation.group());
    let tiered = format!("{base}.{}", offender.tier().name());
    let key = if rules.get(&tiered).is_some() { tiered } else { format!("{base}.any") };
    let (value, source) = rules.value_on(&key, on)?;
    let outcome = match value {
        Value::NotApplicable => Outcome::NotFinable {
            reason: source.note.clone().unwrap_or_else(|| {
                tr(Lang::En, "fine-no-sanction", &Args::new().date("on", on).text("act", source.act.as_str()))
            }),
        },
        Value::Sanction(rule) => match rule.penalty {
            Penalty::Warning => Outcome::Warning { article: rule.article.clone() },
            Penalty::Mrp(n) => priced(rules, &key, on, &rule.article, n, n)?,
            Penalty::MrpRange(a, b) => priced(rules, &key, on, &rule.article, a, b)?,
        },
        other => return Err(crate::rules::wrong_type(&key, on, other, "a sanction")),
    };
    Ok(Fine { violation, on, offender, repeat, outcome, rule_key: key, source: source.clone() })
}

/// Tenge at the MRP in force on 1 January of the violation's year.
fn priced(
    rules: &RuleBook,
    key: &str,
    on: Date,
    article: &str,
    lo: Decimal,
    hi: Decimal,
) -> Result<Outcome, RulesError> {
    let jan1 = Date::new(on.year(), 1, 1).expect("valid");
    let mrp = rules
        .amount_on("mrp", jan1, jan1)?
        .ok_or_else(|| RulesError::NotInForce { key: "mrp".into(), date: jan1, known: crate::rules::Known::None })?
        .value;
    let times = |n: Decimal| {
        // Checked, and at most Money::MAX_INPUT, like every amount the rules give.
        mrp.to_decimal().checked_mul(n).and_then(Money::from_decimal).filter(|m| *m <= Money::MAX_INPUT).ok_or_else(
            || crate::rules::wrong_type(key, on, &Value::NotApplicable, "a fine of at most 1,000,000,000,000 KZT"),
        )
    };
    Ok(Outcome::Fine {
        article: article.to_string(),
        mrp_min: lo,
        mrp_max: hi,
        mrp_value: mrp,
        min: times(lo)?,
        max: times(hi)?,
    })
}
