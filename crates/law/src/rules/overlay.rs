//! Overlays: partial rule files (or values entered in the service) layered over a rule book.
//!
//! An overlay value replaces whatever part of the base history it overlaps — a value for 2027 cuts
//! an open-ended base value in two around it — and the merged book is validated as a whole, so an
//! overlay that leaves a gap (a 2027 MRP from February) is refused with the overlay's file and key.
//! A new budget law is therefore a small file (or one form on the service's Rules page) entered the
//! day it is signed, never a guess rolled forward from the year before.

use super::load::{Layer, check_history, parse_entry, parse_files, problem};
use super::value::Origin;
use super::{Entry, Parameter, Problem, RuleBook, RulesError};
use jiff::civil::Date;

/// One value entered by a user for their organisation (the service's Rules page or API), in the
/// same form as a rule file's `[[<parameter>.values]]` table.
#[derive(Clone, Debug, PartialEq)]
pub struct EnteredValue {
    /// The stored value's id.
    pub id: String,
    pub parameter: String,
    pub since: Date,
    pub until: Option<Date>,
    /// As in the TOML: `"4500 KZT"`, `"4.5%"`, `100`, `true`, a table for calendars and sanctions.
    pub value: serde_json::Value,
    pub source: String,
    pub reference: String,
    pub note: Option<String>,
    /// The e-mail address of the user who entered it.
    pub entered_by: String,
    pub entered_on: Date,
}

impl EnteredValue {
    /// How this value is named in error messages.
    fn label(&self) -> String {
        if self.id.is_empty() { "the new value".to_string() } else { format!("value {}", self.id) }
    }
}

impl RuleBook {
    /// Layers the rule files `files` (one overlay directory) over this book. Values of a parameter
    /// the book has replace the base values they overlap; a new parameter must be complete.
    /// Every problem is reported with the overlay file and key.
    pub fn with_overlay(&self, files: impl IntoIterator<Item = (String, String)>) -> Result<RuleBook, RulesError> {
        let origin = |file: &str| Origin::Overlay { file: file.to_string() };
        let layer = parse_files(files, Layer::Overlay(self), &origin).map_err(RulesError::Invalid)?;
        let mut merged = self.clone();
        let mut problems = Vec::new();
        for (key, p) in layer {
            merged.merge(p, &key, &mut problems);
        }
        if problems.is_empty() { Ok(merged) } else { Err(RulesError::Invalid(problems)) }
    }

    /// Layers values entered in the service over this book, oldest first: a later value replaces
    /// an earlier one it overlaps. Only parameters the book already has can be given values.
    pub fn with_entered(&self, values: &[EnteredValue]) -> Result<RuleBook, RulesError> {
        let mut merged = self.clone();
        let mut problems = Vec::new();
        for v in values {
            let file = v.label();
            let Some(base) = merged.get(&v.parameter) else {
                problems.push(problem(&file, &v.parameter, "the rules have no such parameter (see `rules show`)"));
                continue;
            };
            let (kind, title) = (base.kind, base.title.clone());
            let table = match entered_table(v) {
                Ok(t) => t,
                Err(m) => {
                    problems.push(problem(&file, &v.parameter, m));
                    continue;
                }
            };
            let origin = Origin::Entered { id: v.id.clone(), by: v.entered_by.clone(), on: v.entered_on };
            let before = problems.len();
            let Some(entry) = parse_entry(&file, &v.parameter, kind, &table, &origin, &mut problems) else { continue };
            if problems.len() == before {
                let p = Parameter { key: v.parameter.clone(), title, kind, file: file.clone(), entries: vec![entry] };
                merged.merge(p, &v.parameter, &mut problems);
            }
        }
        if problems.is_empty() { Ok(merged) } else { Err(RulesError::Invalid(problems)) }
    }

    /// Merges one overlay parameter into the book and checks the merged history.
    fn merge(&mut self, overlay: Parameter, key: &str, problems: &mut Vec<Problem>) {
        let Some(base) = self.params.get_mut(key) else {
            // A parameter of its own: complete, like one of a whole rule book.
            let mut found = Vec::new();
            check_history(&overlay.file, key, &overlay.entries, true, &mut found);
            if found.is_empty() {
                self.params.insert(key.to_string(), overlay);
            }
            problems.extend(found);
            return;
        };
        for e in overlay.entries {
            base.entries = replace(std::mem::take(&mut base.entries), e);
        }
        let mut found = Vec::new();
        check_history(&overlay.file, key, &base.entries, true, &mut found);
        problems.extend(found);
    }
}

/// `entries` with `new` in place of whatever part of them it overlaps, sorted by `since`.
fn replace(entries: Vec<Entry>, new: Entry) -> Vec<Entry> {
    let mut out = Vec::with_capacity(entries.len() + 2);
    for e in entries {
        let ends_before = e.until.is_some_and(|u| u < new.since);
        let starts_after = new.until.is_some_and(|u| e.since > u);
        if ends_before || starts_after {
            out.push(e);
            continue;
        }
        // The part of `e` before `new` …
        if e.since < new.since {
            let mut left = e.clone();
            left.until = new.since.yesterday().ok();
            out.push(left);
        }
        // … and the part after it.
        if let Some(u) = new.until
            && e.until.is_none_or(|eu| eu > u)
            && let Ok(next) = u.tomorrow()
        {
            let mut right = e;
            right.since = next;
            out.push(right);
        }
    }
    out.push(new);
    out.sort_by_key(|e| e.since);
    out
}

/// The TOML table of a rule file's value entry, from an entered value.
fn entered_table(v: &EnteredValue) -> Result<toml::Table, String> {
    let mut t = toml::Table::new();
    t.insert("since".into(), toml_date(v.since));
    if let Some(u) = v.until {
        t.insert("until".into(), toml_date(u));
    }
    t.insert("value".into(), to_toml(&v.value)?);
    t.insert("source".into(), toml::Value::String(v.source.clone()));
    t.insert("reference".into(), toml::Value::String(v.reference.clone()));
    if let Some(n) = &v.note {
        t.insert("note".into(), toml::Value::String(n.clone()));
    }
    Ok(t)
}

fn toml_date(d: Date) -> toml::Value {
    let date = toml::value::Date { year: d.year() as u16, month: d.month() as u8, day: d.day() as u8 };
    toml::Value::Datetime(toml::value::Datetime { date: Some(date), time: None, offset: None })
}

/// JSON as TOML; a string that is exactly a date (`2027-01-01`) becomes a TOML date, as in a file.
fn to_toml(v: &serde_json::Value) -> Result<toml::Value, String> {
    use serde_json::Value as J;
    Ok(match v {
        J::Null => return Err("`value` is missing".into()),
        J::Bool(b) => toml::Value::Boolean(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => toml::Value::Integer(i),
            None => return Err(format!("`{n}`: write a number with its unit as text, e.g. \"4500 KZT\" or \"4.5%\"")),
        },
        J::String(s) => match jiff::civil::Date::strptime("%Y-%m-%d", s) {
            Ok(d) if s.len() == 10 => toml_date(d),
            _ => toml::Value::String(s.clone()),
        },
        J::Array(items) => toml::Value::Array(items.iter().map(to_toml).collect::<Result<_, _>>()?),
        J::Object(map) => {
            let mut t = toml::Table::new();
            for (k, item) in map {
                t.insert(k.clone(), to_toml(item)?);
            }
            toml::Value::Table(t)
        }
    })
}
