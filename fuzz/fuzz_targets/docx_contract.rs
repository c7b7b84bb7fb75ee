//! The contract reader: raw bytes as a .docx and as text, and the bytes as the document XML of a
//! valid .docx; a report or an error, never a panic. Also a provider's answers file (TOML).
#![no_main]

use kzcomply_plan::contract::check_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = check_file(data, true);
    let _ = check_file(data, false);
    let xml = String::from_utf8_lossy(data);
    let _ = check_file(&kzcomply_audit::hostile::docx(&xml), true);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = kzcomply_plan::vet::parse_answers(text);
    }
});
