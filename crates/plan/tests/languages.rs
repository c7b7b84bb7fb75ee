//! The plans in Russian and Kazakh: the same decisions, dates, amounts and stable ids as in
//! English, with every text people read in the reader's language.

use jiff::civil::date;
use kzcomply_i18n::Lang;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::Calendar;
use kzcomply_law::foreign::Category;
use kzcomply_plan::pathway::{HireRequest, Pathway, plan};
use kzcomply_plan::{advise, contract, quote, vet};

fn india_cat3(lang: Lang) -> Pathway {
    let rules = RuleBook::embedded();
    let cal = Calendar::from_rules(&rules).unwrap();
    let req = HireRequest {
        citizenship: "IN".into(),
        category: Category::Three,
        start: date(2026, 4, 1),
        region: "Almaty".into(),
        residence_permit: false,
        exempt: None,
        arrival: None,
        signed: None,
        permit_term: None,
        permit_issued: None,
    };
    plan(&rules, &cal, &req, lang).unwrap()
}

/// Letters only Kazakh writes (ә, ғ, қ, ң, ө, ұ, ү, һ, і).
fn kazakh(s: &str) -> bool {
    s.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c))
}

fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
}

#[test]
fn a_plan_in_each_language_has_the_same_steps_and_dates() {
    let [en, ru, kk] = [Lang::En, Lang::Ru, Lang::Kk].map(india_cat3);
    let shape = |p: &Pathway| p.steps.iter().map(|s| (s.step, s.due, s.window_opens)).collect::<Vec<_>>();
    assert_eq!(shape(&en), shape(&ru));
    assert_eq!(shape(&en), shape(&kk));
    assert_eq!((ru.visa, ru.permit_required, ru.quota_required), ("C3", true, true));
    assert_eq!(ru.uncertainties.len(), en.uncertainties.len());
    let step = |p: &Pathway, id: &str| p.steps.iter().find(|s| s.step == id).unwrap().clone();

    // Russian: the permit's own words, the acts by their Russian names, dates as DD.MM.YYYY.
    assert!(ru.permit_reason.contains("разрешение на привлечение иностранной рабочей силы"), "{}", ru.permit_reason);
    assert!(ru.permit_reason.contains("категория 3 (специалисты)"), "{}", ru.permit_reason);
    assert!(ru.permit_reason.contains("Приказ № 279 от 30.06.2023"), "{}", ru.permit_reason);
    assert_eq!(
        step(&ru, "permit-application").title,
        "Подать заявление на разрешение (крайний день, чтобы решение было к 31.03.2026)"
    );
    assert_eq!(
        step(&ru, "esutd-registration").title,
        "Зарегистрировать трудовой договор (подписан 01.04.2026) в ЕСУТД"
    );
    assert_eq!(
        step(&ru, "foreign-labour-report").title,
        "Ежемесячный отчёт по иностранной рабочей силе за апрель 2026"
    );
    let permit = ru.permit.as_ref().unwrap();
    assert_eq!(permit.term, "12 месяцев");
    assert_eq!(permit.validity, "12 месяцев; продлевается на срок 12 месяцев, не более 3 раз");
    // 31 Mar 2026 + 12 months − 1 day, as in English.
    assert_eq!(permit.expires, en.permit.as_ref().unwrap().expires);
    assert!(ru.uncertainties.iter().any(|u| u.starts_with("Срок рассмотрения:")), "{:?}", ru.uncertainties);
    assert!(ru.uncertainties.iter().any(|u| u.starts_with("Наставничество:")), "{:?}", ru.uncertainties);

    // Kazakh: the same, in Kazakh.
    assert!(kk.permit_reason.contains("шетелдік жұмыс күшін тартуға рұқсат"), "{}", kk.permit_reason);
    assert!(kk.permit_reason.contains("3-санат (мамандар)"), "{}", kk.permit_reason);
    assert_eq!(step(&kk, "esutd-registration").title, "Еңбек шартын (01.04.2026 қол қойылған) ЕШЕБЖ-де тіркеу");
    assert_eq!(kk.permit.as_ref().unwrap().term, "12 ай");
    assert!(kk.quota_reason.starts_with("Рұқсат өңірдің жылдық квотасы шегінде беріледі"), "{}", kk.quota_reason);
    for s in &kk.steps {
        assert!(kazakh(&s.title) || s.title.starts_with("C3"), "not Kazakh: {}", s.title);
    }
    for s in &ru.steps {
        assert!(cyrillic(&s.title) && !kazakh(&s.title), "not Russian: {}", s.title);
    }
}

