//! Building the calendar from the rule book: holidays, carry-overs and transfers, per week regime.

use super::{Calendar, DayKind, DayNote, HolidayRule, Timeline, Week, Why, YearInfo, date_from_number, day_number};
use crate::rules::{Problem, RuleBook, RulesError, Source, Value};
use jiff::civil::Date;

/// The parameter listing the covered years.
pub(crate) const YEAR_KEY: &str = "calendar.year";
/// The prefix of every holiday parameter.
pub(crate) const HOLIDAY_PREFIX: &str = "holidays.";

/// A holiday falling on a concrete date.
struct HolidayDay {
    date: Date,
    key: String,
    name: String,
    carried_over: bool,
    source: Source,
}

pub(super) fn build(rules: &RuleBook) -> Result<Calendar, RulesError> {
    let mut problems = Vec::new();
    let (years, transfers, overrides) = covered_years(rules, &mut problems)?;
    let (Some(first), Some(last)) = (years.first(), years.last()) else {
        return Err(RulesError::Missing { key: YEAR_KEY.to_string() });
    };
    let start = day_number(Date::new(first.year, 1, 1).expect("valid year"));
    let end = day_number(Date::new(last.year, 12, 31).expect("valid year"));
    let holidays = holidays_in(rules, first.year, last.year);
    let five = timeline(Week::FiveDay, start, end, &holidays, &transfers);
    let six = timeline(Week::SixDay, start, end, &holidays, &transfers);
    match (five, six) {
        (Ok(five), Ok(six)) if problems.is_empty() => Ok(Calendar { years, overrides, start, five, six }),
        (five, six) => {
            let file = rules.get(YEAR_KEY).map(|p| p.file.clone()).unwrap_or_default();
            problems
                .extend(five.err().into_iter().chain(six.err()).flatten().map(|p| Problem { file: file.clone(), ..p }));
            Err(RulesError::Invalid(problems))
        }
    }
}

/// The years `calendar.year` covers (each entry exactly one calendar year, no gaps), their
/// transfers, and what each overridden year changes.
#[allow(clippy::type_complexity)]
fn covered_years(
    rules: &RuleBook,
    problems: &mut Vec<Problem>,
) -> Result<(Vec<YearInfo>, Vec<(super::Transfer, Source)>, Vec<(i16, super::YearOverride)>), RulesError> {
    let param = rules.get(YEAR_KEY).ok_or_else(|| RulesError::Missing { key: YEAR_KEY.to_string() })?;
    let mut years = Vec::new();
    let mut transfers = Vec::new();
    let mut overrides = Vec::new();
    for e in &param.entries {
        let mut problem = |message: String| {
            problems.push(Problem { file: param.file.clone(), key: format!("{YEAR_KEY} from {}", e.since), message })
        };
        let year = e.since.year();
        let whole_year = e.since == Date::new(year, 1, 1).expect("valid")
            && e.until == Some(Date::new(year, 12, 31).expect("valid"));
        if !whole_year {
            problem("each value must cover exactly one calendar year (since YYYY-01-01, until YYYY-12-31)".into());
            continue;
        }
        match &e.value {
            Value::CalendarYear(rule) => {
                for t in &rule.transfers {
                    if t.day_off.year() != year || t.working_day.year() != year {
                        // Reported, and left out: the timeline has no day for it.
                        problem(format!("transfer {} / {} lies outside {year}", t.day_off, t.working_day));
                        continue;
                    }
                    transfers.push((*t, e.source.clone()));
                }
                years.push(YearInfo { year, provisional: rule.provisional, status: rule.status() });
                if let Some(o) = &rule.overridden {
                    overrides.push((year, o.clone()));
                }
            }
            other => problem(format!("expected a calendar year, found {other}")),
        }
    }
    // The loader already rejects gaps and overlaps between values.
    Ok((years, transfers, overrides))
}

