//! The computations the API and the dashboard share: the audit of a stored company, its deadline
//! calendar, its payroll for a month, and the findings as CSV. Pure functions of the stored data,
//! the rules and an as-of date — the date is always an argument.

use crate::error::AppError;
use jiff::civil::Date;
use kzcomply_audit::{AuditReport, Engagement, Finding, Person, Supplied};
use kzcomply_i18n::Lang;
use kzcomply_law::calendar::Calendar;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::payroll::{EmployeeMonth, Exclusions, PayrollRules, Payslip, Profile, YearToDate, calculate};
use kzcomply_law::{Money, RuleBook, YearMonth};
use kzcomply_store::{Scope, Store};

/// Audits a stored host company as of `as_of`; the findings' texts in `lang`.
pub async fn audit_company(
    store: &Store,
    rules: &RuleBook,
    calendar: &Calendar,
    scope: &Scope,
    company_id: &str,
    as_of: Date,
    lang: Lang,
) -> Result<AuditReport, AppError> {
    let (company, people) = store.workforce(scope, company_id).await?;
    // What the company's files carried (every column when its data was entered in kzcomply): a
    // plain staff list imported once is not fined for the ESUTD dates it never had.
    let supplied = store.supplied(scope, company_id).await?;
    audit_people(rules, calendar, &company, &people, &supplied, as_of, lang)
}

pub fn audit_people(
    rules: &RuleBook,
    calendar: &Calendar,
    company: &kzcomply_audit::Company,
    people: &[Person],
    supplied: &Supplied,
    as_of: Date,
    lang: Lang,
) -> Result<AuditReport, AppError> {
    kzcomply_audit::audit(rules, calendar, company, people, supplied, as_of, lang).map_err(|e| {
        let args = kzcomply_i18n::Args::new().date("date", as_of).text("reason", e.message(lang));
        AppError::invalid_msg("api-cannot-audit", args)
    })
}

/// Filters for the findings list. An unknown `severity` or `rule` or a malformed `as_of` is refused
/// (400, naming the parameter and what it allows), never an empty list that reads as "all clear";
/// an empty value (a form's "all") is no filter.
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct FindingFilter {
    /// The audit date, YYYY-MM-DD (default: today).
    #[param(value_type = Option<String>, format = Date)]
    pub as_of: Option<String>,
    /// `violation`, `risk` or `warning`.
    pub severity: Option<String>,
    /// A rule id such as `salary-parity` or `esutd-registration-overdue`.
    pub rule: Option<String>,
    /// Only findings about this person (their id in your records).
    pub person: Option<String>,
}

/// A findings filter value the audit cannot match: which parameter, what was given, what is allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadFilter {
    pub parameter: &'static str,
    pub value: String,
    pub allowed: Vec<&'static str>,
}

impl BadFilter {
    /// "severity: \"bogus\" is not allowed; use violation, risk, warning", as a catalogue message.
    pub fn text(&self) -> crate::error::Text {
        let args = kzcomply_i18n::Args::new()
            .text("parameter", self.parameter)
            .text("value", self.value.clone())
            .text("allowed", self.allowed.join(", "));
        let id = if self.parameter == "as_of" { "api-filter-not-a-date" } else { "api-filter-not-allowed" };
        crate::error::Text::with(id, args)
    }
}

impl From<BadFilter> for AppError {
    fn from(b: BadFilter) -> AppError {
        AppError::BadRequest {
            message: b.text(),
            details: serde_json::json!({"parameter": b.parameter, "value": b.value, "allowed": b.allowed}),
        }
    }
}

impl FindingFilter {
    /// Drops empty values and checks the others; gives the as-of date when one was given.
    pub fn checked(mut self) -> Result<(FindingFilter, Option<Date>), BadFilter> {
        for v in [&mut self.as_of, &mut self.severity, &mut self.rule, &mut self.person] {
            if v.as_deref().is_some_and(|s| s.trim().is_empty()) {
                *v = None;
            }
        }
        const SEVERITIES: [&str; 3] = ["violation", "risk", "warning"];
        if let Some(s) = self.severity.as_deref().filter(|s| !SEVERITIES.contains(s)) {
            return Err(BadFilter { parameter: "severity", value: s.to_string(), allowed: SEVERITIES.to_vec() });
        }
        if let Some(r) = self.rule.as_deref().filter(|r| !kzcomply_audit::RULES.contains(r)) {
            return Err(BadFilter { parameter: "rule", value: r.to_string(), allowed: kzcomply_audit::RULES.to_vec() });
        }
        let as_of = match self.as_of.as_deref() {
            None => None,
            Some(d) => Some(kzcomply_audit::import::date(d).map_err(|_| BadFilter {
                parameter: "as_of",
                value: d.to_string(),
                allowed: vec!["a date as YYYY-MM-DD or DD.MM.YYYY, years 1900-2200"],
            })?),
        };
        Ok((self, as_of))
    }

