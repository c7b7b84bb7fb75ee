//! Every limit on what a workforce file may hold, in one place, and [`LimitError`]: the error that
//! names the limit and what the file declared or held.
//!
//! The limits bound the memory and the time one file can cost, whoever sends it: a file past a
//! limit is refused before the reader allocates for it (a declared sheet size, a zip entry's
//! declared size) or as soon as it is seen (the bytes actually inflated, a row, a cell). They are
//! generous for real workforces (the audit is measured on 100,000 people) and are the same in the
//! CLI and the service. README.md ("Limits on input") lists them; kzcomply-plan reuses the zip
//! limits for .docx contracts.

use std::fmt;

const MIB: u64 = 1024 * 1024;

/// The largest workforce file read at all (CSV or XLSX, as stored on disk or uploaded).
pub const MAX_FILE_BYTES: u64 = 64 * MIB;
/// Rows of a sheet or a CSV file, the header included (a sheet's row numbers, too).
pub const MAX_ROWS: u64 = 200_000;
/// Columns of a sheet or a CSV file (the table has 26 known columns).
pub const MAX_COLUMNS: u64 = 200;
/// Cells read in all (every CSV field and every cell element of a sheet, empty ones included).
pub const MAX_CELLS: u64 = 8_000_000;
/// Characters in one cell: Excel's own limit.
pub const MAX_CELL_CHARS: u64 = 32_767;
/// Problems listed for a bad file; past this, one last line says how many more there are.
pub const MAX_PROBLEMS: usize = 1_000;

/// Entries in a zip container (XLSX, DOCX); a workbook has a dozen.
pub const MAX_ZIP_ENTRIES: u64 = 1_000;
/// All entries of a zip container together, inflated.
pub const MAX_UNZIPPED_BYTES: u64 = 320 * MIB;
/// One worksheet's XML, inflated (read as a stream, cell by cell).
pub const MAX_SHEET_BYTES: u64 = 256 * MIB;
/// Any other entry, inflated (shared strings, styles, the workbook: read whole by the reader).
pub const MAX_PART_BYTES: u64 = 32 * MIB;
/// Strings in a workbook's shared strings table (declared and counted): five per person at the row limit.
pub const MAX_SHARED_STRINGS: u64 = 1_000_000;
/// Cell formats of a workbook (Excel's own limit is 64,000).
pub const MAX_CELL_STYLES: u64 = 65_536;
/// Characters of one number format code (Excel's own limit is 255).
pub const MAX_NUMBER_FORMAT_CHARS: u64 = 255;
/// The longest run of XML the reader must hold at once: one tag, one text between tags, one
/// comment (a cell's text is at most 32,767 characters, so about 128 KiB).
pub const MAX_XML_TOKEN_BYTES: u64 = MIB;

/// A file past one of the limits: which limit (`limit`, the constant's name), its value (`max`)
/// and what the file declared or held (`found`), with a sentence saying so.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LimitError {
    pub limit: &'static str,
    pub max: u64,
    pub found: u64,
    pub message: String,
}

impl LimitError {
    /// `message` is the whole sentence, e.g. "the sheet declares 16,384 columns; at most 200 are read".
    pub fn new(limit: &'static str, max: u64, found: u64, message: impl Into<String>) -> LimitError {
        LimitError { limit, max, found, message: message.into() }
    }

    /// "WHAT is N bytes; at most M are read" for a size in bytes.
    pub fn bytes(limit: &'static str, max: u64, found: u64, what: &str) -> LimitError {
        LimitError::new(limit, max, found, format!("{what} is {}; at most {} is read", size(found), size(max)))
    }
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (limit {})", self.message, self.limit)
    }
}

impl std::error::Error for LimitError {}

/// A count with thousands separators: 16384 → "16,384".
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in bytes as people read it: "64 MiB", "64 KiB", "3,221,225,473 bytes" (exact: whole
/// MiB or KiB, else bytes).
pub fn size(bytes: u64) -> String {
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", count(bytes / MIB))
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", count(bytes / 1024))
    } else {
        format!("{} bytes", count(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_numbers() {
        for (n, text) in [(0, "0"), (999, "999"), (1_000, "1,000"), (16_384, "16,384"), (1_048_576, "1,048,576")] {
            assert_eq!(count(n), text);
        }
        assert_eq!(size(64 * MIB), "64 MiB");
        assert_eq!(size(64 * 1024), "64 KiB");
        assert_eq!(size(3_221_225_473), "3,221,225,473 bytes");
        let e = LimitError::bytes("MAX_FILE_BYTES", MAX_FILE_BYTES, 70 * MIB, "the file");
        assert_eq!(e.to_string(), "the file is 70 MiB; at most 64 MiB is read (limit MAX_FILE_BYTES)");
    }
}
