//! Cells that are safe to open in a spreadsheet: OWASP's CSV-injection rule, shared by every CSV
//! kzcomply writes (the findings export, `payroll --batch --out`).
//!
//! A cell whose first character is `=`, `+`, `-`, `@`, a tab or a carriage return can be read as
//! a formula by Excel, LibreOffice or Google Sheets (`=HYPERLINK(…)`, `-2+3+cmd|…`), so such a
//! cell is written with a single quote in front: `'=1+1`. The quote shows in the cell, which is the
//! point: the text is data, and the reader sees exactly what was in the file.
//!
//! What goes through it: **every field that carries text from a user or a file** — ids, names,
//! positions, messages that quote them, people lists. What does not: numbers kzcomply formats
//! itself (amounts via `Money::plain`/`format_plain`, periods, dates), which are digits with at
//! most a leading `-` and a `.`, never a formula, and stay numbers a spreadsheet can add up.

use std::borrow::Cow;

/// Whether a cell starting with `first` could be read as a formula.
fn risky(first: Option<u8>) -> bool {
    matches!(first, Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}

/// `text` as a safe cell: prefixed with `'` when it starts with `=`, `+`, `-`, `@`, tab or CR.
pub fn cell(text: &str) -> Cow<'_, str> {
    if risky(text.bytes().next()) { Cow::Owned(format!("'{text}")) } else { Cow::Borrowed(text) }
}

/// [`cell`] for raw bytes (the batch writer's ids, which are not always UTF-8).
pub fn cell_bytes(bytes: &[u8]) -> Cow<'_, [u8]> {
    if risky(bytes.first().copied()) {
        let mut out = Vec::with_capacity(bytes.len() + 1);
        out.push(b'\'');
        out.extend_from_slice(bytes);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_what_a_spreadsheet_would_evaluate() {
        let cases = [
            ("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")"),
            ("+1+1", "'+1+1"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("E-001", "E-001"),
            ("Aigerim =1", "Aigerim =1"),
            ("", ""),
            ("'quoted", "'quoted"),
        ];
        for (raw, safe) in cases {
            assert_eq!(cell(raw), safe, "{raw:?}");
            assert_eq!(&*cell_bytes(raw.as_bytes()), safe.as_bytes(), "{raw:?}");
        }
        assert!(matches!(cell("E-001"), Cow::Borrowed(_)));
    }
}
