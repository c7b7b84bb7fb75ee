//! Exact money: an amount of Kazakhstani tenge held as a whole number of tiyn (1/100 tenge).
//!
//! Amounts never pass through floating point. Parsing accepts what people and spreadsheets write
//! ("145000", "145 000,50", "1,234.5"); formatting writes whole tenge without decimals.
//!
//! **No silent overflow.** Every amount that enters from outside (a flag, a CSV or XLSX cell, a
//! JSON field, a rule value) is at most [`Money::MAX_INPUT`] = 10^12 tenge; a larger one is bad
//! input ([`MoneyError::TooLarge`]), refused by the parser and the JSON reader, so the caller names
//! the flag, column or field. Within that bound the payroll engine cannot overflow (the proof is in
//! `crates/law/src/payroll/engine.rs`). Sums over many rows (batch totals, fine exposure, company
//! totals) use [`Money::checked_add`] / [`Money::checked_sum`] and report an error instead of
//! wrapping. The operators `+`, `-` and `+=` panic on overflow in every build, never wrap: they are
//! for amounts whose bound is proven, and a panic there is a bug, not an answer.

use std::fmt;
use std::str::FromStr;

/// Tiyn in one tenge.
pub const TIYN_PER_TENGE: i64 = 100;

/// An amount in tenge, exact to the tiyn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);

    /// The largest amount accepted as input, 10^12 tenge (10^14 tiyn): one month's gross or net,
    /// a salary, an allowance, a year-to-date figure, a fee, a rule value. About 2.3 million times
    /// the highest capped base in the law (50 MZP); far below `i64::MAX` tiyn (9.2 × 10^18), so
    /// every line the engine derives from such amounts fits (see `payroll/engine.rs`).
    pub const MAX_INPUT: Money = Money(1_000_000_000_000 * TIYN_PER_TENGE);

    pub const fn from_tiyn(tiyn: i64) -> Money {
        Money(tiyn)
    }

    pub const fn from_tenge(tenge: i64) -> Money {
        Money(tenge * TIYN_PER_TENGE)
    }

    pub const fn tiyn(self) -> i64 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn max(self, other: Money) -> Money {
        Money(self.0.max(other.0))
    }

    pub fn min(self, other: Money) -> Money {
        Money(self.0.min(other.0))
    }

    /// `self` limited to `[floor, cap]`.
    pub fn clamp(self, floor: Money, cap: Money) -> Money {
        self.max(floor).min(cap)
    }

    /// Converts an exact decimal (in tenge) to money, if it has at most two decimals and fits.
    pub fn from_decimal(d: rust_decimal::Decimal) -> Option<Money> {
        let tiyn = d.checked_mul(rust_decimal::Decimal::from(TIYN_PER_TENGE))?;
        if !tiyn.fract().is_zero() {
            return None;
        }
        i64::try_from(tiyn).ok().map(Money)
    }

    /// The amount as an exact decimal in tenge.
    pub fn to_decimal(self) -> rust_decimal::Decimal {
        rust_decimal::Decimal::new(self.0, 2).normalize()
    }

    /// `self` per mille of `whole`, rounded half up (163 = 16.3%); `None` when `whole` is zero.
    pub fn permille_of(self, whole: Money) -> Option<i64> {
        let (part, whole) = (i128::from(self.0), i128::from(whole.0));
        (whole != 0).then(|| {
            let q = (part * 1000 * 2 + whole).div_euclid(2 * whole);
            i64::try_from(q).unwrap_or(i64::MAX)
        })
    }

    /// `self` as a percent of `whole` with one decimal, half up: "16.3%"; empty when `whole` is zero.
    pub fn percent_of(self, whole: Money) -> String {
        self.permille_of(whole).map_or_else(String::new, |t| format!("{}.{}%", t / 10, t.rem_euclid(10)))
    }

    /// Multiplies by a whole number (used to turn "14 MRP" into tenge).
    pub fn checked_mul_int(self, n: i64) -> Option<Money> {
        self.0.checked_mul(n).map(Money)
    }

    /// `self + other`, or `None` when the sum does not fit.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// `self - other`, or `None` when the difference does not fit.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// The sum of `amounts`, or `None` when it does not fit: for totals over many rows.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Money>) -> Option<Money> {
        amounts.into_iter().try_fold(Money::ZERO, Money::checked_add)
    }

    /// `Err(TooLarge)` when the amount is above [`Money::MAX_INPUT`]: the check every input passes.
    pub fn within_input_limit(self) -> Result<Money, MoneyErrorKind> {
        if self.0 > Money::MAX_INPUT.0 { Err(MoneyErrorKind::TooLarge) } else { Ok(self) }
    }

    /// Writes the amount as plain decimal text ("145000", "145000.5"), with no separators.
    /// This is the machine form used in CSV and JSON.
    pub fn write_plain(self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{}", Plain(self));
    }

    /// Writes the plain machine form into `buf` without allocating; returns the bytes written.
    /// Used by the batch writer, where `format!` per field would dominate the run time.
    pub fn format_plain(self, buf: &mut [u8; 24]) -> &[u8] {
        let t = self.0;
        let mut abs = t.unsigned_abs();
        let mut i = buf.len();
        let frac = (abs % 100) as u8;
        abs /= 100;
        if frac != 0 {
            if !frac.is_multiple_of(10) {
                i -= 1;
                buf[i] = b'0' + frac % 10;
            }
            i -= 1;
            buf[i] = b'0' + frac / 10;
            i -= 1;
            buf[i] = b'.';
        }
        loop {
            i -= 1;
            buf[i] = b'0' + (abs % 10) as u8;
            abs /= 10;
            if abs == 0 {
                break;
            }
        }
        if t < 0 {
            i -= 1;
            buf[i] = b'-';
        }
        &buf[i..]
    }

    /// The plain machine form as a `Display` value.
    pub fn plain(self) -> Plain {
        Plain(self)
    }
}

