//! The findings of a company as the dashboard shows them: each fine, or why there is none ("not
//! priced" with what the rules lack, "no sanction", …), the total ("at least …; K fines not
//! priced" when some cannot be priced), what could not be checked for want of data, and a
//! readable refusal of a filter value the audit does not know.

use super::{Page, T, audit, company_layout, page};
use crate::AppState;
use crate::auth::WebSession;
use crate::compute::{self, FindingFilter};
use crate::web::Layout;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use jiff::civil::Date;
use kzcomply_audit::{AuditReport, Finding, FineStatus, Severity};
use kzcomply_i18n::Args;
use kzcomply_law::Money;

/// A finding as the table shows it: the fine, or what stands in for it and why.
pub(super) struct FindingRow {
    pub(super) severity: &'static str,
    /// A catalogue id ("web-severity-violation").
    pub(super) severity_label: &'static str,
    pub(super) rule: &'static str,
    pub(super) message: String,
    pub(super) basis: String,
    pub(super) people: String,
    /// The amount when priced; otherwise "not priced", "no sanction" … in the user's language.
    pub(super) fine: String,
    pub(super) priced: bool,
    /// `fine_status` (a CSS class).
    pub(super) fine_status: &'static str,
    /// Why there is no amount (empty when priced).
    pub(super) fine_note: String,
}

pub(super) fn finding_rows(t: T, findings: &[Finding]) -> Vec<FindingRow> {
    findings
        .iter()
        .map(|f| {
            let priced = f.fine_status == FineStatus::Priced;
            let fine = match f.fine_status {
                FineStatus::Priced => f.fine_kzt.map(|m| t.amount(m)).unwrap_or_default(),
                FineStatus::Warning => t.s("web-fine-warning"),
                FineStatus::NotFinable => t.s("web-fine-not-finable"),
                FineStatus::NotPriced => t.s("web-fine-not-priced"),
                FineStatus::NoSanction => t.s("web-fine-no-sanction"),
            };
            FindingRow {
                severity: f.severity.name(),
                severity_label: severity_label(f.severity.name()),
                rule: f.rule,
                message: f.message.clone(),
                basis: f.basis.clone(),
                people: f.people.join(", "),
                fine,
                priced,
                fine_status: f.fine_status.name(),
                fine_note: if priced { String::new() } else { f.fine_note.clone().unwrap_or_default() },
            }
        })
        .collect()
}

/// The catalogue id of a severity's name.
fn severity_label(severity: &str) -> &'static str {
    match severity {
        "violation" => "web-severity-violation",
        "risk" => "web-severity-risk",
        _ => "web-severity-warning",
    }
}

/// "1 557 000 ₸", or "не менее 259 500 ₸; 5 штрафов не рассчитано": a fine that cannot be priced
/// is never silently left out of the total.
pub(crate) fn exposure_text(t: T, priced: Money, not_priced: u32) -> String {
    match not_priced {
        0 => t.tenge(priced),
        n => t.a("fine-exposure-at-least", &Args::new().tenge("amount", priced.tiyn()).num("count", i64::from(n))),
    }
}

/// (violations, risks, warnings) among `findings`.
fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    (n(Severity::Violation), n(Severity::Risk), n(Severity::Warning))
}

/// The checks that could not be run, for the "Not checked" list.
pub(super) fn not_checked_rows(r: &AuditReport, rule: Option<&str>) -> Vec<(&'static str, String)> {
    r.not_checked.iter().filter(|n| rule.is_none_or(|x| x == n.rule)).map(|n| (n.rule, n.reason.clone())).collect()
}

#[derive(Template)]
#[template(path = "findings.html")]
struct FindingsPage {
    l: Layout,
    name: String,
    /// (value, catalogue id of its name, chosen).
    severities: Vec<(&'static str, &'static str, bool)>,
    as_of: Date,
    exposure: String,
    /// Violations, risks, warnings among the findings shown.
    counts: (usize, usize, usize),
    findings: Vec<FindingRow>,
    not_checked: Vec<(&'static str, String)>,
    /// A filter value that cannot be applied, in words: shown instead of an empty "all clear".
    error: Option<String>,
}

pub(super) async fn findings(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Query(f): Query<FindingFilter>,
) -> Page {
    let l = company_layout(&s, &session, &id, "web-findings").await?;
    let t = l.t;
    let severities = |chosen: Option<&str>| {
        ["violation", "risk", "warning"].map(|v| (v, severity_label(v), chosen == Some(v))).to_vec()
    };
    let (f, as_of) = match f.checked() {
        Ok((f, as_of)) => (f, as_of.unwrap_or_else(compute::today)),
        Err(bad) => {
            let allowed = if bad.parameter == "as_of" { t.s("web-date-forms") } else { bad.allowed.join(", ") };
            let args =
                Args::new().text("parameter", bad.parameter).text("value", bad.value.clone()).text("allowed", allowed);
            let error = t.a("web-bad-filter", &args);
            let name = l.company.as_ref().map(|c| c.1.clone()).unwrap_or_default();
            let body = FindingsPage {
                name,
                severities: severities(None),
                as_of: compute::today(),
                exposure: String::new(),
                counts: (0, 0, 0),
                findings: Vec::new(),
                not_checked: Vec::new(),
                error: Some(error),
                l,
            };
            return Ok((StatusCode::BAD_REQUEST, page(body)).into_response());
        }
    };
    let r = audit(&s, &session, &id, as_of).await?;
    let kept: Vec<Finding> = r.findings.iter().filter(|x| f.keep(x)).cloned().collect();
    // A part of the audit's checked total (fines are never negative), so it fits; checked anyway.
    let priced =
        Money::checked_sum(kept.iter().filter(|x| x.fine_status == FineStatus::Priced).filter_map(|x| x.fine_kzt))
            .unwrap_or(r.fine_exposure_kzt);
    let not_priced = kept.iter().filter(|x| x.fine_status == FineStatus::NotPriced).map(Finding::fines).sum();
    Ok(page(FindingsPage {
        name: r.company.clone(),
        severities: severities(f.severity.as_deref()),
        as_of,
        exposure: exposure_text(t, priced, not_priced),
        counts: counts(&kept),
        findings: finding_rows(t, &kept),
        not_checked: not_checked_rows(&r, f.rule.as_deref()),
        error: None,
        l,
    }))
}
