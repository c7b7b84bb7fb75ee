//! The XLSX reader on a valid workbook whose sheet XML (and, after a 0xFF byte, shared strings
//! part) comes from the fuzzer: the mutations land in the XML, not in the zip.
#![no_main]

use kzcomply_audit::hostile;
use kzcomply_law::text::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (sheet, strings) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let sheet = String::from_utf8_lossy(sheet);
    let extra: Vec<(&str, &[u8])> = strings.map(|s| ("xl/sharedStrings.xml", s)).into_iter().collect();
    let book = hostile::xlsx(None, &sheet, &extra);
    if let Ok(w) = kzcomply_audit::import::from_xlsx(&book, Lang::En) {
        assert!(!w.people.is_empty());
    }
});
