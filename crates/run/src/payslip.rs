//! The payslip (расчётный листок): Labour Code art. 113 p. 2 — the employer informs each employee
//! monthly, in writing or electronically, of the components of pay, the deductions and the amount
//! payable. [`document`] builds it as a language-neutral [`Document`] (every text already in the
//! reader's language, every amount already written the reader's way), which [`html`] renders here
//! and the `kzcomply-pdf` crate typesets as a PDF.

use crate::{PersonMonth, Run};
use kzcomply_i18n::{Args, Lang, format, t, tr};
use kzcomply_law::Money;
use kzcomply_law::payroll::month::Catalogue;

/// A document to print (the same shape as `kzcomply_pdf::Document`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Document {
    pub lang: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub parties: Vec<Field>,
    pub sections: Vec<Section>,
    pub total: Option<Field>,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
    pub total: Option<Field>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub label: String,
    pub detail: Option<String>,
    pub amount: String,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// Who pays: the employer's name and BIN as the payslip shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Employer {
    pub name: String,
    pub bin: Option<String>,
}

fn money(lang: Lang, m: Money) -> String {
    format::tenge(lang, m.tiyn())
}

/// "March 2026" / "март 2026" / "2026 жылғы наурыз".
pub fn month_name(lang: Lang, period: kzcomply_law::YearMonth) -> String {
    tr(lang, "run-month", &Args::new().num("month", i64::from(period.month())).text("year", period.year().to_string()))
}

fn row(label: String, detail: Option<String>, lang: Lang, m: Money) -> Row {
    Row { label, detail, amount: money(lang, m) }
}

fn kind_name(cat: Option<&Catalogue>, kind: &str, lang: Lang) -> String {
    match cat.and_then(|c| c.kind(kind)) {
        Some(k) => k.name(lang),
        None => kind.to_string(),
    }
}

/// The payslip of `p` on `run`, in `lang`. `catalogue` (the month's) names the kinds of pay; without
/// it the kinds are shown by their ids.
pub fn document(
    run: &Run,
    p: &PersonMonth,
    employer: &Employer,
    catalogue: Option<&Catalogue>,
    lang: Lang,
) -> Document {
    let month = month_name(lang, run.period);
    let mut parties = Vec::new();
    if !employer.name.is_empty() {
        parties.push(Field { label: t(lang, "run-payslip-employer"), value: employer.name.clone() });
    }
    if let Some(bin) = employer.bin.as_ref().or(run.employer_bin.as_ref()) {
        parties.push(Field { label: t(lang, "run-payslip-bin"), value: bin.clone() });
    }
    parties.push(Field { label: t(lang, "run-payslip-employee"), value: p.full_name.clone() });
    parties.push(Field { label: t(lang, "run-payslip-id"), value: p.id.clone() });
    if !p.position.is_empty() {
        parties.push(Field { label: t(lang, "run-payslip-position"), value: p.position.clone() });
    }
    let days = Args::new().num("worked", i64::from(p.days_worked)).num("norm", i64::from(p.norm_days));
    parties.push(Field { label: t(lang, "run-payslip-days"), value: tr(lang, "run-payslip-days-value", &days) });
    parties.push(Field {
        label: t(lang, "run-payslip-residency"),
        value: t(lang, if p.tax_resident { "run-payslip-resident" } else { "run-payslip-non-resident" }),
    });

    let accrued = p
        .lines
        .iter()
        .map(|l| {
            let detail = l
                .correction_of
                .map(|m| tr(lang, "run-payslip-correction-of", &Args::new().text("month", month_name(lang, m))));
            row(kind_name(catalogue, &l.kind, lang), detail.or_else(|| l.note.clone()), lang, l.amount)
        })
        .collect();
    let withheld = vec![
        row(t(lang, "run-charge-opv"), None, lang, p.employee.opv),
        row(t(lang, "run-charge-vosms"), None, lang, p.employee.vosms),
        row(t(lang, "run-charge-ipn"), deduction_detail(p, lang), lang, p.employee.ipn),
    ];
    let withheld_total = p.employee.opv + p.employee.vosms + p.employee.ipn;
    let employer_rows = vec![
        row(t(lang, "run-charge-opvr"), None, lang, p.employer.opvr),
        row(t(lang, "run-charge-so"), None, lang, p.employer.so),
        row(t(lang, "run-charge-oosms"), None, lang, p.employer.oosms),
        row(t(lang, "run-charge-social-tax"), None, lang, p.employer.social_tax),
    ];
    let sections = vec![
        Section {
            title: t(lang, "run-payslip-accrued"),
            rows: accrued,
            total: Some(Field { label: t(lang, "run-payslip-gross"), value: money(lang, p.gross) }),
        },
        Section {
            title: t(lang, "run-payslip-withheld"),
            rows: withheld,
            total: Some(Field { label: t(lang, "run-payslip-withheld-total"), value: money(lang, withheld_total) }),
        },
        Section {
            title: t(lang, "run-payslip-employer-charges"),
            rows: employer_rows,
            total: Some(Field { label: t(lang, "run-payslip-employer-cost"), value: money(lang, p.employer_cost) }),
        },
    ];
    Document {
        lang: lang.code().to_string(),
        title: tr(lang, "run-payslip-title", &Args::new().text("month", month)),
        subtitle: Some(employer.name.clone()).filter(|n| !n.is_empty()),
        parties,
        sections,
        total: Some(Field { label: t(lang, "run-payslip-net"), value: money(lang, p.net) }),
        notes: vec![t(lang, "run-payslip-basis"), t(lang, "run-payslip-employer-note")],
    }
}

