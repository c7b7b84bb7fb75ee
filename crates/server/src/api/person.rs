//! A person as the API reads and writes it: the store's person, with the payroll facts
//! (docs/payroll-run.md §2) as top-level fields of the person — the workforce file's columns of the
//! same names — and, as before, in the nested `payroll` object.
//!
//! In a request either or both may be given; a fact given in both must say the same thing (a 422
//! naming the top-level field otherwise). A problem with a fact names the field the caller wrote:
//! `pensioner` for the top-level field, `payroll.pensioner` for the nested one. An answer carries
//! both.

use crate::error::AppError;
use jiff::Timestamp;
use jiff::civil::Date;
use kzcomply_i18n::Args;
use kzcomply_store::{PersonPayroll, Problem, StoreError};
use serde::de::{Deserializer, Error as _, Unexpected};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What the date parser says it expects (see `plain_type` in [`crate::error`]).
pub(crate) const EXPECTED_DATE: &str = "a date (YYYY-MM-DD)";
/// What `basic_deduction_from` expects.
pub(crate) const EXPECTED_DATE_OR_NO: &str = "a date (YYYY-MM-DD) or \"no\"";

/// A fact of a request: absent (`None`), null (`Some(None)`) or a value.
type Stated<T> = Option<Option<T>>;

/// Null or a value, as a stated fact (absent is the field's `default`).
fn stated<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Stated<T>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// A value (null refused), as present.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

fn date<E: serde::de::Error>(s: &str) -> Result<Date, E> {
    s.parse::<Date>().map_err(|_| E::invalid_value(Unexpected::Str(s), &EXPECTED_DATE))
}

/// Null or a date, in our words when it is not one (not the date library's).
fn stated_date<'de, D: Deserializer<'de>>(d: D) -> Result<Stated<Date>, D::Error> {
    Option::<String>::deserialize(d)?.map(|s| date(&s)).transpose().map(Some)
}

/// How the basic deduction is claimed: `basic_deduction_from` as the workforce file writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Deduction {
    /// "no": not claimed at this employer.
    NotClaimed,
    /// Claimed from this day.
    From(Date),
}

/// Null (claimed every month), "no" or a date.
fn stated_deduction<'de, D: Deserializer<'de>>(d: D) -> Result<Stated<Deduction>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(Some(None)),
        Some(s) if s == "no" => Ok(Some(Some(Deduction::NotClaimed))),
        Some(s) => s
            .parse::<Date>()
            .map(|d| Some(Some(Deduction::From(d))))
            .map_err(|_| D::Error::invalid_value(Unexpected::Str(&s), &EXPECTED_DATE_OR_NO)),
    }
}

/// The nested `payroll` object of a request, each fact absent, null or a value (its schema:
/// `PersonPayroll`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NestedFacts {
    #[serde(default, deserialize_with = "stated_date")]
    birth_date: Stated<Date>,
    #[serde(default, deserialize_with = "stated")]
    tax_resident: Stated<bool>,
    #[serde(default, deserialize_with = "stated_date")]
    in_kz_since: Stated<Date>,
    #[serde(default, deserialize_with = "stated")]
    pensioner: Stated<String>,
    #[serde(default, deserialize_with = "stated")]
    disability_group: Stated<i32>,
    #[serde(default, deserialize_with = "stated_date")]
    disability_from: Stated<Date>,
    #[serde(default, deserialize_with = "stated_date")]
    disability_until: Stated<Date>,
    #[serde(default, deserialize_with = "present")]
    basic_deduction: Option<bool>,
    #[serde(default, deserialize_with = "stated_date")]
    basic_deduction_from: Stated<Date>,
    #[serde(default, deserialize_with = "stated")]
    week: Stated<i32>,
    #[serde(default, deserialize_with = "stated")]
    days_worked: Stated<i32>,
}

