//! The size class of a business (Entrepreneurial Code art. 24): micro, small, medium or large, from
//! its average annual headcount and average annual income in MRP.
//!
//! The thresholds are dated parameters under `entity_size.` (`rules/kz/entity_size.toml`). The
//! headcount counts staff received under outstaffing contracts: they work for the receiving party
//! and count in its average headcount (Labour Code art. 137-1; see the domain notes, section 5).
//!
//! Precedence, as the article's wording gives it: large if headcount > the medium limit OR income >
//! the medium limit; otherwise small if headcount ≤ the small limit AND income ≤ the small limit,
//! and within small, micro if headcount ≤ the micro limit OR income ≤ the micro limit; otherwise
//! medium.

use crate::rules::{Amount, RuleBook, RulesError, Source, Value};
use jiff::civil::Date;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

impl SizeClass {
    pub fn name(self) -> &'static str {
        match self {
            SizeClass::Micro => "micro",
            SizeClass::Small => "small",
            SizeClass::Medium => "medium",
            SizeClass::Large => "large",
        }
    }
}

/// The people counted: own staff and staff received from a sending party.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Headcount {
    pub own: u32,
    pub outstaffed_in: u32,
}

impl Headcount {
    pub fn total(self) -> u32 {
        self.own.saturating_add(self.outstaffed_in)
    }
}

/// A classification with the limits used and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Classification {
    pub class: SizeClass,
    pub headcount: u32,
    #[serde(serialize_with = "crate::json::decimal")]
    pub income_mrp: Decimal,
    pub reason: String,
    #[serde(flatten)]
    pub source: Source,
}

struct Limits {
    headcount: u32,
    income_mrp: Decimal,
}

fn limits(rules: &RuleBook, class: &str, on: Date) -> Result<(Limits, Source), RulesError> {
    let hkey = format!("entity_size.{class}.headcount");
    let ikey = format!("entity_size.{class}.income");
    let headcount = match rules.value_on(&hkey, on)? {
        (Value::Count(n), _) => *n,
        (other, _) => return Err(crate::rules::wrong_type(&hkey, on, other, "a count")),
    };
    let (income_mrp, source) = match rules.value_on(&ikey, on)? {
        (Value::Amount(Amount::Multiple { count, index: crate::rules::Index::Mrp }), s) => (*count, s.clone()),
        (other, _) => return Err(crate::rules::wrong_type(&ikey, on, other, "an amount in MRP")),
    };
    Ok((Limits { headcount, income_mrp }, source))
}

/// Classifies a business on `on` (the thresholds in force that day).
pub fn classify(
    rules: &RuleBook,
    on: Date,
    headcount: Headcount,
    income_mrp: Decimal,
) -> Result<Classification, RulesError> {
    let (micro, micro_source) = limits(rules, "micro", on)?;
    let (small, small_source) = limits(rules, "small", on)?;
    let (medium, medium_source) = limits(rules, "medium", on)?;
    let n = headcount.total();
    let people = if headcount.outstaffed_in > 0 {
        format!("{n} people ({} own + {} outstaffed received)", headcount.own, headcount.outstaffed_in)
    } else {
        format!("{n} people")
    };
    let income = format!("income {income_mrp} MRP");
    let (class, reason) = if n > medium.headcount || income_mrp > medium.income_mrp {
        let why = if n > medium.headcount {
            format!("{people} > {}", medium.headcount)
        } else {
            format!("{income} > {} MRP", medium.income_mrp)
        };
        (SizeClass::Large, format!("large: {why}"))
    } else if n <= small.headcount && income_mrp <= small.income_mrp {
        if n <= micro.headcount || income_mrp <= micro.income_mrp {
            let why = if n <= micro.headcount {
                format!("{people} ≤ {}", micro.headcount)
            } else {
                format!("{income} ≤ {} MRP", micro.income_mrp)
            };
            (SizeClass::Micro, format!("micro: {why}"))
        } else {
            let why = format!("{people} ≤ {} and {income} ≤ {} MRP", small.headcount, small.income_mrp);
            (SizeClass::Small, format!("small: {why}"))
        }
    } else {
        let why = if n > small.headcount {
            format!("{people} > {}", small.headcount)
        } else {
            format!("{income} > {} MRP", small.income_mrp)
        };
        (SizeClass::Medium, format!("medium: {why}, and neither limit of a large business is passed"))
    };
    let source = match class {
        SizeClass::Micro => micro_source,
        SizeClass::Small => small_source,
        SizeClass::Medium | SizeClass::Large => medium_source,
    };
    Ok(Classification { class, headcount: n, income_mrp, reason, source })
}
