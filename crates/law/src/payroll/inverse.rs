//! Net → gross: the smallest gross, in whole tenge, whose net pay is at least a target.
//!
//! Net is *nearly* increasing in gross: each extra tenge of gross adds at least 0.7 tenge of net
//! (the largest marginal withholding is OPV 10% + VOSMS 2% + IPN 15% of the rest), but rounding each
//! line to whole tenge can make net dip by a tenge or two between neighbours, and in 2024–2025 net
//! drops sharply just above 25 MRP where the 90% low-income adjustment stops. So the search:
//! 1. splits the range at that cliff and searches the lower part first;
//! 2. binary-searches each part;
//! 3. then looks a few tenge lower for a smaller gross that also qualifies. If g is found with
//!    net(g−1) < target, any g' < g with net(g') ≥ target would need
//!    net(g−1) − net(g') ≥ 0.7·(g−1−g') − 3 < 0, so g − g' ≤ 5; scanning [`SCAN`] tenge is safe.

use super::{EmployeeMonth, Exclusions, PayrollRules, Payslip, Profile, YearToDate, calculate};
use crate::money::Money;

const SCAN: i64 = 32;
/// No salary search goes beyond the largest input amount, [`Money::MAX_INPUT`] (10^12 tenge).
const MAX_GROSS_TENGE: i64 = Money::MAX_INPUT.tiyn() / 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InverseError {
    OutOfRange(Money),
}

impl InverseError {
    /// The error in `lang`.
    pub fn message(&self, lang: kzcomply_i18n::Lang) -> String {
        let InverseError::OutOfRange(net) = self;
        kzcomply_i18n::tr(
            lang,
            "payroll-error-no-gross",
            &kzcomply_i18n::Args::new()
                .text("max", crate::text::amount(lang, Money::MAX_INPUT))
                .text("net", crate::text::amount(lang, *net)),
        )
    }
}

impl std::fmt::Display for InverseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(kzcomply_i18n::Lang::En))
    }
}

impl std::error::Error for InverseError {}

/// The payslip of the smallest whole-tenge gross whose net is at least `target`.
pub fn gross_for_net(
    rules: &PayrollRules,
    profile: Profile,
    ytd: YearToDate,
    target: Money,
) -> Result<Payslip, InverseError> {
    let slip_of = |tenge: i64| {
        // Net → gross is for a salary-only month: nothing is left out of any base.
        let gross = Money::from_tenge(tenge);
        calculate(rules, &EmployeeMonth { period: rules.period, gross, profile, ytd, excluded: Exclusions::NONE })
    };
    let ok = |tenge: i64| slip_of(tenge).net >= target;
    // Net never exceeds gross, so the answer is at least the target (rounded up to a tenge).
    let lo = target.tiyn().div_euclid(100) + i64::from(target.tiyn().rem_euclid(100) != 0);

    // The low-income cliff, if this person's IPN has one this year.
    let cliff = match rules.ipn.low_income {
        Some((_, ceiling))
            if profile.tax_resident.unwrap_or_else(|| rules.ipn.resident_statuses.contains(profile.status)) =>
        {
            Some(ceiling.tiyn().div_euclid(100))
        }
        _ => None,
    };
    if let Some(c) = cliff.filter(|&c| c >= lo)
        && let Some(g) = search(lo, c, &ok)
    {
        return Ok(slip_of(g));
    }
    let start = cliff.map_or(lo, |c| lo.max(c + 1));
    // Find an upper end that qualifies by doubling.
    let mut hi = start.max(1);
    while !(hi - SCAN..=hi).any(|g| g >= start && ok(g)) {
        if hi >= MAX_GROSS_TENGE {
            return Err(InverseError::OutOfRange(target));
        }
        hi = (hi * 2).min(MAX_GROSS_TENGE);
    }
    search(start, hi, &ok).map(slip_of).ok_or(InverseError::OutOfRange(target))
}

/// The smallest g in [lo, hi] with ok(g), for a predicate that is monotone up to small dips.
fn search(lo: i64, hi: i64, ok: &impl Fn(i64) -> bool) -> Option<i64> {
    // Some qualifying point near the top, or none at all.
    let mut right = (hi.saturating_sub(SCAN).max(lo)..=hi).find(|&g| ok(g))?;
    let mut left = lo - 1; // ok(left) treated as false
    while right - left > 1 {
        let mid = left + (right - left) / 2;
        if ok(mid) { right = mid } else { left = mid }
    }
    // Step 3: a smaller qualifying gross within the scan window.
    loop {
        match (right.saturating_sub(SCAN).max(lo)..right).find(|&g| ok(g)) {
            Some(g) => right = g,
            None => return Some(right),
        }
    }
}
