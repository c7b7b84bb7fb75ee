//! `kzcomply deadline`, `kzcomply fine` and `kzcomply entity-size`.

use crate::cli_law::{DeadlineArgs, EntitySizeArgs, FineArgs};
use crate::table::Table;
use crate::{CmdResult, input_error, lang};
use jiff::civil::Date;
use kzcomply_i18n::{Args, t, tr};
use kzcomply_law::RuleBook;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::entity_size::{Classification, Headcount, classify};
use kzcomply_law::fines::{Offender, Outcome, article_text, fine, is_repeat};
use kzcomply_law::text::{amount, date, day, number};
use std::io::Write;

/// Today in the local time zone: the command line's default "as of" date (the library never reads
/// the clock).
fn today() -> Date {
    jiff::Zoned::now().date()
}

pub fn run_deadline(book: &RuleBook, args: DeadlineArgs) -> CmdResult {
    let l = lang();
    let cal = crate::calendar_cmd::calendar_from(book)?;
    let opts = DeadlineOptions { week: args.week.into(), region: args.region.clone() };
    let d = deadline(book, &cal, args.event, args.date, &opts)
        .map_err(|e| input_error(format!("{} --date {}: {}", args.event.name(), date(l, args.date), e.message(l))))?;
    let as_of = args.as_of.unwrap_or_else(today);
    let report = d.report(as_of, args.done, l);
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &report);
    }
    let mut tb = Table::text();
    tb.heading(format!("{} — {}", args.event.name(), report.action));
    tb.row(t(l, "cli-deadline-event-date"), day(l, d.date), format!("({})", args.event.date_means(l)));
    tb.row(t(l, "cli-deadline-rule"), &report.rule, "");
    if let Some(opens) = d.window_opens {
        tb.row(t(l, "cli-deadline-window-opens"), day(l, opens), "");
    }
    let due_label = if args.event == Event::VacancyPosting { "cli-deadline-apply-from" } else { "cli-deadline-due" };
    tb.row(
        t(l, due_label),
        day(l, d.due),
        if d.provisional { t(l, "cli-deadline-provisional") } else { String::new() },
    );
    tb.row(t(l, "cli-deadline-how"), &report.explanation, "");
    let as_of_text = match args.done {
        Some(done) => tr(l, "cli-deadline-as-of-done", &Args::new().date("as_of", as_of).date("done", done)),
        None => tr(l, "cli-deadline-as-of", &Args::new().date("as_of", as_of)),
    };
    tb.row(t(l, "cli-deadline-status"), &report.status_text, as_of_text);
    tb.row(t(l, "cli-deadline-basis"), &report.basis, "");
    tb.row(t(l, "cli-deadline-reference"), &d.basis.reference, "");
    write!(out, "{}", tb.render())?;
    Ok(())
}

/// The offender class as people read it: "medium", "субъект среднего предпринимательства".
fn offender_text(o: Offender) -> String {
    t(lang(), &format!("cli-offender-{}", o.name()))
}

