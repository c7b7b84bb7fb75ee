//! `kzcomply payroll-run STAFF.csv --period YYYY-MM`: a month's payroll for one employer from the
//! workforce file (docs/payroll-run.md) — each person's lines, deductions, net and the employer's
//! charges, who is skipped and why, the totals and the month's payments with their due dates; the
//! register as XLSX or CSV (`--out`) and one payslip per person (`--payslips DIR`, PDF when the
//! binary is built with the default `pdf` feature). Every problem of every input file is reported
//! at once with its file, row and column, exit code 2, and nothing is written.

use crate::{CmdResult, Failure, input_error};
use kzcomply_i18n::{Args, Lang, format, t, tr};
use kzcomply_law::payroll::month::Catalogue;
use kzcomply_law::{Money, RuleBook, YearMonth};
use kzcomply_run::payslip::{self, Employer};
use kzcomply_run::{Carried, Options, Run, input};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const PAYROLL_RUN_HELP: &str = "Examples:
  kzcomply payroll-run examples/demo/workforce.csv --period 2026-03
  kzcomply payroll-run staff.csv --period 2026-03 --accruals march-accruals.csv --ytd ytd.csv --out register.xlsx
  kzcomply payroll-run staff.csv --period 2026-03 --employer-bin 150840022712 --json
  kzcomply --lang ru payroll-run staff.csv --period 2026-03 --payslips payslips/

