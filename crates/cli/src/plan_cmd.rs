//! `kzcomply trips | advise | quote | vet | contract-check`: the hiring-plan tools around the
//! foreign-hire pathway, as readable terminal output or `--json`, in the language of `--lang`
//! (ids and JSON field names stay; dates DD.MM.YYYY and amounts `1 557 000` in Russian and Kazakh).

use crate::cli_law::parse_date;
use crate::hire_cmd::plan_failure;
use crate::table::Table;
use crate::{CmdResult, input_error};
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, format, t, tr};
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
    /// The contract: UTF-8 text (.txt) or a Word document (.docx), Russian, Kazakh or English.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long)]
    pub json: bool,
}

fn parse_yes_no(s: &str) -> Result<bool, String> {
    yes_no_in(s).ok_or_else(|| format!("`{s}`: answer yes or no"))
}

/// An answer in English, Russian or Kazakh: yes/y/да/д/иә/и, no/n/нет/н/жоқ/ж.
fn yes_no_in(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "да" | "д" | "иә" | "ия" | "и" => Some(true),
        "no" | "n" | "false" | "нет" | "н" | "жоқ" | "жок" | "ж" => Some(false),
        _ => None,
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
    let lang = crate::lang();
    let bytes = read(&args.file, "trips file", "MAX_TRIPS_FILE_BYTES", plan_limits::MAX_TRIPS_FILE_BYTES)?;
    let list = trips::from_csv(&bytes, lang)
        .map_err(|e| input_error(format!("{}: {}", args.file.display(), e.message(lang))))?;
    let as_of = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let year = args.year.unwrap_or(as_of.year());
    let limit = trips::limit_on(book, as_of, lang).map_err(plan_failure)?;
    let summaries = trips::summarise(&list, args.permit_region.as_deref(), year, as_of, limit, lang)
        .map_err(|e| input_error(format!("{}: {e}", args.file.display())))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &summaries);
    }
    let title = Args::new().text("year", year.to_string()).num("limit", i64::from(limit)).date("as_of", as_of);
    writeln!(out, "{}\n", tr(lang, "trips-cli-title", &title))?;
    let mut table = Table::text();
    let date = |d: Date| format::date(lang, d);
    for s in &summaries {
        let reached = match (s.limit_reached_on, s.first_day_over) {
            (_, Some(over)) => tr(
                lang,
                "trips-cli-over",
                &Args::new()
                    .text("reached", s.limit_reached_on.map_or(String::new(), date))
                    .date("over", over)
                    .num("days", i64::from(s.days_over)),
            ),
            (Some(r), None) => tr(lang, "trips-cli-reached", &Args::new().date("date", r)),
            _ => tr(lang, "trips-cli-left", &Args::new().num("days", i64::from(s.remaining))),
        };
        let used = Args::new().num("used", i64::from(s.used)).num("planned", i64::from(s.planned));
        table.row(
            format!("{} ({})", s.person, s.permit_region),
            tr(lang, "trips-cli-used", &used.text("reached", reached)),
            t(lang, &format!("trips-status-{}", s.status)),
        );
    }
    write!(out, "{}", table.render())?;
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
    let lang = crate::lang();
    let day = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let a = advise::advise(book, &s, day, lang).map_err(plan_failure)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &a);
    }
    let name = match a.recommendation {
        advise::Recommendation::Eor => t(lang, "advise-name-eor"),
        advise::Recommendation::Peo => t(lang, "advise-name-peo"),
        advise::Recommendation::Direct => t(lang, "advise-name-direct"),
    };
    let recommendation = tr(lang, "advise-cli-recommendation", &Args::new().text("name", name));
    writeln!(out, "{recommendation}\n\n{}", t(lang, "advise-cli-why"))?;
    for r in &a.reasons {
        writeln!(out, "  • {r}")?;
    }
    if a.traps.is_empty() {
        writeln!(out, "\n{}", t(lang, "advise-cli-no-traps"))?;
    } else {
        writeln!(out, "\n{}", t(lang, "advise-cli-traps"))?;
        for trap in &a.traps {
            let basis = tr(lang, "plan-cli-basis", &Args::new().text("basis", trap.basis.clone()));
            writeln!(out, "  ⚠ {} — {}\n      {basis}", trap.id, trap.message)?;
        }
    }
    writeln!(out, "\n{}", tr(lang, "advise-cli-sequence", &Args::new().text("sequence", a.sequence.clone())))?;
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
    let lang = crate::lang();
    let models = if args.model.is_empty() { quote::Model::ALL.to_vec() } else { args.model.clone() };
    let q = quote::quote(&rules, pay, &models, fee, lang).map_err(plan_failure)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &q);
    }
    let period = kzcomply_plan::text::month(lang, q.period.first_day());
    writeln!(out, "{}\n", tr(lang, "quote-cli-title", &Args::new().text("period", period)))?;
    let col = |f: &dyn Fn(&quote::ModelQuote) -> String| q.models.iter().map(f).collect::<Vec<_>>();
    let amount = |m: Money| format::amount(lang, m.tiyn());
    let model = |m: &quote::ModelQuote| t(lang, &format!("quote-model-{}", m.model.name()));
    let mut rows: Vec<(String, Vec<String>)> = vec![
        ("".into(), col(&model)),
        (t(lang, "quote-cli-gross"), col(&|m| amount(m.gross))),
        (t(lang, "quote-cli-net"), col(&|m| amount(m.net))),
    ];
    for (i, line) in q.models[0].charges.iter().enumerate() {
        rows.push((format!("  + {}", line.name), col(&|m| amount(m.charges[i].amount))));
    }
    rows.push((t(lang, "quote-cli-charges"), col(&|m| amount(m.statutory_charges))));
    rows.push((t(lang, "quote-cli-employer-cost"), col(&|m| amount(m.employer_cost))));
    rows.push((t(lang, "quote-cli-fee"), col(&|m| amount(m.fee))));
    rows.push((t(lang, "quote-cli-monthly"), col(&|m| amount(m.total_monthly))));
    rows.push((t(lang, "quote-cli-annual"), col(&|m| amount(m.total_annual))));
    let lw = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let vw = rows.iter().flat_map(|r| r.1.iter().map(|v| v.chars().count())).max().unwrap_or(0).max(12);
    for (label, values) in &rows {
        let cells: Vec<String> = values.iter().map(|v| format!("{v:>vw$}")).collect();
        writeln!(out, "{label:<lw$}  {}", cells.join("  "))?;
    }
    let burden = Args::new()
        .text("percent", kzcomply_plan::text::percent(lang, &q.burden_percent))
        .text("note", q.burden_note.clone());
    writeln!(out, "\n{}", tr(lang, "quote-cli-burden", &burden))?;
    for m in &q.models {
        writeln!(out, "  {}: {}", model(m), m.note)?;
    }
    writeln!(out, "{}", t(lang, "quote-cli-vat"))?;
    Ok(())
}

