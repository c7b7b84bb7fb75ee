//! `kzcomply rules show|check|export`: the parameters behind every number.

use crate::cli::RulesCommand;
use crate::{CmdResult, input_error, lang};
use kzcomply_i18n::{Args, t, tr};
use kzcomply_law::payroll::months_covered;
use kzcomply_law::rules::{Kind, Source};
use kzcomply_law::text;
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
    let l = lang();
    let c = book.coverage(on);
    let mut out = std::io::stdout().lock();
    if json {
        return crate::print_json(&mut out, &c);
    }
    writeln!(out, "{}\n", tr(l, "cli-rules-coverage-as-of", &Args::new().date("on", on)))?;
    match (c.covered_until, c.days_left) {
        (Some(until), Some(left)) if left >= 0 => {
            let args = Args::new().date("until", until).num("days", i64::from(left));
            writeln!(out, "{}", tr(l, "cli-rules-covered-until", &args))?;
        }
        (Some(until), Some(left)) => {
            let args = Args::new().date("until", until).num("days", i64::from(-left));
            writeln!(out, "{}", tr(l, "cli-rules-coverage-ended", &args))?;
        }
        _ => writeln!(out, "{}", t(l, "cli-rules-no-end"))?,
    }
    if !c.missing.is_empty() {
        writeln!(out, "\n{}", t(l, "cli-rules-missing-heading"))?;
        let kw = c.missing.iter().map(|m| m.parameter.len()).max().unwrap_or(0);
        for m in &c.missing {
            let from = tr(l, "cli-rules-missing-from", &Args::new().date("from", m.from));
            writeln!(out, "  {:<kw$}  {from}  {}", m.parameter, m.title_text(l))?;
        }
    }
    if !c.provisional.is_empty() {
        writeln!(out, "\n{}", t(l, "cli-rules-provisional-heading"))?;
        for p in &c.provisional {
            let args =
                Args::new().text("what", p.what_text(l)).date("until", p.until).text("parameter", p.parameter.as_str());
            writeln!(out, "  {}", tr(l, "cli-rules-provisional-item", &args))?;
        }
    }
    if !c.missing.is_empty() {
        writeln!(out, "\n{}", t(l, "cli-rules-never-guesses"))?;
    }
    Ok(())
}

fn show(book: &RuleBook, on: jiff::civil::Date, json: bool) -> CmdResult {
    let l = lang();
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
    let heading =
        Args::new().date("on", on).num("shown", shown.len() as i64).num("total", (shown.len() + absent.len()) as i64);
    writeln!(out, "{}\n", tr(l, "cli-rules-show-heading", &heading))?;
    let kw = shown.iter().map(|s| s.parameter.len()).max().unwrap_or(0);
    for s in &shown {
        // The value as written in the rule file (its syntax: "50 MZP", "10%"), resolved in tenge.
        let value = match s.resolved {
            Some(r) => format!("{} = {}", s.value, text::amount(l, r)),
            None => s.value.clone(),
        };
        let period = match s.until {
            Some(u) => format!("{} … {}", text::date(l, s.since), text::date(l, u)),
            None => tr(l, "cli-rules-since", &Args::new().date("since", s.since)),
        };
        writeln!(out, "{:<kw$}  {value}   ({period})", s.parameter)?;
        writeln!(out, "{:<kw$}  {}", "", text::rules_text(l, "title", s.parameter, s.title))?;
        let conf = s
            .source
            .confidence
            .map(|c| {
                let name = format!("{c:?}").to_lowercase();
                format!(" [{}]", tr(l, "cli-rules-confidence", &Args::new().text("confidence", name)))
            })
            .unwrap_or_default();
        let source = tr(l, "cli-rules-source", &Args::new().text("source", s.source.act_text(s.parameter, l)));
        writeln!(out, "{:<kw$}  {source}{conf}", "")?;
        writeln!(
            out,
            "{:<kw$}  {}",
            "",
            tr(l, "cli-rules-see", &Args::new().text("reference", s.source.reference.as_str()))
        )?;
        writeln!(
            out,
            "{:<kw$}  {}",
            "",
            tr(l, "cli-rules-from", &Args::new().text("origin", s.source.origin.text(l)))
        )?;
        if let Some(note) = s.source.note_text(s.parameter, l) {
            writeln!(out, "{:<kw$}  {}", "", tr(l, "cli-rules-note", &Args::new().text("note", note)))?;
        }
        writeln!(out)?;
    }
    if !absent.is_empty() {
        let args = Args::new().date("on", on).text("parameters", absent.join(", "));
        writeln!(out, "{}", tr(l, "cli-rules-not-in-force", &args))?;
    }
    Ok(())
}

fn check(active: &RuleBook, dir: Option<&std::path::Path>) -> CmdResult {
    let l = lang();
    let loaded;
    let (book, name) = match dir {
        Some(dir) => {
            loaded = crate::rules_source::load_dir(dir)?;
            (&loaded, dir.display().to_string())
        }
        None => (active, t(l, "cli-rules-in-use")),
    };
    let count = book.parameters().count();
    let files: std::collections::BTreeSet<&str> = book.parameters().map(|p| p.file.as_str()).collect();
    let args = Args::new().text("name", name.as_str()).num("parameters", count as i64).num("files", files.len() as i64);
    println!("{}", tr(l, "cli-rules-check-summary", &args));
    let runs = months_covered(book, YearMonth::new(2000, 1).expect("valid"), YearMonth::new(2040, 12).expect("valid"));
    if runs.is_empty() {
        return Err(input_error(tr(l, "cli-rules-check-no-payroll", &Args::new().text("name", name.as_str()))));
    }
    let list: Vec<String> = runs
        .iter()
        .map(|(a, b)| {
            if a == b {
                text::period(l, *a)
            } else {
                tr(
                    l,
                    "cli-rules-months-range",
                    &Args::new().text("from", text::period(l, *a)).text("to", text::period(l, *b)),
                )
            }
        })
        .collect();
    println!("{}", tr(l, "cli-rules-check-payroll", &Args::new().text("months", list.join(", "))));
    // A payroll-only directory is fine; the calendar commands then say what is missing.
    match kzcomply_law::Calendar::from_rules(book) {
        Ok(cal) => println!("{}", tr(l, "cli-rules-check-calendar", &Args::new().text("years", cal.years_text(l)))),
        Err(e) => println!("{}", tr(l, "cli-rules-check-no-calendar", &Args::new().text("error", e.message(l)))),
    }
    Ok(())
}

fn export(dir: &std::path::Path) -> CmdResult {
    let l = lang();
    let shown = dir.display().to_string();
    std::fs::create_dir_all(dir).map_err(|e| {
        input_error(tr(
            l,
            "cli-rules-export-cannot-create",
            &Args::new().text("dir", shown.as_str()).text("error", e.to_string()),
        ))
    })?;
    for (name, text) in RuleBook::embedded_files() {
        let path = dir.join(name);
        if path.exists() {
            let args = Args::new().text("path", path.display().to_string());
            return Err(input_error(tr(l, "cli-rules-export-exists", &args)));
        }
        std::fs::write(&path, text)?;
    }
    println!("{}", tr(l, "cli-rules-export-done", &Args::new().text("dir", shown)));
    Ok(())
}