/// The operators are for amounts whose bound is proven (the engine's lines): they panic on
/// overflow in release builds too, rather than wrap to a wrong amount. Totals of untrusted length
/// use [`Money::checked_add`] and [`Money::checked_sum`].
impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        self.checked_add(rhs).unwrap_or_else(|| overflow("+", self, rhs))
    }
}

impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        self.checked_sub(rhs).unwrap_or_else(|| overflow("-", self, rhs))
    }
}

impl std::ops::AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        *self = *self + rhs;
    }
}

#[cold]
#[inline(never)]
fn overflow(op: &str, a: Money, b: Money) -> ! {
    panic!("money overflow: {} {op} {} tiyn (an amount above Money::MAX_INPUT was not refused)", a.0, b.0)
}

/// Plain decimal text of an amount: "-12", "145000", "145000.5", "0.05".
pub struct Plain(Money);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0.0;
        let sign = if t < 0 { "-" } else { "" };
        let abs = t.unsigned_abs();
        let (whole, frac) = (abs / 100, abs % 100);
        match frac {
            0 => write!(f, "{sign}{whole}"),
            f2 if f2 % 10 == 0 => write!(f, "{sign}{whole}.{}", f2 / 10),
            f2 => write!(f, "{sign}{whole}.{f2:02}"),
        }
    }
}

/// Human form with thin grouping: "4 250 000", "145 000.50".
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0;
        let abs = t.unsigned_abs();
        let whole = (abs / 100).to_string();
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, ch) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        let sign = if t < 0 { "-" } else { "" };
        let text = match abs % 100 {
            0 => format!("{sign}{grouped}"),
            frac => format!("{sign}{grouped}.{frac:02}"),
        };
        f.pad(&text)
    }
}

/// Why a piece of text is not an amount of money.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    NotANumber(String),
    TooPrecise(String),
    TooLarge(String),
    Negative(String),
}

