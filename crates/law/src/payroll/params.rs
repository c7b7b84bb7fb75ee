//! The payroll parameters of one month, resolved from the rule book into plain typed values.
//! Built once per period and reused for every employee of that month.

use crate::money::Money;
use crate::people::{ConditionSet, StatusSet};
use crate::period::YearMonth;
use crate::rate::{Rate, Rounding};
use crate::rules::{RuleBook, RulesError, Source, Value};
use jiff::civil::Date;

/// A percentage charge: rate × base, the base limited by an optional floor and cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChargeRules {
    pub rate: Rate,
    pub floor: Option<Money>,
    pub cap: Option<Money>,
    pub statuses: StatusSet,
    pub exempt: ConditionSet,
}

/// IPN parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpnRules {
    pub rate: Rate,
    /// Higher rate and the annual taxable income above which it applies (from 2026).
    pub higher: Option<(Rate, Money)>,
    pub personal_deduction: Money,
    pub personal_deduction_annual_cap: Money,
    /// 90% adjustment and the monthly income ceiling for it (2019–2025).
    pub low_income: Option<(Rate, Money)>,
    pub disability_group_1_2: Money,
    pub disability_group_3: Money,
    pub resident_statuses: StatusSet,
}

/// Social tax parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SocialTaxRules {
    pub rate: Rate,
    pub floor: Money,
    /// The floor does not apply in the month the employee is hired or dismissed.
    pub floor_waived_in_hire_or_dismissal_month: bool,
    pub so_offset: bool,
    pub statuses: StatusSet,
}

/// A parameter as used for this period, for the trace.
#[derive(Clone, Debug, PartialEq)]
pub struct UsedParam {
    pub key: &'static str,
    /// The value as written and, for index multiples, resolved: "50 MZP = 4,250,000", "10%".
    pub value: String,
    pub source: Source,
    /// The value as data, for [`UsedParam::value_text`].
    pub shown: Shown,
}

/// A used parameter's value as data.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// An amount as written (tenge, or a multiple of an index) and resolved in tenge.
    Amount(crate::rules::Amount, Money),
    Rate(Rate),
    /// `none`: the rule does not apply.
    NotApplicable,
    /// A rate written `none` (shown as "none").
    NoRate,
    /// Any other value, as written in the rules (a date, a flag, a list of statuses, a mode).
    Other,
}

impl UsedParam {
    /// The value in `lang`: "50 MZP = 4,250,000", "50 МЗП = 4 250 000", "3,5%".
    pub fn value_text(&self, lang: kzcomply_i18n::Lang) -> String {
        use crate::rules::Amount;
        use crate::text;
        match &self.shown {
            Shown::Amount(Amount::Multiple { count, index }, m) => {
                format!("{} = {}", text::index_multiple(lang, *count, *index), text::amount(lang, *m))
            }
            Shown::Amount(Amount::Tenge(_), m) => text::tenge(lang, *m),
            Shown::Rate(r) => text::rate(lang, *r),
            Shown::NotApplicable => kzcomply_i18n::t(lang, "payroll-value-none"),
            Shown::NoRate => kzcomply_i18n::t(lang, "payroll-value-rate-none"),
            Shown::Other => self.value.clone(),
        }
    }
}

/// Every payroll parameter in force for one month.
#[derive(Clone, Debug, PartialEq)]
pub struct PayrollRules {
    pub period: YearMonth,
    pub rounding: Rounding,
    pub mrp: Money,
    pub mzp: Money,
    pub opv: ChargeRules,
    pub vosms: ChargeRules,
    pub opvr: ChargeRules,
    pub opvr_exempt_born_before: Date,
    pub so: ChargeRules,
    pub oosms: ChargeRules,
    pub social_tax: SocialTaxRules,
    pub ipn: IpnRules,
    used: Vec<UsedParam>,
}

