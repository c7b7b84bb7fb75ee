//! The foreign-hire pathway: does this person need a work permit, a quota place and a visa, and the
//! dated plan from the vacancy posting to the monthly reports and the permit's extension.
//!
//! Who needs what is decided here; the dates are in [`steps`] (the immigrant registration of
//! visa-free citizens in [`registration`]); the effect on the company's localisation ratios is in
//! [`localisation`]. The method: docs/hiring-method.md §1.

mod localisation;
mod registration;
mod steps;

pub use localisation::{GroupImpact, LocalisationImpact, localisation_impact};
pub use steps::Step;

use crate::PlanError;
use crate::text;
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, t, tr};
use kzcomply_law::calendar::Calendar;
use kzcomply_law::duration::Duration;
use kzcomply_law::foreign::{self, Category, PermitValidity};
use kzcomply_law::rules::RuleBook;

/// Statuses that exempt a foreigner from the work permit (Government Decree No. 802 of 15 Dec 2016,
/// list of persons exempt; dos-immigration.kz C3 page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exemption {
    /// Head of a branch or representative office of a foreign legal entity.
    HeadOfBranch,
    /// First head (category 1) of a company with 100% foreign participation.
    ForeignOwnedCeo,
    /// Employee of an Astana International Financial Centre participant.
    Aifc,
    /// Employee of an Astana Hub participant.
    AstanaHub,
    /// Teacher under an intergovernmental agreement.
    IntergovernmentalTeacher,
}

impl Exemption {
    pub const ALL: [Exemption; 5] = [
        Exemption::HeadOfBranch,
        Exemption::ForeignOwnedCeo,
        Exemption::Aifc,
        Exemption::AstanaHub,
        Exemption::IntergovernmentalTeacher,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Exemption::HeadOfBranch => "head-of-branch",
            Exemption::ForeignOwnedCeo => "foreign-owned-ceo",
            Exemption::Aifc => "aifc",
            Exemption::AstanaHub => "astana-hub",
            Exemption::IntergovernmentalTeacher => "intergovernmental-teacher",
        }
    }

    pub fn parse(s: &str) -> Option<Exemption> {
        Exemption::ALL.into_iter().find(|e| e.name() == s.trim())
    }

    /// Who the person is, in words: "the head of a branch or representative office …".
    pub fn describe(self, lang: Lang) -> String {
        t(lang, &format!("hire-exempt-{}", self.name()))
    }
}

/// What the user plans.
#[derive(Clone, Debug, PartialEq)]
pub struct HireRequest {
    /// ISO 3166 alpha-2, any case.
    pub citizenship: String,
    pub category: Category,
    /// The first working day.
    pub start: Date,
    pub region: String,
    /// Holds a Kazakh permanent residence permit (вид на жительство).
    pub residence_permit: bool,
    pub exempt: Option<Exemption>,
    /// Default: the start day.
    pub arrival: Option<Date>,
    /// The day both parties sign the contract. Default: the start day.
    pub signed: Option<Date>,
    /// Default: the shortest term the category allows.
    pub permit_term: Option<Duration>,
    /// Default: the permit decision's due day.
    pub permit_issued: Option<Date>,
}

/// The legal position of the person, which decides the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Position {
    Resident,
    Eaeu,
    Exempt(Exemption),
    Permit,
}

/// The permit, when one is needed.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PermitPlan {
    /// The permit's term in words ("12 months").
    pub term: String,
    #[serde(serialize_with = "kzcomply_law::json::date")]
    pub issued: Date,
    #[serde(serialize_with = "kzcomply_law::json::date")]
    pub expires: Date,
    /// The category's rule ("12 months; extended by 12 months at most 3 times").
    pub validity: String,
    /// The last day the permit can run with every extension at its longest; `None` = no limit stated.
    #[serde(serialize_with = "kzcomply_law::json::opt_date")]
    pub longest_until: Option<Date>,
    pub basis: String,
}

/// The answer.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Pathway {
    pub citizenship: String,
    pub category: Category,
    #[serde(serialize_with = "kzcomply_law::json::date")]
    pub start: Date,
    pub region: String,
    pub permit_required: bool,
    pub permit_reason: String,
    pub quota_required: bool,
    pub quota_reason: String,
    /// "C3" or "none".
    pub visa: &'static str,
    pub visa_reason: String,
    pub permit: Option<PermitPlan>,
    pub localisation: Option<LocalisationImpact>,
    /// In date order; steps without a date last.
    pub steps: Vec<Step>,
    /// What the law leaves open for this plan, in plain words.
    pub uncertainties: Vec<String>,
}