impl MoneyError {
    /// The error in `lang`: "'12x' is not a number".
    pub fn message(&self, lang: kzcomply_i18n::Lang) -> String {
        let with = |id: &str, text: &str| kzcomply_i18n::tr(lang, id, &kzcomply_i18n::Args::new().text("text", text));
        match self {
            MoneyError::Empty => kzcomply_i18n::t(lang, "money-error-empty"),
            MoneyError::NotANumber(s) => with("money-error-not-a-number", s),
            MoneyError::TooPrecise(s) => with("money-error-too-precise", s),
            MoneyError::TooLarge(s) => with("money-error-too-large", s),
            MoneyError::Negative(s) => with("money-error-negative", s),
        }
    }
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(kzcomply_i18n::Lang::En))
    }
}

impl std::error::Error for MoneyError {}

impl Money {
    /// Parses an amount in tenge. Accepts `145000`, `145000.5`, `145 000,50` (space or no-break
    /// space as thousands separators, comma or dot as the decimal mark) and `1,234.56`.
    /// Negative amounts are an error: no payroll input is negative; so is an amount above
    /// [`Money::MAX_INPUT`].
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        Self::parse_bytes(text.as_bytes()).map_err(|kind| kind.with_text(text))
    }

    /// The allocation-free parser behind [`Money::parse`], for the batch hot path.
    pub fn parse_bytes(bytes: &[u8]) -> Result<Money, MoneyErrorKind> {
        let s = trim_ascii(bytes);
        if s.is_empty() {
            return Err(MoneyErrorKind::Empty);
        }
        if s[0] == b'-' {
            return Err(MoneyErrorKind::Negative);
        }
        let s = if s[0] == b'+' { &s[1..] } else { s };
        // Find the decimal mark: the last '.' or ',' followed by 1-2 digits to the end, unless
        // the text also uses the other mark as a separator ("1,234.56").
        let last_dot = s.iter().rposition(|&c| c == b'.');
        let last_comma = s.iter().rposition(|&c| c == b',');
        let mark = match (last_dot, last_comma) {
            (Some(d), Some(c)) => Some(d.max(c)),
            (Some(d), None) => Some(d),
            (None, Some(c)) => {
                // A lone comma is a decimal mark unless it groups exactly three digits ("1,234").
                let digits_after = s.len() - c - 1;
                let commas = s.iter().filter(|&&b| b == b',').count();
                if digits_after == 3 && (commas > 1 || c <= 3) && !s.contains(&b' ') { None } else { Some(c) }
            }
            (None, None) => None,
        };
        let (int_part, frac_part) = match mark {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (s, &s[..0]),
        };
        let mut whole: i64 = 0;
        let mut saw_digit = false;
        let mut i = 0;
        while i < int_part.len() {
            let c = int_part[i];
            match c {
                b'0'..=b'9' => {
                    saw_digit = true;
                    whole = whole
                        .checked_mul(10)
                        .and_then(|w| w.checked_add(i64::from(c - b'0')))
                        .ok_or(MoneyErrorKind::TooLarge)?;
                }
                b' ' | b'\'' | b'_' => {}
                b',' => {}
                b'.' if mark.is_some() => {}
                0xC2 if int_part.get(i + 1) == Some(&0xA0) => i += 1, // no-break space
                0xE2 if int_part.get(i + 1..i + 3) == Some(&[0x80, 0xAF]) => i += 2, // narrow nbsp
                _ => return Err(MoneyErrorKind::NotANumber),
            }
            i += 1;
        }
        if frac_part.len() > 2 {
            if frac_part.iter().all(u8::is_ascii_digit) {
                return Err(MoneyErrorKind::TooPrecise);
            }
            return Err(MoneyErrorKind::NotANumber);
        }
        let mut frac: i64 = 0;
        for (k, &c) in frac_part.iter().enumerate() {
            if !c.is_ascii_digit() {
                return Err(MoneyErrorKind::NotANumber);
            }
            saw_digit = true;
            frac += i64::from(c - b'0') * if k == 0 { 10 } else { 1 };
        }
        if !saw_digit {
            return Err(MoneyErrorKind::NotANumber);
        }
        whole
            .checked_mul(TIYN_PER_TENGE)
            .and_then(|w| w.checked_add(frac))
            .map(Money)
            .ok_or(MoneyErrorKind::TooLarge)?
            .within_input_limit()
    }
}

