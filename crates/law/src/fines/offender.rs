//! Who is fined: the offender classes of the Code of Administrative Offences, and the fine tiers
//! they fall into.

use crate::entity_size::SizeClass;

/// The offender, as the fine articles distinguish them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Offender {
    /// An official (должностное лицо), e.g. the director or the HR officer.
    Official,
    Micro,
    Small,
    Medium,
    Large,
    NonProfit,
}

/// The columns of a fine article: micro-businesses and non-profits share the small-business tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tier {
    Official,
    Small,
    Medium,
    Large,
}

impl Tier {
    pub fn name(self) -> &'static str {
        match self {
            Tier::Official => "official",
            Tier::Small => "small",
            Tier::Medium => "medium",
            Tier::Large => "large",
        }
    }
}

impl Offender {
    pub const ALL: [Offender; 6] =
        [Offender::Official, Offender::Micro, Offender::Small, Offender::Medium, Offender::Large, Offender::NonProfit];

    pub fn name(self) -> &'static str {
        match self {
            Offender::Official => "official",
            Offender::Micro => "micro",
            Offender::Small => "small",
            Offender::Medium => "medium",
            Offender::Large => "large",
            Offender::NonProfit => "nonprofit",
        }
    }

    pub fn parse(s: &str) -> Option<Offender> {
        Offender::ALL.into_iter().find(|o| o.name() == s || (s == "non-profit" && *o == Offender::NonProfit))
    }

    pub fn tier(self) -> Tier {
        match self {
            Offender::Official => Tier::Official,
            Offender::Micro | Offender::Small | Offender::NonProfit => Tier::Small,
            Offender::Medium => Tier::Medium,
            Offender::Large => Tier::Large,
        }
    }
}

impl From<SizeClass> for Offender {
    fn from(c: SizeClass) -> Offender {
        match c {
            SizeClass::Micro => Offender::Micro,
            SizeClass::Small => Offender::Small,
            SizeClass::Medium => Offender::Medium,
            SizeClass::Large => Offender::Large,
        }
    }
}
