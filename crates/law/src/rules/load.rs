//! Parsing and validating rule files: TOML text in, a [`RuleBook`] or every problem found out.

use super::parse::parse_value;
use super::value::{Confidence, Kind, Origin, Source};
use super::{Entry, Parameter, RuleBook};
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, t, tr};
use std::collections::BTreeMap;
use std::fmt;

/// One thing wrong in a rules file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub key: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.key, self.message)
        }
    }
}

/// Why rules could not be loaded or used.
#[derive(Clone, Debug, PartialEq)]
pub enum RulesError {
    /// The files have problems; all of them are listed.
    Invalid(Vec<Problem>),
    Missing {
        key: String,
    },
    NotInForce {
        key: String,
        date: Date,
        known: Known,
    },
    WrongType {
        key: String,
        date: Date,
        found: String,
        expected: String,
    },
    /// A total computed from the rule values does not fit in an amount (checked, never wrapped).
    TooLarge {
        what: String,
    },
}

/// The dates a parameter has values for, as a "not in force" error names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// From the first value's `since` to the last value's `until`.
    Range(Date, Date),
    /// From the first value's `since`, with no end.
    From(Date),
    /// The parameter has no values.
    Never,
    /// The value needed is `none` (the rule did not exist then).
    None,
}

impl Known {
    /// "2024-01-01 to 2026-12-31", "from 2024-01-01", in `lang`.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Known::Range(a, b) => tr(lang, "rules-known-range", &Args::new().date("from", a).date("to", b)),
            Known::From(a) => tr(lang, "rules-known-from", &Args::new().date("from", a)),
            Known::Never => t(lang, "rules-known-never"),
            Known::None => t(lang, "rules-known-none"),
        }
    }
}

impl fmt::Display for Known {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl RulesError {
    /// The error in `lang`. The problems of an invalid rules file (`Problem::message`) and the
    /// technical `WrongType`/`TooLarge` details stay in English: they name TOML fields and values
    /// for whoever edits the rule files.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RulesError::Invalid(problems) => {
                let mut out = tr(lang, "rules-error-invalid", &Args::new().num("count", problems.len() as i64));
                for p in problems {
                    out.push_str(&format!("\n  - {p}"));
                }
                out
            }
            RulesError::Missing { key } => tr(lang, "rules-error-missing", &Args::new().text("key", key.as_str())),
            RulesError::NotInForce { key, date, known } => tr(
                lang,
                "rules-error-not-in-force",
                &Args::new().text("key", key.as_str()).date("date", *date).text("known", known.text(lang)),
            ),
            RulesError::WrongType { key, date, found, expected } => {
                format!("`{key}` on {date} is {found}, expected {expected}")
            }
            RulesError::TooLarge { what } => format!(
                "{what} is too large to add up exactly (more than 92,233,720,368,547,758.07 KZT); check the rule values behind it"
            ),
        }
    }
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for RulesError {}

/// How a set of files is read: as a whole rule book, or as an overlay on one.
#[derive(Clone, Copy)]
pub(super) enum Layer<'a> {
    /// Every parameter complete: `title`, `type`, and a history without gaps.
    Base,
    /// Partial files over `base`: a parameter it has may leave out `title` and `type`, and its
    /// values may leave gaps (the base fills them; the merged book is checked afterwards).
    Overlay(&'a RuleBook),
}

/// Reads `files` into parameters, each value marked with `origin(file)`; every problem is listed.
pub(super) fn parse_files(
    files: impl IntoIterator<Item = (String, String)>,
    layer: Layer,
    origin: &dyn Fn(&str) -> Origin,
) -> Result<BTreeMap<String, Parameter>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut params: BTreeMap<String, Parameter> = BTreeMap::new();
    for (file, text) in files {
        let table: toml::Table = match toml::from_str(&text) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem {
                    file,
                    key: String::new(),
                    message: format!("not valid TOML: {}", e.message()),
                });
                continue;
            }
        };
        let mut found = Vec::new();
        let ctx = FileContext { file: &file, layer, origin: origin(&file) };
        collect_parameters(&ctx, "", &table, &mut found, &mut problems);
        for p in found {
            if let Some(prev) = params.get(&p.key) {
                problems.push(Problem {
                    file: p.file.clone(),
                    key: p.key.clone(),
                    message: format!("defined twice (also in {})", prev.file),
                });
            } else {
                params.insert(p.key.clone(), p);
            }
        }
    }
    if problems.is_empty() { Ok(params) } else { Err(problems) }
}