/// [`MoneyError`] without the offending text, so the hot path does not allocate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyErrorKind {
    Empty,
    NotANumber,
    TooPrecise,
    TooLarge,
    Negative,
}

impl MoneyErrorKind {
    pub fn with_text(self, text: &str) -> MoneyError {
        let t = text.trim().to_string();
        match self {
            MoneyErrorKind::Empty => MoneyError::Empty,
            MoneyErrorKind::NotANumber => MoneyError::NotANumber(t),
            MoneyErrorKind::TooPrecise => MoneyError::TooPrecise(t),
            MoneyErrorKind::TooLarge => MoneyError::TooLarge(t),
            MoneyErrorKind::Negative => MoneyError::Negative(t),
        }
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    b.trim_ascii()
}

impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Money, MoneyError> {
        Money::parse(s)
    }
}

/// Amounts are JSON numbers in tenge ("amounts as JSON numbers"): whole tenge as integers,
/// tiyn as an exact decimal literal (serde_json's `arbitrary_precision`), never a float.
impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % TIYN_PER_TENGE == 0 {
            serializer.serialize_i64(self.0 / TIYN_PER_TENGE)
        } else {
            let n: serde_json::Number = Plain(*self).to_string().parse().map_err(serde::ser::Error::custom)?;
            n.serialize(serializer)
        }
    }
}

