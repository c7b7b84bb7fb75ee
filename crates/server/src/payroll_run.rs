//! The payroll month in the service (docs/payroll-run.md): a company's month computed with the run
//! crate from the stored people, accruals and the year's closed months, saved through the store as
//! draft → approved → closed, and read back for the payslips and the register.
//!
//! - the year to date of a month is the sum of the same employer's **closed** months of the year
//!   before it (their per-person `ipn_taxable`, `ipn`, `personal_deduction`,
//!   `disability_deduction`), and their lines are the "earlier lines" of the yearly exempt limits;
//! - a closed month is never rewritten: when recomputing it now (today's facts and accruals)
//!   differs from what it was — less what later closed months already carried — the difference
//!   goes into this month as correction lines ([`kzcomply_run::correction::corrections`]).
//!
//! The stored run is `serde_json::to_value(&run)` with each person's store id (`person_id`) added;
//! [`stored_run`] reads it back into a [`Run`] (the engine's intermediate values are not kept: the
//! payslip and the register need only the amounts).

use crate::AppState;
use crate::error::{AppError, Text};
use kzcomply_i18n::{Args, Lang};
use kzcomply_law::payroll::month::{Catalogue, Hours, Line};
use kzcomply_law::payroll::{
    Charge, EmployeeMonth, Exclusions, IpnDetail, Limit, Payslip, Profile, SocialTaxDetail, YearToDate,
};
use kzcomply_law::{Money, RuleBook, YearMonth};
use kzcomply_run::{
    Accrual, Carried, EmployeeAmounts, EmployerAmounts, LineOut, Options, PaymentOut, PersonMonth, Run, RunError,
    Skipped, Totals, Ytd,
};
use kzcomply_store::{Company, RunRecord, RunStatus, Scope};
use serde_json::Value;
use std::collections::HashMap;

/// Whose run: the store's key ('' = the company's own payroll) and the run crate's option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Employer {
    pub key: String,
    pub bin: Option<String>,
}

impl Employer {
    /// `?employer_bin=`: absent, blank or the company's own BIN = the company's own payroll.
    pub fn of(company: &Company, param: Option<&str>) -> Result<Employer, AppError> {
        let own = company.bin.as_deref().map(str::trim).filter(|b| !b.is_empty());
        match param.map(str::trim).filter(|b| !b.is_empty()) {
            None => Ok(Employer { key: String::new(), bin: None }),
            Some(b) if Some(b) == own => Ok(Employer { key: String::new(), bin: None }),
            Some(b) if b.len() == 12 && b.bytes().all(|c| c.is_ascii_digit()) => {
                Ok(Employer { key: b.to_string(), bin: Some(b.to_string()) })
            }
            Some(b) => Err(AppError::BadRequest {
                message: Text::with("api-store-bin-digits", Args::new().text("value", b)),
                details: serde_json::json!({"parameter": "employer_bin", "value": b}),
            }),
        }
    }
}

/// A month given in a path (`YYYY-MM`), or a 422 naming it.
pub fn parse_period(text: &str) -> Result<YearMonth, AppError> {
    YearMonth::parse_bytes(text.as_bytes())
        .ok_or_else(|| AppError::invalid_msg("api-period", Args::new().text("value", text)))
}

/// The company's people as the run reads them, with their store ids.
pub struct People {
    pub people: Vec<kzcomply_audit::Person>,
    /// store id (`pe_…`) → the person's id in the company's records (`ext_id`, the run's `id`).
    pub ext_of: HashMap<String, String>,
    /// ext_id → store id.
    pub store_of: HashMap<String, String>,
}

pub async fn people(s: &AppState, scope: &Scope, company_id: &str) -> Result<People, AppError> {
    let (_, rows) = s.store.workforce_with_ids(scope, company_id).await?;
    let mut ext_of = HashMap::new();
    let mut store_of = HashMap::new();
    let mut people = Vec::with_capacity(rows.len());
    for (id, p) in rows {
        ext_of.insert(id.clone(), p.id.clone());
        store_of.insert(p.id.clone(), id);
        people.push(p);
    }
    Ok(People { people, ext_of, store_of })
}