pub(super) fn load(
    files: impl IntoIterator<Item = (String, String)>,
    origin: &dyn Fn(&str) -> Origin,
) -> Result<RuleBook, RulesError> {
    parse_files(files, Layer::Base, origin).map(|params| RuleBook { params }).map_err(RulesError::Invalid)
}

/// What every parameter of one file is read with.
struct FileContext<'a> {
    file: &'a str,
    layer: Layer<'a>,
    origin: Origin,
}

/// Walks nested tables; a table with `values` is a parameter, any other table must contain some.
fn collect_parameters(
    ctx: &FileContext,
    prefix: &str,
    table: &toml::Table,
    out: &mut Vec<Parameter>,
    problems: &mut Vec<Problem>,
) {
    let file = ctx.file;
    for (name, item) in table {
        let key = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
        let Some(sub) = item.as_table() else {
            problems.push(problem(
                file,
                &key,
                "expected a table (a parameter with `type` and `values`, or a group of parameters)",
            ));
            continue;
        };
        if sub.contains_key("values") || sub.contains_key("type") {
            if let Some(p) = parse_parameter(ctx, &key, sub, problems) {
                out.push(p);
            }
        } else if sub.is_empty() {
            problems.push(problem(file, &key, "empty table: a parameter needs `type` and `values`"));
        } else {
            collect_parameters(ctx, &key, sub, out, problems);
        }
    }
}

pub(super) fn problem(file: &str, key: &str, message: impl Into<String>) -> Problem {
    Problem { file: file.to_string(), key: key.to_string(), message: message.into() }
}

fn parse_parameter(ctx: &FileContext, key: &str, t: &toml::Table, problems: &mut Vec<Problem>) -> Option<Parameter> {
    let file = ctx.file;
    let before = problems.len();
    let base = match ctx.layer {
        Layer::Base => None,
        Layer::Overlay(book) => book.get(key),
    };
    for k in t.keys() {
        if !matches!(k.as_str(), "title" | "type" | "values" | "note") {
            problems.push(problem(file, key, format!("unknown field `{k}` (expected title, type, values, note)")));
        }
    }
    let title = match (t.get("title").and_then(|v| v.as_str()), base) {
        (Some(s), _) if !s.trim().is_empty() => s.to_string(),
        (_, Some(b)) => b.title.clone(),
        _ => {
            problems.push(problem(file, key, "missing `title`"));
            String::new()
        }
    };
    let kind = match (t.get("type").and_then(|v| v.as_str()), base) {
        (Some(s), _) => match Kind::parse(s) {
            Some(k) if base.is_some_and(|b| b.kind != k) => {
                let b = base.expect("checked");
                problems.push(problem(
                    file,
                    key,
                    format!("`type` is `{s}` but `{key}` in {} is `{}`", b.file, b.kind.name()),
                ));
                None
            }
            Some(k) => Some(k),
            None => {
                problems.push(problem(file, key, format!("unknown type `{s}` (expected one of: {})", Kind::NAMES)));
                None
            }
        },
        (None, Some(b)) => Some(b.kind),
        (None, None) => {
            problems.push(problem(file, key, "missing `type`"));
            None
        }
    };
    let Some(values) = t.get("values").and_then(|v| v.as_array()) else {
        problems.push(problem(file, key, "missing `values` (an array of [[...values]] tables)"));
        return None;
    };
    let kind = kind?;
    let mut entries = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let at = format!("{key}.values[{}]", i + 1);
        match v.as_table() {
            Some(vt) => {
                if let Some(e) = parse_entry(file, &at, kind, vt, &ctx.origin, problems) {
                    entries.push(e);
                }
            }
            None => problems.push(problem(file, &at, "expected a table")),
        }
    }
    if values.is_empty() {
        problems.push(problem(file, key, "`values` is empty"));
    }
    entries.sort_by_key(|e| e.since);
    let gaps = matches!(ctx.layer, Layer::Base);
    check_history(file, key, &entries, gaps, problems);
    (problems.len() == before).then(|| Parameter { key: key.to_string(), title, kind, file: file.to_string(), entries })
}

