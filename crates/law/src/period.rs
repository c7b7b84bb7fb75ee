//! A payroll period: one calendar month, written `YYYY-MM`.

use jiff::civil::Date;
use std::fmt;
use std::str::FromStr;

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i16,
    month: i8,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a period: write the month as YYYY-MM, e.g. 2026-03")]
pub struct PeriodError(pub String);

/// The years a period or a typed date may be in: outside them it is a typing error (and every
/// month has a following month whose first day is a date). One range for every parser.
pub use kzcomply_i18n::format::YEARS;

impl YearMonth {
    pub fn new(year: i16, month: i8) -> Option<YearMonth> {
        ((1..=12).contains(&month) && YEARS.contains(&year)).then_some(YearMonth { year, month })
    }

    pub fn year(self) -> i16 {
        self.year
    }

    pub fn month(self) -> i8 {
        self.month
    }

    /// The 1st of the month: the date on which the month's parameters are looked up.
    pub fn first_day(self) -> Date {
        Date::new(self.year, self.month, 1).expect("validated year and month")
    }

    /// 1 January of the period's year: the date on which MRP and MZP are looked up.
    pub fn year_start(self) -> Date {
        Date::new(self.year, 1, 1).expect("validated year")
    }

    /// The following month.
    pub fn next(self) -> YearMonth {
        if self.month == 12 {
            YearMonth { year: self.year + 1, month: 1 }
        } else {
            YearMonth { year: self.year, month: self.month + 1 }
        }
    }

    /// Allocation-free parse for the batch hot path.
    pub fn parse_bytes(b: &[u8]) -> Option<YearMonth> {
        let b = b.trim_ascii();
        if b.len() != 7 || b[4] != b'-' || !b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit) {
            return None;
        }
        let d = |c: u8| i16::from(c - b'0');
        let year = d(b[0]) * 1000 + d(b[1]) * 100 + d(b[2]) * 10 + d(b[3]);
        let month = (d(b[5]) * 10 + d(b[6])) as i8;
        YearMonth::new(year, month)
    }
}

impl FromStr for YearMonth {
    type Err = PeriodError;
    fn from_str(s: &str) -> Result<YearMonth, PeriodError> {
        YearMonth::parse_bytes(s.as_bytes()).ok_or_else(|| PeriodError(s.to_string()))
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl serde::Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for YearMonth {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<YearMonth, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strictly() {
        let good = [("2026-03", (2026, 3)), ("2024-12", (2024, 12)), (" 2025-01 ", (2025, 1))];
        for (text, (y, m)) in good {
            assert_eq!(text.parse::<YearMonth>().unwrap(), YearMonth::new(y, m).unwrap(), "{text}");
        }
        for bad in [
            "2026-13",
            "2026-00",
            "2026-3",
            "26-03",
            "2026/03",
            "2026-03-01",
            "",
            "abcd-ef",
            "9999-12",
            "0000-01",
            "1899-12",
            "2201-01",
        ] {
            assert!(bad.parse::<YearMonth>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn the_last_month_still_has_a_next_month() {
        let last = YearMonth::new(*YEARS.end(), 12).unwrap();
        assert_eq!(last.next().first_day().to_string(), "2201-01-01");
        assert_eq!(last.next().year_start().to_string(), "2201-01-01");
    }

    #[test]
    fn lookup_dates() {
        let p = YearMonth::new(2022, 5).unwrap();
        assert_eq!(p.first_day().to_string(), "2022-05-01");
        assert_eq!(p.year_start().to_string(), "2022-01-01");
        assert_eq!(p.to_string(), "2022-05");
    }
}
