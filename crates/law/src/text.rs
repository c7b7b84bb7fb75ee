//! The law's texts in the reader's language. Every sentence the law crate produces is a message of
//! the catalogue (`crates/i18n/locales/*/law.ftl`); this module holds the small pieces those
//! sentences share — a day with its weekday, an amount, a rate, a term — and the translations of
//! the rules data's own words (titles, sources, notes), which apply only while the data says
//! exactly what was translated.

use crate::deadlines::{DayUnit, Term};
use crate::money::Money;
use crate::rate::Rate;
use jiff::civil::{Date, Weekday};
pub use kzcomply_i18n::Lang;
use kzcomply_i18n::{Args, format, has, t, tr};

/// The short name of the weekday: `Thu`, `чт`, `бс`.
pub fn weekday(lang: Lang, d: Date) -> String {
    let id = match d.weekday() {
        Weekday::Monday => "calendar-weekday-mon",
        Weekday::Tuesday => "calendar-weekday-tue",
        Weekday::Wednesday => "calendar-weekday-wed",
        Weekday::Thursday => "calendar-weekday-thu",
        Weekday::Friday => "calendar-weekday-fri",
        Weekday::Saturday => "calendar-weekday-sat",
        Weekday::Sunday => "calendar-weekday-sun",
    };
    t(lang, id)
}

/// A day with its weekday: `Thu 2026-03-19`, `чт 19.03.2026`.
pub fn day(lang: Lang, d: Date) -> String {
    tr(lang, "calendar-day", &Args::new().text("weekday", weekday(lang, d)).date("date", d))
}

/// A date the reader's way: `2026-03-19`, `19.03.2026`.
pub fn date(lang: Lang, d: Date) -> String {
    format::date(lang, d)
}

/// A month: `2026-03` / `03.2026`.
pub fn period(lang: Lang, p: crate::period::YearMonth) -> String {
    match lang {
        Lang::En => p.to_string(),
        Lang::Ru | Lang::Kk => format!("{:02}.{}", p.month(), p.year()),
    }
}

/// An amount without the currency: `4,250,000` / `4 250 000`.
pub fn amount(lang: Lang, m: Money) -> String {
    format::amount(lang, m.tiyn())
}

/// An amount with the currency: `346,000 KZT` / `346 000 ₸`.
pub fn tenge(lang: Lang, m: Money) -> String {
    format::tenge(lang, m.tiyn())
}

/// A decimal number as written in the language: `3.5` / `3,5`.
pub fn number(lang: Lang, n: impl std::fmt::Display) -> String {
    let s = n.to_string();
    match lang {
        Lang::En => s,
        Lang::Ru | Lang::Kk => s.replace('.', ","),
    }
}

/// A rate: `3.5%` / `3,5%`.
pub fn rate(lang: Lang, r: Rate) -> String {
    number(lang, r)
}

/// A term as the law writes it: `5 working days`, `5 рабочих дней`, `5 жұмыс күні`.
pub fn term(lang: Lang, term: Term) -> String {
    let unit = match term.unit {
        DayUnit::Working => "working",
        DayUnit::Calendar => "calendar",
    };
    tr(lang, "law-term", &Args::new().num("days", i64::from(term.days)).text("unit", unit))
}

/// A multiple of an index as written in the rules (`50 MZP`, `14 MRP`) in the language's
/// abbreviation (`50 МЗП`, `14 АЕК`).
pub fn index_multiple(lang: Lang, count: rust_decimal::Decimal, index: crate::rules::Index) -> String {
    let id = match index {
        crate::rules::Index::Mrp => "law-mrp-count",
        crate::rules::Index::Mzp => "law-mzp-count",
    };
    tr(lang, id, &Args::new().text("count", number(lang, count)))
}

/// The rules data's English `text` of kind `what` (`source`, `note`, `title`, `differs`) for the
/// parameter `key`, in `lang`: the catalogue's message `law-<what>-<key>` (or `…-2`, `…-3` for a
/// parameter whose values have different texts) whose English is exactly `text`; otherwise `text`
/// itself. So an edited copy of the rules, an overlay or a value entered in the service shows its
/// own words rather than a translation of something else.
pub fn rules_text(lang: Lang, what: &str, key: &str, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let base = format!("law-{what}-{}", key.replace(['.', '_'], "-"));
    for id in std::iter::once(base.clone()).chain((2..=6).map(|i| format!("{base}-{i}"))) {
        if has(&id) && t(Lang::En, &id) == text {
            return t(lang, &id);
        }
    }
    text.to_string()
}

/// Whether the catalogue translates the rules data's `text` (see [`rules_text`]).
pub fn is_translated(what: &str, key: &str, text: &str) -> bool {
    rules_text(Lang::Ru, what, key, text) != text && rules_text(Lang::Kk, what, key, text) != text
}
