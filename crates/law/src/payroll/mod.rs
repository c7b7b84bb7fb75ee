//! Monthly payroll for one employee: gross → net and the employer's full cost, with a trace.
//!
//! The method, step by step, is in `docs/payroll-method.md`. [`PayrollRules::for_period`]
//! resolves every parameter once per month (so a batch of a million rows does no rule lookups
//! per row); [`calculate`] is then pure integer arithmetic that does not allocate; the
//! human-readable trace is built only when asked for ([`Payslip::trace`]).

mod engine;
mod inverse;
pub mod month;
mod params;
mod report;
mod trace;

pub use engine::calculate;
pub use inverse::{InverseError, gross_for_net};
pub use params::{ChargeRules, IpnRules, PayrollRules, Shown, SocialTaxRules, UsedParam};
pub use report::{EmployeeLines, EmployerLines, PayslipReport};
pub use trace::{TraceLine, TraceSource, pensioner_text, status_text};

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
    /// The disability is established without an end date («бессрочно»): the OPV and OPVR
    /// exemptions of groups I and II need it; the IPN deduction and the OSMS exemptions do not.
    /// `true` unless the certificate has an end date.
    pub disability_indefinite: bool,
    /// The employee has asked this employer to apply the monthly personal deduction.
    pub basic_deduction: bool,
    /// Hired during this month (the social-tax floor may not apply: `social_tax.floor_waived_in_hire_or_dismissal_month`).
    pub hired_this_month: bool,
    /// Dismissed during this month (as for `hired_this_month`).
    pub dismissed_this_month: bool,
    /// Tax residency for IPN, when decided otherwise than by the status (the 183-day test, an
    /// explicit fact: [`month::tax_resident`]). `None` = by the status (`ipn.resident_statuses`).
    /// It changes IPN only: OPV, SO and OSMS follow the status.
    pub tax_resident: Option<bool>,
}

impl Default for Profile {
    fn default() -> Profile {
        Profile {
            status: Status::Citizen,
            born: None,
            pensioner: None,
            disability: None,
            disability_indefinite: true,
            basic_deduction: true,
            hired_this_month: false,
            dismissed_this_month: false,
            tax_resident: None,
        }
    }
}

impl Profile {
    pub(crate) fn has(&self, c: Condition) -> bool {
        match c {
            Condition::Pensioner(kind) => self.pensioner == Some(kind),
            Condition::Disability(d) => self.disability == Some(d),
            Condition::DisabilityIndefinite(d) => self.disability == Some(d) && self.disability_indefinite,
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

/// The parts of the month's gross that a charge's base leaves out (docs/payroll-method.md,
/// "Exclusions"): a kind of accrual outside that charge's base, or the exempt part of one
/// ([`month::Catalogue::compose`] works them out from the month's lines).
///
/// Each is between zero and the gross; [`calculate`] clamps a value outside that range into it,
/// so a base is never negative and never above the gross.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Exclusions {
    pub opv: Money,
    pub vosms: Money,
    pub ipn: Money,
    pub social_tax: Money,
    pub so: Money,
    pub opvr: Money,
    pub oosms: Money,
}

impl Exclusions {
    /// Nothing excluded: every charge's base is the whole gross (a month of salary only).
    pub const NONE: Exclusions = Exclusions {
        opv: Money::ZERO,
        vosms: Money::ZERO,
        ipn: Money::ZERO,
        social_tax: Money::ZERO,
        so: Money::ZERO,
        opvr: Money::ZERO,
        oosms: Money::ZERO,
    };

    pub fn is_none(&self) -> bool {
        *self == Exclusions::NONE
    }

    /// The exclusion of one charge.
    pub fn get(&self, charge: month::ChargeId) -> Money {
        use month::ChargeId as C;
        match charge {
            C::Opv => self.opv,
            C::Vosms => self.vosms,
            C::Ipn => self.ipn,
            C::SocialTax => self.social_tax,
            C::So => self.so,
            C::Opvr => self.opvr,
            C::Oosms => self.oosms,
        }
    }

    pub(crate) fn slot(&mut self, charge: month::ChargeId) -> &mut Money {
        use month::ChargeId as C;
        match charge {
            C::Opv => &mut self.opv,
            C::Vosms => &mut self.vosms,
            C::Ipn => &mut self.ipn,
            C::SocialTax => &mut self.social_tax,
            C::So => &mut self.so,
            C::Opvr => &mut self.opvr,
            C::Oosms => &mut self.oosms,
        }
    }
}

/// One employee-month to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmployeeMonth {
    pub period: YearMonth,
    pub gross: Money,
    pub profile: Profile,
    pub ytd: YearToDate,
    /// What each charge's base leaves out of `gross` ([`Exclusions::NONE`] for a salary-only month).
    pub excluded: Exclusions,
}

impl EmployeeMonth {
    /// The income a charge is computed on before its own caps and floors: the gross less that
    /// charge's exclusion, the exclusion held between zero and the gross.
    pub fn income_for(&self, charge: month::ChargeId) -> Money {
        let g = self.gross;
        let ex = self.excluded.get(charge).clamp(Money::ZERO, g.max(Money::ZERO));
        g - ex
    }
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

    /// Every line with its formula, base, rate, limit and the sources of its parameters; the
    /// label, formula words, notes and values in `lang` (the numbers are the same).
    pub fn trace(&self, rules: &PayrollRules, lang: kzcomply_i18n::Lang) -> Vec<TraceLine> {
        trace::build(self, rules, lang)
    }

    /// The JSON contract (`{"period","gross","net","employer_cost","employee":{..},"employer":{..},"trace":[..]}`),
    /// the trace's texts in `lang`.
    pub fn report(&self, rules: &PayrollRules, lang: kzcomply_i18n::Lang) -> PayslipReport {
        PayslipReport::new(self, rules, lang)
    }
}
