//! The CSV readers: the workforce import and the trips list. Any bytes: an answer or an error,
//! never a panic, and never past the limits.
#![no_main]

use kzcomply_law::text::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(w) = kzcomply_audit::import::from_csv(data, Lang::En) {
        assert!(!w.people.is_empty());
        assert!(w.people.len() as u64 <= kzcomply_audit::limits::MAX_ROWS);
    }
    if let Ok(trips) = kzcomply_plan::trips::from_csv(data, Lang::En) {
        assert!(trips.iter().all(|t| t.from <= t.to));
    }
});