/// The stored accruals of a month as the run reads them (rows counted from 1 in the stored order).
pub async fn accruals(
    s: &AppState,
    scope: &Scope,
    company_id: &str,
    period: YearMonth,
    ext_of: &HashMap<String, String>,
) -> Result<Vec<Accrual>, AppError> {
    let stored = s.store.accruals(scope, company_id, period).await?;
    Ok(stored
        .into_iter()
        .enumerate()
        .map(|(i, a)| Accrual {
            row: i + 1,
            id: ext_of.get(&a.person_id).cloned().unwrap_or(a.person_id),
            kind: a.kind,
            amount: a.amount,
            hours: a.hours_tenths.and_then(|h| u32::try_from(h).ok()).map(|h| Hours::from_hundredths(h * 10)),
            note: Some(a.note).filter(|n| !n.is_empty()),
        })
        .collect())
}

fn options(company: &Company, employer: &Employer, period: YearMonth, lang: Lang) -> Options {
    Options { period: Some(period), employer_bin: employer.bin.clone(), company_bin: company.bin.clone(), lang }
}

/// The run crate's error as our 422: every problem with its row and column.
pub fn run_error(e: RunError, lang: Lang) -> AppError {
    match e {
        RunError::Rules(m) => AppError::invalid(m, Value::Null),
        RunError::Input(ps) => {
            let details: Vec<Value> = ps
                .iter()
                .map(|p| {
                    let mut v = serde_json::json!({"file": p.file_name(), "field": p.column, "message": p.message});
                    if p.row > 0 {
                        v["row"] = p.row.into();
                    }
                    v
                })
                .collect();
            let message = RunError::Input(ps).message(lang, |f| f.file_name_en().to_string());
            AppError::invalid(message, details)
        }
    }
}

/// The conflict of a closed month, in the store's words.
pub fn closed(period: YearMonth) -> AppError {
    kzcomply_store::StoreError::Conflict(kzcomply_store::Said::new(
        "api-store-run-closed",
        Args::new().text("period", period.to_string()),
    ))
    .into()
}

/// The year to date, the earlier lines and the corrections that the employer's closed months bring
/// into `period`.
#[allow(clippy::too_many_arguments)]
async fn carried(
    s: &AppState,
    scope: &Scope,
    book: &RuleBook,
    company: &Company,
    employer: &Employer,
    period: YearMonth,
    people: &People,
    lang: Lang,
) -> Result<Carried, AppError> {
    let mut out = Carried::default();
    // Closed months before this one: last year's and this year's (the corrections), this year's
    // (the year to date).
    let mut closed_runs: Vec<(YearMonth, Run)> = Vec::new();
    for year in [period.year() - 1, period.year()] {
        for r in s.store.runs(scope, &company.id, &employer.key, year).await? {
            if r.status == RunStatus::Closed && r.period < period {
                closed_runs.push((r.period, stored_run(&r.run_json)?));
            }
        }
    }
    closed_runs.sort_by_key(|(m, _)| *m);
    for (m, run) in closed_runs.iter().filter(|(m, _)| m.year() == period.year()) {
        let _ = m;
        for p in &run.people {
            let y = out.ytd.entry(p.id.clone()).or_insert_with(Ytd::default);
            y.taxable = y.taxable.checked_add(p.ipn_taxable).unwrap_or(y.taxable);
            y.ipn = y.ipn.checked_add(p.employee.ipn).unwrap_or(y.ipn);
            y.personal_deduction =
                y.personal_deduction.checked_add(p.personal_deduction).unwrap_or(y.personal_deduction);
            y.disability_deduction =
                y.disability_deduction.checked_add(p.disability_deduction).unwrap_or(y.disability_deduction);
            out.earlier_lines
                .entry(p.id.clone())
                .or_default()
                .extend(p.lines.iter().map(|l| Line { kind: l.kind.clone(), amount: l.amount }));
        }
    }
    // Each closed month recomputed now, against what it was plus what later closed months carried.
    for (i, (m, was_run)) in closed_runs.iter().enumerate() {
        let accruals = accruals(s, scope, &company.id, *m, &people.ext_of).await?;
        let now_run = match kzcomply_run::run(
            book,
            &people.people,
            &accruals,
            &Carried::default(),
            &options(company, employer, *m, lang),
        ) {
            Ok(r) => r,
            Err(e) => {
                tracing::warn!(month = %m, error = %e, "a closed month cannot be recomputed for its corrections");
                continue;
            }
        };
        let own = |r: &Run| -> Vec<(String, Vec<LineOut>)> {
            r.people
                .iter()
                .map(|p| (p.id.clone(), p.lines.iter().filter(|l| l.correction_of.is_none()).cloned().collect()))
                .collect()
        };
        let mut was = own(was_run);
        for (_, later) in &closed_runs[i + 1..] {
            for p in &later.people {
                let carried: Vec<LineOut> = p.lines.iter().filter(|l| l.correction_of == Some(*m)).cloned().collect();
                if carried.is_empty() {
                    continue;
                }
                match was.iter_mut().find(|(id, _)| *id == p.id) {
                    Some((_, lines)) => lines.extend(carried),
                    None => was.push((p.id.clone(), carried)),
                }
            }
        }
        for (id, lines) in kzcomply_run::correction::corrections(*m, &was, &own(&now_run)) {
            out.corrections.entry(id).or_default().extend(lines);
        }
    }
    Ok(out)
}

