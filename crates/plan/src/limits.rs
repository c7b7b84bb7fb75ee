//! Every limit on the files kzcomply-plan reads, in one place: contracts (.txt, .docx), trip lists
//! (CSV) and provider answers (TOML). A file past one is refused with a
//! [`LimitError`](kzcomply_audit::limits::LimitError) naming the limit and what the file declared or
//! held, before it is read whole. README.md ("Limits on input") lists them.

pub use kzcomply_audit::limits::{LimitError, MAX_ZIP_ENTRIES};

const MIB: u64 = 1024 * 1024;

/// A contract file as given: UTF-8 text, or a .docx (which may carry images).
pub const MAX_CONTRACT_FILE_BYTES: u64 = 32 * MIB;
/// A .docx's `word/document.xml` once inflated (a long, heavily formatted contract is a few MiB).
pub const MAX_DOCX_XML_BYTES: u64 = 32 * MIB;
/// The text of a contract that is checked (about a thousand pages).
pub const MAX_CONTRACT_TEXT_BYTES: u64 = 2 * MIB;

/// A trips CSV file.
pub const MAX_TRIPS_FILE_BYTES: u64 = 16 * MIB;
/// Trips in one file (each person's year is counted day by day).
pub const MAX_TRIP_ROWS: u64 = 20_000;
/// Columns of a trips file (it has five known ones).
pub const MAX_TRIP_COLUMNS: u64 = 50;
/// Characters in one cell of a trips file.
pub const MAX_TRIP_CELL_CHARS: u64 = 1_000;

/// A provider's answers file (TOML).
pub const MAX_ANSWERS_BYTES: u64 = MIB;

/// Refuses `len` bytes of `what` over `max` (the constant named `limit`).
pub fn check_size(limit: &'static str, max: u64, len: u64, what: &str) -> Result<(), LimitError> {
    if len > max { Err(LimitError::bytes(limit, max, len, what)) } else { Ok(()) }
}
