//! The audit as an XLSX workbook: a summary sheet, one sheet per rule that fired (each fine with its
//! status: a fine that could not be priced is an empty amount and "not_priced", never a zero), and
//! a "Not checked" sheet when the file lacked data a check needs.

use crate::{AuditReport, Finding};
use kzcomply_i18n::{Args, Lang, format, t, tr};
use kzcomply_law::Money;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

/// Tenge as a spreadsheet number (Excel stores doubles; amounts here are whole or two-decimal).
fn number(m: Money) -> f64 {
    m.tiyn() as f64 / 100.0
}

/// A sheet name as Excel allows it: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect()
}

fn findings_sheet(
    ws: &mut Worksheet,
    lang: Lang,
    rule: &str,
    findings: &[&Finding],
    bold: &Format,
    money: &Format,
) -> Result<(), XlsxError> {
    // Sheet names are at most 31 characters.
    ws.set_name(rule.chars().take(31).collect::<String>())?;
    let headers = [
        "report-xlsx-col-severity",
        "report-xlsx-col-people",
        "report-xlsx-col-what",
        "report-xlsx-col-basis",
        "report-xlsx-col-fine",
        "report-xlsx-col-fine-note",
        "report-xlsx-col-gap",
        "report-xlsx-col-fine-status",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, t(lang, h), bold)?;
    }
    for (c, w) in [10, 18, 80, 60, 14, 60, 14, 12].iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    for (i, f) in findings.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, tr(lang, "report-severity", &Args::new().text("severity", f.severity.name())))?;
        ws.write_string(r, 1, f.people.join(", "))?;
        ws.write_string(r, 2, &f.message)?;
        ws.write_string(r, 3, &f.basis)?;
        if let Some(fine) = f.fine_kzt {
            ws.write_number_with_format(r, 4, number(fine), money)?;
        }
        ws.write_string(r, 5, f.fine_note.as_deref().unwrap_or(""))?;
        if let Some(gap) = f.gap_kzt {
            ws.write_number_with_format(r, 6, number(gap), money)?;
        }
        // The status is the stable id (`not_priced`), in every language.
        ws.write_string(r, 7, f.fine_status.name())?;
    }
    Ok(())
}

/// The workbook's bytes, in `lang` (the findings' own texts are in the language the audit was
/// run in: run it in the same one). Sheets per rule are named by the rule's id.
pub fn render(r: &AuditReport, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0");
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(&t(lang, "report-xlsx-summary")))?;
    ws.set_column_width(0, 34)?;
    ws.set_column_width(1, 40)?;
    let h = &r.headcount;
    let of = |(citizens, size): (u32, u32)| {
        tr(lang, "report-xlsx-of", &Args::new().num("citizens", i64::from(citizens)).num("size", i64::from(size)))
    };
    let size = tr(lang, "audit-size-class", &Args::new().text("class", r.size_class));
    let rows: Vec<(&str, String)> = vec![
        ("report-xlsx-company", r.company.clone()),
        ("report-xlsx-as-of", format::date(lang, r.as_of)),
        ("report-xlsx-effective", h.effective.to_string()),
        ("report-xlsx-engagements", format!("{} / {} / {} / {}", h.direct, h.outstaffed, h.third_party, h.contractor)),
        (
            "report-xlsx-quotas-apply",
            t(lang, if r.localization.applies { "report-xlsx-yes" } else { "report-xlsx-no" }),
        ),
        ("report-xlsx-group-12", of(r.localization.cat12)),
        ("report-xlsx-group-34", of(r.localization.cat34)),
        ("report-xlsx-size", format!("{size} — {}", r.size_reason)),
        ("report-xlsx-counts", format!("{} / {} / {}", r.counts.violation, r.counts.risk, r.counts.warning)),
    ];
    for (i, (k, v)) in rows.iter().enumerate() {
        ws.write_string_with_format(i as u32, 0, t(lang, k), &bold)?;
        ws.write_string(i as u32, 1, v)?;
    }
    let last = rows.len() as u32;
    let total = if r.fines_not_priced > 0 { "report-xlsx-exposure-at-least" } else { "report-xlsx-exposure" };
    ws.write_string_with_format(last, 0, t(lang, total), &bold)?;
    ws.write_number_with_format(last, 1, number(r.fine_exposure_kzt), &money)?;
    ws.write_string_with_format(last + 1, 0, t(lang, "report-xlsx-not-priced"), &bold)?;
    ws.write_number(last + 1, 1, f64::from(r.fines_not_priced))?;
    ws.write_string_with_format(last + 2, 0, t(lang, "report-xlsx-checks-not-run"), &bold)?;
    ws.write_number(last + 2, 1, r.not_checked.len() as f64)?;
    let mut rules: Vec<&str> = r.findings.iter().map(|f| f.rule).collect();
    rules.dedup();
    let mut seen = std::collections::BTreeSet::new();
    for rule in rules.into_iter().filter(|rule| seen.insert(*rule)) {
        let findings: Vec<&Finding> = r.findings.iter().filter(|f| f.rule == rule).collect();
        findings_sheet(book.add_worksheet(), lang, rule, &findings, &bold, &money)?;
    }
    if !r.not_checked.is_empty() {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(&t(lang, "report-xlsx-not-checked")))?;
        ws.set_column_width(0, 30)?;
        ws.set_column_width(1, 120)?;
        ws.write_string_with_format(0, 0, t(lang, "report-xlsx-col-rule"), &bold)?;
        ws.write_string_with_format(0, 1, t(lang, "report-xlsx-col-why"), &bold)?;
        for (i, n) in r.not_checked.iter().enumerate() {
            ws.write_string(i as u32 + 1, 0, n.rule)?;
            ws.write_string(i as u32 + 1, 1, &n.reason)?;
        }
    }
    book.save_to_buffer()
}
