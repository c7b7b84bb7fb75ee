//! kzcomply's PDF renderer: a [`Document`] (a payslip, already translated and formatted) becomes
//! PDF bytes, typeset by [typst](https://typst.app) with the template `templates/payslip.typ` and
//! the embedded DejaVu Sans fonts (Cyrillic and every Kazakh letter). Pure Rust, no network, no
//! system fonts: the same document gives the same bytes on any machine.
//!
//! ```
//! use kzcomply_pdf::{Document, Field, Row, Section};
//! let doc = Document {
//!     lang: "kk".into(),
//!     title: "2026 жылғы наурызға арналған есеп айырысу парағы".into(),
//!     subtitle: None,
//!     parties: vec![Field { label: "Қызметкер".into(), value: "Әлиев Қанат".into() }],
//!     sections: vec![Section {
//!         title: "Есептелді".into(),
//!         rows: vec![Row { label: "Жалақы".into(), detail: None, amount: "145 000 ₸".into() }],
//!         total: None,
//!     }],
//!     total: Some(Field { label: "Төленуге тиіс".into(), value: "127 600 ₸".into() }),
//!     notes: vec![],
//! };
//! let pdf = kzcomply_pdf::render(&doc).unwrap();
//! assert!(pdf.starts_with(b"%PDF"));
//! ```
//!
//! # Why the text cannot inject markup
//! No text of a document is ever pasted into typst markup. The documents are serialized to JSON
//! and handed to the compiler as a virtual file, `/doc.json`, which the template reads with
//! `json("/doc.json")`: every text arrives as a typst *string value* and is placed as plain text,
//! so `#`, `$`, `*`, `_`, `[`, `]`, `<`, `@`, `//` and the like print as themselves and can never
//! run code, read files or change the layout.

mod world;

use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::{Deserialize, Serialize};
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::PagedDocument;

use crate::world::PayslipWorld;

/// A document to print: every text is already in the reader's language and every amount already
/// formatted ("145 000 ₸").
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    /// "en" | "ru" | "kk" (the PDF's language tag). A region may follow ("ru-KZ").
    pub lang: String,
    /// "Расчётный листок за март 2026"
    pub title: String,
    pub subtitle: Option<String>,
    /// Label/value pairs at the top: employer and BIN, employee, IIN, id, position, days worked.
    pub parties: Vec<Field>,
    /// E.g. Accrued, Withheld, Employer's charges.
    pub sections: Vec<Section>,
    /// "К выплате" / "Net pay".
    pub total: Option<Field>,
    /// Footer lines: the legal basis (Labour Code art. 113 p. 2), rules' sources.
    pub notes: Vec<String>,
}

/// A titled table of rows, with an optional (bold) total.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
    pub total: Option<Field>,
}

/// One line of a section: a label (with an optional detail printed under it) and an amount.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Row {
    pub label: String,
    pub detail: Option<String>,
    pub amount: String,
}

/// A label and its value.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// Why a PDF could not be made. No text makes [`render`] panic; a panic inside the typesetter (a
/// bug there) is caught and returned as [`PdfError::Panic`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// [`render_many`] was given no documents (a PDF has at least one page).
    #[error("nothing to render: no documents")]
    NoDocuments,
    /// A document's `lang` is not a language code.
    #[error(
        "document {index}: {lang:?} is not a language tag (expected a 2- or 3-letter code such as \"ru\", \"kk\", \"en\", optionally with a region: \"ru-KZ\")"
    )]
    Language { index: usize, lang: String },
    /// The documents could not be serialized for the template.
    #[error("could not pass the document to the template: {0}")]
    Data(#[from] serde_json::Error),
    /// typst reported errors while typesetting (a bug in the template, not in the document).
    #[error("typesetting failed: {0}")]
    Typeset(String),
    /// typst could not write the PDF.
    #[error("PDF export failed: {0}")]
    Export(String),
    /// The typesetter panicked (a bug in typst); the message is the panic's.
    #[error("the typesetter panicked: {0}")]
    Panic(String),
}

/// Renders one document to PDF bytes (A4; it runs over as many pages as it needs, numbered then).
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    render_many(std::slice::from_ref(doc))
}

