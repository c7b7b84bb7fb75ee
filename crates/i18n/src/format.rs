//! Local forms of dates and amounts. Russian and Kazakh readers get `01.12.2026` and
//! `1 557 000 ₸` (a space between thousands, a decimal comma); English keeps `2026-12-01` and
//! `1,557,000 KZT`. Inputs accept both date forms.

use crate::Lang;
use jiff::civil::Date;

/// A date as its reader writes it: `DD.MM.YYYY` in Russian and Kazakh, `YYYY-MM-DD` in English.
pub fn date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => d.to_string(),
        Lang::Ru | Lang::Kk => format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year()),
    }
}

/// An amount in tiyn as a number with the reader's separators, without the currency:
/// `1,557,000` / `1 557 000`; tiyn only when there are some (`1 234,50`).
pub fn amount(lang: Lang, tiyn: i64) -> String {
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Ru | Lang::Kk => (' ', ','),
    };
    let negative = tiyn < 0;
    let abs = tiyn.unsigned_abs();
    let (whole, frac) = (abs / 100, abs % 100);
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    if negative {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if frac != 0 {
        out.push(decimal);
        out.push_str(&format!("{frac:02}"));
    }
    out
}

/// An amount in tiyn with the currency: `1,557,000 KZT` / `1 557 000 ₸`.
pub fn tenge(lang: Lang, tiyn: i64) -> String {
    match lang {
        Lang::En => format!("{} KZT", amount(lang, tiyn)),
        Lang::Ru | Lang::Kk => format!("{} ₸", amount(lang, tiyn)),
    }
}

/// The years a date typed by a person may have (a wider range is a typo or an attack).
pub const YEARS: std::ops::RangeInclusive<i16> = 1900..=2200;

/// A date typed as `YYYY-MM-DD` or `DD.MM.YYYY`, exactly (no trailing text, a real day, a year in
/// [`YEARS`]).
pub fn parse_date(s: &str) -> Result<Date, String> {
    let t = s.trim();
    let parts: Option<(i16, i8, i8)> = if let Some((y, rest)) = t.split_once('-') {
        let (m, d) = rest.split_once('-').unwrap_or(("", ""));
        number(y, 4).zip(number(m, 2)).zip(number(d, 2)).map(|((y, m), d)| (y as i16, m as i8, d as i8))
    } else if let Some((d, rest)) = t.split_once('.') {
        let (m, y) = rest.split_once('.').unwrap_or(("", ""));
        number(y, 4).zip(number(m, 2)).zip(number(d, 2)).map(|((y, m), d)| (y as i16, m as i8, d as i8))
    } else {
        None
    };
    let bad = || format!("`{t}` is not a date: write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-03-31 or 31.03.2026");
    let (y, m, d) = parts.ok_or_else(bad)?;
    if !YEARS.contains(&y) {
        return Err(format!("`{t}`: the year must be between {} and {}", YEARS.start(), YEARS.end()));
    }
    Date::new(y, m, d).map_err(|_| format!("`{t}` is not a day of the calendar"))
}

/// Exactly `len` ASCII digits (1 or 2 for day and month written without a leading zero).
fn number(s: &str, len: usize) -> Option<u16> {
    let ok = if len == 2 { (1..=2).contains(&s.len()) } else { s.len() == len };
    (ok && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn dates_and_amounts_in_each_language() {
        assert_eq!(date(Lang::En, d(2026, 12, 1)), "2026-12-01");
        assert_eq!(date(Lang::Ru, d(2026, 12, 1)), "01.12.2026");
        assert_eq!(date(Lang::Kk, d(2027, 3, 15)), "15.03.2027");
        // 1,557,000 tenge = 155,700,000 tiyn.
        assert_eq!(tenge(Lang::En, 155_700_000), "1,557,000 KZT");
        assert_eq!(tenge(Lang::Ru, 155_700_000), "1 557 000 ₸");
        assert_eq!(tenge(Lang::Kk, 155_700_000), "1 557 000 ₸");
        assert_eq!(amount(Lang::Ru, 123_450), "1 234,50");
        assert_eq!(amount(Lang::En, 123_450), "1,234.50");
        assert_eq!(amount(Lang::Ru, -99_900), "-999");
        assert_eq!(amount(Lang::En, 0), "0");
        assert_eq!(amount(Lang::En, i64::MIN), "-92,233,720,368,547,758.08");
    }

    #[test]
    fn dates_are_read_in_both_forms_exactly() {
        assert_eq!(parse_date("2026-03-31"), Ok(d(2026, 3, 31)));
        assert_eq!(parse_date("31.03.2026"), Ok(d(2026, 3, 31)));
        assert_eq!(parse_date(" 1.3.2026 "), Ok(d(2026, 3, 1)));
        for bad in
            ["2026-01-15garbage", "0000-01-01", "31.02.2026", "2026/03/31", "", "9999-12-31", "1.1.26", "+2026-01-01"]
        {
            assert!(parse_date(bad).is_err(), "{bad:?} accepted");
        }
    }
}
