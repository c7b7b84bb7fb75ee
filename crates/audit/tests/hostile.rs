//! Hostile workforce files: each attack is refused quickly, with an error that names the limit
//! and what the file declared, and nothing panics. The files are generated here
//! (`kzcomply_audit::hostile`), small, and none is committed.

use kzcomply_audit::hostile;
use kzcomply_audit::import::{self, ImportError};
use kzcomply_audit::zipped::ZipLimits;
use kzcomply_i18n::Lang;
use std::time::{Duration, Instant};

/// The import's limit error, and how long it took to refuse (every case here must be quick).
fn refused(bytes: &[u8], xlsx: bool) -> (kzcomply_audit::limits::LimitError, Duration) {
    let start = Instant::now();
    let result = if xlsx { import::from_xlsx(bytes, Lang::En) } else { import::from_csv(bytes, Lang::En) };
    match result {
        Err(ImportError::TooLarge(e)) => (e, start.elapsed()),
        other => panic!("expected a limit error, got {other:?}"),
    }
}

#[test]
fn each_attack_is_refused_early_naming_its_limit() {
    let cases: Vec<(&str, Vec<u8>, bool, &str, &str)> = vec![
        (
            "one cell at XFD1048576, declared",
            hostile::far_cell_xlsx(),
            true,
            "MAX_COLUMNS",
            "the sheet declares 16,384 columns; at most 200 are read",
        ),
        (
            "one cell at XFD1048576, not declared",
            hostile::far_cell_undeclared_xlsx(),
            true,
            "MAX_COLUMNS",
            "the sheet has a cell at XFD1048576; at most 200 columns and 200,000 rows are read",
        ),
        (
            "a sheet that declares 3 GiB of whitespace",
            hostile::whitespace_bomb_declared(),
            true,
            "MAX_SHEET_BYTES",
            "the workbook part xl/worksheets/sheet1.xml declares 3,072 MiB once inflated; at most 256 MiB is read",
        ),
        (
            "a billion shared strings",
            hostile::string_count_bomb(),
            true,
            "MAX_SHARED_STRINGS",
            "xl/sharedStrings.xml declares 1,000,000,000,000 strings; at most 1,000,000 are read",
        ),
        (
            "1,000,001 strings declared as one",
            hostile::many_strings(1_000_001),
            true,
            "MAX_SHARED_STRINGS",
            "xl/sharedStrings.xml holds more than 1,000,000 strings; at most 1,000,000 are read",
        ),
        (
            "70,000 cell formats",
            hostile::styles_bomb(70_000, 10),
            true,
            "MAX_CELL_STYLES",
            "xl/styles.xml defines more than 65,536 cell formats; at most 65,536 are read",
        ),
        (
            "a number format of 300 characters",
            hostile::long_number_format(300),
            true,
            "MAX_NUMBER_FORMAT_CHARS",
            "xl/styles.xml has a number format of 300 characters; at most 255 are read",
        ),
        (
            "a CSV header of a million columns",
            hostile::wide_csv(1_000_000),
            false,
            "MAX_COLUMNS",
            "the header has 1,000,000 columns; at most 200 are read",
        ),
        (
            "a CSV of 200,001 rows",
            b"a\n".repeat(200_001),
            false,
            "MAX_ROWS",
            "the file has more than 200,000 rows; at most 200,000 are read",
        ),
        (
            "a cell of 40,000 characters",
            format!("id,full_name\n1,{}\n", "я".repeat(40_000)).into_bytes(),
            false,
            "MAX_CELL_CHARS",
            "row 2, column 2 holds 40,000 characters; at most 32,767 are read",
        ),
        (
            "a file of 65 MiB",
            vec![b' '; 65 << 20],
            false,
            "MAX_FILE_BYTES",
            "the file is 65 MiB; at most 64 MiB is read",
        ),
    ];
    for (what, bytes, xlsx, limit, message) in cases {
        let (e, took) = refused(&bytes, xlsx);
        assert_eq!((e.limit, e.message.as_str()), (limit, message), "{what}");
        assert!(e.to_string().ends_with(&format!("(limit {limit})")), "{what}: {e}");
        assert!(took < Duration::from_secs(2), "{what}: refused only after {took:?}");
    }
}