/// A 409 when the month of `employer` is closed; else which employer it is (`true`: the
/// company's own payroll).
pub async fn check_open(
    s: &AppState,
    scope: &Scope,
    company_id: &str,
    employer_param: Option<&str>,
    period: YearMonth,
) -> Result<bool, AppError> {
    scope.require(kzcomply_store::Role::Editor)?;
    let company = s.store.company(scope, company_id).await?;
    let employer = Employer::of(&company, employer_param)?;
    if let Some(r) = s.store.run(scope, company_id, &employer.key, period).await?
        && r.status == RunStatus::Closed
    {
        return Err(closed(period));
    }
    Ok(employer.key.is_empty())
}

/// Computes the month's run of `employer` and saves it as the draft. A closed month is a 409.
pub async fn compute_draft(
    s: &AppState,
    scope: &Scope,
    company_id: &str,
    employer_param: Option<&str>,
    period: YearMonth,
    lang: Lang,
) -> Result<RunRecord, AppError> {
    scope.require(kzcomply_store::Role::Editor)?;
    let company = s.store.company(scope, company_id).await?;
    let employer = Employer::of(&company, employer_param)?;
    if let Some(r) = s.store.run(scope, company_id, &employer.key, period).await?
        && r.status == RunStatus::Closed
    {
        return Err(closed(period));
    }
    let rules = s.rules_for(scope).await?;
    let people = people(s, scope, company_id).await?;
    let accruals = accruals(s, scope, company_id, period, &people.ext_of).await?;
    let carried = carried(s, scope, &rules.book, &company, &employer, period, &people, lang).await?;
    let opts = options(&company, &employer, period, lang);
    let book = rules.clone();
    let (run, people) = crate::api::upload::off_the_workers(move || {
        let r = kzcomply_run::run(&book.book, &people.people, &accruals, &carried, &opts);
        (r, people)
    })
    .await?;
    let run = run.map_err(|e| run_error(e, lang))?;
    let json = run_json(&run, &people.store_of);
    Ok(s.store.save_run(scope, company_id, &employer.key, period, &json).await?)
}

/// The run as stored: its JSON contract with each person's store id.
pub fn run_json(run: &Run, store_of: &HashMap<String, String>) -> Value {
    let mut v = serde_json::to_value(run).unwrap_or(Value::Null);
    if let Some(people) = v.get_mut("people").and_then(Value::as_array_mut) {
        for p in people {
            let id = p.get("id").and_then(Value::as_str).and_then(|id| store_of.get(id)).cloned();
            if let (Some(o), Some(id)) = (p.as_object_mut(), id) {
                o.insert("person_id".into(), Value::String(id));
            }
        }
    }
    v
}

