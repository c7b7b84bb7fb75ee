//! `kzcomply audit FILE`: the workforce compliance audit, as a terminal summary, JSON, or a report
//! file (HTML, XLSX or the findings CSV). Each finding says its fine or why there is none; a fine
//! the rules cannot price makes the total "at least …"; checks the file has no data for are
//! listed as not checked. Everything people read is in the language of `--lang` (`crate::lang()`);
//! rule ids, severities and fine statuses are the same in every language.

use crate::{CmdResult, Failure, input_error};
use kzcomply_audit::{AuditReport, Company, FineStatus, Severity, Workforce, audit, import};
use kzcomply_i18n::{Args, Lang, format, t, tr};
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
    /// The day to audit on, YYYY-MM-DD or DD.MM.YYYY (default: today).
    #[arg(long, value_name = "DATE", value_parser = crate::cli_law::parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Print JSON instead of the summary.
    #[arg(long)]
    pub json: bool,
    /// Also write the report to a file, in the language of `--lang`: report.html (a page to forward
    /// to a lawyer), report.xlsx (a summary sheet and one sheet per rule) or report.csv (the
    /// findings; in Russian and Kazakh with a UTF-8 BOM and `;`, as Russian-locale Excel opens it).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// A validated workforce file (CSV, or XLSX by its extension) and the columns it has, within the
/// limits of `kzcomply_audit::limits` (the service's).
pub fn read_workforce(path: &Path) -> Result<Workforce, Failure> {
    use kzcomply_audit::limits::MAX_FILE_BYTES;
    let lang = crate::lang();
    let bytes = crate::limits::read_file(path, "workforce file", "MAX_FILE_BYTES", MAX_FILE_BYTES)?;
    let is_xlsx = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if is_xlsx { import::from_xlsx(&bytes, lang) } else { import::from_csv(&bytes, lang) }
        .map_err(|e| input_error(format!("{}: {}", path.display(), e.message(lang))))
}

/// The validated people of a workforce file.
pub fn read_people(path: &Path) -> Result<Vec<kzcomply_audit::Person>, Failure> {
    Ok(read_workforce(path)?.people)
}

/// A company facts file (TOML: name, bin, income_mrp, branch_of_foreign_company).
pub fn read_company(path: &Path) -> Result<Company, Failure> {
    let lang = crate::lang();
    let bytes = crate::limits::read_file(
        path,
        "company file",
        "MAX_COMPANY_FILE_BYTES",
        crate::limits::MAX_COMPANY_FILE_BYTES,
    )?;
    let text = String::from_utf8(bytes).map_err(|_| {
        input_error(tr(lang, "report-cli-not-utf8", &Args::new().text("path", path.display().to_string())))
    })?;
    toml::from_str(&text).map_err(|e| input_error(format!("{}: {}", path.display(), e.message())))
}

pub fn run(book: &RuleBook, args: AuditArgs) -> CmdResult {
    let lang = crate::lang();
    let Workforce { people, supplied } = read_workforce(&args.file)?;
    let mut company: Company = match &args.company {
        Some(path) => read_company(path)?,
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
    let report = audit(book, &calendar, &company, &people, &supplied, as_of, lang).map_err(|e| {
        input_error(tr(lang, "audit-cannot-audit", &Args::new().date("date", as_of).text("error", e.message(lang))))
    })?;
    if let Some(out) = &args.out {
        write_report(out, &report, lang)?;
    }
    let mut stdout = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut stdout, &report);
    }
    write!(stdout, "{}", summary(&report, lang))?;
    if let Some(out) = &args.out {
        writeln!(stdout, "\n{}", tr(lang, "report-cli-written", &Args::new().text("path", out.display().to_string())))?;
    }
    Ok(())
}

fn write_report(out: &Path, report: &AuditReport, lang: Lang) -> CmdResult {
    let path = || Args::new().text("path", out.display().to_string());
    let ext = out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let body = match ext.as_str() {
        "html" | "htm" => kzcomply_audit::html::render(report, lang).into_bytes(),
        "xlsx" => kzcomply_audit::xlsx::render(report, lang).map_err(|e| {
            anyhow::anyhow!(tr(lang, "report-cli-xlsx-failed", &Args::new().text("error", e.to_string())))
        })?,
        "csv" => kzcomply_audit::report_csv::render(&report.findings, lang),
        _ => return Err(input_error(tr(lang, "report-cli-bad-out", &path()))),
    };
    // Write beside the target and rename, so a failed run never leaves half a report.
    let tmp = out.with_extension(format!("{ext}.partial"));
    std::fs::write(&tmp, body).map_err(|e| {
        let args = Args::new().text("path", tmp.display().to_string()).text("error", e.to_string());
        input_error(tr(lang, "report-cli-cannot-write", &args))
    })?;
    std::fs::rename(&tmp, out)?;
    Ok(())
}