#[test]
fn advice_keeps_its_ids_and_speaks_the_language() {
    let rules = RuleBook::embedded();
    let s = advise::Situation {
        has_entity: true,
        headcount: 18,
        planned_hires: 3,
        foreign: 2,
        same_role_direct_staff: Some(true),
    };
    let day = date(2026, 11, 21);
    let [en, ru, kk] = [Lang::En, Lang::Ru, Lang::Kk].map(|l| advise::advise(&rules, &s, day, l).unwrap());
    let ids = |a: &advise::Advice| a.traps.iter().map(|t| t.id).collect::<Vec<_>>();
    assert_eq!((ru.recommendation, ids(&ru)), (en.recommendation, ids(&en)));
    assert_eq!((kk.recommendation, ids(&kk)), (en.recommendation, ids(&en)));
    let trap = |a: &advise::Advice, id: &str| a.traps.iter().find(|t| t.id == id).unwrap().message.clone();
    // 18 + 3 = 21 people: over the line of 20.
    assert!(trap(&ru, "headcount-threshold").starts_with("С этими наймами численность вырастет с 18 до 21 человека"));
    assert!(
        trap(&kk, "headcount-threshold").starts_with("Бұл жалдаулармен қызметкерлер саны 18 адамнан 21 адамға жетеді")
    );
    // The ESUTD term and fines: "5 working days", 30–200 MRP (CoAO art. 98).
    assert!(trap(&ru, "esutd").contains("срок — 5 рабочих дней с даты подписания"), "{}", trap(&ru, "esutd"));
    assert!(trap(&ru, "esutd").contains("МРП"), "{}", trap(&ru, "esutd"));
    assert!(trap(&kk, "esutd").contains("АЕК"), "{}", trap(&kk, "esutd"));
    assert!(trap(&ru, "work-permits").contains("до 30 сентября предыдущего года"), "{}", trap(&ru, "work-permits"));
    assert!(ru.traps.iter().all(|t| t.basis.contains("Приказ") || t.basis.contains("кодекс")), "{:?}", ru.traps);
}

#[test]
fn a_quote_has_the_same_numbers_in_every_language() {
    let book = RuleBook::embedded();
    let rules = kzcomply_law::payroll::PayrollRules::for_period(&book, "2026-03".parse().unwrap()).unwrap();
    let pay = quote::Pay::Gross(kzcomply_law::Money::from_tenge(500_000));
    let fee = quote::Fee::PercentOfGross(12.into());
    let [en, ru, kk] =
        [Lang::En, Lang::Ru, Lang::Kk].map(|l| quote::quote(&rules, pay, &quote::Model::ALL, fee, l).unwrap());
    let totals = |q: &quote::Quote| q.models.iter().map(|m| (m.model, m.total_monthly)).collect::<Vec<_>>();
    assert_eq!(totals(&en), totals(&ru));
    assert_eq!(totals(&en), totals(&kk));
    assert_eq!(ru.burden_percent, "16.3%"); // the JSON contract keeps its form
    assert_eq!(ru.models[0].charges[0].name, "обязательные пенсионные взносы работодателя (ОПВР)");
    assert_eq!(kk.models[0].charges[0].name, "жұмыс берушінің міндетті зейнетақы жарналары (ЖМЗЖ)");
    assert!(ru.burden_note.contains("16,3% от начисленной — ниже 17–21%"), "{}", ru.burden_note);
    assert!(kk.burden_note.contains("17–21%-дан төмен"), "{}", kk.burden_note);
}

#[test]
fn vetting_and_contract_findings_in_kazakh() {
    let answers = vec![("kz-legal-entity".to_string(), false), ("generic-contracts".to_string(), true)];
    let v = vet::vet("Acme", &answers, Lang::Kk).unwrap();
    assert_eq!(v.verdict, "do-not-sign");
    assert_eq!(
        v.summary,
        "Жіберуші тарапқа қойылатын 1 заңды талап орындалмаған: бұл провайдер сізге персоналды заңды түрде ұсына алмайды. Шартқа қол қоймаңыз."
    );
    assert_eq!(v.red_flags[0].id, "generic-contracts");
    let ru = vet::vet("Acme", &answers[1..], Lang::Ru).unwrap();
    assert_eq!(ru.summary, "1 тревожный признак: до подписания запросите письменные ответы со ссылками на закон.");

    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/contracts/kk_minimal.txt")).unwrap();
    let r = contract::check(&text, Lang::Kk).unwrap();
    let iin = r.clauses.iter().find(|c| c.id == "employee-iin").unwrap();
    assert_eq!((iin.title.as_str(), iin.found), ("Қызметкердің ЖСН-і", false));
    assert_eq!(iin.looked_for.as_deref(), Some("ЖСН / ИИН / IIN және 12 цифр"));
    let en = contract::check(&text, Lang::En).unwrap();
    assert_eq!(r.missing, en.missing);
    assert_eq!(en.clauses[0].title, "Employee's IIN");
}
