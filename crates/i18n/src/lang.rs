//! The three languages kzcomply speaks, and how a caller's language is found: a code given
//! explicitly (`--lang`, `?lang=`, the user's setting), a browser's `Accept-Language`, or the
//! `LC_ALL` / `LANG` environment of a terminal.

use std::fmt;

/// A language of the catalogue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English: the language of the source texts and the fallback.
    #[default]
    En,
    /// Russian: the working language of Kazakh HR and accounting.
    Ru,
    /// Kazakh: the state language.
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The ISO 639-1 code: `en`, `ru`, `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The language's own name, for a language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }

    /// `en`, `ru` or `kk` (case-insensitive; `kz` and region forms such as `ru-KZ` accepted).
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "kk" | "kz" => Some(Lang::Kk),
            _ => None,
        }
    }

    /// The best supported language of an `Accept-Language` header (`kk-KZ,ru;q=0.8,en;q=0.5`),
    /// by quality, then order; `None` when it names none of ours.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(u16, usize, Lang)> = None;
        for (i, part) in header.split(',').enumerate().take(32) {
            let mut pieces = part.split(';');
            let Some(lang) = pieces.next().and_then(Lang::parse) else { continue };
            let q = pieces.filter_map(|p| p.trim().strip_prefix("q=")).next().map_or(Some(1000), quality).unwrap_or(0);
            if q == 0 {
                continue;
            }
            if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
                best = Some((q, i, lang));
            }
        }
        best.map(|(_, _, l)| l)
    }

    /// A terminal's language from the values of `LC_ALL`, `LC_MESSAGES` and `LANG` (the first
    /// that is set and not `C`/`POSIX` decides); English when none names one of ours.
    pub fn from_env_values<'a>(values: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        for v in values.into_iter().flatten() {
            let v = v.trim();
            if v.is_empty() || v == "C" || v == "POSIX" || v.starts_with("C.") {
                continue;
            }
            return Lang::parse(v).unwrap_or(Lang::En);
        }
        Lang::En
    }
}

/// `q=0.8` → 800 (thousandths); `None` for a malformed value.
fn quality(s: &str) -> Option<u16> {
    let s = s.trim();
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match int {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let frac_value: u16 = format!("{frac:0<3}").parse().ok()?;
    let q = whole * 1000 + frac_value;
    (q <= 1000).then_some(q)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| format!("unknown language `{s}`: use en, ru or kk"))
    }
}

#[cfg(test)]
mod tests {
    use super::Lang::{self, *};

    #[test]
    fn accept_language_by_quality_then_order() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("kk-KZ,kk;q=0.9,ru;q=0.8,en;q=0.7", Some(Kk)),
            ("ru-RU,ru;q=0.9,en-US;q=0.8", Some(Ru)),
            ("de-DE,de;q=0.9,en;q=0.5", Some(En)),
            ("en;q=0.5, ru;q=0.9", Some(Ru)),
            ("fr, de", None),
            ("kk;q=0, ru;q=0.1", Some(Ru)),
            ("", None),
            ("ru;q=abc, en", Some(En)),
        ];
        for (header, want) in cases {
            assert_eq!(Lang::from_accept_language(header), *want, "{header:?}");
        }
    }

    #[test]
    fn environment_and_codes() {
        assert_eq!(Lang::from_env_values([None, Some("ru_RU.UTF-8")]), Ru);
        assert_eq!(Lang::from_env_values([Some("kk_KZ.UTF-8"), Some("en_US.UTF-8")]), Kk);
        assert_eq!(Lang::from_env_values([Some("C.UTF-8"), Some("ru_RU.UTF-8")]), Ru);
        assert_eq!(Lang::from_env_values([Some("de_DE.UTF-8")]), En);
        assert_eq!(Lang::from_env_values([None, None]), En);
        assert_eq!("KK".parse::<Lang>(), Ok(Kk));
        assert!("fr".parse::<Lang>().is_err());
    }
}
