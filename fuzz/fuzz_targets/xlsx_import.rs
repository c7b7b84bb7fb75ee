//! The XLSX reader on raw bytes (zip containers as they come): an answer or an error, never a
//! panic or an allocation past the limits.
#![no_main]

use kzcomply_law::text::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kzcomply_audit::import::from_xlsx(data, Lang::En);
});
