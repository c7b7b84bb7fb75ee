//! The checks, one module per theme. Each takes the audit context and the people and adds its
//! findings to an [`Out`] — or, when the source lacks the data a check (or a part of it) needs,
//! says so there as not checked, with the missing column or company fact and how to supply it.
//! None of them reads a file or the clock. The dependencies are listed in docs/audit-method.md.

mod esutd;
mod foreign;
mod headcount;
mod parity;

pub use headcount::{
    Headcount, LocalisationRules, citizens_needed, foreign_headroom, percent_text, quotas_apply, share,
};

use crate::columns::{Column, Supplied};
use crate::finding::{Finding, FineStatus, NotChecked};
use crate::model::{Company, Person};
use crate::text::n;
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, tr};
use kzcomply_law::calendar::Calendar;
use kzcomply_law::fines::{Offender, Outcome, Violation, article_text, fine};
use kzcomply_law::rules::RulesError;
use kzcomply_law::text::number;
use kzcomply_law::{Money, RuleBook};

/// What every check may use.
pub struct Context<'a> {
    pub rules: &'a RuleBook,
    pub calendar: &'a Calendar,
    pub company: &'a Company,
    /// The columns the source carries.
    pub supplied: &'a Supplied,
    pub as_of: Date,
    /// The company's class for fines, from its effective headcount and income.
    pub offender: Offender,
    pub localisation: LocalisationRules,
    /// EAEU member states on the as-of day: their citizens need no work permit.
    pub eaeu: Vec<String>,
    /// The language of the messages, legal bases, notes and reasons.
    pub lang: Lang,
}

/// What the checks produce: findings, and what could not be checked.
#[derive(Debug, Default)]
pub struct Out {
    pub findings: Vec<Finding>,
    pub not_checked: Vec<NotChecked>,
}

impl Out {
    pub fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }

    pub fn not_checked(&mut self, rule: &'static str, reason: String) {
        self.not_checked.push(NotChecked { rule, reason });
    }
}

impl Context<'_> {
    /// Whether the source carries column `c`.
    pub fn has(&self, c: Column) -> bool {
        self.supplied.has(c)
    }

    /// The company's BIN, when one was given.
    pub fn company_bin(&self) -> Option<&str> {
        self.company.bin.as_deref().filter(|b| !b.trim().is_empty())
    }

    /// A not-checked reason `id` for `count` people, naming the column the file lacks.
    pub fn no_column(&self, id: &str, count: usize, c: Column) -> String {
        tr(self.lang, id, &Args::new().num("count", n(count)).text("column", crate::text::column(c)))
    }

    /// The message `id` in the audit's language.
    pub fn t(&self, id: &str) -> String {
        kzcomply_i18n::t(self.lang, id)
    }

    /// The message `id` with its arguments in the audit's language.
    pub fn tr(&self, id: &str, args: &Args) -> String {
        tr(self.lang, id, args)
    }

    /// Prices `violation` on `day` for each of `count` people and attaches it to the finding. A fine
    /// the rules cannot price (no MRP for the year, no sanction in force) is `not_priced` with the
    /// reason — never a zero.
    pub fn price(&self, f: &mut Finding, violation: Violation, day: Date, count: usize) {
        let lang = self.lang;
        let tier = tr(lang, "audit-tier", &Args::new().text("offender", self.offender.name()).date("day", day));
        match fine(self.rules, violation, day, self.offender, false) {
            Ok(priced) => match &priced.outcome {
                Outcome::Fine { article, max, mrp_max, .. } => {
                    let args = Args::new()
                        .text("article", article_text(article, lang))
                        .text("mrp", number(lang, mrp_max))
                        .tenge("amount", max.tiyn())
                        .num("count", n(count))
                        .text("tier", tier);
                    // Checked: a total that does not fit is not priced, with the reason, never a
                    // wrapped or a single person's amount.
                    match i64::try_from(count).ok().and_then(|n| max.checked_mul_int(n)) {
                        Some(total) => {
                            f.fine_kzt = Some(total);
                            f.fine_status = FineStatus::Priced;
                            f.fine_note = Some(tr(lang, "audit-fine-priced", &args));
                        }
                        None => {
                            f.fine_kzt = None;
                            f.fine_status = FineStatus::NotPriced;
                            f.fine_note = Some(tr(lang, "audit-fine-too-large", &args));
                        }
                    }
                }
                Outcome::Warning { article } => {
                    f.fine_kzt = Some(Money::ZERO);
                    f.fine_status = FineStatus::Warning;
                    let args = Args::new().text("article", article_text(article, lang));
                    f.fine_note = Some(tr(lang, "audit-fine-warning", &args));
                }
                Outcome::NotFinable { reason } => {
                    f.fine_kzt = Some(Money::ZERO);
                    f.fine_status = FineStatus::NotFinable;
                    let reason = priced.reason_text(lang).unwrap_or_else(|| reason.clone());
                    f.fine_note =
                        Some(tr(lang, "audit-fine-not-finable", &Args::new().date("day", day).text("reason", reason)));
                }
            },
            Err(e) => {
                f.fine_kzt = None;
                f.fine_status = FineStatus::NotPriced;
                f.fine_note = Some(not_priced(lang, &e, violation, count, tier));
            }
        }
    }
}

/// What the rules lack to price a fine, how to add it, and what the fine would be.
fn not_priced(lang: Lang, e: &RulesError, violation: Violation, count: usize, tier: String) -> String {
    let fine = Args::new().text("violation", violation.name()).num("count", n(count)).text("tier", tier);
    match e {
        RulesError::NotInForce { key, date, .. } if key == "mrp" => {
            tr(lang, "audit-fine-no-mrp", &fine.text("year", date.year().to_string()))
        }
        RulesError::NotInForce { key, date, known } => tr(
            lang,
            "audit-fine-not-in-force",
            &fine.text("key", key.as_str()).date("date", *date).text("known", known.text(lang)),
        ),
        other => tr(lang, "audit-fine-rules-error", &fine.text("error", other.message(lang))),
    }
}

/// Runs every check.
pub fn run(ctx: &Context, people: &[Person], headcount: &Headcount) -> Out {
    let mut out = Out::default();
    headcount::threshold(ctx, headcount, &mut out);
    headcount::localisation(ctx, people, headcount, &mut out);
    parity::salary_parity(ctx, people, &mut out);
    parity::contractor_misclassification(ctx, people, &mut out);
    esutd::missing_fields(ctx, people, &mut out);
    esutd::identifiers(ctx, people, &mut out);
    esutd::registration(ctx, people, &mut out);
    esutd::termination(ctx, people, &mut out);
    foreign::work_permits(ctx, people, &mut out);
    foreign::mentors(ctx, people, &mut out);
    out
}