/// A person to create or to replace with. The payroll facts (docs/payroll-run.md §2) are fields of
/// the person, or (as before) in `payroll`, or both — then they must agree. Absent or null: not
/// stated (the payroll applies the documented default).
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    pub ext_id: String,
    pub full_name: String,
    pub iin: String,
    pub citizenship: String,
    #[serde(default)]
    pub residence_permit: bool,
    /// The payroll facts as a nested object (the same facts as the top-level fields).
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = kzcomply_store::PersonPayroll)]
    payroll: Option<NestedFacts>,
    /// Absent: from the IIN.
    #[serde(default, deserialize_with = "stated_date")]
    #[schema(value_type = Option<String>, format = Date)]
    birth_date: Stated<Date>,
    /// An explicit tax residency for IPN; absent: by citizenship, residence permit and `in_kz_since`.
    #[serde(default, deserialize_with = "stated")]
    #[schema(value_type = Option<bool>)]
    tax_resident: Stated<bool>,
    /// The first day of presence in Kazakhstan (the 183-day test).
    #[serde(default, deserialize_with = "stated_date")]
    #[schema(value_type = Option<String>, format = Date)]
    in_kz_since: Stated<Date>,
    /// `no`, `age` or `seniority`; absent or null: not a pensioner.
    #[serde(default, deserialize_with = "stated")]
    #[schema(value_type = Option<String>, example = "age")]
    pensioner: Stated<String>,
    /// 1, 2 or 3; absent or null: none.
    #[serde(default, deserialize_with = "stated")]
    #[schema(value_type = Option<i32>)]
    disability_group: Stated<i32>,
    /// The disability certificate's first day (absent: open).
    #[serde(default, deserialize_with = "stated_date")]
    #[schema(value_type = Option<String>, format = Date)]
    disability_from: Stated<Date>,
    /// The disability certificate's last day (absent: open), not before `disability_from`.
    #[serde(default, deserialize_with = "stated_date")]
    #[schema(value_type = Option<String>, format = Date)]
    disability_until: Stated<Date>,
    /// The day from which the basic deduction is claimed at this employer, or `no`: not claimed
    /// (`payroll.basic_deduction` false); absent or null: claimed every month.
    #[serde(default, deserialize_with = "stated_deduction")]
    #[schema(value_type = Option<String>, example = "2026-04-01")]
    basic_deduction_from: Stated<Deduction>,
    /// Working days a week: 5 or 6 (absent: 5).
    #[serde(default, deserialize_with = "stated")]
    #[schema(value_type = Option<i32>)]
    week: Stated<i32>,
    /// The timesheet's working days worked this month, 0 to 31 (absent: from hire and dismissal).
    #[serde(default, deserialize_with = "stated")]
    #[schema(value_type = Option<i32>)]
    days_worked: Stated<i32>,
}

/// The facts given as top-level fields, to name them in the store's problems.
#[derive(Clone, Debug, Default)]
pub struct TopLevel(Vec<&'static str>);

impl TopLevel {
    /// The store's refusal with each problem of a fact given at the top level on its own field
    /// (`pensioner`, not `payroll.pensioner`).
    pub fn name(&self, e: StoreError) -> AppError {
        match e {
            StoreError::Invalid(problems) => StoreError::Invalid(
                problems
                    .into_iter()
                    .map(|p| match p.field.strip_prefix("payroll.") {
                        Some(f) if self.0.contains(&f) => Problem { field: f.to_string(), ..p },
                        _ => p,
                    })
                    .collect(),
            )
            .into(),
            e => e.into(),
        }
    }
}

/// A pensioner value as the store keeps it, to compare: none for absent, null, blank or `no`.
fn pension_key(v: &Option<String>) -> Option<String> {
    let v = v.as_deref().map(|v| v.trim().to_lowercase());
    v.filter(|v| !v.is_empty() && v != "no")
}

/// One fact from the top-level field and the nested one: the top-level when given, the nested
/// otherwise; given in both, they must be `same`.
struct Merge {
    top: TopLevel,
    disagree: Vec<Problem>,
}

impl Merge {
    fn fact<T>(
        &mut self,
        name: &'static str,
        top: Stated<T>,
        nested: Stated<T>,
        same: impl Fn(&Option<T>, &Option<T>) -> bool,
    ) -> Option<T> {
        match (top, nested) {
            (None, n) => n.flatten(),
            (Some(t), n) => {
                self.top.0.push(name);
                if n.is_some_and(|n| !same(&t, &n)) {
                    let args = Args::new().text("field", name);
                    self.disagree.push(Problem::said(name, "api-person-facts-disagree", args));
                }
                t
            }
        }
    }
}

impl PersonInput {
    /// The store's input, and which facts were given at the top level; a fact given in both places
    /// with different values is a 422 naming it.
    pub fn into_store(self) -> Result<(kzcomply_store::PersonInput, TopLevel), AppError> {
        let n = self.payroll.unwrap_or_default();
        let mut m = Merge { top: TopLevel::default(), disagree: Vec::new() };
        let birth_date = m.fact("birth_date", self.birth_date, n.birth_date, |a, b| a == b);
        let tax_resident = m.fact("tax_resident", self.tax_resident, n.tax_resident, |a, b| a == b);
        let in_kz_since = m.fact("in_kz_since", self.in_kz_since, n.in_kz_since, |a, b| a == b);
        // `no`, blank and null say the same: not a pensioner.
        let pensioner = m.fact("pensioner", self.pensioner, n.pensioner, |a, b| pension_key(a) == pension_key(b));
        let disability_group = m.fact("disability_group", self.disability_group, n.disability_group, |a, b| a == b);
        let disability_from = m.fact("disability_from", self.disability_from, n.disability_from, |a, b| a == b);
        let disability_until = m.fact("disability_until", self.disability_until, n.disability_until, |a, b| a == b);
        // The nested pair (claimed, from) against the top-level field, which says both.
        let nested_deduction = match (n.basic_deduction, n.basic_deduction_from) {
            (None, None) => None,
            (claimed, from) => Some(Some((claimed.unwrap_or(true), from.flatten()))),
        };
        let top_deduction = self.basic_deduction_from.map(|d| {
            Some(match d {
                None => (true, None),
                Some(Deduction::NotClaimed) => (false, None),
                Some(Deduction::From(d)) => (true, Some(d)),
            })
        });
        let (basic_deduction, basic_deduction_from) =
            m.fact("basic_deduction_from", top_deduction, nested_deduction, |a, b| a == b).unwrap_or((true, None));
        let week = m.fact("week", self.week, n.week, |a, b| a == b);
        let days_worked = m.fact("days_worked", self.days_worked, n.days_worked, |a, b| a == b);
        if !m.disagree.is_empty() {
            return Err(StoreError::Invalid(m.disagree).into());
        }
        let payroll = PersonPayroll {
            birth_date,
            tax_resident,
            in_kz_since,
            pensioner,
            disability_group,
            disability_from,
            disability_until,
            basic_deduction,
            basic_deduction_from,
            week,
            days_worked,
        };
        let input = kzcomply_store::PersonInput {
            ext_id: self.ext_id,
            full_name: self.full_name,
            iin: self.iin,
            citizenship: self.citizenship,
            residence_permit: self.residence_permit,
            payroll,
        };
        Ok((input, m.top))
    }
}

/// Whether a person is a pensioner, at the top level of a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Pensioner {
    No,
    Age,
    Seniority,
}

