//! The hiring-plan commands in Russian and Kazakh: the same plan, dates as DD.MM.YYYY, amounts as
//! `1 019 990`, the law's names as Kazakh HR writes them; the JSON keeps its ids and field names.
//! Expected texts are written from what each step means (the dates are worked by hand in
//! tests/golden/hiring/foreign_hire.toml, first case).

mod common;
use common::{json, kzcomply, kzcomply_env, stderr, stdout};

const HIRING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/hiring");
const CONTRACTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../plan/tests/contracts");

const INDIA: [&str; 9] =
    ["foreign-hire", "--citizenship", "IN", "--category", "3", "--start", "01.04.2026", "--region", "Almaty"];

fn run(lang: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    let o = kzcomply(&all);
    assert!(o.status.success(), "{all:?}: {}", stderr(&o));
    stdout(&o)
}

/// No date in the ISO form (2026-04-01) is left in a Russian or Kazakh text.
fn no_iso_date(out: &str) {
    let b = out.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        assert!(!(digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10)), "ISO date in {out}");
    }
}

/// The line after the one that starts with `due` (the step's title is on the due line).
fn step_line<'a>(out: &'a str, due: &str) -> &'a str {
    out.lines().find(|l| l.starts_with(due)).unwrap_or_else(|| panic!("no step due {due} in\n{out}"))
}

#[test]
fn foreign_hire_in_russian() {
    let out = run("ru", &INDIA);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Найм иностранца: гражданин IN, категория 3 (специалисты), начало работы 01.04.2026, Almaty");
    assert!(lines[2].starts_with("Разрешение на привлечение иностранной рабочей силы: нужно. "), "{}", lines[2]);
    assert!(lines[2].contains("(категория 3 (специалисты); Приказ № 279 от 30.06.2023)"), "{}", lines[2]);
    assert!(lines[3].starts_with("Квота: нужна. Разрешение выдаётся в пределах годовой квоты региона"), "{}", lines[3]);
    assert!(lines[4].starts_with("Виза: C3. C3 — рабочая виза"), "{}", lines[4]);
    assert!(lines[4].contains("Виза C5 — виза бизнес-иммигранта"), "{}", lines[4]);
    // Issued on the decision day, Tue 31 Mar 2026; 12 months less a day.
    assert_eq!(
        lines[5],
        "Разрешение: 12 месяцев, с 31.03.2026 по 30.03.2027 (12 месяцев; продлевается на срок 12 месяцев, не более 3 раз)."
    );
    // Latest posting Fri 27 Feb, latest application Tue 17 Mar (7 working days before 31 Mar, Nauryz off).
    assert!(
        step_line(&out, "27.02.2026")
            .contains("Разместить вакансию на Электронной бирже труда (enbek.kz) — крайний день")
    );
    assert!(
        step_line(&out, "17.03.2026")
            .contains("Подать заявление на разрешение (крайний день, чтобы решение было к 31.03.2026)")
    );
    assert!(step_line(&out, "31.03.2026").contains("Разрешение должно быть выдано"));
    assert!(out.contains("Зарегистрировать трудовой договор (подписан 01.04.2026) в ЕСУТД"), "{out}");
    // Extension window 29 Jan … 26 Feb 2027; 12 reports from April 2026 to March 2027.
    assert!(step_line(&out, "29.01.2027 … 26.02.2027").contains("Подать заявление на продление разрешения (окно)"));
    assert!(
        out.contains("Ежемесячный отчёт по иностранной рабочей силе × 12 (показан первый, последний — до 30.03.2027)"),
        "{out}"
    );
    assert!(out.contains("  основание: Приказ № 279 от 30.06.2023: без разрешения работать нельзя"), "{out}");
    assert!(out.contains("  примечание: 01.03.2026 — нерабочий день: взят предыдущий рабочий день."), "{out}");
    // The permit authority's term rests on Order No. 559 (low confidence): said in Russian.
    assert!(out.contains("срок принятия решения: 7 рабочих дней — Приказ от 27 июня 2016 года № 559"), "{out}");
    assert!(
        out.contains(
            "\nГде закон не ясен:\n  ⚠ Срок рассмотрения: kzcomply закладывает на решение по разрешению 7 рабочих дней"
        ),
        "{out}"
    );
    for english in ["basis:", "note:", "Where the law", "Permit", "working day", "Order No."] {
        assert!(!out.contains(english), "English {english:?} left in\n{out}");
    }
    no_iso_date(&out);
}