#[test]
fn a_header_that_lies_about_the_inflated_size_is_caught_by_counting() {
    // The zip reader stops at the declared size (and the import counts what it inflates, too):
    // a sheet claiming 1 KiB that holds 2 MiB is refused after 1 KiB.
    let start = Instant::now();
    let got = import::from_xlsx(&hostile::whitespace_bomb(2 << 20), Lang::En);
    let Err(ImportError::Unreadable(m)) = got else { panic!("a lying header must be refused: {got:?}") };
    assert!(m.contains("xl/worksheets/sheet1.xml") && m.contains("larger than its declared"), "{m}");
    assert!(start.elapsed() < Duration::from_secs(2));
    // Within the declared size, one run of whitespace the XML reader would hold whole is refused
    // (here with a 64 KiB token limit; the real one is 1 MiB).
    let mut honest = hostile::whitespace_run(1 << 20);
    let runs = ZipLimits { token: 64 << 10, ..ZipLimits::DEFAULT };
    let got = import::from_xlsx_with_limits(&honest, &runs, Lang::En);
    let Err(ImportError::TooLarge(e)) = got else { panic!("a 1 MiB run must be refused: {got:?}") };
    assert_eq!(e.limit, "MAX_XML_TOKEN_BYTES");
    // With the real limits, 2 MiB in one run (over the 1 MiB token limit) is refused too.
    let (e, _) = refused(&hostile::whitespace_run(2 << 20), true);
    assert_eq!(e.limit, "MAX_XML_TOKEN_BYTES");
    // The sheet limit counts the bytes inflated, whatever the header says.
    let sheet = ZipLimits { sheet: 512 << 10, token: 4 << 20, ..ZipLimits::DEFAULT };
    hostile::declare_size(&mut honest, "xl/worksheets/sheet1.xml", 100 << 10);
    let got = import::from_xlsx_with_limits(&honest, &sheet, Lang::En);
    assert!(matches!(got, Err(ImportError::Unreadable(_) | ImportError::TooLarge(_))), "{got:?}");
}

