//! The month's files besides the workforce: accruals (`id, kind, amount[, hours][, note]`) and the
//! year to date (`id, ytd_taxable, ytd_ipn, ytd_personal_deduction[, ytd_disability_deduction]`).
//! Russian and Kazakh headers are accepted, `,` or `;` as the separator (what Excel writes in each
//! locale), with or without a UTF-8 BOM. Every bad cell is reported with its row and column, all
//! at once; nothing is read past the limits.

use kzcomply_i18n::{Args, Lang, t, tr};
use kzcomply_law::Money;
use kzcomply_law::payroll::month::Hours;
use std::collections::HashMap;
use std::fmt;

/// The largest accrual or year-to-date file read (bytes), its rows and its cells.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;
pub const MAX_ROWS: usize = 500_000;
pub const MAX_COLUMNS: usize = 32;
pub const MAX_CELL: usize = 2_000;

/// Which file a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum File {
    Staff,
    Accruals,
    Ytd,
}

impl File {
    /// `staff`, `accruals`, `ytd`.
    pub fn file_name_en(self) -> &'static str {
        self.id()
    }

    fn id(self) -> &'static str {
        match self {
            File::Staff => "staff",
            File::Accruals => "accruals",
            File::Ytd => "ytd",
        }
    }
}

/// One problem with the input: the file, the row (the header is row 1; 0 = the file as a whole),
/// the column and what is wrong, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: File,
    pub row: usize,
    pub column: String,
    pub message: String,
}

impl Problem {
    /// `staff`, `accruals` or `ytd` (the CLI puts the file's path in its place).
    pub fn file_name(&self) -> &'static str {
        self.file.id()
    }

    /// "accruals: row 3, column amount: …" in `lang`, with `file` for the file's name.
    pub fn text(&self, file: &str, lang: Lang) -> String {
        let args = Args::new().text("file", file).text("message", self.message.as_str());
        match (self.row, self.column.is_empty()) {
            (0, _) => tr(lang, "run-problem-file", &args),
            (r, true) => tr(lang, "run-problem-row", &args.num("row", r as i64)),
            (r, false) => tr(lang, "run-problem-cell", &args.num("row", r as i64).text("column", self.column.as_str())),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(self.file.id(), Lang::En))
    }
}

/// One accrual row: a kind of pay for a person this month, as an amount or (for the hours kinds) hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accrual {
    pub row: usize,
    pub id: String,
    pub kind: String,
    pub amount: Option<Money>,
    pub hours: Option<Hours>,
    pub note: Option<String>,
}

impl Accrual {
    pub fn problem(&self, column: &str, message: String) -> Problem {
        Problem { file: File::Accruals, row: self.row, column: column.to_string(), message }
    }
}

/// A person's earlier months of the year at this employer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ytd {
    /// Taxable income on which IPN was computed.
    pub taxable: Money,
    /// IPN withheld.
    pub ipn: Money,
    /// Personal (basic) deduction used.
    pub personal_deduction: Money,
    /// Disability deduction used.
    pub disability_deduction: Money,
}

const ACCRUAL_COLUMNS: &[(&str, bool, &[&str])] = &[
    ("id", true, &["№", "табельный номер", "таб номер", "таб. номер", "код", "сотрудник", "қызметкер"]),
    ("kind", true, &["вид", "вид начисления", "начисление", "түрі", "есептеу түрі"]),
    ("amount", false, &["сумма", "сома"]),
    ("hours", false, &["часы", "часов", "сағат"]),
    ("note", false, &["примечание", "комментарий", "ескерту", "түсініктеме"]),
];

const YTD_COLUMNS: &[(&str, bool, &[&str])] = &[
    ("id", true, &["№", "табельный номер", "таб номер", "код", "сотрудник", "қызметкер"]),
    ("ytd_taxable", true, &["облагаемый доход с начала года", "салық салынатын табыс жыл басынан"]),
    ("ytd_ipn", true, &["ипн с начала года", "жтс жыл басынан"]),
    ("ytd_personal_deduction", true, &["вычет с начала года", "шегерім жыл басынан"]),
    ("ytd_disability_deduction", false, &["вычет по инвалидности с начала года", "мүгедектік шегерімі жыл басынан"]),
];

