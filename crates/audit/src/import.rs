//! Reading a workforce file: CSV or XLSX text → a [`Workforce`] (validated [`Person`]s and the
//! columns the file carries), or every problem with its row and column — a missing required column
//! together with every bad cell of the columns that are there. Nothing is returned unless every
//! cell is valid: a file is imported whole or not at all.
//!
//! Every file is read within the limits of [`crate::limits`] (a file past one is
//! [`ImportError::TooLarge`], naming the limit), record by record or cell by cell
//! (XLSX: `sheet.rs`, after `zipped.rs` and `xmlscan.rs`); rows become people as they come, so memory grows with the people,
//! never with the file. Dates are read strictly ([`date`]).
//!
//! Every problem is written in the language the reader was given (`lang`); the column names are
//! the file's own header names and stay as they are. [`ImportError::message`] and
//! [`CellProblem::text`] give the whole text in a language; `Display` is English.

use crate::columns::{COLUMNS, Column, Supplied, identify};
use crate::limits::{LimitError, MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_ROWS};
use crate::model::{BasicDeduction, Engagement, PayrollFacts, Person, Term};
use crate::text;
use facts::{disability_group, pensioner, week};
use kzcomply_i18n::{Args, Lang, t, tr};
use kzcomply_law::Money;
use std::collections::{BTreeMap, HashSet};

mod facts;

/// One thing wrong in the file. `row` is the spreadsheet row (the header is row 1).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CellProblem {
    pub row: usize,
    pub column: String,
    pub message: String,
}

impl CellProblem {
    /// "row 3, column iin: is empty" (or "header: iin: …") with the row and column in `lang`;
    /// the message is in the language the file was read in.
    pub fn text(&self, lang: Lang) -> String {
        let args = Args::new().text("column", self.column.as_str()).text("message", self.message.as_str());
        if self.row == 0 {
            tr(lang, "import-problem-header", &args)
        } else {
            tr(lang, "import-problem-cell", &args.num("row", i64::try_from(self.row).unwrap_or(i64::MAX)))
        }
    }
}

impl std::fmt::Display for CellProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A validated workforce file: the people, and which columns the file has (a check that needs a
/// column the file lacks is reported as not checked rather than run on blanks).
#[derive(Clone, Debug, PartialEq)]
pub struct Workforce {
    pub people: Vec<Person>,
    pub supplied: Supplied,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Why the file cannot be read at all (in the language it was read in).
    Unreadable(String),
    /// Past one of the limits of [`crate::limits`]: refused before it is read whole.
    TooLarge(LimitError),
    Problems(Vec<CellProblem>),
}

impl ImportError {
    /// The whole refusal in `lang`: "cannot read the file: …", "… (limit MAX_ROWS)", or "4
    /// problem(s) in the file, nothing was imported:" and one problem a line.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::Unreadable(reason) => {
                tr(lang, "import-unreadable", &Args::new().text("reason", reason.as_str()))
            }
            ImportError::TooLarge(e) => {
                tr(lang, "import-too-large", &Args::new().text("message", e.message.as_str()).text("limit", e.limit))
            }
            ImportError::Problems(problems) => {
                let mut out = tr(lang, "import-problems", &Args::new().num("count", text::n(problems.len())));
                for p in problems {
                    out.push_str("\n  - ");
                    out.push_str(&p.text(lang));
                }
                out
            }
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}

impl From<LimitError> for ImportError {
    fn from(e: LimitError) -> ImportError {
        ImportError::TooLarge(e)
    }
}

/// The first bytes of an Excel 97–2003 workbook (an OLE compound file).
const XLS_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Refuses a file larger than [`MAX_FILE_BYTES`] (the reason in `lang`).
pub fn check_file_size(len: u64, lang: Lang) -> Result<(), ImportError> {
    if len > MAX_FILE_BYTES {
        let args = Args::new().text("size", text::size(lang, len)).text("max", text::size(lang, MAX_FILE_BYTES));
        let message = tr(lang, "import-file-too-large", &args);
        return Err(LimitError::new("MAX_FILE_BYTES", MAX_FILE_BYTES, len, message).into());
    }
    Ok(())
}

