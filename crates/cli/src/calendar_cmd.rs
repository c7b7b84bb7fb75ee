//! `kzcomply calendar` and `kzcomply workdays`: the production calendar and working-day arithmetic.

use crate::cli::{CalendarArgs, WorkdaysCommand};
use crate::{CmdResult, Failure, input_error, lang};
use kzcomply_i18n::{Args, t, tr};
use kzcomply_law::calendar::{Calendar, DayKind, YearStatus, weekday_name};
use kzcomply_law::text::{date as date_text, day, weekday};
use kzcomply_law::{RuleBook, Week};
use std::io::Write;

/// The calendar built from the rules, or an input error naming what is wrong in them.
pub fn calendar_from(book: &RuleBook) -> Result<Calendar, Failure> {
    Calendar::from_rules(book).map_err(|e| {
        input_error(tr(lang(), "cli-calendar-rules-incomplete", &Args::new().text("error", e.message(lang()))))
    })
}

fn cal_err(e: kzcomply_law::calendar::CalendarError) -> Failure {
    input_error(e.message(lang()))
}

/// `s` padded with spaces to `width` characters (Cyrillic letters count as one).
fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width { s.to_string() } else { format!("{s}{}", " ".repeat(width - n)) }
}

/// `s` right-aligned in `width` characters.
fn pad_left(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width { s.to_string() } else { format!("{}{s}", " ".repeat(width - n)) }
}

fn kind_text(kind: DayKind) -> String {
    let id = match kind {
        DayKind::Holiday => "cli-calendar-kind-holiday",
        DayKind::Religious => "cli-calendar-kind-religious",
        DayKind::CarryOver => "cli-calendar-kind-carry-over",
        DayKind::TransferDayOff => "cli-calendar-kind-transfer",
        DayKind::TransferWorked => "cli-calendar-kind-worked",
    };
    t(lang(), id)
}

pub fn run_calendar(book: &RuleBook, args: CalendarArgs) -> CmdResult {
    let l = lang();
    let cal = calendar_from(book)?;
    let week: Week = args.week.into();
    let report = cal.year_report(args.year, week, l).map_err(cal_err)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &report);
    }
    let status = t(
        l,
        match report.status {
            YearStatus::Provisional => "cli-calendar-status-provisional",
            YearStatus::Overridden => "cli-calendar-status-overridden",
            YearStatus::Official => "cli-calendar-status-official",
        },
    );
    let title = Args::new().text("year", report.year.to_string()).text("week", week.name()).text("status", status);
    writeln!(out, "{}", tr(l, "cli-calendar-title", &title))?;
    let totals =
        Args::new().num("working", i64::from(report.working_days)).num("off", i64::from(report.non_working_days));
    writeln!(out, "{}", tr(l, "cli-calendar-totals", &totals))?;
    if let Some(o) = &report.overridden {
        if let Some(n) = o.published_working_days {
            writeln!(out, "{}", tr(l, "cli-calendar-published", &Args::new().num("days", i64::from(n))))?;
        }
        writeln!(out, "{}", tr(l, "cli-calendar-differs", &Args::new().text("differs", o.differs.as_str())))?;
    }
    writeln!(out)?;
    let days: Vec<_> = report.days_off.iter().chain(&report.worked_rest_days).collect();
    let kinds: Vec<String> = days.iter().map(|d| kind_text(d.kind)).collect();
    let (date_h, day_h, kind_h) =
        (t(l, "cli-calendar-col-date"), t(l, "cli-calendar-col-day"), t(l, "cli-calendar-col-kind"));
    let kw = kinds.iter().map(|k| k.chars().count()).chain([kind_h.chars().count(), 12]).max().unwrap_or(12);
    let dw = day_h.chars().count().max(3);
    writeln!(
        out,
        "{}  {}  {}  {}",
        pad(&date_h, 10),
        pad(&day_h, dw),
        pad(&kind_h, kw),
        t(l, "cli-calendar-col-reason")
    )?;
    for (d, kind) in days.iter().zip(&kinds) {
        let wd = weekday(l, d.date);
        writeln!(out, "{}  {}  {}  {}", date_text(l, d.date), pad(&wd, dw), pad(kind, kw), d.reason)?;
    }
    writeln!(out)?;
    let names: Vec<String> = (1..=12).map(|m| t(l, &format!("cli-calendar-month-{m}"))).collect();
    let label = |id: &str| pad(&t(l, id), 8);
    writeln!(out, "{} {}", label("cli-calendar-row-month"), names.iter().map(|n| pad_left(n, 4)).collect::<String>())?;
    let row = |f: &dyn Fn(&kzcomply_law::calendar::MonthReport) -> u32| {
        report.months.iter().map(|m| format!("{:>4}", f(m))).collect::<String>()
    };
    writeln!(out, "{} {}", label("cli-calendar-row-working"), row(&|m| m.working_days))?;
    writeln!(out, "{} {}", label("cli-calendar-row-off"), row(&|m| m.non_working_days))?;
    // A bar per month: one block per working day, so short months stand out at a glance.
    writeln!(out)?;
    for (m, name) in report.months.iter().zip(&names) {
        writeln!(out, "{name} {:>2} {}", m.working_days, "█".repeat(m.working_days as usize))?;
    }
    Ok(())
}

