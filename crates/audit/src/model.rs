//! The workforce as the audit sees it: validated people and the host company's facts.

use jiff::civil::Date;
use kzcomply_law::calendar::Week;
use kzcomply_law::{Disability, Money, Pension};

/// How a person works for the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Engagement {
    /// The host's own employee.
    Direct,
    /// Provided by a PEO / sending party under a personnel-services contract.
    Outstaffed,
    /// Provided by another third party.
    ThirdParty,
    /// A civil-law contractor.
    Contractor,
}

impl Engagement {
    pub fn parse(s: &str) -> Option<Engagement> {
        Some(match s.trim().to_lowercase().replace(['-', ' '], "_").as_str() {
            "direct" | "штат" | "штатный" | "трудовой_договор" => Engagement::Direct,
            "outstaffed" | "outstaffing" | "аутстаффинг" | "предоставление_персонала" => {
                Engagement::Outstaffed
            }
            "third_party" | "третья_сторона" => Engagement::ThirdParty,
            "contractor" | "гпх" | "договор_гпх" | "подрядчик" => Engagement::Contractor,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Engagement::Direct => "direct",
            Engagement::Outstaffed => "outstaffed",
            Engagement::ThirdParty => "third_party",
            Engagement::Contractor => "contractor",
        }
    }
}

/// The term of an employment contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    Indefinite,
    Until(Date),
}

/// One person working for the host, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The spreadsheet row in the file (the header is row 1, so the first person is row 2), for messages.
    pub row: usize,
    pub id: String,
    pub full_name: String,
    pub iin: String,
    /// ISO 3166 alpha-2, upper case.
    pub citizenship: String,
    pub engagement: Engagement,
    pub position: String,
    pub department: String,
    pub role_category: u8,
    pub monthly_gross: Money,
    pub start_date: Date,
    pub job_function: Option<String>,
    pub employer_bin: Option<String>,
    pub bonus_annual: Money,
    pub allowances_monthly: Money,
    pub benefits_in_kind_monthly: Money,
    pub paid_leave_days: Option<u32>,
    pub contract_number: Option<String>,
    pub contract_date: Option<Date>,
    pub contract_end: Option<Term>,
    pub place_of_work: Option<String>,
    pub esutd_registered_on: Option<Date>,
    pub terminated_on: Option<Date>,
    pub esutd_termination_registered_on: Option<Date>,
    pub residence_permit: bool,
    pub work_permit_until: Option<Date>,
    pub mentor_appointed_on: Option<Date>,
    /// The payroll facts of docs/payroll-run.md §2 (the audit's own checks do not read them).
    pub payroll: PayrollFacts,
}

/// A person's payroll facts (docs/payroll-run.md §2): the optional columns a month's payroll run
/// reads. Each is what the file says; `None` is a blank cell or an absent column, and the payroll
/// applies the documented default (birth date from the IIN, residency by the rules of §2, no
/// pension, no disability, a 5-day week, the working days from hire and dismissal dates).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PayrollFacts {
    pub birth_date: Option<Date>,
    /// An explicit tax residency for IPN; `None`: decided by citizenship, residence permit and
    /// `in_kz_since`.
    pub tax_resident: Option<bool>,
    /// The first day of presence in Kazakhstan (for the 183-day residency test).
    pub in_kz_since: Option<Date>,
    /// `None`: not a pensioner (`no` or blank).
    pub pension: Option<Pension>,
    pub disability: Option<Disability>,
    /// The disability certificate's first day (`None`: open).
    pub disability_from: Option<Date>,
    /// The disability certificate's last day (`None`: open); never before `disability_from`.
    pub disability_until: Option<Date>,
    pub basic_deduction: BasicDeduction,
    /// Working days a week; `None`: not stated (5).
    pub week: Option<Week>,
    /// The timesheet's working days worked this month (0..=31); `None`: from the hire and
    /// dismissal dates.
    pub days_worked: Option<u8>,
}

/// Whether the basic (personal) deduction is claimed at this employer (`basic_deduction_from`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BasicDeduction {
    /// Blank or absent: claimed, for every month.
    #[default]
    Claimed,
    /// Claimed from this day: for a month whose last day is on or after it.
    From(Date),
    /// `no`: not claimed here.
    NotClaimed,
}

impl BasicDeduction {
    /// Whether the deduction is claimed for the month whose last day is `month_end`.
    pub fn claimed_for(self, month_end: Date) -> bool {
        match self {
            BasicDeduction::Claimed => true,
            BasicDeduction::From(d) => d <= month_end,
            BasicDeduction::NotClaimed => false,
        }
    }
}

impl Person {
    pub fn is_citizen(&self) -> bool {
        self.citizenship == "KZ"
    }

    /// Working for the host on `day`: started, and not terminated before it.
    pub fn is_active(&self, day: Date) -> bool {
        self.start_date <= day && self.terminated_on.is_none_or(|t| t >= day)
    }

    /// Total monthly pay for parity: gross + bonus / 12 + allowances + benefits in kind.
    /// Within the input limit (`Money::MAX_INPUT` each) the sum is at most 4 × 10^14 tiyn; data
    /// stored before that limit existed could exceed i64, and is then compared as the largest
    /// amount rather than wrapped to a negative one.
    pub fn total_monthly_pay(&self) -> Money {
        let bonus = Money::from_tiyn(self.bonus_annual.tiyn() / 12);
        Money::checked_sum([self.monthly_gross, bonus, self.allowances_monthly, self.benefits_in_kind_monthly])
            .unwrap_or(Money::from_tiyn(i64::MAX))
    }

    /// A foreign worker who needs a work permit: not a citizen, not a citizen of one of the
    /// `eaeu` states (`foreign_labour.eaeu_members`), no residence permit, and employed
    /// (contractors are a different question).
    pub fn needs_work_permit(&self, eaeu: &[String]) -> bool {
        !self.is_citizen()
            && !eaeu.contains(&self.citizenship)
            && !self.residence_permit
            && self.engagement != Engagement::Contractor
    }
}

/// The host company's facts.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub bin: Option<String>,
    /// Average annual income in MRP (for the size class and so the fine tier).
    #[serde(default)]
    pub income_mrp: Option<u64>,
    #[serde(default)]
    pub branch_of_foreign_company: bool,
}
