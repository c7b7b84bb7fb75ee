//! `kzcomply trips | advise | quote | vet | contract-check`: the hiring-plan tools around the
//! foreign-hire pathway, as readable terminal output or `--json`.

use crate::cli_law::parse_date;
use crate::hire_cmd::plan_failure;
use crate::table::Table;
use crate::{CmdResult, input_error};
use jiff::civil::Date;
use kzcomply_law::{Money, RuleBook, YearMonth};
use kzcomply_plan::limits as plan_limits;
use kzcomply_plan::{advise, contract, quote, trips, vet};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct TripsArgs {
    /// Trips CSV: person, region, from, to (and optionally permit_region); `,` or `;`; dates as
    /// YYYY-MM-DD or DD.MM.YYYY; English or Russian headers.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The permit's region for rows without a permit_region column.
    #[arg(long, value_name = "NAME")]
    pub permit_region: Option<String>,
    /// Days up to this day are "used", later ones "planned" (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// The calendar year (default: the as-of day's year).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i16>,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct AdviseArgs {
    /// Does the company have a Kazakh legal entity (LLP, branch)?
    #[arg(long, value_name = "yes|no", value_parser = parse_yes_no, action = clap::ArgAction::Set)]
    pub has_entity: bool,
    /// People working for the company in Kazakhstan today: direct, outstaffed and contractors.
    #[arg(long, value_name = "N")]
    pub headcount: u32,
    /// How many people it plans to hire.
    #[arg(long, value_name = "N")]
    pub planned_hires: u32,
    /// How many of the planned hires are foreign nationals.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub foreign: u32,
    /// Do the planned roles already exist among the company's direct staff?
    #[arg(long, value_name = "yes|no", value_parser = parse_yes_no, action = clap::ArgAction::Set)]
    pub same_role_direct_staff: Option<bool>,
    /// The day whose rules apply (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Print {"recommendation","reasons","traps"} as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("pay").required(true).args(["gross", "net"])))]
#[command(group(clap::ArgGroup::new("fee").args(["fee_monthly", "fee_percent"])))]
pub struct QuoteArgs {
    /// Monthly gross salary in tenge.
    #[arg(long, value_name = "KZT")]
    pub gross: Option<Money>,
    /// Or the monthly net the person must receive (the smallest gross that pays it is used).
    #[arg(long, value_name = "KZT")]
    pub net: Option<Money>,
    /// The month whose rules apply, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM")]
    pub period: YearMonth,
    /// Only this model (default: all three side by side). Repeat for several.
    #[arg(long, value_name = "eor|peo|direct", value_parser = parse_model)]
    pub model: Vec<quote::Model>,
    /// The provider's fee per month in tenge (EOR and PEO; never for direct).
    #[arg(long, value_name = "KZT")]
    pub fee_monthly: Option<Money>,
    /// Or the provider's fee as a percent of gross, e.g. 10.
    #[arg(long, value_name = "PERCENT")]
    pub fee_percent: Option<rust_decimal::Decimal>,
    /// Print {"models":[{"model","gross","net","statutory_charges","employer_cost","fee","total_monthly","total_annual"}]}.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct VetArgs {
    /// The provider's answers (TOML): provider = "…" and an [answers] table of question = true|false.
    /// Without a file, on a terminal, kzcomply asks the questions one by one.
    #[arg(value_name = "ANSWERS.toml")]
    pub file: Option<PathBuf>,
    /// List the questions and their ids, then exit.
    #[arg(long)]
    pub questions: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct ContractCheckArgs {
    /// The contract: UTF-8 text (.txt) or a Word document (.docx), Russian or English.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long)]
    pub json: bool,
}

fn parse_yes_no(s: &str) -> Result<bool, String> {
    match s.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "да" => Ok(true),
        "no" | "n" | "false" | "нет" => Ok(false),
        _ => Err(format!("`{s}`: answer yes or no")),
    }
}

fn parse_model(s: &str) -> Result<quote::Model, String> {
    quote::Model::parse(s).ok_or_else(|| format!("`{s}`: expected eor, peo or direct"))
}

/// Reads a file within `max` bytes (the constant `limit` of `kzcomply_plan::limits`).
fn read(path: &std::path::Path, what: &str, limit: &'static str, max: u64) -> Result<Vec<u8>, crate::Failure> {
    crate::limits::read_file(path, what, limit, max)
}

pub fn run_trips(book: &RuleBook, args: TripsArgs) -> CmdResult {
    let bytes = read(&args.file, "trips file", "MAX_TRIPS_FILE_BYTES", plan_limits::MAX_TRIPS_FILE_BYTES)?;
    let list = trips::from_csv(&bytes).map_err(|e| input_error(format!("{}: {e}", args.file.display())))?;
    let as_of = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let year = args.year.unwrap_or(as_of.year());
    let limit = trips::limit_on(book, as_of).map_err(plan_failure)?;
    let summaries = trips::summarise(&list, args.permit_region.as_deref(), year, as_of, limit)
        .map_err(|e| input_error(format!("{}: {e}", args.file.display())))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &summaries);
    }
    writeln!(
        out,
        "Business trips outside the permit's region in {year} (limit {limit} calendar days), as of {as_of}\n"
    )?;
    let mut t = Table::text();
    for s in &summaries {
        let reached = match (s.limit_reached_on, s.first_day_over) {
            (_, Some(over)) => format!(
                "limit reached {}, over from {over} ({} days over)",
                s.limit_reached_on.map_or(String::new(), |d| d.to_string()),
                s.days_over
            ),
            (Some(r), None) => format!("limit reached {r}"),
            _ => format!("{} days left", s.remaining),
        };
        let status = match s.status {
            "over-limit" => "OVER THE LIMIT: a permit for the other region was needed",
            "will-exceed" => "planned trips go over: shorten them or get a permit for that region",
            "at-limit" => "at the limit: no more trip days this year",
            _ => "ok",
        };
        t.row(
            format!("{} ({})", s.person, s.permit_region),
            format!("used {}, planned {}; {reached}", s.used, s.planned),
            status,
        );
    }
    write!(out, "{}", t.render())?;
    Ok(())
}

