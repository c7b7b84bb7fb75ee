//! The small pieces the audit's messages share, in the reader's language: a column as a reason
//! names it, a share, a list of ids, a count or a size, and the reasons a cell is refused that
//! come from other crates (an amount, a date). Every sentence is a message of the catalogue
//! (`crates/i18n/locales/*/audit.ftl`); nothing here glues words into one.

use crate::columns::Column;
use kzcomply_i18n::{Args, Lang, format, t, tr};
use kzcomply_law::money::MoneyError;

/// The column as a reason names it: "`place_of_work` («место работы»)" — the file's own header
/// names, the same in every language.
pub fn column(c: Column) -> String {
    c.described()
}

/// A share in one decimal, half up: "66.7%" / "66,7%"; "—" for an empty group.
pub fn percent(lang: Lang, part: u32, whole: u32) -> String {
    let text = crate::checks::percent_text(part, whole);
    match lang {
        Lang::En => text,
        Lang::Ru | Lang::Kk => text.replace('.', ","),
    }
}

/// A count with the reader's thousands separator: "16,384" / "16 384".
pub fn count(lang: Lang, n: u64) -> String {
    format::amount(lang, i64::try_from(n).unwrap_or(i64::MAX).saturating_mul(100))
}

/// A size in bytes as people read it: "64 MiB", "64 КиБ", "3 221 225 473 байт" (exact: whole MiB
/// or KiB, else bytes).
pub fn size(lang: Lang, bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    let (id, n) = if bytes >= MIB && bytes.is_multiple_of(MIB) {
        ("import-size-mib", bytes / MIB)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        ("import-size-kib", bytes / 1024)
    } else {
        ("import-size-bytes", bytes)
    };
    tr(lang, id, &Args::new().text("count", count(lang, n)))
}

/// The first five ids and how many more there are ("D05, D06 and 3 more"): in a large company a
/// list could run to thousands.
pub fn names<'a>(lang: Lang, ids: impl Iterator<Item = &'a str>, total: usize) -> String {
    let first: Vec<&str> = ids.take(5).collect();
    let listed = first.join(", ");
    if total > first.len() {
        let more = i64::try_from(total - first.len()).unwrap_or(i64::MAX);
        tr(lang, "audit-names-more", &Args::new().text("names", listed).num("count", more))
    } else {
        listed
    }
}

/// `n` as a count argument.
pub fn n(count: usize) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// Why a cell is not an amount, in `lang` (the law crate's English for `Lang::En`).
pub fn money_error(lang: Lang, e: &MoneyError) -> String {
    let value = |id: &str, v: &str| tr(lang, id, &Args::new().text("value", v));
    match e {
        MoneyError::Empty => t(lang, "import-amount-empty"),
        MoneyError::NotANumber(v) => value("import-amount-not-a-number", v),
        MoneyError::TooPrecise(v) => value("import-amount-too-precise", v),
        MoneyError::TooLarge(v) => value("import-amount-too-large", v),
        MoneyError::Negative(v) => value("import-amount-negative", v),
    }
}

/// Why a cell is not a date, in `lang`: the reading is the catalogue crate's
/// ([`kzcomply_i18n::format::parse_date`]), whose three refusals are told apart here.
pub fn date_error(lang: Lang, cell: &str, english: &str) -> String {
    let value = cell.trim();
    let years = format::YEARS;
    if english.contains("the year must be between") {
        tr(
            lang,
            "import-bad-date-year",
            &Args::new()
                .text("value", value)
                .text("from", years.start().to_string())
                .text("to", years.end().to_string()),
        )
    } else if english.ends_with("is not a day of the calendar") {
        tr(lang, "import-bad-date-day", &Args::new().text("value", value))
    } else {
        tr(lang, "import-bad-date", &Args::new().text("value", value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_refusals_read_as_the_reader_of_dates_writes_them() {
        // The English of each refusal is exactly the catalogue crate's, so the three are told apart.
        for cell in ["2026-02-30", "1899-01-01", "lots", " 31.02.2026 "] {
            let english = kzcomply_i18n::format::parse_date(cell).unwrap_err();
            assert_eq!(date_error(Lang::En, cell, &english), english, "{cell}");
            assert_ne!(date_error(Lang::Ru, cell, &english), english, "{cell}");
        }
        assert_eq!(size(Lang::Ru, 64 * 1024 * 1024), "64 МиБ");
        assert_eq!(size(Lang::En, 3_221_225_473), "3,221,225,473 bytes");
        assert_eq!(count(Lang::Kk, 16_384), "16 384");
        assert_eq!(percent(Lang::Ru, 13, 17), "76,5%");
    }

    #[test]
    fn every_message_the_audit_names_is_in_the_catalogue() {
        let sources = [
            include_str!("lib.rs"),
            include_str!("checks/mod.rs"),
            include_str!("checks/esutd.rs"),
            include_str!("checks/foreign.rs"),
            include_str!("checks/headcount.rs"),
            include_str!("checks/parity.rs"),
            include_str!("import.rs"),
            include_str!("sheet.rs"),
            include_str!("html.rs"),
            include_str!("xlsx.rs"),
            include_str!("report_csv.rs"),
            include_str!("text.rs"),
        ];
        let mut ids: Vec<String> = Vec::new();
        for source in sources {
            for literal in source.split('"').skip(1).step_by(2) {
                let named = ["audit-", "import-", "report-"].iter().any(|p| literal.starts_with(p));
                if named && literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                    ids.push(literal.to_string());
                }
            }
        }
        // The registration messages are named by kind and outcome (`Kind::id` in checks/esutd.rs).
        for kind in ["contract", "termination"] {
            for outcome in ["no-deadline", "late", "missing", "due"] {
                ids.push(format!("audit-{kind}-{outcome}"));
            }
        }
        assert!(ids.len() > 100, "{ids:?}");
        let missing: Vec<&String> = ids.iter().filter(|id| !kzcomply_i18n::has(id)).collect();
        assert!(missing.is_empty(), "not in the catalogue: {missing:?}");
    }

    #[test]
    fn the_amount_refusals_keep_the_law_crates_english() {
        for cell in ["", "abc", "1.234", "-5", "99999999999999999999"] {
            let e = kzcomply_law::Money::parse(cell).unwrap_err();
            assert_eq!(money_error(Lang::En, &e), e.to_string(), "{cell:?}");
        }
    }
}