/// "deductions: basic 129 750 ₸" when IPN had deductions.
fn deduction_detail(p: &PersonMonth, lang: Lang) -> Option<String> {
    let d = p.personal_deduction + p.disability_deduction;
    (!d.is_zero()).then(|| tr(lang, "run-payslip-deductions", &Args::new().tenge("amount", d.tiyn())))
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The payslips as one self-contained HTML page (each on its own printed page).
pub fn html(docs: &[Document]) -> String {
    let lang = docs.first().map_or("en", |d| d.lang.as_str());
    let mut s = String::with_capacity(4096 * docs.len().max(1));
    s.push_str("<!doctype html>\n<html lang=\"");
    s.push_str(&esc(lang));
    s.push_str("\"><head><meta charset=\"utf-8\"><title>");
    s.push_str(&esc(docs.first().map_or("", |d| d.title.as_str())));
    s.push_str(
        "</title><style>body{font:14px/1.4 system-ui,sans-serif;max-width:48rem;margin:2rem auto;color:#111}\
         section.slip{page-break-after:always;margin-bottom:3rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}\
         td,th{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left}td.amount,th.amount{text-align:right;white-space:nowrap}\
         tfoot td{font-weight:600}.net{font-size:1.25rem;font-weight:700}.detail{color:#555;font-size:.9em}.notes{color:#555;font-size:.85em}</style></head><body>\n",
    );
    for d in docs {
        s.push_str("<section class=\"slip\"><h1>");
        s.push_str(&esc(&d.title));
        s.push_str("</h1>\n<table class=\"parties\">");
        for f in &d.parties {
            s.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>", esc(&f.label), esc(&f.value)));
        }
        s.push_str("</table>\n");
        for sec in &d.sections {
            s.push_str(&format!("<h2>{}</h2><table>", esc(&sec.title)));
            for r in &sec.rows {
                let detail = r
                    .detail
                    .as_deref()
                    .map(|x| format!(" <span class=\"detail\">{}</span>", esc(x)))
                    .unwrap_or_default();
                s.push_str(&format!(
                    "<tr><td>{}{detail}</td><td class=\"amount\">{}</td></tr>",
                    esc(&r.label),
                    esc(&r.amount)
                ));
            }
            if let Some(t) = &sec.total {
                s.push_str(&format!(
                    "<tfoot><tr><td>{}</td><td class=\"amount\">{}</td></tr></tfoot>",
                    esc(&t.label),
                    esc(&t.value)
                ));
            }
            s.push_str("</table>\n");
        }
        if let Some(t) = &d.total {
            s.push_str(&format!("<p class=\"net\">{}: {}</p>\n", esc(&t.label), esc(&t.value)));
        }
        for n in &d.notes {
            s.push_str(&format!("<p class=\"notes\">{}</p>\n", esc(n)));
        }
        s.push_str("</section>\n");
    }
    s.push_str("</body></html>\n");
    s
}
