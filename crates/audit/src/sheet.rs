//! The first sheet of an XLSX workbook, read cell by cell within the limits of [`crate::limits`].
//!
//! The zip container is checked first ([`crate::zipped::for_reader`]: entry sizes declared and
//! real, XML runs, the shared strings count, the styles cut to number formats). The sheet's declared dimension is then refused if
//! it is past the row or column limit, and every cell is checked as it streams by: nothing is ever
//! allocated for the sheet as a whole (a spreadsheet reader's dense range for one cell at
//! `XFD1048576` would be 17 billion cells). Rows go to the importer one at a time.

use crate::import::{Bounds, ImportError, Importer, Workforce, YEARS, check_cell, check_file_size};
use crate::limits::{LimitError, MAX_COLUMNS, MAX_ROWS};
use crate::text::count;
use crate::zipped::{self, Refusal, ZipLimits};
use calamine::{DataRef, Reader};
use kzcomply_i18n::{Args, Lang, t, tr};

/// Reads the first sheet of `bytes` with the zip limits `lim` (the constants, but for tests).
///
/// The workbook is checked before the spreadsheet reader sees it, so that the reader's own
/// arithmetic cannot overflow; should a case slip through, its panic is an unreadable file here,
/// not a crash (except under the fuzzer, which must see it).
pub(crate) fn read(bytes: &[u8], lim: &ZipLimits, lang: Lang) -> Result<Workforce, ImportError> {
    #[cfg(not(fuzzing))]
    {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_checked(bytes, lim, lang)))
            .unwrap_or_else(|_| Err(ImportError::Unreadable(t(lang, "import-reader-failed"))))
    }
    #[cfg(fuzzing)]
    read_checked(bytes, lim, lang)
}

fn read_checked(bytes: &[u8], lim: &ZipLimits, lang: Lang) -> Result<Workforce, ImportError> {
    check_file_size(bytes.len() as u64, lang)?;
    let not_xlsx =
        |reason: String| ImportError::Unreadable(tr(lang, "import-not-xlsx", &Args::new().text("reason", reason)));
    let checked = zipped::for_reader(bytes, lim).map_err(|r| match r {
        Refusal::Unreadable(m) => not_xlsx(m),
        Refusal::Limit(e) => ImportError::TooLarge(e),
    })?;
    let unreadable = |e: calamine::XlsxError| ImportError::Unreadable(e.to_string());
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(checked)).map_err(|e| not_xlsx(e.to_string()))?;
    let is_1904 = book.has_1904_epoch();
    let name =
        book.sheet_names().first().cloned().ok_or_else(|| ImportError::Unreadable(t(lang, "import-no-sheets")))?;
    let mut cells = book.worksheet_cells_reader(&name).map_err(unreadable)?;
    let declared = cells.dimensions();
    let (rows, columns) = (u64::from(declared.end.0) + 1, u64::from(declared.end.1) + 1);
    let declares = |id: &str, n: u64, max: u64| {
        tr(lang, id, &Args::new().text("count", count(lang, n)).text("max", count(lang, max)))
    };
    if columns > MAX_COLUMNS {
        let message = declares("import-sheet-columns", columns, MAX_COLUMNS);
        return Err(LimitError::new("MAX_COLUMNS", MAX_COLUMNS, columns, message).into());
    }
    if rows > MAX_ROWS {
        let message = declares("import-sheet-rows", rows, MAX_ROWS);
        return Err(LimitError::new("MAX_ROWS", MAX_ROWS, rows, message).into());
    }
    let mut importer = Importer::new(lang);
    let mut bounds = Bounds::new(lang);
    let mut row: Vec<String> = Vec::new();
    let mut current: Option<u32> = None;
    let flush = |importer: &mut Importer, row: &mut Vec<String>| {
        importer.row(&row.iter().map(String::as_str).collect::<Vec<_>>());
        row.clear();
    };
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        bounds.cells(1)?;
        let (r, c) = cell.get_position();
        let value = cell.get_value();
        if matches!(value, DataRef::Empty) {
            continue;
        }
        if u64::from(c) >= MAX_COLUMNS || u64::from(r) >= MAX_ROWS {
            return Err(LimitError::new(
                if u64::from(c) >= MAX_COLUMNS { "MAX_COLUMNS" } else { "MAX_ROWS" },
                if u64::from(c) >= MAX_COLUMNS { MAX_COLUMNS } else { MAX_ROWS },
                if u64::from(c) >= MAX_COLUMNS { u64::from(c) + 1 } else { u64::from(r) + 1 },
                tr(
                    lang,
                    "import-sheet-far-cell",
                    &Args::new()
                        .text("cell", reference(r, c))
                        .text("columns", count(lang, MAX_COLUMNS))
                        .text("rows", count(lang, MAX_ROWS)),
                ),
            )
            .into());
        }
        match current {
            Some(prev) if prev == r => {}
            Some(prev) if r < prev => {
                let args = Args::new()
                    .text("row", (u64::from(r) + 1).to_string())
                    .text("previous", (u64::from(prev) + 1).to_string());
                return Err(ImportError::Unreadable(tr(lang, "import-rows-out-of-order", &args)));
            }
            Some(_) => {
                flush(&mut importer, &mut row);
                current = Some(r);
            }
            None => current = Some(r),
        }
        let text = text(value, is_1904);
        check_cell(&text, u64::from(r) + 1, u64::from(c) + 1, lang)?;
        let at = c as usize;
        if row.len() <= at {
            row.resize(at + 1, String::new());
        }
        row[at] = text;
    }
    flush(&mut importer, &mut row);
    importer.finish()
}

