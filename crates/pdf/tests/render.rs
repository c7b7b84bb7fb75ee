//! Renders Russian, Kazakh and hostile documents and reads the PDFs back with poppler's
//! `pdftotext` and `pdfinfo` (Debian package poppler-utils; CI installs it).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use kzcomply_pdf::{Document, Field, PdfError, Row, Section, render, render_many};

fn field(label: &str, value: &str) -> Field {
    Field { label: label.into(), value: value.into() }
}

fn row(label: &str, detail: Option<&str>, amount: &str) -> Row {
    Row { label: label.into(), detail: detail.map(Into::into), amount: amount.into() }
}

fn russian() -> Document {
    Document {
        lang: "ru".into(),
        title: "Расчётный листок за март 2026".into(),
        subtitle: Some("ТОО «Дала Софт», БИН 210440012345".into()),
        parties: vec![
            field("Работник", "Иванова Мария Сергеевна"),
            field("ИИН", "900101400123"),
            field("Табельный номер", "00042"),
            field("Должность", "Бухгалтер"),
            field("Отработано дней", "22 из 22"),
        ],
        sections: vec![
            Section {
                title: "Начислено".into(),
                rows: vec![row("Оклад", Some("22 из 22 рабочих дней"), "145 000 ₸"), row("Премия", None, "20 000 ₸")],
                total: Some(field("Итого начислено", "165 000 ₸")),
            },
            Section {
                title: "Удержано".into(),
                rows: vec![
                    row("ОПВ", Some("10% от 165 000 ₸"), "16 500 ₸"),
                    row("ВОСМС", Some("2% от 165 000 ₸"), "3 300 ₸"),
                    row("ИПН", Some("10% от облагаемого дохода"), "9 660 ₸"),
                ],
                total: Some(field("Итого удержано", "29 460 ₸")),
            },
        ],
        total: Some(field("К выплате", "135 540 ₸")),
        notes: vec![
            "Расчётный листок выдан согласно п. 2 ст. 113 Трудового кодекса РК.".into(),
            "Ставки: Налоговый кодекс РК, Закон «О пенсионном обеспечении», Закон «Об ОСМС».".into(),
        ],
    }
}

const KAZAKH_LETTERS: &str = "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і";

fn kazakh() -> Document {
    Document {
        lang: "kk".into(),
        title: "2026 жылғы наурызға арналған есеп айырысу парағы".into(),
        subtitle: None,
        parties: vec![
            field("Жұмыс беруші", "«Дала Софт» ЖШС, БСН 210440012345"),
            field("Қызметкер", "Әлиев Қанат Өмірұлы"),
            field("ЖСН", "900101300456"),
            field("Лауазымы", "Бағдарламашы"),
            field("Әріптер", KAZAKH_LETTERS),
        ],
        sections: vec![
            Section {
                title: "Есептелді".into(),
                rows: vec![row("Лауазымдық жалақы", Some("22 күннің 22-сі"), "145 000 ₸")],
                total: Some(field("Барлығы есептелді", "145 000 ₸")),
            },
            Section {
                title: "Ұсталды".into(),
                rows: vec![row("МЗЖ", Some("145 000 ₸-ның 10%"), "14 500 ₸"), row("ЖТС", None, "2 900 ₸")],
                total: Some(field("Барлығы ұсталды", "17 400 ₸")),
            },
            Section {
                title: "Жұмыс берушінің төлемдері".into(),
                rows: vec![row("Әлеуметтік салық", None, "7 250 ₸")],
                total: None,
            },
        ],
        total: Some(field("Төленуге тиіс", "127 600 ₸")),
        notes: vec!["ҚР Еңбек кодексінің 113-бабы 2-тармағы.".into()],
    }
}

fn empty() -> Document {
    Document {
        lang: "en".into(),
        title: String::new(),
        subtitle: None,
        parties: vec![],
        sections: vec![],
        total: None,
        notes: vec![],
    }
}

// --- poppler -------------------------------------------------------------------------------

const INSTALL_HINT: &str = "this test reads the PDF back with poppler's pdftotext/pdfinfo: \
     install them with `apt-get install -y poppler-utils` (CI installs them in .ci/run)";

/// Writes the PDF to a temporary file and runs `tool args... file -`.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let path: PathBuf = std::env::temp_dir().join(format!(
        "kzcomply-pdf-test-{}-{}.pdf",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::File::create(&path).and_then(|mut f| f.write_all(pdf)).expect("write the PDF");
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(&path);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.stdin(Stdio::null()).output();
    let _ = std::fs::remove_file(&path);
    let out = match out {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!("{tool} not found: {INSTALL_HINT}"),
        Err(e) => panic!("could not run {tool}: {e}"),
    };
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("poppler writes UTF-8")
}

fn text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-enc", "UTF-8"], pdf)
}

