//! How far the rule book reaches: the day its coverage ends, what has no value after it, and what
//! is only provisional — so a user sees the new year coming and can enter the budget law's values
//! before the first payroll of January fails.
//!
//! Two kinds of history may end without limiting coverage: a holiday that was abolished, and a
//! regional value beside a `.default` one. Every other parameter whose last value has an `until`
//! marks where the rules stop reaching (the invariant is that a rule that ceased is written `none`
//! from then on, so an ending history means "not known yet").

use super::{Kind, Parameter, RuleBook, Value};
use jiff::civil::Date;

/// The rule book's coverage as seen on one day.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    #[serde(serialize_with = "crate::json::date")]
    pub on: Date,
    /// The last day every parameter has a value (`None`: nothing ends).
    #[serde(serialize_with = "crate::json::opt_date")]
    pub covered_until: Option<Date>,
    /// Days from `on` to `covered_until` (0 on the last covered day, negative once past it).
    pub days_left: Option<i32>,
    /// The parameters without a value on the day after coverage ends.
    pub missing: Vec<Missing>,
    /// Values in force on or after `on` that are marked provisional (a calendar not yet published).
    pub provisional: Vec<Provisional>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Missing {
    pub parameter: String,
    pub title: String,
    /// The first day without a value.
    #[serde(serialize_with = "crate::json::date")]
    pub from: Date,
}

impl Missing {
    /// The parameter's title in `lang` (as written in the rules where the catalogue lacks it).
    pub fn title_text(&self, lang: kzcomply_i18n::Lang) -> String {
        crate::text::rules_text(lang, "title", &self.parameter, &self.title)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Provisional {
    /// What is provisional, e.g. "production calendar 2027".
    pub what: String,
    /// The calendar year that is provisional.
    #[serde(skip)]
    pub year: i16,
    #[serde(serialize_with = "crate::json::date")]
    pub until: Date,
    pub parameter: String,
}

/// "production calendar 2027", in `lang`.
fn provisional_what(lang: kzcomply_i18n::Lang, year: i16) -> String {
    kzcomply_i18n::tr(lang, "rules-provisional-calendar", &kzcomply_i18n::Args::new().text("year", year.to_string()))
}

impl Provisional {
    /// What is provisional, in `lang`: "production calendar 2027", "производственный календарь 2027 года".
    pub fn what_text(&self, lang: kzcomply_i18n::Lang) -> String {
        provisional_what(lang, self.year)
    }
}

impl RuleBook {
    /// Whether `p`'s history may simply end: a holiday that was abolished (after it, the day is an
    /// ordinary day), or a regional value beside a `.default` one (after it, the default applies).
    /// Any other history that ends is where the rules stop reaching.
    fn may_end(&self, p: &Parameter) -> bool {
        if p.kind == Kind::Holiday {
            return true;
        }
        match p.key.rsplit_once('.') {
            Some((parent, last)) => last != "default" && self.get(&format!("{parent}.default")).is_some(),
            None => false,
        }
    }

    /// The parameters whose history ends, with their last day.
    fn ends(&self) -> impl Iterator<Item = (&Parameter, Date)> {
        self.parameters().filter(|p| !self.may_end(p)).filter_map(|p| Some((p, p.entries.last()?.until?)))
    }

    /// Where the book's coverage ends as seen on `on`.
    pub fn coverage(&self, on: Date) -> Coverage {
        let ends: Vec<(&str, &str, Date)> =
            self.ends().map(|(p, until)| (p.key.as_str(), p.title.as_str(), until)).collect();
        let covered_until = ends.iter().map(|(_, _, u)| *u).min();
        let missing = match covered_until {
            None => Vec::new(),
            Some(end) => ends
                .iter()
                .filter(|(_, _, u)| *u == end)
                .filter_map(|(key, title, u)| {
                    Some(Missing { parameter: key.to_string(), title: title.to_string(), from: u.tomorrow().ok()? })
                })
                .collect(),
        };
        let mut provisional = Vec::new();
        for p in self.parameters() {
            for e in p.entries.iter().filter(|e| e.until.is_none_or(|u| u >= on)) {
                if let Value::CalendarYear(y) = &e.value
                    && y.provisional
                {
                    let until = e.until.unwrap_or(jiff::civil::date(e.since.year(), 12, 31));
                    let year = e.since.year();
                    let what = provisional_what(kzcomply_i18n::Lang::En, year);
                    provisional.push(Provisional { what, year, until, parameter: p.key.clone() });
                }
            }
        }
        let days_left = covered_until.map(|end| crate::calendar::days_between(on, end));
        Coverage { on, covered_until, days_left, missing, provisional }
    }

    /// The parameters that have no value on `date` because their history ended before it, with
    /// the first day each lacks: what a user must add to compute anything on that day.
    pub fn missing_on(&self, date: Date) -> Vec<Missing> {
        self.ends()
            .filter(|(_, end)| *end < date)
            .map(|(p, end)| Missing {
                parameter: p.key.clone(),
                title: p.title.clone(),
                from: end.tomorrow().unwrap_or(end),
            })
            .collect()
    }
}