pub fn run_workdays(book: &RuleBook, cmd: WorkdaysCommand) -> CmdResult {
    let l = lang();
    let cal = calendar_from(book)?;
    let mut out = std::io::stdout().lock();
    match cmd {
        WorkdaysCommand::Add { date, days, calendar_days, common } => {
            let week = common.week.into();
            let result = if calendar_days {
                cal.add_calendar_days(date, days, week)
            } else {
                cal.add_working_days(date, days, week)
            }
            .map_err(cal_err)?;
            let unit = if calendar_days { "calendar" } else { "working" };
            if common.json {
                let v = serde_json::json!({"from": date.to_string(), "days": days, "unit": unit,
                    "week": week.name(), "date": result.to_string()});
                return crate::print_json(&mut out, &v);
            }
            writeln!(out, "{}", date_text(l, result))?;
            let args = Args::new()
                .text("from", day(l, date))
                .num("days", i64::from(days))
                .text("unit", unit)
                .text("week", week.name())
                .text("to", day(l, result));
            writeln!(out, "{}", tr(l, "cli-workdays-add", &args))?;
        }
        WorkdaysCommand::Between { from, to, common } => {
            let week = common.week.into();
            let n = cal.working_days_between(from, to, week).map_err(cal_err)?;
            if common.json {
                let v = serde_json::json!({"from": from.to_string(), "to": to.to_string(), "week": week.name(),
                    "working_days": n});
                return crate::print_json(&mut out, &v);
            }
            writeln!(out, "{n}")?;
            let args = Args::new().date("from", from).date("to", to).text("week", week.name());
            writeln!(out, "{}", tr(l, "cli-workdays-between", &args))?;
        }
        WorkdaysCommand::Check { date, common } => {
            let week = common.week.into();
            let working = cal.is_working_day(date, week).map_err(cal_err)?;
            let reasons: Vec<String> = cal
                .notes(date.year(), week)
                .map_err(cal_err)?
                .filter(|n| n.date == date)
                .map(|n| n.reason(l))
                .collect();
            let reason = if reasons.is_empty() {
                t(l, if working { "cli-workdays-ordinary-working-day" } else { "cli-workdays-weekly-rest-day" })
            } else {
                reasons.join("; ")
            };
            if common.json {
                let v = serde_json::json!({"date": date.to_string(), "weekday": weekday_name(date), "week": week.name(),
                    "working": working, "reason": reason});
                return crate::print_json(&mut out, &v);
            }
            let id = if working { "cli-workdays-check-working" } else { "cli-workdays-check-not-working" };
            writeln!(out, "{}", tr(l, id, &Args::new().text("day", day(l, date)).text("reason", reason)))?;
        }
    }
    Ok(())
}
