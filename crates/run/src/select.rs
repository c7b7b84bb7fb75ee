//! Who is on one employer's run for a month, and who is not, with the reason (docs/payroll-run.md §1).

use crate::Options;
use kzcomply_audit::Engagement;
use kzcomply_audit::Person;
use kzcomply_i18n::{Lang, t};
use kzcomply_law::YearMonth;

/// Why a person of the file is not on this run. The id (`contractor`, `other-employer`,
/// `not-employed`) is stable; the text follows the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// A civil-law contract: not on the employee payroll.
    Contractor,
    /// On another employer's payroll (an outstaffed person is on the sending party's).
    OtherEmployer,
    /// Not employed on any day of the month.
    NotEmployed,
}

impl SkipReason {
    pub fn id(self) -> &'static str {
        match self {
            SkipReason::Contractor => "contractor",
            SkipReason::OtherEmployer => "other-employer",
            SkipReason::NotEmployed => "not-employed",
        }
    }

    pub fn text(self, lang: Lang) -> String {
        t(lang, &format!("run-skipped-{}", self.id()))
    }
}

/// The people of the file split into those on the run and those skipped (indices into the file).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub on: Vec<usize>,
    pub skipped: Vec<Skip>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Skip {
    pub index: usize,
    pub reason: SkipReason,
}

/// Whether `p` is on the payroll of the employer the options ask for, before looking at dates.
fn employer_of(p: &Person, opts: &Options) -> Result<(), SkipReason> {
    if p.engagement == Engagement::Contractor {
        return Err(SkipReason::Contractor);
    }
    let own = p.employer_bin.as_deref().filter(|b| !b.trim().is_empty());
    match (&opts.employer_bin, own) {
        // The file's direct staff, when no employer is named.
        (None, None) if p.engagement == Engagement::Direct => Ok(()),
        (None, Some(b)) if p.engagement == Engagement::Direct && opts.company_bin.as_deref() == Some(b) => Ok(()),
        (None, _) => Err(SkipReason::OtherEmployer),
        (Some(want), Some(b)) if b == want => Ok(()),
        // A blank employer_bin on direct staff is the file's own employer.
        (Some(want), None) if p.engagement == Engagement::Direct && opts.company_bin.as_deref() == Some(want) => Ok(()),
        (Some(_), _) => Err(SkipReason::OtherEmployer),
    }
}

/// Employed on at least one day of `period`.
fn employed_in(p: &Person, period: YearMonth) -> bool {
    let (first, last) = (period.first_day(), period.first_day().last_of_month());
    p.start_date <= last && p.terminated_on.is_none_or(|t| t >= first)
}

pub fn select(people: &[Person], period: YearMonth, opts: &Options) -> Selection {
    let mut s = Selection::default();
    for (index, p) in people.iter().enumerate() {
        match employer_of(p, opts) {
            Ok(()) if employed_in(p, period) => s.on.push(index),
            Ok(()) => s.skipped.push(Skip { index, reason: SkipReason::NotEmployed }),
            Err(reason) => s.skipped.push(Skip { index, reason }),
        }
    }
    s
}
