//! Who a person is, as far as the payroll rules care: tax/contribution status and the
//! conditions (a pension by age or for long service, disability) that exempt from some charges.

use std::fmt;
use std::str::FromStr;

/// The employee's status for taxes and contributions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A citizen of Kazakhstan.
    #[default]
    Citizen,
    /// A foreigner or stateless person with a Kazakh residence permit.
    ForeignResident,
    /// A citizen of Russia, Belarus, Armenia or Kyrgyzstan working under a Kazakh contract.
    Eaeu,
    /// Any other foreigner.
    ForeignNonresident,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Citizen, Status::ForeignResident, Status::Eaeu, Status::ForeignNonresident];

    pub fn name(self) -> &'static str {
        match self {
            Status::Citizen => "citizen",
            Status::ForeignResident => "foreign-resident",
            Status::Eaeu => "eaeu",
            Status::ForeignNonresident => "foreign-nonresident",
        }
    }

    /// A bit for compact sets of statuses.
    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown status '{0}': use citizen, foreign-resident, eaeu or foreign-nonresident")]
pub struct StatusError(pub String);

impl FromStr for Status {
    type Err = StatusError;
    fn from_str(s: &str) -> Result<Status, StatusError> {
        let t = s.trim();
        Status::ALL.into_iter().find(|st| st.name().eq_ignore_ascii_case(t)).ok_or_else(|| StatusError(s.to_string()))
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of statuses, as a bit set (the rules data lists who each charge applies to).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusSet(u8);

impl StatusSet {
    pub fn contains(self, s: Status) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn insert(&mut self, s: Status) {
        self.0 |= s.bit();
    }

    pub fn iter(self) -> impl Iterator<Item = Status> {
        Status::ALL.into_iter().filter(move |s| self.contains(*s))
    }
}

/// Disability group (I, II or III).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Disability {
    #[serde(rename = "1")]
    Group1,
    #[serde(rename = "2")]
    Group2,
    #[serde(rename = "3")]
    Group3,
}

impl Disability {
    pub fn from_group(n: u8) -> Option<Disability> {
        match n {
            1 => Some(Disability::Group1),
            2 => Some(Disability::Group2),
            3 => Some(Disability::Group3),
            _ => None,
        }
    }

    pub fn group(self) -> u8 {
        match self {
            Disability::Group1 => 1,
            Disability::Group2 => 2,
            Disability::Group3 => 3,
        }
    }
}

/// Which pension a person receives, for the exemptions that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pension {
    /// Reached retirement age (a pension by age).
    Age,
    /// Receives pension payments for long service ("по выслуге лет": former military, law
    /// enforcement and special state bodies), usually before retirement age.
    Seniority,
}

impl Pension {
    pub const ALL: [Pension; 2] = [Pension::Age, Pension::Seniority];

    /// `age` or `seniority`, as the CLI, the batch file and the API write it.
    pub fn name(self) -> &'static str {
        match self {
            Pension::Age => "age",
            Pension::Seniority => "seniority",
        }
    }

    /// The kind as the trace and the table say it.
    pub fn describe(self) -> &'static str {
        match self {
            Pension::Age => "pensioner by age",
            Pension::Seniority => "long-service (seniority) pensioner",
        }
    }

    pub fn parse(s: &str) -> Option<Pension> {
        let t = s.trim();
        Pension::ALL.into_iter().find(|p| p.name().eq_ignore_ascii_case(t))
    }
}

impl fmt::Display for Pension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A condition that exempts a person from a charge, as named in the rules data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    /// `pensioner-age` or `pensioner-seniority` (`pensioner` alone, the name before both kinds
    /// were told apart, is read as `pensioner-age`).
    Pensioner(Pension),
    /// `disability-1` … `disability-3`: a disability of the group, with or without an end date.
    Disability(Disability),
    /// `disability-1-indefinite`, `disability-2-indefinite`: the group established without an end
    /// date («бессрочно»), which is what the Social Code's OPV and OPVR exemptions require.
    DisabilityIndefinite(Disability),
}

impl Condition {
    pub const ALL: [Condition; 7] = [
        Condition::Pensioner(Pension::Age),
        Condition::Pensioner(Pension::Seniority),
        Condition::Disability(Disability::Group1),
        Condition::Disability(Disability::Group2),
        Condition::Disability(Disability::Group3),
        Condition::DisabilityIndefinite(Disability::Group1),
        Condition::DisabilityIndefinite(Disability::Group2),
    ];

    /// The old name of `pensioner-age`, still accepted in rule files.
    pub const PENSIONER_ALIAS: &'static str = "pensioner";

    pub fn name(self) -> &'static str {
        match self {
            Condition::Pensioner(Pension::Age) => "pensioner-age",
            Condition::Pensioner(Pension::Seniority) => "pensioner-seniority",
            Condition::Disability(Disability::Group1) => "disability-1",
            Condition::Disability(Disability::Group2) => "disability-2",
            Condition::Disability(Disability::Group3) => "disability-3",
            Condition::DisabilityIndefinite(Disability::Group1) => "disability-1-indefinite",
            Condition::DisabilityIndefinite(Disability::Group2) => "disability-2-indefinite",
            Condition::DisabilityIndefinite(Disability::Group3) => "disability-3-indefinite",
        }
    }

    pub fn parse(s: &str) -> Option<Condition> {
        if s == Condition::PENSIONER_ALIAS {
            return Some(Condition::Pensioner(Pension::Age));
        }
        Condition::ALL.into_iter().find(|c| c.name() == s)
    }

    /// Every accepted name, for error messages: "pensioner-age, pensioner-seniority, ...".
    pub fn names() -> String {
        Condition::ALL.map(Condition::name).join(", ")
    }

    fn bit(self) -> u8 {
        match self {
            Condition::Pensioner(Pension::Age) => 1,
            Condition::Pensioner(Pension::Seniority) => 1 << 4,
            Condition::Disability(d) => 1 << d.group(),
            // Groups 1 and 2 only (ALL has no group-3 indefinite condition): bits 5 and 6.
            Condition::DisabilityIndefinite(d) => 1 << (4 + d.group()),
        }
    }
}

/// A set of exempting conditions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ConditionSet(u8);

impl ConditionSet {
    pub fn contains(self, c: Condition) -> bool {
        self.0 & c.bit() != 0
    }

    pub fn insert(&mut self, c: Condition) {
        self.0 |= c.bit();
    }

    pub fn iter(self) -> impl Iterator<Item = Condition> {
        Condition::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}
