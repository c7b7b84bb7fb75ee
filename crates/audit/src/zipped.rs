//! Zip containers read within limits: XLSX workbooks here, DOCX contracts in kzcomply-plan.
//!
//! A zip entry says how large it is once inflated, and the header can lie. So every entry is
//! refused on its declared size first, before anything is inflated, and then read through a
//! counter that stops one byte past the limit, whatever the header said. The XML parts are also
//! scanned for a run the XML reader would have to hold whole (a gigabyte of whitespace between two
//! tags, one enormous tag or comment), and the shared strings table for its declared and real
//! number of strings, which the spreadsheet reader keeps in memory.
//!
//! The spreadsheet reader copies a cell style's font, fill, border and number format into every
//! one of the workbook's cell formats, so a small styles part can cost gigabytes. It is therefore
//! given [`for_reader`]'s copy of the workbook: every entry copied as it is (still compressed)
//! except the styles, rewritten to the number formats alone (all a date needs), and the theme,
//! left out.

use crate::limits::{self, LimitError, count, size};
use crate::xmlscan::{Run, Tokens};
use std::io::Read;

/// A zip archive over bytes in memory.
pub type Archive<'a> = zip::ZipArchive<std::io::Cursor<&'a [u8]>>;

/// Why a zip container was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a zip, or a zip the reader cannot read (encrypted, unsupported compression, corrupt).
    Unreadable(String),
    /// Past one of the limits.
    Limit(LimitError),
}

impl From<LimitError> for Refusal {
    fn from(e: LimitError) -> Refusal {
        Refusal::Limit(e)
    }
}

/// The limits a container is read with; [`ZipLimits::DEFAULT`] holds the constants of
/// [`crate::limits`] (tests use smaller ones to prove the mechanism without gigabytes).
#[derive(Clone, Copy, Debug)]
pub struct ZipLimits {
    pub entries: u64,
    pub total: u64,
    pub sheet: u64,
    pub part: u64,
    pub token: u64,
    pub strings: u64,
    pub styles: u64,
}

impl ZipLimits {
    pub const DEFAULT: ZipLimits = ZipLimits {
        entries: limits::MAX_ZIP_ENTRIES,
        total: limits::MAX_UNZIPPED_BYTES,
        sheet: limits::MAX_SHEET_BYTES,
        part: limits::MAX_PART_BYTES,
        token: limits::MAX_XML_TOKEN_BYTES,
        strings: limits::MAX_SHARED_STRINGS,
        styles: limits::MAX_CELL_STYLES,
    };
}

/// Opens a zip container and refuses one with more than `max_entries` entries.
pub fn open(bytes: &[u8], max_entries: u64) -> Result<Archive<'_>, Refusal> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| Refusal::Unreadable(e.to_string()))?;
    let n = archive.len() as u64;
    if n > max_entries {
        return Err(LimitError::new(
            "MAX_ZIP_ENTRIES",
            max_entries,
            n,
            format!("the file holds {} entries; at most {} are read", count(n), count(max_entries)),
        )
        .into());
    }
    Ok(archive)
}

/// One entry inflated whole, refused on its declared size and again on the bytes it really
/// inflates to: at most `max` bytes are ever held. `limit` names the constant for the error.
pub fn read_entry(archive: &mut Archive, name: &str, limit: &'static str, max: u64) -> Result<Vec<u8>, Refusal> {
    let entry = archive.by_name(name).map_err(|e| Refusal::Unreadable(format!("{name}: {e}")))?;
    let declared = entry.size();
    if declared > max {
        return Err(LimitError::new(
            limit,
            max,
            declared,
            format!("{name} declares {} once inflated; at most {} is read", size(declared), size(max)),
        )
        .into());
    }
    // The declared size is a hint only (it can lie): reserve at most 1 MiB up front.
    let mut out = Vec::with_capacity(declared.min(1 << 20) as usize);
    entry.take(max + 1).read_to_end(&mut out).map_err(|e| Refusal::Unreadable(format!("{name}: {e}")))?;
    if out.len() as u64 > max {
        return Err(LimitError::new(
            limit,
            max,
            out.len() as u64,
            format!(
                "{name} inflates to more than {} (its header said {}); at most {} is read",
                size(max),
                size(declared),
                size(max)
            ),
        )
        .into());
    }
    Ok(out)
}

