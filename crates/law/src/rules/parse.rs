//! Parsing one value of a declared kind from its TOML form; errors say what was expected.

use super::load::toml_date;
use super::value::{Amount, Index, Kind, Value};
use crate::calendar::{HolidayRule, MonthDay, Transfer, YearOverride, YearRule};
use crate::deadlines::Term;
use crate::duration::{Choice, Duration};
use crate::fines::{Penalty, SanctionRule};
use crate::foreign::PermitValidity;
use crate::money::Money;
use crate::payroll::month::{AccrualRule, ExemptRule, Per};
use crate::people::{Condition, ConditionSet, Status, StatusSet};
use crate::rate::{Rate, RoundingMode};
use std::str::FromStr;

/// Parses a value of the declared kind; the error names what was expected.
pub(super) fn parse_value(kind: Kind, v: &toml::Value) -> Result<Value, String> {
    let none = |v: &toml::Value| v.as_str().map(str::trim) == Some("none");
    match kind {
        Kind::Amount | Kind::Rate | Kind::Sanction | Kind::Term if none(v) => Ok(Value::NotApplicable),
        Kind::Amount => parse_amount(v).map(Value::Amount),
        Kind::Rate => parse_rate(v).map(Value::Rate),
        Kind::Date => toml_date(v).map(Value::Date).ok_or_else(|| "expected a date such as 1975-01-01".to_string()),
        Kind::Flag => v.as_bool().map(Value::Flag).ok_or_else(|| "expected true or false".to_string()),
        Kind::Statuses => {
            let mut set = StatusSet::default();
            for item in v.as_array().ok_or("expected a list of statuses")? {
                let s = item.as_str().ok_or("expected a list of statuses (strings)")?;
                set.insert(Status::from_str(s).map_err(|e| e.to_string())?);
            }
            Ok(Value::Statuses(set))
        }
        Kind::Conditions => {
            let mut set = ConditionSet::default();
            for item in v.as_array().ok_or("expected a list of conditions")? {
                let s = item.as_str().ok_or("expected a list of conditions (strings)")?;
                set.insert(
                    Condition::parse(s)
                        .ok_or_else(|| format!("unknown condition `{s}` (expected one of: {})", Condition::names()))?,
                );
            }
            Ok(Value::Conditions(set))
        }
        Kind::RoundingMode => v
            .as_str()
            .and_then(RoundingMode::parse)
            .map(Value::RoundingMode)
            .ok_or_else(|| "expected \"half-up\", \"half-even\" or \"down\"".to_string()),
        Kind::Count => v
            .as_integer()
            .and_then(|n| u32::try_from(n).ok())
            .map(Value::Count)
            .ok_or_else(|| "expected a whole number such as 100".to_string()),
        Kind::Term => v
            .as_str()
            .and_then(Term::parse)
            .map(Value::Term)
            .ok_or_else(|| "expected a term such as \"5 working days\" or \"15 calendar days\"".to_string()),
        Kind::DayOfMonth => v
            .as_integer()
            .filter(|d| (1..=31).contains(d))
            .map(|d| Value::DayOfMonth(d as i8))
            .ok_or_else(|| "expected a day of the month, 1 to 31".to_string()),
        Kind::MonthDay => month_day(v).map(Value::MonthDay),
        Kind::Holiday => holiday(v).map(Value::Holiday),
        Kind::CalendarYear => calendar_year(v).map(Value::CalendarYear),
        Kind::Sanction => sanction(v).map(Value::Sanction),
        Kind::Duration => v
            .as_str()
            .and_then(Duration::parse)
            .map(Value::Duration)
            .ok_or_else(|| "expected a period such as \"6 months\", \"1 year\" or \"90 days\"".to_string()),
        Kind::PermitValidity => permit_validity(v).map(Value::PermitValidity),
        Kind::Countries => countries(v).map(Value::Countries),
        Kind::Accrual => accrual(v).map(Value::Accrual),
        Kind::Code => v
            .as_str()
            .filter(|c| (1..=10).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()))
            .map(|c| Value::Code(c.to_string()))
            .ok_or_else(|| {
                "expected a code of 1 to 10 digits as a string, e.g. \"010\" (quoted: leading zeros count)".into()
            }),
    }
}

