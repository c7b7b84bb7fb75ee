//! The audit as one self-contained HTML page (no scripts, no external files) to forward to a lawyer:
//! the fine of each finding or why there is none, the total ("at least …" when some fines could not
//! be priced), and what could not be checked for want of data.

use crate::{AuditReport, Finding, FineStatus, Severity};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A horizontal bar for a share against its required minimum.
fn bar(label: &str, share: (u32, u32), required: u32, applies: bool) -> String {
    let (kz, n) = share;
    let pct = (kz * 100).checked_div(n).unwrap_or(0);
    let ok = n == 0 || kz * 100 >= required * n;
    let colour = if ok || !applies { "#2e7d32" } else { "#c62828" };
    format!(
        "<div class=bar><span>{label}: {kz} of {n} citizens ({}) — minimum {required}%{}</span>\
         <div class=track><div style=\"width:{pct}%;background:{colour}\"></div><i style=\"left:{required}%\"></i></div></div>",
        crate::checks::percent_text(kz, n),
        if applies { "" } else { " (not applicable at this headcount)" }
    )
}

/// The fine cell: the amount, or what stands in for it.
fn fine_cell(f: &Finding) -> String {
    let amount = f.fine_kzt.map(|m| m.to_string()).unwrap_or_default();
    match f.fine_status {
        FineStatus::Priced => amount,
        FineStatus::Warning => format!("{amount} (warning)"),
        FineStatus::NotFinable => format!("{amount} (not finable)"),
        FineStatus::NotPriced => "<b class=risk>not priced</b>".into(),
        FineStatus::NoSanction => "no sanction".into(),
    }
}

pub fn render(r: &AuditReport) -> String {
    let mut h = String::new();
    h.push_str("<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\">");
    h.push_str(&format!("<title>Compliance audit — {} — {}</title>", esc(&r.company), r.as_of));
    h.push_str("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\
        h1{font-size:1.5rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}\
        .violation{color:#c62828;font-weight:600}.risk{color:#ef6c00;font-weight:600}.warning{color:#1565c0}\
        .bar{margin:.6rem 0}.track{position:relative;height:12px;background:#eee;border-radius:6px}.track div{height:12px;border-radius:6px}\
        .track i{position:absolute;top:-3px;height:18px;border-left:2px dashed #333}.num{text-align:right;white-space:nowrap}\
        .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;padding:.6rem 1rem}</style>");
    h.push_str(&format!("<h1>Compliance audit: {}</h1><p>As of {} · kzcomply</p>", esc(&r.company), r.as_of));
    let hc = &r.headcount;
    h.push_str(&format!(
        "<div class=cards><div class=card><b>{}</b> people<br>{} direct · {} outstaffed · {} third-party · {} contractors</div>\
         <div class=card><b class=violation>{}</b> violations · <b class=risk>{}</b> risks · <b class=warning>{}</b> warnings</div>\
         <div class=card>Fine exposure<br><b>{}</b></div><div class=card>Size class<br><b>{}</b></div></div>",
        hc.effective, hc.direct, hc.outstaffed, hc.third_party, hc.contractor,
        r.counts.violation, r.counts.risk, r.counts.warning, esc(&r.exposure_text()), r.size_class
    ));
    let l = &r.localization;
    h.push_str("<h2>Localisation</h2>");
    h.push_str(&bar("Categories 1–2", l.cat12, 70, l.applies));
    h.push_str(&bar("Categories 3–4", l.cat34, 90, l.applies));
    h.push_str("<h2>Findings, worst first</h2><table><tr><th>Severity</th><th>Rule</th><th>People</th><th>What</th><th class=num>Fine, KZT</th></tr>");
    for f in &r.findings {
        let class = match f.severity {
            Severity::Violation => "violation",
            Severity::Risk => "risk",
            Severity::Warning => "warning",
        };
        let fine = fine_cell(f);
        h.push_str(&format!(
            "<tr><td class={class}>{class}</td><td><code>{}</code></td><td>{}</td><td>{}<br><small>{}{}</small></td><td class=num>{fine}</td></tr>",
            f.rule,
            esc(&f.people.join(", ")),
            esc(&f.message),
            esc(&f.basis),
            f.fine_note.as_deref().map(|n| format!("<br>{}", esc(n))).unwrap_or_default()
        ));
    }
    h.push_str("</table>");
    if !r.not_checked.is_empty() {
        h.push_str("<h2>Not checked</h2><p>The file lacks the data these checks need, so they were not run and carry no fine:</p><table><tr><th>Rule</th><th>Why, and how to supply the data</th></tr>");
        for n in &r.not_checked {
            h.push_str(&format!("<tr><td><code>{}</code></td><td>{}</td></tr>", n.rule, esc(&n.reason)));
        }
        h.push_str("</table>");
    }
    h.push_str("<p><small>Amounts are maximum exposure: one first-offence fine per person concerned, at the MRP of the violation's year. Not legal advice; every rule names its source.</small></p></html>\n");
    h
}
