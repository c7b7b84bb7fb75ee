//! Where the rules come from: the built-in copy, or a directory of TOML files.

use crate::{Failure, input_error};
use kzcomply_law::RuleBook;
use std::path::Path;

/// The built-in rules, or those in `dir`.
pub fn load(dir: Option<&Path>) -> Result<RuleBook, Failure> {
    match dir {
        None => Ok(RuleBook::embedded()),
        Some(dir) => load_dir(dir),
    }
}

/// Reads every `*.toml` in `dir` (sorted by name) and validates them together.
pub fn load_dir(dir: &Path) -> Result<RuleBook, Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| input_error(format!("cannot read the rules directory {}: {e}", dir.display())))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| input_error(format!("{}: {e}", dir.display())))?.path();
        if path.extension().is_some_and(|x| x == "toml") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| input_error(format!("cannot read {}: {e}", path.display())))?;
            files.push((path.display().to_string(), text));
        }
    }
    if files.is_empty() {
        return Err(input_error(format!("{} holds no *.toml rule files", dir.display())));
    }
    files.sort();
    RuleBook::from_files(files).map_err(|e| input_error(e.to_string()))
}
