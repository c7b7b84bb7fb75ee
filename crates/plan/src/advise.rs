//! Engagement-model advisor: EOR, PEO or direct employment for a company's next hires, with the
//! reasons the PEO/EOR guide gives and the traps (parity, the 20-person line, quotas, permits,
//! ESUTD) that apply to this company. The decision table: docs/hiring-method.md §3.

use crate::PlanError;
use jiff::civil::Date;
use kzcomply_audit::checks::LocalisationRules;
use kzcomply_law::RuleBook;
use kzcomply_law::fines::Penalty;
use kzcomply_law::rules::Value;
use rust_decimal::Decimal;

/// What the company tells us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Situation {
    /// A Kazakh LLP, branch or other legal presence that can employ or host.
    pub has_entity: bool,
    /// People working for the company in Kazakhstan today: direct, outstaffed and contractors.
    pub headcount: u32,
    pub planned_hires: u32,
    /// How many of the planned hires are foreign nationals.
    pub foreign: u32,
    /// Whether the planned roles already exist among the company's direct staff; `None` = not said.
    pub same_role_direct_staff: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Recommendation {
    Eor,
    Peo,
    Direct,
}

/// A risk that applies to this company, why, and the law behind it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Trap {
    pub id: &'static str,
    pub message: String,
    pub basis: &'static str,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Advice {
    pub recommendation: Recommendation,
    pub reasons: Vec<String>,
    pub traps: Vec<Trap>,
    /// The usual path as the company grows.
    pub sequence: &'static str,
}

const SEQUENCE: &str =
    "EOR for the first hires → local hires on your own entity → PEO only once the internal pay structure is stable";
const BASIS_PARITY: &str = "Labour Code art. 137-1 (Law No. 386-VI of 19 Dec 2020 on personnel provision): provided workers are equalised with the receiving party's staff on pay, safety, working and rest time";
const BASIS_QUOTA: &str = "Order No. 279 of 30 Jun 2023 as amended by Order No. 93 (from 1 Sep 2025): above 20 people (outstaffed and contractors counted) ≥ 70% citizens in categories 1–2 and ≥ 90% in 3–4";
const BASIS_PERMITS: &str = "Order No. 279 of 30 Jun 2023 (permits, quota) as amended by Order No. 93; Order No. 197 of 18 Jun 2024 (mentoring)";
const BASIS_ESUTD: &str = "Order No. 353 of 3 Sep 2020 (ESUTD); CoAO art. 98 parts 1-1 and 2-1 (from 12 Mar 2026)";
const BASIS_SIZE: &str = "Entrepreneurial Code art. 24: provided workers count in the receiving party's average headcount (size class, fine tier)";