pub fn run_vet(args: VetArgs) -> CmdResult {
    let lang = crate::lang();
    let mut out = std::io::stdout().lock();
    if args.questions {
        for q in vet::QUESTIONS {
            writeln!(out, "{:<28} {}", q.id, q.question(lang))?;
        }
        return Ok(());
    }
    let (provider, answers) = match &args.file {
        Some(path) => {
            let text =
                String::from_utf8(read(path, "answers file", "MAX_ANSWERS_BYTES", plan_limits::MAX_ANSWERS_BYTES)?)
                    .map_err(|_| input_error(format!("{}: {}", path.display(), t(lang, "vet-error-not-utf8"))))?;
            vet::parse_answers(&text, lang).map_err(|e| input_error(format!("{}: {e}", path.display())))?
        }
        None if std::io::stdin().is_terminal() => ask(&mut out, &mut std::io::stdin().lock(), lang)?,
        None => return Err(input_error(t(lang, "vet-cli-no-file"))),
    };
    let v = vet::vet(&provider, &answers, lang).map_err(plan_failure)?;
    if args.json {
        return crate::print_json(&mut out, &v);
    }
    let name = if v.provider.is_empty() { t(lang, "vet-cli-provider") } else { v.provider.clone() };
    let title = Args::new().text("name", name).text("summary", v.summary.clone());
    writeln!(out, "{}\n", tr(lang, "vet-cli-title", &title))?;
    let section = |out: &mut std::io::StdoutLock, title: &str, items: &[vet::Item]| -> std::io::Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        writeln!(out, "{}", t(lang, title))?;
        for i in items {
            let why = tr(lang, "vet-cli-why", &Args::new().text("why", i.why.clone()));
            let basis = tr(lang, "plan-cli-basis", &Args::new().text("basis", i.basis.clone()));
            writeln!(out, "  ✗ {}\n      {why}\n      {basis}", i.question)?;
        }
        writeln!(out)
    };
    section(&mut out, "vet-cli-failed", &v.requirements_failed)?;
    section(&mut out, "vet-cli-flags", &v.red_flags)?;
    section(&mut out, "vet-cli-unanswered", &v.unanswered)?;
    let passed = Args::new().num("passed", v.passed.len() as i64).num("total", vet::QUESTIONS.len() as i64);
    writeln!(out, "{}", tr(lang, "vet-cli-passed", &passed))?;
    Ok(())
}

