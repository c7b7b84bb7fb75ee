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
use crate::text::number;
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, tr};
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
    /// Why, in English ([`Classification::in_lang`] for another language).
    pub reason: String,
    #[serde(flatten)]
    pub source: Source,
    /// The comparison that decided the class, as data.
    #[serde(skip)]
    pub why: SizeWhy,
    /// The people counted (own and received), for the reason's words.
    #[serde(skip)]
    pub counted: Headcount,
}

/// The comparison that decided a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeWhy {
    /// Headcount above the medium limit.
    LargeHeadcount(u32),
    /// Income above the medium limit (MRP).
    LargeIncome(Decimal),
    /// Headcount within the micro limit.
    MicroHeadcount(u32),
    /// Income within the micro limit.
    MicroIncome(Decimal),
    /// Both within the small limits.
    Small(u32, Decimal),
    /// Headcount above the small limit (and within the medium ones).
    MediumHeadcount(u32),
    /// Income above the small limit (and within the medium ones).
    MediumIncome(Decimal),
}

impl Classification {
    /// Why the class, in `lang`: "small: 18 people (12 own + 6 outstaffed received) ≤ 100 and …".
    pub fn reason_text(&self, lang: Lang) -> String {
        let n = i64::from(self.headcount);
        let people = if self.counted.outstaffed_in > 0 {
            tr(
                lang,
                "size-people-outstaffed",
                &Args::new()
                    .num("count", n)
                    .num("own", i64::from(self.counted.own))
                    .num("outstaffed", i64::from(self.counted.outstaffed_in)),
            )
        } else {
            tr(lang, "size-people", &Args::new().num("count", n))
        };
        let income = tr(lang, "size-income", &Args::new().text("income", number(lang, self.income_mrp)));
        let with = |id: &str, limit: String| {
            tr(
                lang,
                id,
                &Args::new().text("people", people.as_str()).text("income", income.as_str()).text("limit", limit),
            )
        };
        match self.why {
            SizeWhy::LargeHeadcount(l) => with("size-reason-large-headcount", l.to_string()),
            SizeWhy::LargeIncome(l) => with("size-reason-large-income", number(lang, l)),
            SizeWhy::MicroHeadcount(l) => with("size-reason-micro-headcount", l.to_string()),
            SizeWhy::MicroIncome(l) => with("size-reason-micro-income", number(lang, l)),
            SizeWhy::MediumHeadcount(l) => with("size-reason-medium-headcount", l.to_string()),
            SizeWhy::MediumIncome(l) => with("size-reason-medium-income", number(lang, l)),
            SizeWhy::Small(h, i) => tr(
                lang,
                "size-reason-small",
                &Args::new()
                    .text("people", people.as_str())
                    .text("income", income.as_str())
                    .text("headcount_limit", h.to_string())
                    .text("income_limit", number(lang, i)),
            ),
        }
    }

    /// The parameter whose source is given: the income limit of the class that decided.
    pub fn rule_key(&self) -> String {
        let class = match self.class {
            SizeClass::Micro => "micro",
            SizeClass::Small => "small",
            SizeClass::Medium | SizeClass::Large => "medium",
        };
        format!("entity_size.{class}.income")
    }

    /// The classification with its reason and source in `lang` (the class and numbers unchanged).
    pub fn in_lang(&self, lang: Lang) -> Classification {
        let mut c = self.clone();
        c.reason = self.reason_text(lang);
        c.source.act = self.source.act_text(&self.rule_key(), lang);
        c.source.note = self.source.note_text(&self.rule_key(), lang);
        c
    }
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
    let (class, why) = if n > medium.headcount || income_mrp > medium.income_mrp {
        let why = if n > medium.headcount {
            SizeWhy::LargeHeadcount(medium.headcount)
        } else {
            SizeWhy::LargeIncome(medium.income_mrp)
        };
        (SizeClass::Large, why)
    } else if n <= small.headcount && income_mrp <= small.income_mrp {
        if n <= micro.headcount || income_mrp <= micro.income_mrp {
            let why = if n <= micro.headcount {
                SizeWhy::MicroHeadcount(micro.headcount)
            } else {
                SizeWhy::MicroIncome(micro.income_mrp)
            };
            (SizeClass::Micro, why)
        } else {
            (SizeClass::Small, SizeWhy::Small(small.headcount, small.income_mrp))
        }
    } else {
        let why = if n > small.headcount {
            SizeWhy::MediumHeadcount(small.headcount)
        } else {
            SizeWhy::MediumIncome(small.income_mrp)
        };
        (SizeClass::Medium, why)
    };
    let source = match class {
        SizeClass::Micro => micro_source,
        SizeClass::Small => small_source,
        SizeClass::Medium | SizeClass::Large => medium_source,
    };
    let mut c =
        Classification { class, headcount: n, income_mrp, reason: String::new(), source, why, counted: headcount };
    c.reason = c.reason_text(Lang::En);
    Ok(c)
}