pub fn run_advise(book: &RuleBook, args: AdviseArgs) -> CmdResult {
    let s = advise::Situation {
        has_entity: args.has_entity,
        headcount: args.headcount,
        planned_hires: args.planned_hires,
        foreign: args.foreign,
        same_role_direct_staff: args.same_role_direct_staff,
    };
    let day = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let a = advise::advise(book, &s, day).map_err(plan_failure)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &a);
    }
    let name = match a.recommendation {
        advise::Recommendation::Eor => "an Employer of Record (EOR)",
        advise::Recommendation::Peo => "a PEO (outstaffing to your entity)",
        advise::Recommendation::Direct => "direct employment by your own entity",
    };
    writeln!(out, "Recommendation: {name}\n\nWhy:")?;
    for r in &a.reasons {
        writeln!(out, "  • {r}")?;
    }
    if a.traps.is_empty() {
        writeln!(out, "\nNo traps apply to these numbers.")?;
    } else {
        writeln!(out, "\nTraps that apply to you:")?;
        for t in &a.traps {
            writeln!(out, "  ⚠ {} — {}\n      basis: {}", t.id, t.message, t.basis)?;
        }
    }
    writeln!(out, "\nThe usual sequence: {}.", a.sequence)?;
    Ok(())
}

pub fn run_quote(book: &RuleBook, args: QuoteArgs) -> CmdResult {
    let rules = crate::payroll_cmd::rules_for(book, args.period)?;
    let pay = match (args.gross, args.net) {
        (Some(g), _) => quote::Pay::Gross(g),
        (None, Some(n)) => quote::Pay::Net(n),
        (None, None) => unreachable!("clap requires --gross or --net"),
    };
    let fee = match (args.fee_monthly, args.fee_percent) {
        (Some(m), _) => quote::Fee::Monthly(m),
        (None, Some(p)) => quote::Fee::PercentOfGross(p),
        (None, None) => quote::Fee::None,
    };
    let models = if args.model.is_empty() { quote::Model::ALL.to_vec() } else { args.model.clone() };
    let q = quote::quote(&rules, pay, &models, fee).map_err(plan_failure)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &q);
    }
    writeln!(out, "Cost quote for {} (resident citizen, personal deduction, nothing earlier in the year)\n", q.period)?;
    let col = |f: &dyn Fn(&quote::ModelQuote) -> String| q.models.iter().map(f).collect::<Vec<_>>();
    let mut rows: Vec<(String, Vec<String>)> = vec![
        ("".into(), col(&|m| m.model.name().to_uppercase())),
        ("Gross".into(), col(&|m| m.gross.to_string())),
        ("Net paid to the employee".into(), col(&|m| m.net.to_string())),
    ];
    for (i, line) in q.models[0].charges.iter().enumerate() {
        rows.push((format!("  + {}", line.name), col(&|m| m.charges[i].amount.to_string())));
    }
    rows.push(("Statutory charges".into(), col(&|m| m.statutory_charges.to_string())));
    rows.push(("Employer cost (gross + charges)".into(), col(&|m| m.employer_cost.to_string())));
    rows.push(("Provider fee".into(), col(&|m| m.fee.to_string())));
    rows.push(("Total per month".into(), col(&|m| m.total_monthly.to_string())));
    rows.push(("Total per year (× 12)".into(), col(&|m| m.total_annual.to_string())));
    let lw = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let vw = rows.iter().flat_map(|r| r.1.iter().map(|v| v.chars().count())).max().unwrap_or(0).max(12);
    for (label, values) in &rows {
        let cells: Vec<String> = values.iter().map(|v| format!("{v:>vw$}")).collect();
        writeln!(out, "{label:<lw$}  {}", cells.join("  "))?;
    }
    writeln!(out, "\nEmployer burden: {}. {}", q.burden_percent, q.burden_note)?;
    for m in &q.models {
        writeln!(out, "  {}: {}", m.model.name().to_uppercase(), m.note)?;
    }
    writeln!(out, "The fee is shown as given: VAT on a provider's fee is not added.")?;
    Ok(())
}

