//! Hostile files for the tests of every crate that reads uploads (feature `hostile-files`, off in
//! normal builds): each attack is generated in memory, small, and declares or holds far more than
//! the limits allow. Nothing here is committed as a binary blob.

use std::io::Write;

/// The ten required columns, for sheets and CSV files that are otherwise valid.
pub const HEADER: [&str; 10] = [
    "id",
    "full_name",
    "iin",
    "citizenship",
    "engagement",
    "position",
    "department",
    "role_category",
    "monthly_gross",
    "start_date",
];

/// A valid row for [`HEADER`] (an IIN with a correct check digit).
pub const ROW: [&str; 10] =
    ["1", "Айгерим", "900101350122", "KZ", "direct", "Engineer", "IT", "3", "900000", "2026-01-12"];

/// A zip of `parts` (name, bytes), deflated.
pub fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    for (name, bytes) in parts {
        let options = zip::write::SimpleFileOptions::default().large_file(bytes.len() as u64 >= u32::MAX as u64);
        w.start_file(*name, options).expect("in memory");
        w.write_all(bytes).expect("in memory");
    }
    w.finish().expect("in memory");
    out.into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
/// Style 1 is the built-in date format 14 (the reader turns its numbers into dates).
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#;

/// A minimal workbook whose only sheet has `sheet_data` inside `<sheetData>` (and `dimension`,
/// when given, as the declared size), plus `extra` parts.
pub fn xlsx(dimension: Option<&str>, sheet_data: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let dim = dimension.map(|d| format!(r#"<dimension ref="{d}"/>"#)).unwrap_or_default();
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>{sheet_data}</sheetData></worksheet>"#
    );
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/styles.xml", STYLES.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    parts.extend_from_slice(extra);
    zip(&parts)
}

/// One row of inline-string cells (row number `r`, 1-based).
pub fn row_xml(r: u32, cells: &[&str]) -> String {
    let mut out = format!(r#"<row r="{r}">"#);
    for (i, text) in cells.iter().enumerate() {
        let col = char::from(b'A' + i as u8);
        let text = text.replace('&', "&amp;").replace('<', "&lt;");
        out.push_str(&format!(r#"<c r="{col}{r}" t="inlineStr"><is><t>{text}</t></is></c>"#));
    }
    out.push_str("</row>");
    out
}

/// The header and one valid person.
pub fn valid_sheet_data() -> String {
    format!("{}{}", row_xml(1, &HEADER), row_xml(2, &ROW))
}

/// The 2 KB attack: one cell at the last cell of a sheet, XFD1048576, declared as the dimension.
pub fn far_cell_xlsx() -> Vec<u8> {
    xlsx(Some("A1:XFD1048576"), r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#, &[])
}

/// The same cell with no dimension declared: only the cell's own position gives it away.
pub fn far_cell_undeclared_xlsx() -> Vec<u8> {
    let data = format!(
        "{}{}",
        row_xml(1, &HEADER),
        r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#
    );
    xlsx(None, &data, &[])
}

/// A valid sheet whose person starts on Excel serial day `serial`, formatted as a date.
pub fn serial_date_xlsx(serial: &str) -> Vec<u8> {
    let mut second = row_xml(2, &ROW[..9]);
    second.truncate(second.len() - "</row>".len());
    second.push_str(&format!(r#"<c r="J2" s="1"><v>{serial}</v></c></row>"#));
    xlsx(None, &format!("{}{second}", row_xml(1, &HEADER)), &[])
}

/// Makes the entry `name` of `zip` declare `size` bytes once inflated (local and central headers),
/// whatever it really holds: a header that lies, or a bomb that says what it is.
pub fn declare_size(zip: &mut [u8], name: &str, size: u32) {
    let mut patched = 0;
    let find = |hay: &[u8], from: usize, sig: &[u8; 4]| hay[from..].windows(4).position(|w| w == sig).map(|p| p + from);
    let mut at = 0;
    while let Some(p) = find(zip, at, b"PK\x03\x04") {
        let len = u16::from_le_bytes([zip[p + 26], zip[p + 27]]) as usize;
        if zip.get(p + 30..p + 30 + len) == Some(name.as_bytes()) {
            zip[p + 22..p + 26].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
        at = p + 4;
    }
    at = 0;
    while let Some(p) = find(zip, at, b"PK\x01\x02") {
        let len = u16::from_le_bytes([zip[p + 28], zip[p + 29]]) as usize;
        if zip.get(p + 46..p + 46 + len) == Some(name.as_bytes()) {
            zip[p + 24..p + 28].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
        at = p + 4;
    }
    assert_eq!(patched, 2, "{name}: one local and one central header");
}

/// The 3 GB whitespace attack as the file declares it: a sheet that says it inflates to 3 GiB
/// (the bytes themselves are a valid sheet; a reader that trusts the header stops before them).
pub fn whitespace_bomb_declared() -> Vec<u8> {
    let mut book = xlsx(None, &valid_sheet_data(), &[]);
    declare_size(&mut book, "xl/worksheets/sheet1.xml", 3 << 30);
    book
}

/// `bytes` of whitespace between two rows of an otherwise valid sheet, honestly declared: one run
/// the XML reader would have to hold whole.
pub fn whitespace_run(bytes: usize) -> Vec<u8> {
    let data = format!("{}{}{}", row_xml(1, &HEADER), " ".repeat(bytes), row_xml(2, &ROW));
    xlsx(None, &data, &[])
}

/// [`whitespace_run`] in a sheet whose header claims 1 KiB: the lie is caught by counting what is
/// inflated.
pub fn whitespace_bomb(bytes: usize) -> Vec<u8> {
    let mut book = whitespace_run(bytes);
    declare_size(&mut book, "xl/worksheets/sheet1.xml", 1024);
    book
}

/// A shared strings table that declares a billion strings (the reader would reserve them).
pub fn string_count_bomb() -> Vec<u8> {
    let sst = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1000000000000" uniqueCount="1000000000000"><si><t>x</t></si></sst>"#;
    xlsx(None, &valid_sheet_data(), &[("xl/sharedStrings.xml", sst)])
}

/// A shared strings table that really holds `n` (empty) strings but declares one.
pub fn many_strings(n: usize) -> Vec<u8> {
    let sst = format!(r#"<sst uniqueCount="1">{}</sst>"#, "<si><t/></si>".repeat(n));
    xlsx(None, &valid_sheet_data(), &[("xl/sharedStrings.xml", sst.as_bytes())])
}

/// The styles amplification: one font with a long name, and `xfs` cell formats that each refer to
/// it (a reader that copies the font into every format holds `xfs` × the name).
pub fn styles_bomb(xfs: usize, font_name: usize) -> Vec<u8> {
    let styles = format!(
        r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><name val="{}"/></font></fonts><cellXfs count="{xfs}"><xf numFmtId="14" fontId="0"/>{}</cellXfs></styleSheet>"#,
        "F".repeat(font_name),
        r#"<xf fontId="0"/>"#.repeat(xfs.saturating_sub(1))
    );
    let data = format!("{}{}", row_xml(1, &HEADER), row_xml(2, &ROW));
    let book = xlsx(None, &data, &[]);
    replace_part(&book, "xl/styles.xml", styles.as_bytes())
}

/// A workbook whose only custom number format is `chars` characters long.
pub fn long_number_format(chars: usize) -> Vec<u8> {
    let styles = format!(
        r#"<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="{}"/></numFmts><cellXfs count="1"><xf numFmtId="164"/></cellXfs></styleSheet>"#,
        "0".repeat(chars)
    );
    replace_part(&xlsx(None, &valid_sheet_data(), &[]), "xl/styles.xml", styles.as_bytes())
}

/// `zip` with the entry `name` holding `bytes` instead.
pub fn replace_part(zip_bytes: &[u8], name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes)).expect("a zip");
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("an entry");
        let entry_name = entry.name().expect("a name").to_string();
        let mut content = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut content).expect("inflates");
        parts.push((entry_name.clone(), if entry_name == name { bytes.to_vec() } else { content }));
    }
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    zip(&parts)
}

/// A CSV header of `columns` columns (the 52-second attack had a million).
pub fn wide_csv(columns: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(columns * 2 + 64);
    for i in 0..columns {
        out.extend_from_slice(if i == 0 { b"c" } else { b",c" });
    }
    out.extend_from_slice(b"\n1\n");
    out
}

/// A valid CSV of the header and `rows` copies of the person (ids 1, 2, …).
pub fn csv(rows: usize) -> Vec<u8> {
    let mut out = HEADER.join(",");
    out.push('\n');
    for i in 1..=rows {
        let mut row = ROW;
        let id = i.to_string();
        row[0] = &id;
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out.into_bytes()
}

/// A .docx whose document.xml is `xml`.
pub fn docx(xml: &str) -> Vec<u8> {
    zip(&[("word/document.xml", xml.as_bytes())])
}

/// The 2.6 MB .docx attack as the file declares it: a document that says it inflates to 3 GiB.
pub fn docx_bomb_declared() -> Vec<u8> {
    let mut file =
        docx(r#"<w:document><w:body><w:p><w:r><w:t>Трудовой договор</w:t></w:r></w:p></w:body></w:document>"#);
    declare_size(&mut file, "word/document.xml", 3 << 30);
    file
}

/// A .docx whose document.xml really inflates to about `bytes` of text, with a header that
/// claims 1 KiB.
pub fn docx_bomb(bytes: usize) -> Vec<u8> {
    let xml =
        format!(r#"<w:document><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>"#, "a".repeat(bytes));
    let mut file = docx(&xml);
    declare_size(&mut file, "word/document.xml", 1024);
    file
}