/// Reads CSV (`,` or `;`, UTF-8 with or without a BOM), record by record within the limits of
/// [`crate::limits`]: a row with too many columns or a cell with too many characters is refused
/// as soon as it is read. Problems are written in `lang`.
pub fn from_csv(bytes: &[u8], lang: Lang) -> Result<Workforce, ImportError> {
    check_file_size(bytes.len() as u64, lang)?;
    if bytes.starts_with(XLS_MAGIC) {
        return Err(ImportError::Unreadable(t(lang, "import-xls")));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| ImportError::Unreadable(tr(lang, "import-not-utf8", &Args::new().text("error", e.to_string()))))?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut importer = Importer::new(lang);
    let mut bounds = Bounds::new(lang);
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(|e| ImportError::Unreadable(e.to_string()))? {
        let line = record.position().map_or(0, |p| p.line());
        bounds.row(line, record.len() as u64)?;
        for (i, field) in record.iter().enumerate() {
            check_cell(field, line, i as u64 + 1, lang)?;
        }
        importer.row(&record.iter().collect::<Vec<_>>());
    }
    importer.finish()
}

/// Reads the first sheet of an XLSX workbook, cell by cell, within the limits of
/// [`crate::limits`]. A declared sheet size, a zip entry or a cell past them is refused before
/// anything is allocated for it. Problems are written in `lang`.
pub fn from_xlsx(bytes: &[u8], lang: Lang) -> Result<Workforce, ImportError> {
    from_xlsx_with_limits(bytes, &crate::zipped::ZipLimits::DEFAULT, lang)
}

/// [`from_xlsx`] with other zip limits (tighter ones, or small ones in tests); the row, column
/// and cell limits stay those of [`crate::limits`].
pub fn from_xlsx_with_limits(
    bytes: &[u8],
    limits: &crate::zipped::ZipLimits,
    lang: Lang,
) -> Result<Workforce, ImportError> {
    crate::sheet::read(bytes, limits, lang)
}

/// Counts rows, columns and cells as they are read and refuses the first past a limit.
pub(crate) struct Bounds {
    rows: u64,
    cells: u64,
    lang: Lang,
}

impl Bounds {
    pub(crate) fn new(lang: Lang) -> Bounds {
        Bounds { rows: 0, cells: 0, lang }
    }

    /// One more row of `columns` cells, at line or row `at` of the file.
    pub(crate) fn row(&mut self, at: u64, columns: u64) -> Result<(), LimitError> {
        let lang = self.lang;
        self.rows += 1;
        if self.rows > MAX_ROWS {
            let message = tr(lang, "import-too-many-rows", &Args::new().text("max", text::count(lang, MAX_ROWS)));
            return Err(LimitError::new("MAX_ROWS", MAX_ROWS, self.rows, message));
        }
        if columns > MAX_COLUMNS {
            let args =
                Args::new().text("count", text::count(lang, columns)).text("max", text::count(lang, MAX_COLUMNS));
            let message = if self.rows == 1 {
                tr(lang, "import-too-many-columns-header", &args)
            } else {
                tr(lang, "import-too-many-columns-row", &args.text("row", at.to_string()))
            };
            return Err(LimitError::new("MAX_COLUMNS", MAX_COLUMNS, columns, message));
        }
        self.cells(columns)
    }

    /// `n` more cells.
    pub(crate) fn cells(&mut self, n: u64) -> Result<(), LimitError> {
        self.cells += n;
        if self.cells > MAX_CELLS {
            let message =
                tr(self.lang, "import-too-many-cells", &Args::new().text("max", text::count(self.lang, MAX_CELLS)));
            return Err(LimitError::new("MAX_CELLS", MAX_CELLS, self.cells, message));
        }
        Ok(())
    }
}

/// Refuses a cell longer than [`MAX_CELL_CHARS`] (at row `row`, column number `column`).
pub(crate) fn check_cell(cell: &str, row: u64, column: u64, lang: Lang) -> Result<(), LimitError> {
    if cell.len() as u64 > MAX_CELL_CHARS {
        let chars = cell.chars().count() as u64;
        if chars > MAX_CELL_CHARS {
            let args = Args::new()
                .text("row", row.to_string())
                .text("column", column.to_string())
                .text("count", text::count(lang, chars))
                .text("max", text::count(lang, MAX_CELL_CHARS));
            return Err(LimitError::new(
                "MAX_CELL_CHARS",
                MAX_CELL_CHARS,
                chars,
                tr(lang, "import-cell-too-long", &args),
            ));
        }
    }
    Ok(())
}

