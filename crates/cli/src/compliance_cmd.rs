//! `kzcomply deadline`, `kzcomply fine` and `kzcomply entity-size`.

use crate::cli_law::{DeadlineArgs, EntitySizeArgs, FineArgs};
use crate::table::Table;
use crate::{CmdResult, input_error};
use jiff::civil::Date;
use kzcomply_law::RuleBook;
use kzcomply_law::calendar::weekday_name;
use kzcomply_law::deadlines::{DeadlineOptions, deadline};
use kzcomply_law::entity_size::{Classification, Headcount, classify};
use kzcomply_law::fines::{Offender, Outcome, fine, is_repeat};
use std::io::Write;

/// Today in the local time zone: the command line's default "as of" date (the library never reads
/// the clock).
fn today() -> Date {
    jiff::Zoned::now().date()
}

fn day(d: Date) -> String {
    format!("{} {d}", weekday_name(d))
}

pub fn run_deadline(book: &RuleBook, args: DeadlineArgs) -> CmdResult {
    let cal = crate::calendar_cmd::calendar_from(book)?;
    let opts = DeadlineOptions { week: args.week.into(), region: args.region.clone() };
    let d = deadline(book, &cal, args.event, args.date, &opts)
        .map_err(|e| input_error(format!("{} --date {}: {e}", args.event.name(), args.date)))?;
    let as_of = args.as_of.unwrap_or_else(today);
    let report = d.report(as_of, args.done);
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &report);
    }
    let (action, date_means) = args.event.describe();
    let mut t = Table::text();
    t.heading(format!("{} — {action}", args.event.name()));
    t.row("event date", day(d.date), format!("({date_means})"));
    t.row("rule", &d.rule, "");
    if let Some(opens) = d.window_opens {
        t.row("window opens", day(opens), "");
    }
    let due_label = if args.event == kzcomply_law::deadlines::Event::VacancyPosting { "apply from" } else { "due" };
    t.row(due_label, day(d.due), if d.provisional { "(provisional calendar)" } else { "" });
    t.row("how", &d.explanation, "");
    let done = args.done.map(|x| format!(", done {x}")).unwrap_or_default();
    t.row("status", &report.status_text, format!("(as of {as_of}{done})"));
    t.row("basis", &d.basis.act, "");
    t.row("reference", &d.basis.reference, "");
    write!(out, "{}", t.render())?;
    Ok(())
}

pub fn run_fine(book: &RuleBook, args: FineArgs) -> CmdResult {
    let (offender, class) = match (args.offender, args.headcount, args.income_mrp) {
        (Some(o), _, _) => (o, None),
        (None, Some(own), Some(income)) => {
            let headcount = Headcount { own, outstaffed_in: args.outstaffed.unwrap_or(0) };
            let c = classify(book, args.on, headcount, income).map_err(|e| input_error(e.to_string()))?;
            (Offender::from(c.class), Some(c))
        }
        _ => return Err(input_error("give --offender, or --headcount with --income-mrp")),
    };
    let repeat = args.repeat || args.previous_penalty.is_some_and(|p| is_repeat(p, args.on));
    let f = fine(book, args.violation, args.on, offender, repeat).map_err(|e| {
        let hint = crate::rules_source::past_coverage_hint(book, args.on);
        input_error(format!("{} --on {}: {e}{hint}", args.violation.name(), args.on))
    })?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let mut report = f.report();
        report.entity_size = class;
        return crate::print_json(&mut out, &report);
    }
    let mut t = Table::text();
    t.heading(format!("{} — {}", args.violation.name(), args.violation.describe()));
    t.row("date", day(args.on), "");
    let who = class.as_ref().map(|c| format!("({})", c.reason)).unwrap_or_default();
    t.row("offender", offender.name(), who);
    let offence = match (repeat, args.previous_penalty) {
        (true, Some(p)) => format!("repeat (previous penalty {p}, within one year)"),
        (true, None) => "repeat within one year".to_string(),
        (false, Some(p)) => format!("first (previous penalty {p} is more than a year before)"),
        (false, None) => "first".to_string(),
    };
    t.row("offence", offence, "");
    match &f.outcome {
        Outcome::NotFinable { reason } => t.row("sanction", "none", reason.as_str()),
        Outcome::Warning { article } => t.row("sanction", "warning", article.as_str()),
        Outcome::Fine { article, mrp_min, mrp_max, mrp_value, min, max } => {
            t.row("article", article.as_str(), "");
            if mrp_min == mrp_max {
                t.row("fine", format!("{mrp_min} MRP"), format!("× {mrp_value} (MRP {})", args.on.year()));
                t.row("in tenge", format!("{min} KZT"), "");
            } else {
                t.row("fine", format!("{mrp_min} to {mrp_max} MRP"), format!("× {mrp_value} (MRP {})", args.on.year()));
                t.row("in tenge", format!("{min} to {max} KZT"), "");
            }
        }
    }
    t.row("source", &f.source.act, "");
    if let Some(note) = &f.source.note
        && !matches!(f.outcome, Outcome::NotFinable { .. })
    {
        t.row("note", note.as_str(), "");
    }
    write!(out, "{}", t.render())?;
    Ok(())
}

/// `entity-size --json`: the classification, the parts of the headcount, and the fine tier.
#[derive(serde::Serialize)]
struct EntitySizeJson {
    #[serde(flatten)]
    classification: Classification,
    own: u32,
    outstaffed: u32,
    fine_tier: &'static str,
}

pub fn run_entity_size(book: &RuleBook, args: EntitySizeArgs) -> CmdResult {
    let on = args.on.unwrap_or_else(today);
    let headcount = Headcount { own: args.headcount, outstaffed_in: args.outstaffed };
    let c = classify(book, on, headcount, args.income_mrp).map_err(|e| input_error(e.to_string()))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let fine_tier = Offender::from(c.class).tier().name();
        let json = EntitySizeJson { classification: c, own: args.headcount, outstaffed: args.outstaffed, fine_tier };
        return crate::print_json(&mut out, &json);
    }
    writeln!(out, "{}", c.class.name())?;
    writeln!(out, "({}; {})", c.reason, c.source.act)?;
    Ok(())
}
