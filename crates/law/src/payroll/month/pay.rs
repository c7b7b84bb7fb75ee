//! Who is resident for IPN, and the month's payments: per charge, the payee, the code and the due date.

use super::{ChargeId, MonthError};
use crate::calendar::{Calendar, days_between};
use crate::deadlines::{DeadlineOptions, Event, deadline};
use crate::money::Money;
use crate::payroll::Payslip;
use crate::period::YearMonth;
use crate::rules::{RuleBook, Source, Value};
use jiff::civil::Date;
use kzcomply_i18n::{Lang, t};

/// Tax residency for IPN (docs/payroll-run.md §2): an explicit fact wins; else a citizen is
/// resident; else a foreigner with a residence permit; else a foreigner present in Kazakhstan since
/// `in_kz_since` is resident for the month when at least `min_days` calendar days lie from
/// `in_kz_since` to the month's last day, both included (Tax Code of 18.07.2025 No. 214-VIII
/// art. 222 p. 2 sub. 1: «не менее ста восьмидесяти трех календарных дней (включая дни приезда и
/// отъезда)»; `min_days` is `ipn.residence_days`, [`super::Catalogue::residence_days`]); else not.
///
/// The presence is taken as continuous since `in_kz_since`: the statute counts days in any twelve
/// consecutive months ending in the tax period, so a person who left in between needs `explicit`.
pub fn tax_resident(
    explicit: Option<bool>,
    citizen: bool,
    residence_permit: bool,
    in_kz_since: Option<Date>,
    period: YearMonth,
    min_days: u32,
) -> bool {
    if let Some(r) = explicit {
        return r;
    }
    if citizen || residence_permit {
        return true;
    }
    match in_kz_since {
        Some(since) => {
            let last = period.first_day().last_of_month();
            // Both ends included: the 1st to the 1st is one day.
            let days = days_between(since, last) + 1;
            days >= 0 && days as u32 >= min_days
        }
        None => false,
    }
}

/// Who a charge is paid to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Payee {
    /// The State Corporation «Правительство для граждан» (pension and social contributions, OSMS).
    StateCorporation,
    /// The tax authority (state revenue body) where the employer is registered.
    TaxAuthority,
}

impl Payee {
    /// OPV, OPVR, VOSMS, OOSMS and SO go to the State Corporation, which passes them to the UAPF,
    /// the State Social Insurance Fund and the Social Health Insurance Fund; IPN and social tax
    /// are taxes, paid to the tax authority (docs/research/payroll-month.md §5).
    pub fn of(charge: ChargeId) -> Payee {
        match charge {
            ChargeId::Ipn | ChargeId::SocialTax => Payee::TaxAuthority,
            _ => Payee::StateCorporation,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Payee::StateCorporation => "state-corporation",
            Payee::TaxAuthority => "tax-authority",
        }
    }

    pub fn name(self, lang: Lang) -> String {
        t(lang, &format!("payroll-month-payee-{}", self.id()))
    }
}

/// Which classifier a payment's code is from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeKind {
    /// Код назначения платежа (payment purpose code): contributions to the State Corporation.
    Knp,
    /// Код бюджетной классификации (budget classification code): taxes.
    Kbk,
}

/// One payment of the month.
#[derive(Clone, Debug, PartialEq)]
pub struct Payment {
    pub charge: ChargeId,
    pub payee: Payee,
    pub code_kind: CodeKind,
    pub code: String,
    /// Where the code comes from (`payments.<charge>.knp` or `.kbk`) and how sure it is.
    pub code_source: Source,
    pub amount: Money,
    pub due: Date,
}

/// The month's total of each charge over all people on the run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChargeTotals([Money; 7]);

impl ChargeTotals {
    pub fn get(&self, c: ChargeId) -> Money {
        self.0[c.index()]
    }

    /// Adds `amount` to a charge's total (checked: a total above 10^4 × [`Money::MAX_INPUT`] is an error).
    pub fn add(&mut self, c: ChargeId, amount: Money) -> Result<(), MonthError> {
        let bound = Money::from_tiyn(Money::MAX_INPUT.tiyn() * 10_000);
        let sum = self.0[c.index()].checked_add(amount).filter(|s| *s <= bound);
        self.0[c.index()] = sum.ok_or_else(|| MonthError::TooLarge { what: c.name().to_string() })?;
        Ok(())
    }

    /// Adds one person's month.
    pub fn add_payslip(&mut self, slip: &Payslip) -> Result<(), MonthError> {
        self.add(ChargeId::Opv, slip.opv.amount())?;
        self.add(ChargeId::Vosms, slip.vosms.amount())?;
        self.add(ChargeId::Ipn, slip.ipn.ipn)?;
        self.add(ChargeId::SocialTax, slip.social_tax.amount)?;
        self.add(ChargeId::So, slip.so.amount())?;
        self.add(ChargeId::Opvr, slip.opvr.amount())?;
        self.add(ChargeId::Oosms, slip.oosms.amount())
    }
}

/// The month's payments, one per charge with a non-zero total, in the order of [`ChargeId::ALL`]:
/// the payee, the code (`payments.<charge>.knp` or `payments.<charge>.kbk` in force on the 1st of
/// the month after `period`), the amount and the due date the deadline engine gives for
/// `payroll-taxes` on the month (the 25th of the next month, moved to the next working day of the
/// official five-day calendar when it is not worked).
pub fn payments(
    book: &RuleBook,
    cal: &Calendar,
    period: YearMonth,
    totals: &ChargeTotals,
) -> Result<Vec<Payment>, MonthError> {
    let d = deadline(book, cal, Event::PayrollTaxes, period.first_day(), &DeadlineOptions::default())?;
    let paid_in = period.next().first_day();
    let mut out = Vec::new();
    for c in ChargeId::ALL {
        let amount = totals.get(c);
        if amount.is_zero() {
            continue;
        }
        let (code_kind, key) = match Payee::of(c) {
            Payee::StateCorporation => (CodeKind::Knp, format!("payments.{c}.knp")),
            Payee::TaxAuthority => (CodeKind::Kbk, format!("payments.{c}.kbk")),
        };
        let (code, code_source) = match book.value_on(&key, paid_in)? {
            (Value::Code(code), s) => (code.clone(), s.clone()),
            (other, _) => return Err(crate::rules::wrong_type(&key, paid_in, other, "a code").into()),
        };
        out.push(Payment { charge: c, payee: Payee::of(c), code_kind, code, code_source, amount, due: d.due });
    }
    Ok(out)
}
