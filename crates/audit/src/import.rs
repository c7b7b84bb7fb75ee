//! Reading a workforce file: CSV or XLSX text → a [`Workforce`] (validated [`Person`]s and the
//! columns the file carries), or every problem with its row and column — a missing required column
//! together with every bad cell of the columns that are there. Nothing is returned unless every
//! cell is valid: a file is imported whole or not at all.
//!
//! Every file is read within the limits of [`crate::limits`] (a file past one is
//! [`ImportError::TooLarge`], naming the limit), record by record or cell by cell
//! (XLSX: `sheet.rs`, after `zipped.rs` and `xmlscan.rs`); rows become people as they come, so memory grows with the people,
//! never with the file. Dates are read strictly ([`date`]).

use crate::columns::{COLUMNS, Column, Supplied, identify};
use crate::limits::{
    LimitError, MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_ROWS, count,
};
use crate::model::{Engagement, Person, Term};
use kzcomply_law::Money;
use std::collections::{BTreeMap, HashSet};

/// One thing wrong in the file. `row` is the spreadsheet row (the header is row 1).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CellProblem {
    pub row: usize,
    pub column: String,
    pub message: String,
}

impl std::fmt::Display for CellProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.row == 0 {
            write!(f, "header: {}: {}", self.column, self.message)
        } else {
            write!(f, "row {}, column {}: {}", self.row, self.column, self.message)
        }
    }
}

/// A validated workforce file: the people, and which columns the file has (a check that needs a
/// column the file lacks is reported as not checked rather than run on blanks).
#[derive(Clone, Debug, PartialEq)]
pub struct Workforce {
    pub people: Vec<Person>,
    pub supplied: Supplied,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    /// Past one of the limits of [`crate::limits`]: refused before it is read whole.
    #[error("{0}")]
    TooLarge(LimitError),
    #[error("{} problem(s) in the file, nothing was imported:\n{}", .0.len(),
        .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Problems(Vec<CellProblem>),
}

impl From<LimitError> for ImportError {
    fn from(e: LimitError) -> ImportError {
        ImportError::TooLarge(e)
    }
}

/// The first bytes of an Excel 97–2003 workbook (an OLE compound file).
const XLS_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Refuses a file larger than [`MAX_FILE_BYTES`].
pub fn check_file_size(len: u64) -> Result<(), ImportError> {
    if len > MAX_FILE_BYTES {
        return Err(LimitError::bytes("MAX_FILE_BYTES", MAX_FILE_BYTES, len, "the file").into());
    }
    Ok(())
}