#[test]
fn foreign_hire_in_kazakh() {
    let out = run("kk", &INDIA);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "Шетелдік маманды жалдау: IN азаматы, 3-санат (мамандар), жұмыстың басталуы 01.04.2026, Almaty"
    );
    assert!(lines[2].starts_with("Шетелдік жұмыс күшін тартуға рұқсат: қажет. "), "{}", lines[2]);
    assert!(lines[3].starts_with("Квота: қажет. "), "{}", lines[3]);
    assert_eq!(
        lines[5],
        "Рұқсат: 12 ай, 31.03.2026 бастап 30.03.2027 дейін (12 ай; ұзарту мерзімі — 12 ай, ең көбі 3 рет)."
    );
    assert!(
        step_line(&out, "17.03.2026").contains("Рұқсатқа өтініш беру (31.03.2026 дейін шешім шығуы үшін соңғы күн)")
    );
    assert!(out.contains("Еңбек шартын (01.04.2026 қол қойылған) ЕШЕБЖ-де тіркеу"), "{out}");
    assert!(out.contains("Шетелдік жұмыс күші туралы ай сайынғы есеп × 12"), "{out}");
    assert!(
        out.contains("  негіздеме: 2023 жылғы 30 маусымдағы № 279 бұйрық: рұқсатсыз жұмыс істеуге болмайды"),
        "{out}"
    );
    // Kazakh nouns stay singular after numerals: "7 жұмыс күні", "12 ай", "90 күнтізбелік күн".
    assert!(out.contains("шешім қабылдау мерзімі: 7 жұмыс күні — 2016 жылғы 27 маусымдағы № 559 бұйрық"), "{out}");
    assert!(out.contains("шегі — 90 күнтізбелік күн"), "{out}");
    assert!(out.contains("\nЗаң анық емес тұстар:\n  ⚠ Рұқсатты қарау мерзімі:"), "{out}");
    for english in ["basis:", "note:", "Where the law", "working day", "Order No."] {
        assert!(!out.contains(english), "English {english:?} left in\n{out}");
    }
    no_iso_date(&out);
}

#[test]
fn the_json_keeps_ids_and_dates_and_translates_texts() {
    let mut args = INDIA.to_vec();
    args.push("--json");
    let en = json(&args);
    let ru = json(&[&["--lang", "ru"][..], &args].concat());
    let kk = json(&[&["--lang", "kk"][..], &args].concat());
    let shape = |p: &serde_json::Value| {
        p["steps"].as_array().unwrap().iter().map(|s| (s["step"].clone(), s["due"].clone())).collect::<Vec<_>>()
    };
    assert_eq!(shape(&en), shape(&ru));
    assert_eq!(shape(&en), shape(&kk));
    for p in [&ru, &kk] {
        assert_eq!((&p["visa"], &p["category"], &p["start"]), (&en["visa"], &en["category"], &en["start"]));
        assert_eq!(p["permit"]["expires"], "2027-03-30"); // the contract's dates stay ISO
    }
    let title = |p: &serde_json::Value, id: &str| {
        p["steps"].as_array().unwrap().iter().find(|s| s["step"] == id).unwrap()["title"].as_str().unwrap().to_string()
    };
    assert_eq!(title(&en, "permit-decision"), "The permit must be issued (last working day before the start)");
    assert_eq!(
        title(&ru, "permit-decision"),
        "Разрешение должно быть выдано (последний рабочий день перед началом работы)"
    );
    assert_eq!(title(&kk, "permit-decision"), "Рұқсат берілген болуы тиіс (жұмыс басталар алдындағы соңғы жұмыс күні)");
}