/// Reads parameters for one period, remembering each one for the trace.
struct Reader<'a> {
    book: &'a RuleBook,
    date: Date,
    index_date: Date,
    used: Vec<UsedParam>,
}

impl Reader<'_> {
    fn remember(&mut self, key: &'static str, value: String, source: &Source, shown: Shown) {
        self.used.push(UsedParam { key, value, source: source.clone(), shown });
    }

    fn amount_opt(&mut self, key: &'static str) -> Result<Option<Money>, RulesError> {
        match self.book.amount_on(key, self.date, self.index_date)? {
            Some(r) => {
                self.remember(key, r.describe(), &r.source, Shown::Amount(r.written, r.value));
                Ok(Some(r.value))
            }
            None => {
                let (_, source) = self.book.value_on(key, self.date)?;
                let none = kzcomply_i18n::t(kzcomply_i18n::Lang::En, "payroll-value-none");
                self.remember(key, none, source, Shown::NotApplicable);
                Ok(None)
            }
        }
    }

    fn amount(&mut self, key: &'static str) -> Result<Money, RulesError> {
        self.amount_opt(key)?.ok_or_else(|| self.wrong(key, &Value::NotApplicable, "an amount"))
    }

    fn rate_opt(&mut self, key: &'static str) -> Result<Option<Rate>, RulesError> {
        let (value, source) = self.book.value_on(key, self.date)?;
        let r = match value {
            Value::Rate(r) => Some(*r),
            Value::NotApplicable => None,
            other => return Err(self.wrong(key, other, "a rate")),
        };
        let shown = r.map_or(Shown::NoRate, Shown::Rate);
        self.remember(key, value.to_string(), source, shown);
        Ok(r)
    }

    fn rate(&mut self, key: &'static str) -> Result<Rate, RulesError> {
        self.rate_opt(key)?.ok_or_else(|| self.wrong(key, &Value::NotApplicable, "a rate"))
    }

    fn other(&mut self, key: &'static str) -> Result<Value, RulesError> {
        let (value, source) = self.book.value_on(key, self.date)?;
        self.remember(key, value.to_string(), source, Shown::Other);
        Ok(value.clone())
    }

    fn flag(&mut self, key: &'static str) -> Result<bool, RulesError> {
        match self.other(key)? {
            Value::Flag(b) => Ok(b),
            other => Err(self.wrong(key, &other, "true or false")),
        }
    }

    fn statuses(&mut self, key: &'static str) -> Result<StatusSet, RulesError> {
        match self.other(key)? {
            Value::Statuses(s) => Ok(s),
            other => Err(self.wrong(key, &other, "a list of statuses")),
        }
    }

    fn conditions(&mut self, key: &'static str) -> Result<ConditionSet, RulesError> {
        match self.other(key)? {
            Value::Conditions(c) => Ok(c),
            other => Err(self.wrong(key, &other, "a list of conditions")),
        }
    }

    /// A rate that only exists together with an amount (the 15% band and its threshold; the 90%
    /// adjustment and its ceiling): both given, or both `none`.
    fn rate_with_amount(
        &mut self,
        rate: &'static str,
        amount: &'static str,
    ) -> Result<Option<(Rate, Money)>, RulesError> {
        match (self.rate_opt(rate)?, self.amount_opt(amount)?) {
            (Some(r), Some(a)) => Ok(Some((r, a))),
            (None, None) => Ok(None),
            _ => Err(RulesError::WrongType {
                key: rate.into(),
                date: self.date,
                found: format!("{rate} and {amount} not both given"),
                expected: format!("both {rate} and {amount}, or both none"),
            }),
        }
    }

    fn wrong(&self, key: &str, found: &Value, expected: &str) -> RulesError {
        crate::rules::wrong_type(key, self.date, found, expected)
    }

    /// A charge from its five parameters (an empty key = that limit or list does not exist).
    fn charge(&mut self, keys: [&'static str; 5]) -> Result<ChargeRules, RulesError> {
        let [rate, floor, cap, statuses, exempt] = keys;
        Ok(ChargeRules {
            rate: self.rate(rate)?,
            floor: if floor.is_empty() { None } else { self.amount_opt(floor)? },
            cap: self.amount_opt(cap)?,
            statuses: self.statuses(statuses)?,
            exempt: if exempt.is_empty() { ConditionSet::default() } else { self.conditions(exempt)? },
        })
    }
}