/// Reads CSV (`,` or `;`, UTF-8 with or without a BOM), record by record within the limits of
/// [`crate::limits`]: a row with too many columns or a cell with too many characters is refused
/// as soon as it is read.
pub fn from_csv(bytes: &[u8]) -> Result<Workforce, ImportError> {
    check_file_size(bytes.len() as u64)?;
    if bytes.starts_with(XLS_MAGIC) {
        return Err(ImportError::Unreadable(
            "this is an Excel 97–2003 workbook (.xls), which is not read: save it as .xlsx or as \"CSV UTF-8\"".into(),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ImportError::Unreadable(format!("not UTF-8 text ({e}); save the file from Excel as \"CSV UTF-8\""))
    })?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut importer = Importer::default();
    let mut bounds = Bounds::default();
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(|e| ImportError::Unreadable(e.to_string()))? {
        let line = record.position().map_or(0, |p| p.line());
        bounds.row(line, record.len() as u64)?;
        for (i, field) in record.iter().enumerate() {
            check_cell(field, line, i as u64 + 1)?;
        }
        importer.row(&record.iter().collect::<Vec<_>>());
    }
    importer.finish()
}

/// Reads the first sheet of an XLSX workbook, cell by cell, within the limits of
/// [`crate::limits`]. A declared sheet size, a zip entry or a cell past them is refused before
/// anything is allocated for it.
pub fn from_xlsx(bytes: &[u8]) -> Result<Workforce, ImportError> {
    from_xlsx_with_limits(bytes, &crate::zipped::ZipLimits::DEFAULT)
}

/// [`from_xlsx`] with other zip limits (tighter ones, or small ones in tests); the row, column
/// and cell limits stay those of [`crate::limits`].
pub fn from_xlsx_with_limits(bytes: &[u8], limits: &crate::zipped::ZipLimits) -> Result<Workforce, ImportError> {
    crate::sheet::read(bytes, limits)
}

/// Counts rows, columns and cells as they are read and refuses the first past a limit.
#[derive(Default)]
pub(crate) struct Bounds {
    rows: u64,
    cells: u64,
}

impl Bounds {
    /// One more row of `columns` cells, at line or row `at` of the file.
    pub(crate) fn row(&mut self, at: u64, columns: u64) -> Result<(), LimitError> {
        self.rows += 1;
        if self.rows > MAX_ROWS {
            return Err(LimitError::new(
                "MAX_ROWS",
                MAX_ROWS,
                self.rows,
                format!("the file has more than {} rows; at most {} are read", count(MAX_ROWS), count(MAX_ROWS)),
            ));
        }
        if columns > MAX_COLUMNS {
            let which = if self.rows == 1 { "the header".to_string() } else { format!("row {at}") };
            return Err(LimitError::new(
                "MAX_COLUMNS",
                MAX_COLUMNS,
                columns,
                format!("{which} has {} columns; at most {} are read", count(columns), count(MAX_COLUMNS)),
            ));
        }
        self.cells(columns)
    }

    /// `n` more cells.
    pub(crate) fn cells(&mut self, n: u64) -> Result<(), LimitError> {
        self.cells += n;
        if self.cells > MAX_CELLS {
            return Err(LimitError::new(
                "MAX_CELLS",
                MAX_CELLS,
                self.cells,
                format!("the file has more than {} cells; at most {} are read", count(MAX_CELLS), count(MAX_CELLS)),
            ));
        }
        Ok(())
    }
}

/// Refuses a cell longer than [`MAX_CELL_CHARS`] (at row `row`, column number `column`).
pub(crate) fn check_cell(text: &str, row: u64, column: u64) -> Result<(), LimitError> {
    if text.len() as u64 > MAX_CELL_CHARS {
        let chars = text.chars().count() as u64;
        if chars > MAX_CELL_CHARS {
            return Err(LimitError::new(
                "MAX_CELL_CHARS",
                MAX_CELL_CHARS,
                chars,
                format!(
                    "row {row}, column {column} holds {} characters; at most {} are read",
                    count(chars),
                    count(MAX_CELL_CHARS)
                ),
            ));
        }
    }
    Ok(())
}

/// Header row first, then one row per person. A missing required column is reported once, on the
/// header, and every row is still read so that the bad cells of the other columns are reported too.
/// (The rows are the caller's, already in memory: the file limits do not apply here.)
pub fn from_rows(rows: Vec<Vec<String>>) -> Result<Workforce, ImportError> {
    let mut importer = Importer::default();
    for r in &rows {
        importer.row(&r.iter().map(String::as_str).collect::<Vec<_>>());
    }
    importer.finish()
}

/// The problems found so far: at most [`MAX_PROBLEMS`] are kept, the rest only counted.
#[derive(Default)]
struct Problems {
    list: Vec<CellProblem>,
    total: usize,
}

impl Problems {
    fn push(&mut self, p: CellProblem) {
        self.total += 1;
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(p);
        }
    }
}

/// Turns rows into people as they come, keeping only the people and the problems: memory grows
/// with the people, never with the width or the blank rows of the file.
#[derive(Default)]
pub(crate) struct Importer {
    header: bool,
    index: BTreeMap<Column, usize>,
    problems: Problems,
    people: Vec<Person>,
    ids: HashSet<String>,
    /// Non-blank rows seen, the header included: a person's row number.
    rows: usize,
}

impl Importer {
    /// The next row of the file; blank rows are skipped.
    pub(crate) fn row(&mut self, cells: &[&str]) {
        if !cells.iter().any(|c| !c.trim().is_empty()) {
            return;
        }
        self.rows += 1;
        if !self.header {
            self.header = true;
            self.read_header(cells);
            return;
        }
        let row = self.rows;
        let mut r = RowReader { row, cells, index: &self.index, problems: &mut self.problems };
        let id = r.raw(Column::Id).map(str::to_string);
        if let Some(p) = r.person() {
            self.people.push(p);
        }
        if let Some(id) = id
            && !self.ids.insert(id.clone())
        {
            self.problems.push(CellProblem {
                row,
                column: "id".into(),
                message: format!("`{id}` is used by an earlier row"),
            });
        }
    }

