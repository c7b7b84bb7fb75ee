//! The law's texts in Russian and Kazakh: the official titles of the acts behind every deadline,
//! fine, size class and holiday are translated (and their English in the catalogue is the rules'
//! text verbatim, or the translation would not apply); the words people read follow the language,
//! the ids do not; and an edited rule text is shown as written, never as a stale translation.

use jiff::civil::date;
use kzcomply_law::calendar::{Calendar, Week};
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::fines::{Offender, Violation, fine};
use kzcomply_law::rules::Source;
use kzcomply_law::text::{is_translated, rules_text};
use kzcomply_law::{Lang, RuleBook};

/// The parameters whose sources, notes and titles a reader sees in Russian and Kazakh.
fn shown(key: &str) -> bool {
    ["deadlines.", "fines.", "entity_size.", "holidays.", "calendar.year"].iter().any(|p| key.starts_with(p))
}

#[test]
fn every_source_and_note_people_read_is_translated_from_the_rules_text_itself() {
    let book = RuleBook::embedded();
    let mut missing = Vec::new();
    for p in book.parameters().filter(|p| shown(&p.key)) {
        for e in &p.entries {
            if !is_translated("source", &p.key, &e.source.act) {
                missing.push(format!("source of {} from {}", p.key, e.since));
            }
            if let Some(note) = &e.source.note
                && (p.key.starts_with("deadlines.") || p.key.starts_with("fines."))
                && !is_translated("note", &p.key, note)
            {
                missing.push(format!("note of {} from {}", p.key, e.since));
            }
        }
        if p.key.starts_with("holidays.") && !is_translated("title", &p.key, &p.title) {
            missing.push(format!("title of {}", p.key));
        }
    }
    for key in ["mrp", "mzp"] {
        let p = book.get(key).unwrap();
        if !is_translated("title", key, &p.title) {
            missing.push(format!("title of {key}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not translated (or the English in law.ftl is not the rules' text):\n{}",
        missing.join("\n")
    );
}

#[test]
fn an_edited_rule_text_is_shown_as_written() {
    let edited = "Order No. 353 as amended in 2027";
    assert_eq!(rules_text(Lang::Ru, "source", "deadlines.esutd.new_contract", edited), edited);
    let source = Source {
        act: edited.into(),
        reference: String::new(),
        confidence: None,
        note: None,
        origin: Default::default(),
    };
    assert_eq!(source.act_text("deadlines.esutd.new_contract", Lang::Kk), edited);
}

#[test]
fn a_deadline_reads_in_each_language_and_keeps_its_ids() {
    let book = RuleBook::embedded();
    let cal = Calendar::from_rules(&book).unwrap();
    let d = deadline(&book, &cal, Event::EsutdNewContract, date(2026, 3, 19), &DeadlineOptions::default()).unwrap();
    let en = d.report(date(2026, 4, 2), None, Lang::En);
    let ru = d.report(date(2026, 4, 2), None, Lang::Ru);
    let kk = d.report(date(2026, 4, 2), None, Lang::Kk);
    assert_eq!(en.status_text, "overdue by 2 days");
    assert_eq!(ru.status_text, "просрочено на 2 дня");
    assert_eq!(kk.status_text, "мерзімі 2 күн бұрын өтіп кетті");
    assert_eq!(en.rule, "5 working days after signing");
    assert_eq!(ru.rule, "5 рабочих дней после подписания");
    assert_eq!(kk.rule, "қол қойылғаннан кейін 5 жұмыс күні ішінде");
    assert!(
        ru.explanation.starts_with("5 рабочих дней после чт 19.03.2026: пт 20.03.2026, чт 26.03.2026"),
        "{}",
        ru.explanation
    );
    assert!(
        kk.explanation.starts_with("бс 19.03.2026 күнінен кейін 5 жұмыс күні: жм 20.03.2026"),
        "{}",
        kk.explanation
    );
    assert!(
        ru.basis.starts_with("Приказ Министра труда и социальной защиты населения РК от 3 сентября 2020 года № 353")
    );
    assert!(kk.basis.contains("№ 353 бұйрығы"), "{}", kk.basis);
    for r in [&ru, &kk] {
        assert_eq!((r.status, r.days, r.rule_key.as_str()), ("overdue", 2, "deadlines.esutd.new_contract"));
        assert_eq!(r.reference, en.reference);
    }
}

#[test]
fn russian_day_counts_take_their_plural_forms() {
    let book = RuleBook::embedded();
    let cal = Calendar::from_rules(&book).unwrap();
    // Due Tue 31 Mar 2026; overdue by 1, 2, 5 and 21 days, and due in 1, 3, 11 days.
    let d = deadline(&book, &cal, Event::EsutdNewContract, date(2026, 3, 19), &DeadlineOptions::default()).unwrap();
    let status = |as_of| d.status(as_of, None).text(Lang::Ru);
    assert_eq!(status(date(2026, 4, 1)), "просрочено на 1 день");
    assert_eq!(status(date(2026, 4, 2)), "просрочено на 2 дня");
    assert_eq!(status(date(2026, 4, 5)), "просрочено на 5 дней");
    assert_eq!(status(date(2026, 4, 21)), "просрочено на 21 день");
    assert_eq!(status(date(2026, 3, 30)), "остался 1 день");
    assert_eq!(status(date(2026, 3, 28)), "осталось 3 дня");
    assert_eq!(status(date(2026, 3, 20)), "осталось 11 дней");
    assert_eq!(status(date(2026, 3, 31)), "срок истекает сегодня");
    // Kazakh: the noun stays singular after a number.
    assert_eq!(d.status(date(2026, 4, 5), None).text(Lang::Kk), "мерзімі 5 күн бұрын өтіп кетті");
    assert_eq!(d.status(date(2026, 3, 28), None).text(Lang::Kk), "мерзімнің аяқталуына 3 күн қалды");
}

#[test]
fn a_fine_reads_in_each_language_with_the_official_article() {
    let book = RuleBook::embedded();
    let f = fine(&book, Violation::EsutdLate, date(2026, 4, 1), Offender::Medium, false).unwrap();
    let (en, ru, kk) = (f.report(Lang::En), f.report(Lang::Ru), f.report(Lang::Kk));
    assert_eq!(en.article.as_deref(), Some("CoAO art. 98 part 1-1"));
    assert_eq!(ru.article.as_deref(), Some("КоАП РК, ст. 98 ч. 1-1"));
    assert_eq!(kk.article.as_deref(), Some("ҚР ӘҚБтК, 98-бап 1-1-бөлік"));
    assert_eq!(ru.description, "несвоевременное внесение сведений в ЕСУТД");
    assert_eq!((ru.sanction, ru.amount_kzt, kk.amount_kzt), ("fine", en.amount_kzt, en.amount_kzt));
    // Before 12 March 2026 the act was not finable: the reason says so in the reader's words.
    let early = fine(&book, Violation::EsutdLate, date(2026, 3, 1), Offender::Small, false).unwrap();
    assert!(early.reason_text(Lang::En).unwrap().contains("from 12 March 2026"));
    assert!(early.reason_text(Lang::Ru).unwrap().contains("с 12 марта 2026 года"));
    assert!(early.reason_text(Lang::Kk).unwrap().contains("2026 жылғы 12 наурыздан бастап"));
}

#[test]
fn the_calendar_names_holidays_in_each_language() {
    let book = RuleBook::embedded();
    let cal = Calendar::from_rules(&book).unwrap();
    let reason = |lang, d| {
        let r = cal.year_report(2026, Week::FiveDay, lang).unwrap();
        r.days_off.iter().find(|x| x.date == d).unwrap().reason.clone()
    };
    assert_eq!(reason(Lang::En, date(2026, 3, 24)), "carry-over of Nauryz meiramy (Sat 2026-03-21)");
    assert_eq!(reason(Lang::Ru, date(2026, 3, 24)), "перенос выходного дня с сб 21.03.2026 (Наурыз мейрамы)");
    assert_eq!(reason(Lang::Kk, date(2026, 3, 24)), "Наурыз мейрамы: ауыстырылған демалыс күні (сб 21.03.2026)");
    assert_eq!(
        reason(Lang::Ru, date(2026, 3, 8)),
        "Международный женский день (приходится на выходной; переносится на пн 09.03.2026)"
    );
    let r = cal.year_report(2026, Week::FiveDay, Lang::Kk).unwrap();
    let day = r.days_off.iter().find(|x| x.date == date(2026, 1, 1)).unwrap();
    assert_eq!(
        (day.weekday, day.source.as_str()),
        (
            "Thu",
            "«Қазақстан Республикасындағы мерекелер туралы» 2001 жылғы 13 желтоқсандағы № 267-II ҚР Заңы, 2 және 5-баптар"
        )
    );
}

#[test]
fn errors_read_in_each_language() {
    let book = RuleBook::embedded();
    let cal = Calendar::from_rules(&book).unwrap();
    let e = cal.is_working_day(date(2030, 1, 1), Week::FiveDay).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("no production calendar for 2030: kzcomply has 2024, 2025, 2026, 2027 (provisional).")
    );
    assert!(e.message(Lang::Ru).starts_with(
        "нет производственного календаря на 2030 год: в kzcomply есть 2024, 2025, 2026, 2027 (предварительный)."
    ));
    let iin = kzcomply_law::ids::parse_iin("12345").unwrap_err();
    assert_eq!(iin.to_string(), "must be exactly 12 digits (found `12345`)");
    assert_eq!(iin.message(Lang::Ru), "должно быть ровно 12 цифр (указано `12345`)");
    assert_eq!(iin.message(Lang::Kk), "дәл 12 цифр болуы керек (көрсетілгені: `12345`)");
}
