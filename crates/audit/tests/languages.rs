//! The demo's reports in English, Russian and Kazakh (examples/demo, as of Friday 20 November 2026;
//! the figures are worked by hand in examples/demo/EXPECTED.md): each language has its key
//! sentences — the counts with their plurals, the exposure in the reader's form, dates as the
//! reader writes them, the official names of the acts — and a Russian or Kazakh report has no
//! English left in it: once the company's own data (names, positions), the stable ids (rule ids,
//! fine statuses, column names) and the HTML markup are taken out, no Latin word remains.

use kzcomply_audit::{AuditReport, Company, audit, import};
use kzcomply_i18n::Lang;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::Calendar;
use std::path::PathBuf;

fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo")
}

fn workforce_csv() -> String {
    std::fs::read_to_string(demo_dir().join("workforce.csv")).unwrap()
}

fn demo(lang: Lang) -> AuditReport {
    let w = import::from_csv(workforce_csv().as_bytes(), lang).unwrap();
    let company: Company = toml::from_str(&std::fs::read_to_string(demo_dir().join("company.toml")).unwrap()).unwrap();
    let rules = RuleBook::embedded();
    let calendar = Calendar::from_rules(&rules).unwrap();
    audit(&rules, &calendar, &company, &w.people, &w.supplied, jiff::civil::date(2026, 11, 20), lang).unwrap()
}

/// `html` without what lies between `open` and `close`.
fn strip(html: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        out.push(' ');
        let after = &rest[i + open.len()..];
        rest = after.find(close).map_or("", |j| &after[j + close.len()..]);
    }
    out.push_str(rest);
    out
}

/// The text a reader sees in an HTML page: the CSS, the `<code>` ids and the tags out, entities back.
fn visible(html: &str) -> String {
    let html = strip(&strip(html, "<style>", "</style>"), "<code>", "</code>");
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
}

/// The Latin words of three letters or more a Russian or Kazakh reader would meet in `text`,
/// once the company's own words and the stable ids are taken out.
fn english_words(text: &str) -> Vec<String> {
    // The company's own words: every word of every cell of the workforce file, and of its name.
    let csv = workforce_csv() + ",Steppe Cloud Systems LLP";
    let own: std::collections::HashSet<&str> =
        csv.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut words = Vec::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || "-_`/.".contains(c))) {
        let w = raw.trim_matches(|c: char| c == '.' || c == '-');
        // Stable ids the texts quote on purpose: rule and violation ids, statuses, columns and
        // flags in backticks, the research file's path, and the program's own name.
        if w.contains(['-', '_', '`', '/']) || w == "kzcomply" {
            continue;
        }
        for part in w.split('.') {
            let latin = part.chars().filter(|c| c.is_ascii_alphabetic()).count();
            if latin >= 3 && !own.contains(part) {
                words.push(part.to_string());
            }
        }
    }
    words.sort();
    words.dedup();
    words
}

#[test]
fn the_english_report_reads_as_before_with_plurals() {
    let r = demo(Lang::En);
    let html = kzcomply_audit::html::render(&r, Lang::En);
    for needle in [
        "<html lang=en>",
        "<h1>Compliance audit: Steppe Cloud Systems LLP</h1><p>As of 2026-11-20 · kzcomply</p>",
        "<b>21</b> people<br>12 direct · 6 outstaffed · 0 third-party · 3 contractors",
        "<b class=violation>12</b> violations · <b class=risk>1</b> risk · <b class=warning>2</b> warnings",
        "Fine exposure<br><b>1,557,000 KZT</b>",
        "Categories 3–4: 13 of 17 citizens (76.5%) — minimum 90%",
        "D08 (Мадина Ергалиева): IIN 980303400633 is not valid: the check digit is 3, the other digits require 0.",
        "CoAO art. 98 part 1-1: 60 MRP = 259,500 KZT × 1 (small business, first offence, on 2026-11-20)",
        "Labour Code of RK art. 137-1",
        "<td class=num>259,500</td>",
    ] {
        assert!(html.contains(needle), "the English report lacks {needle:?}:\n{html}");
    }
    // The check of the other languages finds English where there is some.
    let english = english_words(&visible(&html));
    for word in ["violations", "Order", "Labour", "deadline", "sanction", "KZT", "MRP", "ESUTD", "Findings"] {
        assert!(english.iter().any(|w| w == word), "{word} not seen in {english:?}");
    }
}

