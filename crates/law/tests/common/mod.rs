//! Helpers shared by the data-driven tests: reading golden TOML files.

#![allow(dead_code)]

use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// `tests/golden/<dir>` at the workspace root.
pub fn golden(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden").join(dir)
}

/// Every `*.toml` under `path` (or `path` itself if it is a file), sorted, parsed.
pub fn load(path: &Path) -> Vec<(String, toml::Table)> {
    let mut files: Vec<PathBuf> = if path.is_dir() {
        std::fs::read_dir(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect()
    } else {
        vec![path.to_path_buf()]
    };
    files.sort();
    assert!(!files.is_empty(), "no golden files in {}", path.display());
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            (f.file_name().unwrap().to_string_lossy().into_owned(), table)
        })
        .collect()
}

pub fn date(v: &toml::Value) -> Date {
    let d = v.as_datetime().and_then(|d| d.date).unwrap_or_else(|| panic!("expected a date, found {v:?}"));
    Date::new(d.year as i16, d.month as i8, d.day as i8).unwrap()
}

pub fn get_date(t: &toml::Table, key: &str) -> Option<Date> {
    t.get(key).map(date)
}

pub fn int(t: &toml::Table, key: &str) -> Option<i64> {
    t.get(key).and_then(|v| v.as_integer())
}

pub fn text<'a>(t: &'a toml::Table, key: &str) -> Option<&'a str> {
    t.get(key).and_then(|v| v.as_str())
}

pub fn tables<'a>(t: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    t.get(key).and_then(|v| v.as_array()).map(|a| a.iter().filter_map(|x| x.as_table()).collect()).unwrap_or_default()
}

/// Fails with every mismatch at once, so one run shows the whole picture.
pub fn report(failures: Vec<String>, checked: usize) {
    assert!(checked > 0, "no cases were checked");
    assert!(failures.is_empty(), "{} of {checked} checks failed:\n{}", failures.len(), failures.join("\n"));
}