pub fn run_vet(args: VetArgs) -> CmdResult {
    let mut out = std::io::stdout().lock();
    if args.questions {
        for q in vet::QUESTIONS {
            writeln!(out, "{:<28} {}", q.id, q.question)?;
        }
        return Ok(());
    }
    let (provider, answers) = match &args.file {
        Some(path) => {
            let text =
                String::from_utf8(read(path, "answers file", "MAX_ANSWERS_BYTES", plan_limits::MAX_ANSWERS_BYTES)?)
                    .map_err(|_| input_error(format!("{}: not UTF-8 text", path.display())))?;
            vet::parse_answers(&text).map_err(|e| input_error(format!("{}: {e}", path.display())))?
        }
        None if std::io::stdin().is_terminal() => ask(&mut out)?,
        None => {
            return Err(input_error(
                "give the answers file (kzcomply vet answers.toml), or run on a terminal to be asked; `kzcomply vet --questions` lists the questions",
            ));
        }
    };
    let v = vet::vet(&provider, &answers).map_err(plan_failure)?;
    if args.json {
        return crate::print_json(&mut out, &v);
    }
    let name = if v.provider.is_empty() { "the provider".to_string() } else { v.provider.clone() };
    writeln!(out, "Vetting {name}: {}\n", v.summary)?;
    let section = |out: &mut std::io::StdoutLock, title: &str, items: &[vet::Item]| -> std::io::Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        writeln!(out, "{title}")?;
        for i in items {
            writeln!(out, "  ✗ {}\n      why: {}\n      basis: {}", i.question, i.why, i.basis)?;
        }
        writeln!(out)
    };
    section(&mut out, "Legal conditions not met:", &v.requirements_failed)?;
    section(&mut out, "Red flags:", &v.red_flags)?;
    section(&mut out, "Not answered (ask them):", &v.unanswered)?;
    writeln!(out, "{} of {} checks passed.", v.passed.len(), vet::QUESTIONS.len())?;
    Ok(())
}

/// Asks each question on the terminal: y, n, or Enter to skip.
fn ask(out: &mut std::io::StdoutLock) -> Result<(String, Vec<(String, bool)>), crate::Failure> {
    let mut lines = std::io::stdin().lock().lines();
    write!(out, "Provider's name: ")?;
    out.flush()?;
    let provider = lines.next().transpose()?.unwrap_or_default().trim().to_string();
    let mut answers = Vec::new();
    for q in vet::QUESTIONS {
        loop {
            write!(out, "{} [y/n, Enter to skip] ", q.question)?;
            out.flush()?;
            let line = lines.next().transpose()?.unwrap_or_default();
            match line.trim() {
                "" => break,
                a => match parse_yes_no(a) {
                    Ok(b) => {
                        answers.push((q.id.to_string(), b));
                        break;
                    }
                    Err(e) => writeln!(out, "  {e}")?,
                },
            }
        }
    }
    writeln!(out)?;
    Ok((provider, answers))
}

pub fn run_contract_check(args: ContractCheckArgs) -> CmdResult {
    let bytes = read(&args.file, "contract", "MAX_CONTRACT_FILE_BYTES", plan_limits::MAX_CONTRACT_FILE_BYTES)?;
    let is_docx = args.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let report =
        contract::check_file(&bytes, is_docx).map_err(|e| input_error(format!("{}: {e}", args.file.display())))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &report);
    }
    let found = report.clauses.iter().filter(|c| c.found).count();
    writeln!(out, "{}: {found} of {} required clauses found\n", args.file.display(), report.clauses.len())?;
    for c in &report.clauses {
        if c.found {
            writeln!(out, "  ✓ {}", c.title)?;
        } else {
            writeln!(
                out,
                "  ✗ {} — MISSING\n      looked for: {}\n      basis: {}",
                c.title,
                c.looked_for.unwrap_or(""),
                c.basis
            )?;
        }
    }
    if !report.missing.is_empty() {
        writeln!(out, "\nA word match can miss unusual wording: confirm each missing clause by reading the contract.")?;
    }
    Ok(())
}
