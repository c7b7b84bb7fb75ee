//! Exact rates ("3.5%") and the one rounding rule that turns `amount × rate` into a payroll line.

use crate::money::Money;
use std::fmt;

/// A rate held as an exact fraction `num / den`, where `den` is a power of ten.
/// "3.5%" is 35/1000. Rates come from the rules data, never from floating point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rate {
    pub(crate) num: i64,
    pub(crate) den: i64,
}

impl Rate {
    pub const ZERO: Rate = Rate { num: 0, den: 1 };

    /// The most decimals a percentage may have ("3.123456%"): the denominator is then at most
    /// 10^8, which keeps every product of the engine inside `i128` (payroll/engine.rs).
    pub const MAX_PERCENT_DECIMALS: u32 = 6;

    /// A rate from a percentage written as a decimal, e.g. `Decimal("3.5")` → 3.5%; `None` with
    /// more than [`Rate::MAX_PERCENT_DECIMALS`] decimals.
    pub fn from_percent(percent: rust_decimal::Decimal) -> Option<Rate> {
        let p = percent.normalize();
        let scale = p.scale();
        if scale > Rate::MAX_PERCENT_DECIMALS {
            return None;
        }
        let num = i64::try_from(p.mantissa()).ok()?;
        let den = 10i64.checked_pow(scale)?.checked_mul(100)?;
        Some(Rate { num, den })
    }

    /// The rate as a percentage, exactly.
    pub fn percent(self) -> rust_decimal::Decimal {
        rust_decimal::Decimal::from(self.num) * rust_decimal::Decimal::from(100) / rust_decimal::Decimal::from(self.den)
    }

    pub fn is_zero(self) -> bool {
        self.num == 0
    }

    /// `amount × rate`, rounded by `rounding`. Exact: the product is formed in 128-bit integers
    /// and rounded once.
    pub fn apply(self, amount: Money, rounding: Rounding) -> Money {
        rounding.round_fraction(i128::from(amount.tiyn()) * i128::from(self.num), i128::from(self.den))
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.percent().normalize())
    }
}

/// How a line is rounded: to a multiple of `step`, with `mode` deciding halves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rounding {
    pub step: Money,
    pub mode: RoundingMode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundingMode {
    /// 0.5 goes away from zero (the usual arithmetic rule).
    HalfUp,
    /// 0.5 goes to the even neighbour (banker's rounding).
    HalfEven,
    /// Always toward zero.
    Down,
}

impl RoundingMode {
    pub fn parse(s: &str) -> Option<RoundingMode> {
        match s {
            "half-up" => Some(RoundingMode::HalfUp),
            "half-even" => Some(RoundingMode::HalfEven),
            "down" => Some(RoundingMode::Down),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            RoundingMode::HalfUp => "half-up",
            RoundingMode::HalfEven => "half-even",
            RoundingMode::Down => "down",
        }
    }
}

impl Rounding {
    /// Whole tenge, half up: the default of `rules/kz/rounding.toml`.
    pub const WHOLE_TENGE: Rounding = Rounding { step: Money::from_tenge(1), mode: RoundingMode::HalfUp };

    /// Rounds an exact amount given as `tiyn_num / den` tiyn.
    pub fn round_fraction(self, tiyn_num: i128, den: i128) -> Money {
        let step = i128::from(self.step.tiyn().max(1));
        let d = den * step;
        let (q, r) = (tiyn_num.div_euclid(d), tiyn_num.rem_euclid(d));
        let up = match self.mode {
            RoundingMode::Down => false,
            RoundingMode::HalfUp => 2 * r >= d,
            RoundingMode::HalfEven => 2 * r > d || (2 * r == d && q % 2 != 0),
        };
        // Amounts here are non-negative; div_euclid keeps "half up" meaning "toward +∞" for them.
        let units = if up { q + 1 } else { q };
        // Within the input bounds the result fits (payroll/engine.rs); never truncate if it does not.
        let tiyn = i64::try_from(units * step).unwrap_or_else(|_| panic!("money overflow: {tiyn_num} / {den} tiyn"));
        Money::from_tiyn(tiyn)
    }

    /// Rounds an amount that may carry tiyn.
    pub fn round(self, m: Money) -> Money {
        self.round_fraction(i128::from(m.tiyn()), 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn rate(p: &str) -> Rate {
        Rate::from_percent(Decimal::from_str(p).unwrap()).unwrap()
    }

    #[test]
    fn applies_and_rounds_half_up_to_whole_tenge() {
        // (amount tiyn, rate %, expected tiyn, why)
        let cases = [
            (14_500_000, "10", 1_450_000, "10% of 145,000 = 14,500"),
            (14_500_000, "3.5", 507_500, "3.5% of 145,000 = 5,075"),
            (10_000, "3.5", 400, "3.5% of 100 = 3.5 → 4 (half up)"),
            (9_900, "3.5", 300, "3.5% of 99 = 3.465 → 3"),
            (15_000_050, "10", 1_500_000, "10% of 150,000.50 = 15,000.05 → 15,000"),
            (15_000_500, "10", 1_500_100, "10% of 150,005 = 15,000.5 → 15,001"),
        ];
        for (amount, r, expected, why) in cases {
            assert_eq!(rate(r).apply(Money::from_tiyn(amount), Rounding::WHOLE_TENGE).tiyn(), expected, "{why}");
        }
    }

    #[test]
    fn other_modes() {
        let even = Rounding { step: Money::from_tenge(1), mode: RoundingMode::HalfEven };
        let down = Rounding { step: Money::from_tenge(1), mode: RoundingMode::Down };
        let tiyn = Rounding { step: Money::from_tiyn(1), mode: RoundingMode::HalfUp };
        // 3.5% × 100 = 3.5: half-even → 4 (3 is odd), 3.5% × 300 = 10.5 → 10 (even).
        assert_eq!(rate("3.5").apply(Money::from_tenge(100), even), Money::from_tenge(4));
        assert_eq!(rate("3.5").apply(Money::from_tenge(300), even), Money::from_tenge(10));
        assert_eq!(rate("3.5").apply(Money::from_tenge(100), down), Money::from_tenge(3));
        // 3.5% × 99 = 3.465 → 3.47 when keeping tiyn.
        assert_eq!(rate("3.5").apply(Money::from_tenge(99), tiyn), Money::from_tiyn(347));
    }

    #[test]
    fn displays_as_percent() {
        assert_eq!(rate("3.50").to_string(), "3.5%");
        assert_eq!(rate("10").to_string(), "10%");
    }
}
