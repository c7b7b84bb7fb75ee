//! The tenant data as callers see it (exact money, dates as dates) and the inputs that create or
//! replace it. Inputs are validated here, all problems at once, before anything is written.

use crate::{Problem, StoreError};
use jiff::Timestamp;
use jiff::civil::Date;
use kzcomply_i18n::Args;
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
            p.push(Problem::said("name", "api-store-company-name", Args::new()));
        }
        if let Some(bin) = &self.bin
            && (bin.len() != 12 || !bin.bytes().all(|b| b.is_ascii_digit()))
        {
            p.push(Problem::said("bin", "api-store-bin-digits", Args::new().text("value", bin.clone())));
        }
        if self.income_mrp.is_some_and(|i| i < 0) {
            p.push(Problem::said("income_mrp", "api-store-not-negative", Args::new()));
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
    /// The payroll facts (docs/payroll-run.md §2).
    pub payroll: PersonPayroll,
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
    /// The payroll facts (docs/payroll-run.md §2); absent: none stated (the defaults apply).
    #[serde(default)]
    pub payroll: PersonPayroll,
}

/// A person's payroll facts (docs/payroll-run.md §2), as the API writes them and the store keeps
/// them; the workforce file's columns of the same names. Absent or null is "not stated": the
/// payroll applies the documented default.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonPayroll {
    /// Absent: from the IIN.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub birth_date: Option<Date>,
    /// An explicit tax residency for IPN; absent: by citizenship, residence permit and `in_kz_since`.
    #[serde(default)]
    pub tax_resident: Option<bool>,
    /// The first day of presence in Kazakhstan (the 183-day test).
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub in_kz_since: Option<Date>,
    /// `age` or `seniority`; absent, null or `no`: not a pensioner.
    #[serde(default)]
    #[schema(example = "age")]
    pub pensioner: Option<String>,
    /// 1, 2 or 3.
    #[serde(default)]
    pub disability_group: Option<i32>,
    /// The disability certificate's first day (absent: open).
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub disability_from: Option<Date>,
    /// The disability certificate's last day (absent: open), not before `disability_from`.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub disability_until: Option<Date>,
    /// Whether the basic deduction is claimed at this employer (default true; a workforce file's
    /// `basic_deduction_from = no` is false).
    #[serde(default = "claimed")]
    pub basic_deduction: bool,
    /// The day from which it is claimed (absent: every month); only with `basic_deduction` true.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub basic_deduction_from: Option<Date>,
    /// Working days a week: 5 or 6 (absent: 5).
    #[serde(default)]
    pub week: Option<i32>,
    /// The timesheet's working days worked this month, 0 to 31 (absent: from hire and dismissal).
    #[serde(default)]
    pub days_worked: Option<i32>,
}

fn claimed() -> bool {
    true
}

impl Default for PersonPayroll {
    fn default() -> PersonPayroll {
        PersonPayroll {
            birth_date: None,
            tax_resident: None,
            in_kz_since: None,
            pensioner: None,
            disability_group: None,
            disability_from: None,
            disability_until: None,
            basic_deduction: true,
            basic_deduction_from: None,
            week: None,
            days_worked: None,
        }
    }
}

impl PersonPayroll {
    /// The facts of a workforce file's row.
    pub fn from_facts(f: &kzcomply_audit::PayrollFacts) -> PersonPayroll {
        use kzcomply_audit::BasicDeduction;
        PersonPayroll {
            birth_date: f.birth_date,
            tax_resident: f.tax_resident,
            in_kz_since: f.in_kz_since,
            pensioner: f.pension.map(|p| p.name().to_string()),
            disability_group: f.disability.map(|d| i32::from(d.group())),
            disability_from: f.disability_from,
            disability_until: f.disability_until,
            basic_deduction: f.basic_deduction != BasicDeduction::NotClaimed,
            basic_deduction_from: match f.basic_deduction {
                BasicDeduction::From(d) => Some(d),
                BasicDeduction::Claimed | BasicDeduction::NotClaimed => None,
            },
            week: f.week.map(|w| match w {
                kzcomply_law::Week::FiveDay => 5,
                kzcomply_law::Week::SixDay => 6,
            }),
            days_worked: f.days_worked.map(i32::from),
        }
    }

    /// The facts as the audit's `Person` and the payroll read them. A value the validation
    /// refuses (it never reaches the database) is read as not stated.
    pub fn to_facts(&self) -> kzcomply_audit::PayrollFacts {
        use kzcomply_audit::BasicDeduction;
        kzcomply_audit::PayrollFacts {
            birth_date: self.birth_date,
            tax_resident: self.tax_resident,
            in_kz_since: self.in_kz_since,
            pension: self.pensioner.as_deref().and_then(kzcomply_law::Pension::parse),
            disability: self
                .disability_group
                .and_then(|g| u8::try_from(g).ok())
                .and_then(kzcomply_law::Disability::from_group),
            disability_from: self.disability_from,
            disability_until: self.disability_until,
            basic_deduction: match (self.basic_deduction, self.basic_deduction_from) {
                (false, _) => BasicDeduction::NotClaimed,
                (true, Some(d)) => BasicDeduction::From(d),
                (true, None) => BasicDeduction::Claimed,
            },
            week: match self.week {
                Some(5) => Some(kzcomply_law::Week::FiveDay),
                Some(6) => Some(kzcomply_law::Week::SixDay),
                _ => None,
            },
            days_worked: self.days_worked.and_then(|d| u8::try_from(d).ok()).filter(|d| *d <= 31),
        }
    }

