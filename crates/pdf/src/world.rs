//! The minimal typst [`World`]: one template as the main source, one virtual JSON file with the
//! data, two embedded fonts, and nothing else — no file system, no package downloads (typst only
//! fetches packages through a `World` that does so; this one answers every other path with
//! `NotFound`), no clock.
//!
//! The expensive parts (the standard library, the parsed fonts and their [`FontBook`], the parsed
//! template) live in [`Shared`], built once per process; a [`PayslipWorld`] per render only adds
//! the JSON bytes, so rendering 5,000 payslips parses the fonts once.

use std::sync::LazyLock;

use typst::WorldExt;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{DiagSpan, FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The payslip template (typst markup), compiled into the binary.
const TEMPLATE: &str = include_str!("../templates/payslip.typ");
/// The template's path inside the virtual project.
const TEMPLATE_PATH: &str = "/payslip.typ";
/// The data file's path; the template reads it with `json("/doc.json")`.
pub(crate) const DATA_PATH: &str = "/doc.json";

/// DejaVu Sans 2.37, regular and bold (Cyrillic and all Kazakh letters; licence in fonts/LICENSE).
const FONT_FILES: [&[u8]; 2] =
    [include_bytes!("../fonts/DejaVuSans.ttf"), include_bytes!("../fonts/DejaVuSans-Bold.ttf")];

/// What every render shares; built on first use.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    template_id: FileId,
    data_id: FileId,
    template: Source,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    // `FileId::new` interns the path: the same path always gives the same id, so the id table
    // (at most 65,535 entries) does not grow with the number of renders.
    let template_id = file_id(TEMPLATE_PATH);
    let data_id = file_id(DATA_PATH);
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        template_id,
        data_id,
        template: Source::new(template_id, TEMPLATE.to_owned()),
    }
});

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a constant absolute path is a valid virtual path");
    FileId::new(RootedPath::new(VirtualRoot::Project, vpath))
}

/// How many faces were loaded from the embedded font files (both must parse).
#[cfg(test)]
pub(crate) fn font_count() -> usize {
    SHARED.fonts.len()
}

/// One render's world: the shared parts plus this render's data file.
pub(crate) struct PayslipWorld {
    shared: &'static Shared,
    data: Bytes,
}

impl PayslipWorld {
    /// `data` is the JSON the template reads from `/doc.json`.
    pub(crate) fn new(data: Vec<u8>) -> Self {
        Self { shared: &SHARED, data: Bytes::new(data) }
    }
}

impl World for PayslipWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.shared.template_id
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.shared.template_id { Ok(self.shared.template.clone()) } else { Err(not_found(id)) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.data_id {
            Ok(self.data.clone())
        } else if id == self.shared.template_id {
            Ok(Bytes::from_string(TEMPLATE))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    /// No clock: the template prints no "today", so the output depends on the document alone.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}

/// "payslip.typ:42" for a diagnostic's span, if it points into a source.
pub(crate) fn location(world: &PayslipWorld, span: DiagSpan) -> Option<String> {
    let id = span.id()?;
    let start = world.range(span)?.start;
    let line = world.source(id).ok()?.lines().byte_to_line(start)? + 1;
    Some(format!("{}:{line}", id.vpath().get_without_slash()))
}