/// Header row first, then one row per person. A missing required column is reported once, on the
/// header, and every row is still read so that the bad cells of the other columns are reported too.
/// (The rows are the caller's, already in memory: the file limits do not apply here.) Problems
/// are written in `lang`.
pub fn from_rows(rows: Vec<Vec<String>>, lang: Lang) -> Result<Workforce, ImportError> {
    let mut importer = Importer::new(lang);
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
pub(crate) struct Importer {
    header: bool,
    index: BTreeMap<Column, usize>,
    problems: Problems,
    people: Vec<Person>,
    ids: HashSet<String>,
    /// Non-blank rows seen, the header included: a person's row number.
    rows: usize,
    /// The language of the problems.
    lang: Lang,
}

impl Importer {
    pub(crate) fn new(lang: Lang) -> Importer {
        Importer {
            header: false,
            index: BTreeMap::new(),
            problems: Problems::default(),
            people: Vec::new(),
            ids: HashSet::new(),
            rows: 0,
            lang,
        }
    }

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
        let mut r = RowReader { row, cells, index: &self.index, problems: &mut self.problems, lang: self.lang };
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
                message: tr(self.lang, "import-id-repeated", &Args::new().text("id", id.as_str())),
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
                    message: tr(self.lang, "import-column-twice", &Args::new().text("column", c.name())),
                });
            }
        }
        for (c, name, required, aliases) in COLUMNS {
            if *required && !self.index.contains_key(c) {
                let args = Args::new().text("column", *name);
                let message = match aliases.first() {
                    Some(alias) => tr(self.lang, "import-column-missing-alias", &args.text("alias", *alias)),
                    None => tr(self.lang, "import-column-missing", &args),
                };
                self.problems.push(CellProblem { row: 0, column: name.to_string(), message });
            }
        }
    }

    pub(crate) fn finish(self) -> Result<Workforce, ImportError> {
        if !self.header {
            return Err(ImportError::Unreadable(t(self.lang, "import-empty")));
        }
        let Problems { mut list, total } = self.problems;
        if self.people.is_empty() && total == 0 {
            return Err(ImportError::Unreadable(t(self.lang, "import-no-people")));
        }
        if total == 0 {
            return Ok(Workforce { people: self.people, supplied: Supplied::of(self.index.keys().copied()) });
        }
        if total > list.len() {
            list.push(CellProblem {
                row: self.rows,
                column: "…".into(),
                message: tr(
                    self.lang,
                    "import-more-problems",
                    &Args::new()
                        .text("count", text::count(self.lang, (total - list.len()) as u64))
                        .text("max", text::count(self.lang, MAX_PROBLEMS as u64)),
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
    lang: Lang,
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
                self.problem(c, t(self.lang, "import-cell-empty"));
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
        let lang = self.lang;
        let bad = |id: &str, s: &str| tr(lang, id, &Args::new().text("value", s));
        let date = |s: &str| parse_date(lang, s);
        let money = |s: &str| Money::parse(s).map_err(|e| text::money_error(lang, &e));
        let before = self.problems.total;
        let text = |s: &str| Ok::<_, String>(s.to_string());
        let id = self.required(Column::Id, text);
        let full_name = self.required(Column::FullName, text);
        let iin = self.required(Column::Iin, |s| Ok(id_number(s)));
        let citizenship =
            self.required(Column::Citizenship, |s| country(s).ok_or_else(|| bad("import-bad-country", s)));
        let engagement =
            self.required(Column::Engagement, |s| Engagement::parse(s).ok_or_else(|| bad("import-bad-engagement", s)));
        let position = self.required(Column::Position, text);
        let department = self.required(Column::Department, text);
        let role_category = self.required(Column::RoleCategory, |s| match s {
            "1" => Ok(1),
            "2" => Ok(2),
            "3" => Ok(3),
            "4" => Ok(4),
            _ => Err(bad("import-bad-category", s)),
        });
        let monthly_gross = self.required(Column::MonthlyGross, money);
        let start_date = self.required(Column::StartDate, date);
        let job_function = self.optional(Column::JobFunction, text);
        let employer_bin = self.optional(Column::EmployerBin, |s| Ok(id_number(s)));
        let bonus_annual = self.optional(Column::BonusAnnual, money);
        let allowances = self.optional(Column::AllowancesMonthly, money);
        let benefits = self.optional(Column::BenefitsInKindMonthly, money);
        let leave = self.optional(Column::PaidLeaveDays, |s| s.parse::<u32>().map_err(|_| bad("import-bad-days", s)));
        let contract_number = self.optional(Column::ContractNumber, text);
        let contract_date = self.optional(Column::ContractDate, date);
        let contract_end = self.optional(Column::ContractEndDate, |s| match s.to_lowercase().as_str() {
            "indefinite" | "бессрочный" | "бессрочно" | "unlimited" => Ok(Term::Indefinite),
            _ => date(s).map(Term::Until).map_err(|e| tr(lang, "import-bad-term", &Args::new().text("error", e))),
        });
        let place_of_work = self.optional(Column::PlaceOfWork, text);
        let registered = self.optional(Column::EsutdRegisteredOn, date);
        let terminated = self.optional(Column::TerminatedOn, date);
        let termination_registered = self.optional(Column::EsutdTerminationRegisteredOn, date);
        let residence =
            self.optional(Column::ResidencePermit, |s| yes_no(s).ok_or_else(|| bad("import-bad-yes-no", s)));
        let permit = self.optional(Column::WorkPermitUntil, date);
        let mentor = self.optional(Column::MentorAppointedOn, date);
        let payroll = self.payroll_facts();
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
            payroll: payroll?,
        })
    }

    /// The payroll facts of docs/payroll-run.md §2 (every bad cell recorded), or `None` when one
    /// is bad.
    fn payroll_facts(&mut self) -> Option<PayrollFacts> {
        let lang = self.lang;
        let bad = |id: &str, s: &str| tr(lang, id, &Args::new().text("value", s));
        let date = |s: &str| parse_date(lang, s);
        let birth_date = self.optional(Column::BirthDate, date);
        let tax_resident = self.optional(Column::TaxResident, |s| yes_no(s).ok_or_else(|| bad("import-bad-yes-no", s)));
        let in_kz_since = self.optional(Column::InKzSince, date);
        let pension = self.optional(Column::Pensioner, |s| pensioner(s).ok_or_else(|| bad("import-bad-pensioner", s)));
        let disability = self.optional(Column::DisabilityGroup, |s| {
            disability_group(s).ok_or_else(|| bad("import-bad-disability-group", s))
        });
        let from = self.optional(Column::DisabilityFrom, date);
        let until = self.optional(Column::DisabilityUntil, date);
        if let (Some(Some(from)), Some(Some(until))) = (from, until)
            && until < from
        {
            let args = Args::new()
                .text("until", kzcomply_i18n::format::date(lang, until))
                .text("from", kzcomply_i18n::format::date(lang, from));
            self.problem(Column::DisabilityUntil, tr(lang, "import-bad-disability-until", &args));
        }
        let deduction = self.optional(Column::BasicDeductionFrom, |s| match yes_no(s) {
            Some(false) => Ok(BasicDeduction::NotClaimed),
            Some(true) => Ok(BasicDeduction::Claimed),
            None => date(s)
                .map(BasicDeduction::From)
                .map_err(|e| tr(lang, "import-bad-deduction-from", &Args::new().text("error", e))),
        });
        let week = self.optional(Column::Week, |s| week(s).ok_or_else(|| bad("import-bad-week", s)));
        let days_worked = self.optional(Column::DaysWorked, |s| {
            s.parse::<u8>().ok().filter(|d| *d <= 31).ok_or_else(|| bad("import-bad-days-worked", s))
        });
        Some(PayrollFacts {
            birth_date: birth_date?,
            tax_resident: tax_resident?,
            in_kz_since: in_kz_since?,
            pension: pension?.flatten(),
            disability: disability?,
            disability_from: from?,
            disability_until: until?,
            basic_deduction: deduction?.unwrap_or_default(),
            week: week?,
            days_worked: days_worked?,
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

/// A two-letter country code (ISO 3166), upper case; Kazakhstan also as its Russian or English name.
fn country(s: &str) -> Option<String> {
    let up = s.to_uppercase();
    let up = match up.as_str() {
        "КАЗАХСТАН" | "РК" | "KAZAKHSTAN" | "КZ" => "KZ".to_string(),
        _ => up,
    };
    (up.len() == 2 && up.chars().all(|c| c.is_ascii_uppercase())).then_some(up)
}

/// The years a date in a file may have, and the one reading of a typed date (YYYY-MM-DD or
/// DD.MM.YYYY as 1C writes it, a time of day after it ignored): the catalogue crate's, shared by
/// every parser of dates people type.
pub use kzcomply_i18n::format::{YEARS, parse_date as date};

/// [`date`], refused in `lang`.
fn parse_date(lang: Lang, s: &str) -> Result<jiff::civil::Date, String> {
    date(s).map_err(|e| text::date_error(lang, s, &e))
}

fn yes_no(s: &str) -> Option<bool> {
    match s.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "да" | "есть" | "иә" | "ия" | "бар" => Some(true),
        "no" | "n" | "false" | "0" | "нет" | "жоқ" => Some(false),
        _ => None,
    }
}
