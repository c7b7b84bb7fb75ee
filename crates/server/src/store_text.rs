//! The store's words in the answer's language: its problems and conflicts carry their catalogue
//! message (`api-store-…`) beside the English, and are written here in [`crate::lang::current`].

use kzcomply_store::{Problem, Said};

/// The problems with each message in the answer's language.
pub fn problems(problems: Vec<Problem>) -> Vec<Problem> {
    let lang = crate::lang::current();
    problems.into_iter().map(|p| Problem { message: p.text(lang), ..p }).collect()
}

/// A conflict's message in the answer's language.
pub fn conflict(said: &Said) -> String {
    said.text(crate::lang::current())
}