/// A person working for (or at) a host company, with the payroll facts (docs/payroll-run.md §2)
/// both as top-level fields and in `payroll`.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
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
    /// The payroll facts as a nested object (the same facts as the top-level fields).
    pub payroll: PersonPayroll,
    /// Null: from the IIN.
    #[schema(value_type = Option<String>, format = Date)]
    pub birth_date: Option<Date>,
    /// An explicit tax residency for IPN; null: by citizenship, residence permit and `in_kz_since`.
    pub tax_resident: Option<bool>,
    /// The first day of presence in Kazakhstan (the 183-day test).
    #[schema(value_type = Option<String>, format = Date)]
    pub in_kz_since: Option<Date>,
    #[schema(inline)]
    pub pensioner: Pensioner,
    /// 1, 2 or 3; null: none.
    pub disability_group: Option<i32>,
    /// The disability certificate's first day (null: open).
    #[schema(value_type = Option<String>, format = Date)]
    pub disability_from: Option<Date>,
    /// The disability certificate's last day (null: open).
    #[schema(value_type = Option<String>, format = Date)]
    pub disability_until: Option<Date>,
    /// The day (`YYYY-MM-DD`) from which the basic deduction is claimed at this employer; `no`: not
    /// claimed; null: claimed every month.
    #[schema(example = "2026-04-01")]
    pub basic_deduction_from: Option<String>,
    /// Working days a week: 5 or 6 (null: 5).
    pub week: Option<i32>,
    /// The timesheet's working days worked this month (null: from hire and dismissal).
    pub days_worked: Option<i32>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

impl From<kzcomply_store::Person> for Person {
    fn from(p: kzcomply_store::Person) -> Person {
        let f = p.payroll.clone();
        Person {
            id: p.id,
            company_id: p.company_id,
            ext_id: p.ext_id,
            full_name: p.full_name,
            iin: p.iin,
            citizenship: p.citizenship,
            residence_permit: p.residence_permit,
            birth_date: f.birth_date,
            tax_resident: f.tax_resident,
            in_kz_since: f.in_kz_since,
            pensioner: match f.pensioner.as_deref().and_then(kzcomply_law::Pension::parse) {
                Some(kzcomply_law::Pension::Age) => Pensioner::Age,
                Some(kzcomply_law::Pension::Seniority) => Pensioner::Seniority,
                None => Pensioner::No,
            },
            disability_group: f.disability_group,
            disability_from: f.disability_from,
            disability_until: f.disability_until,
            basic_deduction_from: match (f.basic_deduction, f.basic_deduction_from) {
                (false, _) => Some("no".to_string()),
                (true, d) => d.map(|d| d.to_string()),
            },
            week: f.week,
            days_worked: f.days_worked,
            payroll: p.payroll,
            created_at: p.created_at,
        }
    }
}