#[test]
fn the_language_comes_from_the_environment_too() {
    let o = kzcomply_env(&INDIA, &[("LANG", "kk_KZ.UTF-8")]);
    assert!(stdout(&o).starts_with("Шетелдік маманды жалдау: IN азаматы"), "{}", stdout(&o));
    // English without a language, and ISO dates: the existing output.
    let o = kzcomply(&INDIA);
    assert!(
        stdout(&o).starts_with("Foreign hire: IN citizen, category 3 (specialists), starting 2026-04-01 in Almaty")
    );
}

#[test]
fn advise_in_russian_and_kazakh() {
    let args = [
        "advise",
        "--has-entity",
        "yes",
        "--headcount",
        "18",
        "--planned-hires",
        "3",
        "--foreign",
        "2",
        "--same-role-direct-staff",
        "yes",
        "--as-of",
        "21.11.2026",
    ];
    let ru = run("ru", &args);
    assert!(
        ru.starts_with(
            "Рекомендация: прямой найм на ваше юрлицо\n\nПочему:\n  • Ваши штатные работники уже выполняют эту работу"
        ),
        "{ru}"
    );
    // 18 + 3 = 21 people, over the line of 20; 2 foreign specialists need 9 × 2 = 18 citizens beside them.
    assert!(ru.contains("  ⚠ headcount-threshold — С этими наймами численность вырастет с 18 до 21 человека"), "{ru}");
    assert!(ru.contains("граждан РК в этой группе должно быть не менее 18 (90%)"), "{ru}");
    assert!(ru.contains("вы обязаны зарегистрировать новый договор, срок — 5 рабочих дней с даты подписания"), "{ru}");
    assert!(
        ru.contains("      основание: Приказ № 353 от 03.09.2020 (ЕСУТД); КоАП РК, ст. 98 ч. 1-1 и 2-1 (с 12.03.2026)"),
        "{ru}"
    );
    assert!(ru.contains("\nОбычная последовательность: EOR для первых сотрудников →"), "{ru}");
    let kk = run("kk", &args);
    assert!(kk.starts_with("Ұсыныс: өз заңды тұлғаңызға тікелей жалдау\n\nНеліктен:\n"), "{kk}");
    assert!(
        kk.contains("  ⚠ headcount-threshold — Бұл жалдаулармен қызметкерлер саны 18 адамнан 21 адамға жетеді"),
        "{kk}"
    );
    assert!(kk.contains("      негіздеме: 2020 жылғы 3 қыркүйектегі № 353 бұйрық (ЕШЕБЖ)"), "{kk}");
    // The JSON's ids do not change with the language.
    let mut j = args.to_vec();
    j.push("--json");
    let en = json(&j);
    let ru = json(&[&["--lang", "ru"][..], &j].concat());
    let ids =
        |a: &serde_json::Value| a["traps"].as_array().unwrap().iter().map(|t| t["id"].clone()).collect::<Vec<_>>();
    assert_eq!((&ru["recommendation"], ids(&ru)), (&en["recommendation"], ids(&en)));
    assert_eq!(en["recommendation"], "direct");
    assert!(ru["sequence"].as_str().unwrap().starts_with("EOR для первых сотрудников"));
}