/// Asks each question on the terminal in `lang`: yes, no (in any of the three languages), or
/// Enter to skip.
fn ask(
    out: &mut impl Write,
    input: &mut impl BufRead,
    lang: Lang,
) -> Result<(String, Vec<(String, bool)>), crate::Failure> {
    let mut lines = input.lines();
    write!(out, "{} ", t(lang, "vet-cli-ask-provider"))?;
    out.flush()?;
    let provider = lines.next().transpose()?.unwrap_or_default().trim().to_string();
    let mut answers = Vec::new();
    for q in vet::QUESTIONS {
        loop {
            write!(out, "{} {} ", q.question(lang), t(lang, "vet-cli-ask-hint"))?;
            out.flush()?;
            let Some(line) = lines.next().transpose()? else { break };
            match line.trim() {
                "" => break,
                a => match yes_no_in(a) {
                    Some(b) => {
                        answers.push((q.id.to_string(), b));
                        break;
                    }
                    None => writeln!(out, "  {}", tr(lang, "vet-cli-answer-yes-no", &Args::new().text("value", a)))?,
                },
            }
        }
    }
    writeln!(out)?;
    Ok((provider, answers))
}

pub fn run_contract_check(args: ContractCheckArgs) -> CmdResult {
    let lang = crate::lang();
    let bytes = read(&args.file, "contract", "MAX_CONTRACT_FILE_BYTES", plan_limits::MAX_CONTRACT_FILE_BYTES)?;
    let is_docx = args.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let report = contract::check_file(&bytes, is_docx, lang)
        .map_err(|e| input_error(format!("{}: {}", args.file.display(), e.message(lang))))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &report);
    }
    let found = report.clauses.iter().filter(|c| c.found).count();
    let title = Args::new()
        .text("file", args.file.display().to_string())
        .num("found", found as i64)
        .num("total", report.clauses.len() as i64);
    writeln!(out, "{}\n", tr(lang, "contract-cli-title", &title))?;
    for c in &report.clauses {
        if c.found {
            writeln!(out, "  ✓ {}", c.title)?;
        } else {
            let missing = tr(lang, "contract-cli-missing", &Args::new().text("title", c.title.clone()));
            let words = c.looked_for.clone().unwrap_or_default();
            let looked = tr(lang, "contract-cli-looked-for", &Args::new().text("words", words));
            let basis = tr(lang, "plan-cli-basis", &Args::new().text("basis", c.basis.clone()));
            writeln!(out, "  ✗ {missing}\n      {looked}\n      {basis}")?;
        }
    }
    if !report.missing.is_empty() {
        writeln!(out, "\n{}", t(lang, "contract-cli-confirm"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The interactive vetting in Kazakh: answers in Kazakh, Russian and English are understood,
    /// a wrong answer is asked again, Enter skips, and the questions are asked in Kazakh.
    #[test]
    fn vet_questions_are_asked_in_the_readers_language() {
        let mut typed = String::from("Acme KZ\nиә\nда\nмүмкін\nж\nno\n");
        typed.push_str(&"\n".repeat(vet::QUESTIONS.len()));
        let mut out = Vec::new();
        let (provider, answers) = ask(&mut out, &mut typed.as_bytes(), Lang::Kk).unwrap();
        let shown = String::from_utf8(out).unwrap();
        assert_eq!(provider, "Acme KZ");
        let ids: Vec<(&str, bool)> = answers.iter().map(|(id, b)| (id.as_str(), *b)).collect();
        assert_eq!(
            ids,
            [
                ("kz-legal-entity", true),
                ("charter-personnel-provision", true),
                ("registers-in-esutd", false),
                ("says-esutd-optional", false)
            ]
        );
        assert!(shown.starts_with("Провайдердің атауы: "), "{shown}");
        assert!(shown.contains("Провайдер Қазақстанда тіркелген заңды тұлға ма"), "{shown}");
        assert!(shown.contains("[и/ж, өткізу үшін Enter]"), "{shown}");
        assert!(shown.contains("`мүмкін`: «иә» немесе «жоқ» деп жауап беріңіз"), "{shown}");
    }
}
