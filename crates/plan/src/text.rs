//! The law's small words in the reader's language, as the plans use them: periods ("12 months",
//! "up to 3 years"), permit categories and validity, the legal acts behind a rule with their
//! doubts, months and days of the year. English comes out exactly as the law crate's `Display`
//! writes it (tests say so); Russian and Kazakh come from `locales/*/plan.ftl`. Terms, deadline
//! rules, the calendar's years and the rules data's own words (sources and notes) are the law
//! crate's ([`kzcomply_law::text`]): a built-in source is named in Russian and Kazakh, a source the
//! user wrote (`--rules DIR`, `--rules-add DIR`, an organisation's value) is shown as written.

use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, format, t, tr};
use kzcomply_law::calendar::{Calendar, MonthDay};
use kzcomply_law::deadlines::{Deadline, Term};
use kzcomply_law::duration::{Choice, Duration, PeriodUnit};
use kzcomply_law::foreign::{Category, PermitValidity};
use kzcomply_law::rules::{Confidence, Source};

/// "5 working days", "90 calendar days".
pub fn term(lang: Lang, term: Term) -> String {
    kzcomply_law::text::term(lang, term)
}

/// A term, or "no term".
pub fn opt_term(lang: Lang, t: Option<Term>) -> String {
    t.map_or_else(|| kzcomply_i18n::t(lang, "plan-no-term"), |t| term(lang, t))
}

/// "12 months", "1 year", "90 days".
pub fn duration(lang: Lang, d: Duration) -> String {
    let id = match d.unit {
        PeriodUnit::Days => "plan-duration-days",
        PeriodUnit::Months => "plan-duration-months",
        PeriodUnit::Years => "plan-duration-years",
    };
    tr(lang, id, &Args::new().num("n", i64::from(d.n)))
}

/// "12 months" or "up to 3 years".
pub fn choice(lang: Lang, c: Choice) -> String {
    match c {
        Choice::Exactly(d) => duration(lang, d),
        Choice::UpTo(d) => {
            let id = match d.unit {
                PeriodUnit::Days => "plan-up-to-days",
                PeriodUnit::Months => "plan-up-to-months",
                PeriodUnit::Years => "plan-up-to-years",
            };
            tr(lang, id, &Args::new().num("n", i64::from(d.n)))
        }
    }
}

/// "1 year, 2 years or 3 years" (as `describe_choices`).
pub fn choices(lang: Lang, choices: &[Choice]) -> String {
    let words: Vec<String> = choices.iter().map(|c| choice(lang, *c)).collect();
    match words.as_slice() {
        [] => t(lang, "plan-none"),
        [one] => one.clone(),
        [init @ .., last] => {
            tr(lang, "plan-or", &Args::new().text("first", init.join(", ")).text("last", last.clone()))
        }
    }
}

/// "12 months; extended by 12 months at most 3 times" (as `PermitValidity`'s `Display`).
pub fn validity(lang: Lang, v: &PermitValidity) -> String {
    let initial = choices(lang, &v.initial);
    if !v.extendable() {
        return tr(lang, "plan-validity-no-extension", &Args::new().text("initial", initial));
    }
    let args = Args::new().text("initial", initial).text("extension", choices(lang, &v.extension));
    match v.max_extensions {
        Some(1) => tr(lang, "plan-validity-once", &args),
        Some(n) => tr(lang, "plan-validity-times", &args.num("times", i64::from(n))),
        None => tr(lang, "plan-validity-unlimited", &args),
    }
}

/// "category 3 (specialists)" (as `Category`'s `Display`).
pub fn category(lang: Lang, c: Category) -> String {
    t(lang, &format!("plan-category-{}", c.name()))
}

/// The years of the production calendar: "2024, 2025, 2026 (provisional)".
pub fn calendar_years(lang: Lang, cal: &Calendar) -> String {
    cal.years_text(lang)
}

/// A month as its reader writes it: `2026-04` / `апрель 2026` / `2026 жылғы сәуір`.
pub fn month(lang: Lang, first: Date) -> String {
    match lang {
        Lang::En => first.to_string()[..7].to_string(),
        Lang::Ru | Lang::Kk => {
            tr(lang, &format!("plan-month-{}", first.month()), &Args::new().text("year", first.year().to_string()))
        }
    }
}

/// "30 September" / "30 сентября" / "30 қыркүйек".
pub fn month_day(lang: Lang, md: MonthDay) -> String {
    if lang == Lang::En {
        // The day in a leap year, so 29 February prints too.
        return md.in_year(2024).map_or_else(|| md.to_string(), |d| d.strftime("%-d %B").to_string());
    }
    tr(lang, &format!("plan-month-day-{}", md.month), &Args::new().num("day", i64::from(md.day)))
}

/// A percent written by the audit ("72.2%") with the reader's decimal mark ("72,2%").
pub fn percent(lang: Lang, s: &str) -> String {
    match lang {
        Lang::En => s.to_string(),
        Lang::Ru | Lang::Kk => s.replace('.', ","),
    }
}

/// A date in the reader's form.
pub fn date(lang: Lang, d: Date) -> String {
    format::date(lang, d)
}

/// The act of the rule `key` (the source's `act`), in the reader's language while the rules say
/// what was translated: the law crate's translation, or for the foreign-labour rules only the
/// plans read, `plan-act-<key>`.
pub fn act(lang: Lang, key: &str, s: &Source) -> String {
    let law = s.act_text(key, lang);
    if lang == Lang::En || law != s.act {
        return law;
    }
    translated(lang, "plan-act", key, &s.act).unwrap_or(law)
}

