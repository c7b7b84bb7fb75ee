//! Kazakhstan's 12-digit identification numbers: the IIN of a person and the BIN of a legal entity
//! (Law of 12 Jan 2007 No. 223 "On national registers of identification numbers").
//!
//! Both end in a check digit: Σ dᵢ·wᵢ mod 11 over the first 11 digits with weights 1…11; if that
//! gives 10, a second pass with weights 3…11, 1, 2; a second 10 means the number cannot be valid.
//! An IIN starts with the birth date (YYMMDD) and a century-and-sex digit (1/2 = 1800s, 3/4 = 1900s,
//! 5/6 = 2000s; odd = male). A BIN starts with the registration year and month (YYMM), the entity
//! type (4 resident, 5 non-resident legal entity, 6 IP in joint entrepreneurship) and the unit
//! (0 head unit, 1 branch, 2 representative office, 3 peasant farm).

use jiff::civil::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Male,
    Female,
}

/// What a valid IIN encodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Iin {
    pub born: Date,
    pub sex: Sex,
}

/// What a valid BIN encodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bin {
    /// Year and month of registration.
    pub registered: (i16, i8),
    pub entity: &'static str,
    pub unit: &'static str,
}

/// Why a number is not a valid IIN or BIN.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("must be exactly 12 digits (found {0})")]
    Shape(String),
    #[error("positions 1–6 are not a real birth date (YYMMDD): {0}")]
    BirthDate(String),
    #[error("position 7 (century and sex) must be 1–6, found {0}")]
    Century(u8),
    #[error("positions 3–4 (registration month) must be 01–12, found {0:02}")]
    Month(u8),
    #[error("position 5 (entity type) must be 4, 5 or 6, found {0}")]
    EntityType(u8),
    #[error("position 6 (unit attribute) must be 0–3, found {0}")]
    Unit(u8),
    #[error("the check digit is {found}, the other digits require {expected}")]
    CheckDigit { found: u8, expected: u8 },
    #[error("no check digit is possible (both weight passes give 10): the number cannot be valid")]
    NoCheckDigit,
}

fn digits(s: &str) -> Result<[u8; 12], IdError> {
    let s = s.trim();
    let bytes = s.as_bytes();
    if bytes.len() != 12 || !bytes.iter().all(u8::is_ascii_digit) {
        let what = if s.is_empty() { "nothing".to_string() } else { format!("`{s}`") };
        return Err(IdError::Shape(what));
    }
    let mut d = [0u8; 12];
    for (slot, b) in d.iter_mut().zip(bytes) {
        *slot = b - b'0';
    }
    Ok(d)
}

/// The check digit the first 11 digits require, or `None` if both passes give 10.
pub fn check_digit(d: &[u8; 12]) -> Option<u8> {
    let pass = |weights: [u32; 11]| d[..11].iter().zip(weights).map(|(&x, w)| u32::from(x) * w).sum::<u32>() % 11;
    let first = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if first != 10 {
        return Some(first as u8);
    }
    let second = pass([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    (second != 10).then_some(second as u8)
}

fn verify_check_digit(d: &[u8; 12]) -> Result<(), IdError> {
    match check_digit(d) {
        None => Err(IdError::NoCheckDigit),
        Some(c) if c == d[11] => Ok(()),
        Some(c) => Err(IdError::CheckDigit { found: d[11], expected: c }),
    }
}

/// Validates an IIN and decodes the birth date and sex.
pub fn parse_iin(s: &str) -> Result<Iin, IdError> {
    let d = digits(s)?;
    let century = match d[6] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        5 | 6 => 2000,
        c => return Err(IdError::Century(c)),
    };
    let two = |i: usize| d[i] * 10 + d[i + 1];
    let year = century + i16::from(two(0));
    let born = Date::new(year, two(2) as i8, two(4) as i8)
        .map_err(|_| IdError::BirthDate(format!("{:02}.{:02}.{year}", two(4), two(2))))?;
    verify_check_digit(&d)?;
    Ok(Iin { born, sex: if d[6] % 2 == 1 { Sex::Male } else { Sex::Female } })
}

/// Validates a BIN and decodes registration month, entity type and unit. A two-digit year up to
/// `current_year`'s last two digits is read as 20YY, a later one as 19YY.
pub fn parse_bin(s: &str, current_year: i16) -> Result<Bin, IdError> {
    let d = digits(s)?;
    let yy = i16::from(d[0] * 10 + d[1]);
    let month = d[2] * 10 + d[3];
    if !(1..=12).contains(&month) {
        return Err(IdError::Month(month));
    }
    let entity = match d[4] {
        4 => "resident legal entity",
        5 => "non-resident legal entity",
        6 => "individual entrepreneur in joint entrepreneurship",
        t => return Err(IdError::EntityType(t)),
    };
    let unit = match d[5] {
        0 => "head unit",
        1 => "branch",
        2 => "representative office",
        3 => "peasant farm in joint entrepreneurship",
        u => return Err(IdError::Unit(u)),
    };
    verify_check_digit(&d)?;
    let year = if yy <= current_year % 100 { 2000 + yy } else { 1900 + yy };
    Ok(Bin { registered: (year, month as i8), entity, unit })
}

/// Whether a 12-digit number looks like a BIN rather than an IIN: position 5 is a BIN entity type
/// (4–6) and positions 3–4 a month, where an IIN would have a day-of-month tens digit in position 5
/// (0–3). Used only to decide which check to run on a number of unknown kind.
pub fn looks_like_bin(s: &str) -> bool {
    digits(s).is_ok_and(|d| matches!(d[4], 4..=6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_weight_pass() {
        // 00000000001?: first pass 1·11 = 11 → 0, so check digit 0.
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]), Some(0));
        // digit 10 at position 10 alone: 1·10 = 10 → second pass 1·1 = 1.
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]), Some(1));
    }
}