fn summary(r: &AuditReport, lang: Lang) -> String {
    let mut s = String::new();
    let name = if r.company.is_empty() { t(lang, "report-cli-the-company") } else { r.company.clone() };
    let h = &r.headcount;
    let line = |s: &mut String, id: &str, args: &Args| {
        s.push_str(&tr(lang, id, args));
        s.push('\n');
    };
    line(&mut s, "report-cli-title", &Args::new().text("company", name).date("date", r.as_of));
    s.push('\n');
    line(
        &mut s,
        "report-cli-people",
        &Args::new()
            .num("count", i64::from(h.effective))
            .num("direct", i64::from(h.direct))
            .num("outstaffed", i64::from(h.outstaffed))
            .num("third_party", i64::from(h.third_party))
            .num("contractor", i64::from(h.contractor)),
    );
    let l = &r.localization;
    let share = |(kz, n): (u32, u32)| {
        let pct = kzcomply_audit::checks::percent_text(kz, n);
        let pct = if lang == Lang::En { pct } else { pct.replace('.', ",") };
        tr(
            lang,
            "report-cli-share",
            &Args::new().num("citizens", i64::from(kz)).num("size", i64::from(n)).text("share", pct),
        )
    };
    let applies = if l.applies { "report-cli-localisation-applies" } else { "report-cli-localisation-exempt" };
    line(&mut s, applies, &Args::new().text("cat12", share(l.cat12)).text("cat34", share(l.cat34)));
    line(
        &mut s,
        "report-cli-headroom",
        &Args::new()
            .num("managers", i64::from(l.cat12_foreign_headroom))
            .num("specialists", i64::from(l.cat34_foreign_headroom)),
    );
    let class = tr(lang, "audit-size-class", &Args::new().text("class", r.size_class));
    line(&mut s, "report-cli-size", &Args::new().text("class", class).text("reason", r.size_reason.as_str()));
    line(
        &mut s,
        "report-cli-findings",
        &Args::new()
            .num("violations", i64::from(r.counts.violation))
            .num("risks", i64::from(r.counts.risk))
            .num("warnings", i64::from(r.counts.warning))
            .text("exposure", r.exposure_text(lang)),
    );
    s.push('\n');
    // Each finding's tag, padded to the longest of the three (VIOLATION in English), and its lines
    // indented one further.
    let tags = ["report-cli-tag-violation", "report-cli-tag-risk", "report-cli-tag-warning"].map(|id| t(lang, id));
    let width = tags.iter().map(|t| t.chars().count()).max().unwrap_or(9);
    let indent = " ".repeat(width + 1);
    for f in &r.findings {
        let tag = match f.severity {
            Severity::Violation => &tags[0],
            Severity::Risk => &tags[1],
            Severity::Warning => &tags[2],
        };
        let fine = match (f.fine_status, f.fine_kzt) {
            (FineStatus::Priced, Some(m)) => {
                format!(
                    "  {}",
                    tr(lang, "report-cli-fine-amount", &Args::new().text("amount", format::tenge(lang, m.tiyn())))
                )
            }
            (FineStatus::NotPriced, _) => format!("  {}", t(lang, "report-cli-fine-not-priced")),
            _ => String::new(),
        };
        let basis = tr(lang, "report-cli-basis", &Args::new().text("basis", f.basis.as_str()));
        s.push_str(&format!("{tag:<width$} {}{fine}\n{indent}{}\n{indent}{basis}\n", f.rule, f.message));
        if let Some(note) = &f.fine_note {
            s.push_str(&format!("{indent}{}\n", tr(lang, "report-cli-fine", &Args::new().text("note", note.as_str()))));
        }
    }
    if !r.not_checked.is_empty() {
        s.push_str(&format!("\n{}\n", t(lang, "report-cli-not-checked")));
        for n in &r.not_checked {
            s.push_str(&format!("  {:<34} {}\n", n.rule, n.reason));
        }
    }
    s
}
