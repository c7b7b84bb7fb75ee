//! kzcomply-plan: decisions before a hire — how to employ (EOR, PEO or own entity), what it costs,
//! and, for a foreign specialist, every permit, posting, notification and report between today and
//! the first working day, dated on the production calendar with its legal basis.
//!
//! - [`pathway`]: the foreign-hire pathway (permit, quota, visa, localisation, dated steps).
//! - [`trips`]: days each permit holder spent outside the permit's region against the 90-day limit.
//! - [`advise`]: EOR, PEO or direct employment, with the reasons and the traps that apply.
//! - [`quote`]: monthly and annual cost per model from the payroll engine.
//! - [`vet`]: a provider's answers scored against the red flags and the sending-party conditions.
//! - [`contract`]: which required clauses a contract (text or .docx) lacks.
//! - [`limits`]: every limit on the files read here (contracts, trips, answers).
//!
//! Like the law crate it reads no files and no clock: bytes and dates are arguments. The method is
//! docs/hiring-method.md.

pub mod advise;
pub mod contract;
pub mod limits;
pub mod pathway;
pub mod quote;
pub mod text;
pub mod trips;
pub mod vet;

/// A bad input, named so the user can fix it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PlanError {
    /// One input is wrong: the option or field, and why.
    #[error("{field}: {message}")]
    Input { field: String, message: String },
    /// The rules lack a parameter on the day it is needed.
    #[error(transparent)]
    Rules(#[from] kzcomply_law::rules::RulesError),
    #[error(transparent)]
    Calendar(#[from] kzcomply_law::calendar::CalendarError),
}

impl PlanError {
    pub fn input(field: impl Into<String>, message: impl Into<String>) -> PlanError {
        PlanError::Input { field: field.into(), message: message.into() }
    }
}
