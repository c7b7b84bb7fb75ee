//! What one more foreign hire does to the company's localisation: the 20-person line and the 70% /
//! 90% shares of Kazakhstani citizens (the audit's rules, counted on the start day with the hire).

use crate::PlanError;
use jiff::civil::Date;
use kzcomply_audit::checks::{LocalisationRules, citizens_needed, percent_text};
use kzcomply_audit::{Headcount, Person};
use kzcomply_law::RuleBook;
use rust_decimal::Decimal;

/// The managers' or the specialists' group before and after the hire.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct GroupImpact {
    /// "categories 1–2 (managers)" or "categories 3–4 (specialists and skilled workers)".
    pub group: &'static str,
    pub citizens: u32,
    pub size_before: u32,
    pub size_after: u32,
    pub share_before: String,
    pub share_after: String,
    #[serde(serialize_with = "kzcomply_law::json::decimal")]
    pub minimum_percent: Decimal,
    /// Citizens the group needs after the hire.
    pub citizens_needed_after: u32,
    pub meets_after: bool,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LocalisationImpact {
    pub headcount_before: u32,
    pub headcount_after: u32,
    /// Whether the ratios apply after the hire (above the small-business line, not an exempt branch).
    pub applies_after: bool,
    /// `None` when the hire belongs to neither group (seasonal workers).
    pub group: Option<GroupImpact>,
    /// Whether the company can take this hire without breaking a ratio that applies.
    pub survives: bool,
    pub message: String,
}

/// The effect of adding one non-citizen in role category `role` (1–4; `None` = no group) to the
/// people active on `start`.
pub fn localisation_impact(
    rules: &RuleBook,
    people: &[Person],
    branch_of_foreign_company: bool,
    role: Option<u8>,
    start: Date,
) -> Result<LocalisationImpact, PlanError> {
    let limits = LocalisationRules::on(rules, start)?;
    let before = Headcount::of(people, start).effective;
    let after = before + 1;
    let exempt_branch = branch_of_foreign_company && after <= limits.branch_exemption;
    let applies_after = after > limits.small_business_exemption && !exempt_branch;
    let group = role.map(|role| {
        let (cats, percent, label) = if role <= 2 {
            ([1u8, 2], limits.managers_min, "categories 1–2 (managers)")
        } else {
            ([3, 4], limits.specialists_min, "categories 3–4 (specialists and skilled workers)")
        };
        let members: Vec<&Person> =
            people.iter().filter(|p| p.is_active(start) && cats.contains(&p.role_category)).collect();
        let citizens = members.iter().filter(|p| p.is_citizen()).count() as u32;
        let size_before = members.len() as u32;
        let needed = citizens_needed(percent, size_before + 1);
        GroupImpact {
            group: label,
            citizens,
            size_before,
            size_after: size_before + 1,
            share_before: percent_text(citizens, size_before),
            share_after: percent_text(citizens, size_before + 1),
            minimum_percent: percent,
            citizens_needed_after: needed,
            meets_after: citizens >= needed,
        }
    });
    let line = limits.small_business_exemption;
    let crossing = if before <= line && after > line {
        format!(" This hire takes the company over {line} people: from now on the ratios apply.")
    } else {
        String::new()
    };
    let (survives, message) = match (&group, applies_after) {
        (_, false) => (
            true,
            format!(
                "{after} people after the hire: the ratios do not apply ({}).",
                if exempt_branch {
                    format!("a branch of a foreign company with at most {} people", limits.branch_exemption)
                } else {
                    format!("at most {line} people")
                }
            ),
        ),
        (None, true) => {
            (true, format!("{after} people after the hire; a seasonal worker is in neither ratio group.{crossing}"))
        }
        (Some(g), true) if g.meets_after => (
            true,
            format!(
                "{after} people after the hire. {}: {} of {} citizens ({}) — at least {}% holds.{crossing}",
                g.group, g.citizens, g.size_after, g.share_after, g.minimum_percent
            ),
        ),
        (Some(g), true) => (
            false,
            format!(
                "{after} people after the hire. {}: {} of {} citizens ({}) is below {}%: {} more citizen(s) needed first. Permits are not issued or extended while a ratio is broken.{crossing}",
                g.group,
                g.citizens,
                g.size_after,
                g.share_after,
                g.minimum_percent,
                g.citizens_needed_after - g.citizens
            ),
        ),
    };
    Ok(LocalisationImpact { headcount_before: before, headcount_after: after, applies_after, group, survives, message })
}
