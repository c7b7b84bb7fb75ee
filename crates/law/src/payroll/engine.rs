//! The arithmetic of one employee-month (docs/payroll-method.md, steps 1–14).
//! Pure integer arithmetic on tiyn; no allocation, no rule lookups.
//!
//! # Why nothing here overflows
//!
//! Let M = [`Money::MAX_INPUT`] = 10^12 tenge = 10^14 tiyn. The bounds the inputs arrive with:
//! gross ≤ M (every parser and the JSON reader refuse more; a stored company's monthly income,
//! a sum of three stored amounts, is checked against M before it is computed); each year-to-date
//! amount ≤ 12·M (a user gives at most M; the service accumulates at most eleven months of ≤ M);
//! every rule amount (cap, floor, deduction, threshold, MRP, MZP, rounding step s) ≤ M, and every
//! rate is num/den ≤ 100% with den ≤ 10^8 (at most six decimals in a percent) — the rule loader
//! refuses anything else. Then, line by line:
//!
//! - a charge's income is the gross less that charge's exclusion, the exclusion first held
//!   between 0 and the gross ([`EmployeeMonth::income_for`]), so it lies in [min(gross, 0), gross];
//!   its base is clamped to ≤ max(income, floor) ≤ M, so `rate × base` is ≤ 10^14 · 10^8 =
//!   10^22 in `i128`, and the rounded amount is ≤ M + s ≤ 2M;
//! - IPN: taxable ≤ M; the annual scale takes x = ytd + taxable ≤ 13M = 1.3·10^15, and forms
//!   x · num₁ · den₂ ≤ 1.3·10^15 · 10^8 · 10^8 = 1.3·10^31 (with the withheld part, < 3·10^31),
//!   against `i128::MAX` ≈ 1.7·10^38; the rounding divides by den₁·den₂·s ≤ 10^30; ipn ≤ 14M;
//! - net = gross − opv − vosms − ipn lies in [−18M, M]; employer cost = gross + four charges of
//!   ≤ 2M each ≤ 9M = 9·10^14, against `i64::MAX` ≈ 9.2·10^18 tiyn.
//!
//! So every product fits `i128` with seven orders of magnitude to spare and every line fits `i64`
//! with more than three. The `+`/`-` on [`Money`] panic rather than wrap if this were ever wrong,
//! and `Rounding::round_fraction` refuses to truncate.

use super::month::ChargeId;
use super::params::{ChargeRules, PayrollRules};
use super::{Charge, EmployeeMonth, Exemption, IpnDetail, Limit, Payslip, Profile, SocialTaxDetail};
use crate::money::Money;
use crate::people::Disability;

/// Computes one employee-month with the month's rules.
///
/// `rules` must be the rules of `month.period` (see [`PayrollRules::for_period`]).
/// Each charge is computed on the gross less that charge's exclusion (`month.excluded`); the
/// net and the employer's cost are of the whole gross.
pub fn calculate(rules: &PayrollRules, month: &EmployeeMonth) -> Payslip {
    debug_assert_eq!(rules.period, month.period, "rules of another period");
    let g = month.gross;
    let p = &month.profile;
    let round = rules.rounding;
    let income = |c: ChargeId| month.income_for(c);

    // 1–2. Employee social payments.
    let opv = charge(rules, &rules.opv, p, income(ChargeId::Opv));
    let vosms = charge(rules, &rules.vosms, p, income(ChargeId::Vosms));

    // 3–9. IPN and net.
    let ipn = ipn(rules, month, opv.amount(), vosms.amount());
    let net = g - opv.amount() - vosms.amount() - ipn.ipn;

    // 10–12. Employer contributions.
    let opvr = match p.born {
        Some(born) if born < rules.opvr_exempt_born_before && rules.opvr.statuses.contains(p.status) => {
            Charge::Exempt(Exemption::BornBefore(rules.opvr_exempt_born_before))
        }
        _ => charge(rules, &rules.opvr, p, income(ChargeId::Opvr)),
    };
    // SO: on the income in the SO base less the OPV withheld (the OPV of the whole month: the
    // object is "income less OPV", and OPV is what was withheld).
    let so = charge(rules, &rules.so, p, (income(ChargeId::So) - opv.amount()).max(Money::ZERO));
    let oosms = charge(rules, &rules.oosms, p, income(ChargeId::Oosms));

    // 13. Social tax: on income less OPV and VOSMS, not below the floor (unless the rules
    // waive the floor in the month of hiring or dismissal and this is that month).
    let st = &rules.social_tax;
    let raw_base = (income(ChargeId::SocialTax) - opv.amount() - vosms.amount()).max(Money::ZERO);
    let social_tax = if st.statuses.contains(p.status) {
        // The floor is for a month with income: a month with nothing paid owes no social tax
        // (Tax Code art. 556 p. 3 sets the minimum base for income «от 1 тенге»).
        let below = raw_base < st.floor && !income(ChargeId::SocialTax).is_zero();
        let waived = below && st.floor_waived_in_hire_or_dismissal_month && p.hired_or_dismissed();
        let base = if below && !waived { st.floor } else { raw_base };
        let before_offset = st.rate.apply(base, round);
        let amount = if st.so_offset { (before_offset - so.amount()).max(Money::ZERO) } else { before_offset };
        SocialTaxDetail { base, floor_applied: below && !waived, floor_waived: waived, before_offset, amount }
    } else {
        SocialTaxDetail {
            base: Money::ZERO,
            floor_applied: false,
            floor_waived: false,
            before_offset: Money::ZERO,
            amount: Money::ZERO,
        }
    };

    // 14. What the employer pays in all.
    let employer_cost = g + opvr.amount() + so.amount() + oosms.amount() + social_tax.amount;

    Payslip { input: *month, opv, vosms, ipn, net, opvr, so, oosms, social_tax, employer_cost }
}

