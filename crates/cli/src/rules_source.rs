//! Where the rules come from: the built-in copy or a directory of TOML files (`--rules DIR`), with
//! overlay directories layered on top (`--rules-add DIR`, repeatable, applied in order).

use crate::{Failure, input_error};
use jiff::civil::Date;
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
        book = book.with_overlay(files).map_err(|e| input_error(format!("--rules-add {}: {e}", add.display())))?;
    }
    Ok(book)
}

/// Reads every `*.toml` in `dir` (sorted by name) and validates them together.
pub fn load_dir(dir: &Path) -> Result<RuleBook, Failure> {
    RuleBook::from_files(read_dir(dir)?).map_err(|e| input_error(e.to_string()))
}

/// `(path, text)` of every `*.toml` in `dir`, sorted by name.
fn read_dir(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| input_error(format!("cannot read the rules directory {}: {e}", dir.display())))?;
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
            let text = String::from_utf8(bytes)
                .map_err(|_| input_error(format!("cannot read {}: not UTF-8 text", path.display())))?;
            files.push((path.display().to_string(), text));
        }
    }
    if files.is_empty() {
        return Err(input_error(format!("{} holds no *.toml rule files", dir.display())));
    }
    files.sort();
    Ok(files)
}

/// When `date` is past the end of some parameters' history: which ones, and how to add them.
/// Empty when nothing is missing on that date.
pub fn past_coverage_hint(book: &RuleBook, date: Date) -> String {
    let missing = book.missing_on(date);
    if missing.is_empty() {
        return String::new();
    }
    let list: Vec<String> = missing.iter().map(|m| format!("{} (from {})", m.parameter, m.from)).collect();
    format!(
        "\n\nThe rules have no value on {date} for: {}.\nkzcomply never guesses a new year's values. When the law that sets them is signed \
         (the MRP and the minimum wage come with the republican budget law), add them with their source in a \
         rules file and pass its directory with --rules-add DIR (example: examples/rules-2027/; the format is in \
         rules/kz/README.md). In the service, an admin adds them on the Rules page. `kzcomply rules status` shows \
         what is missing.",
        list.join(", ")
    )
}
