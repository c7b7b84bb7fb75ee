//! Monthly payroll for one employee: gross → net and the employer's full cost, with a trace.
//!
//! The method, step by step, is in `docs/payroll-method.md`. [`PayrollRules::for_period`]
//! resolves every parameter once per month (so a batch of a million rows does no rule lookups
//! per row); [`calculate`] is then pure integer arithmetic that does not allocate; the
//! human-readable trace is built only when asked for ([`Payslip::trace`]).

mod engine;
mod inverse;
mod params;
mod report;
mod trace;

pub use engine::calculate;
pub use inverse::{InverseError, gross_for_net};
pub use params::{ChargeRules, IpnRules, PayrollRules, SocialTaxRules, UsedParam};
pub use report::{EmployeeLines, EmployerLines, PayslipReport};
pub use trace::{TraceLine, TraceSource};

use crate::money::Money;
use crate::people::{Condition, Disability, Pension, Status};
use crate::period::YearMonth;
use jiff::civil::Date;

/// The months from `from` to `to` (inclusive) for which every payroll parameter is in force,
/// as runs of consecutive months: what `kzcomply rules check` reports.
pub fn months_covered(book: &crate::RuleBook, from: YearMonth, to: YearMonth) -> Vec<(YearMonth, YearMonth)> {
    let mut runs: Vec<(YearMonth, YearMonth)> = Vec::new();
    let mut m = from;
    while m <= to {
        if PayrollRules::for_period(book, m).is_ok() {
            match runs.last_mut() {
                Some((_, end)) if end.next() == m => *end = m,
                _ => runs.push((m, m)),
            }
        }
        m = m.next();
    }
    runs
}

/// Who the employee is, for payroll purposes, and whether the employment began or ended this month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    pub status: Status,
    /// Birth date; `None` = unknown (OPVR is then charged, and the trace says so).
    pub born: Option<Date>,
    /// The pension the employee receives, if any: by age, or for long service.
    pub pensioner: Option<Pension>,
    pub disability: Option<Disability>,
    /// The employee has asked this employer to apply the monthly personal deduction.
    pub basic_deduction: bool,
    /// Hired during this month (the social-tax floor may not apply: `social_tax.floor_waived_in_hire_or_dismissal_month`).
    pub hired_this_month: bool,
    /// Dismissed during this month (as for `hired_this_month`).
    pub dismissed_this_month: bool,
}

impl Default for Profile {
    fn default() -> Profile {
        Profile {
            status: Status::Citizen,
            born: None,
            pensioner: None,
            disability: None,
            basic_deduction: true,
            hired_this_month: false,
            dismissed_this_month: false,
        }
    }
}

impl Profile {
    pub(crate) fn has(&self, c: Condition) -> bool {
        match c {
            Condition::Pensioner(kind) => self.pensioner == Some(kind),
            Condition::Disability(d) => self.disability == Some(d),
        }
    }

    /// The employment began or ended this month.
    pub fn hired_or_dismissed(&self) -> bool {
        self.hired_this_month || self.dismissed_this_month
    }
}

/// What happened earlier in the same calendar year at this employer (all default to zero).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearToDate {
    /// Taxable income (after OPV, VOSMS and deductions) on which IPN was already computed.
    pub taxable_income: Money,
    /// IPN already withheld; `None` = exactly what the annual scale gives on `taxable_income`.
    pub ipn_withheld: Option<Money>,
    /// Personal (standard/basic) deduction already used.
    pub personal_deduction: Money,
    /// Disability deduction already used.
    pub disability_deduction: Money,
}

/// One employee-month to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmployeeMonth {
    pub period: YearMonth,
    pub gross: Money,
    pub profile: Profile,
    pub ytd: YearToDate,
}

/// Why a charge is zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exemption {
    /// The charge does not apply to this status.
    Status(Status),
    /// The person has an exempting condition.
    Condition(Condition),
    /// OPVR: born before the cut-off date.
    BornBefore(Date),
}

/// Which limit, if any, decided a base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    None,
    Cap,
    Floor,
}

/// How one percentage charge came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charge {
    Charged { base: Money, limit: Limit, amount: Money },
    Exempt(Exemption),
}

impl Charge {
    pub fn amount(self) -> Money {
        match self {
            Charge::Charged { amount, .. } => amount,
            Charge::Exempt(_) => Money::ZERO,
        }
    }
}

/// The IPN computation's intermediate values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpnDetail {
    pub resident: bool,
    /// Income after social payments (A).
    pub after_social: Money,
    /// Personal deduction applied (D).
    pub personal_deduction: Money,
    /// Disability deduction applied (S).
    pub disability_deduction: Money,
    /// 90% low-income adjustment (K).
    pub adjustment: Money,
    /// Taxable income this month (T).
    pub taxable: Money,
    /// Year-to-date taxable income before this month.
    pub ytd_taxable: Money,
    /// The part of this month's taxable income above the annual threshold.
    pub above_threshold: Money,
    pub ipn: Money,
}

/// Social tax intermediate values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SocialTaxDetail {
    pub base: Money,
    pub floor_applied: bool,
    /// The base was below the floor, and the floor was not applied because the employee was
    /// hired or dismissed this month and the rules waive it then.
    pub floor_waived: bool,
    /// rate × base, before subtracting SO (equal to the tax when there is no offset).
    pub before_offset: Money,
    pub amount: Money,
}

/// The result for one employee-month. Every field is exact money in tenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payslip {
    pub input: EmployeeMonth,
    pub opv: Charge,
    pub vosms: Charge,
    pub ipn: IpnDetail,
    pub net: Money,
    pub opvr: Charge,
    pub so: Charge,
    pub oosms: Charge,
    pub social_tax: SocialTaxDetail,
    pub employer_cost: Money,
}

impl Payslip {
    pub fn gross(&self) -> Money {
        self.input.gross
    }

    /// Employer charges on top of gross: OPVR + SO + OOSMS + social tax.
    pub fn employer_charges(&self) -> Money {
        self.opvr.amount() + self.so.amount() + self.oosms.amount() + self.social_tax.amount
    }

    /// The names of [`Payslip::lines`], in order.
    pub const LINE_NAMES: [&'static str; 10] =
        ["gross", "opv", "vosms", "ipn", "net", "opvr", "so", "oosms", "social_tax", "employer_cost"];

    /// The amounts, named as in [`Payslip::LINE_NAMES`] (the batch output and golden-file order).
    pub fn lines(&self) -> [(&'static str, Money); 10] {
        let amounts = [
            self.input.gross,
            self.opv.amount(),
            self.vosms.amount(),
            self.ipn.ipn,
            self.net,
            self.opvr.amount(),
            self.so.amount(),
            self.oosms.amount(),
            self.social_tax.amount,
            self.employer_cost,
        ];
        std::array::from_fn(|i| (Self::LINE_NAMES[i], amounts[i]))
    }

    /// Every line with its formula, base, rate, limit and the sources of its parameters.
    pub fn trace(&self, rules: &PayrollRules) -> Vec<TraceLine> {
        trace::build(self, rules)
    }

    /// The JSON contract (`{"period","gross","net","employer_cost","employee":{..},"employer":{..},"trace":[..]}`).
    pub fn report(&self, rules: &PayrollRules) -> PayslipReport {
        PayslipReport::new(self, rules)
    }
}
