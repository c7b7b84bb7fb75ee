//! kzcomply-i18n: every word a user reads, in English, Russian and Kazakh.
//!
//! - [`Lang`]: the three languages and how a caller's language is found (`--lang`, `?lang=`,
//!   `Accept-Language`, `LC_ALL`/`LANG`, the user's setting).
//! - [`t`], [`tr`], [`attr`] with [`Args`]: messages of the catalogue (`locales/*/*.ftl`, Project
//!   Fluent), with typed arguments; plural forms follow each language's CLDR rules.
//! - [`format`]: local forms of dates (`DD.MM.YYYY` in Russian and Kazakh) and amounts
//!   (`1 557 000 ₸`), and the reading of dates typed either way.
//!
//! Stable ids (rule ids, error codes, JSON field names) are not translated; only what people read is.
//! The crate does no I/O: the catalogue is compiled in.

mod catalogue;
pub mod format;
mod lang;

pub use catalogue::{Arg, Args, FILES, attr, has, t, tr};
pub use lang::Lang;
