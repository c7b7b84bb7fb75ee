//! What can go wrong in the store, in terms a handler can map to a response without leaking internals.

use crate::Role;
use kzcomply_i18n::{Args, Lang, tr};
use std::fmt;

/// A text of the store as a message of the catalogue (`api-store-…`, in `api.ftl`) with its
/// arguments, so the service can write it in the caller's language; `Display` is its English.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub id: &'static str,
    pub args: Args,
    /// An argument that is a list of messages ("row 5 (id L3), row 3 (id L1)"), written in the
    /// reader's language too: (its name, the items).
    pub list: Option<(&'static str, Vec<(&'static str, Args)>)>,
}

impl Said {
    pub fn new(id: &'static str, args: Args) -> Said {
        Said { id, args, list: None }
    }

    /// With the list argument `name`.
    pub fn with_list(mut self, name: &'static str, items: Vec<(&'static str, Args)>) -> Said {
        self.list = Some((name, items));
        self
    }

    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match &self.list {
            None => tr(lang, self.id, &self.args),
            Some((name, items)) => {
                let list: Vec<String> = items.iter().map(|(id, args)| tr(lang, id, args)).collect();
                tr(lang, self.id, &self.args.clone().text(name, list.join(", ")))
            }
        }
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// One invalid field of an input, or one bad cell of an imported file (`row` 0 = not row-based).
/// `message` is in English; `said`, when there is one, is the same text as a catalogue message.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    pub field: String,
    pub message: String,
    #[serde(skip)]
    pub said: Option<Said>,
}

impl Problem {
    /// A problem whose message is given as it is (another crate's words, already in a language).
    pub fn field(field: &str, message: impl Into<String>) -> Problem {
        Problem { row: None, field: field.to_string(), message: message.into(), said: None }
    }

    /// A problem in the catalogue's words.
    pub fn said(field: &str, id: &'static str, args: Args) -> Problem {
        Problem::from_said(field, Said::new(id, args))
    }

    pub fn from_said(field: &str, said: Said) -> Problem {
        Problem { row: None, field: field.to_string(), message: said.text(Lang::En), said: Some(said) }
    }

    /// The message in `lang` (as given when it is not a catalogue message).
    pub fn text(&self, lang: Lang) -> String {
        self.said.as_ref().map_or_else(|| self.message.clone(), |s| s.text(lang))
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
    Conflict(Said),
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

    /// One invalid field, in the catalogue's words.
    pub(crate) fn said(field: &str, id: &'static str, args: Args) -> StoreError {
        StoreError::Invalid(vec![Problem::said(field, id, args)])
    }

    /// A conflict, in the catalogue's words.
    pub(crate) fn conflict(id: &'static str, args: Args) -> StoreError {
        StoreError::Conflict(Said::new(id, args))
    }
}
