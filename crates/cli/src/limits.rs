//! The limits on what the command line reads, in one place: each file is measured before it is
//! read and read through a counter (a file that grows while it is read is still bounded), and the
//! batch input is bounded row by row. The workforce, contract, trips and answers limits are those
//! of the library crates ([`kzcomply_audit::limits`], [`kzcomply_plan::limits`]), so the CLI and
//! the service refuse the same files. A file past a limit exits 2 with a message naming the file
//! and the limit.

use crate::{Failure, input_error};
use kzcomply_audit::limits::{LimitError, count, size};
use std::cell::Cell;
use std::io::Read;
use std::path::Path;
use std::rc::Rc;

const KIB: u64 = 1024;
const MIB: u64 = 1024 * KIB;

/// A company facts file (TOML).
pub const MAX_COMPANY_FILE_BYTES: u64 = MIB;
/// One rule file of `--rules` or `--rules-add` (the built-in files are a few KiB each).
pub const MAX_RULE_FILE_BYTES: u64 = 4 * MIB;
/// One line of a payroll batch file, the header included (a row is about a hundred bytes).
pub const MAX_BATCH_RECORD_BYTES: u64 = 64 * KIB;
/// Columns of a payroll batch file (it has 16 known ones).
pub const MAX_BATCH_COLUMNS: u64 = 100;
/// Rows of a payroll batch file. The batch streams in constant memory; this bounds the time.
pub const MAX_BATCH_ROWS: u64 = 10_000_000;

/// Reads the file at `path` (`what` it is, for messages) if it is at most `max` bytes (the
/// constant named `limit`): refused on its size before reading, and never more than `max + 1`
/// bytes read.
pub fn read_file(path: &Path, what: &str, limit: &'static str, max: u64) -> Result<Vec<u8>, Failure> {
    let cannot = |e: std::io::Error| input_error(format!("cannot read the {what} {}: {e}", path.display()));
    let too_large =
        |found: u64| input_error(format!("{}: {}", path.display(), LimitError::bytes(limit, max, found, "the file")));
    let file = std::fs::File::open(path).map_err(cannot)?;
    let declared = file.metadata().map_err(cannot)?.len();
    if declared > max {
        return Err(too_large(declared));
    }
    let mut bytes = Vec::with_capacity(declared as usize);
    file.take(max + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Where the batch reader is: the byte offset where the current record began and its line.
#[derive(Clone, Default)]
pub struct RecordStart(Rc<Cell<(u64, u64)>>);

impl RecordStart {
    /// The next record begins at byte `offset`, on line `line`.
    pub fn set(&self, offset: u64, line: u64) {
        self.0.set((offset, line));
    }
}

/// The CSV reader's own buffer: it reads this far ahead of the record it is parsing.
const READ_AHEAD: u64 = 8 * KIB;

/// Wraps the batch input so that no record can grow past [`MAX_BATCH_RECORD_BYTES`]: the CSV
/// reader holds a whole record in memory, and a file without line ends would otherwise be one
/// record as large as the file.
pub struct BoundedRecords<R> {
    inner: R,
    read: u64,
    start: RecordStart,
}

impl<R: Read> BoundedRecords<R> {
    pub fn new(inner: R, start: RecordStart) -> BoundedRecords<R> {
        BoundedRecords { inner, read: 0, start }
    }
}

impl<R: Read> Read for BoundedRecords<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let (offset, line) = self.start.0.get();
        let in_record = self.read.saturating_sub(offset);
        if in_record > MAX_BATCH_RECORD_BYTES + READ_AHEAD {
            let e = LimitError::new(
                "MAX_BATCH_RECORD_BYTES",
                MAX_BATCH_RECORD_BYTES,
                in_record,
                format!(
                    "the line starting on line {} is longer than {}; at most {} is read",
                    count(line),
                    size(MAX_BATCH_RECORD_BYTES),
                    size(MAX_BATCH_RECORD_BYTES)
                ),
            );
            return Err(std::io::Error::other(e.to_string()));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Refuses a batch record (`at`: "the header" or "row N") of more than [`MAX_BATCH_COLUMNS`] or
/// longer than [`MAX_BATCH_RECORD_BYTES`].
pub fn check_batch_record(record: &csv::ByteRecord, at: &str) -> Result<(), LimitError> {
    let columns = record.len() as u64;
    if columns > MAX_BATCH_COLUMNS {
        return Err(LimitError::new(
            "MAX_BATCH_COLUMNS",
            MAX_BATCH_COLUMNS,
            columns,
            format!("{at} has {} columns; at most {} are read", count(columns), count(MAX_BATCH_COLUMNS)),
        ));
    }
    let bytes = record.as_slice().len() as u64;
    if bytes > MAX_BATCH_RECORD_BYTES {
        return Err(LimitError::new(
            "MAX_BATCH_RECORD_BYTES",
            MAX_BATCH_RECORD_BYTES,
            bytes,
            format!("{at} is {}; at most {} is read", size(bytes), size(MAX_BATCH_RECORD_BYTES)),
        ));
    }
    Ok(())
}