pub fn run_fine(book: &RuleBook, args: FineArgs) -> CmdResult {
    let l = lang();
    let (offender, class) = match (args.offender, args.headcount, args.income_mrp) {
        (Some(o), _, _) => (o, None),
        (None, Some(own), Some(income)) => {
            let headcount = Headcount { own, outstaffed_in: args.outstaffed.unwrap_or(0) };
            let c = classify(book, args.on, headcount, income).map_err(|e| input_error(e.message(l)))?;
            (Offender::from(c.class), Some(c))
        }
        _ => return Err(input_error(t(l, "cli-fine-need-offender"))),
    };
    let repeat = args.repeat || args.previous_penalty.is_some_and(|p| is_repeat(p, args.on));
    let f = fine(book, args.violation, args.on, offender, repeat).map_err(|e| {
        let hint = crate::rules_source::past_coverage_hint(book, args.on);
        input_error(format!("{} --on {}: {}{hint}", args.violation.name(), date(l, args.on), e.message(l)))
    })?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let mut report = f.report(l);
        report.entity_size = class.map(|c| c.in_lang(l));
        return crate::print_json(&mut out, &report);
    }
    let mut tb = Table::text();
    tb.heading(format!("{} — {}", args.violation.name(), args.violation.description(l)));
    tb.row(t(l, "cli-fine-date"), day(l, args.on), "");
    let who = class.as_ref().map(|c| format!("({})", c.reason_text(l))).unwrap_or_default();
    tb.row(t(l, "cli-fine-offender"), offender_text(offender), who);
    let offence = match (repeat, args.previous_penalty) {
        (true, Some(p)) => tr(l, "cli-fine-offence-repeat-previous", &Args::new().date("previous", p)),
        (true, None) => t(l, "cli-fine-offence-repeat"),
        (false, Some(p)) => tr(l, "cli-fine-offence-first-previous", &Args::new().date("previous", p)),
        (false, None) => t(l, "cli-fine-offence-first"),
    };
    tb.row(t(l, "cli-fine-offence"), offence, "");
    let sanction = t(l, "cli-fine-sanction");
    match &f.outcome {
        Outcome::NotFinable { .. } => {
            tb.row(sanction, t(l, "cli-fine-sanction-none"), f.reason_text(l).unwrap_or_default())
        }
        Outcome::Warning { article } => tb.row(sanction, t(l, "cli-fine-sanction-warning"), article_text(article, l)),
        Outcome::Fine { article, mrp_min, mrp_max, mrp_value, min, max } => {
            tb.row(t(l, "cli-fine-article"), article_text(article, l), "");
            let times = tr(
                l,
                "cli-fine-times-mrp",
                &Args::new().text("value", amount(l, *mrp_value)).text("year", args.on.year().to_string()),
            );
            if mrp_min == mrp_max {
                tb.row(
                    t(l, "cli-fine-fine"),
                    tr(l, "cli-fine-mrp", &Args::new().text("mrp", number(l, mrp_min))),
                    times,
                );
                tb.row(
                    t(l, "cli-fine-in-tenge"),
                    tr(l, "cli-fine-tenge", &Args::new().tenge("amount", min.tiyn())),
                    "",
                );
            } else {
                let range = Args::new().text("min", number(l, mrp_min)).text("max", number(l, mrp_max));
                tb.row(t(l, "cli-fine-fine"), tr(l, "cli-fine-mrp-range", &range), times);
                let range = Args::new().amount("min", min.tiyn()).amount("max", max.tiyn());
                tb.row(t(l, "cli-fine-in-tenge"), tr(l, "cli-fine-tenge-range", &range), "");
            }
        }
    }
    tb.row(t(l, "cli-fine-source"), f.source.act_text(&f.rule_key, l), "");
    if let Some(note) = f.source.note_text(&f.rule_key, l)
        && !matches!(f.outcome, Outcome::NotFinable { .. })
    {
        tb.row(t(l, "cli-fine-note"), note, "");
    }
    write!(out, "{}", tb.render())?;
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
    let l = lang();
    let on = args.on.unwrap_or_else(today);
    let headcount = Headcount { own: args.headcount, outstaffed_in: args.outstaffed };
    let c = classify(book, on, headcount, args.income_mrp).map_err(|e| input_error(e.message(l)))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let fine_tier = Offender::from(c.class).tier().name();
        let json = EntitySizeJson {
            classification: c.in_lang(l),
            own: args.headcount,
            outstaffed: args.outstaffed,
            fine_tier,
        };
        return crate::print_json(&mut out, &json);
    }
    writeln!(out, "{}", t(l, &format!("cli-size-class-{}", c.class.name())))?;
    writeln!(out, "({}; {})", c.reason_text(l), c.source.act_text(&c.rule_key(), l))?;
    Ok(())
}
