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
use jiff::civil::Date;
use kzcomply_law::calendar::Calendar;
use kzcomply_law::duration::{Duration, describe_choices};
use kzcomply_law::foreign::{self, Category, PermitValidity};
use kzcomply_law::rules::{Confidence, RuleBook, Source};

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

    fn describe(self) -> &'static str {
        match self {
            Exemption::HeadOfBranch => "the head of a branch or representative office of a foreign legal entity",
            Exemption::ForeignOwnedCeo => "the first head of a company with 100% foreign participation",
            Exemption::Aifc => "an employee of an Astana International Financial Centre participant",
            Exemption::AstanaHub => "an employee of an Astana Hub participant",
            Exemption::IntergovernmentalTeacher => "a teacher under an intergovernmental agreement",
        }
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

const C5_NOTE: &str =
    "C5 is the business-immigrant visa (founding or running a business): it does not allow employment.";

/// The pathway for `req`, on the rules in force on its start day.
pub fn plan(rules: &RuleBook, cal: &Calendar, req: &HireRequest) -> Result<Pathway, PlanError> {
    let citizenship = req.citizenship.trim().to_uppercase();
    if citizenship.len() != 2 || !citizenship.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(PlanError::input(
            "--citizenship",
            format!("`{}` is not an ISO 3166 two-letter country code (e.g. IN, RU, DE)", req.citizenship),
        ));
    }
    if citizenship == "KZ" {
        return Err(PlanError::input(
            "--citizenship",
            "KZ is Kazakhstan: a citizen needs no permit, quota or visa (only the ESUTD registration of the contract)",
        ));
    }
    if req.region.trim().is_empty() {
        return Err(PlanError::input("--region", "name the region (oblast or city) where the person will work"));
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
        Position::Resident => {
            (false, "A holder of a Kazakh permanent residence permit works without a work permit.".to_string())
        }
        Position::Eaeu => (
            false,
            format!(
                "{citizenship} is a member of the Eurasian Economic Union: its citizens work in Kazakhstan without a permit and outside the quota ({}).",
                eaeu_src.act
            ),
        ),
        Position::Exempt(e) => (
            false,
            format!(
                "As {} the person is on the list of persons exempt from the work permit (Government Decree No. 802 of 15 Dec 2016; confidence medium): a C3 visa is issued without a permit.",
                e.describe()
            ),
        ),
        Position::Permit => (
            true,
            format!(
                "A foreign national without an exempt status needs the employer's permit to attract foreign labour for {} (Order No. 279 of 30 Jun 2023).",
                req.category
            ),
        ),
    };
    let (quota_required, quota_reason) = match position {
        Position::Permit if req.category.within_quota() => (
            true,
            "The permit is issued within the region's annual quota: the employer must have asked for quota places for this region and year."
                .to_string(),
        ),
        Position::Permit => (
            false,
            "An intra-corporate transfer is outside the quota and free of the state fee, but still needs a permit."
                .to_string(),
        ),
        _ => (false, "No permit, so no quota place.".to_string()),
    };
    let (visa, visa_reason) = visa(rules, req, &citizenship, position, &mut uncertainties)?;
    let permit = match position {
        Position::Permit => Some(permit_plan(rules, cal, req)?),
        _ => None,
    };
    let steps = steps::build(rules, cal, req, position, permit.as_ref(), visa, &mut uncertainties)?;
    category_notes(req.category, position, &mut uncertainties);
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
) -> Result<(&'static str, String), PlanError> {
    Ok(match position {
        Position::Resident => ("none", format!("A permanent resident needs no visa. {C5_NOTE}")),
        Position::Eaeu => ("none", format!("EAEU citizens enter without a visa. {C5_NOTE}")),
        Position::Exempt(_) | Position::Permit => {
            let (visa_free, src) = foreign::countries(rules, "foreign_labour.visa_free_cis", req.start)?;
            if visa_free.contains(&citizenship.to_string()) {
                uncertainties.push(format!(
                    "Visa: {citizenship} is on kzcomply's list of visa-free CIS states ({}; confidence low): check the current regime with the consulate.",
                    src.act
                ));
                (
                    "none",
                    format!(
                        "{citizenship} citizens enter Kazakhstan without a visa; the work permit is still needed. {C5_NOTE}"
                    ),
                )
            } else {
                (
                    "C3",
                    format!(
                        "C3 is the work visa, issued on the basis of the permit (or of the exempt status), single-entry up to 90 days or multiple-entry for the permit's term. {C5_NOTE}"
                    ),
                )
            }
        }
    })
}

fn permit_plan(rules: &RuleBook, cal: &Calendar, req: &HireRequest) -> Result<PermitPlan, PlanError> {
    let (validity, source) = foreign::validity(rules, req.category, req.start)?;
    let issued = match req.permit_issued {
        Some(d) => d,
        None => steps::decision_day(cal, req.start)?,
    };
    let term = chosen_term(&validity, req, issued)?;
    let expires =
        term.last_day_from(issued).ok_or_else(|| PlanError::input("--permit-term", "the term runs past year 9999"))?;
    let longest_until = longest(&validity, term, issued);
    Ok(PermitPlan {
        term: term.to_string(),
        issued,
        expires,
        validity: validity.to_string(),
        longest_until,
        basis: source_text(&source),
    })
}

/// The term asked for, checked against the category's choices; by default the first (shortest).
fn chosen_term(validity: &PermitValidity, req: &HireRequest, issued: Date) -> Result<Duration, PlanError> {
    match req.permit_term {
        None => Ok(validity.initial[0].default_period()),
        Some(t) if validity.initial.iter().any(|c| c.allows(t, issued)) => Ok(t),
        Some(t) => Err(PlanError::input(
            "--permit-term",
            format!("{t} is not allowed for {}: the permit runs {}", req.category, describe_choices(&validity.initial)),
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

fn category_notes(category: Category, position: Position, uncertainties: &mut Vec<String>) {
    if position != Position::Permit {
        return;
    }
    match category {
        Category::Four => uncertainties.push(
            "Category 4: the permit cannot be extended, and the employer takes on obligations to replace foreign skilled workers with citizens (Order No. 279); a permit is refused for 12 months if they are not met.".into(),
        ),
        Category::Seasonal => uncertainties.push(
            "Seasonal permits are issued only for professions on the seasonal-work list under the Employment law; check the profession is on it.".into(),
        ),
        Category::Ict => uncertainties.push(
            "ICT: Order No. 197 names foreign workers of categories 1-4 as mentors; whether an ICT transferee must mentor is not stated, so no mentoring step is planned. ICT transferees may be at most 50% of the Kazakhstani staff of the same category (confidence medium). Order No. 93 makes ESUTD registration of ICT contracts mandatory, while older practice needs no Kazakh employment contract for a transferee.".into(),
        ),
        _ => {}
    }
}

/// "Order No. 279 … (confidence low: note)".
fn source_text(s: &Source) -> String {
    match (s.confidence, &s.note) {
        (Some(Confidence::Low), Some(note)) => format!("{} (confidence low: {note})", s.act),
        (Some(Confidence::Low), None) => format!("{} (confidence low)", s.act),
        _ => s.act.clone(),
    }
}
