//! Date and period parsing: a day in 1900–2200 that prints back to itself, or an error; never a
//! panic. Also the dates a period and its next month lead to.
#![no_main]

use kzcomply_law::YearMonth;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(d) = kzcomply_audit::import::date(text)
    {
        assert!((1900..=2200).contains(&d.year()), "{text:?} → {d}");
        assert_eq!(kzcomply_audit::import::date(&d.to_string()), Ok(d));
    }
    if let Some(p) = YearMonth::parse_bytes(data) {
        assert_eq!(YearMonth::parse_bytes(p.to_string().as_bytes()), Some(p));
        let _ = (p.first_day(), p.year_start(), p.next().first_day(), p.next().year_start());
    }
});
