//! Where a deadline stands on a given day: done on time, late, due, overdue, or not open yet.

use super::{Deadline, Event};
use jiff::civil::Date;
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

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = |n: i32| if n == 1 { "1 day".to_string() } else { format!("{n} days") };
        match *self {
            Status::OnTime => f.write_str("done on time"),
            Status::Late(n) => write!(f, "done late by {}", days(n)),
            Status::Due(0) => f.write_str("due today"),
            Status::Due(n) => write!(f, "due in {}", days(n)),
            Status::Overdue(n) => write!(f, "overdue by {}", days(n)),
            Status::NotOpen(n) => write!(f, "window opens in {}", days(n)),
            Status::Waiting(n) => write!(f, "application allowed in {}", days(n)),
            Status::Open => f.write_str("application allowed"),
        }
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