/// The source's note, in the reader's language while the rules say what was translated.
pub fn note(lang: Lang, key: &str, s: &Source) -> Option<String> {
    let text = s.note.as_deref()?;
    let law = s.note_text(key, lang)?;
    if lang == Lang::En || law != text {
        return Some(law);
    }
    Some(translated(lang, "plan-act-note", key, text).unwrap_or(law))
}

/// The message `<prefix>-<key>` in `lang`, when its English is exactly `english`.
fn translated(lang: Lang, prefix: &str, key: &str, english: &str) -> Option<String> {
    let id = format!("{prefix}-{}", key.replace(['.', '_'], "-"));
    (kzcomply_i18n::has(&id) && t(Lang::En, &id) == english).then(|| t(lang, &id))
}

/// "Order No. 279 … (confidence low: note)": the act, with its doubts when its confidence is low.
pub fn source(lang: Lang, key: &str, s: &Source) -> String {
    let act = act(lang, key, s);
    match (s.confidence, note(lang, key, s)) {
        (Some(Confidence::Low), Some(note)) => {
            tr(lang, "plan-source-low-note", &Args::new().text("act", act).text("note", note))
        }
        (Some(Confidence::Low), None) => tr(lang, "plan-source-low", &Args::new().text("act", act)),
        _ => act,
    }
}

/// A deadline's rule ("5 working days after signing") in the reader's language.
pub fn rule(lang: Lang, d: &Deadline) -> String {
    d.rule.text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English is exactly what the law crate's `Display` writes.
    #[test]
    fn english_is_the_law_crates_display() {
        for text in ["1 year", "2 years", "12 months", "1 month", "90 days", "1 day", "up to 3 years", "up to 1 year"] {
            let c = Choice::parse(text).unwrap();
            assert_eq!(choice(Lang::En, c), c.to_string(), "{text}");
        }
        let list: Vec<Choice> = ["1 year", "2 years", "3 years"].iter().map(|s| Choice::parse(s).unwrap()).collect();
        assert_eq!(choices(Lang::En, &list), kzcomply_law::duration::describe_choices(&list));
        assert_eq!(choices(Lang::En, &[]), kzcomply_law::duration::describe_choices(&[]));
        for c in Category::ALL {
            assert_eq!(category(Lang::En, c), c.to_string());
        }
        let rules = kzcomply_law::RuleBook::embedded();
        for c in Category::ALL {
            let (v, _) = kzcomply_law::foreign::validity(&rules, c, jiff::civil::date(2026, 1, 1)).unwrap();
            assert_eq!(validity(Lang::En, &v), v.to_string(), "{c:?}");
        }
        let md = MonthDay { month: 9, day: 30 };
        assert_eq!(month_day(Lang::En, md), "30 September");
    }

    /// Every translated act of the foreign-labour rules still says what the rules say: a changed
    /// rule text falls back to its own words (and this test says which translation to update).
    #[test]
    fn foreign_labour_acts_match_the_rules() {
        let rules = kzcomply_law::RuleBook::embedded();
        let day = jiff::civil::date(2026, 7, 1);
        let keys = [
            "foreign_labour.permit.category_1",
            "foreign_labour.permit.category_2",
            "foreign_labour.permit.category_3",
            "foreign_labour.permit.category_4",
            "foreign_labour.permit.seasonal",
            "foreign_labour.permit.ict",
            "foreign_labour.permit_decision",
            "foreign_labour.business_trip_limit",
            "foreign_labour.mentoring.min",
            "foreign_labour.mentoring.max",
            "foreign_labour.mentoring.report",
            "foreign_labour.eaeu_members",
            "foreign_labour.visa_free_cis",
            "foreign_labour.eaeu_stay_registration",
        ];
        for key in keys {
            let (_, s) = rules.value_on(key, day).unwrap();
            for lang in [Lang::Ru, Lang::Kk] {
                assert_ne!(act(lang, key, s), s.act, "{key}: plan-act-… no longer matches the rules' source");
            }
            assert_eq!(act(Lang::En, key, s), s.act);
        }
        let (_, s) = rules.value_on("foreign_labour.permit_decision", day).unwrap();
        assert!(source(Lang::Ru, "foreign_labour.permit_decision", s).starts_with("Приказ от 27 июня 2016 года № 559"));
        assert!(note(Lang::Kk, "foreign_labour.permit_decision", s).unwrap().starts_with("Практиктер"));
    }

    #[test]
    fn russian_and_kazakh_forms() {
        let c = |s: &str| Choice::parse(s).unwrap();
        assert_eq!(choice(Lang::Ru, c("up to 3 years")), "до 3 лет");
        assert_eq!(choice(Lang::Ru, c("up to 1 year")), "до 1 года");
        assert_eq!(choices(Lang::Ru, &[c("1 year"), c("2 years"), c("3 years")]), "1 год, 2 года или 3 года");
        assert_eq!(choices(Lang::Kk, &[c("90 days"), c("180 days")]), "90 күн немесе 180 күн");
        let md = MonthDay { month: 9, day: 30 };
        assert_eq!(month_day(Lang::Ru, md), "30 сентября");
        assert_eq!(month_day(Lang::Kk, md), "30 қыркүйек");
        assert_eq!(month(Lang::Ru, jiff::civil::date(2026, 4, 1)), "апрель 2026");
        assert_eq!(month(Lang::Kk, jiff::civil::date(2026, 12, 1)), "2026 жылғы желтоқсан");
        assert_eq!(percent(Lang::Kk, "72.2%"), "72,2%");
    }
}