/// A cell's reference as Excel writes it: (0, 0) → "A1", (1_048_575, 16_383) → "XFD1048576".
fn reference(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(col) + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), u64::from(row) + 1)
}

/// A cell as the text the importer parses.
fn text(value: &DataRef, is_1904: bool) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) if s.is_empty() => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        DataRef::DateTime(dt) if dt.is_datetime() => match excel_date(dt.as_f64(), is_1904) {
            Some(d) => d.to_string(),
            None => format!("{} (an Excel date outside {}–{})", number(dt.as_f64()), YEARS.start(), YEARS.end()),
        },
        DataRef::DateTime(dt) => number(dt.as_f64()),
        // "2026-01-15T00:00:00": the day; the date parser checks the rest.
        DataRef::DateTimeIso(s) => s.clone(),
        DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#ERROR {e:?}"),
    }
}

/// Whole numbers (IINs, amounts) without a fraction; others to the tiyn; NaN and infinities as
/// words the parsers refuse.
fn number(f: f64) -> String {
    if !f.is_finite() {
        format!("{f}")
    } else if f.fract() == 0.0 && f.abs() < 1e15 {
        // A whole number below 10^15 is exact as an i64.
        format!("{}", f as i64)
    } else {
        format!("{f:.2}")
    }
}

/// An Excel serial day number as a date (day 1 = 1900-01-01, with Excel's phantom 29 Feb 1900;
/// the 1904 system counts from 1904-01-01), or `None` outside the years 1900–2200.
pub(crate) fn excel_date(serial: f64, is_1904: bool) -> Option<jiff::civil::Date> {
    // 1900–2200 is about 110,000 days: anything far outside is refused before any date arithmetic.
    if !serial.is_finite() || !(0.0..=200_000.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64 + if is_1904 { 1_462 } else { 0 };
    let d = jiff::civil::date(1899, 12, 30).checked_add(jiff::Span::new().try_days(days).ok()?).ok()?;
    YEARS.contains(&d.year()).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_serials() {
        assert_eq!(reference(0, 0), "A1");
        assert_eq!(reference(9, 26), "AA10");
        assert_eq!(reference(1_048_575, 16_383), "XFD1048576");
        let cases: &[(f64, bool, Option<&str>)] = &[
            (46_037.0, false, Some("2026-01-15")),
            (46_037.75, false, Some("2026-01-15")),
            (44_575.0, true, Some("2026-01-15")),
            (1e10, false, None),
            (-1.0, false, None),
            (f64::NAN, false, None),
            (f64::INFINITY, false, None),
            (150_000.0, false, None),
        ];
        for (serial, is_1904, want) in cases {
            let got = excel_date(*serial, *is_1904).map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "serial {serial}");
        }
    }
}
