//! What can go wrong in the store, in terms a handler can map to a response without leaking internals.

use crate::Role;

/// One invalid field of an input, or one bad cell of an imported file (`row` 0 = not row-based).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn field(field: &str, message: impl Into<String>) -> Problem {
        Problem { row: None, field: field.to_string(), message: message.into() }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}")]
    Open(String),
    #[error("database migration failed: {0}")]
    Migrate(String),
    /// Missing, or belongs to another organisation (the two are deliberately the same answer).
    #[error("not found")]
    NotFound,
    #[error("this needs the {} role", .0.name())]
    Forbidden(Role),
    #[error("{0}")]
    Conflict(String),
    /// Every problem with the input at once; nothing was written.
    #[error("{} problem(s) in the input", .0.len())]
    Invalid(Vec<Problem>),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

impl StoreError {
    pub(crate) fn invalid(field: &str, message: impl Into<String>) -> StoreError {
        StoreError::Invalid(vec![Problem::field(field, message)])
    }
}
