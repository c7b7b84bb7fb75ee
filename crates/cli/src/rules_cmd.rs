//! `kzcomply rules show|check|export`: the parameters behind every number.

use crate::cli::RulesCommand;
use crate::{CmdResult, input_error};
use kzcomply_law::payroll::months_covered;
use kzcomply_law::rules::{Kind, Source};
use kzcomply_law::{RuleBook, YearMonth};
use std::io::Write;

pub fn run(book: &RuleBook, cmd: RulesCommand) -> CmdResult {
    match cmd {
        RulesCommand::Show { on, json } => show(book, on.unwrap_or_else(|| jiff::Zoned::now().date()), json),
        RulesCommand::Check { dir } => check(book, dir.as_deref()),
        RulesCommand::Status { on, json } => status(book, on.unwrap_or_else(|| jiff::Zoned::now().date()), json),
        RulesCommand::Export { dir } => export(&dir),
    }
}

#[derive(serde::Serialize)]
struct Shown<'a> {
    parameter: &'a str,
    title: &'a str,
    /// As written in the rules, e.g. "50 MZP".
    value: String,
    /// Resolved in tenge for amounts written as index multiples.
    #[serde(skip_serializing_if = "Option::is_none")]
    resolved: Option<kzcomply_law::Money>,
    since: jiff::civil::Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<jiff::civil::Date>,
    #[serde(flatten)]
    source: &'a Source,
}

fn status(book: &RuleBook, on: jiff::civil::Date, json: bool) -> CmdResult {
    let c = book.coverage(on);
    let mut out = std::io::stdout().lock();
    if json {
        return crate::print_json(&mut out, &c);
    }
    writeln!(out, "Rules coverage as of {on}\n")?;
    match (c.covered_until, c.days_left) {
        (Some(until), Some(left)) if left >= 0 => {
            writeln!(out, "Covered until {until} ({left} day(s) left).")?;
        }
        (Some(until), Some(left)) => {
            writeln!(out, "Coverage ENDED on {until}, {} day(s) ago.", -left)?;
        }
        _ => writeln!(out, "Every parameter has a value with no end date.")?,
    }
    if !c.missing.is_empty() {
        writeln!(out, "\nNo value after coverage ends:")?;
        let kw = c.missing.iter().map(|m| m.parameter.len()).max().unwrap_or(0);
        for m in &c.missing {
            writeln!(out, "  {:<kw$}  from {}  {}", m.parameter, m.from, m.title)?;
        }
    }
    if !c.provisional.is_empty() {
        writeln!(out, "\nProvisional (replace with the official text when it is published):")?;
        for p in &c.provisional {
            writeln!(out, "  {} (until {}; parameter {})", p.what, p.until, p.parameter)?;
        }
    }
    if !c.missing.is_empty() {
        writeln!(
            out,
            "\nkzcomply never guesses a value the law has not set. When the law is signed, add each value with its \
             source in a rules file and pass its directory with --rules-add DIR (example: examples/rules-2027/; \
             format: rules/kz/README.md); in the service, an admin adds them on the Rules page."
        )?;
    }
    Ok(())
}

fn show(book: &RuleBook, on: jiff::civil::Date, json: bool) -> CmdResult {
    let year_start = jiff::civil::date(on.year(), 1, 1);
    let mut shown = Vec::new();
    let mut absent = Vec::new();
    for p in book.parameters() {
        let Some(entry) = p.entry_on(on) else {
            absent.push(p.key.as_str());
            continue;
        };
        let resolved = match (p.kind, &entry.value) {
            (Kind::Amount, kzcomply_law::rules::Value::Amount(kzcomply_law::rules::Amount::Multiple { .. })) => {
                book.amount_on(&p.key, on, year_start).ok().flatten().map(|r| r.value)
            }
            _ => None,
        };
        shown.push(Shown {
            parameter: &p.key,
            title: &p.title,
            value: entry.value.to_string(),
            resolved,
            since: entry.since,
            until: entry.until,
            source: &entry.source,
        });
    }
    let mut out = std::io::stdout().lock();
    if json {
        let doc = serde_json::json!({ "on": on, "parameters": shown, "not_in_force": absent });
        serde_json::to_writer_pretty(&mut out, &doc).map_err(anyhow::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "Parameters in force on {on} ({} of {})\n", shown.len(), shown.len() + absent.len())?;
    let kw = shown.iter().map(|s| s.parameter.len()).max().unwrap_or(0);
    for s in &shown {
        let value = match s.resolved {
            Some(r) => format!("{} = {r}", s.value),
            None => s.value.clone(),
        };
        let period = match s.until {
            Some(u) => format!("{} … {u}", s.since),
            None => format!("since {}", s.since),
        };
        writeln!(out, "{:<kw$}  {value}   ({period})", s.parameter)?;
        writeln!(out, "{:<kw$}  {}", "", s.title)?;
        let conf = s
            .source
            .confidence
            .map(|c| format!(" [confidence: {}]", format!("{c:?}").to_lowercase()))
            .unwrap_or_default();
        writeln!(out, "{:<kw$}  source: {}{conf}", "", s.source.act)?;
        writeln!(out, "{:<kw$}  see: {}", "", s.source.reference)?;
        writeln!(out, "{:<kw$}  from: {}", "", s.source.origin)?;
        if let Some(note) = &s.source.note {
            writeln!(out, "{:<kw$}  note: {note}", "")?;
        }
        writeln!(out)?;
    }
    if !absent.is_empty() {
        writeln!(out, "Not in force on {on}: {}", absent.join(", "))?;
    }
    Ok(())
}

fn check(active: &RuleBook, dir: Option<&std::path::Path>) -> CmdResult {
    let loaded;
    let (book, name) = match dir {
        Some(dir) => {
            loaded = crate::rules_source::load_dir(dir)?;
            (&loaded, dir.display().to_string())
        }
        None => (active, "The rules in use".to_string()),
    };
    let count = book.parameters().count();
    let files: std::collections::BTreeSet<&str> = book.parameters().map(|p| p.file.as_str()).collect();
    println!("{name}: {count} parameters in {} files, every value dated and sourced.", files.len());
    let runs = months_covered(book, YearMonth::new(2000, 1).expect("valid"), YearMonth::new(2040, 12).expect("valid"));
    if runs.is_empty() {
        return Err(input_error(format!(
            "{name}: payroll cannot run for any month: some payroll parameter is missing or never in force"
        )));
    }
    let text: Vec<String> =
        runs.iter().map(|(a, b)| if a == b { a.to_string() } else { format!("{a} to {b}") }).collect();
    println!("Payroll can be computed for {}.", text.join(", "));
    // A payroll-only directory is fine; the calendar commands then say what is missing.
    match kzcomply_law::Calendar::from_rules(book) {
        Ok(cal) => println!("The production calendar covers {}.", cal.describe_years()),
        Err(e) => println!("No production calendar (calendar, workdays and deadline commands will not run): {e}"),
    }
    Ok(())
}

fn export(dir: &std::path::Path) -> CmdResult {
    std::fs::create_dir_all(dir).map_err(|e| input_error(format!("cannot create {}: {e}", dir.display())))?;
    for (name, text) in RuleBook::embedded_files() {
        let path = dir.join(name);
        if path.exists() {
            return Err(input_error(format!("{} already exists; export into an empty directory", path.display())));
        }
        std::fs::write(&path, text)?;
    }
    println!(
        "Wrote the built-in rules to {}. Edit them, then run: kzcomply --rules {} ...",
        dir.display(),
        dir.display()
    );
    Ok(())
}
