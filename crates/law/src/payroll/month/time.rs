//! Pay for time: a salary for part of a month, and an hour of overtime, day-off/holiday or night work.

use super::{Catalogue, MonthError};
use crate::calendar::{Calendar, CalendarError, Week};
use crate::money::Money;
use crate::period::YearMonth;
use crate::rate::Rounding;
use jiff::civil::Date;
use std::fmt;
use std::str::FromStr;

/// The working days a person worked in `period` and the month's norm, on `week` (the production
/// calendar: holidays, carry-overs and transfers). Worked: from the later of `hired` and the 1st
/// to the earlier of `dismissed` (the last day worked, inclusive) and the month's last day; zero
/// when the employment does not reach into the month. A dismissal before the hiring is an error.
pub fn working_days(
    cal: &Calendar,
    period: YearMonth,
    week: Week,
    hired: Date,
    dismissed: Option<Date>,
) -> Result<(u32, u32), CalendarError> {
    let (first, last) = (period.first_day(), period.first_day().last_of_month());
    let norm = cal.working_days_between(first, last, week)?;
    if let Some(d) = dismissed
        && d < hired
    {
        return Err(CalendarError::Reversed { from: hired, to: d });
    }
    let start = hired.max(first);
    let end = dismissed.map_or(last, |d| d.min(last));
    let worked = if start > end { 0 } else { cal.working_days_between(start, end, week)? };
    Ok((worked, norm))
}

/// `amount` for `worked` of `norm` working days: the exact amount for a full month (`worked` ≥
/// `norm`: days beyond the norm are paid as `holiday_work` or `overtime`, not by prorating), zero
/// when the month has no norm, else amount × worked / norm, exactly, rounded once with `rounding`.
pub fn prorate(amount: Money, worked: u32, norm: u32, rounding: Rounding) -> Money {
    if norm == 0 {
        return Money::ZERO;
    }
    if worked >= norm {
        return amount;
    }
    // |amount| < 2^63 and worked < 2^32: the product fits i128; the result is below |amount|.
    rounding.round_fraction(i128::from(amount.tiyn()) * i128::from(worked), i128::from(norm))
}

/// A number of hours, exact to the hundredth ("2.5", "0,25").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hours(u32);

impl Hours {
    /// The hours of the longest month, 31 × 24: more is not a month's timesheet.
    pub const MAX: Hours = Hours(31 * 24 * 100);

    pub const fn from_hundredths(h: u32) -> Hours {
        Hours(h)
    }

    pub const fn whole(h: u32) -> Hours {
        Hours(h * 100)
    }

    pub const fn hundredths(self) -> u32 {
        self.0
    }
}

impl FromStr for Hours {
    type Err = String;

    /// "8", "2.5", "0,25" (at most two decimals, at most [`Hours::MAX`]).
    fn from_str(s: &str) -> Result<Hours, String> {
        let bad = || format!("`{s}` is not a number of hours (e.g. 2.5, at most two decimals)");
        let s2 = s.trim().replace(',', ".");
        let (whole, frac) = s2.split_once('.').unwrap_or((&s2, "0"));
        if whole.is_empty()
            || frac.is_empty()
            || frac.len() > 2
            || !(whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        let w: u32 = whole.parse().map_err(|_| bad())?;
        let f: u32 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
        let h = w.checked_mul(100).and_then(|x| x.checked_add(f)).ok_or_else(bad)?;
        if h > Hours::MAX.0 {
            return Err(format!("`{s}` hours: more than a month has ({})", Hours::MAX));
        }
        Ok(Hours(h))
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (w, h) = (self.0 / 100, self.0 % 100);
        match h {
            0 => write!(f, "{w}"),
            h if h % 10 == 0 => write!(f, "{w}.{}", h / 10),
            h => write!(f, "{w}.{h:02}"),
        }
    }
}

/// Pay for `hours` of an hours kind (`overtime`, `holiday_work`, `night_work`) at the Labour
/// Code's minimum: salary / (norm_days × day hours) × hours × (100% + premium) when the hour is
/// owed on top of the salary, × premium alone for a night hour the salary already pays; exact,
/// rounded once with `rounding`. The day's hours are `labour.working_time.day_hours` (8: the
/// 40-hour five-day week of LC art. 68).
pub fn hours_pay(
    cat: &Catalogue,
    kind: &str,
    monthly_salary: Money,
    norm_days: u32,
    hours: Hours,
    rounding: Rounding,
) -> Result<Money, MonthError> {
    let k = cat.kind(kind).ok_or_else(|| MonthError::UnknownKind { kind: kind.to_string(), period: cat.period })?;
    let pay = k.hours.as_ref().ok_or_else(|| MonthError::NotHoursKind { kind: kind.to_string() })?;
    if monthly_salary.is_negative() {
        return Err(MonthError::Negative { kind: kind.to_string() });
    }
    if monthly_salary > Money::MAX_INPUT {
        return Err(MonthError::TooLarge { what: "monthly_salary".into() });
    }
    if hours > Hours::MAX {
        return Err(MonthError::TooManyHours);
    }
    if norm_days == 0 {
        return Err(MonthError::NoNorm);
    }
    let (num, den) = (i128::from(pay.premium.num), i128::from(pay.premium.den));
    let multiplier_num = if pay.plus_hour { den + num } else { num };
    // salary ≤ 10^14 tiyn, hours ≤ 74,400 hundredths, multiplier_num ≤ 2·10^8: < 1.5·10^27.
    let n = i128::from(monthly_salary.tiyn()) * i128::from(hours.0) * multiplier_num;
    let d = i128::from(norm_days) * i128::from(cat.day_hours()) * 100 * den;
    // With norm_days ≥ 1 and a day of ≥ 1 hour the result is at most salary × 744 × 2 < 1.5·10^17 tiyn:
    // it fits i64; above MAX_INPUT it is refused.
    let amount = rounding.round_fraction(n, d);
    if amount > Money::MAX_INPUT {
        return Err(MonthError::TooLarge { what: kind.to_string() });
    }
    Ok(amount)
}
