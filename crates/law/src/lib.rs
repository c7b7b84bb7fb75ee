//! kzcomply-law: Kazakhstan's payroll and labour rules as dated data and pure functions.
//!
//! - [`rules`]: the rule book — every statutory value with its period and legal source.
//! - [`payroll`]: one employee-month, gross → net and the employer's cost, with a trace; net → gross.
//! - [`calendar`]: the production calendar and working-day arithmetic.
//! - [`deadlines`]: statutory due dates for events (ESUTD, foreign workers, tax) and their status.
//! - [`fines`] and [`entity_size`]: what a violation costs, by offender class.
//! - [`ids`]: IIN and BIN validation and decoding.
//! - [`money`], [`rate`], [`period`], [`people`]: the exact domain types they are built from.
//! - [`csv_safe`]: the one rule every CSV export follows against formula injection.
//!
//! - [`text`]: the pieces the law's texts share in English, Russian and Kazakh; every function that
//!   writes a sentence takes the reader's [`Lang`] (or returns data with a `text(lang)` method).
//!
//! This crate does no I/O and reads no clock: rules arrive as text, dates as arguments.

pub mod calendar;
pub mod csv_safe;
pub mod deadlines;
pub mod duration;
pub mod entity_size;
pub mod fines;
pub mod foreign;
pub mod ids;
pub mod json;
pub mod money;
pub mod payroll;
pub mod people;
pub mod period;
pub mod rate;
pub mod rules;
pub mod text;

pub use calendar::{Calendar, Week};
pub use kzcomply_i18n::Lang;
pub use money::Money;
pub use people::{Disability, Pension, Status};
pub use period::YearMonth;
pub use rules::RuleBook;
