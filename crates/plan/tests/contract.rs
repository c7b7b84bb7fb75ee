//! The contract check against sample contracts whose clauses a careful reader marked present or
//! missing (`tests/contracts/*.expect.toml`), as .txt and as a .docx built from the same text.

use kzcomply_i18n::Lang;
use kzcomply_plan::contract::{ContractError, check, check_file, clause_ids};
use std::io::Write;

fn samples() -> Vec<(String, String, Vec<String>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/contracts");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let expect: toml::Table =
                toml::from_str(&std::fs::read_to_string(path.with_extension("expect.toml")).unwrap()).unwrap();
            let missing = expect["missing"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().into()).collect();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read_to_string(&path).unwrap(), missing));
        }
    }
    out.sort();
    out
}

/// A minimal Word document: one paragraph per line.
fn docx(text: &str) -> Vec<u8> {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let body: String = text
        .lines()
        .map(|l| format!("<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", escape(l)))
        .collect();
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap();
    buf.into_inner()
}

#[test]
fn missing_clauses_match_a_careful_reading() {
    let samples = samples();
    assert!(samples.len() >= 7, "only {} samples", samples.len());
    let mut failures = Vec::new();
    for (name, text, want) in &samples {
        let got: Vec<String> = check(text, Lang::En).unwrap().missing.iter().map(|s| s.to_string()).collect();
        let mut want = want.clone();
        want.sort_by_key(|id| clause_ids().position(|c| c == id));
        if got != want {
            failures.push(format!("{name}: missing {got:?}, want {want:?}"));
        }
        let from_docx: Vec<String> =
            check_file(&docx(text), true, Lang::En).unwrap().missing.iter().map(|s| s.to_string()).collect();
        if from_docx != got {
            failures.push(format!("{name} as .docx: missing {from_docx:?}, as text {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unreadable_files_are_named_errors() {
    assert_eq!(check_file(&[0xff, 0xfe, 0x00], false, Lang::En), Err(ContractError::NotUtf8));
    assert!(matches!(check_file(b"plain text, not a zip", true, Lang::En), Err(ContractError::NotDocx(_))));
    assert_eq!(check("  \n ", Lang::En), Err(ContractError::Empty));
}
