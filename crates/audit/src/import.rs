//! Reading a workforce file: CSV or XLSX text → a [`Workforce`] (validated [`Person`]s and the
//! columns the file carries), or every problem with its row and column — a missing required column
//! together with every bad cell of the columns that are there. Nothing is returned unless every
//! cell is valid: a file is imported whole or not at all.

use crate::columns::{COLUMNS, Column, Supplied, identify};
use crate::model::{Engagement, Person, Term};
use jiff::civil::Date;
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
    #[error("{} problem(s) in the file, nothing was imported:\n{}", .0.len(),
        .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Problems(Vec<CellProblem>),
}

/// Reads CSV (`,` or `;`, UTF-8 with or without a BOM).
pub fn from_csv(bytes: &[u8]) -> Result<Workforce, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ImportError::Unreadable(format!("not UTF-8 text ({e}); save the file from Excel as \"CSV UTF-8\""))
    })?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Unreadable(e.to_string()))?;
        rows.push(record.iter().map(str::to_string).collect::<Vec<_>>());
    }
    from_rows(rows)
}

/// Reads the first sheet of an XLSX workbook.
pub fn from_xlsx(bytes: &[u8]) -> Result<Workforce, ImportError> {
    use calamine::{Data, Reader};
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes))
        .map_err(|e| ImportError::Unreadable(format!("not an XLSX workbook: {e}")))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| ImportError::Unreadable("the workbook has no sheets".into()))?
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let rows = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|cell| match cell {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Int(i) => i.to_string(),
                    // Whole numbers (IINs, amounts) without a fraction; others to the tiyn.
                    Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                    Data::Float(f) => format!("{f:.2}"),
                    Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
                    Data::DateTime(dt) => excel_date(dt.as_f64()).map(|d| d.to_string()).unwrap_or_default(),
                    Data::DateTimeIso(s) => s.get(..10).unwrap_or(s).to_string(),
                    Data::DurationIso(s) => s.clone(),
                    Data::Error(e) => format!("#ERROR {e:?}"),
                })
                .collect()
        })
        .collect();
    from_rows(rows)
}

/// An Excel serial day number as a date (day 1 = 1900-01-01, with Excel's phantom 29 Feb 1900).
fn excel_date(serial: f64) -> Option<Date> {
    let days = serial.floor() as i64;
    jiff::civil::date(1899, 12, 30).checked_add(jiff::Span::new().days(days)).ok()
}

/// Header row first, then one row per person. A missing required column is reported once, on the
/// header, and every row is still read so that the bad cells of the other columns are reported too.
pub fn from_rows(rows: Vec<Vec<String>>) -> Result<Workforce, ImportError> {
    let mut rows = rows.into_iter().filter(|r| r.iter().any(|c| !c.trim().is_empty()));
    let header = rows.next().ok_or_else(|| ImportError::Unreadable("the file is empty".into()))?;
    let mut problems = Vec::new();
    let mut index: BTreeMap<Column, usize> = BTreeMap::new();
    for (i, h) in header.iter().enumerate() {
        if let Some(c) = identify(h)
            && index.insert(c, i).is_some()
        {
            problems.push(CellProblem { row: 0, column: h.clone(), message: format!("{} appears twice", c.name()) });
        }
    }
    for (c, name, required, aliases) in COLUMNS {
        if *required && !index.contains_key(c) {
            let also = aliases.first().map(|a| format!(" (or «{a}»)")).unwrap_or_default();
            problems.push(CellProblem {
                row: 0,
                column: name.to_string(),
                message: format!("required column `{name}`{also} is missing"),
            });
        }
    }
    let mut people = Vec::new();
    let mut ids = HashSet::new();
    for (n, cells) in rows.enumerate() {
        let row = n + 2;
        let mut r = RowReader { row, cells: &cells, index: &index, problems: &mut problems };
        let id = r.raw(Column::Id).map(str::to_string);
        if let Some(p) = r.person() {
            people.push(p);
        }
        if let Some(id) = id
            && !ids.insert(id.clone())
        {
            problems.push(CellProblem {
                row,
                column: "id".into(),
                message: format!("`{id}` is used by an earlier row"),
            });
        }
    }
    if people.is_empty() && problems.is_empty() {
        return Err(ImportError::Unreadable("the file has a header but no people".into()));
    }
    if problems.is_empty() {
        Ok(Workforce { people, supplied: Supplied::of(index.keys().copied()) })
    } else {
        Err(ImportError::Problems(problems))
    }
}

struct RowReader<'a> {
    row: usize,
    cells: &'a [String],
    index: &'a BTreeMap<Column, usize>,
    problems: &'a mut Vec<CellProblem>,
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
        let before = self.problems.len();
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
            "1" | "2" | "3" | "4" => Ok(s.parse::<u8>().expect("digit")),
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
        if self.problems.len() != before {
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

/// YYYY-MM-DD, or DD.MM.YYYY as 1C writes it.
pub fn date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let iso = if let [d, m, y] = s.split('.').collect::<Vec<_>>()[..] {
        format!("{y}-{m:0>2}-{d:0>2}")
    } else {
        s.get(..10).unwrap_or(s).to_string()
    };
    iso.parse::<Date>().map_err(|_| format!("`{s}` is not a date (YYYY-MM-DD or DD.MM.YYYY)"))
}

fn yes_no(s: &str) -> Result<bool, String> {
    match s.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "да" | "есть" => Ok(true),
        "no" | "n" | "false" | "0" | "нет" => Ok(false),
        _ => Err(format!("`{s}`: expected yes or no")),
    }
}