/// Checks every entry of an XLSX workbook against `lim` without keeping any of it: declared and
/// real sizes, XML runs, and the shared strings table's declared count.
pub fn check_workbook(bytes: &[u8], lim: &ZipLimits) -> Result<(), Refusal> {
    let mut archive = open(bytes, lim.entries)?;
    let mut declared_total = 0u64;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| Refusal::Unreadable(e.to_string()))?;
        let (name, declared) = (entry_name(entry.name()), entry.size());
        let max = part_limit(&name, lim);
        if declared > max.1 {
            return Err(LimitError::new(
                max.0,
                max.1,
                declared,
                format!(
                    "the workbook part {name} declares {} once inflated; at most {} is read",
                    size(declared),
                    size(max.1)
                ),
            )
            .into());
        }
        declared_total = declared_total.saturating_add(declared);
    }
    if declared_total > lim.total {
        return Err(total_error(lim.total, declared_total, "declare"));
    }
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(|e| Refusal::Unreadable(e.to_string()))?;
        let name = entry_name(entry.name());
        let (limit, max) = part_limit(&name, lim);
        let lower = name.to_ascii_lowercase();
        let xml = lower.ends_with(".xml") || lower.ends_with(".rels");
        let strings = lower.ends_with("sharedstrings.xml");
        let mut tokens = Tokens::new(lim.token);
        if strings {
            tokens.count_elements("si");
        }
        if limit == "MAX_SHEET_BYTES" {
            tokens.check_references();
        }
        let mut head: Vec<u8> = Vec::new();
        let mut seen = 0u64;
        let mut reader = entry.take(max + 1);
        loop {
            let n = reader.read(&mut buf).map_err(|e| Refusal::Unreadable(format!("{name}: {e}")))?;
            if n == 0 {
                break;
            }
            seen += n as u64;
            total += n as u64;
            if seen > max {
                return Err(LimitError::new(
                    limit,
                    max,
                    seen,
                    format!(
                        "the workbook part {name} inflates to more than {}; at most {} is read",
                        size(max),
                        size(max)
                    ),
                )
                .into());
            }
            if total > lim.total {
                return Err(total_error(lim.total, total, "inflate"));
            }
            if xml {
                tokens.feed(&buf[..n]).map_err(|run| token_error(&name, lim.token, run))?;
            }
            if tokens.counted() > lim.strings {
                return Err(LimitError::new(
                    "MAX_SHARED_STRINGS",
                    lim.strings,
                    tokens.counted(),
                    format!(
                        "{name} holds more than {} strings; at most {} are read",
                        count(lim.strings),
                        count(lim.strings)
                    ),
                )
                .into());
            }
            if strings && head.len() < STRINGS_HEAD {
                head.extend_from_slice(&buf[..n.min(STRINGS_HEAD - head.len())]);
            }
        }
        if strings {
            check_strings_count(&name, &head, seen as usize <= STRINGS_HEAD, lim.strings)?;
        }
    }
    Ok(())
}

/// An entry's name for messages (a name that is not text is shown as such).
fn entry_name(name: zip::result::ZipResult<std::borrow::Cow<'_, str>>) -> String {
    name.map(|n| n.into_owned()).unwrap_or_else(|_| "(an entry whose name is not text)".into())
}

/// How much of the shared strings part is looked at for its `<sst>` tag.
const STRINGS_HEAD: usize = 64 * 1024;

/// A worksheet is streamed and may be larger; every other part is read whole by the reader.
fn part_limit(name: &str, lim: &ZipLimits) -> (&'static str, u64) {
    let lower = name.to_ascii_lowercase();
    let file = lower.rsplit('/').next().unwrap_or("");
    if lower.contains("worksheets/") && file.starts_with("sheet") {
        ("MAX_SHEET_BYTES", lim.sheet)
    } else {
        ("MAX_PART_BYTES", lim.part)
    }
}