#[test]
fn the_russian_report_is_russian_throughout() {
    let r = demo(Lang::Ru);
    let html = kzcomply_audit::html::render(&r, Lang::Ru);
    for needle in [
        "<html lang=ru>",
        "<h1>Аудит соблюдения законодательства: Steppe Cloud Systems LLP</h1><p>По состоянию на 20.11.2026 · kzcomply</p>",
        "<b>21</b> человек<br>штатных — 12 · аутстаффинг — 6 · третья сторона — 0 · ГПХ — 3",
        // 12 нарушений, 1 риск, 2 предупреждения: the Russian plural forms.
        "<b class=violation>12</b> нарушений · <b class=risk>1</b> риск · <b class=warning>2</b> предупреждения",
        "Возможные штрафы<br><b>1 557 000 ₸</b>",
        "Размер бизнеса<br><b>малый</b>",
        "Категории 3–4: граждан РК 13 из 17 (76,5%) — минимум 90%",
        "D08 (Мадина Ергалиева): ИИН 980303400633 недействителен:",
        "КоАП РК, ст. 98 ч. 1-1: 60 МРП = 259 500 ₸ × 1 (субъект малого предпринимательства, нарушение впервые, день нарушения 20.11.2026)",
        "Приказ Министра труда и социальной защиты населения РК от 3 сентября 2020 года № 353",
        "Трудовой кодекс РК, ст. 137-1 (Закон РК от 19 декабря 2020 года № 386-VI)",
        "КоАП РК, ст. 86 (допуск к работе лица без заключения трудового договора)",
        "Закон РК от 12 января 2007 года № 223 «О национальных реестрах идентификационных номеров»",
        "D11 (Ерлан Касымов): трудовой договор от 22.10.2026 не зарегистрирован в ЕСУТД; срок истёк 30.10.2026 (21 день назад).",
        "D10 (Сауле Омарова): трудовой договор от 04.05.2026 зарегистрирован в ЕСУТД 15.05.2026 — на 2 дня позже срока 13.05.2026.",
        "<td class=violation>нарушение</td>",
        "<td class=num>259 500</td>",
        "<td class=num>нет санкции</td>",
    ] {
        assert!(html.contains(needle), "the Russian report lacks {needle:?}:\n{html}");
    }
    let english = english_words(&visible(&html));
    assert!(english.is_empty(), "English left in the Russian report: {english:?}\n{}", visible(&html));
}

#[test]
fn the_kazakh_report_is_kazakh_throughout() {
    let r = demo(Lang::Kk);
    let html = kzcomply_audit::html::render(&r, Lang::Kk);
    for needle in [
        "<html lang=kk>",
        "<h1>Заңнаманың сақталу аудиті: Steppe Cloud Systems LLP</h1><p>Жағдай: 20.11.2026 · kzcomply</p>",
        "<b>21</b> адам<br>штатта — 12",
        // Nouns after numerals stay singular in Kazakh.
        "<b class=violation>12</b> бұзушылық · <b class=risk>1</b> тәуекел · <b class=warning>2</b> ескерту",
        "Ықтимал айыппұлдар<br><b>1 557 000 ₸</b>",
        "Бизнес санаты<br><b>шағын</b>",
        "3–4-санаттар: Қазақстан азаматтары — 13, барлығы 17 (76,5%) — ең азы 90%",
        "D08 (Мадина Ергалиева): ЖСН 980303400633 жарамсыз:",
        "ҚР ӘҚБтК, 98-бап 1-1-бөлік: 60 АЕК = 259 500 ₸ × 1 (шағын кәсіпкерлік субъектісі, алғаш рет, бұзушылық күні: 20.11.2026)",
        "Еңбек және халықты әлеуметтік қорғау министрінің 2020 жылғы 3 қыркүйектегі № 353 бұйрығы",
        "ҚР Еңбек кодексі, 137-1-бап",
        "D11 (Ерлан Касымов): 22.10.2026 күнгі еңбек шарты ЕШЕБЖ-де тіркелмеген; мерзімі 30.10.2026 күні өтті (21 күн бұрын).",
        "<td class=violation>бұзушылық</td>",
        "<td class=num>259 500</td>",
    ] {
        assert!(html.contains(needle), "the Kazakh report lacks {needle:?}:\n{html}");
    }
    let english = english_words(&visible(&html));
    assert!(english.is_empty(), "English left in the Kazakh report: {english:?}\n{}", visible(&html));
}