/// The pathway for `req`, on the rules in force on its start day; every text in `lang` (ids,
/// dates and the visa stay as they are).
pub fn plan(rules: &RuleBook, cal: &Calendar, req: &HireRequest, lang: Lang) -> Result<Pathway, PlanError> {
    let citizenship = req.citizenship.trim().to_uppercase();
    if citizenship.len() != 2 || !citizenship.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(PlanError::input(
            "--citizenship",
            tr(lang, "hire-error-citizenship-code", &Args::new().text("value", req.citizenship.clone())),
        ));
    }
    if citizenship == "KZ" {
        return Err(PlanError::input("--citizenship", t(lang, "hire-error-citizenship-kz")));
    }
    if req.region.trim().is_empty() {
        return Err(PlanError::input("--region", t(lang, "hire-error-region")));
    }
    let (eaeu, eaeu_src) = foreign::countries(rules, "foreign_labour.eaeu_members", req.start)?;
    let position = if req.residence_permit {
        Position::Resident
    } else if eaeu.contains(&citizenship) {
        Position::Eaeu
    } else if let Some(e) = req.exempt {
        Position::Exempt(e)
    } else {
        Position::Permit
    };
    let mut uncertainties = Vec::new();
    let (permit_required, permit_reason) = match position {
        Position::Resident => (false, t(lang, "hire-permit-resident")),
        Position::Eaeu => (
            false,
            tr(
                lang,
                "hire-permit-eaeu",
                &Args::new()
                    .text("country", citizenship.clone())
                    .text("act", text::act(lang, "foreign_labour.eaeu_members", &eaeu_src)),
            ),
        ),
        Position::Exempt(e) => (false, tr(lang, "hire-permit-exempt", &Args::new().text("status", e.describe(lang)))),
        Position::Permit => {
            (true, tr(lang, "hire-permit-needed", &Args::new().text("category", text::category(lang, req.category))))
        }
    };
    let (quota_required, quota_reason) = match position {
        Position::Permit if req.category.within_quota() => (true, t(lang, "hire-quota-needed")),
        Position::Permit => (false, t(lang, "hire-quota-ict")),
        _ => (false, t(lang, "hire-quota-none")),
    };
    let (visa, visa_reason) = visa(rules, req, &citizenship, position, &mut uncertainties, lang)?;
    let permit = match position {
        Position::Permit => Some(permit_plan(rules, cal, req, lang)?),
        _ => None,
    };
    let steps = steps::build(rules, cal, req, position, permit.as_ref(), visa, &mut uncertainties, lang)?;
    category_notes(req.category, position, &mut uncertainties, lang);
    Ok(Pathway {
        citizenship,
        category: req.category,
        start: req.start,
        region: req.region.trim().to_string(),
        permit_required,
        permit_reason,
        quota_required,
        quota_reason,
        visa,
        visa_reason,
        permit,
        localisation: None,
        steps,
        uncertainties,
    })
}

fn visa(
    rules: &RuleBook,
    req: &HireRequest,
    citizenship: &str,
    position: Position,
    uncertainties: &mut Vec<String>,
    lang: Lang,
) -> Result<(&'static str, String), PlanError> {
    Ok(match position {
        Position::Resident => ("none", t(lang, "hire-visa-resident")),
        Position::Eaeu => ("none", t(lang, "hire-visa-eaeu")),
        Position::Exempt(_) | Position::Permit => {
            let key = "foreign_labour.visa_free_cis";
            let (visa_free, src) = foreign::countries(rules, key, req.start)?;
            let country = || Args::new().text("country", citizenship.to_string());
            if visa_free.contains(&citizenship.to_string()) {
                uncertainties.push(tr(
                    lang,
                    "hire-unclear-visa-free",
                    &country().text("act", text::act(lang, key, &src)),
                ));
                ("none", tr(lang, "hire-visa-free", &country()))
            } else {
                ("C3", t(lang, "hire-visa-c3"))
            }
        }
    })
}

fn permit_plan(rules: &RuleBook, cal: &Calendar, req: &HireRequest, lang: Lang) -> Result<PermitPlan, PlanError> {
    let (validity, source) = foreign::validity(rules, req.category, req.start)?;
    let issued = match req.permit_issued {
        Some(d) => d,
        None => steps::decision_day(cal, req.start, lang)?,
    };
    let term = chosen_term(&validity, req, issued, lang)?;
    let expires = term
        .last_day_from(issued)
        .ok_or_else(|| PlanError::input("--permit-term", t(lang, "hire-error-permit-term-range")))?;
    let longest_until = longest(&validity, term, issued);
    Ok(PermitPlan {
        term: text::duration(lang, term),
        issued,
        expires,
        validity: text::validity(lang, &validity),
        longest_until,
        basis: text::source(lang, &validity_key(req.category), &source),
    })
}

/// The parameter of a category's permit terms.
fn validity_key(category: Category) -> String {
    let key = match category {
        Category::Seasonal | Category::Ict => category.name().to_string(),
        _ => format!("category_{}", category.name()),
    };
    format!("foreign_labour.permit.{key}")
}

/// The term asked for, checked against the category's choices; by default the first (shortest).
fn chosen_term(validity: &PermitValidity, req: &HireRequest, issued: Date, lang: Lang) -> Result<Duration, PlanError> {
    match req.permit_term {
        None => Ok(validity.initial[0].default_period()),
        Some(t) if validity.initial.iter().any(|c| c.allows(t, issued)) => Ok(t),
        Some(t) => Err(PlanError::input(
            "--permit-term",
            tr(
                lang,
                "hire-error-permit-term",
                &Args::new()
                    .text("term", text::duration(lang, t))
                    .text("category", text::category(lang, req.category))
                    .text("choices", text::choices(lang, &validity.initial)),
            ),
        )),
    }
}

/// The permit's end with every allowed extension at its longest.
fn longest(validity: &PermitValidity, term: Duration, issued: Date) -> Option<Date> {
    if !validity.extendable() {
        return term.last_day_from(issued);
    }
    let times = validity.max_extensions?;
    let ext = validity.extension.iter().map(|c| c.period()).max_by_key(|d| d.days_from(issued))?;
    let mut end = term.after(issued)?;
    for _ in 0..times {
        end = ext.after(end)?;
    }
    end.yesterday().ok()
}

fn category_notes(category: Category, position: Position, uncertainties: &mut Vec<String>, lang: Lang) {
    if position != Position::Permit {
        return;
    }
    let id = match category {
        Category::Four => "hire-unclear-category-4",
        Category::Seasonal => "hire-unclear-seasonal",
        Category::Ict => "hire-unclear-ict",
        _ => return,
    };
    uncertainties.push(t(lang, id));
}
