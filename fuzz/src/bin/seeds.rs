//! Writes a starting corpus for each fuzz target into `corpus/<target>/`: valid files of each
//! kind and the attacks of the hostile-file tests, generated (nothing is committed).
//! Run from `fuzz/`: `cargo run --bin seeds`.

use kzcomply_audit::hostile;
use std::path::Path;

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new("corpus").join(target);
    std::fs::create_dir_all(&dir).expect("corpus directory");
    std::fs::write(dir.join(name), bytes).expect("seed file");
}

fn main() {
    let demo = std::fs::read("../examples/demo/workforce.csv").expect("the demo workforce");
    write("csv_import", "demo.csv", &demo);
    write("csv_import", "small.csv", &hostile::csv(3));
    write(
        "csv_import",
        "trips.csv",
        b"person;region;from;to;permit_region\nF-01;Astana;01.03.2026;10.03.2026;Almaty\n",
    );
    write("csv_import", "wide.csv", &hostile::wide_csv(300));
    write("xlsx_import", "valid.xlsx", &hostile::xlsx(Some("A1:J2"), &hostile::valid_sheet_data(), &[]));
    write("xlsx_import", "far.xlsx", &hostile::far_cell_xlsx());
    write("xlsx_import", "serial.xlsx", &hostile::serial_date_xlsx("46034"));
    write("xlsx_import", "strings.xlsx", &hostile::string_count_bomb());
    write("xlsx_sheet", "valid", hostile::valid_sheet_data().as_bytes());
    let mut with_strings = format!(
        "{}<row r=\"2\"><c r=\"J2\" s=\"1\"><v>46034</v></c><c r=\"A2\" t=\"s\"><v>0</v></c></row>",
        hostile::row_xml(1, &hostile::HEADER)
    )
    .into_bytes();
    with_strings.push(0xFF);
    with_strings.extend_from_slice(br#"<sst count="1" uniqueCount="1"><si><t>x</t></si></sst>"#);
    write("xlsx_sheet", "strings", &with_strings);
    for (i, m) in
        ["145 000,50", "1,234.56", "-0.01", "92233720368547758.07", "1e10", "1 000 000 000 000"].iter().enumerate()
    {
        write("money", &format!("m{i}"), m.as_bytes());
    }
    for (i, d) in ["2026-01-15", "15.01.2026", "2026-01-15T09:30:00+05:00", "15.01.2026 0:00:00", "2026-03", "2200-12"]
        .iter()
        .enumerate()
    {
        write("dates", &format!("d{i}"), d.as_bytes());
    }
    for (name, text) in kzcomply_law::RuleBook::embedded_files() {
        write("rules_toml", &name.replace('/', "_"), text.as_bytes());
    }
    let contract = "Трудовой договор № 47\n«10» февраля 2025 г.\nИИН 900101350122\nБИН 231140005271\nРаботник принимается на должность инженера.\nМесто работы: г. Алматы.";
    write("docx_contract", "contract.txt", contract.as_bytes());
    write(
        "docx_contract",
        "contract.docx",
        &hostile::docx(&format!(
            "<w:document><w:body><w:p><w:r><w:t>{contract}</w:t></w:r></w:p></w:body></w:document>"
        )),
    );
    write("docx_contract", "answers.toml", b"provider = \"X\"\n[answers]\nkz-legal-entity = true\n");
    println!("seeds written to corpus/");
}