Accruals file (CSV, English or Russian headers): id, kind, amount [, hours] [, note]
  kinds: salary, allowance, bonus, overtime, holiday_work, night_work, one_off, material_aid,
  in_kind, vacation_pay … (`kzcomply rules show` lists each kind's treatment, accruals.*), or
  their Russian or Kazakh names («премия»);
  overtime, holiday_work and night_work may give hours instead of an amount (paid at the Labour
  Code's minimum, 1.5x the hourly rate; night hours 0.5x).
Year-to-date file: id, ytd_taxable, ytd_ipn, ytd_personal_deduction
The staff file's optional payroll columns: birth_date, tax_resident, in_kz_since, pensioner,
  disability_group, disability_from, disability_until, basic_deduction_from, week, days_worked
  (docs/payroll-run.md).

Exit codes: 0 success; 2 bad input (the message names the file, row and column).";

#[derive(clap::Args, Debug)]
pub struct PayrollRunArgs {
    /// The workforce file the audit reads (CSV or XLSX): `monthly_gross` is the monthly salary;
    /// start_date, terminated_on, citizenship, residence_permit, employer_bin and the payroll
    /// columns are used.
    #[arg(value_name = "STAFF")]
    pub staff: PathBuf,
    /// The month, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM")]
    pub period: YearMonth,
    /// Whose payroll this is (default: the file's direct staff). People on another employer's
    /// payroll and contractors are listed as skipped, with the reason.
    #[arg(long, value_name = "BIN")]
    pub employer_bin: Option<String>,
    /// Company facts (TOML, as for `audit`): its name and BIN head the payslips, and direct staff
    /// with a blank employer_bin are that BIN's employees.
    #[arg(long, value_name = "FILE")]
    pub company: Option<PathBuf>,
    /// The month's accruals: bonuses, allowances, overtime, one-off payments … (CSV: id, kind, amount).
    #[arg(long, value_name = "FILE")]
    pub accruals: Option<PathBuf>,
    /// Earlier months of the year per person (CSV: id, ytd_taxable, ytd_ipn, ytd_personal_deduction),
    /// for IPN's annual 15% band and the yearly deduction limit. Without it the year starts this month.
    #[arg(long, value_name = "FILE")]
    pub ytd: Option<PathBuf>,
    /// Print the run as JSON instead of the summary.
    #[arg(long)]
    pub json: bool,
    /// Write the payroll register: register.xlsx, or register.csv (in Russian and Kazakh with a
    /// UTF-8 BOM and `;`, as Russian-locale Excel opens it).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write one payslip per person into DIR, named after the person's id (ID.pdf), in the
    /// language of --lang.
    #[arg(long, value_name = "DIR")]
    pub payslips: Option<PathBuf>,
}

fn read_small(path: &Path, what: &str) -> Result<Vec<u8>, Failure> {
    crate::limits::read_file(path, what, "MAX_BYTES", input::MAX_BYTES as u64)
}

pub fn run(book: &RuleBook, args: PayrollRunArgs) -> CmdResult {
    let lang = crate::lang();
    let people = crate::audit_cmd::read_people(&args.staff)?;
    let company = match &args.company {
        Some(path) => Some(crate::audit_cmd::read_company(path)?),
        None => None,
    };
    let out_kind = match &args.out {
        Some(p) => Some(OutKind::of(p, lang)?),
        None => None,
    };
    let name_of = |f: input::File| -> String {
        match f {
            input::File::Staff => args.staff.display().to_string(),
            input::File::Accruals => args.accruals.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
            input::File::Ytd => args.ytd.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
        }
    };
    let problems = |ps: Vec<input::Problem>| {
        input_error(ps.iter().map(|p| p.text(&name_of(p.file), lang)).collect::<Vec<_>>().join("\n"))
    };
    let accruals = match &args.accruals {
        Some(path) => input::accruals(&read_small(path, "accruals file")?, lang).map_err(problems)?,
        None => Vec::new(),
    };
    let mut carried = Carried::default();
    if let Some(path) = &args.ytd {
        carried.ytd = input::ytd(&read_small(path, "year-to-date file")?, lang).map_err(problems)?;
    }
    if let Some(bin) = &args.employer_bin
        && let Err(e) = kzcomply_law::ids::parse_bin(bin, args.period.year())
    {
        let a = Args::new().text("bin", bin.as_str()).text("error", e.message(lang));
        return Err(input_error(tr(lang, "run-cli-bad-bin", &a)));
    }
    let opts = Options {
        period: Some(args.period),
        employer_bin: args.employer_bin.clone(),
        company_bin: company.as_ref().and_then(|c| c.bin.clone()),
        lang,
    };
    let r = kzcomply_run::run(book, &people, &accruals, &carried, &opts).map_err(|e| match e {
        kzcomply_run::RunError::Rules(m) => {
            let hint = crate::rules_source::past_coverage_hint(book, args.period.first_day());
            input_error(if hint.is_empty() { m } else { format!("{m}\n{hint}") })
        }
        e => input_error(e.message(lang, name_of)),
    })?;
    let catalogue = Catalogue::for_period(book, args.period).ok();
    let employer = Employer {
        name: company.as_ref().map(|c| c.name.clone()).unwrap_or_default(),
        bin: args.employer_bin.clone().or_else(|| company.as_ref().and_then(|c| c.bin.clone())),
    };

    // Everything is computed and every output checked before anything is written, and files are
    // written under temporary names and moved into place only when all of them are written: a bad
    // file or an unwritable path leaves no half-written output.
    let register = match (&args.out, out_kind) {
        (Some(path), Some(kind)) => Some((path, kind.render(&r, catalogue.as_ref(), lang)?)),
        _ => None,
    };
    let payslips = match &args.payslips {
        Some(dir) => Some((dir, payslip_names(dir, &r, lang)?)),
        None => None,
    };
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let written = (|| -> Result<(), Failure> {
        if let Some((dir, names)) = &payslips {
            staged.extend(write_payslips(dir, names, &r, &employer, catalogue.as_ref(), lang)?);
        }
        if let Some((path, bytes)) = &register {
            let partial = partial_name(path);
            staged.push((partial.clone(), (*path).clone()));
            write_file(&partial, bytes, lang)?;
        }
        Ok(())
    })();
    if let Err(e) = written {
        for (partial, _) in &staged {
            let _ = std::fs::remove_file(partial);
        }
        return Err(e);
    }
    for (partial, path) in &staged {
        std::fs::rename(partial, path).map_err(|e| cannot_write(path, &e, lang))?;
    }

    let mut stdout = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut stdout, &r).map_err(|e| Failure::Other(e.into()))?;
        writeln!(stdout)?;
    } else {
        write!(stdout, "{}", summary(&r, &employer, lang))?;
        if let Some((path, _)) = &register {
            writeln!(stdout, "{}", tr(lang, "run-cli-written", &Args::new().text("path", path.display().to_string())))?;
        }
        if let Some((dir, _)) = &payslips {
            let a = Args::new().num("count", r.people.len() as i64).text("dir", dir.display().to_string());
            writeln!(stdout, "{}", tr(lang, "run-cli-payslips-written", &a))?;
        }
    }
    Ok(())
}