/// Every holiday date from 1 January `first` to 31 December `last`, in date order.
fn holidays_in(rules: &RuleBook, first: i16, last: i16) -> Vec<HolidayDay> {
    let mut out = Vec::new();
    for param in rules.parameters().filter(|p| p.key.starts_with(HOLIDAY_PREFIX)) {
        for entry in &param.entries {
            let Value::Holiday(HolidayRule { days, carried_over }) = &entry.value else { continue };
            for year in first..=last {
                for date in days.iter().filter_map(|md| md.in_year(year)).filter(|d| entry.covers(*d)) {
                    out.push(HolidayDay {
                        date,
                        key: param.key.clone(),
                        name: param.title.clone(),
                        carried_over: *carried_over,
                        source: entry.source.clone(),
                    });
                }
            }
        }
    }
    out.sort_by_key(|h| h.date);
    out
}

fn timeline(
    week: Week,
    start: i32,
    end: i32,
    holidays: &[HolidayDay],
    transfers: &[(super::Transfer, Source)],
) -> Result<Timeline, Vec<Problem>> {
    let len = (end - start + 1) as usize;
    let at = |d: Date| (day_number(d) - start) as usize;
    let mut working: Vec<bool> =
        (0..len).map(|i| !week.is_rest_day(date_from_number(start + i as i32).weekday())).collect();
    let mut notes = Vec::new();
    for h in holidays {
        working[at(h.date)] = false;
    }
    for h in holidays {
        let on_rest_day = week.is_rest_day(h.date.weekday());
        let kind = if h.carried_over { DayKind::Holiday } else { DayKind::Religious };
        let mut carried_to = None;
        if on_rest_day && h.carried_over {
            // The next day that is still a working day (after holidays and earlier carry-overs).
            if let Some(j) = (at(h.date) + 1..len).find(|&j| working[j]) {
                working[j] = false;
                let to = date_from_number(start + j as i32);
                carried_to = Some(to);
                notes.push(DayNote {
                    date: to,
                    kind: DayKind::CarryOver,
                    why: Why::CarryOver { key: h.key.clone(), name: h.name.clone(), from: h.date },
                    working: false,
                    source: h.source.clone(),
                });
            }
        }
        let why = Why::Holiday { key: h.key.clone(), name: h.name.clone(), rest_day: on_rest_day, carried_to };
        notes.push(DayNote { date: h.date, kind, why, working: false, source: h.source.clone() });
    }
    let mut problems = Vec::new();
    for (t, source) in transfers {
        // Transfers outside the covered years were refused with a problem before this.
        let in_range = |d: Date| Some(at(d)).filter(|&i| day_number(d) >= start && i < len);
        let (Some(off), Some(work)) = (in_range(t.day_off), in_range(t.working_day)) else { continue };
        // A transfer moves a rest day; on a week where that day is worked anyway it changes nothing
        // (a Saturday moved to a weekday concerns the five-day week only).
        if working[work] {
            continue;
        }
        if !working[off] {
            problems.push(Problem {
                file: String::new(),
                key: YEAR_KEY.to_string(),
                message: format!("transfer: {} is already a day off on the {} week", t.day_off, week.name()),
            });
            continue;
        }
        working[off] = false;
        working[work] = true;
        notes.push(DayNote {
            date: t.day_off,
            kind: DayKind::TransferDayOff,
            why: Why::TransferDayOff { worked: t.working_day },
            working: false,
            source: source.clone(),
        });
        notes.push(DayNote {
            date: t.working_day,
            kind: DayKind::TransferWorked,
            why: Why::TransferWorked { off: t.day_off },
            working: true,
            source: source.clone(),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    notes.sort_by_key(|n| n.date);
    let mut cum = Vec::with_capacity(len + 1);
    let mut count = 0u32;
    cum.push(0);
    for w in working {
        count += u32::from(w);
        cum.push(count);
    }
    Ok(Timeline { cum, notes })
}