/// A JSON number (or numeric string) as money, negative allowed and without the input bound (a
/// total may pass it).
fn money(v: &Value) -> Option<Money> {
    let text = match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => return None,
    };
    let (neg, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || frac.len() > 2 || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let tiyn = whole.parse::<i64>().ok()?.checked_mul(100)?.checked_add(format!("{frac:0<2}").parse::<i64>().ok()?)?;
    Some(Money::from_tiyn(if neg { -tiyn } else { tiyn }))
}

fn corrupt(what: &str) -> AppError {
    AppError::Internal(format!("a stored payroll run does not read back: {what}"))
}

fn m(v: &Value, key: &str) -> Result<Money, AppError> {
    money(&v[key]).ok_or_else(|| corrupt(key))
}

fn charged(amount: Money) -> Charge {
    Charge::Charged { base: amount, limit: Limit::None, amount }
}

/// A stored run read back. The engine's intermediate values are not stored: the person's slip is
/// rebuilt from the amounts (what the payslip and the register read).
pub fn stored_run(v: &Value) -> Result<Run, AppError> {
    let period =
        v["period"].as_str().and_then(|p| YearMonth::parse_bytes(p.as_bytes())).ok_or_else(|| corrupt("period"))?;
    let num = |v: &Value, key: &str| v[key].as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| corrupt(key));
    let mut people = Vec::new();
    for p in v["people"].as_array().ok_or_else(|| corrupt("people"))? {
        let lines: Vec<LineOut> = serde_json::from_value(p["lines"].clone()).map_err(|_| corrupt("lines"))?;
        let gross = m(p, "gross")?;
        let (e, r) = (&p["employee"], &p["employer"]);
        let employee = EmployeeAmounts { opv: m(e, "opv")?, vosms: m(e, "vosms")?, ipn: m(e, "ipn")? };
        let employer = EmployerAmounts {
            opvr: m(r, "opvr")?,
            so: m(r, "so")?,
            oosms: m(r, "oosms")?,
            social_tax: m(r, "social_tax")?,
        };
        let (net, employer_cost) = (m(p, "net")?, m(p, "employer_cost")?);
        let (ipn_taxable, personal_deduction, disability_deduction) =
            (m(p, "ipn_taxable")?, m(p, "personal_deduction")?, m(p, "disability_deduction")?);
        let tax_resident = p["tax_resident"].as_bool().unwrap_or(true);
        let slip = Payslip {
            input: EmployeeMonth {
                period,
                gross,
                profile: Profile::default(),
                ytd: YearToDate::default(),
                excluded: Exclusions::NONE,
            },
            opv: charged(employee.opv),
            vosms: charged(employee.vosms),
            ipn: IpnDetail {
                resident: tax_resident,
                after_social: Money::ZERO,
                personal_deduction,
                disability_deduction,
                adjustment: Money::ZERO,
                taxable: ipn_taxable,
                ytd_taxable: Money::ZERO,
                above_threshold: Money::ZERO,
                ipn: employee.ipn,
            },
            net,
            opvr: charged(employer.opvr),
            so: charged(employer.so),
            oosms: charged(employer.oosms),
            social_tax: SocialTaxDetail {
                base: Money::ZERO,
                floor_applied: false,
                floor_waived: false,
                before_offset: employer.social_tax,
                amount: employer.social_tax,
            },
            employer_cost,
        };
        let text = |key: &str| p[key].as_str().unwrap_or_default().to_string();
        people.push(PersonMonth {
            id: text("id"),
            full_name: text("full_name"),
            position: text("position"),
            days_worked: num(p, "days_worked")?,
            norm_days: num(p, "norm_days")?,
            lines,
            gross,
            employee,
            net,
            employer,
            employer_cost,
            ipn_taxable,
            personal_deduction,
            disability_deduction,
            tax_resident,
            slip,
        });
    }
    let skipped: Vec<Skipped> = serde_json::from_value(v["skipped"].clone()).unwrap_or_default();
    let t = &v["totals"];
    let totals = Totals {
        gross: m(t, "gross")?,
        net: m(t, "net")?,
        employer_cost: m(t, "employer_cost")?,
        opv: m(t, "opv")?,
        vosms: m(t, "vosms")?,
        ipn: m(t, "ipn")?,
        opvr: m(t, "opvr")?,
        so: m(t, "so")?,
        oosms: m(t, "oosms")?,
        social_tax: m(t, "social_tax")?,
    };
    let mut payments = Vec::new();
    for p in v["payments"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
        let text = |key: &str| p[key].as_str().unwrap_or_default().to_string();
        payments.push(PaymentOut {
            charge: text("charge"),
            payee: text("payee"),
            code_kind: text("code_kind"),
            code: text("code"),
            amount: m(p, "amount")?,
            due: text("due").parse().map_err(|_| corrupt("due"))?,
        });
    }
    Ok(Run {
        period,
        employer_bin: v["employer_bin"].as_str().map(str::to_string),
        norm_days: num(v, "norm_days")?,
        people,
        skipped,
        totals,
        payments,
    })
}