/// `register.xlsx` → `register.xlsx.partial` in the same folder (so the rename stays on one disk).
fn partial_name(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".partial");
    path.with_file_name(name)
}

fn cannot_write(path: &Path, e: &std::io::Error, lang: Lang) -> Failure {
    input_error(tr(
        lang,
        "run-cli-cannot-write",
        &Args::new().text("path", path.display().to_string()).text("error", e.to_string()),
    ))
}

#[derive(Clone, Copy, Debug)]
enum OutKind {
    Xlsx,
    Csv,
}

impl OutKind {
    fn of(path: &Path, lang: Lang) -> Result<OutKind, Failure> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("xlsx") => Ok(OutKind::Xlsx),
            Some("csv") => Ok(OutKind::Csv),
            _ => Err(input_error(tr(lang, "run-cli-out-kind", &Args::new().text("path", path.display().to_string())))),
        }
    }

    fn render(self, r: &Run, cat: Option<&Catalogue>, lang: Lang) -> Result<Vec<u8>, Failure> {
        match self {
            OutKind::Csv => Ok(kzcomply_run::register::csv(r, cat, lang)),
            OutKind::Xlsx => {
                kzcomply_run::register::xlsx(r, cat, lang).map_err(|e| Failure::Other(anyhow::anyhow!("{e}")))
            }
        }
    }
}

fn write_file(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), Failure> {
    std::fs::write(path, bytes).map_err(|e| cannot_write(path, &e, lang))
}

/// A person's id as a file name: letters, digits, `-` and `_` kept, anything else `_` (an id
/// comes from the company's file and must not name a path).
fn file_stem(id: &str) -> String {
    let s: String = id.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if s.is_empty() || s.chars().all(|c| c == '_') { format!("person{s}") } else { s }
}

/// Each person's payslip file name in `dir`, after checking that `dir` is (or can be) a folder and
/// that no two ids give the same name (`a/b` and `a_b` would overwrite each other).
fn payslip_names(dir: &Path, r: &Run, lang: Lang) -> Result<Vec<String>, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| cannot_write(dir, &e, lang))?;
    let ext = crate::pdf::EXTENSION;
    let mut seen: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    let mut names = Vec::with_capacity(r.people.len());
    for p in &r.people {
        let name = format!("{}.{ext}", file_stem(&p.id));
        // Case-insensitive file systems would merge `A1` and `a1` too.
        if let Some(other) = seen.insert(name.to_lowercase(), &p.id) {
            let args = Args::new().text("first", other).text("second", p.id.as_str()).text("name", name);
            return Err(input_error(tr(lang, "run-cli-payslip-names-clash", &args)));
        }
        names.push(name);
    }
    Ok(names)
}

