//! What one more foreign hire does to the company's localisation: the 20-person line and the 70% /
//! 90% shares of Kazakhstani citizens (the audit's rules, counted on the start day with the hire).

use crate::PlanError;
use crate::text;
use jiff::civil::Date;
use kzcomply_audit::checks::{LocalisationRules, citizens_needed, percent_text};
use kzcomply_audit::{Headcount, Person};
use kzcomply_i18n::{Args, Lang, t, tr};
use kzcomply_law::RuleBook;
use rust_decimal::Decimal;

/// The managers' or the specialists' group before and after the hire.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct GroupImpact {
    /// "categories 1–2 (managers)" or "categories 3–4 (specialists and skilled workers)", in the
    /// reader's language.
    pub group: String,
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
/// people active on `start`; the texts in `lang`.
pub fn localisation_impact(
    rules: &RuleBook,
    people: &[Person],
    branch_of_foreign_company: bool,
    role: Option<u8>,
    start: Date,
    lang: Lang,
) -> Result<LocalisationImpact, PlanError> {
    let limits = LocalisationRules::on(rules, start)?;
    let before = Headcount::of(people, start).effective;
    let after = before + 1;
    let exempt_branch = branch_of_foreign_company && after <= limits.branch_exemption;
    let applies_after = after > limits.small_business_exemption && !exempt_branch;
    let group = role.map(|role| {
        let (cats, percent, label) = if role <= 2 {
            ([1u8, 2], limits.managers_min, t(lang, "hire-group-managers"))
        } else {
            ([3, 4], limits.specialists_min, t(lang, "hire-group-specialists"))
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
    // A sentence of its own, after the verdict, when this hire crosses the line.
    let crossing = if before <= line && after > line {
        format!(" {}", tr(lang, "hire-localisation-crossing", &Args::new().num("line", i64::from(line))))
    } else {
        String::new()
    };
    let people = || Args::new().num("after", i64::from(after)).text("crossing", crossing.clone());
    let (survives, message) = match (&group, applies_after) {
        (_, false) => {
            let why = if exempt_branch {
                tr(lang, "hire-localisation-why-branch", &Args::new().num("limit", i64::from(limits.branch_exemption)))
            } else {
                tr(lang, "hire-localisation-why-small", &Args::new().num("line", i64::from(line)))
            };
            (
                true,
                tr(lang, "hire-localisation-not-apply", &Args::new().num("after", i64::from(after)).text("why", why)),
            )
        }
        (None, true) => (true, tr(lang, "hire-localisation-seasonal", &people())),
        (Some(g), true) => {
            let args = people()
                .text("group", g.group.clone())
                .num("citizens", i64::from(g.citizens))
                .num("size", i64::from(g.size_after))
                .text("share", text::percent(lang, &g.share_after))
                .text("minimum", text::percent(lang, &g.minimum_percent.to_string()));
            if g.meets_after {
                (true, tr(lang, "hire-localisation-holds", &args))
            } else {
                let short = i64::from(g.citizens_needed_after - g.citizens);
                (false, tr(lang, "hire-localisation-breaks", &args.num("short", short)))
            }
        }
    };
    Ok(LocalisationImpact { headcount_before: before, headcount_after: after, applies_after, group, survives, message })
}