    fn read_header(&mut self, header: &[&str]) {
        for (i, h) in header.iter().enumerate() {
            if let Some(c) = identify(h)
                && self.index.insert(c, i).is_some()
            {
                self.problems.push(CellProblem {
                    row: 0,
                    column: h.to_string(),
                    message: format!("{} appears twice", c.name()),
                });
            }
        }
        for (c, name, required, aliases) in COLUMNS {
            if *required && !self.index.contains_key(c) {
                let also = aliases.first().map(|a| format!(" (or «{a}»)")).unwrap_or_default();
                self.problems.push(CellProblem {
                    row: 0,
                    column: name.to_string(),
                    message: format!("required column `{name}`{also} is missing"),
                });
            }
        }
    }

    pub(crate) fn finish(self) -> Result<Workforce, ImportError> {
        if !self.header {
            return Err(ImportError::Unreadable("the file is empty".into()));
        }
        let Problems { mut list, total } = self.problems;
        if self.people.is_empty() && total == 0 {
            return Err(ImportError::Unreadable("the file has a header but no people".into()));
        }
        if total == 0 {
            return Ok(Workforce { people: self.people, supplied: Supplied::of(self.index.keys().copied()) });
        }
        if total > list.len() {
            list.push(CellProblem {
                row: self.rows,
                column: "…".into(),
                message: format!(
                    "and {} more problem(s): at most {} are listed (limit MAX_PROBLEMS)",
                    count((total - list.len()) as u64),
                    count(MAX_PROBLEMS as u64)
                ),
            });
        }
        Err(ImportError::Problems(list))
    }
}

struct RowReader<'a> {
    row: usize,
    cells: &'a [&'a str],
    index: &'a BTreeMap<Column, usize>,
    problems: &'a mut Problems,
}

