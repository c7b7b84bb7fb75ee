//! The payroll month (docs/payroll-run.md): what one person's month is made of, before the
//! employee-month engine ([`super::calculate`]) computes it.
//!
//! - [`Catalogue`]: the kinds of accrual (`rules/kz/accruals.toml`) in force for a month, each with
//!   how it enters every charge's base; [`Catalogue::compose`] turns a month's [`Line`]s into the
//!   gross and the per-charge [`Exclusions`](super::Exclusions).
//! - [`working_days`] and [`prorate`]: a salary for part of a month; [`hours_pay`]: an overtime,
//!   day-off/holiday or night hour at the Labour Code's minimum.
//! - [`tax_resident`]: IPN residency from the person's facts; [`payments`]: the month's payment
//!   orders per charge, with payee, code and due date.
//!
//! Pure functions: no I/O, no clock. Every amount is exact money; every sum is checked against
//! [`Money::MAX_INPUT`] and answers an error, never a panic or a wrapped number.

mod catalogue;
mod pay;
mod time;

pub use catalogue::{Catalogue, Exempt, HourPay, Kind, Line, Treatment};
pub use pay::{ChargeTotals, CodeKind, Payee, Payment, payments, tax_resident};
pub use time::{Hours, hours_pay, prorate, working_days};

use crate::deadlines::DeadlineError;
use crate::money::Money;
use crate::period::YearMonth;
use crate::rules::{Amount, RulesError};
use kzcomply_i18n::{Args, Lang, t, tr};
use std::fmt;

/// The seven charges of a payroll month, in the order of the payslip's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChargeId {
    Opv,
    Vosms,
    Ipn,
    SocialTax,
    So,
    Opvr,
    Oosms,
}

impl ChargeId {
    pub const ALL: [ChargeId; 7] = [
        ChargeId::Opv,
        ChargeId::Vosms,
        ChargeId::Ipn,
        ChargeId::SocialTax,
        ChargeId::So,
        ChargeId::Opvr,
        ChargeId::Oosms,
    ];

    /// The id used in the rules (`accruals.<kind>.<charge>`) and the JSON: `opv`, `social_tax`.
    pub fn name(self) -> &'static str {
        match self {
            ChargeId::Opv => "opv",
            ChargeId::Vosms => "vosms",
            ChargeId::Ipn => "ipn",
            ChargeId::SocialTax => "social_tax",
            ChargeId::So => "so",
            ChargeId::Opvr => "opvr",
            ChargeId::Oosms => "oosms",
        }
    }

    pub fn parse(s: &str) -> Option<ChargeId> {
        ChargeId::ALL.into_iter().find(|c| c.name() == s)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The charge's name in `lang` (the payslip's label: "OPV (pension contribution)").
    pub fn text(self, lang: Lang) -> String {
        t(lang, &format!("payroll-label-{}", self.name().replace('_', "-")))
    }
}

impl fmt::Display for ChargeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The period an exempt amount counts over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    /// The limit is for the accruals of the kind in one calendar month.
    Month,
    /// The limit is for the kind's accruals in a calendar year at this employer (the month uses
    /// what the year's earlier months left: [`Catalogue::compose_in_year`]).
    CalendarYear,
}

impl Per {
    pub const NAMES: &'static str = "month, calendar-year";

    pub fn parse(s: &str) -> Option<Per> {
        match s {
            "month" => Some(Per::Month),
            "calendar-year" => Some(Per::CalendarYear),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Per::Month => "month",
            Per::CalendarYear => "calendar-year",
        }
    }
}

/// An exempt part as written in the rules: "94 MRP" per calendar year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExemptRule {
    pub amount: Amount,
    pub per: Per,
}

/// How a kind of accrual enters one charge's base (the value of `accruals.<kind>.<charge>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccrualRule {
    /// The accrual is in the base (for the part above `exempt`, if any).
    pub in_base: bool,
    /// The part left out of a base the accrual is in.
    pub exempt: Option<ExemptRule>,
}

impl fmt::Display for AccrualRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.in_base, self.exempt) {
            (false, _) => f.write_str("not in the base"),
            (true, None) => f.write_str("in the base"),
            (true, Some(e)) => write!(f, "in the base above {} per {}", e.amount, e.per.name()),
        }
    }
}

/// Why a month's lines or pay could not be worked out.
#[derive(Clone, Debug, PartialEq)]
pub enum MonthError {
    /// A line's kind is not in the catalogue of the month.
    UnknownKind {
        kind: String,
        period: YearMonth,
    },
    /// Hours were given for a kind that is not paid by the hour.
    NotHoursKind {
        kind: String,
    },
    /// The month's total of a kind (its lines and corrections) is below zero.
    Negative {
        kind: String,
    },
    /// An amount or a sum is above [`Money::MAX_INPUT`]: `what` is the id of the kind, charge or
    /// input (`gross`, `monthly_salary`) it belongs to.
    TooLarge {
        what: String,
    },
    /// No hourly rate: the month has no working days on the person's week.
    NoNorm,
    /// More hours than a month has.
    TooManyHours,
    Rules(RulesError),
    Deadline(DeadlineError),
}

impl MonthError {
    /// The error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MonthError::UnknownKind { kind, period } => tr(
                lang,
                "payroll-month-error-unknown-kind",
                &Args::new().text("kind", kind.as_str()).text("period", period.to_string()),
            ),
            MonthError::NotHoursKind { kind } => {
                tr(lang, "payroll-month-error-not-hours-kind", &Args::new().text("kind", kind.as_str()))
            }
            MonthError::Negative { kind } => {
                tr(lang, "payroll-month-error-negative", &Args::new().text("kind", kind.as_str()))
            }
            MonthError::TooLarge { what } => tr(
                lang,
                "payroll-month-error-too-large",
                &Args::new().text("what", what.as_str()).tenge("max", Money::MAX_INPUT.tiyn()),
            ),
            MonthError::NoNorm => t(lang, "payroll-month-error-no-norm"),
            MonthError::TooManyHours => {
                tr(lang, "payroll-month-error-too-many-hours", &Args::new().text("max", Hours::MAX.to_string()))
            }
            MonthError::Rules(e) => e.message(lang),
            MonthError::Deadline(e) => e.message(lang),
        }
    }
}

impl fmt::Display for MonthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for MonthError {}

impl From<RulesError> for MonthError {
    fn from(e: RulesError) -> MonthError {
        MonthError::Rules(e)
    }
}

impl From<DeadlineError> for MonthError {
    fn from(e: DeadlineError) -> MonthError {
        MonthError::Deadline(e)
    }
}
