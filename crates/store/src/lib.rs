//! kzcomply-store: the service's data layer. Organisations (a PEO/EOR provider or one employer) own
//! host companies → people → contracts → events → payroll months, accruals and payroll runs; every
//! change is written, in the same transaction, to an append-only audit log (who, when, what, old and
//! new value).
//!
//! The same code runs on embedded SQLite (the default; WAL) and PostgreSQL (production): one set of
//! queries through [`db::Tx`], two migration folders with the same tables.
//!
//! **Tenancy is enforced here, not in the HTTP handlers.** Every method that touches tenant data takes
//! a [`Scope`] (the caller's organisation, identity and role) and every query filters on
//! `org_id = scope.org_id`; another organisation's id is indistinguishable from a missing one
//! ([`StoreError::NotFound`]). Writes check the role ([`Role::Editor`] or above) before anything else.
//!
//! Like the rules crates it reads no clock for its logic: the time of a change is taken once per
//! transaction for the audit log and timestamps, which is the point of them.

mod accounts;
mod accruals;
mod companies;
mod contracts;
mod db;
mod error;
mod import;
mod log;
mod model;
mod payroll;
mod rule_values;
mod runs;
pub mod secrets;
mod workforce;

pub use accounts::{Login, Membership, NewUser, Org, OrgKind, SessionInfo, TokenInfo, User};
pub use accruals::{Accrual, NewAccrual};
pub use error::{Problem, Said, StoreError};
pub use log::{AuditEntry, LogFilter};
pub use model::{
    Company, CompanyInput, Contract, ContractInput, Event, EventInput, EventKind, Person, PersonInput, PersonPayroll,
    kzt_schema,
};
pub use payroll::{PayrollLine, PayrollMonth};
pub use rule_values::{RuleValue, RuleValueInput};
pub use runs::{RunRecord, RunStatus};
pub use workforce::ImportSummary;

use db::Db;

/// Roles within an organisation, weakest first: a viewer reads; an editor also changes companies,
/// people, contracts, events, payroll and imports; an admin also manages users and API tokens.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Viewer,
    Editor,
    Admin,
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "viewer" => Some(Role::Viewer),
            "editor" => Some(Role::Editor),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }
}

/// Who is asking, for which organisation, with which role. Made only from a verified session or
/// token (or by the operator's own tools), never from a request body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    pub org_id: String,
    /// `user:<id>` or `token:<id>`: written to the audit log.
    pub actor: String,
    pub role: Role,
}

impl Scope {
    /// Fails with [`StoreError::Forbidden`] unless the caller has at least `role`.
    pub fn require(&self, role: Role) -> Result<(), StoreError> {
        if self.role >= role { Ok(()) } else { Err(StoreError::Forbidden(role)) }
    }
}

/// The store: a connection pool on SQLite or PostgreSQL with the schema migrated.
#[derive(Clone, Debug)]
pub struct Store {
    db: Db,
}

impl Store {
    /// Opens (creating if need be) and migrates the database at `url`: `postgres://…` for
    /// PostgreSQL; `sqlite://PATH`, `sqlite:PATH` or a plain path for SQLite.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        Ok(Store { db: Db::open(url).await? })
    }

    /// Waits for running queries and closes every connection (graceful shutdown).
    pub async fn close(&self) {
        self.db.close().await
    }

    /// What opening the database found that the operator should hear about (a SQLite file that
    /// other users can read, say), to print at start-up; empty when all is well.
    pub fn notices(&self) -> &[String] {
        &self.db.notices
    }

    /// How many SQL statements this store has run (BEGIN and COMMIT included): a diagnostic, with
    /// which the tests check that an import costs a bounded number of round trips, not one per row.
    pub fn statements(&self) -> u64 {
        self.db.statements()
    }
}

/// The time of a change, to the microsecond: PostgreSQL keeps microseconds, so a value returned
/// to the caller equals the value read back later on either backend.
pub(crate) fn now() -> jiff::Timestamp {
    let t = jiff::Timestamp::now();
    t.round(jiff::Unit::Microsecond).unwrap_or(t)
}

/// A new random id with a readable prefix (`co_…`, `pe_…`): 128 random bits, hex.
pub(crate) fn new_id(prefix: &str) -> String {
    format!("{prefix}_{}", secrets::random_hex(16))
}