fn total_error(max: u64, found: u64, verb: &str) -> Refusal {
    LimitError::new(
        "MAX_UNZIPPED_BYTES",
        max,
        found,
        format!("the workbook's parts {verb} more than {} together; at most {} is read", size(max), size(max)),
    )
    .into()
}

fn token_error(name: &str, max: u64, run: Run) -> Refusal {
    match run {
        Run::TooLong(found) => LimitError::new(
            "MAX_XML_TOKEN_BYTES",
            max,
            found,
            format!(
                "the workbook part {name} holds more than {} of XML in one piece (text between tags, \
                 a tag or a comment); at most {} is read",
                size(max),
                size(max)
            ),
        )
        .into(),
        Run::Declaration => {
            Refusal::Unreadable(format!("{name} holds an XML <!DOCTYPE> declaration, which workbooks never have"))
        }
        Run::BadReference(what) => Refusal::Unreadable(format!("{name}: {what}")),
    }
}

/// The shared strings table's declared `uniqueCount` (the reader reserves that many strings).
fn check_strings_count(name: &str, head: &[u8], whole: bool, max: u64) -> Result<(), Refusal> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(head);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                for attr in e.attributes().flatten() {
                    if attr.key.local_name().as_ref() != "uniqueCount" {
                        continue;
                    }
                    let v: &str = attr.value.as_ref();
                    let digits = !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
                    let n = v.trim_start_matches('0');
                    let n = if n.is_empty() { Some(0) } else { n.parse::<u64>().ok() };
                    match n {
                        Some(n) if digits && n <= max => {}
                        Some(n) if digits => {
                            return Err(LimitError::new(
                                "MAX_SHARED_STRINGS",
                                max,
                                n,
                                format!("{name} declares {} strings; at most {} are read", count(n), count(max)),
                            )
                            .into());
                        }
                        _ if digits => {
                            return Err(LimitError::new(
                                "MAX_SHARED_STRINGS",
                                max,
                                u64::MAX,
                                format!(
                                    "{name} declares more than {} strings; at most {} are read",
                                    count(u64::MAX),
                                    count(max)
                                ),
                            )
                            .into());
                        }
                        _ => {
                            return Err(Refusal::Unreadable(format!(
                                "{name}: the string count {:?} is not a number",
                                v.chars().take(40).collect::<String>()
                            )));
                        }
                    }
                }
                return Ok(());
            }
            Ok(Event::Eof) if whole => return Ok(()),
            Ok(Event::Eof) | Err(_) if !whole => {
                return Err(Refusal::Unreadable(format!(
                    "{name}: the shared strings table does not begin within its first {}",
                    size(STRINGS_HEAD as u64)
                )));
            }
            Err(e) => return Err(Refusal::Unreadable(format!("{name}: {e}"))),
            _ => {}
        }
        buf.clear();
    }
}

/// The workbook the spreadsheet reader is given, after [`check_workbook`]: every entry copied
/// still compressed, but the styles (number formats only, at most `lim.styles`) and no theme.
pub fn for_reader(bytes: &[u8], lim: &ZipLimits) -> Result<Vec<u8>, Refusal> {
    use std::io::Write;
    check_workbook(bytes, lim)?;
    let mut archive = open(bytes, lim.entries)?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(bytes.len())));
    let failed = |e: &dyn std::fmt::Display| Refusal::Unreadable(e.to_string());
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| failed(&e))?;
        let name = entry_name(entry.name());
        let lower = name.to_ascii_lowercase();
        if lower.contains("theme/") {
            continue;
        }
        if lower.ends_with("styles.xml") {
            drop(entry);
            let xml = read_index(&mut archive, i, &name, lim.part)?;
            let styles = number_formats_only(&name, &xml, lim.styles)?;
            out.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).map_err(|e| failed(&e))?;
            out.write_all(styles.as_bytes()).map_err(|e| failed(&e))?;
        } else {
            out.raw_copy_file(entry).map_err(|e| failed(&e))?;
        }
    }
    Ok(out.finish().map_err(|e| failed(&e))?.into_inner())
}

