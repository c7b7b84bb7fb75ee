//! `headcount-threshold` and `localization-quota`: the 20-person line and the 70% / 90% shares of
//! Kazakhstani citizens that apply above it (Order No. 279, quota rules p. 16, as amended from
//! 1 September 2025).

use super::Context;
use crate::finding::{Finding, Severity};
use crate::model::{Engagement, Person};
use rust_decimal::Decimal;

/// The people who count, by engagement, on the as-of day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Headcount {
    pub effective: u32,
    pub direct: u32,
    pub outstaffed: u32,
    pub third_party: u32,
    pub contractor: u32,
}

impl Headcount {
    pub fn of(people: &[Person], as_of: jiff::civil::Date) -> Headcount {
        let mut h = Headcount::default();
        for p in people.iter().filter(|p| p.is_active(as_of)) {
            h.effective += 1;
            match p.engagement {
                Engagement::Direct => h.direct += 1,
                Engagement::Outstaffed => h.outstaffed += 1,
                Engagement::ThirdParty => h.third_party += 1,
                Engagement::Contractor => h.contractor += 1,
            }
        }
        h
    }
}

/// The small-business exemption covers this many people or fewer.
pub const THRESHOLD: u32 = 20;
/// Branches of foreign companies with this many people or fewer are exempt.
pub const BRANCH_EXEMPTION: u32 = 10;
const BASIS_QUOTA: &str = "Order of the Minister of Labour No. 279 of 30 Jun 2023 (permit rules), quota rules p. 16, as amended by Order No. 93 (from 1 Sep 2025): ≥ 70% citizens in categories 1–2, ≥ 90% in categories 3–4; outstaffed staff count";

pub fn threshold(_ctx: &Context, h: &Headcount, out: &mut Vec<Finding>) {
    let n = h.effective;
    let parts = format!(
        "{n} people: {} direct, {} outstaffed, {} third-party, {} contractors",
        h.direct, h.outstaffed, h.third_party, h.contractor
    );
    let message = if n > THRESHOLD {
        format!("{parts}. The 20-person line is crossed: the 70% / 90% localisation quotas apply to work permits.")
    } else if n >= THRESHOLD - 2 {
        let left = THRESHOLD + 1 - n;
        format!(
            "{parts}. {left} more hire(s) of any kind (including outstaffed and contractors) cross 20, and the 70% / 90% localisation quotas apply."
        )
    } else {
        return;
    };
    out.push(Finding::new("headcount-threshold", Severity::Warning, Vec::new(), message, BASIS_QUOTA));
}

/// Whether the quotas apply to this company on the as-of day.
pub fn quotas_apply(ctx: &Context, h: &Headcount) -> bool {
    h.effective > THRESHOLD && !(ctx.company.branch_of_foreign_company && h.effective <= BRANCH_EXEMPTION)
}

/// A group's share of citizens, as an exact fraction rounded to 4 decimals.
pub fn share(citizens: usize, total: usize) -> Option<Decimal> {
    (total > 0).then(|| (Decimal::from(citizens as u64) / Decimal::from(total as u64)).round_dp(4))
}

pub fn localisation(ctx: &Context, people: &[Person], h: &Headcount, out: &mut Vec<Finding>) {
    if !quotas_apply(ctx, h) {
        return;
    }
    for (cats, percent, label) in [
        ([1u8, 2], 70u32, "categories 1–2 (managers)"),
        ([3, 4], 90, "categories 3–4 (specialists and skilled workers)"),
    ] {
        let group: Vec<&Person> =
            people.iter().filter(|p| p.is_active(ctx.as_of) && cats.contains(&p.role_category)).collect();
        let n = group.len() as u32;
        let citizens = group.iter().filter(|p| p.is_citizen()).count() as u32;
        // Citizens needed: ⌈percent × n / 100⌉, in integers.
        let needed = (percent * n).div_ceil(100);
        if citizens >= needed {
            continue;
        }
        let shortfall = needed - citizens;
        let mut foreigners: Vec<&&Person> = group.iter().filter(|p| !p.is_citizen()).collect();
        foreigners.sort_by(|a, b| b.start_date.cmp(&a.start_date).then(a.id.cmp(&b.id)));
        let breakers: Vec<String> = foreigners.iter().take(shortfall as usize).map(|p| p.id.clone()).collect();
        let message = format!(
            "{label}: {citizens} of {n} are Kazakhstani citizens ({}), below {percent}%: {shortfall} more citizen(s) needed (or {shortfall} fewer foreign nationals). The most recent foreign hires that broke it: {}. Work permits are not issued or extended while the ratio is broken.",
            percent_text(citizens, n),
            breakers.join(", ")
        );
        out.push(Finding::new("localization-quota", Severity::Violation, breakers, message, BASIS_QUOTA));
    }
}

/// "66.7%" (one decimal, half up), in integers.
pub fn percent_text(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "—".into();
    }
    let tenths = (u64::from(part) * 1000 + u64::from(whole) / 2) / u64::from(whole);
    format!("{}.{}%", tenths / 10, tenths % 10)
}
