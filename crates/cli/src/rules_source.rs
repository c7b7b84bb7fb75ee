//! Where the rules come from: the built-in copy or a directory of TOML files (`--rules DIR`), with
//! overlay directories layered on top (`--rules-add DIR`, repeatable, applied in order).

use crate::{Failure, input_error, lang};
use jiff::civil::Date;
use kzcomply_i18n::{Args, tr};
use kzcomply_law::RuleBook;
use std::path::{Path, PathBuf};

/// The built-in rules, or those in `dir`, with each overlay directory of `adds` layered over them.
pub fn load(dir: Option<&Path>, adds: &[PathBuf]) -> Result<RuleBook, Failure> {
    let mut book = match dir {
        None => RuleBook::embedded(),
        Some(dir) => load_dir(dir)?,
    };
    for add in adds {
        let files = read_dir(add)?;
        book = book
            .with_overlay(files)
            .map_err(|e| input_error(format!("--rules-add {}: {}", add.display(), e.message(lang()))))?;
    }
    Ok(book)
}

/// Reads every `*.toml` in `dir` (sorted by name) and validates them together.
pub fn load_dir(dir: &Path) -> Result<RuleBook, Failure> {
    RuleBook::from_files(read_dir(dir)?).map_err(|e| input_error(e.message(lang())))
}

/// `(path, text)` of every `*.toml` in `dir`, sorted by name.
fn read_dir(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        let args = Args::new().text("dir", shown.as_str()).text("error", e.to_string());
        input_error(tr(lang(), "cli-rules-cannot-read-dir", &args))
    })?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| input_error(format!("{}: {e}", dir.display())))?.path();
        if path.extension().is_some_and(|x| x == "toml") {
            let bytes = crate::limits::read_file(
                &path,
                "rule file",
                "MAX_RULE_FILE_BYTES",
                crate::limits::MAX_RULE_FILE_BYTES,
            )?;
            let text = String::from_utf8(bytes).map_err(|_| {
                input_error(tr(lang(), "cli-rules-not-utf8", &Args::new().text("path", path.display().to_string())))
            })?;
            files.push((path.display().to_string(), text));
        }
    }
    if files.is_empty() {
        return Err(input_error(tr(lang(), "cli-rules-no-files", &Args::new().text("dir", shown))));
    }
    files.sort();
    Ok(files)
}

/// When `date` is past the end of some parameters' history: which ones, and how to add them.
/// Empty when nothing is missing on that date.
pub fn past_coverage_hint(book: &RuleBook, date: Date) -> String {
    let l = lang();
    let missing = book.missing_on(date);
    if missing.is_empty() {
        return String::new();
    }
    let list: Vec<String> = missing
        .iter()
        .map(|m| {
            tr(l, "cli-rules-missing-item", &Args::new().text("parameter", m.parameter.as_str()).date("from", m.from))
        })
        .collect();
    let args = Args::new().date("date", date).text("parameters", list.join(", "));
    format!("\n\n{}", tr(l, "cli-rules-past-coverage-hint", &args))
}
