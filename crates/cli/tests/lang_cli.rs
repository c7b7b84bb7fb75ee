//! The command line in Russian and Kazakh: `--lang`, or `LC_ALL` / `LANG`. Dates read DD.MM.YYYY,
//! amounts `346 000 ₸`, counts take their plural forms, and the JSON keeps its field names and ids.
//! The expected texts are written from the catalogue's intent, as an HR officer would say them.

mod common;

use common::{kzcomply, kzcomply_env, stderr, stdout};

fn ok(args: &[&str]) -> String {
    let o = kzcomply(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

fn has_all(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "expected {n:?} in:\n{text}");
    }
}

#[test]
fn a_deadline_in_russian() {
    let text = ok(&["--lang", "ru", "deadline", "esutd-new-contract", "--date", "19.03.2026", "--as-of", "02.04.2026"]);
    has_all(
        &text,
        &[
            "esutd-new-contract — внести новый трудовой договор в ЕСУТД",
            "дата события  чт 19.03.2026  (день подписания договора обеими сторонами)",
            "правило       5 рабочих дней после подписания",
            "срок          вт 31.03.2026",
            "пт 20.03.2026, чт 26.03.2026, пт 27.03.2026, пн 30.03.2026, вт 31.03.2026",
            "статус        просрочено на 2 дня  (на 02.04.2026)",
            "основание     Приказ Министра труда и социальной защиты населения РК от 3 сентября 2020 года № 353",
        ],
    );
    assert!(!text.contains("2026-03"), "an ISO date in Russian output:\n{text}");
}

#[test]
fn a_deadline_in_kazakh() {
    let text = ok(&["--lang", "kk", "deadline", "esutd-new-contract", "--date", "19.03.2026", "--as-of", "02.04.2026"]);
    has_all(
        &text,
        &[
            "esutd-new-contract — жаңа еңбек шартын ЕШЕБЖ-ге енгізу",
            "қол қойылғаннан кейін 5 жұмыс күні ішінде",
            "мерзімі     сс 31.03.2026",
            "мерзімі 2 күн бұрын өтіп кетті  (02.04.2026 күнгі жағдай)",
            "№ 353 бұйрығы",
        ],
    );
}

#[test]
fn russian_days_take_one_few_and_many() {
    // Due Tue 31 March 2026.
    for (as_of, want) in [
        ("01.04.2026", "просрочено на 1 день"),
        ("02.04.2026", "просрочено на 2 дня"),
        ("05.04.2026", "просрочено на 5 дней"),
        ("21.04.2026", "просрочено на 21 день"),
        ("30.03.2026", "остался 1 день"),
        ("20.03.2026", "осталось 11 дней"),
    ] {
        let text = ok(&["--lang", "ru", "deadline", "esutd-new-contract", "--date", "2026-03-19", "--as-of", as_of]);
        assert!(text.contains(want), "as of {as_of}: expected {want:?} in:\n{text}");
    }
    let late = ok(&["--lang", "ru", "deadline", "esutd-new-contract", "--date", "19.03.2026", "--done", "01.04.2026"]);
    assert!(late.contains("выполнено с опозданием на 1 день"), "{late}");
}

