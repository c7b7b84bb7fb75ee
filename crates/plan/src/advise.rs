//! Engagement-model advisor: EOR, PEO or direct employment for a company's next hires, with the
//! reasons the PEO/EOR guide gives and the traps (parity, the 20-person line, quotas, permits,
//! ESUTD) that apply to this company. The decision table: docs/hiring-method.md §3.

use crate::PlanError;
use crate::text;
use jiff::civil::Date;
use kzcomply_audit::checks::LocalisationRules;
use kzcomply_i18n::{Args, Lang, t, tr};
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
    /// A stable id: "salary-parity", "headcount-threshold", …
    pub id: &'static str,
    pub message: String,
    pub basis: String,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Advice {
    pub recommendation: Recommendation,
    pub reasons: Vec<String>,
    pub traps: Vec<Trap>,
    /// The usual path as the company grows.
    pub sequence: String,
}

/// The advice for `s`, with the localisation limits in force on `day`; the texts in `lang`.
pub fn advise(rules: &RuleBook, s: &Situation, day: Date, lang: Lang) -> Result<Advice, PlanError> {
    if s.planned_hires == 0 {
        return Err(PlanError::input("--planned-hires", t(lang, "advise-error-no-hires")));
    }
    if s.foreign > s.planned_hires {
        return Err(PlanError::input(
            "--foreign",
            tr(
                lang,
                "advise-error-foreign",
                &Args::new().num("foreign", i64::from(s.foreign)).num("planned", i64::from(s.planned_hires)),
            ),
        ));
    }
    let key = "entity_size.small.headcount";
    let small_headcount = match rules.value_on(key, day)? {
        (Value::Count(n), _) => *n,
        (other, _) => return Err(kzcomply_law::rules::wrong_type(key, day, other, "a count").into()),
    };
    let limits = Limits {
        localisation: LocalisationRules::on(rules, day)?,
        permit_duties: permit_duties(rules, day, lang)?,
        small_headcount,
    };
    let reason = |id: &str| t(lang, id);
    let mut reasons = Vec::new();
    let recommendation = if !s.has_entity {
        reasons.push(reason("advise-reason-no-entity"));
        reasons.push(reason("advise-reason-eor-entry"));
        reasons.push(reason("advise-reason-peo-needs-host"));
        if s.headcount + s.planned_hires >= 10 {
            let people = i64::from(s.headcount + s.planned_hires);
            reasons.push(tr(lang, "advise-reason-compare-llp", &Args::new().num("people", people)));
        }
        Recommendation::Eor
    } else if s.headcount == 0 {
        reasons.push(reason("advise-reason-first-hires"));
        reasons.push(reason("advise-reason-no-pay-structure"));
        reasons.push(reason("advise-reason-direct-lawful"));
        Recommendation::Eor
    } else if s.same_role_direct_staff != Some(false) {
        if s.same_role_direct_staff.is_none() {
            reasons.push(reason("advise-reason-roles-assumed"));
        }
        reasons.push(reason("advise-reason-same-jobs"));
        reasons.push(reason("advise-reason-one-employer"));
        Recommendation::Direct
    } else {
        reasons.push(reason("advise-reason-new-roles"));
        reasons.push(reason("advise-reason-choose-peo"));
        reasons.push(reason("advise-reason-parity-later"));
        Recommendation::Peo
    };
    let esutd = esutd_terms(rules, day, lang)?;
    let traps = traps(s, recommendation, &limits, &esutd, lang);
    Ok(Advice { recommendation, reasons, traps, sequence: t(lang, "advise-sequence") })
}

