//! The findings as CSV, worst first as the audit orders them: the export of `kzcomply audit --out
//! report.csv` and of the service's `report?format=csv`.
//!
//! In Russian and Kazakh the file is what a Russian-locale Excel opens correctly by double-click:
//! a UTF-8 byte-order mark (without it Excel reads the Cyrillic as ANSI), `;` between cells (the
//! list separator where the decimal mark is a comma), the header in the language and amounts with
//! a decimal comma. In English it stays the machine contract it has always been: `,`, no mark,
//! the header `severity,rule,people,fine_kzt,gap_kzt,message,basis,fine_note,fine_status`, amounts
//! with a decimal point. In every language the `severity`, `rule` and `fine_status` cells are the
//! stable ids, and every text cell goes through [`kzcomply_law::csv_safe::cell`] (ids, names and
//! messages quoting them come from the company's files); amounts are numbers kzcomply writes and
//! stay numbers.

use crate::Finding;
use kzcomply_i18n::{Lang, t};
use kzcomply_law::Money;
use kzcomply_law::csv_safe::cell;

/// The header's messages, in column order.
const HEADER: [&str; 9] = [
    "report-csv-severity",
    "report-csv-rule",
    "report-csv-people",
    "report-csv-fine",
    "report-csv-gap",
    "report-csv-message",
    "report-csv-basis",
    "report-csv-fine-note",
    "report-csv-fine-status",
];

/// The UTF-8 byte-order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// The cell separator in `lang`: `,` in English, `;` in Russian and Kazakh.
pub fn separator(lang: Lang) -> u8 {
    match lang {
        Lang::En => b',',
        Lang::Ru | Lang::Kk => b';',
    }
}

/// The findings as CSV bytes in `lang`.
pub fn render(findings: &[Finding], lang: Lang) -> Vec<u8> {
    let mut out = Vec::new();
    if lang != Lang::En {
        out.extend_from_slice(BOM.as_bytes());
    }
    let mut w = csv::WriterBuilder::new().delimiter(separator(lang)).from_writer(out);
    let header: Vec<String> = HEADER.iter().map(|id| t(lang, id)).collect();
    let _ = w.write_record(header.iter().map(|h| cell(h).into_owned()));
    let money = |m: Option<Money>| {
        let plain = m.map(|m| m.plain().to_string()).unwrap_or_default();
        match lang {
            Lang::En => plain,
            Lang::Ru | Lang::Kk => plain.replace('.', ","),
        }
    };
    for f in findings {
        let _ = w.write_record([
            &*cell(f.severity.name()),
            &*cell(f.rule),
            &*cell(&f.people.join(" ")),
            &money(f.fine_kzt),
            &money(f.gap_kzt),
            &*cell(&f.message),
            &*cell(&f.basis),
            &*cell(f.fine_note.as_deref().unwrap_or("")),
            &*cell(f.fine_status.name()),
        ]);
    }
    w.into_inner().unwrap_or_default()
}