fn normalise(h: &str) -> String {
    h.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The header names the note column (`note` or an alias).
fn is_note(h: &str) -> bool {
    let n = normalise(h);
    ACCRUAL_COLUMNS
        .iter()
        .any(|(name, _, aliases)| *name == "note" && (n == "note" || aliases.iter().any(|a| normalise(a) == n)))
}

/// The rows of a small CSV file, header first, within the limits; `;` when the header has one and no `,`.
fn rows(bytes: &[u8], file: File, lang: Lang) -> Result<Vec<Vec<String>>, Vec<Problem>> {
    let whole = |message: String| vec![Problem { file, row: 0, column: String::new(), message }];
    if bytes.len() > MAX_BYTES {
        let args = Args::new().num("size", bytes.len() as i64).num("max", MAX_BYTES as i64);
        return Err(whole(tr(lang, "run-input-too-large", &args)));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| whole(t(lang, "run-input-not-utf8")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.contains(';') && !header.contains(',') { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut out: Vec<Vec<String>> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 1;
        let record = record.map_err(|e| {
            vec![Problem {
                file,
                row,
                column: String::new(),
                message: tr(lang, "run-input-bad-csv", &Args::new().text("error", e.to_string())),
            }]
        })?;
        if row > MAX_ROWS + 1 {
            return Err(whole(tr(lang, "run-input-too-many-rows", &Args::new().num("max", MAX_ROWS as i64))));
        }
        if record.len() > MAX_COLUMNS {
            return Err(whole(tr(lang, "run-input-too-many-columns", &Args::new().num("max", MAX_COLUMNS as i64))));
        }
        if let Some(long) = record.iter().position(|c| c.len() > MAX_CELL) {
            let args = Args::new().num("max", MAX_CELL as i64);
            return Err(vec![Problem {
                file,
                row,
                column: (long + 1).to_string(),
                message: tr(lang, "run-input-cell-too-long", &args),
            }]);
        }
        let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if let Some(head) = out.first() {
            let width = head.len();
            if cells.len() > width && cells.iter().skip(width).any(|c| !c.is_empty()) {
                // A note is free text: its unquoted commas are part of it. Anywhere else more cells
                // than the header names is a shifted row (a decimal comma without quotes: `2,5`
                // read as two cells), never silently cut.
                if !head.last().is_some_and(|h| is_note(h)) {
                    let args = Args::new().num("cells", cells.len() as i64).num("header", width as i64);
                    let message = tr(lang, "run-input-row-too-wide", &args);
                    return Err(vec![Problem { file, row, column: String::new(), message }]);
                }
                let sep = if delimiter == b';' { ";" } else { "," };
                let note = cells[width - 1..].join(sep);
                cells.truncate(width - 1);
                cells.push(note);
            }
        }
        out.push(cells);
    }
    if out.is_empty() {
        return Err(whole(t(lang, "run-input-empty")));
    }
    Ok(out)
}

/// Where each known column is in the header; every problem with the header at once.
fn header(
    head: &[String],
    known: &[(&'static str, bool, &[&str])],
    file: File,
    lang: Lang,
) -> Result<HashMap<&'static str, usize>, Vec<Problem>> {
    let mut at = HashMap::new();
    let mut problems = Vec::new();
    for (i, h) in head.iter().enumerate() {
        let n = normalise(h);
        let found =
            known.iter().find(|(name, _, aliases)| normalise(name) == n || aliases.iter().any(|a| normalise(a) == n));
        if let Some((name, _, _)) = found
            && at.insert(*name, i).is_some()
        {
            let message = tr(lang, "run-input-column-twice", &Args::new().text("column", *name));
            problems.push(Problem { file, row: 1, column: (*name).to_string(), message });
        }
    }
    for (name, required, _) in known {
        if *required && !at.contains_key(name) {
            let message = tr(lang, "run-input-no-column", &Args::new().text("column", *name));
            problems.push(Problem { file, row: 1, column: (*name).to_string(), message });
        }
    }
    if problems.is_empty() { Ok(at) } else { Err(problems) }
}

fn cell<'a>(row: &'a [String], at: &HashMap<&str, usize>, name: &str) -> &'a str {
    at.get(name).and_then(|&i| row.get(i)).map_or("", String::as_str)
}

fn amount(text: &str, file: File, row: usize, column: &str, lang: Lang, problems: &mut Vec<Problem>) -> Option<Money> {
    match Money::parse(text) {
        Ok(m) => Some(m),
        Err(e) => {
            let args = Args::new().text("value", text).text("error", e.to_string());
            problems.push(Problem {
                file,
                row,
                column: column.to_string(),
                message: tr(lang, "run-input-bad-amount", &args),
            });
            None
        }
    }
}

/// Reads an accrual file. Blank rows are skipped; a row needs an id, a kind and either an amount
/// or hours (not both).
pub fn accruals(bytes: &[u8], lang: Lang) -> Result<Vec<Accrual>, Vec<Problem>> {
    let f = File::Accruals;
    let all = rows(bytes, f, lang)?;
    let at = header(&all[0], ACCRUAL_COLUMNS, f, lang)?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, r) in all.iter().enumerate().skip(1) {
        let row = i + 1;
        if r.iter().all(String::is_empty) {
            continue;
        }
        let (id, kind) = (cell(r, &at, "id"), cell(r, &at, "kind"));
        let missing = |column: &str| Problem {
            file: f,
            row,
            column: column.to_string(),
            message: tr(lang, "run-input-blank", &Args::new().text("column", column)),
        };
        if id.is_empty() {
            problems.push(missing("id"));
        }
        if kind.is_empty() {
            problems.push(missing("kind"));
        }
        let (a, h) = (cell(r, &at, "amount"), cell(r, &at, "hours"));
        let (amount_v, hours_v) = match (a.is_empty(), h.is_empty()) {
            (false, true) => (amount(a, f, row, "amount", lang, &mut problems), None),
            (true, false) => match h.parse::<Hours>() {
                Ok(hours) => (None, Some(hours)),
                Err(_) => {
                    let args = Args::new().text("value", h);
                    problems.push(Problem {
                        file: f,
                        row,
                        column: "hours".into(),
                        message: tr(lang, "run-input-bad-hours", &args),
                    });
                    (None, None)
                }
            },
            (true, true) => {
                problems.push(Problem {
                    file: f,
                    row,
                    column: "amount".into(),
                    message: t(lang, "run-input-no-amount"),
                });
                (None, None)
            }
            (false, false) => {
                problems.push(Problem {
                    file: f,
                    row,
                    column: "hours".into(),
                    message: t(lang, "run-input-amount-and-hours"),
                });
                (None, None)
            }
        };
        if (amount_v.is_some() || hours_v.is_some()) && !id.is_empty() && !kind.is_empty() {
            let note = Some(cell(r, &at, "note").to_string()).filter(|n| !n.is_empty());
            out.push(Accrual {
                row,
                id: id.to_string(),
                kind: kind.to_lowercase(),
                amount: amount_v,
                hours: hours_v,
                note,
            });
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// Reads a year-to-date file: one row per person (an id twice is an error).
pub fn ytd(bytes: &[u8], lang: Lang) -> Result<HashMap<String, Ytd>, Vec<Problem>> {
    let f = File::Ytd;
    let all = rows(bytes, f, lang)?;
    let at = header(&all[0], YTD_COLUMNS, f, lang)?;
    let mut out = HashMap::new();
    let mut problems = Vec::new();
    for (i, r) in all.iter().enumerate().skip(1) {
        let row = i + 1;
        if r.iter().all(String::is_empty) {
            continue;
        }
        let id = cell(r, &at, "id");
        if id.is_empty() {
            let message = tr(lang, "run-input-blank", &Args::new().text("column", "id"));
            problems.push(Problem { file: f, row, column: "id".into(), message });
            continue;
        }
        let mut get = |name: &str| {
            let text = cell(r, &at, name);
            if text.is_empty() { Some(Money::ZERO) } else { amount(text, f, row, name, lang, &mut problems) }
        };
        let (taxable, ipn, pd, dd) =
            (get("ytd_taxable"), get("ytd_ipn"), get("ytd_personal_deduction"), get("ytd_disability_deduction"));
        if let (Some(taxable), Some(ipn), Some(personal_deduction), Some(disability_deduction)) = (taxable, ipn, pd, dd)
        {
            let y = Ytd { taxable, ipn, personal_deduction, disability_deduction };
            if out.insert(id.to_string(), y).is_some() {
                let message = tr(lang, "run-input-id-twice", &Args::new().text("id", id));
                problems.push(Problem { file: f, row, column: "id".into(), message });
            }
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}
