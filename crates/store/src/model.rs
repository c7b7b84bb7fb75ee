//! The tenant data as callers see it (exact money, dates as dates) and the inputs that create or
//! replace it. Inputs are validated here, all problems at once, before anything is written.

use crate::{Problem, StoreError};
use jiff::Timestamp;
use jiff::civil::Date;
use kzcomply_law::Money;
use utoipa::ToSchema;

/// The OpenAPI schema of an amount in tenge.
pub fn kzt_schema() -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::Number)
        .description(Some(
            "An amount in tenge: a JSON number with at most two decimals (tiyn), exact. \
             Strings such as \"145000.50\" are accepted on input.",
        ))
        .build()
}

/// A host company: the legal entity people work for (or at, when outstaffed).
#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct Company {
    pub id: String,
    pub name: String,
    /// Business identification number (12 digits).
    pub bin: Option<String>,
    /// Average annual income in MRP, for the size class (and so the fine tier).
    pub income_mrp: Option<i64>,
    /// A branch of a foreign company (local-content quotas do not apply to some).
    pub branch_of_foreign_company: bool,
    pub region: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompanyInput {
    pub name: String,
    #[serde(default)]
    pub bin: Option<String>,
    #[serde(default)]
    pub income_mrp: Option<i64>,
    #[serde(default)]
    pub branch_of_foreign_company: bool,
    #[serde(default)]
    pub region: Option<String>,
}

impl CompanyInput {
    pub(crate) fn validate(&self) -> Result<(), StoreError> {
        let mut p = Vec::new();
        if self.name.trim().is_empty() {
            p.push(Problem::field("name", "a company needs a name"));
        }
        if let Some(bin) = &self.bin
            && (bin.len() != 12 || !bin.bytes().all(|b| b.is_ascii_digit()))
        {
            p.push(Problem::field("bin", format!("a BIN is 12 digits, not {bin:?}")));
        }
        if self.income_mrp.is_some_and(|i| i < 0) {
            p.push(Problem::field("income_mrp", "cannot be negative"));
        }
        done(p)
    }
}

fn done(problems: Vec<Problem>) -> Result<(), StoreError> {
    if problems.is_empty() { Ok(()) } else { Err(StoreError::Invalid(problems)) }
}

/// A person working for (or at) a host company.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct Person {
    pub id: String,
    pub company_id: String,
    /// The person's id in the company's own records (the workforce file's `id` column).
    pub ext_id: String,
    pub full_name: String,
    pub iin: String,
    /// ISO 3166 alpha-2, upper case.
    pub citizenship: String,
    pub residence_permit: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    pub ext_id: String,
    pub full_name: String,
    pub iin: String,
    pub citizenship: String,
    #[serde(default)]
    pub residence_permit: bool,
}

impl PersonInput {
    pub(crate) fn validate(&mut self) -> Result<(), StoreError> {
        let mut p = Vec::new();
        self.citizenship = self.citizenship.trim().to_uppercase();
        if self.ext_id.trim().is_empty() {
            p.push(Problem::field("ext_id", "needs the person's id in your records"));
        }
        if self.full_name.trim().is_empty() {
            p.push(Problem::field("full_name", "needs a name"));
        }
        if self.iin.len() != 12 || !self.iin.bytes().all(|b| b.is_ascii_digit()) {
            p.push(Problem::field("iin", format!("an IIN is 12 digits, not {:?}", self.iin)));
        }
        if self.citizenship.len() != 2 || !self.citizenship.bytes().all(|b| b.is_ascii_uppercase()) {
            p.push(Problem::field("citizenship", "a two-letter ISO country code such as KZ or TR"));
        }
        done(p)
    }
}

/// An engagement: an employment contract, an outstaffing assignment or a civil-law contract.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct Contract {
    pub id: String,
    pub company_id: String,
    pub person_id: String,
    #[serde(flatten)]
    pub terms: ContractInput,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContractInput {
    #[serde(default)]
    pub number: Option<String>,
    /// `direct`, `outstaffed`, `third_party` or `contractor`.
    pub engagement: String,
    pub position: String,
    #[serde(default)]
    pub department: String,
    /// 1 = managers, 2 = deputies/heads, 3 = specialists, 4 = skilled workers (localisation groups).
    pub role_category: i32,
    #[serde(default)]
    pub job_function: Option<String>,
    #[serde(default)]
    pub place_of_work: Option<String>,
    #[serde(default)]
    pub employer_bin: Option<String>,
    #[schema(schema_with = kzt_schema)]
    pub monthly_gross: Money,
    #[serde(default)]
    #[schema(schema_with = kzt_schema)]
    pub bonus_annual: Money,
    #[serde(default)]
    #[schema(schema_with = kzt_schema)]
    pub allowances_monthly: Money,
    #[serde(default)]
    #[schema(schema_with = kzt_schema)]
    pub benefits_in_kind_monthly: Money,
    #[serde(default)]
    pub paid_leave_days: Option<i32>,
    #[schema(value_type = String, format = Date)]
    pub start_date: Date,
    /// `indefinite` or `fixed` (then `end_date`); absent = not stated.
    #[serde(default)]
    pub term: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub end_date: Option<Date>,
}

