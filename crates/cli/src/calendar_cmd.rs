//! `kzcomply calendar` and `kzcomply workdays`: the production calendar and working-day arithmetic.

use crate::cli::{CalendarArgs, WorkdaysCommand};
use crate::{CmdResult, Failure, input_error};
use kzcomply_law::calendar::{Calendar, DayKind, YearStatus, weekday_name};
use kzcomply_law::{RuleBook, Week};
use std::io::Write;

/// The calendar built from the rules, or an input error naming what is wrong in them.
pub fn calendar_from(book: &RuleBook) -> Result<Calendar, Failure> {
    Calendar::from_rules(book).map_err(|e| input_error(format!("the calendar rules are incomplete: {e}")))
}

fn cal_err(e: kzcomply_law::calendar::CalendarError) -> Failure {
    input_error(e.to_string())
}

pub fn run_calendar(book: &RuleBook, args: CalendarArgs) -> CmdResult {
    let cal = calendar_from(book)?;
    let week: Week = args.week.into();
    let report = cal.year_report(args.year, week).map_err(cal_err)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &report);
    }
    let status = match report.status {
        YearStatus::Provisional => "PROVISIONAL: computed from the rules, not yet published",
        YearStatus::Overridden => "OFFICIAL CALENDAR OVERRIDDEN: kzcomply follows a later act",
        YearStatus::Official => "official",
    };
    writeln!(out, "Production calendar {} — {} week ({status})", report.year, week.name())?;
    writeln!(out, "Working days: {}   Non-working days: {}", report.working_days, report.non_working_days)?;
    if let Some(o) = &report.overridden {
        if let Some(n) = o.published_working_days {
            writeln!(out, "Published calendar: {n} working days")?;
        }
        writeln!(out, "What differs: {}", o.differs)?;
    }
    writeln!(out)?;
    writeln!(out, "{:<10}  {:<3}  {:<12}  Reason", "Date", "Day", "Kind")?;
    for d in report.days_off.iter().chain(&report.worked_rest_days) {
        let kind = match d.kind {
            DayKind::Holiday => "holiday",
            DayKind::Religious => "religious",
            DayKind::CarryOver => "carry-over",
            DayKind::TransferDayOff => "transfer",
            DayKind::TransferWorked => "WORKED",
        };
        writeln!(out, "{}  {:<3}  {kind:<12}  {}", d.date, d.weekday, d.reason)?;
    }
    writeln!(out)?;
    let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    writeln!(out, "{:<8} {}", "Month", names.map(|n| format!("{n:>4}")).concat())?;
    let row = |f: &dyn Fn(&kzcomply_law::calendar::MonthReport) -> u32| {
        report.months.iter().map(|m| format!("{:>4}", f(m))).collect::<String>()
    };
    writeln!(out, "{:<8} {}", "Working", row(&|m| m.working_days))?;
    writeln!(out, "{:<8} {}", "Off", row(&|m| m.non_working_days))?;
    // A bar per month: one block per working day, so short months stand out at a glance.
    writeln!(out)?;
    for (m, name) in report.months.iter().zip(names) {
        writeln!(out, "{name} {:>2} {}", m.working_days, "█".repeat(m.working_days as usize))?;
    }
    Ok(())
}

pub fn run_workdays(book: &RuleBook, cmd: WorkdaysCommand) -> CmdResult {
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
            writeln!(out, "{result}")?;
            writeln!(
                out,
                "({} {date} + {days} {unit} days on the {} week = {} {result})",
                weekday_name(date),
                week.name(),
                weekday_name(result)
            )?;
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
            writeln!(out, "(working days from {from} to {to}, both included, on the {} week)", week.name())?;
        }
        WorkdaysCommand::Check { date, common } => {
            let week = common.week.into();
            let working = cal.is_working_day(date, week).map_err(cal_err)?;
            let reasons: Vec<String> = cal
                .notes(date.year(), week)
                .map_err(cal_err)?
                .filter(|n| n.date == date)
                .map(|n| n.reason.clone())
                .collect();
            let reason = if reasons.is_empty() {
                if working { "an ordinary working day".to_string() } else { "a weekly rest day".to_string() }
            } else {
                reasons.join("; ")
            };
            if common.json {
                let v = serde_json::json!({"date": date.to_string(), "weekday": weekday_name(date), "week": week.name(),
                    "working": working, "reason": reason});
                return crate::print_json(&mut out, &v);
            }
            let verdict = if working { "a working day" } else { "NOT a working day" };
            writeln!(out, "{} {date} is {verdict}: {reason}", weekday_name(date))?;
        }
    }
    Ok(())
}