impl RowReader<'_> {
    fn raw(&self, c: Column) -> Option<&str> {
        let s = self.cells.get(*self.index.get(&c)?)?.trim();
        (!s.is_empty()).then_some(s)
    }

    fn problem(&mut self, c: Column, message: String) {
        self.problems.push(CellProblem { row: self.row, column: c.name().to_string(), message });
    }

    /// A required cell, parsed; records a problem and gives `None` when empty or invalid. A required
    /// column missing from the header gives `None` without a problem per row (the header has one).
    fn required<T>(&mut self, c: Column, parse: impl Fn(&str) -> Result<T, String>) -> Option<T> {
        if !self.index.contains_key(&c) {
            return None;
        }
        match self.raw(c) {
            None => {
                self.problem(c, "is empty".into());
                None
            }
            Some(s) => parse(s).map_err(|m| self.problem(c, m)).ok(),
        }
    }

    /// An optional cell: `Some(None)` when empty, `None` when invalid (problem recorded).
    fn optional<T>(&mut self, c: Column, parse: impl Fn(&str) -> Result<T, String>) -> Option<Option<T>> {
        match self.raw(c) {
            None => Some(None),
            Some(s) => parse(s).map(Some).map_err(|m| self.problem(c, m)).ok(),
        }
    }

    fn person(&mut self) -> Option<Person> {
        let before = self.problems.total;
        let text = |s: &str| Ok::<_, String>(s.to_string());
        let id = self.required(Column::Id, text);
        let full_name = self.required(Column::FullName, text);
        let iin = self.required(Column::Iin, |s| Ok(id_number(s)));
        let citizenship = self.required(Column::Citizenship, country);
        let engagement = self.required(Column::Engagement, |s| {
            Engagement::parse(s).ok_or_else(|| format!("`{s}`: expected direct, outstaffed, third_party or contractor"))
        });
        let position = self.required(Column::Position, text);
        let department = self.required(Column::Department, text);
        let role_category = self.required(Column::RoleCategory, |s| match s {
            "1" => Ok(1),
            "2" => Ok(2),
            "3" => Ok(3),
            "4" => Ok(4),
            _ => Err(format!("`{s}`: expected 1, 2, 3 or 4")),
        });
        let monthly_gross = self.required(Column::MonthlyGross, money);
        let start_date = self.required(Column::StartDate, date);
        let job_function = self.optional(Column::JobFunction, text);
        let employer_bin = self.optional(Column::EmployerBin, |s| Ok(id_number(s)));
        let bonus_annual = self.optional(Column::BonusAnnual, money);
        let allowances = self.optional(Column::AllowancesMonthly, money);
        let benefits = self.optional(Column::BenefitsInKindMonthly, money);
        let leave = self
            .optional(Column::PaidLeaveDays, |s| s.parse::<u32>().map_err(|_| format!("`{s}`: expected whole days")));
        let contract_number = self.optional(Column::ContractNumber, text);
        let contract_date = self.optional(Column::ContractDate, date);
        let contract_end = self.optional(Column::ContractEndDate, |s| match s.to_lowercase().as_str() {
            "indefinite" | "бессрочный" | "бессрочно" | "unlimited" => Ok(Term::Indefinite),
            _ => date(s).map(Term::Until).map_err(|e| format!("{e}, or `indefinite`")),
        });
        let place_of_work = self.optional(Column::PlaceOfWork, text);
        let registered = self.optional(Column::EsutdRegisteredOn, date);
        let terminated = self.optional(Column::TerminatedOn, date);
        let termination_registered = self.optional(Column::EsutdTerminationRegisteredOn, date);
        let residence = self.optional(Column::ResidencePermit, yes_no);
        let permit = self.optional(Column::WorkPermitUntil, date);
        let mentor = self.optional(Column::MentorAppointedOn, date);
        if self.problems.total != before {
            return None;
        }
        Some(Person {
            row: self.row,
            id: id?,
            full_name: full_name?,
            iin: iin?,
            citizenship: citizenship?,
            engagement: engagement?,
            position: position?,
            department: department?,
            role_category: role_category?,
            monthly_gross: monthly_gross?,
            start_date: start_date?,
            job_function: job_function?,
            employer_bin: employer_bin?,
            bonus_annual: bonus_annual?.unwrap_or_default(),
            allowances_monthly: allowances?.unwrap_or_default(),
            benefits_in_kind_monthly: benefits?.unwrap_or_default(),
            paid_leave_days: leave?,
            contract_number: contract_number?,
            contract_date: contract_date?,
            contract_end: contract_end?,
            place_of_work: place_of_work?,
            esutd_registered_on: registered?,
            terminated_on: terminated?,
            esutd_termination_registered_on: termination_registered?,
            residence_permit: residence?.unwrap_or(false),
            work_permit_until: permit?,
            mentor_appointed_on: mentor?,
        })
    }
}

/// An IIN or BIN as typed: spaces removed, and the leading zeros Excel drops from a number put back
/// (an IIN of someone born in the 2000s starts with 0). Validity is checked by the audit, not here.
fn id_number(s: &str) -> String {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if (10..12).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        format!("{digits:0>12}")
    } else {
        digits
    }
}

fn country(s: &str) -> Result<String, String> {
    let up = s.to_uppercase();
    let up = match up.as_str() {
        "КАЗАХСТАН" | "РК" | "KAZAKHSTAN" | "КZ" => "KZ".to_string(),
        _ => up,
    };
    if up.len() == 2 && up.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(up)
    } else {
        Err(format!("`{s}`: expected a two-letter country code (ISO 3166), e.g. KZ, RU, TR"))
    }
}

fn money(s: &str) -> Result<Money, String> {
    Money::parse(s).map_err(|e| e.to_string())
}

/// The years a date in a file may have, and the one reading of a typed date (YYYY-MM-DD or
/// DD.MM.YYYY as 1C writes it, a time of day after it ignored): the catalogue crate's, shared by
/// every parser of dates people type.
pub use kzcomply_i18n::format::{YEARS, parse_date as date};

fn yes_no(s: &str) -> Result<bool, String> {
    match s.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "да" | "есть" => Ok(true),
        "no" | "n" | "false" | "0" | "нет" => Ok(false),
        _ => Err(format!("`{s}`: expected yes or no")),
    }
}