/// `{ base = true }`, `{ base = false }`, or `{ base = true, exempt = "94 MRP", per = "calendar-year" }`.
fn accrual(v: &toml::Value) -> Result<AccrualRule, String> {
    const EXAMPLE: &str =
        "{ base = true }, { base = false } or { base = true, exempt = \"94 MRP\", per = \"calendar-year\" }";
    let t = fields(v, &["base", "exempt", "per"], EXAMPLE)?;
    let in_base =
        t.get("base").and_then(|b| b.as_bool()).ok_or(format!("missing `base` (true or false), e.g. {EXAMPLE}"))?;
    let exempt = match (t.get("exempt"), t.get("per")) {
        (None, None) => None,
        (Some(amount), Some(per)) => {
            if !in_base {
                return Err("`exempt` is the part of an accrual left out of a base it is in: with `base = false` the whole accrual is out already".into());
            }
            if amount.as_str().map(str::trim) == Some("none") {
                return Err(
                    "`exempt` must be an amount such as \"94 MRP\" (leave `exempt` and `per` out when there is none)"
                        .into(),
                );
            }
            let amount = parse_amount(amount)?;
            let per = per.as_str().and_then(Per::parse).ok_or(format!("`per` must be one of: {}", Per::NAMES))?;
            Some(ExemptRule { amount, per })
        }
        (Some(_), None) => return Err(format!("`exempt` needs `per` ({}), e.g. {EXAMPLE}", Per::NAMES)),
        (None, Some(_)) => return Err(format!("`per` without `exempt`, e.g. {EXAMPLE}")),
    };
    Ok(AccrualRule { in_base, exempt })
}

fn month_day(v: &toml::Value) -> Result<MonthDay, String> {
    v.as_str().and_then(MonthDay::parse).ok_or_else(|| "expected a day of the year as \"MM-DD\", e.g. \"09-30\"".into())
}

/// Checks a value table has only the named fields.
fn fields<'a>(v: &'a toml::Value, allowed: &[&str], example: &str) -> Result<&'a toml::Table, String> {
    let t = v.as_table().ok_or_else(|| format!("expected a table such as {example}"))?;
    if let Some(k) = t.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(format!("unknown field `{k}` in the value (expected {})", allowed.join(", ")));
    }
    Ok(t)
}

fn holiday(v: &toml::Value) -> Result<HolidayRule, String> {
    const EXAMPLE: &str = "{ days = [\"03-21\", \"03-22\"], carried_over = true }";
    let t = fields(v, &["days", "carried_over"], EXAMPLE)?;
    let days = t.get("days").and_then(|d| d.as_array()).ok_or(format!("missing `days`, e.g. {EXAMPLE}"))?;
    let days = days.iter().map(month_day).collect::<Result<Vec<_>, _>>()?;
    if days.is_empty() {
        return Err("`days` is empty".into());
    }
    let carried_over = t
        .get("carried_over")
        .and_then(|c| c.as_bool())
        .ok_or("missing `carried_over` (true for state holidays, false for religious days off)")?;
    Ok(HolidayRule { days, carried_over })
}

fn calendar_year(v: &toml::Value) -> Result<YearRule, String> {
    const EXAMPLE: &str = "{ status = \"official\", transfers = [{ day_off = 2025-01-03, working_day = 2025-01-05 }] }";
    const OVERRIDDEN: &str =
        "{ status = \"overridden\", published_working_days = 246, differs = \"Mon 31 Aug is worked\", transfers = [] }";
    let t = fields(v, &["status", "transfers", "published_working_days", "differs"], EXAMPLE)?;
    let status = t.get("status").and_then(|s| s.as_str());
    let provisional = match status {
        Some("official" | "overridden") => false,
        Some("provisional") => true,
        _ => return Err("`status` must be \"official\", \"provisional\" or \"overridden\"".into()),
    };
    let overridden = if status == Some("overridden") {
        let published_working_days = t
            .get("published_working_days")
            .and_then(|n| n.as_integer())
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| (1..=366).contains(n))
            .ok_or(format!(
                "an overridden year needs `published_working_days` (the published total), e.g. {OVERRIDDEN}"
            ))?;
        let differs = t.get("differs").and_then(|d| d.as_str()).map(str::trim).filter(|d| !d.is_empty());
        let differs = differs
            .ok_or(format!("an overridden year needs `differs` (what kzcomply changes and why), e.g. {OVERRIDDEN}"))?;
        Some(YearOverride { published_working_days, differs: differs.to_string() })
    } else {
        if let Some(k) = ["published_working_days", "differs"].into_iter().find(|k| t.contains_key(*k)) {
            return Err(format!("`{k}` is only for status = \"overridden\""));
        }
        None
    };
    let mut transfers = Vec::new();
    for item in t
        .get("transfers")
        .and_then(|x| x.as_array())
        .ok_or(format!("missing `transfers` (may be []), e.g. {EXAMPLE}"))?
    {
        let tt = fields(item, &["day_off", "working_day"], EXAMPLE)?;
        let date = |name: &str| {
            tt.get(name)
                .and_then(toml_date)
                .ok_or_else(|| format!("a transfer needs `{name}` as a date, e.g. {EXAMPLE}"))
        };
        transfers.push(Transfer { day_off: date("day_off")?, working_day: date("working_day")? });
    }
    Ok(YearRule { provisional, transfers, overridden })
}