    pub fn keep(&self, f: &Finding) -> bool {
        self.severity.as_deref().is_none_or(|s| f.severity.name() == s)
            && self.rule.as_deref().is_none_or(|r| f.rule == r)
            && self.person.as_deref().is_none_or(|p| f.people.iter().any(|x| x == p))
    }
}

/// Findings as CSV in `lang` (worst first, as the audit orders them): in Russian and Kazakh with
/// a UTF-8 BOM, `;` and the header in the language, as Russian-locale Excel opens it; in English
/// `,` and the id header, as before. Every text cell goes through [`kzcomply_law::csv_safe::cell`];
/// the amounts are numbers. See [`kzcomply_audit::report_csv`].
pub fn findings_csv(findings: &[Finding], lang: Lang) -> Vec<u8> {
    kzcomply_audit::report_csv::render(findings, lang)
}

/// One dated duty of the company's calendar.
#[derive(Clone, Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Duty {
    /// The person's id in your records.
    pub person: String,
    pub full_name: String,
    /// The deadline engine's event, e.g. `esutd-new-contract`.
    pub event: String,
    pub action: String,
    #[schema(value_type = String, format = Date)]
    pub due: Date,
    /// `overdue`, `due` (within the window) or the engine's status word.
    pub status: String,
    pub status_text: String,
    /// Days until due (negative = overdue).
    pub days_left: i32,
}

/// Duties not yet done, by due date: ESUTD registration of new and terminated employment contracts
/// (the host's own staff: a PEO registers its outstaffed people itself, and civil-law contractors
/// are not in ESUTD), mentor appointments and permit extensions. `action` and `status_text` in `lang`.
pub fn duties(
    rules: &RuleBook,
    calendar: &Calendar,
    people: &[Person],
    eaeu: &[String],
    as_of: Date,
    lang: Lang,
) -> Vec<Duty> {
    let mut out = Vec::new();
    for p in people {
        let mut wanted: Vec<(Event, Date, Option<Date>)> = Vec::new();
        if p.engagement == Engagement::Direct {
            wanted.push((Event::EsutdNewContract, p.contract_date.unwrap_or(p.start_date), p.esutd_registered_on));
            if let Some(t) = p.terminated_on {
                wanted.push((Event::EsutdTermination, t, p.esutd_termination_registered_on));
            }
        }
        let active = p.is_active(as_of);
        if active && p.needs_work_permit(eaeu) {
            wanted.push((Event::MentorAppointment, p.start_date, p.mentor_appointed_on));
            if let Some(until) = p.work_permit_until {
                wanted.push((Event::PermitExtension, until, None));
            }
        }
        for (event, date, done) in wanted {
            if done.is_some() {
                continue;
            }
            let Ok(d) = deadline(rules, calendar, event, date, &DeadlineOptions::default()) else { continue };
            let report = d.report(as_of, None, lang);
            let days_left = (d.due - as_of).get_days();
            out.push(Duty {
                person: p.id.clone(),
                full_name: p.full_name.clone(),
                event: event.name().to_string(),
                action: event.action(lang),
                due: d.due,
                status: report.status.to_string(),
                status_text: report.status_text,
                days_left,
            });
        }
    }
    out.sort_by(|a, b| a.due.cmp(&b.due).then(a.person.cmp(&b.person)));
    out
}

/// The monthly gross the payroll uses: salary + monthly allowances + benefits in kind (the annual
/// bonus is paid when paid and is not spread). `None` when it is above [`Money::MAX_INPUT`], the
/// largest month the engine computes (checked, never wrapped).
pub fn monthly_income(p: &Person) -> Option<Money> {
    Money::checked_sum([p.monthly_gross, p.allowances_monthly, p.benefits_in_kind_monthly])
        .filter(|m| !m.is_negative() && *m <= Money::MAX_INPUT)
}

