//! The payroll register (свод начислений и удержаний): one row per person — days, each kind of
//! pay, gross, the employee's deductions, net and the employer's charges — and a totals row; as
//! CSV (in Russian and Kazakh with a UTF-8 BOM and `;`, what Russian-locale Excel opens; in
//! English `,` and no BOM) and as XLSX.
//!
//! Header cells are in the language; the kind columns are the catalogue's ids in English and the
//! kinds' names otherwise. Every text cell goes through [`kzcomply_law::csv_safe::cell`] (names
//! come from the company's files).

use crate::{PersonMonth, Run};
use kzcomply_i18n::{Lang, t};
use kzcomply_law::Money;
use kzcomply_law::csv_safe::cell;
use kzcomply_law::payroll::month::Catalogue;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

const AMOUNT_HEADERS: [&str; 10] = [
    "run-register-gross",
    "run-register-opv",
    "run-register-vosms",
    "run-register-ipn",
    "run-register-net",
    "run-register-opvr",
    "run-register-so",
    "run-register-oosms",
    "run-register-social-tax",
    "run-register-employer-cost",
];

/// The kinds that occur on the run, in the catalogue's order (unknown ones last, as met).
fn kinds(run: &Run, catalogue: Option<&Catalogue>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for p in &run.people {
        for l in &p.lines {
            if !seen.contains(&l.kind) {
                seen.push(l.kind.clone());
            }
        }
    }
    if let Some(c) = catalogue {
        let order: Vec<&str> = c.kinds().collect();
        seen.sort_by_key(|k| order.iter().position(|o| o == k).unwrap_or(usize::MAX));
    }
    seen
}

fn kind_total(p: &PersonMonth, kind: &str) -> Money {
    p.lines.iter().filter(|l| l.kind == kind).fold(Money::ZERO, |a, l| a.checked_add(l.amount).unwrap_or(a))
}

fn header(run: &Run, catalogue: Option<&Catalogue>, lang: Lang) -> (Vec<String>, Vec<String>) {
    let ks = kinds(run, catalogue);
    let mut h = vec![
        t(lang, "run-register-id"),
        t(lang, "run-register-name"),
        t(lang, "run-register-days"),
        t(lang, "run-register-norm"),
    ];
    for k in &ks {
        h.push(match (lang, catalogue.and_then(|c| c.kind(k))) {
            (Lang::En, _) | (_, None) => k.clone(),
            (_, Some(kind)) => kind.name(lang),
        });
    }
    h.extend(AMOUNT_HEADERS.iter().map(|id| t(lang, id)));
    (h, ks)
}

fn plain(m: Money, lang: Lang) -> String {
    let s = m.plain().to_string();
    if lang == Lang::En { s } else { s.replace('.', ",") }
}

/// The register as CSV bytes.
pub fn csv(run: &Run, catalogue: Option<&Catalogue>, lang: Lang) -> Vec<u8> {
    let mut out = Vec::new();
    if lang != Lang::En {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let sep = if lang == Lang::En { b',' } else { b';' };
    let mut w = csv::WriterBuilder::new().delimiter(sep).from_writer(out);
    let (h, ks) = header(run, catalogue, lang);
    let _ = w.write_record(h.iter().map(|c| cell(c).into_owned()));
    for p in &run.people {
        let mut r = vec![
            cell(&p.id).into_owned(),
            cell(&p.full_name).into_owned(),
            p.days_worked.to_string(),
            p.norm_days.to_string(),
        ];
        r.extend(ks.iter().map(|k| plain(kind_total(p, k), lang)));
        r.extend(p.amounts().iter().map(|m| plain(*m, lang)));
        let _ = w.write_record(&r);
    }
    let totals = totals_row(run, &ks);
    let mut r = vec![String::new(), t(lang, "run-register-total"), String::new(), String::new()];
    r.extend(totals.iter().map(|m| plain(*m, lang)));
    let _ = w.write_record(&r);
    w.into_inner().unwrap_or_default()
}

/// Each kind's and each amount's sum over the people (checked; a sum that would overflow stays at
/// its last value, which the run's own checked totals have already refused).
fn totals_row(run: &Run, ks: &[String]) -> Vec<Money> {
    let mut out = vec![Money::ZERO; ks.len() + 10];
    for p in &run.people {
        let values = ks.iter().map(|k| kind_total(p, k)).chain(p.amounts());
        for (slot, v) in out.iter_mut().zip(values) {
            *slot = slot.checked_add(v).unwrap_or(*slot);
        }
    }
    out
}

fn number(m: Money) -> f64 {
    // Excel keeps numbers as doubles: exact for whole tenge below 2^53, which every amount is.
    m.tiyn() as f64 / 100.0
}

/// The register as an XLSX workbook.
pub fn xlsx(run: &Run, catalogue: Option<&Catalogue>, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let money_bold = Format::new().set_num_format("#,##0.00").set_bold();
    let ws = book.add_worksheet();
    ws.set_name(run.period.to_string())?;
    let (h, ks) = header(run, catalogue, lang);
    for (c, text) in h.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, text, &bold)?;
    }
    let mut r: u32 = 1;
    for p in &run.people {
        ws.write_string(r, 0, cell(&p.id))?;
        ws.write_string(r, 1, cell(&p.full_name))?;
        ws.write_number(r, 2, f64::from(p.days_worked))?;
        ws.write_number(r, 3, f64::from(p.norm_days))?;
        let values = ks.iter().map(|k| kind_total(p, k)).chain(p.amounts());
        for (i, v) in values.enumerate() {
            ws.write_number_with_format(r, 4 + i as u16, number(v), &money)?;
        }
        r += 1;
    }
    ws.write_string_with_format(r, 1, t(lang, "run-register-total"), &bold)?;
    for (i, v) in totals_row(run, &ks).into_iter().enumerate() {
        ws.write_number_with_format(r, 4 + i as u16, number(v), &money_bold)?;
    }
    ws.set_column_width(1, 32)?;
    ws.set_freeze_panes(1, 2)?;
    book.save_to_buffer()
}