impl<'de> serde::Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount in tenge (a number or a string such as \"145000.50\")")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Money, E> {
                if v < 0 {
                    return Err(E::custom(MoneyError::Negative(v.to_string())));
                }
                let too_large = || E::custom(MoneyError::TooLarge(v.to_string()));
                v.checked_mul(TIYN_PER_TENGE)
                    .map(Money)
                    .ok_or_else(too_large)?
                    .within_input_limit()
                    .map_err(|_| too_large())
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Money, E> {
                let v = i64::try_from(v).map_err(|_| E::custom(MoneyError::TooLarge(v.to_string())))?;
                self.visit_i64(v)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Money, E> {
                Money::parse(v).map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Money, A::Error> {
                // serde_json with `arbitrary_precision` hands numbers over as a one-entry map.
                let n = <serde_json::Number as serde::Deserialize>::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Money::parse(&n.to_string()).map_err(serde::de::Error::custom)
            }
        }
        deserializer.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Result<i64, MoneyErrorKind>) {
        assert_eq!(Money::parse_bytes(text.as_bytes()).map(Money::tiyn), expected, "parsing {text:?}");
    }

    #[test]
    fn percent_of_rounds_half_up() {
        let t = Money::from_tenge;
        // 81,400 / 500,000 = 16.28% → 16.3%; 1 / 8 = 12.5% exactly; 1 / 16 = 6.25% → 6.3%; 1 / 3 = 33.33% → 33.3%.
        let cases = [(81_400, 500_000, "16.3%"), (1, 8, "12.5%"), (1, 16, "6.3%"), (1, 3, "33.3%"), (0, 5, "0.0%")];
        for (part, whole, want) in cases {
            assert_eq!(t(part).percent_of(t(whole)), want, "{part} / {whole}");
        }
        assert_eq!(t(1).percent_of(Money::ZERO), "");
        assert_eq!(t(81_400).permille_of(t(500_000)), Some(163));
    }

    #[test]
    fn parses_what_people_write() {
        use MoneyErrorKind::*;
        let cases: &[(&str, Result<i64, MoneyErrorKind>)] = &[
            ("145000", Ok(14_500_000)),
            (" 145000 ", Ok(14_500_000)),
            ("145000.5", Ok(14_500_050)),
            ("145000.05", Ok(14_500_005)),
            ("145 000,50", Ok(14_500_050)),
            ("145\u{a0}000,5", Ok(14_500_050)),
            ("1,234.56", Ok(123_456)),
            ("1,234", Ok(123_400)),
            ("12,5", Ok(1_250)),
            ("0", Ok(0)),
            ("+7", Ok(700)),
            ("", Err(Empty)),
            ("abc", Err(NotANumber)),
            ("12a", Err(NotANumber)),
            (".", Err(NotANumber)),
            ("1.234", Err(TooPrecise)),
            ("-5", Err(Negative)),
            ("99999999999999999999", Err(TooLarge)),
            // The input limit, 10^12 tenge, is accepted; a tiyn more is not; the attack's i64::MAX
            // tiyn (92,233,720,368,547,758.07) neither.
            ("1000000000000", Ok(100_000_000_000_000)),
            ("1 000 000 000 000,00", Ok(100_000_000_000_000)),
            ("1000000000000.01", Err(TooLarge)),
            ("92233720368547758.07", Err(TooLarge)),
        ];
        for (text, expected) in cases {
            check(text, *expected);
        }
    }

    #[test]
    fn formats_plain_and_human() {
        let cases = [
            (0, "0", "0"),
            (14_500_000, "145000", "145,000"),
            (14_500_050, "145000.5", "145,000.50"),
            (5, "0.05", "0.05"),
            (-1_000_000, "-10000", "-10,000"),
        ];
        for (tiyn, plain, human) in cases {
            let m = Money::from_tiyn(tiyn);
            assert_eq!(m.plain().to_string(), plain);
            assert_eq!(m.format_plain(&mut [0; 24]), plain.as_bytes());
            assert_eq!(m.to_string(), human);
        }
    }

    #[test]
    fn json_amounts_above_the_limit_are_refused() {
        let read = |json: &str| serde_json::from_str::<Money>(json).map_err(|e| e.to_string());
        assert_eq!(read("1000000000000"), Ok(Money::MAX_INPUT));
        assert_eq!(read("\"1000000000000\""), Ok(Money::MAX_INPUT));
        for too_large in ["1000000000001", "1000000000000.01", "92233720368547758.07", "18446744073709551615", "1e300"]
        {
            let e = read(too_large).unwrap_err();
            assert!(e.contains("largest amount") || e.contains("not a number"), "{too_large}: {e}");
        }
        assert!(read("92233720368547758.07").unwrap_err().contains("largest amount accepted, 1,000,000,000,000 tenge"));
    }

    #[test]
    fn sums_are_checked() {
        let big = Money::from_tiyn(i64::MAX - 1);
        assert_eq!(Money::checked_sum([Money::from_tenge(1), Money::from_tenge(2)]), Some(Money::from_tenge(3)));
        assert_eq!(Money::checked_sum([big, Money::from_tiyn(2)]), None);
        assert_eq!(big.checked_add(Money::from_tiyn(1)), Some(Money::from_tiyn(i64::MAX)));
        assert_eq!(Money::from_tiyn(i64::MIN).checked_sub(Money::from_tiyn(1)), None);
        // The operators never wrap: they stop.
        assert!(std::panic::catch_unwind(|| big + Money::from_tiyn(2)).is_err());
    }

    #[test]
    fn serializes_as_exact_json_numbers() {
        assert_eq!(serde_json::to_string(&Money::from_tenge(14_500)).unwrap(), "14500");
        assert_eq!(serde_json::to_string(&Money::from_tiyn(14_500_050)).unwrap(), "145000.5");
        let back: Money = serde_json::from_str("145000.55").unwrap();
        assert_eq!(back, Money::from_tiyn(14_500_055));
    }
}
