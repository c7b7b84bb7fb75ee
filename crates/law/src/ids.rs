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
use kzcomply_i18n::{Args, Lang, t, tr};

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
    /// The entity type in English words ("resident legal entity"); [`Bin::entity_text`] in a language.
    pub entity: &'static str,
    /// The unit in English words ("head unit"); [`Bin::unit_text`] in a language.
    pub unit: &'static str,
    /// Position 5: 4, 5 or 6.
    pub entity_type: u8,
    /// Position 6: 0 to 3.
    pub unit_type: u8,
}

impl Bin {
    /// The entity type in `lang`: "resident legal entity", "юридическое лицо-резидент".
    pub fn entity_text(&self, lang: Lang) -> String {
        t(lang, &format!("id-bin-entity-{}", self.entity_type))
    }

    /// The unit in `lang`: "head unit", "головное подразделение".
    pub fn unit_text(&self, lang: Lang) -> String {
        t(lang, &format!("id-bin-unit-{}", self.unit_type))
    }
}

impl Sex {
    /// "male" / "мужской" / "ер".
    pub fn text(self, lang: Lang) -> String {
        t(lang, if self == Sex::Male { "id-sex-male" } else { "id-sex-female" })
    }
}

/// Why a number is not a valid IIN or BIN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdError {
    /// Not 12 digits: what was given, trimmed (empty for nothing).
    Shape(String),
    /// Positions 1–6 as a date DD.MM.YYYY that does not exist.
    BirthDate(String),
    Century(u8),
    Month(u8),
    EntityType(u8),
    Unit(u8),
    CheckDigit {
        found: u8,
        expected: u8,
    },
    NoCheckDigit,
}

impl IdError {
    /// Why, in `lang`: "must be exactly 12 digits (found `12345`)".
    pub fn message(&self, lang: Lang) -> String {
        let one = |id: &str, name: &'static str, v: String| tr(lang, id, &Args::new().text(name, v));
        match self {
            IdError::Shape(s) if s.is_empty() => t(lang, "id-error-shape-empty"),
            IdError::Shape(s) => one("id-error-shape", "found", s.clone()),
            IdError::BirthDate(d) => one("id-error-birth-date", "date", d.clone()),
            IdError::Century(c) => one("id-error-century", "found", c.to_string()),
            IdError::Month(m) => one("id-error-month", "found", format!("{m:02}")),
            IdError::EntityType(e) => one("id-error-entity-type", "found", e.to_string()),
            IdError::Unit(u) => one("id-error-unit", "found", u.to_string()),
            IdError::CheckDigit { found, expected } => tr(
                lang,
                "id-error-check-digit",
                &Args::new().text("found", found.to_string()).text("expected", expected.to_string()),
            ),
            IdError::NoCheckDigit => t(lang, "id-error-no-check-digit"),
        }
    }
}

impl std::fmt::Display for IdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for IdError {}

fn digits(s: &str) -> Result<[u8; 12], IdError> {
    let s = s.trim();
    let bytes = s.as_bytes();
    if bytes.len() != 12 || !bytes.iter().all(u8::is_ascii_digit) {
        return Err(IdError::Shape(s.to_string()));
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
    Ok(Bin { registered: (year, month as i8), entity, unit, entity_type: d[4], unit_type: d[5] })
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
