//! The payslip as the JSON contract other tools rely on:
//! `{"period","gross","net","employer_cost","employee":{"opv","vosms","ipn"},
//!   "employer":{"opvr","so","oosms","social_tax"},"trace":[...]}` — amounts as JSON numbers in tenge.

use super::{PayrollRules, Payslip, TraceLine};
use crate::money::Money;
use crate::period::YearMonth;

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct EmployeeLines {
    pub opv: Money,
    pub vosms: Money,
    pub ipn: Money,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct EmployerLines {
    pub opvr: Money,
    pub so: Money,
    pub oosms: Money,
    pub social_tax: Money,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PayslipReport {
    pub period: YearMonth,
    pub gross: Money,
    pub net: Money,
    pub employer_cost: Money,
    pub employee: EmployeeLines,
    pub employer: EmployerLines,
    /// Employer charges on top of gross (OPVR + SO + OOSMS + social tax).
    pub employer_charges: Money,
    /// Taxable income for IPN this month.
    pub ipn_taxable: Money,
    pub trace: Vec<TraceLine>,
}

impl PayslipReport {
    pub fn new(slip: &Payslip, rules: &PayrollRules, lang: kzcomply_i18n::Lang) -> PayslipReport {
        PayslipReport { trace: slip.trace(rules, lang), ..PayslipReport::untraced(slip) }
    }

    /// The report with an empty `trace` (a batch that did not ask for traces: the trace is most
    /// of the size, about 15 KB a row).
    pub fn untraced(slip: &Payslip) -> PayslipReport {
        PayslipReport {
            period: slip.input.period,
            gross: slip.input.gross,
            net: slip.net,
            employer_cost: slip.employer_cost,
            employee: EmployeeLines { opv: slip.opv.amount(), vosms: slip.vosms.amount(), ipn: slip.ipn.ipn },
            employer: EmployerLines {
                opvr: slip.opvr.amount(),
                so: slip.so.amount(),
                oosms: slip.oosms.amount(),
                social_tax: slip.social_tax.amount,
            },
            employer_charges: slip.employer_charges(),
            ipn_taxable: slip.ipn.taxable,
            trace: Vec::new(),
        }
    }
}