#[test]
fn the_workbook_and_the_csv_follow_the_language() {
    use calamine::{Data, Reader};
    let r = demo(Lang::Ru);
    let bytes = kzcomply_audit::xlsx::render(&r, Lang::Ru).unwrap();
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names()[0], "Сводка");
    let summary = book.worksheet_range("Сводка").unwrap();
    let cells: Vec<String> = summary.rows().flatten().map(|c| c.to_string()).collect();
    for needle in ["Компания", "20.11.2026", "Фактическая численность", "да", "13 из 17", "Возможные штрафы, ₸"]
    {
        assert!(cells.iter().any(|c| c == needle), "the Russian summary lacks {needle:?}: {cells:?}");
    }
    let sheet = book.worksheet_range("salary-parity").unwrap();
    assert_eq!(sheet.get_value((0, 0)), Some(&Data::String("Уровень".into())));
    assert_eq!(sheet.get_value((1, 0)), Some(&Data::String("нарушение".into())));
    // The status stays the stable id.
    assert_eq!(sheet.get_value((1, 7)), Some(&Data::String("no_sanction".into())));

    // Russian-locale Excel: a BOM, `;`, the header in Russian, the ids as they are.
    let csv = String::from_utf8(kzcomply_audit::report_csv::render(&r.findings, Lang::Ru)).unwrap();
    assert!(csv.starts_with("\u{feff}Уровень;Правило;Работники;Штраф, ₸;"), "{csv}");
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b';').from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 15, "the demo's 15 findings");
    let fined: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[8] == "priced").collect();
    assert_eq!(fined.len(), 6);
    let ids = ["violation", "risk"];
    assert!(fined.iter().all(|r| &r[3] == "259500" && ids.contains(&&r[0]) && r[6].contains("КоАП РК")), "{csv}");
    // English stays the machine contract: `,`, no BOM, the id header.
    let en = String::from_utf8(kzcomply_audit::report_csv::render(&demo(Lang::En).findings, Lang::En)).unwrap();
    assert!(en.starts_with("severity,rule,people,fine_kzt,gap_kzt,message,basis,fine_note,fine_status\n"), "{en}");
}

#[test]
fn a_bad_file_is_refused_in_the_readers_language() {
    let file = "ИИН;ФИО;id;гражданство;engagement;должность;подразделение;категория;оклад\n\
                900101350122;Aida;1;Kazakh;freelance;Engineer;IT;5;lots\n";
    let e = import::from_csv(file.as_bytes(), Lang::Ru).unwrap_err();
    let text = e.message(Lang::Ru);
    for needle in [
        "ошибок в файле, ничего не импортировано:",
        "заголовок: start_date: нет обязательного столбца `start_date` (или «дата приема»)",
        "строка 2, столбец citizenship: `Kazakh`: ожидается двухбуквенный код страны (ISO 3166)",
        "строка 2, столбец engagement: `freelance`: ожидается direct, outstaffed, third_party или contractor",
        "строка 2, столбец role_category: `5`: ожидается 1, 2, 3 или 4",
        "строка 2, столбец monthly_gross: 'lots' — не число",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    let e = import::from_csv(file.as_bytes(), Lang::Kk).unwrap_err();
    let text = e.message(Lang::Kk);
    assert!(text.starts_with("файлда 5 қате бар, ештеңе импортталмады:"), "{text}");
    assert!(text.contains("2-жол, citizenship бағаны: `Kazakh`: елдің екі әріпті коды"), "{text}");
    // English is as it was.
    let e = import::from_csv(file.as_bytes(), Lang::En).unwrap_err();
    assert!(
        e.to_string().starts_with("5 problem(s) in the file, nothing was imported:\n  - header: start_date:"),
        "{e}"
    );
}
