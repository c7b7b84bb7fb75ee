//! The HTML and XLSX reports never hide a fine: a fine that cannot be priced reads "not priced"
//! with its reason, the total reads "at least …", and the checks the data did not allow are listed.

use calamine::{Data, Reader};
use kzcomply_audit::{AuditReport, Company, audit, import};
use kzcomply_i18n::Lang;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::Calendar;

/// One direct employee without a place of work, audited on 2027-01-04 (the built-in MRP ends on
/// 2026-12-31), for a company whose BIN was not given.
fn report() -> AuditReport {
    let header = "id,full_name,iin,citizenship,engagement,position,department,role_category,monthly_gross,start_date,\
                  contract_number,contract_date,contract_end_date,place_of_work,esutd_registered_on,terminated_on,\
                  esutd_termination_registered_on";
    // Contract Wed 1 Apr 2026, due Wed 8 Apr (Thu 2, Fri 3, Mon 6, Tue 7, Wed 8); registered 2 Apr: on time.
    let row = "d1,Айгерим Нурланова,900101400777,KZ,direct,Accountant,Finance,3,600000,2026-04-01,TD-7,2026-04-01,indefinite,,2026-04-02,,";
    let w = import::from_csv(format!("{header}\n{row}\n").as_bytes(), Lang::En).unwrap();
    let rules = RuleBook::embedded();
    let calendar = Calendar::from_rules(&rules).unwrap();
    let company = Company { income_mrp: Some(100_000), ..Company::default() };
    audit(&rules, &calendar, &company, &w.people, &w.supplied, jiff::civil::date(2027, 1, 4), Lang::En).unwrap()
}

#[test]
fn the_report_counts_what_it_cannot_price_and_lists_what_it_could_not_check() {
    let r = report();
    // esutd-incomplete on 2027-01-04: no MRP for 2027, so not priced; nothing else is priced.
    assert_eq!((r.fines_not_priced, r.fine_exposure_kzt), (1, kzcomply_law::Money::ZERO));
    assert_eq!(r.exposure_text(Lang::En), "at least 0 KZT; 1 fine not priced");
    // No company BIN: the employer-BIN field (1 direct employee) and the company's BIN (2 entries).
    let rules: Vec<&str> = r.not_checked.iter().map(|n| n.rule).collect();
    assert_eq!(rules, ["esutd-missing-field", "invalid-bin"]);
}

#[test]
fn the_html_report_says_not_priced_and_not_checked() {
    let html = kzcomply_audit::html::render(&report(), Lang::En);
    assert!(html.contains("<b>at least 0 KZT; 1 fine not priced</b>"), "{html}");
    assert!(html.contains("<b class=risk>not priced</b>"), "{html}");
    assert!(html.contains("not priced: the rules have no MRP for 2027 yet"), "{html}");
    assert!(html.contains("<h2>Not checked</h2>") && html.contains("<code>invalid-bin</code>"), "{html}");
}

#[test]
fn the_workbook_has_the_fine_status_and_a_not_checked_sheet() {
    let bytes = kzcomply_audit::xlsx::render(&report(), Lang::En).unwrap();
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Summary", "esutd-missing-field", "Not checked"]);
    let sheet = book.worksheet_range("esutd-missing-field").unwrap();
    // Row 1 is the finding: no amount (column E), status "not_priced" (column H), the reason (F).
    assert!(matches!(sheet.get_value((1, 4)), None | Some(Data::Empty)), "{:?}", sheet.get_value((1, 4)));
    assert_eq!(sheet.get_value((1, 7)), Some(&Data::String("not_priced".into())));
    let note = sheet.get_value((1, 5)).unwrap().to_string();
    assert!(note.contains("no MRP for 2027"), "{note}");
    let summary = book.worksheet_range("Summary").unwrap();
    let row_of = |label: &str| {
        (0..summary.height()).find(|&r| summary.get_value((r as u32, 0)) == Some(&Data::String(label.into())))
    };
    let fines = row_of("Fines not priced").expect("a row for the fines not priced");
    assert_eq!(summary.get_value((fines as u32, 1)), Some(&Data::Float(1.0)));
    assert!(row_of("Fine exposure, KZT (at least)").is_some());
    let not_checked = book.worksheet_range("Not checked").unwrap();
    assert_eq!(not_checked.height(), 1 + 2, "a header and two entries");
}
