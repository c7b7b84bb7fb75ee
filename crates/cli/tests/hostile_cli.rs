//! Hostile files on the command line: `audit`, `contract-check`, `trips` and `payroll --batch`
//! refuse each attack quickly with exit 2 and a message naming the file and the limit, never a
//! crash (exit 101 or 134). The files are generated here (`kzcomply_audit::hostile`).

mod common;
use common::{kzcomply, stderr, temp_dir};
use kzcomply_audit::hostile;
use std::time::{Duration, Instant};

/// Writes `bytes` to `name` in `dir`, runs kzcomply with `args` (`{}` is the file) and checks the
/// refusal: exit 2, quickly, the file's path and every piece of `expect` in the message.
fn refused(dir: &std::path::Path, name: &str, bytes: &[u8], args: &[&str], expect: &[&str]) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let file = path.display().to_string();
    let args: Vec<&str> = args.iter().map(|a| if *a == "{}" { file.as_str() } else { a }).collect();
    let start = Instant::now();
    let o = kzcomply(&args);
    let (took, err) = (start.elapsed(), stderr(&o));
    assert_eq!(o.status.code(), Some(2), "{name}: {args:?} should exit 2: {err}");
    assert!(err.contains(&file), "{name}: the message names the file: {err}");
    for part in expect {
        assert!(err.contains(part), "{name}: expected {part:?} in {err}");
    }
    assert!(took < Duration::from_secs(5), "{name}: refused after {took:?}");
}

#[test]
fn audit_refuses_hostile_workforce_files() {
    let dir = temp_dir("hostile-audit");
    let audit = ["audit", "{}", "--as-of", "2026-11-20"];
    refused(
        &dir,
        "far.xlsx",
        &hostile::far_cell_xlsx(),
        &audit,
        &["the sheet declares 16,384 columns; at most 200 are read", "MAX_COLUMNS"],
    );
    refused(&dir, "far2.xlsx", &hostile::far_cell_undeclared_xlsx(), &audit, &["XFD1048576", "MAX_COLUMNS"]);
    refused(&dir, "bomb.xlsx", &hostile::whitespace_bomb_declared(), &audit, &["MAX_SHEET_BYTES"]);
    refused(&dir, "run.xlsx", &hostile::whitespace_run(2 << 20), &audit, &["MAX_XML_TOKEN_BYTES"]);
    refused(&dir, "strings.xlsx", &hostile::string_count_bomb(), &audit, &["MAX_SHARED_STRINGS"]);
    refused(
        &dir,
        "serial.xlsx",
        &hostile::serial_date_xlsx("1e10"),
        &audit,
        &["start_date", "an Excel date outside 1900–2200"],
    );
    refused(
        &dir,
        "wide.csv",
        &hostile::wide_csv(1_000_000),
        &audit,
        &["the header has 1,000,000 columns", "MAX_COLUMNS"],
    );
    refused(&dir, "old.xls.csv", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", &audit, &[".xls"]);
    refused(
        &dir,
        "big.csv",
        &vec![b' '; 65 << 20],
        &audit,
        &["the file is 65 MiB; at most 64 MiB is read", "MAX_FILE_BYTES"],
    );
    let mut garbage = hostile::csv(1);
    garbage.truncate(garbage.len() - 1);
    garbage.extend_from_slice(b"garbage\n");
    refused(&dir, "garbage.csv", &garbage, &audit, &["2026-01-12garbage", "is not a date"]);
}

#[test]
fn contract_check_refuses_docx_bombs() {
    let dir = temp_dir("hostile-contract");
    let args = ["contract-check", "{}"];
    refused(&dir, "bomb.docx", &hostile::docx_bomb_declared(), &args, &["declares 3,072 MiB", "MAX_DOCX_XML_BYTES"]);
    refused(&dir, "lie.docx", &hostile::docx_bomb(4 << 20), &args, &["larger than its declared"]);
    refused(&dir, "long.txt", &vec![b'a'; 3 << 20], &args, &["MAX_CONTRACT_TEXT_BYTES"]);
}

#[test]
fn trips_and_batch_refuse_hostile_csv() {
    let dir = temp_dir("hostile-batch");
    refused(
        &dir,
        "trips.csv",
        &hostile::wide_csv(1_000_000),
        &["trips", "{}", "--as-of", "2026-11-21"],
        &["MAX_TRIP_COLUMNS"],
    );
    let batch = ["payroll", "--batch", "{}", "--out", "-"];
    refused(&dir, "wide.csv", &hostile::wide_csv(1_000_000), &batch, &["MAX_BATCH_RECORD_BYTES"]);
    refused(
        &dir,
        "cols.csv",
        &hostile::wide_csv(150),
        &batch,
        &["the header has 150 columns; at most 100 are read", "MAX_BATCH_COLUMNS"],
    );
    let mut no_newline = b"id,period,gross\n1,2026-03,".to_vec();
    no_newline.extend(std::iter::repeat_n(b'9', 1 << 20));
    refused(&dir, "line.csv", &no_newline, &batch, &["longer than 64 KiB", "MAX_BATCH_RECORD_BYTES"]);
    let row = b"id,period,gross\n1,2026-03,145000".to_vec();
    let mut wide_row = row.clone();
    wide_row.extend(std::iter::repeat_n(b",x".as_slice(), 200).flatten());
    refused(&dir, "row.csv", &wide_row, &batch, &["row 2 has 203 columns", "MAX_BATCH_COLUMNS"]);
    let born = b"id,period,gross,born\n1,2026-03,145000,1990-05-01garbage\n";
    refused(&dir, "born.csv", born, &batch, &["row 2", "born", "1990-05-01garbage"]);
}

#[test]
fn dates_on_the_command_line_are_strict() {
    for bad in ["2026-01-15garbage", "0000-01-01", "9999-12-31"] {
        let o = kzcomply(&["workdays", "check", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
    }
}
