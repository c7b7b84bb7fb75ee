//! A finding: one rule broken (or about to be), for whom, why, on what legal basis, at what cost —
//! and, where there is no amount, why not ([`FineStatus`] and the note). A check that could not be
//! run for want of data is a [`NotChecked`], never a finding.

use kzcomply_law::Money;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The law is broken now.
    Violation,
    /// Likely to be found as a breach, or breaks a condition of work permits.
    Risk,
    /// Will break soon, or needs attention.
    Warning,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Violation => "violation",
            Severity::Risk => "risk",
            Severity::Warning => "warning",
        }
    }
}

/// What the fine of a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FineStatus {
    /// Priced: `fine_kzt` is the amount.
    Priced,
    /// The sanction for a first offence is a warning: `fine_kzt` is 0.
    Warning,
    /// Not finable on the violation day (e.g. before the article was in force): `fine_kzt` is 0.
    NotFinable,
    /// A fine applies but cannot be priced (the rules lack a value, e.g. the MRP of the year):
    /// `fine_kzt` is null and the note says what is missing. Never counted as zero.
    NotPriced,
    /// No sanction for this finding was found in the law: `fine_kzt` is null.
    NoSanction,
}

impl FineStatus {
    pub fn name(self) -> &'static str {
        match self {
            FineStatus::Priced => "priced",
            FineStatus::Warning => "warning",
            FineStatus::NotFinable => "not_finable",
            FineStatus::NotPriced => "not_priced",
            FineStatus::NoSanction => "no_sanction",
        }
    }
}

/// A check (or a part of one) that was not run because the source lacks the data it needs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct NotChecked {
    /// The rule's stable id.
    pub rule: &'static str,
    /// What was not checked, the missing column or company fact, and how to supply it.
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Finding {
    /// The rule's stable id, e.g. `salary-parity`.
    pub rule: &'static str,
    pub severity: Severity,
    /// The ids of the people concerned.
    pub people: Vec<String>,
    /// What is wrong, in plain words.
    pub message: String,
    /// The legal basis.
    pub basis: String,
    /// The fine exposure in tenge, where a fine applies (one fine per person concerned); 0 for a
    /// warning or a violation not finable on its day; null when not priced or without a sanction.
    pub fine_kzt: Option<Money>,
    pub fine_status: FineStatus,
    /// How the fine was priced, or why there is none (always set when there is no positive amount).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fine_note: Option<String>,
    /// For pay comparisons: the gap in tenge per month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap_kzt: Option<Money>,
}

impl Finding {
    pub fn new(rule: &'static str, severity: Severity, people: Vec<String>, message: String, basis: &str) -> Finding {
        Finding {
            rule,
            severity,
            people,
            message,
            basis: basis.to_string(),
            fine_kzt: None,
            fine_status: FineStatus::NoSanction,
            fine_note: None,
            gap_kzt: None,
        }
    }

    /// Marks the finding as carrying no sanction in the law, with the reason.
    pub fn without_sanction(mut self, note: impl Into<String>) -> Finding {
        self.fine_kzt = None;
        self.fine_status = FineStatus::NoSanction;
        self.fine_note = Some(note.into());
        self
    }

    /// The number of fines it stands for: one per person concerned (at least one).
    pub fn fines(&self) -> u32 {
        u32::try_from(self.people.len().max(1)).unwrap_or(u32::MAX)
    }
}