/// `pdfinfo`'s "Pages:" and "Page size:" lines.
fn info(pdf: &[u8]) -> (usize, String) {
    let out = poppler("pdfinfo", &[], pdf);
    let get = |key: &str| {
        out.lines()
            .find_map(|l| l.strip_prefix(key))
            .unwrap_or_else(|| panic!("no {key} in pdfinfo's output:\n{out}"))
            .trim()
            .to_owned()
    };
    (get("Pages:").parse().expect("a page count"), get("Page size:"))
}

/// The text with every run of white space (poppler's layout spaces, line breaks, the template's
/// zero-width spaces) made one space, so that texts can be compared with what was given.
fn squeeze(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{200B}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The text without any white space: poppler drops the spaces between one-letter words and
/// around a slash ("1 / 3" comes back as "1/3"), so such texts are compared this way.
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '\u{200B}').collect()
}

/// With `KZCOMPLY_PDF_DUMP=DIR`, the tests write the PDFs they make there, to look at.
fn dump(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("KZCOMPLY_PDF_DUMP") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join(name), pdf)).expect("dump");
    }
}

fn assert_pdf(pdf: &[u8]) -> usize {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF: {:?}", &pdf[..pdf.len().min(16)]);
    let (pages, size) = info(pdf);
    assert!(pages >= 1);
    assert!(size.contains("595.") && size.contains("841."), "not A4: {size}");
    pages
}

// --- the tests -----------------------------------------------------------------------------

#[test]
fn a_russian_payslip_is_one_a4_page_with_its_text() {
    let pdf = render(&russian()).unwrap();
    assert_eq!(assert_pdf(&pdf), 1);
    let text = squeeze(&text(&pdf));
    for want in [
        "Расчётный листок за март 2026",
        "ТОО «Дала Софт», БИН 210440012345",
        "Иванова Мария Сергеевна",
        "Оклад",
        "22 из 22 рабочих дней",
        "145 000 ₸",
        "Итого удержано",
        "29 460 ₸",
        "К выплате",
        "135 540 ₸",
        "п. 2 ст. 113 Трудового кодекса РК",
    ] {
        assert!(text.contains(want), "{want:?} is not in the PDF's text:\n{text}");
    }
    // A single payslip has no page number.
    assert!(!compact(&text).contains("1/1"), "{text}");
}

#[test]
fn a_kazakh_payslip_shows_every_kazakh_letter() {
    let pdf = render(&kazakh()).unwrap();
    assert_eq!(assert_pdf(&pdf), 1);
    let text = squeeze(&text(&pdf));
    for want in
        ["Қызметкер", "Әлиев Қанат Өмірұлы", "145 000 ₸", "Жұмыс берушінің төлемдері", "Төленуге тиіс", "127 600 ₸"]
    {
        assert!(text.contains(want), "{want:?} is not in the PDF's text:\n{text}");
    }
    assert!(compact(&text).contains(&compact(KAZAKH_LETTERS)), "{KAZAKH_LETTERS} not in:\n{text}");
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    assert_eq!(render(&kazakh()).unwrap(), render(&kazakh()).unwrap());
}

#[test]
fn typst_markup_in_texts_is_printed_not_run() {
    let hostile = [
        "#set page(width: 1cm)",
        "#read(\"/doc.json\")",
        "#import \"@preview/foo:1.0.0\": *",
        "*bold* _emph_ `raw` $x^2$ [brackets] {braces} <label> @ref",
        "= Heading",
        "// not a comment /* nor this */",
        "\\ backslash \\u{41} \"quotes\" 'single' «ёлочки» „lower“",
        "#{panic(\"boom\")}",
        "<kz-doc-end> #label(\"kz-doc-end-0\")",
    ];
    let mut doc = russian();
    doc.title = hostile[0].into();
    doc.subtitle = Some(hostile[1].into());
    doc.parties = hostile.iter().map(|h| field(h, h)).collect();
    doc.sections.push(Section {
        title: hostile[4].into(),
        rows: hostile.iter().map(|h| row(h, Some(h), h)).collect(),
        total: Some(field(hostile[7], hostile[8])),
    });
    doc.total = Some(field(hostile[3], hostile[2]));
    doc.notes = hostile.iter().map(|h| h.to_string()).collect();
    let pdf = render(&doc).unwrap();
    dump("markup.pdf", &pdf);
    assert_pdf(&pdf); // still A4: `#set page(width: 1cm)` did nothing
    let text = squeeze(&text(&pdf));
    for h in hostile {
        assert!(text.contains(&squeeze(h)), "{h:?} is not in the PDF's text:\n{text}");
    }
}

#[test]
fn very_long_texts_wrap_and_run_over_pages() {
    let word = "Қ".repeat(10_000);
    let words = "Әлиев ".repeat(2_000);
    let mut doc = kazakh();
    doc.title = words.clone();
    doc.parties.push(field(&word, &word));
    doc.sections[0].rows.push(row(&word, Some(&words), &word));
    doc.sections[0].rows.push(row(&words, None, &words));
    doc.total = Some(field(&words, &word));
    doc.notes.push(word.clone());
    let pdf = render(&doc).unwrap();
    dump("long.pdf", &pdf);
    let pages = assert_pdf(&pdf);
    assert!(pages > 1, "{pages} page(s)");
    let text = text(&pdf);
    assert!(compact(&text).contains(&format!("1/{pages}")), "no page numbers in:\n{text}");
    // The 10,000 letters all made it (broken into lines, not cut off).
    assert!(text.matches('Қ').count() >= 4 * 10_000, "{}", text.matches('Қ').count());
}

