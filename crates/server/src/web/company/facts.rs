//! A person's payroll facts (docs/payroll-run.md §2) on the person's page: shown to everyone,
//! changed by an editor in a form. A refused form comes back on the page as typed, with every
//! problem in the user's language.

use super::form::form_date;
use super::{Forms, Page, T, person_page};
use crate::AppState;
use crate::auth::WebSession;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect};
use kzcomply_store::{PersonInput, PersonPayroll, Role, StoreError};

/// The facts' form, as typed (every field a text: what the user wrote is shown back as it was).
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub(super) struct FactsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    birth_date: String,
    /// "", "yes" or "no".
    #[serde(default)]
    tax_resident: String,
    #[serde(default)]
    in_kz_since: String,
    /// "no", "age" or "seniority".
    #[serde(default)]
    pensioner: String,
    /// "", "1", "2" or "3".
    #[serde(default)]
    disability_group: String,
    #[serde(default)]
    disability_from: String,
    #[serde(default)]
    disability_until: String,
    /// "yes" or "no".
    #[serde(default)]
    basic_deduction: String,
    #[serde(default)]
    basic_deduction_from: String,
    /// "", "5" or "6".
    #[serde(default)]
    week: String,
    #[serde(default)]
    days_worked: String,
}

/// One control of the form: a select when it has options, else an input.
pub(super) struct Control {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub date: bool,
    /// (value, its name, selected).
    pub options: Vec<(&'static str, String, bool)>,
}

/// The catalogue id of a fact's name (`disability_from` → "web-facts-disability-from").
pub(super) fn label(field: &str) -> Option<&'static str> {
    Some(match field {
        "birth_date" => "web-facts-birth-date",
        "tax_resident" => "web-facts-tax-resident",
        "in_kz_since" => "web-facts-in-kz-since",
        "pensioner" => "web-facts-pensioner",
        "disability_group" => "web-facts-disability-group",
        "disability_from" => "web-facts-disability-from",
        "disability_until" => "web-facts-disability-until",
        "basic_deduction" => "web-facts-basic-deduction",
        "basic_deduction_from" => "web-facts-basic-deduction-from",
        "week" => "web-facts-week",
        "days_worked" => "web-facts-days-worked",
        _ => return None,
    })
}

fn iso(d: Option<jiff::civil::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

impl FactsForm {
    /// The form filled with the stored facts.
    pub(super) fn of(f: &PersonPayroll) -> FactsForm {
        FactsForm {
            csrf: String::new(),
            birth_date: iso(f.birth_date),
            tax_resident: f.tax_resident.map(yes_no).unwrap_or_default().to_string(),
            in_kz_since: iso(f.in_kz_since),
            pensioner: f.pensioner.clone().unwrap_or_else(|| "no".into()),
            disability_group: f.disability_group.map(|g| g.to_string()).unwrap_or_default(),
            disability_from: iso(f.disability_from),
            disability_until: iso(f.disability_until),
            basic_deduction: yes_no(f.basic_deduction).to_string(),
            basic_deduction_from: iso(f.basic_deduction_from),
            week: f.week.map(|w| w.to_string()).unwrap_or_default(),
            days_worked: f.days_worked.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// The controls of the form, with what it holds.
    pub(super) fn controls(&self, t: T) -> Vec<Control> {
        let date = |name: &'static str, value: &str| Control {
            name,
            label: t.s(label(name).unwrap_or_default()),
            value: value.to_string(),
            date: true,
            options: Vec::new(),
        };
        let select = |name: &'static str, value: &str, options: &[(&'static str, String)]| Control {
            name,
            label: t.s(label(name).unwrap_or_default()),
            value: value.to_string(),
            date: false,
            options: options.iter().map(|(v, text)| (*v, text.clone(), *v == value.trim())).collect(),
        };
        let (yes, no, default) = (t.s("web-facts-yes"), t.s("web-facts-no"), t.s("web-facts-default"));
        let digit = |d: &'static str| (d, d.to_string());
        vec![
            date("birth_date", &self.birth_date),
            select(
                "tax_resident",
                &self.tax_resident,
                &[("", default.clone()), ("yes", yes.clone()), ("no", no.clone())],
            ),
            date("in_kz_since", &self.in_kz_since),
            select(
                "pensioner",
                &self.pensioner,
                &[
                    ("no", no.clone()),
                    ("age", t.s("web-facts-pensioner-age")),
                    ("seniority", t.s("web-facts-pensioner-seniority")),
                ],
            ),
            select("disability_group", &self.disability_group, &[("", no.clone()), digit("1"), digit("2"), digit("3")]),
            date("disability_from", &self.disability_from),
            date("disability_until", &self.disability_until),
            select("basic_deduction", &self.basic_deduction, &[("yes", yes), ("no", no)]),
            date("basic_deduction_from", &self.basic_deduction_from),
            select("week", &self.week, &[("", default), digit("5"), digit("6")]),
            Control {
                name: "days_worked",
                label: t.s("web-facts-days-worked"),
                value: self.days_worked.clone(),
                date: false,
                options: Vec::new(),
            },
        ]
    }

    /// The facts the form says, or every problem with it (the fact's name, what is wrong).
    fn parse(&self, t: T, problems: &mut Vec<(String, String)>) -> PersonPayroll {
        let mut date = |field: &str, s: &str| match s.trim() {
            "" => None,
            s => form_date(t, field, s, problems),
        };
        let birth_date = date("birth_date", &self.birth_date);
        let in_kz_since = date("in_kz_since", &self.in_kz_since);
        let disability_from = date("disability_from", &self.disability_from);
        let disability_until = date("disability_until", &self.disability_until);
        let basic_deduction_from = date("basic_deduction_from", &self.basic_deduction_from);
        let mut choice = |field: &str, s: &str, allowed: &[&str]| {
            let s = s.trim();
            if !allowed.contains(&s) {
                problems.push((t.s(label(field).unwrap_or_default()), t.s("web-facts-choose")));
            }
            s.to_string()
        };
        let tax_resident = match choice("tax_resident", &self.tax_resident, &["", "yes", "no"]).as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        let pensioner = choice("pensioner", &self.pensioner, &["", "no", "age", "seniority"]);
        let disability_group = choice("disability_group", &self.disability_group, &["", "1", "2", "3"]).parse().ok();
        let basic_deduction = choice("basic_deduction", &self.basic_deduction, &["yes", "no"]) != "no";
        let week = choice("week", &self.week, &["", "5", "6"]).parse().ok();
        let days_worked = match self.days_worked.trim() {
            "" => None,
            d => match d.parse::<i32>() {
                Ok(d) if (0..=31).contains(&d) => Some(d),
                _ => {
                    problems.push((t.s("web-facts-days-worked"), t.s("web-facts-whole-number")));
                    None
                }
            },
        };
        PersonPayroll {
            birth_date,
            tax_resident,
            in_kz_since,
            pensioner: Some(pensioner).filter(|p| !p.is_empty() && p != "no"),
            disability_group,
            disability_from,
            disability_until,
            basic_deduction,
            basic_deduction_from,
            week,
            days_worked,
        }
    }
}

