//! XLSX both ways: a workforce sheet with Russian headers, real dates and numbers imports like the
//! CSV; the report workbook has a summary and one sheet per rule.

use calamine::Reader;
use kzcomply_audit::{Company, audit, import};
use kzcomply_i18n::Lang;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::Calendar;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn workforce_xlsx() -> Vec<u8> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let headers = [
        "Табельный номер",
        "ФИО",
        "ИИН",
        "Гражданство",
        "Тип занятости",
        "Должность",
        "Подразделение",
        "Категория",
        "Оклад",
        "Дата приема",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let rows = [("1", "Айгерим", "KZ", "direct", 900_000.0), ("2", "John", "TR", "outstaffed", 700_000.0)];
    for (i, (id, name, cit, eng, pay)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, *id).unwrap();
        ws.write_string(r, 1, *name).unwrap();
        // An IIN typed as a number, as Excel users do (valid: check digit 2).
        ws.write_number(r, 2, 900_101_350_122.0).unwrap();
        ws.write_string(r, 3, *cit).unwrap();
        ws.write_string(r, 4, *eng).unwrap();
        ws.write_string(r, 5, "Инженер-программист").unwrap();
        ws.write_string(r, 6, "IT").unwrap();
        ws.write_number(r, 7, 3.0).unwrap();
        ws.write_number(r, 8, *pay).unwrap();
        ws.write_datetime_with_format(r, 9, ExcelDateTime::from_ymd(2026, 1, 12).unwrap(), &date).unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_workforce_with_russian_headers_imports() {
    let w = import::from_xlsx(&workforce_xlsx(), Lang::En).unwrap();
    let people = w.people;
    assert_eq!(people.len(), 2);
    // The sheet has the ten required columns and nothing else.
    assert_eq!(w.supplied.columns().count(), 10);
    assert_eq!(people[0].iin, "900101350122");
    assert_eq!(people[0].start_date, jiff::civil::date(2026, 1, 12));
    assert_eq!(people[1].monthly_gross, kzcomply_law::Money::from_tenge(700_000));
    assert_eq!(people[1].role_category, 3);
}

#[test]
fn the_report_workbook_has_a_sheet_per_rule() {
    let rules = RuleBook::embedded();
    let calendar = Calendar::from_rules(&rules).unwrap();
    let w = import::from_xlsx(&workforce_xlsx(), Lang::En).unwrap();
    let as_of = jiff::civil::date(2026, 11, 20);
    let report = audit(&rules, &calendar, &Company::default(), &w.people, &w.supplied, as_of, Lang::En).unwrap();
    let bytes = kzcomply_audit::xlsx::render(&report, Lang::En).unwrap();
    let book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    assert_eq!(names[0], "Summary");
    // 700,000 < 900,000 for the same job: parity fires, and gets its own sheet.
    assert!(names.iter().any(|n| n == "salary-parity"), "{names:?}");
    let mut rules_fired: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
    rules_fired.sort();
    rules_fired.dedup();
    // No ESUTD columns and no company BIN: those checks are on a "Not checked" sheet, not findings.
    assert!(!report.not_checked.is_empty());
    assert_eq!(names.last().map(String::as_str), Some("Not checked"));
    assert_eq!(names.len(), 1 + rules_fired.len() + 1);
}