/// The store id of each person on a stored run (`person_id`), by the run's id.
pub fn person_ids(v: &Value) -> HashMap<String, String> {
    v["people"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?.to_string(), p["person_id"].as_str()?.to_string())))
        .collect()
}

/// The payslip's employer: the company for its own payroll, else the org's company with that BIN
/// (or the BIN alone).
pub async fn payslip_employer(
    s: &AppState,
    scope: &Scope,
    company: &Company,
    employer: &Employer,
) -> Result<kzcomply_run::payslip::Employer, AppError> {
    Ok(match &employer.bin {
        None => kzcomply_run::payslip::Employer { name: company.name.clone(), bin: company.bin.clone() },
        Some(bin) => {
            let other = s.store.list_companies(scope).await?.into_iter().find(|c| c.bin.as_deref() == Some(bin));
            kzcomply_run::payslip::Employer {
                name: other.map(|c| c.name).unwrap_or_else(|| bin.clone()),
                bin: Some(bin.clone()),
            }
        }
    })
}

/// The month's catalogue of kinds (for the names of lines), if the rules have it.
pub fn catalogue(book: &RuleBook, period: YearMonth) -> Option<Catalogue> {
    Catalogue::for_period(book, period).ok()
}

/// A person's payslip as a document.
pub fn payslip_document(
    run: &Run,
    person: &PersonMonth,
    employer: &kzcomply_run::payslip::Employer,
    catalogue: Option<&Catalogue>,
    lang: Lang,
) -> kzcomply_run::payslip::Document {
    kzcomply_run::payslip::document(run, person, employer, catalogue, lang)
}

/// A payslip as PDF bytes, typeset off the async workers.
#[cfg(feature = "pdf")]
pub async fn pdf(doc: kzcomply_run::payslip::Document) -> Result<Vec<u8>, AppError> {
    let value = serde_json::to_value(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    let doc: kzcomply_pdf::Document = serde_json::from_value(value).map_err(|e| AppError::Internal(e.to_string()))?;
    tokio::task::spawn_blocking(move || kzcomply_pdf::render(&doc))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Without the `pdf` feature: 501 in the error shape.
#[cfg(not(feature = "pdf"))]
pub async fn pdf(_doc: kzcomply_run::payslip::Document) -> Result<Vec<u8>, AppError> {
    Err(AppError::Status {
        status: axum::http::StatusCode::NOT_IMPLEMENTED,
        code: "not_implemented",
        message: "api-pdf-unavailable",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_what_the_run_writes() {
        assert_eq!(money(&serde_json::json!(1_060_000_252_960u64)), Some(Money::from_tiyn(106_000_025_296_000)));
        assert_eq!(money(&serde_json::from_str("-12.5").unwrap()), Some(Money::from_tiyn(-1250)));
        assert_eq!(money(&serde_json::json!("abc")), None);
    }
}