#[test]
fn quote_in_russian_and_kazakh() {
    // 2026, gross 800,000: OPVR 28,000 + SO 29,750 + OOSMS 24,000 + social tax 42,240 = 123,990;
    // fee 12% = 96,000; EOR total 800,000 + 123,990 + 96,000 = 1,019,990; × 12 = 12,239,880.
    let args = ["quote", "--gross", "800000", "--period", "2026-01", "--fee-percent", "12"];
    let ru = run("ru", &args);
    // A row's cells: the label and the amounts, split where two spaces or more stand between them.
    let row = |out: &str, label: &str| {
        let line = out.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("no {label} in\n{out}"));
        line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" | ")
    };
    assert!(ru.starts_with("Расчёт стоимости за январь 2026 (резидент — гражданин РК, с базовым вычетом"), "{ru}");
    let header = ru.lines().find(|l| l.trim_start().starts_with("EOR")).unwrap();
    assert!(header.trim_start().starts_with("EOR           PEO") && header.ends_with("ПРЯМОЙ НАЙМ"), "{ru}");
    assert_eq!(row(&ru, "Итого в месяц"), "Итого в месяц | 1 019 990 | 1 019 990 | 923 990");
    assert_eq!(row(&ru, "Итого в год (× 12)"), "Итого в год (× 12) | 12 239 880 | 12 239 880 | 11 087 880");
    assert_eq!(row(&ru, "  + социальный налог (СН)"), "+ социальный налог (СН) | 42 240 | 42 240 | 42 240");
    assert!(ru.contains("Нагрузка на работодателя: 15,5%. Обязательные платежи работодателя сверх начисленной зарплаты по правилам 2026 года: 15,5% от начисленной — ниже 17–21%"), "{ru}");
    let kk = run("kk", &args);
    assert!(kk.starts_with("2026 жылғы қаңтар үшін құн есебі"), "{kk}");
    assert_eq!(row(&kk, "Айына барлығы"), "Айына барлығы | 1 019 990 | 1 019 990 | 923 990");
    assert_eq!(
        row(&kk, "  + жұмыс берушінің"),
        "+ жұмыс берушінің міндетті зейнетақы жарналары (ЖМЗЖ) | 28 000 | 28 000 | 28 000"
    );
    assert!(kk.contains("17–21%-дан төмен"), "{kk}");
    // JSON: amounts are numbers, codes stay, names follow the language.
    let mut j = args.to_vec();
    j.push("--json");
    let q = json(&[&["--lang", "kk"][..], &j].concat());
    assert_eq!((&q["models"][0]["model"], &q["models"][0]["total_monthly"]), (&"eor".into(), &1_019_990.into()));
    assert_eq!(q["models"][0]["charges"][3]["code"], "social_tax");
    assert_eq!(q["models"][0]["charges"][3]["name"], "әлеуметтік салық (ӘС)");
    assert_eq!(q["burden_percent"], "15.5%");
}

#[test]
fn trips_vet_and_contract_check_in_the_readers_language() {
    // F-07: 108 days outside Almaty, the 90th on 18 May, over from 19 May, 18 days over.
    let ru = run("ru", &["trips", &format!("{HIRING}/trips.csv"), "--as-of", "21.11.2026"]);
    assert!(
        ru.starts_with(
            "Командировки за пределы региона разрешения в 2026 году (лимит — 90 календарных дней), на 21.11.2026"
        ),
        "{ru}"
    );
    assert!(ru.contains("использовано 108, запланировано 0; лимит исчерпан 18.05.2026, превышение с 19.05.2026 (сверх лимита 18 дней)  ЛИМИТ ПРЕВЫШЕН"), "{ru}");
    assert!(ru.contains("осталось 39 дней  в пределах лимита"), "{ru}");

    let kk = run("kk", &["vet", &format!("{HIRING}/provider-answers.toml")]);
    assert!(kk.contains("Жіберуші тарапқа қойылатын 1 заңды талап орындалмаған"), "{kk}");
    assert!(kk.contains("\nҚауіпті белгілер:\n"), "{kk}");
    assert!(kk.contains("Өткен тексерістер: 5 / 10."), "{kk}");
    let ru = run("ru", &["vet", "--questions"]);
    assert!(
        ru.starts_with("kz-legal-entity              Провайдер — юридическое лицо, зарегистрированное в Казахстане"),
        "{ru}"
    );

    // A Kazakh contract, checked and reported in Kazakh.
    let kk = run("kk", &["contract-check", &format!("{CONTRACTS}/kk_minimal.txt")]);
    assert!(kk.contains("kk_minimal.txt: міндетті талаптар табылды — 4 / 12"), "{kk}");
    assert!(kk.contains("  ✓ Жұмыс орны\n"), "{kk}");
    assert!(kk.contains("  ✗ Қызметкердің ЖСН-і — ТАБЫЛМАДЫ\n      ізделгені: ЖСН / ИИН / IIN және 12 цифр"), "{kk}");
    let full = json(&["--lang", "kk", "contract-check", &format!("{CONTRACTS}/kk_full.txt"), "--json"]);
    assert_eq!(full["missing"], serde_json::json!([]));
    assert_eq!(full["clauses"][3]["id"], "place-of-work");
    assert_eq!(full["clauses"][3]["title"], "Жұмыс орны");
}
