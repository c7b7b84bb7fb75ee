//! The JSON shape of a deadline (`kzcomply deadline … --json`, and the API).

use super::{Deadline, Event};
use crate::rules::Confidence;
use jiff::civil::Date;
use kzcomply_i18n::Lang;

#[derive(Clone, Debug, serde::Serialize)]
pub struct DeadlineReport {
    pub event: Event,
    /// What is due, in plain words.
    pub action: String,
    #[serde(serialize_with = "crate::json::date")]
    pub date: Date,
    #[serde(serialize_with = "crate::json::date")]
    pub due: Date,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::json::opt_date")]
    pub window_opens: Option<Date>,
    /// The legal act the rule comes from.
    pub basis: String,
    pub reference: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    pub rule: String,
    pub rule_key: String,
    pub explanation: String,
    /// `on-time`, `late`, `due`, `overdue`, `not-open`, `waiting` or `open`.
    pub status: &'static str,
    /// The days that go with the status (late by, due in, overdue by …).
    pub days: i32,
    /// The status in words: "overdue by 2 days".
    pub status_text: String,
    #[serde(serialize_with = "crate::json::date")]
    pub as_of: Date,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::json::opt_date")]
    pub done: Option<Date>,
    /// The due date rests on a provisional calendar year.
    pub provisional: bool,
}

impl Deadline {
    /// The report on `as_of`, its texts (action, basis, rule, explanation, status) in `lang`; the
    /// ids, dates and numbers are the same in every language.
    pub fn report(&self, as_of: Date, done: Option<Date>, lang: Lang) -> DeadlineReport {
        let status = self.status(as_of, done);
        DeadlineReport {
            event: self.event,
            action: self.event.action(lang),
            date: self.date,
            due: self.due,
            window_opens: self.window_opens,
            basis: self.basis.act_text(&self.rule_key, lang),
            reference: self.basis.reference.clone(),
            confidence: self.basis.confidence,
            rule: self.rule.text(lang),
            rule_key: self.rule_key.clone(),
            explanation: self.explanation.text(lang),
            status: status.name(),
            days: status.days(),
            status_text: status.text(lang),
            as_of,
            done,
            provisional: self.provisional,
        }
    }
}