/// rate × clamp(base, floor, cap), unless the status or a condition exempts the person.
fn charge(rules: &PayrollRules, c: &ChargeRules, p: &Profile, base: Money) -> Charge {
    if !c.statuses.contains(p.status) {
        return Charge::Exempt(Exemption::Status(p.status));
    }
    if let Some(cond) = c.exempt.iter().find(|&cond| p.has(cond)) {
        return Charge::Exempt(Exemption::Condition(cond));
    }
    let (mut limited, mut limit) = (base, Limit::None);
    // A floor is a minimum base for a month with income; a month with nothing paid has no base.
    if let Some(floor) = c.floor.filter(|&f| base < f && !base.is_zero()) {
        (limited, limit) = (floor, Limit::Floor);
    }
    if let Some(cap) = c.cap.filter(|&cap| base > cap) {
        (limited, limit) = (cap, Limit::Cap);
    }
    Charge::Charged { base: limited, limit, amount: c.rate.apply(limited, rules.rounding) }
}

fn ipn(rules: &PayrollRules, month: &EmployeeMonth, opv: Money, vosms: Money) -> IpnDetail {
    let r = &rules.ipn;
    let p = &month.profile;
    let ytd = &month.ytd;
    // The income IPN is computed on: the gross less what is not income or reduces income at source.
    let g = month.income_for(ChargeId::Ipn);
    // An explicit residency (the 183-day test) overrides the status, for IPN only.
    let resident = p.tax_resident.unwrap_or_else(|| r.resident_statuses.contains(p.status));
    let zero = Money::ZERO;

    let (after_social, personal, disability, adjustment, taxable) = if resident {
        // 3. Income after social payments.
        let a = (g - opv - vosms).max(zero);
        // 4. Personal deduction, within the yearly limit.
        let d = if p.basic_deduction {
            let left_this_year = (r.personal_deduction_annual_cap - ytd.personal_deduction).max(zero);
            r.personal_deduction.min(left_this_year).min(a)
        } else {
            zero
        };
        // 5. Disability deduction: the year's amount, spent as income arrives.
        let annual = match p.disability {
            Some(Disability::Group1 | Disability::Group2) => r.disability_group_1_2,
            Some(Disability::Group3) => r.disability_group_3,
            None => zero,
        };
        let s = (annual - ytd.disability_deduction).max(zero).min(a - d);
        // 6. Low-income adjustment (until 2025).
        let k = match r.low_income {
            Some((rate, ceiling)) if g <= ceiling => rate.apply(a - d - s, rules.rounding),
            _ => zero,
        };
        (a, d, s, k, (a - d - s - k).max(zero))
    } else {
        // A non-resident is taxed on gross, without deductions.
        (g, zero, zero, zero, g)
    };

    // 8. Cumulative annual scale, less what was withheld earlier this year.
    let ytd_taxable = ytd.taxable_income;
    let (num_total, den) = annual_tax(r, ytd_taxable + taxable);
    let withheld_num = match ytd.ipn_withheld {
        Some(w) => i128::from(w.tiyn()) * den,
        None => annual_tax(r, ytd_taxable).0,
    };
    let ipn =
        if num_total > withheld_num { rules.rounding.round_fraction(num_total - withheld_num, den) } else { zero };
    let above_threshold = match r.higher {
        Some((_, threshold)) => {
            let before = ytd_taxable.max(threshold);
            (ytd_taxable + taxable - before).max(zero)
        }
        None => zero,
    };
    IpnDetail {
        resident,
        after_social,
        personal_deduction: personal,
        disability_deduction: disability,
        adjustment,
        taxable,
        ytd_taxable,
        above_threshold,
        ipn,
    }
}

/// The tax on an annual taxable income, exactly, as `numerator / denominator` tiyn.
fn annual_tax(r: &super::IpnRules, income: Money) -> (i128, i128) {
    let x = i128::from(income.tiyn());
    let (base_num, base_den) = (i128::from(r.rate.num), i128::from(r.rate.den));
    match r.higher {
        None => (x * base_num, base_den),
        Some((higher, threshold)) => {
            let t = i128::from(threshold.tiyn());
            let (h_num, h_den) = (i128::from(higher.num), i128::from(higher.den));
            let within = x.min(t);
            let excess = (x - t).max(0);
            (within * base_num * h_den + excess * h_num * base_den, base_den * h_den)
        }
    }
}