/// Writes each payslip under a temporary name; returns (temporary, final) paths to move into place.
fn write_payslips(
    dir: &Path,
    names: &[String],
    r: &Run,
    employer: &Employer,
    cat: Option<&Catalogue>,
    lang: Lang,
) -> Result<Vec<(PathBuf, PathBuf)>, Failure> {
    let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) && r.people.len() > 20 {
        indicatif::ProgressBar::new(r.people.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut staged = Vec::with_capacity(names.len());
    let result = (|| -> Result<(), Failure> {
        for (p, name) in r.people.iter().zip(names) {
            let doc = payslip::document(r, p, employer, cat, lang);
            let bytes = crate::pdf::payslip(&doc)?;
            let path = dir.join(name);
            let partial = partial_name(&path);
            write_file(&partial, &bytes, lang)?;
            staged.push((partial, path));
            bar.inc(1);
        }
        Ok(())
    })();
    bar.finish_and_clear();
    if let Err(e) = result {
        for (partial, _) in &staged {
            let _ = std::fs::remove_file(partial);
        }
        return Err(e);
    }
    Ok(staged)
}

fn money(lang: Lang, m: Money) -> String {
    format::tenge(lang, m.tiyn())
}

/// Columns padded to their widest cell; numbers (every column after the second) on the right.
fn columns(rows: &[Vec<String>]) -> String {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..n).map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            let pad = widths[c].saturating_sub(cell.chars().count());
            if c < 2 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
            line.push_str("  ");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn summary(r: &Run, employer: &Employer, lang: Lang) -> String {
    let whose = match (&r.employer_bin, employer.name.is_empty()) {
        (Some(bin), _) => tr(lang, "run-cli-whose-bin", &Args::new().text("bin", bin.as_str())),
        (None, false) => employer.name.clone(),
        (None, true) => t(lang, "run-cli-whose-direct"),
    };
    let mut s = tr(
        lang,
        "run-cli-title",
        &Args::new()
            .text("month", payslip::month_name(lang, r.period))
            .text("whose", whose)
            .num("count", r.people.len() as i64),
    );
    s.push_str("\n\n");
    let mut rows = vec![vec![
        t(lang, "run-cli-col-id"),
        t(lang, "run-cli-col-name"),
        t(lang, "run-cli-col-days"),
        t(lang, "run-cli-col-gross"),
        t(lang, "run-cli-col-deductions"),
        t(lang, "run-cli-col-net"),
        t(lang, "run-cli-col-employer-cost"),
    ]];
    for p in &r.people {
        rows.push(vec![
            p.id.clone(),
            p.full_name.clone(),
            format!("{}/{}", p.days_worked, p.norm_days),
            money(lang, p.gross),
            money(lang, p.employee.opv + p.employee.vosms + p.employee.ipn),
            money(lang, p.net),
            money(lang, p.employer_cost),
        ]);
    }
    rows.push(vec![
        String::new(),
        t(lang, "run-register-total"),
        String::new(),
        money(lang, r.totals.gross),
        money(lang, r.totals.opv + r.totals.vosms + r.totals.ipn),
        money(lang, r.totals.net),
        money(lang, r.totals.employer_cost),
    ]);
    s.push_str(&columns(&rows));
    if !r.skipped.is_empty() {
        s.push('\n');
        s.push_str(&tr(lang, "run-cli-skipped", &Args::new().num("count", r.skipped.len() as i64)));
        s.push('\n');
        for k in &r.skipped {
            s.push_str(&format!("  {} {} — {}\n", k.id, k.full_name, k.reason.text(lang)));
        }
    }
    if !r.payments.is_empty() {
        s.push('\n');
        s.push_str(&t(lang, "run-cli-payments"));
        s.push('\n');
        let mut rows = Vec::new();
        for p in &r.payments {
            let payee = t(lang, &format!("payroll-month-payee-{}", p.payee));
            rows.push(vec![
                t(lang, &format!("run-charge-{}", p.charge.replace('_', "-"))),
                payee,
                money(lang, p.amount),
                tr(lang, "run-cli-due", &Args::new().date("date", p.due)),
            ]);
        }
        let table = columns(&rows);
        for line in table.lines() {
            s.push_str("  ");
            s.push_str(line);
            s.push('\n');
        }
    }
    s
}