/// The advice for `s`, with the localisation limits in force on `day`.
pub fn advise(rules: &RuleBook, s: &Situation, day: Date) -> Result<Advice, PlanError> {
    if s.planned_hires == 0 {
        return Err(PlanError::input("--planned-hires", "plan at least one hire"));
    }
    if s.foreign > s.planned_hires {
        return Err(PlanError::input(
            "--foreign",
            format!("{} foreign hires is more than the {} planned hires", s.foreign, s.planned_hires),
        ));
    }
    let key = "entity_size.small.headcount";
    let small_headcount = match rules.value_on(key, day)? {
        (Value::Count(n), _) => *n,
        (other, _) => return Err(kzcomply_law::rules::wrong_type(key, day, other, "a count").into()),
    };
    let limits = Limits {
        localisation: LocalisationRules::on(rules, day)?,
        permit_duties: permit_duties(rules, day)?,
        small_headcount,
    };
    let mut reasons = Vec::new();
    let recommendation = if !s.has_entity {
        reasons.push("You have no Kazakh entity: you can be neither the employer nor the host party of outstaffed staff. An Employer of Record is a Kazakh company that becomes the legal employer: it signs the contracts, registers them in ESUTD, runs payroll and answers inspections.".to_string());
        reasons.push("EOR is the lowest-risk entry model for first hires, market tests and small teams; you define the work and pay a monthly fee.".to_string());
        reasons.push(
            "A PEO needs a host with a local presence: without an entity, outstaffing is not an option.".to_string(),
        );
        if s.headcount + s.planned_hires >= 10 {
            reasons.push(format!("With {} people in view, compare the EOR fees with running your own LLP (`kzcomply quote` shows both): direct employment has no fee.", s.headcount + s.planned_hires));
        }
        Recommendation::Eor
    } else if s.headcount == 0 {
        reasons.push("These are your entity's first hires: an EOR takes the ESUTD registration, payroll and inspections while you build the in-house capacity.".to_string());
        reasons.push("There is no internal pay structure yet, so a PEO's parity comparison with your direct staff has nothing stable to rest on.".to_string());
        reasons.push(
            "If you already run payroll and ESUTD yourself, hiring directly is just as lawful and has no fee."
                .to_string(),
        );
        Recommendation::Eor
    } else if s.same_role_direct_staff != Some(false) {
        if s.same_role_direct_staff.is_none() {
            reasons.push("You did not say whether these roles exist among your direct staff: kzcomply assumes they do (the safer reading). Give --same-role-direct-staff no if they do not.".to_string());
        }
        reasons.push("Your direct staff already do these jobs: outstaffed people in the same job must be paid no less than them, so a PEO saves nothing on pay and adds its fee.".to_string());
        reasons.push("With a PEO the liability is shared in theory but lands on the host in practice (parity, termination instructions, quota breaches): employing directly keeps one clear employer.".to_string());
        Recommendation::Direct
    } else {
        reasons.push("You have an entity and a local team, and these roles have no direct peers: a PEO can run the payroll and paperwork without a parity comparison to break.".to_string());
        reasons.push("Choose a PEO that is a Kazakh legal entity with personnel provision in its charter and registers every contract in ESUTD (`kzcomply vet`).".to_string());
        reasons.push(
            "Once the same jobs exist among your direct staff, the PEO's people may not be paid less than them."
                .to_string(),
        );
        Recommendation::Peo
    };
    let esutd = esutd_terms(rules, day)?;
    let traps = traps(s, recommendation, &limits, &esutd);
    Ok(Advice { recommendation, reasons, traps, sequence: SEQUENCE })
}

/// "within 5 working days of signing. Since … a late or incomplete record is a fine of 30–200 MRP",
/// from the ESUTD term and the CoAO art. 98 sanctions in force on `day`.
fn esutd_terms(rules: &RuleBook, day: Date) -> Result<String, PlanError> {
    let key = "deadlines.esutd.new_contract";
    let term = match kzcomply_law::deadlines::term_on(rules, key, day)? {
        (Some(t), _) => t.to_string(),
        (None, _) => return Err(PlanError::input(key, format!("no ESUTD term in force on {day}"))),
    };
    let mut amounts = Vec::new();
    for offence in ["first", "repeat"] {
        for who in ["official", "small", "medium", "large"] {
            let key = format!("fines.esutd.{offence}.{who}");
            match rules.value_on(&key, day)? {
                (Value::Sanction(rule), _) => match rule.penalty {
                    Penalty::Mrp(n) => amounts.push(n),
                    Penalty::MrpRange(a, b) => amounts.extend([a, b]),
                    Penalty::Warning => {}
                },
                (Value::NotApplicable, _) => {}
                (other, _) => return Err(kzcomply_law::rules::wrong_type(&key, day, other, "a sanction").into()),
            }
        }
    }
    let fine = match (amounts.iter().min(), amounts.iter().max()) {
        (Some(lo), Some(hi)) => {
            format!("a late or incomplete record is a fine of {lo}–{hi} MRP per case (CoAO art. 98 parts 1-1 and 2-1)")
        }
        _ => format!(
            "on {day} a late record is not yet finable under CoAO art. 98 (parts 1-1 and 2-1 apply from 12 Mar 2026)"
        ),
    };
    Ok(format!("within {term} of signing; {fine}"))
}

/// The limits the traps compare against, from the rules of the day.
struct Limits {
    localisation: LocalisationRules,
    /// The foreign-hire duties in words, with their terms.
    permit_duties: String,
    /// Entrepreneurial Code art. 24: a small business has at most this many people.
    small_headcount: u32,
}

