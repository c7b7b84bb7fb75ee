//! Writes sample payslips and times the renderer:
//!
//!     cargo run --release -p kzcomply-pdf --example payslips -- [OUT_DIR] [N] [--no-batch]
//!
//! OUT_DIR (default: the system's temp dir) gets `payslip-ru.pdf`, `payslip-kk.pdf` and
//! `month.pdf` (N payslips in one file, default 100). Prints the first render (which builds the
//! fonts and the library), the mean of N single renders of different employees, and the time of
//! the N-payslip `render_many` (skipped with `--no-batch`).

use std::time::Instant;

use kzcomply_pdf::{Document, Field, Row, Section, render, render_many};

fn field(label: &str, value: &str) -> Field {
    Field { label: label.into(), value: value.into() }
}

fn row(label: &str, detail: Option<&str>, amount: &str) -> Row {
    Row { label: label.into(), detail: detail.map(Into::into), amount: amount.into() }
}

fn kazakh(n: usize) -> Document {
    Document {
        lang: "kk".into(),
        title: "2026 жылғы наурызға арналған есеп айырысу парағы".into(),
        subtitle: Some("«Дала Софт» ЖШС · БСН 210440012345".into()),
        parties: vec![
            field("Жұмыс беруші", "«Дала Софт» ЖШС"),
            field("БСН", "210440012345"),
            field("Қызметкер", &format!("Әлиев Қанат Өмірұлы №{n}")),
            field("ЖСН", "900101300456"),
            field("Табель нөмірі", &format!("{n:05}")),
            field("Лауазымы", "Бағдарламашы"),
            field("Жұмыс істеген күндер", "22 / 22"),
        ],
        sections: vec![
            Section {
                title: "Есептелді".into(),
                rows: vec![
                    row("Лауазымдық жалақы", Some("22 жұмыс күнінің 22-сі"), "145 000 ₸"),
                    row("Сыйлықақы", None, "20 000 ₸"),
                ],
                total: Some(field("Барлығы есептелді", "165 000 ₸")),
            },
            Section {
                title: "Ұсталды".into(),
                rows: vec![
                    row("Міндетті зейнетақы жарналары (МЗЖ)", Some("165 000 ₸ × 10%"), "16 500 ₸"),
                    row("МӘМС жарналары", Some("165 000 ₸ × 2%"), "3 300 ₸"),
                    row("Жеке табыс салығы", Some("(165 000 − 16 500 − 3 300 − 43 250) × 10%"), "10 195 ₸"),
                ],
                total: Some(field("Барлығы ұсталды", "29 995 ₸")),
            },
            Section {
                title: "Жұмыс берушінің есебінен".into(),
                rows: vec![
                    row("Әлеуметтік салық", Some("6%"), "7 722 ₸"),
                    row("Әлеуметтік аударымдар", Some("5%"), "7 425 ₸"),
                    row("МӘМС аударымдары", Some("3%"), "4 950 ₸"),
                ],
                total: None,
            },
        ],
        total: Some(field("Төленуге тиіс", "135 005 ₸")),
        notes: vec![
            "Есеп айырысу парағы ҚР Еңбек кодексінің 113-бабының 2-тармағына сәйкес беріледі.".into(),
            "Мөлшерлемелер: ҚР Салық кодексі; «Қазақстан Республикасында зейнетақымен қамсыздандыру туралы» Заң."
                .into(),
        ],
    }
}

fn russian(n: usize) -> Document {
    let mut doc = kazakh(n);
    doc.lang = "ru".into();
    doc.title = "Расчётный листок за март 2026".into();
    doc.subtitle = Some("ТОО «Дала Софт» · БИН 210440012345".into());
    doc.parties = vec![
        field("Работодатель", "ТОО «Дала Софт»"),
        field("БИН", "210440012345"),
        field("Работник", &format!("Иванова Мария Сергеевна №{n}")),
        field("ИИН", "900101400123"),
        field("Табельный номер", &format!("{n:05}")),
        field("Должность", "Бухгалтер"),
        field("Отработано дней", "22 из 22"),
    ];
    let titles = ["Начислено", "Удержано", "За счёт работодателя"];
    let labels = [
        vec!["Оклад", "Премия"],
        vec!["Обязательные пенсионные взносы (ОПВ)", "Взносы на ОСМС", "ИПН"],
        vec!["Социальный налог", "Социальные отчисления", "Отчисления на ОСМС"],
    ];
    for ((section, title), labels) in doc.sections.iter_mut().zip(titles).zip(labels) {
        section.title = title.into();
        for (row, label) in section.rows.iter_mut().zip(labels) {
            row.label = label.into();
        }
    }
    doc.sections[0].rows[0].detail = Some("22 из 22 рабочих дней".into());
    doc.sections[0].total = Some(field("Итого начислено", "165 000 ₸"));
    doc.sections[1].total = Some(field("Итого удержано", "29 995 ₸"));
    doc.total = Some(field("К выплате", "135 005 ₸"));
    doc.notes = vec![
        "Расчётный листок выдан согласно п. 2 ст. 113 Трудового кодекса РК.".into(),
        "Ставки: Налоговый кодекс РК; Закон РК «О пенсионном обеспечении в Республике Казахстан».".into(),
    ];
    doc
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().map(Into::into).unwrap_or_else(std::env::temp_dir);
    let n: usize = args.next().map(|s| s.parse().expect("N is a number")).unwrap_or(100);
    std::fs::create_dir_all(&dir).expect("create OUT_DIR");

    let t = Instant::now();
    let ru = render(&russian(0)).expect("render");
    println!("first render (fonts, library, template): {:.1} ms", ms(t));
    std::fs::write(dir.join("payslip-ru.pdf"), &ru).expect("write");
    std::fs::write(dir.join("payslip-kk.pdf"), render(&kazakh(0)).expect("render")).expect("write");

    let t = Instant::now();
    let mut bytes = 0;
    for i in 1..=n {
        bytes += render(&if i % 2 == 0 { russian(i) } else { kazakh(i) }).expect("render").len();
    }
    println!("render(): {:.2} ms per payslip (mean of {n}, {} bytes each)", ms(t) / n as f64, bytes / n);

    if args.next().as_deref() == Some("--no-batch") {
        return;
    }
    let docs: Vec<Document> = (1..=n).map(|i| if i % 2 == 0 { russian(i) } else { kazakh(i) }).collect();
    let t = Instant::now();
    let month = render_many(&docs).expect("render_many");
    let took = ms(t);
    println!("render_many(): {n} payslips in {:.0} ms ({:.2} ms each, {} bytes)", took, took / n as f64, month.len());
    std::fs::write(dir.join("month.pdf"), month).expect("write");
    println!("wrote {}", dir.display());
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}