/// "within 5 working days of signing. Since … a late or incomplete record is a fine of 30–200 MRP",
/// from the ESUTD term and the CoAO art. 98 sanctions in force on `day`.
fn esutd_terms(rules: &RuleBook, day: Date, lang: Lang) -> Result<String, PlanError> {
    let key = "deadlines.esutd.new_contract";
    let term = match kzcomply_law::deadlines::term_on(rules, key, day)? {
        (Some(t), _) => text::term(lang, t),
        (None, _) => {
            return Err(PlanError::input(key, tr(lang, "advise-error-no-esutd-term", &Args::new().date("day", day))));
        }
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
            tr(lang, "advise-esutd-fine", &Args::new().text("low", lo.to_string()).text("high", hi.to_string()))
        }
        _ => tr(lang, "advise-esutd-not-finable", &Args::new().date("day", day)),
    };
    Ok(tr(lang, "advise-esutd-terms", &Args::new().text("term", term).text("fine", fine)))
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
fn permit_duties(rules: &RuleBook, day: Date, lang: Lang) -> Result<String, PlanError> {
    use kzcomply_law::deadlines::term_on;
    let key = "deadlines.foreign_workers.quota_application.default";
    let quota = match rules.value_on(key, day)? {
        (Value::MonthDay(md), _) => text::month_day(lang, *md),
        (other, _) => return Err(kzcomply_law::rules::wrong_type(key, day, other, "a day of the year").into()),
    };
    let mut parts = vec![tr(lang, "advise-duty-quota", &Args::new().text("day", quota))];
    if let (Some(t), _) = term_on(rules, "deadlines.foreign_workers.vacancy_posting", day)? {
        parts.push(tr(lang, "advise-duty-vacancy", &Args::new().text("term", text::term(lang, t))));
    }
    parts.push(t(lang, "advise-duty-visa"));
    if let (Some(m), _) = term_on(rules, "deadlines.foreign_workers.mentor_appointment", day)? {
        parts.push(tr(lang, "advise-duty-mentor", &Args::new().text("term", text::term(lang, m))));
    }
    parts.push(t(lang, "advise-duty-reports"));
    Ok(parts.join(", "))
}

fn traps(s: &Situation, rec: Recommendation, limits: &Limits, esutd: &str, lang: Lang) -> Vec<Trap> {
    let mut out = Vec::new();
    let trap = |id, message: String, basis: &str| Trap { id, message, basis: t(lang, basis) };
    let host_counts = s.has_entity;
    let after = s.headcount + s.planned_hires;
    let line = limits.localisation.small_business_exemption;
    let num = |n: u32| i64::from(n);
    if host_counts && (rec == Recommendation::Peo || (s.headcount > 0 && s.same_role_direct_staff != Some(false))) {
        out.push(trap("salary-parity", t(lang, "advise-trap-salary-parity"), "advise-basis-parity"));
    }
    if host_counts && after > line {
        let args = Args::new().num("before", num(s.headcount)).num("after", num(after)).num("line", num(line));
        let id = if s.headcount <= line { "advise-trap-headcount-crossing" } else { "advise-trap-headcount-above" };
        out.push(trap("headcount-threshold", tr(lang, id, &args), "advise-basis-quota"));
    } else if host_counts && after + 2 > line {
        let args = Args::new().num("after", num(after)).num("more", num(line + 1 - after)).num("line", num(line));
        out.push(trap("headcount-threshold", tr(lang, "advise-trap-headcount-near", &args), "advise-basis-quota"));
    }
    if s.foreign > 0 {
        let f = Decimal::from(s.foreign);
        let needed = |p: Decimal| {
            let c = (p * f / (Decimal::from(100) - p)).ceil();
            c.to_string()
        };
        if host_counts && after > line {
            let loc = &limits.localisation;
            let args = Args::new()
                .num("foreign", num(s.foreign))
                .num("line", num(line))
                .text("specialists", needed(loc.specialists_min))
                .text("specialists_min", text::percent(lang, &loc.specialists_min.to_string()))
                .text("managers", needed(loc.managers_min))
                .text("managers_min", text::percent(lang, &loc.managers_min.to_string()));
            out.push(trap(
                "localisation-quota",
                tr(lang, "advise-trap-localisation-quota", &args),
                "advise-basis-quota",
            ));
        }
        let args = Args::new().num("foreign", num(s.foreign)).text("duties", limits.permit_duties.clone());
        let id = if rec == Recommendation::Eor { "advise-trap-work-permits-eor" } else { "advise-trap-work-permits" };
        out.push(trap("work-permits", tr(lang, id, &args), "advise-basis-permits"));
    }
    if rec != Recommendation::Eor {
        let id = if rec == Recommendation::Peo { "advise-trap-esutd-peo" } else { "advise-trap-esutd-direct" };
        out.push(trap("esutd", tr(lang, id, &Args::new().text("terms", esutd.to_string())), "advise-basis-esutd"));
    }
    if host_counts && after > limits.small_headcount {
        let args = Args::new().num("after", num(after)).num("limit", num(limits.small_headcount));
        out.push(trap("size-class", tr(lang, "advise-trap-size-class", &args), "advise-basis-size"));
    }
    out
}
