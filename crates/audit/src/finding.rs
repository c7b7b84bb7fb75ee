//! A finding: one rule broken (or about to be), for whom, why, on what legal basis, at what cost.

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
    /// The fine exposure in tenge, where a fine applies (one fine per person concerned).
    pub fine_kzt: Option<Money>,
    /// How the fine was priced, or why there is none.
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
            fine_note: None,
            gap_kzt: None,
        }
    }
}
