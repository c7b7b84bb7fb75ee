//! `headcount-threshold` and `localization-quota`: the 20-person line and the 70% / 90% shares of
//! Kazakhstani citizens that apply above it (Order No. 279, quota rules p. 16, as amended from
//! 1 September 2025).

use super::{Context, Out};
use crate::finding::{Finding, Severity};
use crate::model::{Engagement, Person};
use jiff::civil::Date;
use kzcomply_i18n::Args;
use kzcomply_law::RuleBook;
use kzcomply_law::rules::{RulesError, Value, wrong_type};
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

/// The local-content conditions in force on the as-of day (`rules/kz/localisation.toml`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalisationRules {
    /// Minimum percent of citizens among categories 1–2, and among 3–4.
    pub managers_min: Decimal,
    pub specialists_min: Decimal,
    /// Small businesses with at most this many people are exempt (20 from 1 September 2025).
    pub small_business_exemption: u32,
    /// Branches of foreign companies with at most this many people are exempt.
    pub branch_exemption: u32,
}

impl LocalisationRules {
    pub fn on(rules: &RuleBook, day: Date) -> Result<LocalisationRules, RulesError> {
        let rate = |key: &str| match rules.value_on(key, day)? {
            (Value::Rate(r), _) => Ok(r.percent()),
            (other, _) => Err(wrong_type(key, day, other, "a rate")),
        };
        let count = |key: &str| match rules.value_on(key, day)? {
            (Value::Count(n), _) => Ok(*n),
            (other, _) => Err(wrong_type(key, day, other, "a count")),
        };
        Ok(LocalisationRules {
            managers_min: rate("localisation.managers_min_share")?,
            specialists_min: rate("localisation.specialists_min_share")?,
            small_business_exemption: count("localisation.small_business_exemption")?,
            branch_exemption: count("localisation.branch_exemption")?,
        })
    }
}

/// Citizens needed in a group of `n` for `percent`: ⌈percent × n / 100⌉.
pub fn citizens_needed(percent: Decimal, n: u32) -> u32 {
    let needed = (percent * Decimal::from(n) / Decimal::from(100)).ceil();
    u32::try_from(needed.mantissa() / 10i128.pow(needed.scale())).unwrap_or(u32::MAX)
}

/// How many more foreign nationals a group can take and still meet `percent`:
/// the largest k with citizens / (n + k) ≥ percent, i.e. ⌊100 × citizens / percent⌋ − n.
pub fn foreign_headroom(percent: Decimal, (citizens, n): (u32, u32)) -> u32 {
    if percent.is_zero() {
        return u32::MAX;
    }
    let most = (Decimal::from(citizens) * Decimal::from(100) / percent).floor();
    let most = u32::try_from(most.mantissa() / 10i128.pow(most.scale())).unwrap_or(u32::MAX);
    most.saturating_sub(n)
}
pub fn threshold(ctx: &Context, h: &Headcount, out: &mut Out) {
    let n = h.effective;
    let limit = ctx.localisation.small_business_exemption;
    let args = Args::new()
        .num("count", i64::from(n))
        .num("direct", i64::from(h.direct))
        .num("outstaffed", i64::from(h.outstaffed))
        .num("third_party", i64::from(h.third_party))
        .num("contractor", i64::from(h.contractor))
        .num("limit", i64::from(limit));
    let message = if n > limit {
        ctx.tr("audit-threshold-crossed", &args)
    } else if n + 2 >= limit {
        ctx.tr("audit-threshold-near", &args.num("left", i64::from(limit + 1 - n)))
    } else {
        return;
    };
    let f = Finding::new("headcount-threshold", Severity::Warning, Vec::new(), message, &ctx.t("audit-basis-quota"));
    out.push(f.without_sanction(ctx.t("audit-threshold-no-sanction")));
}

/// Whether the quotas apply to this company on the as-of day.
pub fn quotas_apply(ctx: &Context, h: &Headcount) -> bool {
    let l = &ctx.localisation;
    h.effective > l.small_business_exemption
        && !(ctx.company.branch_of_foreign_company && h.effective <= l.branch_exemption)
}

/// A group's share of citizens, as an exact fraction rounded to 4 decimals.
pub fn share(citizens: usize, total: usize) -> Option<Decimal> {
    (total > 0).then(|| (Decimal::from(citizens as u64) / Decimal::from(total as u64)).round_dp(4))
}

pub fn localisation(ctx: &Context, people: &[Person], h: &Headcount, out: &mut Out) {
    if !quotas_apply(ctx, h) {
        return;
    }
    let groups = [([1u8, 2], ctx.localisation.managers_min, 12), ([3, 4], ctx.localisation.specialists_min, 34)];
    for (cats, percent, label) in groups {
        let group: Vec<&Person> =
            people.iter().filter(|p| p.is_active(ctx.as_of) && cats.contains(&p.role_category)).collect();
        let n = group.len() as u32;
        let citizens = group.iter().filter(|p| p.is_citizen()).count() as u32;
        let needed = citizens_needed(percent, n);
        if citizens >= needed {
            continue;
        }
        let shortfall = needed - citizens;
        let mut foreigners: Vec<&&Person> = group.iter().filter(|p| !p.is_citizen()).collect();
        foreigners.sort_by(|a, b| b.start_date.cmp(&a.start_date).then(a.id.cmp(&b.id)));
        let breakers: Vec<String> = foreigners.iter().take(shortfall as usize).map(|p| p.id.clone()).collect();
        let args = Args::new()
            .num("group", label)
            .num("citizens", i64::from(citizens))
            .num("size", i64::from(n))
            .text("share", crate::text::percent(ctx.lang, citizens, n))
            .text("percent", kzcomply_law::text::number(ctx.lang, percent))
            .num("shortfall", i64::from(shortfall))
            .text("names", breakers.join(", "));
        let message = ctx.tr("audit-quota", &args);
        let f = Finding::new("localization-quota", Severity::Violation, breakers, message, &ctx.t("audit-basis-quota"));
        out.push(f.without_sanction(ctx.t("audit-quota-no-sanction")));
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