fn on_payroll(p: &Person, month: YearMonth) -> bool {
    let last_day = month.next().first_day().yesterday().unwrap_or(month.first_day());
    p.engagement != Engagement::Contractor
        && p.start_date <= last_day
        && p.terminated_on.is_none_or(|t| t >= month.first_day())
}

/// Each employee's payslip for `period`, with the employee's index in `people`. IPN is cumulative over the calendar year, so the months
/// from January (or the start date) are computed first on the same pay to build the year to date:
/// the stored month assumes the contract's pay was the pay all year.
pub fn company_payroll(
    rules: &crate::org_rules::Rules,
    people: &[Person],
    eaeu: &[String],
    period: YearMonth,
) -> Result<Vec<(usize, Payslip)>, AppError> {
    let months: Vec<YearMonth> = {
        let mut m = YearMonth::new(period.year(), 1).expect("January exists");
        let mut v = vec![m];
        while m != period {
            m = m.next();
            v.push(m);
        }
        v
    };
    let month_rules: Vec<PayrollRules> =
        months.iter().map(|m| PayrollRules::for_period(&rules.book, *m)).collect::<Result<_, _>>().map_err(|e| {
            let args = kzcomply_i18n::Args::new().text("period", period.to_string()).text("reason", e.to_string());
            rules.not_covered(period.first_day(), crate::error::say("api-no-payroll-rules", args))
        })?;
    let mut out = Vec::new();
    let too_large: Vec<serde_json::Value> = people
        .iter()
        .filter(|p| on_payroll(p, period) && monthly_income(p).is_none())
        .map(|p| {
            let args = kzcomply_i18n::Args::new().text("person", p.id.clone()).tenge("max", Money::MAX_INPUT.tiyn());
            serde_json::json!({"field": "monthly_gross", "person": p.id,
                "message": crate::error::say("api-month-too-large", args)})
        })
        .collect();
    if !too_large.is_empty() {
        let args = kzcomply_i18n::Args::new().num("count", too_large.len() as i64);
        return Err(AppError::invalid(crate::error::Text::with("api-months-too-large", args), too_large));
    }
    for (i, p) in people.iter().enumerate().filter(|(_, p)| on_payroll(p, period)) {
        let gross = monthly_income(p).unwrap_or_default(); // checked above
        // The birth date is in a valid IIN (OPVR does not apply to people born before 1975).
        let born = kzcomply_law::ids::parse_iin(&p.iin).ok().map(|iin| iin.born);
        let base = Profile { status: kzcomply_run::status_of(p, eaeu), born, ..Profile::default() };
        let mut ytd = YearToDate::default();
        let mut withheld = Money::ZERO;
        for (m, r) in months.iter().zip(&month_rules) {
            if !on_payroll(p, *m) {
                continue;
            }
            // The social-tax floor is not applied in the month of hiring or dismissal.
            let in_month = |d: Date| d.year() == m.year() && d.month() == m.month();
            let profile = Profile {
                hired_this_month: in_month(p.start_date),
                dismissed_this_month: p.terminated_on.is_some_and(in_month),
                ..base
            };
            let slip = calculate(r, &EmployeeMonth { period: *m, gross, profile, ytd, excluded: Exclusions::NONE });
            if *m == period {
                out.push((i, slip));
                break;
            }
            withheld += slip.ipn.ipn;
            ytd = YearToDate {
                taxable_income: ytd.taxable_income + slip.ipn.taxable,
                ipn_withheld: Some(withheld),
                personal_deduction: ytd.personal_deduction + slip.ipn.personal_deduction,
                disability_deduction: ytd.disability_deduction + slip.ipn.disability_deduction,
            };
        }
    }
    Ok(out)
}

/// The EAEU member states on `day`, from the rules.
pub fn eaeu(rules: &RuleBook, day: Date) -> Vec<String> {
    kzcomply_law::foreign::countries(rules, "foreign_labour.eaeu_members", day).map(|(c, _)| c).unwrap_or_default()
}

/// Today in Kazakhstan (UTC+5 since 1 March 2024): the default as-of date of the service.
pub fn today() -> Date {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(5))).date()
}
