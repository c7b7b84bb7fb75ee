//! The run as data: the JSON contract of `kzcomply payroll-run --json` and of the service's
//! `GET …/payroll/{period}` (docs/payroll-run.md §7). Amounts are JSON numbers in tenge.

use crate::SkipReason;
use crate::input::Accrual;
use jiff::civil::Date;
use kzcomply_audit::Person;
use kzcomply_law::payroll::Payslip;
use kzcomply_law::payroll::month::{Line, Payment};
use kzcomply_law::{Money, YearMonth};

/// One line of a person's month.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LineOut {
    /// The kind of accrual (`salary`, `bonus`, … — the catalogue's ids).
    pub kind: String,
    #[serde(with = "signed_money")]
    pub amount: Money,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For a correction: the closed month whose change it carries (docs/payroll-run.md §5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction_of: Option<YearMonth>,
}

impl LineOut {
    pub fn new(kind: &str, amount: Money) -> LineOut {
        LineOut { kind: kind.to_string(), amount, note: None, correction_of: None }
    }

    pub fn accrual(a: &Accrual, amount: Money) -> LineOut {
        LineOut { kind: a.kind.clone(), amount, note: a.note.clone(), correction_of: None }
    }

    /// The line as the law crate composes it (a correction is treated as its kind).
    pub fn law_line(&self) -> Line {
        Line { kind: self.kind.clone(), amount: self.amount }
    }
}

/// Amounts that may be negative (a correction): the same JSON number, read back without the
/// "no negative input" rule that guards what users type.
pub(crate) mod signed_money {
    use kzcomply_law::Money;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(m: &Money, s: S) -> Result<S::Ok, S::Error> {
        m.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        let n = serde_json::Number::deserialize(d)?;
        let text = n.to_string();
        let (neg, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let m = Money::parse(digits).map_err(serde::de::Error::custom)?;
        Ok(if neg { Money::ZERO - m } else { m })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EmployeeAmounts {
    pub opv: Money,
    pub vosms: Money,
    pub ipn: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EmployerAmounts {
    pub opvr: Money,
    pub so: Money,
    pub oosms: Money,
    pub social_tax: Money,
}

/// One person's month on the run.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PersonMonth {
    pub id: String,
    pub full_name: String,
    pub position: String,
    pub days_worked: u32,
    pub norm_days: u32,
    pub lines: Vec<LineOut>,
    pub gross: Money,
    pub employee: EmployeeAmounts,
    pub net: Money,
    pub employer: EmployerAmounts,
    pub employer_cost: Money,
    /// IPN's taxable income this month and whether the person was taxed as a resident (for the
    /// year to date of the next month and the payslip).
    pub ipn_taxable: Money,
    pub personal_deduction: Money,
    pub disability_deduction: Money,
    pub tax_resident: bool,
    /// The engine's full result (for the trace and the payslip); not part of the JSON.
    #[serde(skip)]
    pub slip: Payslip,
}

impl PersonMonth {
    pub fn new(p: &Person, days_worked: u32, norm_days: u32, lines: Vec<LineOut>, slip: Payslip) -> PersonMonth {
        PersonMonth {
            id: p.id.clone(),
            full_name: p.full_name.clone(),
            position: p.position.clone(),
            days_worked,
            norm_days,
            lines,
            gross: slip.gross(),
            employee: EmployeeAmounts { opv: slip.opv.amount(), vosms: slip.vosms.amount(), ipn: slip.ipn.ipn },
            net: slip.net,
            employer: EmployerAmounts {
                opvr: slip.opvr.amount(),
                so: slip.so.amount(),
                oosms: slip.oosms.amount(),
                social_tax: slip.social_tax.amount,
            },
            employer_cost: slip.employer_cost,
            ipn_taxable: slip.ipn.taxable,
            personal_deduction: slip.ipn.personal_deduction,
            disability_deduction: slip.ipn.disability_deduction,
            tax_resident: slip.ipn.resident,
            slip,
        }
    }

    /// The ten amounts in the register's order (gross, opv, vosms, ipn, net, opvr, so, oosms,
    /// social_tax, employer_cost).
    pub fn amounts(&self) -> [Money; 10] {
        self.slip.lines().map(|(_, m)| m)
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    pub id: String,
    pub full_name: String,
    pub reason: SkipReason,
}

/// The run's totals; every sum checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Totals {
    pub gross: Money,
    pub net: Money,
    pub employer_cost: Money,
    pub opv: Money,
    pub vosms: Money,
    pub ipn: Money,
    pub opvr: Money,
    pub so: Money,
    pub oosms: Money,
    pub social_tax: Money,
}

impl Totals {
    /// Adds a person's month; `None` when a total would pass 10^4 × [`Money::MAX_INPUT`].
    pub fn add(&mut self, m: &PersonMonth) -> Option<()> {
        let bound = Money::MAX_INPUT.checked_mul_int(10_000)?;
        let add = |t: &mut Money, v: Money| -> Option<()> {
            *t = t.checked_add(v).filter(|s| *s <= bound)?;
            Some(())
        };
        add(&mut self.gross, m.gross)?;
        add(&mut self.net, m.net)?;
        add(&mut self.employer_cost, m.employer_cost)?;
        add(&mut self.opv, m.employee.opv)?;
        add(&mut self.vosms, m.employee.vosms)?;
        add(&mut self.ipn, m.employee.ipn)?;
        add(&mut self.opvr, m.employer.opvr)?;
        add(&mut self.so, m.employer.so)?;
        add(&mut self.oosms, m.employer.oosms)?;
        add(&mut self.social_tax, m.employer.social_tax)
    }
}

/// One payment of the month: a charge's total, its payee and code, and the due date.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentOut {
    /// `opv`, `vosms`, `ipn`, `social_tax`, `so`, `opvr`, `oosms`.
    pub charge: String,
    /// `state-corporation` or `tax-authority`.
    pub payee: String,
    /// `knp` or `kbk`, and the code.
    pub code_kind: String,
    pub code: String,
    pub amount: Money,
    pub due: Date,
}

impl From<Payment> for PaymentOut {
    fn from(p: Payment) -> PaymentOut {
        PaymentOut {
            charge: p.charge.name().to_string(),
            payee: p.payee.id().to_string(),
            code_kind: serde_json::to_value(p.code_kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            code: p.code,
            amount: p.amount,
            due: p.due,
        }
    }
}

/// A month's run for one employer.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Run {
    pub period: YearMonth,
    /// `null` = the file's direct staff.
    pub employer_bin: Option<String>,
    /// Working days of the month on the five-day week.
    pub norm_days: u32,
    pub people: Vec<PersonMonth>,
    pub skipped: Vec<Skipped>,
    pub totals: Totals,
    pub payments: Vec<PaymentOut>,
}

impl Run {
    /// Each person's lines, for comparing a closed month with what it would be now
    /// ([`crate::correction::corrections`]).
    pub fn lines_by_person(&self) -> Vec<(String, Vec<LineOut>)> {
        self.people.iter().map(|p| (p.id.clone(), p.lines.clone())).collect()
    }
}