/// "a permit within the region's quota (requested by 30 September of the year before …), a vacancy posted
/// on enbek.kz 15 calendar days before applying, …", from the rules in force on `day`.
fn permit_duties(rules: &RuleBook, day: Date) -> Result<String, PlanError> {
    use kzcomply_law::deadlines::term_on;
    let key = "deadlines.foreign_workers.quota_application.default";
    let quota = match rules.value_on(key, day)? {
        // "30 September": the day in a leap year, so 29 February would print too.
        (Value::MonthDay(md), _) => {
            md.in_year(2024).map_or_else(|| md.to_string(), |d| d.strftime("%-d %B").to_string())
        }
        (other, _) => return Err(kzcomply_law::rules::wrong_type(key, day, other, "a day of the year").into()),
    };
    let mut parts = vec![format!(
        "a permit within the region's quota (requested by {quota} of the year before, unless EAEU, resident or ICT)"
    )];
    if let (Some(t), _) = term_on(rules, "deadlines.foreign_workers.vacancy_posting", day)? {
        parts.push(format!("a vacancy posted on enbek.kz {t} before applying"));
    }
    parts.push("a C3 visa".into());
    if let (Some(t), _) = term_on(rules, "deadlines.foreign_workers.mentor_appointment", day)? {
        parts.push(format!("a mentor appointment within {t} of starting"));
    }
    parts.push("monthly reports".into());
    Ok(parts.join(", "))
}

fn traps(s: &Situation, rec: Recommendation, limits: &Limits, esutd: &str) -> Vec<Trap> {
    let mut out = Vec::new();
    let trap = |id, message: String, basis| Trap { id, message, basis };
    let host_counts = s.has_entity;
    let after = s.headcount + s.planned_hires;
    let line = limits.localisation.small_business_exemption;
    if host_counts && (rec == Recommendation::Peo || (s.headcount > 0 && s.same_role_direct_staff != Some(false))) {
        out.push(trap(
            "salary-parity",
            "Anyone outstaffed to you must get at least the total pay (salary, bonus, allowances, benefits) of your lowest-paid direct employee in the same job. The state cross-checks ESUTD and pension data, so a gap is found without a visit.".to_string(),
            BASIS_PARITY,
        ));
    }
    if host_counts && after > line {
        let crossing =
            if s.headcount <= line { format!("from {} to {after}", s.headcount) } else { format!("{after}") };
        out.push(trap(
            "headcount-threshold",
            format!("These hires take you {crossing} people, direct, outstaffed and contractors together: above {line} the localisation ratios apply to every work permit you ask for or extend."),
            BASIS_QUOTA,
        ));
    } else if host_counts && after + 2 > line {
        out.push(trap(
            "headcount-threshold",
            format!("After these hires you have {after} people; {} more of any kind (outstaffed and contractors included) cross {line}, and the localisation ratios apply.", line + 1 - after),
            BASIS_QUOTA,
        ));
    }
    if s.foreign > 0 {
        let f = Decimal::from(s.foreign);
        let needed = |p: Decimal| {
            let c = (p * f / (Decimal::from(100) - p)).ceil();
            c.to_string()
        };
        if host_counts && after > line {
            out.push(trap(
                "localisation-quota",
                format!(
                    "{} foreign hire(s) above {line} people: as specialists (categories 3–4) they need at least {} Kazakhstani citizens beside them in that group ({}%), as managers (categories 1–2) at least {} ({}%). Check with `kzcomply foreign-hire --company staff.csv`.",
                    s.foreign, needed(limits.localisation.specialists_min), limits.localisation.specialists_min, needed(limits.localisation.managers_min), limits.localisation.managers_min
                ),
                BASIS_QUOTA,
            ));
        }
        let via = if rec == Recommendation::Eor {
            " Under an EOR the permits are the EOR's: ask whether it has quota in your region and room in its own ratios."
        } else {
            ""
        };
        let duties = &limits.permit_duties;
        out.push(trap(
            "work-permits",
            format!("{} foreign hire(s): each needs {duties}.{via} Plan each with `kzcomply foreign-hire`.", s.foreign),
            BASIS_PERMITS,
        ));
    }
    if rec != Recommendation::Eor {
        let who = if rec == Recommendation::Peo { "the sending party must register" } else { "you must register" };
        out.push(trap(
            "esutd",
            format!("Every contract, amendment and termination goes into ESUTD: {who} a new contract {esutd}."),
            BASIS_ESUTD,
        ));
    }
    if host_counts && after > limits.small_headcount {
        out.push(trap(
            "size-class",
            format!("{after} people: above {} the company is no longer small (Entrepreneurial Code art. 24), and every fine moves to the medium or large tier. Outstaffed staff count.", limits.small_headcount),
            BASIS_SIZE,
        ));
    }
    out
}