    /// Checks every fact (problems on `payroll.<field>`), writing `pensioner` as the store keeps
    /// it: `age`, `seniority`, or none for `no`.
    fn validate(&mut self, p: &mut Vec<Problem>) {
        let field = |name: &str| format!("payroll.{name}");
        for (name, d) in [
            ("birth_date", self.birth_date),
            ("in_kz_since", self.in_kz_since),
            ("disability_from", self.disability_from),
            ("disability_until", self.disability_until),
            ("basic_deduction_from", self.basic_deduction_from),
        ] {
            in_years(p, &field(name), d);
        }
        if let Some(value) = self.pensioner.take() {
            let v = value.trim().to_lowercase();
            match v.as_str() {
                "" | "no" => {}
                _ => match kzcomply_law::Pension::parse(&v) {
                    Some(pension) => self.pensioner = Some(pension.name().to_string()),
                    None => {
                        let args = Args::new().text("value", value.clone());
                        p.push(Problem::said(&field("pensioner"), "api-store-pensioner", args));
                        self.pensioner = Some(value);
                    }
                },
            }
        }
        if self.disability_group.is_some_and(|g| !(1..=3).contains(&g)) {
            p.push(Problem::said(&field("disability_group"), "api-store-disability-group", Args::new()));
        }
        if let (Some(from), Some(until)) = (self.disability_from, self.disability_until)
            && until < from
        {
            p.push(Problem::said(&field("disability_until"), "api-store-disability-until", Args::new()));
        }
        if !self.basic_deduction && self.basic_deduction_from.is_some() {
            p.push(Problem::said(&field("basic_deduction_from"), "api-store-deduction-not-claimed", Args::new()));
        }
        if self.week.is_some_and(|w| w != 5 && w != 6) {
            p.push(Problem::said(&field("week"), "api-store-week", Args::new()));
        }
        if self.days_worked.is_some_and(|d| !(0..=31).contains(&d)) {
            p.push(Problem::said(&field("days_worked"), "api-store-days-worked", Args::new()));
        }
    }
}

impl PersonInput {
    pub(crate) fn validate(&mut self) -> Result<(), StoreError> {
        let mut p = Vec::new();
        self.citizenship = self.citizenship.trim().to_uppercase();
        if self.ext_id.trim().is_empty() {
            p.push(Problem::said("ext_id", "api-store-ext-id", Args::new()));
        }
        if self.full_name.trim().is_empty() {
            p.push(Problem::said("full_name", "api-store-full-name", Args::new()));
        }
        if self.iin.len() != 12 || !self.iin.bytes().all(|b| b.is_ascii_digit()) {
            p.push(Problem::said("iin", "api-store-iin-digits", Args::new().text("value", self.iin.clone())));
        }
        if self.citizenship.len() != 2 || !self.citizenship.bytes().all(|b| b.is_ascii_uppercase()) {
            p.push(Problem::said("citizenship", "api-store-citizenship", Args::new()));
        }
        self.payroll.validate(&mut p);
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
            p.push(Problem::said("engagement", "api-store-engagement", Args::new()));
        }
        if self.position.trim().is_empty() {
            p.push(Problem::said("position", "api-store-position", Args::new()));
        }
        if !(1..=4).contains(&self.role_category) {
            p.push(Problem::said("role_category", "api-store-role-category", Args::new()));
        }
        match (self.term.as_deref(), self.end_date) {
            (None | Some("indefinite"), None) => {}
            (Some("fixed"), Some(end)) if end >= self.start_date => {}
            (Some("fixed"), Some(_)) => p.push(Problem::said("end_date", "api-store-end-before-start", Args::new())),
            (Some("fixed"), None) => p.push(Problem::said("end_date", "api-store-fixed-needs-end", Args::new())),
            (Some("indefinite") | None, Some(_)) => {
                p.push(Problem::said("term", "api-store-end-needs-fixed", Args::new()))
            }
            (Some(other), _) => {
                p.push(Problem::said("term", "api-store-term-values", Args::new().text("value", other.to_string())))
            }
        }
        if self.paid_leave_days.is_some_and(|d| d < 0) {
            p.push(Problem::said("paid_leave_days", "api-store-not-negative", Args::new()));
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
                let args = Args::new().text("max", max.to_string()).text("value", m.to_string());
                p.push(Problem::said(field, "api-store-amount-range", args));
            }
        }
        let month = kzcomply_law::Money::checked_sum([
            self.monthly_gross,
            self.allowances_monthly,
            self.benefits_in_kind_monthly,
        ]);
        if p.is_empty() && month.is_none_or(|m| m > max) {
            p.push(Problem::said(
                "monthly_gross",
                "api-store-month-too-large",
                Args::new().text("max", max.to_string()),
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
                p.push(Problem::said("until_date", "api-store-needs-until", Args::new().text("kind", self.kind.name())))
            }
            Some(u) if u < self.on_date => {
                p.push(Problem::said("until_date", "api-store-until-before-on", Args::new()))
            }
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
        let args = Args::new()
            .text("date", d.to_string())
            .text("first", years.start().to_string())
            .text("last", years.end().to_string());
        p.push(Problem::said(field, "api-store-year-range", args));
    }
}