/// No overlaps, and (when `gaps` is set) no gaps between the first and the last value.
pub(super) fn check_history(file: &str, key: &str, entries: &[Entry], gaps: bool, problems: &mut Vec<Problem>) {
    for pair in entries.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        match a.until {
            None => problems.push(problem(
                file,
                key,
                format!("periods overlap: the value from {} has no `until` but another starts {}", a.since, b.since),
            )),
            Some(until) if until >= b.since => problems.push(problem(
                file,
                key,
                format!("periods overlap: {}..{} and the value from {}", a.since, until, b.since),
            )),
            // `until` is before `b.since`, so it has a tomorrow; a date without one has no gap after it.
            Some(until) => {
                let Ok(next) = until.tomorrow() else { continue };
                if gaps && next != b.since {
                    problems.push(problem(
                        file,
                        key,
                        format!("gap in the history: nothing applies from {next} until {}", b.since),
                    ));
                }
            }
        }
    }
}

pub(super) fn parse_entry(
    file: &str,
    at: &str,
    kind: Kind,
    t: &toml::Table,
    origin: &Origin,
    problems: &mut Vec<Problem>,
) -> Option<Entry> {
    let before = problems.len();
    for k in t.keys() {
        if !matches!(k.as_str(), "since" | "until" | "value" | "source" | "reference" | "confidence" | "note") {
            problems.push(problem(
                file,
                at,
                format!("unknown field `{k}` (expected since, until, value, source, reference, confidence, note)"),
            ));
        }
    }
    let since = date_field(file, at, t, "since", true, problems);
    let until = date_field(file, at, t, "until", false, problems);
    if let (Some(s), Some(u)) = (since, until)
        && u < s
    {
        problems.push(problem(file, at, format!("`until` {u} is before `since` {s}")));
    }
    let text = |name: &str, problems: &mut Vec<Problem>| match t.get(name).and_then(|v| v.as_str()) {
        Some(s) if !s.trim().is_empty() => Some(s.to_string()),
        _ => {
            problems.push(problem(
                file,
                at,
                format!("missing `{name}`: every value needs its legal source and a public reference"),
            ));
            None
        }
    };
    let act = text("source", problems);
    let reference = text("reference", problems);
    let confidence = match t.get("confidence") {
        None => None,
        Some(v) => match v.as_str().and_then(Confidence::parse) {
            Some(c) => Some(c),
            None => {
                problems.push(problem(file, at, "`confidence` must be \"high\", \"medium\" or \"low\""));
                None
            }
        },
    };
    let note = t.get("note").and_then(|v| v.as_str()).map(str::to_string);
    let value = match t.get("value") {
        Some(v) => parse_value(kind, v).map_err(|m| problems.push(problem(file, at, m))).ok(),
        None => {
            problems.push(problem(file, at, "missing `value`"));
            None
        }
    };
    if problems.len() != before {
        return None;
    }
    Some(Entry {
        since: since?,
        until,
        value: value?,
        source: Source { act: act?, reference: reference?, confidence, note, origin: origin.clone() },
    })
}

fn date_field(
    file: &str,
    at: &str,
    t: &toml::Table,
    name: &str,
    required: bool,
    problems: &mut Vec<Problem>,
) -> Option<Date> {
    match t.get(name) {
        None if required => {
            problems.push(problem(file, at, format!("missing `{name}` (a date such as 2026-01-01)")));
            None
        }
        None => None,
        Some(v) => match toml_date(v) {
            Some(d) => Some(d),
            None => {
                problems.push(problem(file, at, format!("`{name}` must be a date such as 2026-01-01, without quotes")));
                None
            }
        },
    }
}

pub(super) fn toml_date(v: &toml::Value) -> Option<Date> {
    let dt = v.as_datetime()?;
    if dt.time.is_some() || dt.offset.is_some() {
        return None;
    }
    let d = dt.date?;
    Date::new(i16::try_from(d.year).ok()?, d.month as i8, d.day as i8).ok()
}