#[test]
fn styles_are_read_for_their_number_formats_only() {
    // 60,000 formats that each refer to a font with a 500 KiB name: a reader copying the font into
    // every format would hold 30 GB. Only the number formats reach it, and the date still reads.
    let mut styled = hostile::styles_bomb(60_000, 500 << 10);
    let start = Instant::now();
    let w = import::from_xlsx(&styled, Lang::En).unwrap();
    assert_eq!(w.people.len(), 1);
    assert!(start.elapsed() < Duration::from_secs(3), "{:?}", start.elapsed());
    // A date cell with style 0 (numFmtId 14 in this styles part) is still a date.
    styled = hostile::replace_part(
        &styled,
        "xl/worksheets/sheet1.xml",
        format!(
            r#"<worksheet><sheetData>{}<row r="2">{}<c r="J2" s="0"><v>46034</v></c></row></sheetData></worksheet>"#,
            hostile::row_xml(1, &hostile::HEADER),
            hostile::row_xml(2, &hostile::ROW[..9]).trim_start_matches(r#"<row r="2">"#).trim_end_matches("</row>")
        )
        .as_bytes(),
    );
    let w = import::from_xlsx(&styled, Lang::En).unwrap();
    assert_eq!(w.people[0].start_date, jiff::civil::date(2026, 1, 12));
}

#[test]
fn a_valid_hand_made_workbook_still_imports() {
    let w = import::from_xlsx(&hostile::xlsx(Some("A1:J2"), &hostile::valid_sheet_data(), &[]), Lang::En).unwrap();
    assert_eq!(w.people.len(), 1);
    assert_eq!(w.people[0].start_date, jiff::civil::date(2026, 1, 12));
    let w = import::from_csv(&hostile::csv(3), Lang::En).unwrap();
    assert_eq!(w.people.len(), 3);
}

#[test]
fn excel_serial_dates_outside_1900_to_2200_are_bad_cells_not_panics() {
    let cases = [
        ("46034", Ok("2026-01-12")),
        ("46034.5", Ok("2026-01-12")),
        ("1e10", Err("10000000000 (an Excel date outside 1900–2200)")),
        ("-5", Err("-5 (an Excel date outside 1900–2200)")),
        ("150000", Err("150000 (an Excel date outside 1900–2200)")),
        ("1.7976931348623157e308", Err("an Excel date outside 1900–2200")),
    ];
    for (serial, want) in cases {
        let got = import::from_xlsx(&hostile::serial_date_xlsx(serial), Lang::En);
        match (want, got) {
            (Ok(day), Ok(w)) => assert_eq!(w.people[0].start_date.to_string(), day, "serial {serial}"),
            (Err(text), Err(ImportError::Problems(p))) => {
                assert_eq!((p.len(), p[0].row, p[0].column.as_str()), (1, 2, "start_date"), "serial {serial}");
                assert!(p[0].message.contains(text), "serial {serial}: {}", p[0].message);
            }
            (want, got) => panic!("serial {serial}: expected {want:?}, got {got:?}"),
        }
    }
}

#[test]
fn dates_are_read_strictly() {
    let cases: &[(&str, Result<&str, &str>)] = &[
        ("2026-01-15", Ok("2026-01-15")),
        ("15.01.2026", Ok("2026-01-15")),
        ("5.1.2026", Ok("2026-01-05")),
        ("2026-01-15T09:30:00", Ok("2026-01-15")),
        ("2026-01-15 09:30", Ok("2026-01-15")),
        ("15.01.2026 0:00:00", Ok("2026-01-15")),
        ("2026-01-15T00:00:00.000+05:00", Ok("2026-01-15")),
        ("1900-01-01", Ok("1900-01-01")),
        ("2200-12-31", Ok("2200-12-31")),
        ("2026-01-15garbage", Err("is not a date")),
        ("2026-01-15 garbage", Err("is not a date")),
        ("2026-01-15T", Err("is not a date")),
        ("0000-01-01", Err("the year must be between 1900 and 2200")),
        ("1899-12-31", Err("the year must be between 1900 and 2200")),
        ("2201-01-01", Err("the year must be between 1900 and 2200")),
        ("9999-12-31", Err("the year must be between 1900 and 2200")),
        ("2026-02-30", Err("is not a day of the calendar")),
        ("2026-1-15", Err("is not a date")),
        ("+2026-01-15", Err("is not a date")),
        ("15.01.26", Err("is not a date")),
        ("15..2026", Err("is not a date")),
        ("", Err("is not a date")),
        ("٢٠٢٦-٠١-١٥", Err("is not a date")),
    ];
    for (text, want) in cases {
        match (want, import::date(text)) {
            (Ok(day), Ok(d)) => assert_eq!(d.to_string(), *day, "{text}"),
            (Err(part), Err(m)) => assert!(m.contains(part), "{text}: {m}"),
            (want, got) => panic!("{text}: expected {want:?}, got {got:?}"),
        }
    }
}

#[test]
fn a_file_with_thousands_of_bad_cells_lists_the_first_thousand() {
    let mut csv = hostile::HEADER.join(",");
    for i in 0..3_000 {
        csv.push_str(&format!("\n{i},Name,900101350122,KZ,direct,Engineer,IT,3,900000,not-a-date"));
    }
    let Err(ImportError::Problems(p)) = import::from_csv(csv.as_bytes(), Lang::En) else { panic!("expected problems") };
    assert_eq!(p.len(), 1_001);
    assert_eq!(p[1_000].message, "and 2,000 more problem(s): at most 1,000 are listed (limit MAX_PROBLEMS)");
}

#[test]
fn other_hostile_shapes_are_clear_errors() {
    let unreadable = |r: Result<_, ImportError>| match r {
        Err(ImportError::Unreadable(m)) => m,
        other => panic!("expected an unreadable file, got {other:?}"),
    };
    let xls = unreadable(import::from_csv(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 an old workbook", Lang::En));
    assert!(xls.contains(".xls") && xls.contains("save it as .xlsx"), "{xls}");
    assert_eq!(unreadable(import::from_xlsx(&hostile::xlsx(None, "", &[]), Lang::En)), "the file is empty");
    // A sheet with a DOCTYPE (entity declarations): workbooks never have one.
    let sheet = br#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>"#;
    let m = unreadable(import::from_xlsx(&hostile::zip(&[("xl/worksheets/sheet1.xml", sheet)]), Lang::En));
    assert!(m.contains("<!DOCTYPE>"), "{m}");
    let rows = format!("{}{}", hostile::row_xml(5, &hostile::HEADER), hostile::row_xml(2, &hostile::ROW));
    let m = unreadable(import::from_xlsx(&hostile::xlsx(None, &rows, &[]), Lang::En));
    assert!(m.contains("out of order (row 2 after row 5)"), "{m}");
    assert!(unreadable(import::from_xlsx(b"PK\x03\x04 not really a zip", Lang::En)).contains("not an XLSX workbook"));
}

/// Found by the `xlsx_sheet` fuzz target: references the spreadsheet reader's arithmetic
/// overflows on (a panic in a debug build, garbage in a release one). Each is refused first.
#[test]
fn references_the_reader_would_overflow_on_are_refused() {
    let header = hostile::row_xml(1, &hostile::HEADER);
    let cases = [
        (
            None,
            format!(r#"<row r="xmlnlineStr"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>{header}"#),
            "the row number `xmlnlineStr`",
        ),
        (
            None,
            format!(r#"{header}<row r="2"><c r="ZZZZZZZZZZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>"#),
            "the cell reference `ZZZZZZZZZZZZZZZZ2`",
        ),
        (None, format!(r#"{header}<row r="4294967295"></row><row></row><row></row>"#), "the row number `4294967295`"),
        (Some("B2:A1"), header.clone(), "the sheet's dimension `B2:A1`"),
        (Some("A99999999999"), header.clone(), "the sheet's dimension `A99999999999`"),
    ];
    for (dimension, data, want) in cases {
        match import::from_xlsx(&hostile::xlsx(dimension, &data, &[]), Lang::En) {
            Err(ImportError::Unreadable(m)) => assert!(m.contains(want), "{want}: {m}"),
            other => panic!("{want}: expected an unreadable sheet, got {other:?}"),
        }
    }
}
