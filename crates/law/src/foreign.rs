//! Work-permit categories and the validity rules of each (`rules/kz/foreign_labour.toml`): how long a
//! permit runs, how it is extended and how often.

use crate::duration::{Choice, describe_choices};
use crate::rules::{RuleBook, RulesError, Source, Value, wrong_type};
use jiff::civil::Date;
use std::fmt;

/// The permit categories of Order No. 279, plus seasonal workers and intra-corporate transfers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Category {
    /// First heads and their deputies.
    #[serde(rename = "1")]
    One,
    /// Heads of structural units.
    #[serde(rename = "2")]
    Two,
    /// Specialists.
    #[serde(rename = "3")]
    Three,
    /// Skilled workers.
    #[serde(rename = "4")]
    Four,
    #[serde(rename = "seasonal")]
    Seasonal,
    /// Intra-corporate transfer: outside the quota, no state fee.
    #[serde(rename = "ict")]
    Ict,
}

impl Category {
    pub const ALL: [Category; 6] =
        [Category::One, Category::Two, Category::Three, Category::Four, Category::Seasonal, Category::Ict];

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(s.trim()))
    }

    /// As written on the command line: "1" … "4", "seasonal", "ict".
    pub fn name(self) -> &'static str {
        match self {
            Category::One => "1",
            Category::Two => "2",
            Category::Three => "3",
            Category::Four => "4",
            Category::Seasonal => "seasonal",
            Category::Ict => "ict",
        }
    }

    /// The parameter key part: `foreign_labour.permit.<key>`.
    fn key(self) -> &'static str {
        match self {
            Category::One => "category_1",
            Category::Two => "category_2",
            Category::Three => "category_3",
            Category::Four => "category_4",
            Category::Seasonal => "seasonal",
            Category::Ict => "ict",
        }
    }

    /// The role category (1–4) for the localisation groups; seasonal and ICT have none of their own.
    pub fn role_category(self) -> Option<u8> {
        match self {
            Category::One => Some(1),
            Category::Two => Some(2),
            Category::Three => Some(3),
            Category::Four => Some(4),
            Category::Seasonal | Category::Ict => None,
        }
    }

    /// Whether the permit counts against the region's quota (everything but ICT).
    pub fn within_quota(self) -> bool {
        self != Category::Ict
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Category::One => "category 1 (first heads and deputies)",
            Category::Two => "category 2 (heads of structural units)",
            Category::Three => "category 3 (specialists)",
            Category::Four => "category 4 (skilled workers)",
            Category::Seasonal => "seasonal worker",
            Category::Ict => "intra-corporate transfer (ICT)",
        })
    }
}

/// How long a permit of one category runs and how it is extended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PermitValidity {
    /// The terms the employer may ask for.
    pub initial: Vec<Choice>,
    /// The terms of one extension; empty = the permit cannot be extended.
    pub extension: Vec<Choice>,
    /// How many times it may be extended; `None` = no limit is stated.
    pub max_extensions: Option<u32>,
}

impl PermitValidity {
    pub fn extendable(&self) -> bool {
        !self.extension.is_empty() && self.max_extensions != Some(0)
    }
}

impl fmt::Display for PermitValidity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", describe_choices(&self.initial))?;
        if !self.extendable() {
            return f.write_str("; no extension");
        }
        write!(f, "; extended by {}", describe_choices(&self.extension))?;
        match self.max_extensions {
            Some(1) => f.write_str(" once"),
            Some(n) => write!(f, " at most {n} times"),
            None => f.write_str(" (no limit stated on the number of extensions)"),
        }
    }
}

/// The validity rules of `category` for a permit issued on `date`.
pub fn validity(rules: &RuleBook, category: Category, date: Date) -> Result<(PermitValidity, Source), RulesError> {
    let key = format!("foreign_labour.permit.{}", category.key());
    match rules.value_on(&key, date)? {
        (Value::PermitValidity(v), s) => Ok((v.clone(), s.clone())),
        (other, _) => Err(wrong_type(&key, date, other, "a permit validity table")),
    }
}

/// A list of ISO country codes in force on `date` (the EAEU members, the visa-free CIS states).
pub fn countries(rules: &RuleBook, key: &str, date: Date) -> Result<(Vec<String>, Source), RulesError> {
    match rules.value_on(key, date)? {
        (Value::Countries(c), s) => Ok((c.clone(), s.clone())),
        (other, _) => Err(wrong_type(key, date, other, "a list of country codes")),
    }
}
