//! Small inline SVG charts for the dashboard (no script, no external files), titled in the
//! user's language.

use super::i18n::T;
use kzcomply_i18n::Args;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A horizontal bar of `value` on a scale to `max`, with a marker at `mark` (a threshold).
/// `bad` colours the bar red.
fn bar(y: u32, label: &str, value_text: &str, fraction: f64, mark: Option<(f64, &str)>, bad: bool) -> String {
    // Pixel geometry only: the numbers shown are exact text computed by the caller.
    let width = 480.0;
    let w = (fraction.clamp(0.0, 1.0) * width).round();
    let colour = if bad { "#c62828" } else { "#2e7d32" };
    let mut s = format!(
        "<text x=\"0\" y=\"{}\">{}</text><rect x=\"0\" y=\"{}\" width=\"{width}\" height=\"16\" rx=\"8\" fill=\"#eceff1\"/>\
         <rect x=\"0\" y=\"{}\" width=\"{w}\" height=\"16\" rx=\"8\" fill=\"{colour}\"/>\
         <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        y + 12,
        esc(label),
        y + 18,
        y + 18,
        width,
        y + 12,
        esc(value_text)
    );
    if let Some((m, mark_label)) = mark {
        let x = (m.clamp(0.0, 1.0) * width).round();
        s.push_str(&format!(
            "<line x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\" stroke=\"#1d2327\" stroke-width=\"2\"/>\
             <text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\">{}</text>",
            y + 14,
            y + 38,
            y + 48,
            esc(mark_label)
        ));
    }
    s
}

fn svg(height: u32, body: String, title: &str) -> String {
    format!(
        "<svg class=\"chart\" viewBox=\"0 0 480 {height}\" role=\"img\" aria-label=\"{}\"><title>{}</title>{body}</svg>",
        esc(title),
        esc(title)
    )
}

/// Headcount against the threshold from the rules (20 people since 1 September 2025); the scale
/// runs to twice the threshold, or the headcount if larger.
pub fn headcount(t: T, total: u32, threshold: u32) -> String {
    let scale = f64::from(total.max(threshold * 2).max(1));
    let title =
        t.a("web-chart-headcount", &Args::new().num("count", i64::from(total)).num("threshold", i64::from(threshold)));
    let body = bar(
        0,
        "",
        &total.to_string(),
        f64::from(total) / scale,
        Some((f64::from(threshold) / scale, &threshold.to_string())),
        total > threshold,
    );
    svg(56, body, &title)
}

/// Citizens' share of each group against its minimum (70% and 90%).
pub fn localisation(t: T, groups: &[(String, u32, u32, u32, bool)]) -> String {
    let mut body = String::new();
    for (i, (label, kz, n, min_pct, applies)) in groups.iter().enumerate() {
        let share = if *n == 0 { 1.0 } else { f64::from(*kz) / f64::from(*n) };
        let bad = *applies && *n > 0 && kz * 100 < min_pct * n;
        let text = format!("{kz} / {n}");
        body.push_str(&bar(
            i as u32 * 64,
            label,
            &text,
            share,
            Some((f64::from(*min_pct) / 100.0, &format!("{min_pct}%"))),
            bad,
        ));
    }
    svg(groups.len() as u32 * 64, body, &t.s("web-chart-localisation"))
}

/// Employer cost per person as bars (largest first), labelled with the exact amounts.
pub fn costs(t: T, rows: &[(String, i64, String)]) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1) as f64;
    let mut body = String::new();
    for (i, (name, tiyn, text)) in rows.iter().enumerate() {
        body.push_str(&bar(i as u32 * 40, name, text, *tiyn as f64 / max, None, false));
    }
    svg((rows.len() as u32 * 40).max(40), body, &t.s("web-chart-costs"))
}