/// The facts as the page shows them: (name, value), each in the user's words.
pub(super) fn rows(t: T, f: &PersonPayroll) -> Vec<(String, String)> {
    let default = || t.s("web-facts-default");
    let date_or = |d: Option<jiff::civil::Date>, none: String| d.map(|d| t.date(d)).unwrap_or(none);
    let yes_no = |b: bool| t.s(if b { "web-facts-yes" } else { "web-facts-no" });
    let pensioner = match f.pensioner.as_deref().and_then(kzcomply_law::Pension::parse) {
        Some(kzcomply_law::Pension::Age) => t.s("web-facts-pensioner-age"),
        Some(kzcomply_law::Pension::Seniority) => t.s("web-facts-pensioner-seniority"),
        None => t.s("web-facts-no"),
    };
    let row = |field: &str, value: String| (t.s(label(field).unwrap_or_default()), value);
    vec![
        row("birth_date", date_or(f.birth_date, default())),
        row("tax_resident", f.tax_resident.map(yes_no).unwrap_or_else(default)),
        row("in_kz_since", date_or(f.in_kz_since, "—".into())),
        row("pensioner", pensioner),
        row("disability_group", f.disability_group.map(|g| g.to_string()).unwrap_or_else(|| t.s("web-facts-no"))),
        row("disability_from", date_or(f.disability_from, "—".into())),
        row("disability_until", date_or(f.disability_until, "—".into())),
        row("basic_deduction", yes_no(f.basic_deduction)),
        row(
            "basic_deduction_from",
            date_or(f.basic_deduction_from, if f.basic_deduction { default() } else { "—".into() }),
        ),
        row("week", f.week.map(|w| w.to_string()).unwrap_or_else(default)),
        row("days_worked", f.days_worked.map(|d| d.to_string()).unwrap_or_else(default)),
    ]
}

/// Saves the facts; a refused form comes back on the person's page as typed, with every problem.
pub(super) async fn save_facts(
    State(s): State<AppState>,
    session: WebSession,
    Path(id): Path<String>,
    Form(f): Form<FactsForm>,
) -> Page {
    session.check_csrf(&f.csrf)?;
    let scope = &session.0.scope;
    scope.require(Role::Editor)?;
    let t = T::new(&session.0.user.lang);
    let mut problems = Vec::new();
    let payroll = f.parse(t, &mut problems);
    let refused = |problems| Forms { facts: Some(f.clone()), facts_problems: problems, ..Forms::default() };
    if !problems.is_empty() {
        return person_page(&s, &session, &id, refused(problems)).await;
    }
    let old = s.store.person(scope, &id).await?;
    let input = PersonInput {
        ext_id: old.ext_id,
        full_name: old.full_name,
        iin: old.iin,
        citizenship: old.citizenship,
        residence_permit: old.residence_permit,
        payroll,
    };
    match s.store.update_person(scope, &id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/people/{id}")).into_response()),
        Err(StoreError::Invalid(ps)) => {
            let problems = ps
                .into_iter()
                .map(|p| {
                    let field = p.field.strip_prefix("payroll.").unwrap_or(&p.field);
                    let name = label(field).map_or_else(|| field.to_string(), |id| t.s(id));
                    // The store's words name the API's fields; the form's name them as it labels them.
                    let message = match p.said.as_ref().map(|s| s.id) {
                        Some("api-store-disability-until") => t.s("web-facts-until-before-from"),
                        Some("api-store-deduction-not-claimed") => t.s("web-facts-from-not-claimed"),
                        _ => p.text(t.0),
                    };
                    (name, message)
                })
                .collect();
            person_page(&s, &session, &id, refused(problems)).await
        }
        Err(e) => Err(e.into()),
    }
}
