//! kzcomply-audit: the workforce compliance audit — the cross-check the state runs on its databases,
//! run first on the company's own data.
//!
//! - [`import`]: a CSV or XLSX workforce table (English or Russian headers) → a [`Workforce`]
//!   (validated [`Person`]s and the columns the file carries, [`Supplied`]), or every problem with
//!   its row and column (nothing half-imported).
//! - [`checks`]: the rules (parity, headcount and localisation, ESUTD, identifiers, permits, mentors).
//! - [`audit`]: runs them and prices the findings with the fines engine → [`AuditReport`]. Data the
//!   source does not carry is never read as a violation: the check is listed as not checked.
//!   A fine the rules cannot price is never read as zero: it is counted as not priced.
//! - [`html`]: the self-contained report a founder can forward to their lawyer; [`xlsx`]: a workbook
//!   with a summary and one sheet per rule; [`report_csv`]: the findings as CSV (in Russian and
//!   Kazakh with a BOM and `;`, as Russian-locale Excel opens it).
//!
//! Every text people read is a message of the catalogue (`crates/i18n/locales/*/audit.ftl`) in the
//! `Lang` the import, the audit or the report is given; ids (rules, severities, fine statuses,
//! columns) are the same in every language.
//!
//! - [`limits`]: every limit on what a file may hold (rows, columns, cells, zip sizes), and
//!   [`zipped`]: zip containers (XLSX, and the .docx contracts of kzcomply-plan) read within them.
//!
//! Like the law crate, it reads no files and no clock: bytes and the as-of date are arguments.
//! The method is docs/audit-method.md.

pub mod checks;
pub mod columns;
mod finding;
#[cfg(feature = "hostile-files")]
pub mod hostile;
pub mod html;
pub mod import;
pub mod limits;
mod model;
pub mod normalise;
pub mod report_csv;
mod sheet;
mod text;
pub mod xlsx;
mod xmlscan;
pub mod zipped;

pub use checks::Headcount;
pub use columns::Supplied;
pub use finding::{Finding, FineStatus, NotChecked, Severity};
pub use import::Workforce;
pub use model::{BasicDeduction, Company, Engagement, PayrollFacts, Person, Term};

use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, tr};
use kzcomply_law::calendar::Calendar;
use kzcomply_law::entity_size::{Headcount as SizeHeadcount, classify};
use kzcomply_law::fines::Offender;
use kzcomply_law::{Money, RuleBook};
use rust_decimal::Decimal;

/// Every rule's stable id, in the order of docs/audit-method.md.
pub const RULES: [&str; 13] = [
    "headcount-threshold",
    "localization-quota",
    "salary-parity",
    "esutd-missing-field",
    "invalid-iin",
    "invalid-bin",
    "duplicate-iin",
    "esutd-registration-overdue",
    "esutd-termination-overdue",
    "contractor-misclassification-risk",
    "work-permit-expired",
    "work-permit-expiring",
    "mentor-appointment-overdue",
];

/// The localisation picture on the as-of day.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Localisation {
    /// Whether the quotas apply (more people than the small-business exemption, and not an exempt branch).
    pub applies: bool,
    #[serde(serialize_with = "kzcomply_law::json::opt_decimal")]
    pub cat12_kz_share: Option<Decimal>,
    #[serde(serialize_with = "kzcomply_law::json::opt_decimal")]
    pub cat34_kz_share: Option<Decimal>,
    /// (citizens, people) in each group.
    pub cat12: (u32, u32),
    pub cat34: (u32, u32),
    /// How many more foreign nationals each group can take before its share falls below the
    /// minimum (0 when it already has), whether or not the quotas apply yet.
    pub cat12_foreign_headroom: u32,
    pub cat34_foreign_headroom: u32,
}

/// Everything the audit found.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AuditReport {
    #[serde(serialize_with = "kzcomply_law::json::date")]
    pub as_of: Date,
    pub company: String,
    pub headcount: Headcount,
    /// The size class used for fines (Entrepreneurial Code art. 24).
    pub size_class: &'static str,
    pub size_reason: String,
    pub localization: Localisation,
    /// Worst first: violations, then risks, then warnings; within each, the largest fine first,
    /// then the fines not priced.
    pub findings: Vec<Finding>,
    pub counts: Counts,
    /// The sum of the priced fines: with `fines_not_priced` > 0, the exposure is at least this.
    pub fine_exposure_kzt: Money,
    /// Fines that apply but could not be priced (one per person concerned), e.g. for want of the
    /// year's MRP in the rules: each finding says what is missing in `fine_note`.
    pub fines_not_priced: u32,
    /// Checks, or parts of checks, not run because the source lacks the data they need.
    pub not_checked: Vec<NotChecked>,
}

