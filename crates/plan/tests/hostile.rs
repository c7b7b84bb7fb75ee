//! Hostile contracts, trip lists and answers files: refused quickly, naming the limit, never a
//! panic. Generated here (`kzcomply_audit::hostile`), nothing committed.

use kzcomply_audit::hostile;
use kzcomply_i18n::Lang;
use kzcomply_plan::contract::{ContractError, check_file};
use kzcomply_plan::trips::{self, TripsError};
use std::time::{Duration, Instant};

#[test]
fn docx_bombs_are_refused_before_they_are_inflated() {
    let start = Instant::now();
    let Err(ContractError::TooLarge(e)) = check_file(&hostile::docx_bomb_declared(), true, Lang::En) else {
        panic!("a document declaring 3 GiB must be refused");
    };
    assert_eq!(e.limit, "MAX_DOCX_XML_BYTES");
    assert_eq!(e.message, "word/document.xml declares 3,072 MiB once inflated; at most 32 MiB is read");
    // A header that lies: the zip reader stops at the declared size.
    let got = check_file(&hostile::docx_bomb(4 << 20), true, Lang::En);
    assert!(matches!(&got, Err(ContractError::NotDocx(m)) if m.contains("larger than its declared")), "{got:?}");
    // An honest document whose text is longer than a thousand pages.
    let mut long = hostile::docx_bomb(3 << 20);
    hostile::declare_size(&mut long, "word/document.xml", (3 << 20) + 200);
    let Err(ContractError::TooLarge(e)) = check_file(&long, true, Lang::En) else {
        panic!("3 MiB of text must be refused")
    };
    assert_eq!(e.limit, "MAX_CONTRACT_TEXT_BYTES");
    let Err(ContractError::TooLarge(e)) = check_file(&vec![b'a'; 3 << 20], false, Lang::En) else {
        panic!("3 MiB of .txt")
    };
    assert_eq!(e.limit, "MAX_CONTRACT_TEXT_BYTES");
    assert!(start.elapsed() < Duration::from_secs(3), "took {:?}", start.elapsed());
}

#[test]
fn trip_files_past_the_limits_are_refused() {
    let trips_file = |rows: usize| {
        let mut s = String::from("person,region,from,to,permit_region\n");
        for i in 0..rows {
            s.push_str(&format!("P{i},Astana,2026-03-01,2026-03-05,Almaty\n"));
        }
        s.into_bytes()
    };
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "a million columns",
            hostile::wide_csv(1_000_000),
            "MAX_TRIP_COLUMNS",
            "the header has 1,000,000 columns; at most 50 are read",
        ),
        (
            "20,001 trips",
            trips_file(20_001),
            "MAX_TRIP_ROWS",
            "the file has more than 20,000 trips; at most 20,000 are read",
        ),
        (
            "a long cell",
            format!("person,region,from,to\n{},Astana,2026-03-01,2026-03-05\n", "x".repeat(5_000)).into_bytes(),
            "MAX_TRIP_CELL_CHARS",
            "row 1, column 1 holds 5,000 characters; at most 1,000 are read",
        ),
        ("17 MiB", vec![b'a'; 17 << 20], "MAX_TRIPS_FILE_BYTES", "the file is 17 MiB; at most 16 MiB is read"),
    ];
    for (what, bytes, limit, message) in cases {
        let start = Instant::now();
        match trips::from_csv(&bytes, Lang::En) {
            Err(TripsError::TooLarge(e)) => assert_eq!((e.limit, e.message.as_str()), (limit, message), "{what}"),
            other => panic!("{what}: expected a limit error, got {other:?}"),
        }
        assert!(start.elapsed() < Duration::from_secs(2), "{what}: {:?}", start.elapsed());
    }
    assert_eq!(trips::from_csv(&trips_file(20_000), Lang::En).unwrap().len(), 20_000);
}

#[test]
fn trip_dates_are_strict() {
    for (bad, why) in [
        ("2026-03-01garbage", "is not a date"),
        ("0000-03-01", "between 1900 and 2200"),
        ("9999-12-31", "between 1900 and 2200"),
    ] {
        let csv = format!("person,region,from,to\nP,Astana,{bad},2026-03-05\n");
        let Err(TripsError::Cells(p)) = trips::from_csv(csv.as_bytes(), Lang::En) else { panic!("{bad} accepted") };
        assert!(p[0].message.contains(why), "{bad}: {}", p[0].message);
    }
}

#[test]
fn a_huge_answers_file_is_refused() {
    let text = format!("provider = \"{}\"\n[answers]\n", "x".repeat(2 << 20));
    let e = kzcomply_plan::vet::parse_answers(&text, Lang::En).unwrap_err().to_string();
    assert!(e.contains("MAX_ANSWERS_BYTES") && e.contains("at most 1 MiB"), "{e}");
}
