//! The audit as one self-contained HTML page (no scripts, no external files) to forward to a lawyer:
//! the fine of each finding or why there is none, the total ("at least …" when some fines could not
//! be priced), and what could not be checked for want of data.

use crate::{AuditReport, Finding, FineStatus};
use kzcomply_i18n::{Args, Lang, format, t, tr};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A horizontal bar for a share against its required minimum; `group` is the group's label.
fn bar(lang: Lang, group: &str, share: (u32, u32), required: u32, applies: bool) -> String {
    let (kz, n) = share;
    let pct = (kz * 100).checked_div(n).unwrap_or(0);
    let ok = n == 0 || kz * 100 >= required * n;
    let colour = if ok || !applies { "#2e7d32" } else { "#c62828" };
    let args = Args::new()
        .text("group", t(lang, group))
        .num("citizens", i64::from(kz))
        .num("size", i64::from(n))
        .text("share", crate::text::percent(lang, kz, n))
        .num("required", i64::from(required));
    let label = tr(lang, if applies { "report-html-bar" } else { "report-html-bar-not-applicable" }, &args);
    format!(
        "<div class=bar><span>{}</span>\
         <div class=track><div style=\"width:{pct}%;background:{colour}\"></div><i style=\"left:{required}%\"></i></div></div>",
        esc(&label)
    )
}

/// The fine cell: the amount, or what stands in for it.
fn fine_cell(lang: Lang, f: &Finding) -> String {
    let amount = f.fine_kzt.map(|m| format::amount(lang, m.tiyn())).unwrap_or_default();
    let with = |id: &str| esc(&tr(lang, id, &Args::new().text("amount", amount.as_str())));
    match f.fine_status {
        FineStatus::Priced => amount.clone(),
        FineStatus::Warning => with("report-fine-warning"),
        FineStatus::NotFinable => with("report-fine-not-finable"),
        FineStatus::NotPriced => format!("<b class=risk>{}</b>", esc(&t(lang, "report-fine-not-priced"))),
        FineStatus::NoSanction => esc(&t(lang, "report-fine-no-sanction")),
    }
}

/// The report as one HTML page in `lang` (the findings' own texts are in the language the audit
/// was run in: run it in the same one).
pub fn render(r: &AuditReport, lang: Lang) -> String {
    let text = |id: &str| esc(&t(lang, id));
    let company = Args::new().text("company", r.company.as_str()).date("date", r.as_of);
    let mut h = String::new();
    h.push_str(&format!(
        "<!doctype html><html lang={}><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\">",
        lang.code()
    ));
    h.push_str(&format!("<title>{}</title>", esc(&tr(lang, "report-html-title", &company))));
    h.push_str("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\
        h1{font-size:1.5rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}\
        .violation{color:#c62828;font-weight:600}.risk{color:#ef6c00;font-weight:600}.warning{color:#1565c0}\
        .bar{margin:.6rem 0}.track{position:relative;height:12px;background:#eee;border-radius:6px}.track div{height:12px;border-radius:6px}\
        .track i{position:absolute;top:-3px;height:18px;border-left:2px dashed #333}.num{text-align:right;white-space:nowrap}\
        .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;padding:.6rem 1rem}</style>");
    h.push_str(&format!(
        "<h1>{}</h1><p>{}</p>",
        esc(&tr(lang, "report-html-heading", &company)),
        esc(&tr(lang, "report-html-as-of", &company))
    ));
    let hc = &r.headcount;
    // The people and counts cards carry their own markup (numbers only, nothing to escape).
    let people = tr(
        lang,
        "report-html-people",
        &Args::new()
            .num("count", i64::from(hc.effective))
            .num("direct", i64::from(hc.direct))
            .num("outstaffed", i64::from(hc.outstaffed))
            .num("third_party", i64::from(hc.third_party))
            .num("contractor", i64::from(hc.contractor)),
    );
    let counts = tr(
        lang,
        "report-html-counts",
        &Args::new()
            .num("violations", i64::from(r.counts.violation))
            .num("risks", i64::from(r.counts.risk))
            .num("warnings", i64::from(r.counts.warning)),
    );
    let size = tr(lang, "audit-size-class", &Args::new().text("class", r.size_class));
    h.push_str(&format!(
        "<div class=cards><div class=card>{people}</div><div class=card>{counts}</div>\
         <div class=card>{}<br><b>{}</b></div><div class=card>{}<br><b>{}</b></div></div>",
        text("report-html-exposure"),
        esc(&r.exposure_text(lang)),
        text("report-html-size"),
        esc(&size)
    ));
    let l = &r.localization;
    h.push_str(&format!("<h2>{}</h2>", text("report-html-localisation")));
    h.push_str(&bar(lang, "report-html-group-12", l.cat12, 70, l.applies));
    h.push_str(&bar(lang, "report-html-group-34", l.cat34, 90, l.applies));
    h.push_str(&format!(
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=num>{}</th></tr>",
        text("report-html-findings"),
        text("report-html-col-severity"),
        text("report-html-col-rule"),
        text("report-html-col-people"),
        text("report-html-col-what"),
        text("report-html-col-fine")
    ));
    for f in &r.findings {
        let class = f.severity.name();
        let severity = tr(lang, "report-severity", &Args::new().text("severity", class));
        let fine = fine_cell(lang, f);
        h.push_str(&format!(
            "<tr><td class={class}>{}</td><td><code>{}</code></td><td>{}</td><td>{}<br><small>{}{}</small></td><td class=num>{fine}</td></tr>",
            esc(&severity),
            f.rule,
            esc(&f.people.join(", ")),
            esc(&f.message),
            esc(&f.basis),
            f.fine_note.as_deref().map(|n| format!("<br>{}", esc(n))).unwrap_or_default()
        ));
    }
    h.push_str("</table>");
    if !r.not_checked.is_empty() {
        h.push_str(&format!(
            "<h2>{}</h2><p>{}</p><table><tr><th>{}</th><th>{}</th></tr>",
            text("report-html-not-checked"),
            text("report-html-not-checked-intro"),
            text("report-html-col-rule"),
            text("report-html-col-why")
        ));
        for n in &r.not_checked {
            h.push_str(&format!("<tr><td><code>{}</code></td><td>{}</td></tr>", n.rule, esc(&n.reason)));
        }
        h.push_str("</table>");
    }
    h.push_str(&format!("<p><small>{}</small></p></html>\n", text("report-html-footer")));
    h
}
