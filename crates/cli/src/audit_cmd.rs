//! `kzcomply audit FILE`: the workforce compliance audit, as a terminal summary, JSON or an HTML page.
//! Each finding says its fine or why there is none; a fine the rules cannot price makes the total
//! "at least …"; checks the file has no data for are listed as not checked.

use crate::{CmdResult, Failure, input_error};
use kzcomply_audit::{AuditReport, Company, FineStatus, Severity, Workforce, audit, import};
use kzcomply_law::RuleBook;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    /// The workforce table: CSV (`,` or `;`, UTF-8) or XLSX, one row per person, English or Russian
    /// headers. Required columns: id, full_name, iin, citizenship, engagement, position,
    /// department, role_category, monthly_gross, start_date (docs/audit-method.md lists the rest).
    /// A check whose column the file lacks is listed as not checked, never as a violation.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Company facts (TOML): name, bin, income_mrp, branch_of_foreign_company.
    #[arg(long, value_name = "FILE")]
    pub company: Option<PathBuf>,
    /// The host company's BIN (overrides the company file). Without a BIN the employer-BIN field of
    /// the ESUTD records and the BIN itself are listed as not checked.
    #[arg(long, value_name = "BIN")]
    pub bin: Option<String>,
    /// The company's average annual income in MRP, for its size class and so its fine tier
    /// (overrides the company file).
    #[arg(long, value_name = "MRP")]
    pub income_mrp: Option<u64>,
    /// The host is a branch or representative office of a foreign company (exempt from the
    /// localisation quotas with 10 people or fewer).
    #[arg(long)]
    pub branch: bool,
    /// The day to audit on (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli_law::parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Print JSON instead of the summary.
    #[arg(long)]
    pub json: bool,
    /// Also write the report to a file: report.html (a page to forward to a lawyer) or report.xlsx
    /// (a summary sheet and one sheet per rule).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// A validated workforce file (CSV, or XLSX by its extension) and the columns it has, within the
/// limits of `kzcomply_audit::limits` (the service's).
pub fn read_workforce(path: &Path) -> Result<Workforce, Failure> {
    use kzcomply_audit::limits::MAX_FILE_BYTES;
    let bytes = crate::limits::read_file(path, "workforce file", "MAX_FILE_BYTES", MAX_FILE_BYTES)?;
    let is_xlsx = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if is_xlsx { import::from_xlsx(&bytes) } else { import::from_csv(&bytes) }
        .map_err(|e| input_error(format!("{}: {e}", path.display())))
}

/// The validated people of a workforce file.
pub fn read_people(path: &Path) -> Result<Vec<kzcomply_audit::Person>, Failure> {
    Ok(read_workforce(path)?.people)
}

pub fn run(book: &RuleBook, args: AuditArgs) -> CmdResult {
    let Workforce { people, supplied } = read_workforce(&args.file)?;
    let mut company: Company = match &args.company {
        Some(path) => {
            let bytes = crate::limits::read_file(
                path,
                "company file",
                "MAX_COMPANY_FILE_BYTES",
                crate::limits::MAX_COMPANY_FILE_BYTES,
            )?;
            let text =
                String::from_utf8(bytes).map_err(|_| input_error(format!("{}: not UTF-8 text", path.display())))?;
            toml::from_str(&text).map_err(|e| input_error(format!("{}: {}", path.display(), e.message())))?
        }
        None => Company::default(),
    };
    if let Some(bin) = &args.bin {
        company.bin = Some(bin.clone());
    }
    if let Some(income) = args.income_mrp {
        company.income_mrp = Some(income);
    }
    company.branch_of_foreign_company |= args.branch;
    let calendar = crate::calendar_cmd::calendar_from(book)?;
    let as_of = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let report = audit(book, &calendar, &company, &people, &supplied, as_of)
        .map_err(|e| input_error(format!("the rules cannot audit on {as_of}: {e}")))?;
    if let Some(out) = &args.out {
        write_report(out, &report)?;
    }
    let mut stdout = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut stdout, &report);
    }
    write!(stdout, "{}", summary(&report))?;
    if let Some(out) = &args.out {
        writeln!(stdout, "\nReport written to {}", out.display())?;
    }
    Ok(())
}

fn write_report(out: &Path, report: &AuditReport) -> CmdResult {
    let ext = out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let body = match ext.as_str() {
        "html" | "htm" => kzcomply_audit::html::render(report).into_bytes(),
        "xlsx" => kzcomply_audit::xlsx::render(report).map_err(|e| anyhow::anyhow!("building the XLSX report: {e}"))?,
        _ => return Err(input_error(format!("--out {}: the report can be written as .html or .xlsx", out.display()))),
    };
    // Write beside the target and rename, so a failed run never leaves half a report.
    let tmp = out.with_extension(format!("{ext}.partial"));
    std::fs::write(&tmp, body).map_err(|e| input_error(format!("cannot write {}: {e}", tmp.display())))?;
    std::fs::rename(&tmp, out)?;
    Ok(())
}

fn summary(r: &AuditReport) -> String {
    let mut s = String::new();
    let name = if r.company.is_empty() { "the company".to_string() } else { r.company.clone() };
    let h = &r.headcount;
    s.push_str(&format!("Compliance audit of {name} as of {}\n\n", r.as_of));
    s.push_str(&format!(
        "People      {} effective: {} direct, {} outstaffed, {} third-party, {} contractors\n",
        h.effective, h.direct, h.outstaffed, h.third_party, h.contractor
    ));
    let l = &r.localization;
    let pct = |(kz, n): (u32, u32)| format!("{kz}/{n} = {}", kzcomply_audit::checks::percent_text(kz, n));
    s.push_str(&format!(
        "Localisation {} — categories 1–2: {} (min 70%), categories 3–4: {} (min 90%)\n",
        if l.applies { "APPLIES" } else { "does not apply (20 people or fewer)" },
        pct(l.cat12),
        pct(l.cat34)
    ));
    s.push_str(&format!(
        "            room for {} more foreign manager(s) and {} more foreign specialist(s) before a share falls below its minimum\n",
        l.cat12_foreign_headroom, l.cat34_foreign_headroom
    ));
    s.push_str(&format!("Size class  {} ({})\n", r.size_class, r.size_reason));
    s.push_str(&format!(
        "Findings    {} violations, {} risks, {} warnings — fine exposure {}\n\n",
        r.counts.violation,
        r.counts.risk,
        r.counts.warning,
        r.exposure_text()
    ));
    for f in &r.findings {
        let tag = match f.severity {
            Severity::Violation => "VIOLATION",
            Severity::Risk => "RISK     ",
            Severity::Warning => "warning  ",
        };
        let fine = match (f.fine_status, f.fine_kzt) {
            (FineStatus::Priced, Some(m)) => format!("  [{m} KZT]"),
            (FineStatus::NotPriced, _) => "  [not priced]".into(),
            _ => String::new(),
        };
        s.push_str(&format!("{tag} {}{fine}\n          {}\n          basis: {}\n", f.rule, f.message, f.basis));
        if let Some(note) = &f.fine_note {
            s.push_str(&format!("          fine: {note}\n"));
        }
    }
    if !r.not_checked.is_empty() {
        s.push_str("\nNot checked — the file lacks the data these need, so they were not run and carry no fine:\n");
        for n in &r.not_checked {
            s.push_str(&format!("  {:<34} {}\n", n.rule, n.reason));
        }
    }
    s
}
