//! The checks, one module per theme. Each takes the audit context and the people and returns
//! findings; none of them reads a file or the clock.

mod esutd;
mod foreign;
mod headcount;
mod parity;

pub use headcount::{
    Headcount, LocalisationRules, citizens_needed, foreign_headroom, percent_text, quotas_apply, share,
};

use crate::finding::Finding;
use crate::model::{Company, Person};
use jiff::civil::Date;
use kzcomply_law::calendar::Calendar;
use kzcomply_law::fines::{Offender, Outcome, Violation, fine};
use kzcomply_law::{Money, RuleBook};

/// What every check may use.
pub struct Context<'a> {
    pub rules: &'a RuleBook,
    pub calendar: &'a Calendar,
    pub company: &'a Company,
    pub as_of: Date,
    /// The company's class for fines, from its effective headcount and income.
    pub offender: Offender,
    pub localisation: LocalisationRules,
    /// EAEU member states on the as-of day: their citizens need no work permit.
    pub eaeu: Vec<String>,
}

impl Context<'_> {
    /// Prices `violation` on `day` for each of `count` people and attaches it to the finding.
    pub fn price(&self, f: &mut Finding, violation: Violation, day: Date, count: usize) {
        match fine(self.rules, violation, day, self.offender, false) {
            Ok(priced) => match priced.outcome {
                Outcome::Fine { article, max, mrp_max, .. } => {
                    let total = max.checked_mul_int(count as i64).unwrap_or(max);
                    f.fine_kzt = Some(total);
                    f.fine_note = Some(format!(
                        "{article}: {mrp_max} MRP = {max} KZT × {count} ({} business, first offence, on {day})",
                        self.offender.name()
                    ));
                }
                Outcome::Warning { article } => {
                    f.fine_kzt = Some(Money::ZERO);
                    f.fine_note = Some(format!("{article}: a warning for a first offence"));
                }
                Outcome::NotFinable { reason } => {
                    f.fine_kzt = Some(Money::ZERO);
                    f.fine_note = Some(reason);
                }
            },
            Err(e) => f.fine_note = Some(format!("fine not priced: {e}")),
        }
    }
}

/// Runs every check.
pub fn run(ctx: &Context, people: &[Person], headcount: &Headcount) -> Vec<Finding> {
    let mut out = Vec::new();
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