fn permit_validity(v: &toml::Value) -> Result<PermitValidity, String> {
    const EXAMPLE: &str =
        "{ initial = [\"12 months\"], extension = [\"12 months\"], max_extensions = 3 } (or \"up to 3 years\")";
    let t = fields(v, &["initial", "extension", "max_extensions"], EXAMPLE)?;
    let choices = |name: &str| -> Result<Vec<Choice>, String> {
        let list = t.get(name).and_then(|l| l.as_array()).ok_or(format!("missing `{name}`, e.g. {EXAMPLE}"))?;
        list.iter()
            .map(|item| {
                item.as_str()
                    .and_then(Choice::parse)
                    .ok_or(format!("`{name}`: each term is \"N days|months|years\" or \"up to N …\", e.g. {EXAMPLE}"))
            })
            .collect()
    };
    let initial = choices("initial")?;
    if initial.is_empty() {
        return Err("`initial` lists no term".into());
    }
    let max_extensions = match t.get("max_extensions") {
        None => None,
        Some(n) => Some(
            n.as_integer()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or("`max_extensions` must be a whole number (leave it out when no limit is stated)")?,
        ),
    };
    Ok(PermitValidity { initial, extension: choices("extension")?, max_extensions })
}

fn countries(v: &toml::Value) -> Result<Vec<String>, String> {
    let list = v.as_array().ok_or("expected a list of country codes such as [\"RU\", \"BY\"]")?;
    list.iter()
        .map(|item| {
            item.as_str()
                .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
                .map(str::to_string)
                .ok_or_else(|| {
                    format!("`{}` is not an ISO 3166 alpha-2 code (two capital letters)", item.as_str().unwrap_or("?"))
                })
        })
        .collect()
}

fn sanction(v: &toml::Value) -> Result<SanctionRule, String> {
    const EXAMPLE: &str =
        "{ article = \"CoAO art. 98 part 1-1\", penalty = \"30 MRP\" } (or \"warning\", \"60..150 MRP\")";
    let t = fields(v, &["article", "penalty"], EXAMPLE)?;
    let article = t.get("article").and_then(|a| a.as_str()).filter(|a| !a.trim().is_empty());
    let article = article.ok_or(format!("missing `article`, e.g. {EXAMPLE}"))?.to_string();
    let penalty = t.get("penalty").and_then(|p| p.as_str()).and_then(Penalty::parse);
    let penalty = penalty.ok_or(format!("`penalty` must be \"warning\", \"N MRP\" or \"N..M MRP\", e.g. {EXAMPLE}"))?;
    Ok(SanctionRule { article, penalty })
}

fn parse_amount(v: &toml::Value) -> Result<Amount, String> {
    let s = v
        .as_str()
        .ok_or("an amount is written as a string with its unit, e.g. \"14 MRP\", \"50 MZP\" or \"3692 KZT\"")?;
    let mut parts = s.split_whitespace();
    let (Some(number), Some(unit), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(format!("`{s}`: write a number and a unit, e.g. \"14 MRP\", \"50 MZP\" or \"3692 KZT\""));
    };
    let count = rust_decimal::Decimal::from_str(number).map_err(|_| format!("`{number}` is not a number"))?;
    if count.is_sign_negative() {
        return Err(format!("`{s}`: amounts cannot be negative"));
    }
    match unit {
        "KZT" => match Money::from_decimal(count) {
            Some(m) if m <= Money::MAX_INPUT => Ok(Amount::Tenge(m)),
            Some(_) => Err(format!("`{s}`: above the largest amount kzcomply accepts, 1,000,000,000,000 KZT")),
            None if count.fract().round_dp(2) != count.fract() => Err(format!("`{s}`: at most two decimals")),
            None => Err(format!("`{s}`: above the largest amount kzcomply accepts, 1,000,000,000,000 KZT")),
        },
        "MRP" => Ok(Amount::Multiple { count, index: Index::Mrp }),
        "MZP" => Ok(Amount::Multiple { count, index: Index::Mzp }),
        other => Err(format!("unknown unit `{other}` in `{s}` (expected KZT, MRP or MZP)")),
    }
}

fn parse_rate(v: &toml::Value) -> Result<Rate, String> {
    let s = v.as_str().ok_or("a rate is written as a string with a percent sign, e.g. \"3.5%\"")?;
    let number = s.trim().strip_suffix('%').ok_or_else(|| format!("unknown unit in `{s}`: a rate ends with %"))?;
    let d = rust_decimal::Decimal::from_str(number.trim()).map_err(|_| format!("`{s}` is not a percentage"))?;
    if d.is_sign_negative() || d > rust_decimal::Decimal::from(100) {
        return Err(format!("`{s}`: a rate must be between 0% and 100%"));
    }
    Rate::from_percent(d).ok_or_else(|| format!("`{s}` has too many decimals (at most {})", Rate::MAX_PERCENT_DECIMALS))
}