impl PayrollRules {
    /// Resolves every payroll parameter in force for `period`: rates on the 1st of the month,
    /// MRP and MZP on 1 January of its year. Fails with the first parameter not in force.
    pub fn for_period(book: &RuleBook, period: YearMonth) -> Result<PayrollRules, RulesError> {
        let mut r = Reader { book, date: period.first_day(), index_date: period.year_start(), used: Vec::new() };
        // The indices themselves are read on 1 January too.
        r.date = r.index_date;
        let mrp = r.amount("mrp")?;
        let mzp = r.amount("mzp")?;
        r.date = period.first_day();
        let rounding = Rounding {
            step: r.amount("rounding.step")?,
            mode: match r.other("rounding.mode")? {
                Value::RoundingMode(m) => m,
                other => return Err(r.wrong("rounding.mode", &other, "a rounding mode")),
            },
        };
        let opv = r.charge(["opv.rate", "", "opv.base_cap", "opv.statuses", "opv.exempt"])?;
        let vosms = r.charge(["vosms.rate", "", "vosms.base_cap", "vosms.statuses", "vosms.exempt"])?;
        let opvr = r.charge(["opvr.rate", "opvr.base_floor", "opvr.base_cap", "opvr.statuses", "opvr.exempt"])?;
        let opvr_exempt_born_before = match r.other("opvr.exempt_born_before")? {
            Value::Date(d) => d,
            other => return Err(r.wrong("opvr.exempt_born_before", &other, "a date")),
        };
        let so = r.charge(["so.rate", "so.base_floor", "so.base_cap", "so.statuses", "so.exempt"])?;
        let oosms = r.charge(["oosms.rate", "", "oosms.base_cap", "oosms.statuses", "oosms.exempt"])?;
        let social_tax = SocialTaxRules {
            rate: r.rate("social_tax.rate")?,
            floor: r.amount("social_tax.base_floor")?,
            floor_waived_in_hire_or_dismissal_month: r.flag("social_tax.floor_waived_in_hire_or_dismissal_month")?,
            so_offset: r.flag("social_tax.so_offset")?,
            statuses: r.statuses("social_tax.statuses")?,
        };
        let higher = r.rate_with_amount("ipn.higher_rate", "ipn.higher_rate_threshold")?;
        let low_income = r.rate_with_amount("ipn.low_income_adjustment", "ipn.low_income_adjustment_ceiling")?;
        let ipn = IpnRules {
            rate: r.rate("ipn.rate")?,
            higher,
            personal_deduction: r.amount("ipn.personal_deduction")?,
            personal_deduction_annual_cap: r.amount("ipn.personal_deduction_annual_cap")?,
            low_income,
            disability_group_1_2: r.amount("ipn.disability_deduction_group_1_2")?,
            disability_group_3: r.amount("ipn.disability_deduction_group_3")?,
            resident_statuses: r.statuses("ipn.resident_statuses")?,
        };
        Ok(PayrollRules {
            period,
            rounding,
            mrp,
            mzp,
            opv,
            vosms,
            opvr,
            opvr_exempt_born_before,
            so,
            oosms,
            social_tax,
            ipn,
            used: r.used,
        })
    }

    /// The parameters read for this period, in reading order.
    pub fn used(&self) -> &[UsedParam] {
        &self.used
    }

    pub fn used_param(&self, key: &str) -> Option<&UsedParam> {
        self.used.iter().find(|u| u.key == key)
    }
}