impl ContractInput {
    pub(crate) fn validate(&self) -> Result<(), StoreError> {
        let mut p = Vec::new();
        in_years(&mut p, "start_date", Some(self.start_date));
        in_years(&mut p, "end_date", self.end_date);
        if kzcomply_audit::Engagement::parse(&self.engagement).is_none() {
            p.push(Problem::field("engagement", "one of direct, outstaffed, third_party, contractor"));
        }
        if self.position.trim().is_empty() {
            p.push(Problem::field("position", "needs the position's title"));
        }
        if !(1..=4).contains(&self.role_category) {
            p.push(Problem::field("role_category", "1, 2, 3 or 4"));
        }
        match (self.term.as_deref(), self.end_date) {
            (None | Some("indefinite"), None) => {}
            (Some("fixed"), Some(end)) if end >= self.start_date => {}
            (Some("fixed"), Some(_)) => p.push(Problem::field("end_date", "before the start date")),
            (Some("fixed"), None) => p.push(Problem::field("end_date", "a fixed-term contract needs its end date")),
            (Some("indefinite") | None, Some(_)) => p.push(Problem::field("term", "an end date needs term \"fixed\"")),
            (Some(other), _) => p.push(Problem::field("term", format!("\"indefinite\" or \"fixed\", not {other:?}"))),
        }
        if self.paid_leave_days.is_some_and(|d| d < 0) {
            p.push(Problem::field("paid_leave_days", "cannot be negative"));
        }
        // Each amount, and the month's gross the payroll computes from them, is at most
        // Money::MAX_INPUT (the JSON reader and the file importer refuse more; this holds for
        // every other caller too).
        let max = kzcomply_law::Money::MAX_INPUT;
        let amounts = [
            ("monthly_gross", self.monthly_gross),
            ("bonus_annual", self.bonus_annual),
            ("allowances_monthly", self.allowances_monthly),
            ("benefits_in_kind_monthly", self.benefits_in_kind_monthly),
        ];
        for (field, m) in amounts {
            if m.is_negative() || m > max {
                p.push(Problem::field(field, format!("between 0 and {max} KZT, not {m}")));
            }
        }
        let month = kzcomply_law::Money::checked_sum([
            self.monthly_gross,
            self.allowances_monthly,
            self.benefits_in_kind_monthly,
        ]);
        if p.is_empty() && month.is_none_or(|m| m > max) {
            p.push(Problem::field(
                "monthly_gross",
                format!("monthly gross + allowances + benefits in kind is above {max} KZT, the largest month kzcomply computes"),
            ));
        }
        done(p)
    }
}

/// What happened to a person's engagement, on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Signed,
    Amended,
    Terminated,
    Reinstated,
    /// The contract was entered in ESUTD.
    EsutdRegistered,
    /// The termination was entered in ESUTD.
    EsutdTerminationRegistered,
    /// A work permit was issued (`until` = its expiry).
    PermitIssued,
    PermitExtended,
    MentorAppointed,
    /// A business trip (`until` = its last day).
    Trip,
}

impl EventKind {
    pub const ALL: [EventKind; 10] = [
        EventKind::Signed,
        EventKind::Amended,
        EventKind::Terminated,
        EventKind::Reinstated,
        EventKind::EsutdRegistered,
        EventKind::EsutdTerminationRegistered,
        EventKind::PermitIssued,
        EventKind::PermitExtended,
        EventKind::MentorAppointed,
        EventKind::Trip,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventKind::Signed => "signed",
            EventKind::Amended => "amended",
            EventKind::Terminated => "terminated",
            EventKind::Reinstated => "reinstated",
            EventKind::EsutdRegistered => "esutd_registered",
            EventKind::EsutdTerminationRegistered => "esutd_termination_registered",
            EventKind::PermitIssued => "permit_issued",
            EventKind::PermitExtended => "permit_extended",
            EventKind::MentorAppointed => "mentor_appointed",
            EventKind::Trip => "trip",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct Event {
    pub id: String,
    pub company_id: String,
    pub person_id: String,
    pub contract_id: Option<String>,
    pub kind: EventKind,
    #[schema(value_type = String, format = Date)]
    pub on_date: Date,
    #[schema(value_type = Option<String>, format = Date)]
    pub until_date: Option<Date>,
    pub note: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    pub kind: EventKind,
    #[schema(value_type = String, format = Date)]
    pub on_date: Date,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub until_date: Option<Date>,
    #[serde(default)]
    pub contract_id: Option<String>,
    #[serde(default)]
    pub note: String,
}

impl EventInput {
    pub(crate) fn validate(&self) -> Result<(), StoreError> {
        let needs_until = matches!(self.kind, EventKind::PermitIssued | EventKind::PermitExtended | EventKind::Trip);
        let mut p = Vec::new();
        in_years(&mut p, "on_date", Some(self.on_date));
        in_years(&mut p, "until_date", self.until_date);
        match self.until_date {
            None if needs_until => {
                p.push(Problem::field("until_date", format!("{} needs an end date", self.kind.name())))
            }
            Some(u) if u < self.on_date => p.push(Problem::field("until_date", "before on_date")),
            _ => {}
        }
        done(p)
    }
}

/// A date a person gave must fall in the years kzcomply reads ([`kzcomply_law::period::YEARS`]):
/// year 0000 or 9999 is a typing error (or an attack), not a contract date.
fn in_years(p: &mut Vec<Problem>, field: &str, d: Option<Date>) {
    let years = kzcomply_law::period::YEARS;
    if let Some(d) = d.filter(|d| !years.contains(&d.year())) {
        p.push(Problem::field(field, format!("{d}: the year must be between {} and {}", years.start(), years.end())));
    }
}
