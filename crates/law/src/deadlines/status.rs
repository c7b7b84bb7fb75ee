//! Where a deadline stands on a given day: done on time, late, due, overdue, or not open yet.

use super::{Deadline, Event};
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, t, tr};
use std::fmt;

/// The status of a deadline on an "as of" day. Day counts are calendar days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Done on or before the due date.
    OnTime,
    /// Done after the due date, by this many days.
    Late(i32),
    /// Not done; this many days left (0 = due today).
    Due(i32),
    /// Not done and past the due date by this many days.
    Overdue(i32),
    /// The permit-extension window opens in this many days: applying now is too early.
    NotOpen(i32),
    /// The vacancy is still in its waiting period for this many days.
    Waiting(i32),
    /// The waiting period is over: the permit application may be filed.
    Open,
}

impl Status {
    /// The machine name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Status::OnTime => "on-time",
            Status::Late(_) => "late",
            Status::Due(_) => "due",
            Status::Overdue(_) => "overdue",
            Status::NotOpen(_) => "not-open",
            Status::Waiting(_) => "waiting",
            Status::Open => "open",
        }
    }

    /// The number of days that goes with the status (0 where none does).
    pub fn days(self) -> i32 {
        match self {
            Status::Late(d) | Status::Due(d) | Status::Overdue(d) | Status::NotOpen(d) | Status::Waiting(d) => d,
            Status::OnTime | Status::Open => 0,
        }
    }

    /// Whether missing it is a breach now.
    pub fn is_breach(self) -> bool {
        matches!(self, Status::Late(_) | Status::Overdue(_))
    }
}

impl Status {
    /// The status in words, in `lang`: "overdue by 2 days", "просрочено на 2 дня".
    pub fn text(self, lang: Lang) -> String {
        let days = |id: &str, n: i32| tr(lang, id, &Args::new().num("days", i64::from(n)));
        match self {
            Status::OnTime => t(lang, "deadline-status-on-time"),
            Status::Late(n) => days("deadline-status-late", n),
            Status::Due(0) => t(lang, "deadline-status-due-today"),
            Status::Due(n) => days("deadline-status-due", n),
            Status::Overdue(n) => days("deadline-status-overdue", n),
            Status::NotOpen(n) => days("deadline-status-not-open", n),
            Status::Waiting(n) => days("deadline-status-waiting", n),
            Status::Open => t(lang, "deadline-status-open"),
        }
    }
}

/// The status in English words: "overdue by 2 days".
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Deadline {
    /// The status on `as_of`, given the day the action was done, if it was.
    pub fn status(&self, as_of: Date, done: Option<Date>) -> Status {
        let between = crate::calendar::days_between;
        if self.event == Event::VacancyPosting {
            return if as_of < self.due { Status::Waiting(between(as_of, self.due)) } else { Status::Open };
        }
        match done {
            Some(d) if d <= self.due => Status::OnTime,
            Some(d) => Status::Late(between(self.due, d)),
            None => match self.window_opens {
                Some(opens) if as_of < opens => Status::NotOpen(between(as_of, opens)),
                _ if as_of <= self.due => Status::Due(between(as_of, self.due)),
                _ => Status::Overdue(between(self.due, as_of)),
            },
        }
    }
}
