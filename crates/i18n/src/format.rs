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

/// YYYY-MM-DD, or DD.MM.YYYY as 1C writes it (the day and month may have one digit), with
/// nothing else after it but a time of day ("2026-01-15 09:00", "15.01.2026 0:00:00"), which is
/// ignored. Years 1900–2200 only.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let bad = || format!("`{s}` is not a date (YYYY-MM-DD or DD.MM.YYYY)");
    let day = match s.split_once(['T', ' ']) {
        Some((day, time)) if is_time(time.trim()) => day,
        Some(_) => return Err(bad()),
        None => s,
    };
    let digits = |t: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse::<i16>().ok()).flatten()
    };
    let parts: Vec<&str> = if day.contains('.') { day.split('.').collect() } else { day.split('-').collect() };
    let (y, m, d) = match parts[..] {
        [d, m, y] if day.contains('.') => (digits(y, 4..=4), digits(m, 1..=2), digits(d, 1..=2)),
        [y, m, d] => (digits(y, 4..=4), digits(m, 2..=2), digits(d, 2..=2)),
        _ => return Err(bad()),
    };
    let (Some(y), Some(m), Some(d)) = (y, m, d) else { return Err(bad()) };
    if !YEARS.contains(&y) {
        return Err(format!("`{s}`: the year must be between {} and {}", YEARS.start(), YEARS.end()));
    }
    let not_a_day = || format!("`{s}` is not a day of the calendar");
    let (m, d) = (i8::try_from(m).map_err(|_| not_a_day())?, i8::try_from(d).map_err(|_| not_a_day())?);
    Date::new(y, m, d).map_err(|_| not_a_day())
}

/// A time of day as spreadsheets write it after a date: H:MM, HH:MM:SS, with optional fractions.
fn is_time(t: &str) -> bool {
    // A UTC designator or an offset from UTC ("Z", "+05:00") says nothing about the day.
    let t = t.strip_suffix('Z').unwrap_or(t);
    let t = match t.len().checked_sub(6).and_then(|i| t.get(i..).map(|o| (i, o))) {
        Some((i, o)) if (o.starts_with('+') || o.starts_with('-')) && is_time(&o[1..]) => &t[..i],
        _ => t,
    };
    let mut parts = t.split(':');
    let (Some(h), Some(m)) = (parts.next(), parts.next()) else { return false };
    let sec = parts.next();
    let two = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    let secs_ok = sec.is_none_or(|s| {
        let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
        two(whole) && !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit())
    });
    (1..=2).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_digit()) && two(m) && secs_ok && parts.next().is_none()
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
