//! The audit as an XLSX workbook: a summary sheet, one sheet per rule that fired (each fine with its
//! status: a fine that could not be priced is an empty amount and "not_priced", never a zero), and
//! a "Not checked" sheet when the file lacked data a check needs.

use crate::{AuditReport, Finding};
use kzcomply_law::Money;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

/// Tenge as a spreadsheet number (Excel stores doubles; amounts here are whole or two-decimal).
fn number(m: Money) -> f64 {
    m.tiyn() as f64 / 100.0
}

fn findings_sheet(
    ws: &mut Worksheet,
    rule: &str,
    findings: &[&Finding],
    bold: &Format,
    money: &Format,
) -> Result<(), XlsxError> {
    // Sheet names are at most 31 characters.
    ws.set_name(rule.chars().take(31).collect::<String>())?;
    let headers = [
        "Severity",
        "People",
        "What is wrong",
        "Legal basis",
        "Fine, KZT",
        "How the fine was priced, or why there is none",
        "Pay gap, KZT",
        "Fine status",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, bold)?;
    }
    for (c, w) in [10, 18, 80, 60, 14, 60, 14, 12].iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    for (i, f) in findings.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, f.severity.name())?;
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
        ws.write_string(r, 7, f.fine_status.name())?;
    }
    Ok(())
}

/// The workbook's bytes.
pub fn render(r: &AuditReport) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0");
    let ws = book.add_worksheet();
    ws.set_name("Summary")?;
    ws.set_column_width(0, 34)?;
    ws.set_column_width(1, 40)?;
    let h = &r.headcount;
    let rows: Vec<(&str, String)> = vec![
        ("Company", r.company.clone()),
        ("As of", r.as_of.to_string()),
        ("Effective headcount", h.effective.to_string()),
        (
            "Direct / outstaffed / third-party / contractors",
            format!("{} / {} / {} / {}", h.direct, h.outstaffed, h.third_party, h.contractor),
        ),
        ("Localisation quotas apply", if r.localization.applies { "yes" } else { "no" }.to_string()),
        ("Citizens in categories 1–2 (min 70%)", format!("{} of {}", r.localization.cat12.0, r.localization.cat12.1)),
        ("Citizens in categories 3–4 (min 90%)", format!("{} of {}", r.localization.cat34.0, r.localization.cat34.1)),
        ("Size class (for fines)", format!("{} — {}", r.size_class, r.size_reason)),
        ("Violations / risks / warnings", format!("{} / {} / {}", r.counts.violation, r.counts.risk, r.counts.warning)),
    ];
    for (i, (k, v)) in rows.iter().enumerate() {
        ws.write_string_with_format(i as u32, 0, *k, &bold)?;
        ws.write_string(i as u32, 1, v)?;
    }
    let last = rows.len() as u32;
    let total = if r.fines_not_priced > 0 { "Fine exposure, KZT (at least)" } else { "Fine exposure, KZT" };
    ws.write_string_with_format(last, 0, total, &bold)?;
    ws.write_number_with_format(last, 1, number(r.fine_exposure_kzt), &money)?;
    ws.write_string_with_format(last + 1, 0, "Fines not priced", &bold)?;
    ws.write_number(last + 1, 1, f64::from(r.fines_not_priced))?;
    ws.write_string_with_format(last + 2, 0, "Checks not run (no data)", &bold)?;
    ws.write_number(last + 2, 1, r.not_checked.len() as f64)?;
    let mut rules: Vec<&str> = r.findings.iter().map(|f| f.rule).collect();
    rules.dedup();
    let mut seen = std::collections::BTreeSet::new();
    for rule in rules.into_iter().filter(|rule| seen.insert(*rule)) {
        let findings: Vec<&Finding> = r.findings.iter().filter(|f| f.rule == rule).collect();
        findings_sheet(book.add_worksheet(), rule, &findings, &bold, &money)?;
    }
    if !r.not_checked.is_empty() {
        let ws = book.add_worksheet();
        ws.set_name("Not checked")?;
        ws.set_column_width(0, 30)?;
        ws.set_column_width(1, 120)?;
        ws.write_string_with_format(0, 0, "Rule", &bold)?;
        ws.write_string_with_format(0, 1, "Why, and how to supply the data", &bold)?;
        for (i, n) in r.not_checked.iter().enumerate() {
            ws.write_string(i as u32 + 1, 0, n.rule)?;
            ws.write_string(i as u32 + 1, 1, &n.reason)?;
        }
    }
    book.save_to_buffer()
}