#[test]
fn empty_and_odd_texts_render() {
    // Nothing at all.
    assert_pdf(&render(&empty()).unwrap());
    // Empty sections, empty strings everywhere.
    let mut doc = empty();
    doc.subtitle = Some(String::new());
    doc.parties = vec![field("", "")];
    doc.sections = vec![
        Section { title: String::new(), rows: vec![], total: None },
        Section { title: "Пусто".into(), rows: vec![], total: None },
        Section { title: String::new(), rows: vec![row("", Some(""), "")], total: Some(field("", "")) },
    ];
    doc.total = Some(field("", ""));
    doc.notes = vec![String::new()];
    assert_pdf(&render(&doc).unwrap());
    // Right-to-left scripts, emoji (not in DejaVu Sans: they print as boxes), controls, bidi
    // overrides, lone combining marks, a byte-order mark, private-use and non-characters.
    let odd = [
        "مرحبا بالعالم",
        "שלום עולם",
        "👍🏽 🇰🇿 👨‍👩‍👧",
        "\u{0}\u{7}\u{1b}[31m\t\r\n\u{85}\u{2028}",
        "\u{202E}Қанат\u{202C} \u{200F}",
        "\u{301}\u{301}\u{301}",
        "\u{FEFF}\u{E000}\u{FFFF}\u{10FFFF}",
    ];
    let mut doc = kazakh();
    doc.parties = odd.iter().map(|o| field(o, o)).collect();
    doc.sections[0].rows = odd.iter().map(|o| row(o, Some(o), o)).collect();
    doc.notes = odd.iter().map(|o| o.to_string()).collect();
    let pdf = render(&doc).unwrap();
    dump("odd.pdf", &pdf);
    assert_pdf(&pdf);
    let text = text(&pdf);
    assert!(text.contains("שלום"), "{text}");
    assert!(text.contains("مرحبا") || text.contains("ﻣﺮﺣﺒﺎ") || text.contains("ابحرم"), "{text}");
}

#[test]
fn a_language_tag_that_is_not_one_is_an_error() {
    for lang in ["", "русский", "#set", "ru-KZ-extra"] {
        let mut doc = russian();
        doc.lang = lang.into();
        assert!(matches!(render(&doc), Err(PdfError::Language { index: 0, .. })), "{lang:?}");
    }
    let mut doc = russian();
    doc.lang = "ru-KZ".into();
    assert_pdf(&render(&doc).unwrap());
}

#[test]
fn render_many_starts_each_document_on_a_new_page() {
    let docs = [russian(), kazakh(), empty(), russian()];
    let pdf = render_many(&docs).unwrap();
    assert_eq!(assert_pdf(&pdf), docs.len());
    let pages: Vec<String> = text(&pdf).split('\u{c}').map(squeeze).collect();
    assert!(pages[0].contains("Иванова Мария Сергеевна"));
    assert!(pages[1].contains("Әлиев Қанат Өмірұлы"));
    assert!(!pages[1].contains("Иванова"));
    assert!(pages[3].contains("Иванова Мария Сергеевна"));
    assert!(matches!(render_many(&[]), Err(PdfError::NoDocuments)));
}

#[test]
fn render_many_numbers_the_pages_of_each_document_on_its_own() {
    let mut long = russian();
    long.sections[0].rows = (1..=120).map(|i| row(&format!("Строка {i}"), None, &format!("{i} 000 ₸"))).collect();
    let docs = [kazakh(), long, russian()];
    let pdf = render_many(&docs).unwrap();
    dump("many.pdf", &pdf);
    let total = assert_pdf(&pdf);
    assert!(total >= 4, "{total} pages");
    let pages: Vec<String> = text(&pdf).split('\u{c}').map(compact).collect();
    let long_pages = total - 2;
    // The short documents carry no number; the long one counts its own pages from 1.
    assert!(!pages[0].contains('/'), "{}", pages[0]);
    for (p, page) in pages.iter().enumerate().take(long_pages + 1).skip(1) {
        assert!(page.contains(&format!("{p}/{long_pages}")), "page {p}: {page}");
    }
    assert!(pages[total - 1].contains("Иванова"));
    assert!(!pages[total - 1].contains('/'), "{}", pages[total - 1]);
}

#[test]
fn documents_render_from_several_threads_at_once() {
    let handles: Vec<_> =
        (0..4).map(|i| std::thread::spawn(move || render(&if i % 2 == 0 { russian() } else { kazakh() }))).collect();
    for h in handles {
        assert!(h.join().unwrap().unwrap().starts_with(b"%PDF"));
    }
}