/// Renders several documents into one PDF, each starting on a new page with its own page
/// numbering (a month's payslips in one file). One typst compilation for the whole batch.
pub fn render_many(docs: &[Document]) -> Result<Vec<u8>, PdfError> {
    if docs.is_empty() {
        return Err(PdfError::NoDocuments);
    }
    let data = template_data(docs)?;
    let result = catch_unwind(AssertUnwindSafe(|| typeset(data)));
    // typst memoizes across compilations (comemo); drop what the last renders did not reuse, so
    // a long-running server or a batch of thousands of payslips does not grow without bound. The
    // template's parse and the fonts stay cached while they are being used.
    typst::comemo::evict(EVICT_AFTER);
    result.unwrap_or_else(|panic| Err(PdfError::Panic(panic_message(&*panic))))
}

/// How many renders a memoized result survives without being used (see `comemo::evict`).
const EVICT_AFTER: usize = 8;

/// What the template reads from `/doc.json`.
#[derive(Serialize)]
struct TemplateData<'a> {
    docs: Vec<TemplateDoc<'a>>,
}

#[derive(Serialize)]
struct TemplateDoc<'a> {
    /// The validated, lower-case language code for typst's `text(lang:)`.
    lang: String,
    /// The upper-case region, if the tag had one ("ru-KZ" → "KZ").
    region: Option<String>,
    doc: &'a Document,
}

fn template_data(docs: &[Document]) -> Result<Vec<u8>, PdfError> {
    let docs = docs
        .iter()
        .enumerate()
        .map(|(index, doc)| {
            let (lang, region) =
                language(&doc.lang).ok_or_else(|| PdfError::Language { index, lang: doc.lang.clone() })?;
            Ok(TemplateDoc { lang, region, doc })
        })
        .collect::<Result<Vec<_>, PdfError>>()?;
    Ok(serde_json::to_vec(&TemplateData { docs })?)
}

/// Splits "ru", "KK", "ru-KZ", "ru_KZ" into a language code typst accepts (2–3 ASCII letters)
/// and an optional region (2 ASCII letters); `None` for anything else.
fn language(tag: &str) -> Option<(String, Option<String>)> {
    let letters = |s: &str, lens: &[usize]| lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic());
    let mut parts = tag.trim().split(['-', '_']);
    let lang = parts.next().filter(|l| letters(l, &[2, 3]))?;
    let region = match parts.next() {
        None => None,
        Some(r) if letters(r, &[2]) => Some(r.to_ascii_uppercase()),
        Some(_) => return None,
    };
    if parts.next().is_some() {
        return None;
    }
    Some((lang.to_ascii_lowercase(), region))
}

fn typeset(data: Vec<u8>) -> Result<Vec<u8>, PdfError> {
    let world = PayslipWorld::new(data);
    // Warnings (say, a glyph missing from DejaVu Sans, which then prints as a box) do not stop
    // the render.
    let document: PagedDocument =
        typst::compile(&world).output.map_err(|errors| PdfError::Typeset(describe(&world, &errors)))?;
    let options = typst_pdf::PdfOptions {
        creator: Smart::Custom(Some(format!("kzcomply-pdf {}", env!("CARGO_PKG_VERSION")))),
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| PdfError::Export(describe(&world, &errors)))
}

/// The errors as one line each: "message (payslip.typ:LINE; hint: ...)".
fn describe(world: &PayslipWorld, diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let mut line = d.message.to_string();
            if let Some(at) = world::location(world, d.span) {
                line.push_str(&format!(" (at {at})"));
            }
            for hint in &d.hints {
                line.push_str(&format!("; hint: {}", hint.v));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

#[cfg(test)]
mod tests {
    use super::language;

    #[test]
    fn language_tags() {
        assert_eq!(language("kk"), Some(("kk".into(), None)));
        assert_eq!(language("RU"), Some(("ru".into(), None)));
        assert_eq!(language("ru-KZ"), Some(("ru".into(), Some("KZ".into()))));
        assert_eq!(language("en_gb"), Some(("en".into(), Some("GB".into()))));
        for bad in ["", "k", "kaza", "r1", "ru-", "ru-KZ-x", "ru-123", "қз", "#set"] {
            assert_eq!(language(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn both_fonts_parse() {
        assert_eq!(crate::world::font_count(), 2);
    }
}
