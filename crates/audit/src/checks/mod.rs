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
use jiff::civil::Date;
use kzcomply_law::calendar::Calendar;
use kzcomply_law::fines::{Offender, Outcome, Violation, fine};
use kzcomply_law::rules::RulesError;
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

/// "the file has no `x` («y») column — add it with …": the reason a check needing `c` was not run.
pub fn no_column(c: Column, add: &str) -> String {
    format!("the file has no {} column — add it with {add}", c.described())
}

/// The reason a check needing the company's BIN was not run.
pub const NO_COMPANY_BIN: &str = "no company BIN was given — pass `--bin BIN`, or `--company FILE` with `bin = \"…\"` (CLI); the `bin` parameter (API upload); or set the company's BIN (service)";

/// "3 direct employees", "1 direct employee".
pub fn people_count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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

    /// Prices `violation` on `day` for each of `count` people and attaches it to the finding. A fine
    /// the rules cannot price (no MRP for the year, no sanction in force) is `not_priced` with the
    /// reason — never a zero.
    pub fn price(&self, f: &mut Finding, violation: Violation, day: Date, count: usize) {
        let tier = format!("{} business, first offence, on {day}", self.offender.name());
        match fine(self.rules, violation, day, self.offender, false) {
            Ok(priced) => match priced.outcome {
                Outcome::Fine { article, max, mrp_max, .. } => {
                    // Checked: a total that does not fit is not priced, with the reason, never a
                    // wrapped or a single person's amount.
                    match i64::try_from(count).ok().and_then(|n| max.checked_mul_int(n)) {
                        Some(total) => {
                            f.fine_kzt = Some(total);
                            f.fine_status = FineStatus::Priced;
                            f.fine_note = Some(format!("{article}: {mrp_max} MRP = {max} KZT × {count} ({tier})"));
                        }
                        None => {
                            f.fine_kzt = None;
                            f.fine_status = FineStatus::NotPriced;
                            f.fine_note = Some(format!(
                                "not priced: {article}: {mrp_max} MRP = {max} KZT × {count} is too large to add up exactly ({tier})"
                            ));
                        }
                    }
                }
                Outcome::Warning { article } => {
                    f.fine_kzt = Some(Money::ZERO);
                    f.fine_status = FineStatus::Warning;
                    f.fine_note = Some(format!("{article}: a warning for a first offence"));
                }
                Outcome::NotFinable { reason } => {
                    f.fine_kzt = Some(Money::ZERO);
                    f.fine_status = FineStatus::NotFinable;
                    f.fine_note = Some(format!("not finable on {day}: {reason}"));
                }
            },
            Err(e) => {
                f.fine_kzt = None;
                f.fine_status = FineStatus::NotPriced;
                f.fine_note = Some(format!("{}; the fine is {} × {count} ({tier})", not_priced(&e), violation.name()));
            }
        }
    }
}

/// What the rules lack to price a fine, and how to add it.
fn not_priced(e: &RulesError) -> String {
    const ADD: &str = "add it with `--rules-add DIR` (CLI) or on the Rules page (service)";
    match e {
        RulesError::NotInForce { key, date, .. } if key == "mrp" => {
            format!("not priced: the rules have no MRP for {} yet — {ADD}", date.year())
        }
        RulesError::NotInForce { key, date, known } => {
            format!("not priced: the rules have no `{key}` in force on {date} (they cover {known}) — {ADD}")
        }
        other => format!("not priced: {other}"),
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