/// Entry `i` inflated whole (its size was checked by [`check_workbook`]; read within `max` again).
fn read_index(archive: &mut Archive, i: usize, name: &str, max: u64) -> Result<Vec<u8>, Refusal> {
    let entry = archive.by_index(i).map_err(|e| Refusal::Unreadable(format!("{name}: {e}")))?;
    let mut out = Vec::new();
    entry.take(max + 1).read_to_end(&mut out).map_err(|e| Refusal::Unreadable(format!("{name}: {e}")))?;
    if out.len() as u64 > max {
        return Err(
            LimitError::bytes("MAX_PART_BYTES", max, out.len() as u64, &format!("the workbook part {name}")).into()
        );
    }
    Ok(out)
}

/// A styles part reduced to what a cell's value needs: the custom number formats and each cell
/// format's number format id, in their order (the sheet's `s="n"` indexes them).
fn number_formats_only(name: &str, xml: &[u8], max_styles: u64) -> Result<String, Refusal> {
    use quick_xml::escape::escape;
    use quick_xml::events::Event;
    let bad = |e: &dyn std::fmt::Display| Refusal::Unreadable(format!("{name}: {e}"));
    let mut reader = quick_xml::Reader::from_reader(xml);
    let (mut formats, mut xfs) = (String::new(), String::new());
    let (mut in_formats, mut in_xfs, mut styles) = (false, false, 0u64);
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| bad(&e))?;
        let (start, e) = match &event {
            Event::Start(e) => (true, e),
            Event::Empty(e) => (false, e),
            Event::End(e) => {
                match e.local_name().as_ref() {
                    "numFmts" => in_formats = false,
                    "cellXfs" => in_xfs = false,
                    _ => {}
                }
                buf.clear();
                continue;
            }
            Event::Eof => break,
            _ => {
                buf.clear();
                continue;
            }
        };
        let attr = |key: &str| -> Result<Option<String>, Refusal> {
            for a in e.attributes() {
                let a = a.map_err(|e| bad(&e))?;
                if a.key.local_name().as_ref() == key {
                    return Ok(Some(
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0).map_err(|e| bad(&e))?.into_owned(),
                    ));
                }
            }
            Ok(None)
        };
        match e.local_name().as_ref() {
            "numFmts" => in_formats = start,
            "cellXfs" => in_xfs = start,
            "numFmt" if in_formats => {
                if let (Some(id), Some(code)) = (attr("numFmtId")?, attr("formatCode")?) {
                    let chars = code.chars().count() as u64;
                    if chars > limits::MAX_NUMBER_FORMAT_CHARS {
                        return Err(LimitError::new(
                            "MAX_NUMBER_FORMAT_CHARS",
                            limits::MAX_NUMBER_FORMAT_CHARS,
                            chars,
                            format!(
                                "{name} has a number format of {} characters; at most {} are read",
                                count(chars),
                                count(limits::MAX_NUMBER_FORMAT_CHARS)
                            ),
                        )
                        .into());
                    }
                    formats.push_str(&format!(
                        r#"<numFmt numFmtId="{}" formatCode="{}"></numFmt>"#,
                        escape(&id),
                        escape(&code)
                    ));
                }
            }
            "xf" if in_xfs => {
                styles += 1;
                if styles > max_styles {
                    return Err(LimitError::new(
                        "MAX_CELL_STYLES",
                        max_styles,
                        styles,
                        format!(
                            "{name} defines more than {} cell formats; at most {} are read",
                            count(max_styles),
                            count(max_styles)
                        ),
                    )
                    .into());
                }
                match attr("numFmtId")? {
                    Some(id) => xfs.push_str(&format!(r#"<xf numFmtId="{}"></xf>"#, escape(&id))),
                    None => xfs.push_str("<xf></xf>"),
                }
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>{formats}</numFmts><cellXfs>{xfs}</cellXfs></styleSheet>"#
    ))
}