impl AuditReport {
    /// "1,557,000 KZT", or "at least 259,500 KZT; 5 fines not priced" when some could not be
    /// priced; "1 557 000 ₸", "не менее 259 500 ₸; 5 штрафов не рассчитано" in Russian.
    pub fn exposure_text(&self, lang: Lang) -> String {
        let amount = self.fine_exposure_kzt.tiyn();
        match self.fines_not_priced {
            0 => kzcomply_i18n::format::tenge(lang, amount),
            n => tr(lang, "fine-exposure-at-least", &Args::new().tenge("amount", amount).num("count", i64::from(n))),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub violation: u32,
    pub risk: u32,
    pub warning: u32,
}

/// Audits `people` of `company` as of `as_of`; `supplied` says which columns the source carries
/// (`Supplied::all()` for a stored company). The messages, legal bases, fine notes, not-checked
/// reasons and the size reason are in `lang`; ids, severities and fine statuses are the same in
/// every language. Fails only when the rules lack a parameter the audit needs on that day (the
/// local-content conditions), or when the priced fines add up to more than an amount can hold
/// (`RulesError::TooLarge`, only with absurd rule values: checked, never wrapped).
pub fn audit(
    rules: &RuleBook,
    calendar: &Calendar,
    company: &Company,
    people: &[Person],
    supplied: &Supplied,
    as_of: Date,
    lang: Lang,
) -> Result<AuditReport, kzcomply_law::rules::RulesError> {
    let localisation = checks::LocalisationRules::on(rules, as_of)?;
    let headcount = Headcount::of(people, as_of);
    let size_headcount =
        SizeHeadcount { own: headcount.direct, outstaffed_in: headcount.outstaffed + headcount.third_party };
    let income = Decimal::from(company.income_mrp.unwrap_or(0));
    let (offender, size_class, size_reason) = match classify(rules, as_of, size_headcount, income) {
        Ok(c) => {
            let reason = c.reason_text(lang);
            let reason = if company.income_mrp.is_none() {
                tr(lang, "audit-size-no-income", &Args::new().text("reason", reason))
            } else {
                reason
            };
            (Offender::from(c.class), c.class.name(), reason)
        }
        Err(e) => {
            (Offender::Small, "small", tr(lang, "audit-size-unknown", &Args::new().text("error", e.message(lang))))
        }
    };
    let (eaeu, _) = kzcomply_law::foreign::countries(rules, "foreign_labour.eaeu_members", as_of)?;
    let ctx = checks::Context { rules, calendar, company, supplied, as_of, offender, localisation, eaeu, lang };
    let checks::Out { mut findings, not_checked } = checks::run(&ctx, people, &headcount);
    // Priced fines first (largest first), then fines not priced, then the rest.
    let rank = |f: &Finding| match f.fine_status {
        FineStatus::Priced => 2,
        FineStatus::NotPriced => 1,
        _ => 0,
    };
    findings.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then(rank(b).cmp(&rank(a)))
            .then(b.fine_kzt.cmp(&a.fine_kzt))
            .then(a.rule.cmp(b.rule))
    });
    for f in &mut findings {
        if f.fine_note.is_none() && f.fine_kzt.is_none_or(|m| m <= Money::ZERO) {
            debug_assert!(false, "{} has no amount and no note", f.rule);
            f.fine_note = Some(kzcomply_i18n::t(lang, "audit-fine-no-sanction"));
        }
    }
    let fines_not_priced = findings.iter().filter(|f| f.fine_status == FineStatus::NotPriced).map(Finding::fines).sum();
    let mut counts = Counts::default();
    for f in &findings {
        match f.severity {
            Severity::Violation => counts.violation += 1,
            Severity::Risk => counts.risk += 1,
            Severity::Warning => counts.warning += 1,
        }
    }
    let fine_exposure_kzt =
        Money::checked_sum(findings.iter().filter(|f| f.fine_status == FineStatus::Priced).filter_map(|f| f.fine_kzt))
            .ok_or_else(|| kzcomply_law::rules::RulesError::TooLarge { what: "the fine exposure".into() })?;
    let group = |cats: [u8; 2]| {
        let g: Vec<&Person> = people.iter().filter(|p| p.is_active(as_of) && cats.contains(&p.role_category)).collect();
        (g.iter().filter(|p| p.is_citizen()).count() as u32, g.len() as u32)
    };
    let (cat12, cat34) = (group([1, 2]), group([3, 4]));
    let localization = Localisation {
        applies: checks::quotas_apply(&ctx, &headcount),
        cat12_kz_share: checks::share(cat12.0 as usize, cat12.1 as usize),
        cat34_kz_share: checks::share(cat34.0 as usize, cat34.1 as usize),
        cat12,
        cat34,
        cat12_foreign_headroom: checks::foreign_headroom(localisation.managers_min, cat12),
        cat34_foreign_headroom: checks::foreign_headroom(localisation.specialists_min, cat34),
    };
    Ok(AuditReport {
        as_of,
        company: company.name.clone(),
        headcount,
        size_class,
        size_reason,
        localization,
        findings,
        counts,
        fine_exposure_kzt,
        fines_not_priced,
        not_checked,
    })
}

#[cfg(test)]
mod tests {
    use super::checks::{citizens_needed, foreign_headroom};
    use rust_decimal::Decimal;

    #[test]
    fn shares_in_whole_people() {
        let (p70, p90) = (Decimal::from(70), Decimal::from(90));
        // 70% of 10 = 7 exactly; 70% of 11 = 7.7 → 8; 90% of 17 = 15.3 → 16.
        assert_eq!((citizens_needed(p70, 10), citizens_needed(p70, 11), citizens_needed(p90, 17)), (7, 8, 16));
        // 7 of 10 at 70%: 7/11 = 63.6% fails → no room; 18 of 18 at 90%: 18/20 = 90% → 2 more.
        assert_eq!(foreign_headroom(p70, (7, 10)), 0);
        assert_eq!(foreign_headroom(p90, (18, 18)), 2);
        assert_eq!(foreign_headroom(p90, (14, 15)), 0); // 14/16 = 87.5%
        assert_eq!(foreign_headroom(p70, (6, 10)), 0); // already broken
    }
}