#[test]
fn the_json_keeps_its_ids_and_dates_while_its_words_follow_the_language() {
    let o = kzcomply(&[
        "--lang",
        "ru",
        "deadline",
        "esutd-new-contract",
        "--date",
        "19.03.2026",
        "--as-of",
        "02.04.2026",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["event"], "esutd-new-contract");
    assert_eq!(v["status"], "overdue");
    assert_eq!(v["days"], 2);
    assert_eq!(v["due"], "2026-03-31");
    assert_eq!(v["rule_key"], "deadlines.esutd.new_contract");
    assert_eq!(v["status_text"], "просрочено на 2 дня");
    assert_eq!(v["rule"], "5 рабочих дней после подписания");
}

#[test]
fn the_calendar_follows_lang_from_the_environment() {
    let o = kzcomply_env(&["calendar", "2026"], &[("LANG", "kk_KZ.UTF-8")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    has_all(
        &text,
        &[
            "2026 жылғы өндірістік күнтізбе — бес күндік жұмыс аптасы",
            "Жұмыс күндері: 247   Жұмыс емес күндер: 118",
            "Күні        Апта  Түрі          Себебі",
            "23.03.2026  дс    мереке        Наурыз мейрамы",
            "24.03.2026  сс    ауыстыру      Наурыз мейрамы: ауыстырылған демалыс күні (сб 21.03.2026)",
            "27.05.2026  ср    діни          Құрбан айт, бірінші күні (діни демалыс күні)",
            "Ай        қаң ақп нау",
            "нау 18 ",
        ],
    );
    assert!(!text.contains("Production calendar"), "{text}");
    // LC_ALL wins over LANG; --lang wins over both.
    let o = kzcomply_env(&["calendar", "2026"], &[("LANG", "kk_KZ.UTF-8"), ("LC_ALL", "ru_RU.UTF-8")]);
    assert!(stdout(&o).starts_with("Производственный календарь на 2026 год — пятидневная рабочая неделя"));
    let o = kzcomply_env(&["--lang", "en", "calendar", "2026"], &[("LC_ALL", "ru_RU.UTF-8")]);
    assert!(stdout(&o).starts_with("Production calendar 2026 — five-day week"));
}

#[test]
fn a_fine_in_russian_and_kazakh_in_tenge_with_spaces() {
    let ru = ok(&["--lang", "ru", "fine", "esutd-late", "--on", "01.04.2026", "--offender", "medium"]);
    has_all(
        &ru,
        &[
            "esutd-late — несвоевременное внесение сведений в ЕСУТД",
            "нарушитель  субъект среднего предпринимательства",
            "статья      КоАП РК, ст. 98 ч. 1-1",
            "штраф       80 МРП  × 4 325 (МРП 2026 года)",
            "в тенге     346 000 ₸",
        ],
    );
    let kk = ok(&[
        "--lang",
        "kk",
        "fine",
        "esutd-missing",
        "--on",
        "2026-05-10",
        "--headcount",
        "240",
        "--outstaffed",
        "20",
        "--income-mrp",
        "100000",
        "--repeat",
    ]);
    has_all(
        &kk,
        &[
            "ірі кәсіпкерлік субъектісі  (ірі кәсіпкерлік: 260 адам (240 өз қызметкері + аутстаффинг бойынша ұсынылған 20) > 250)",
            "ҚР ӘҚБтК, 98-бап 2-1-бөлік",
            "200 АЕК  × 4 325 (2026 жылғы АЕК)",
            "865 000 ₸",
        ],
    );
    let early = ok(&["--lang", "ru", "fine", "esutd-late", "--on", "01.03.2026", "--offender", "small"]);
    assert!(early.contains("санкция     нет  КоАП РК ст. 98 ч. 1-1 и 2-1 применяются только к нарушениям, совершённым с 12 марта 2026 года"), "{early}");
    let range = ok(&[
        "--lang",
        "ru",
        "fine",
        "foreign-worker-without-contract",
        "--on",
        "2026-04-01",
        "--offender",
        "small",
        "--repeat",
    ]);
    assert!(range.contains("от 346 000 до 865 000 ₸"), "{range}");
}

#[test]
fn a_payroll_table_in_russian() {
    let text = ok(&["--lang", "ru", "payroll", "--period", "2026-03", "--gross", "145000"]);
    has_all(
        &text,
        &[
            "Расчёт зарплаты за 03.2026 — гражданин РК",
            "Начислено                               145 000",
            "Удержано из зарплаты работника",
            "  ОПВ   пенсионные взносы                14 500  10%",
            "  ИПН   подоходный налог                      0  с облагаемого дохода 0",
            "К выплате                               127 600  88,0% от начисленного",
            "  ОПВР  пенсионные взносы работодателя    5 075  3,5%",
            "Всего расходы работодателя              168 606  начислено + 23 606 (сверху 16,3%)",
            "Как рассчитана каждая строка (суммы в тенге):",
            "  opv           10% × мин(начислено 145 000; 50 МЗП = 4 250 000) = 10% × 145 000 = 14 500",
            "базовый вычет 127 600 вместо 129 750: он не может превышать доход после ОПВ и ВОСМС",
        ],
    );
}

#[test]
fn dates_are_read_both_ways_on_every_flag() {
    let iso = ok(&["payroll", "--period", "2026-03", "--gross", "145000", "--born", "1970-05-01", "--json"]);
    let local = ok(&["payroll", "--period", "2026-03", "--gross", "145000", "--born", "01.05.1970", "--json"]);
    assert_eq!(iso, local);
    let a = ok(&["rules", "show", "--on", "01.01.2026", "--json"]);
    let b = ok(&["rules", "show", "--on", "2026-01-01", "--json"]);
    assert_eq!(a, b);
    let a = ok(&["rules", "status", "--on", "01.12.2026", "--json"]);
    assert!(a.contains("\"covered_until\": \"2026-12-31\""), "{a}");
    let o = kzcomply(&["payroll", "--period", "2026-03", "--gross", "145000", "--born", "31.02.1970"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn errors_and_other_commands_in_each_language() {
    let o = kzcomply(&["--lang", "ru", "deadline", "immigrant-registration", "--date", "30.06.2026"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.starts_with(
            "ошибка: immigrant-registration --date 30.06.2026: на 30.06.2026 не требуется: 30-дневная регистрация"
        ),
        "{e}"
    );
    let o = kzcomply(&["--lang", "kk", "payroll", "--period", "2027-01", "--gross", "145000"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.starts_with("қате: 01.2027 кезеңіне жалақы ережелері жоқ:"), "{e}");
    assert!(
        e.contains("Ережелерде 01.01.2027 күнге мына параметрлердің мәні жоқ: mrp (01.01.2027 күнінен бастап)"),
        "{e}"
    );
    let size = ok(&[
        "--lang",
        "ru",
        "entity-size",
        "--headcount",
        "18",
        "--outstaffed",
        "4",
        "--income-mrp",
        "250000",
        "--on",
        "2026-05-01",
    ]);
    assert!(size.starts_with("малое предпринимательство\n(малое предпринимательство: 22 человека (18 собственных + 4 предоставленных по аутстаффингу) ≤ 100"), "{size}");
    let id = ok(&["--lang", "kk", "id", "880315301121"]);
    assert_eq!(id, "880315301121: дұрыс ЖСН (туған күні 15.03.1988, жынысы ер)\n");
    let o = kzcomply(&["--lang", "ru", "id", "12345"]);
    assert_eq!(stdout(&o), "12345: НЕВЕРНЫЙ ИИН: должно быть ровно 12 цифр (указано `12345`)\n");
    let status = ok(&["--lang", "ru", "rules", "status", "--on", "01.12.2026"]);
    has_all(
        &status,
        &[
            "Правила охватывают период по 31.12.2026 (осталось 30 дней).",
            "mrp  с 01.01.2027  Месячный расчётный показатель (МРП)",
        ],
    );
    let add = ok(&["--lang", "kk", "workdays", "add", "19.03.2026", "5"]);
    assert_eq!(add, "31.03.2026\n(бс 19.03.2026 + 5 жұмыс күні, бес күндік жұмыс аптасы = сс 31.03.2026)\n");
    let check = ok(&["--lang", "ru", "workdays", "check", "2026-03-24"]);
    assert_eq!(check, "вт 24.03.2026 — НЕ рабочий день: перенос выходного дня с сб 21.03.2026 (Наурыз мейрамы)\n");
}

#[test]
fn english_is_unchanged() {
    let text = ok(&["deadline", "esutd-new-contract", "--date", "19.03.2026", "--as-of", "2026-04-02"]);
    has_all(
        &text,
        &[
            "esutd-new-contract — register a new employment contract in ESUTD",
            "event date  Thu 2026-03-19  (the day both parties signed)",
            "rule        5 working days after signing",
            "status      overdue by 2 days  (as of 2026-04-02)",
        ],
    );
    let fine = ok(&["fine", "esutd-late", "--on", "2026-04-01", "--offender", "medium"]);
    has_all(&fine, &["fine      80 MRP  × 4,325 (MRP 2026)", "in tenge  346,000 KZT"]);
}
