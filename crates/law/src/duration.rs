//! Calendar periods written in days, months or years ("12 months", "3 years", "90 days"), as the
//! migration rules write permit terms and mentoring periods, and the choices a rule allows
//! ("1, 2 or 3 years", "up to 3 years").

use jiff::ToSpan;
use jiff::civil::Date;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodUnit {
    Days,
    Months,
    Years,
}

/// A calendar period. Adding months or years keeps the day number and, in a shorter month, takes
/// the month's last day (31 Jan + 1 month = 28/29 Feb).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    pub n: u32,
    pub unit: PeriodUnit,
}

impl Duration {
    /// Parses "90 days", "12 months", "1 year", "3 years" — at most a hundred years in any unit.
    pub fn parse(s: &str) -> Option<Duration> {
        let mut parts = s.split_whitespace();
        let n: u32 = parts.next()?.parse().ok()?;
        let (unit, max) = match parts.next()? {
            "day" | "days" => (PeriodUnit::Days, 36_600),
            "month" | "months" => (PeriodUnit::Months, 1_200),
            "year" | "years" => (PeriodUnit::Years, 100),
            _ => return None,
        };
        (parts.next().is_none() && n > 0 && n <= max).then_some(Duration { n, unit })
    }

    /// `date` + this period, or `None` past the end of the supported range (the `try_` spans: a
    /// plain span panics past its own range).
    pub fn after(self, date: Date) -> Option<Date> {
        let n = i64::from(self.n);
        let span = match self.unit {
            PeriodUnit::Days => jiff::Span::new().try_days(n),
            PeriodUnit::Months => jiff::Span::new().try_months(n),
            PeriodUnit::Years => jiff::Span::new().try_years(n),
        };
        date.checked_add(span.ok()?).ok()
    }

    /// The last day of a period of this length that starts on `first` (`first` + period − 1 day).
    pub fn last_day_from(self, first: Date) -> Option<Date> {
        self.after(first)?.checked_sub(1.day()).ok()
    }

    /// The length in days from `date`, to compare periods of different units.
    pub fn days_from(self, date: Date) -> Option<i32> {
        self.after(date).map(|end| (end - date).get_days())
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            PeriodUnit::Days => "day",
            PeriodUnit::Months => "month",
            PeriodUnit::Years => "year",
        };
        write!(f, "{} {unit}{}", self.n, if self.n == 1 { "" } else { "s" })
    }
}

/// One choice a rule allows: exactly this period, or any period up to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Exactly(Duration),
    UpTo(Duration),
}

impl Choice {
    /// Parses "12 months" or "up to 3 years".
    pub fn parse(s: &str) -> Option<Choice> {
        match s.trim().strip_prefix("up to ") {
            Some(rest) => Duration::parse(rest).map(Choice::UpTo),
            None => Duration::parse(s.trim()).map(Choice::Exactly),
        }
    }

    /// Whether `wanted`, starting on `from`, is allowed by this choice.
    pub fn allows(self, wanted: Duration, from: Date) -> bool {
        match self {
            Choice::Exactly(d) => d == wanted || d.days_from(from) == wanted.days_from(from),
            Choice::UpTo(d) => wanted.days_from(from) <= d.days_from(from),
        }
    }

    /// The period used when the user does not choose: the exact period; for "up to N", one year
    /// (or N when shorter) — the usual first term, never the longest by surprise.
    pub fn default_period(self) -> Duration {
        const YEAR: Duration = Duration { n: 1, unit: PeriodUnit::Years };
        match self {
            Choice::Exactly(d) => d,
            Choice::UpTo(d) if d.unit == PeriodUnit::Years || (d.unit == PeriodUnit::Months && d.n >= 12) => YEAR,
            Choice::UpTo(d) => d,
        }
    }

    /// The longest period this choice allows.
    pub fn period(self) -> Duration {
        match self {
            Choice::Exactly(d) | Choice::UpTo(d) => d,
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Exactly(d) => d.fmt(f),
            Choice::UpTo(d) => write!(f, "up to {d}"),
        }
    }
}

/// "1 year, 2 years or 3 years".
pub fn describe_choices(choices: &[Choice]) -> String {
    let words: Vec<String> = choices.iter().map(Choice::to_string).collect();
    match words.as_slice() {
        [] => "none".into(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn parses_and_adds() {
        let check = |s: &str, from: Date, last: Date| {
            let d = Duration::parse(s).unwrap_or_else(|| panic!("{s} parses"));
            assert_eq!(d.last_day_from(from), Some(last), "{s} from {from}");
        };
        // 31 Mar 2026 + 12 months = 31 Mar 2027; the last day of the period is the day before.
        check("12 months", date(2026, 3, 31), date(2027, 3, 30));
        // 29 Feb 2024 + 1 year = 28 Feb 2025 (no 29 Feb): last day 27 Feb 2025.
        check("1 year", date(2024, 2, 29), date(2025, 2, 27));
        // 1 Jan 2026 + 90 days = 1 Apr 2026 (31 + 28 + 31 = 90): last day 31 Mar.
        check("90 days", date(2026, 1, 1), date(2026, 3, 31));
        // 31 Aug 2026 + 6 months = 28 Feb 2027 (clamped).
        assert_eq!(Duration::parse("6 months").unwrap().after(date(2026, 8, 31)), Some(date(2027, 2, 28)));
        // Past a hundred years in any unit (a span past jiff's own range would panic).
        assert_eq!(Duration::parse("1200 months").unwrap().after(date(2026, 1, 1)), Some(date(2126, 1, 1)));
        for bad in [
            "",
            "12",
            "twelve months",
            "0 days",
            "12 weeks",
            "1 year extra",
            "36601 days",
            "1201 months",
            "101 years",
            "4294967295 months",
        ] {
            assert_eq!(Duration::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn choices() {
        let from = date(2026, 4, 1);
        let up_to_3y = Choice::parse("up to 3 years").unwrap();
        assert!(up_to_3y.allows(Duration::parse("18 months").unwrap(), from));
        assert!(up_to_3y.allows(Duration::parse("3 years").unwrap(), from));
        assert!(!up_to_3y.allows(Duration::parse("37 months").unwrap(), from));
        let twelve = Choice::parse("12 months").unwrap();
        assert!(twelve.allows(Duration::parse("1 year").unwrap(), from), "12 months is 1 year");
        assert!(!twelve.allows(Duration::parse("6 months").unwrap(), from));
        let list: Vec<Choice> = ["1 year", "2 years", "3 years"].iter().filter_map(|s| Choice::parse(s)).collect();
        assert_eq!(describe_choices(&list), "1 year, 2 years or 3 years");
    }
}
