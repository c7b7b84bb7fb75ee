//! Money parsing ("145 000,50", "1,234.56"): an amount or an error, never a panic; an amount
//! written plainly parses back to itself.
#![no_main]

use kzcomply_law::Money;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let from_bytes = Money::parse_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let from_text = Money::parse(text);
        assert_eq!(from_text.is_ok(), from_bytes.is_ok(), "{text:?}");
    }
    if let Ok(m) = from_bytes {
        let plain = m.plain().to_string();
        assert_eq!(Money::parse(&plain).ok(), Some(m), "{plain}");
        let mut buf = [0u8; 24];
        assert_eq!(m.format_plain(&mut buf), plain.as_bytes());
    }
});
