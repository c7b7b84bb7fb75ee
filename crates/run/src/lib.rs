//! A month's payroll run for one employer (docs/payroll-run.md): who is on it, what each person's
//! month is made of, the run's totals and payments, and what the month produces (the register and
//! the payslips).
//!
//! The front door is [`run`]: the workforce's [`Person`]s, the month's [`Accrual`]s and the year to
//! date in, a [`Run`] out — or every problem with the input at once ([`RunError`]). The arithmetic
//! of one employee-month is the law crate's ([`kzcomply_law::payroll::calculate`]); the pieces of a
//! month (the accrual catalogue, proration, hours pay, residency, payments) are
//! [`kzcomply_law::payroll::month`]. This crate decides who is on the run and puts the pieces
//! together; [`input`] reads the accrual and year-to-date files, [`register`] writes the свод,
//! [`payslip`] the payslip documents, [`correction`] carries a late change into the next month.
//!
//! No I/O and no clock: the callers (the CLI, the service) read files and say which month it is.

pub mod correction;
mod facts;
pub mod input;
mod model;
pub mod payslip;
pub mod register;
mod select;

pub use facts::{profile_for, status_of};
pub use input::{Accrual, Problem, Ytd};
pub use model::{EmployeeAmounts, EmployerAmounts, LineOut, PaymentOut, PersonMonth, Run, Skipped, Totals};
pub use select::{Selection, SkipReason};

use kzcomply_audit::Person;
use kzcomply_i18n::{Args, Lang, tr};
use kzcomply_law::payroll::month::{self, Catalogue, ChargeTotals, Line};
use kzcomply_law::payroll::{EmployeeMonth, PayrollRules, YearToDate, calculate};
use kzcomply_law::{Calendar, RuleBook, Week, YearMonth};
use std::collections::HashMap;

/// What a run is asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub period: Option<YearMonth>,
    /// Whose payroll: `None` = the file's direct staff.
    pub employer_bin: Option<String>,
    /// The file's own employer's BIN (the company), when known: direct staff with a blank
    /// `employer_bin` are its employees.
    pub company_bin: Option<String>,
    /// The language of the error messages and of nothing else (the run itself is data).
    pub lang: Lang,
}

/// Why a run could not be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// The input has problems: every one of them, each naming its file, row and column.
    Input(Vec<Problem>),
    /// The rules do not cover the month (or are inconsistent): the message names what is missing.
    Rules(String),
}

impl RunError {
    /// Every problem, one per line, in `lang`; `name` gives each file's name as the user knows it.
    pub fn message(&self, lang: Lang, name: impl Fn(input::File) -> String) -> String {
        match self {
            RunError::Input(ps) => ps.iter().map(|p| p.text(&name(p.file), lang)).collect::<Vec<_>>().join("\n"),
            RunError::Rules(m) => m.clone(),
        }
    }
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En, |f| f.file_name_en().to_string()))
    }
}

impl std::error::Error for RunError {}

/// The month's rules, looked up once for the whole run.
pub struct MonthRules {
    pub period: YearMonth,
    pub payroll: PayrollRules,
    pub catalogue: Catalogue,
    pub calendar: Calendar,
    pub eaeu: Vec<String>,
}

impl MonthRules {
    pub fn new(book: &RuleBook, period: YearMonth, lang: Lang) -> Result<MonthRules, RunError> {
        let rules_error = |e: &dyn std::fmt::Display| {
            RunError::Rules(tr(
                lang,
                "run-error-rules",
                &Args::new().text("period", kzcomply_law::text::period(lang, period)).text("reason", e.to_string()),
            ))
        };
        let payroll = PayrollRules::for_period(book, period).map_err(|e| rules_error(&e))?;
        let catalogue = Catalogue::for_period(book, period).map_err(|e| rules_error(&e))?;
        let calendar = Calendar::from_rules(book).map_err(|e| rules_error(&e))?;
        let eaeu = kzcomply_law::foreign::countries(book, "foreign_labour.eaeu_members", period.first_day())
            .map(|(cs, _)| cs)
            .unwrap_or_default();
        Ok(MonthRules { period, payroll, catalogue, calendar, eaeu })
    }
}

/// What the person's earlier months of the year and a closed month's correction bring in.
#[derive(Clone, Debug, Default)]
pub struct Carried {
    /// Year to date per person id.
    pub ytd: HashMap<String, Ytd>,
    /// Correction lines per person id (from [`correction::corrections`]), added to the month.
    pub corrections: HashMap<String, Vec<LineOut>>,
    /// The lines of the year's earlier months per person id (for the yearly exempt limits).
    pub earlier_lines: HashMap<String, Vec<Line>>,
}

/// Runs the month for one employer: selects the people, builds each person's lines, computes
/// each employee-month, and totals the run with its payments. Every problem in the input (an
/// accrual for someone not on this run, an unknown kind, a person without a salary) is reported
/// at once; nothing is computed from bad input.
pub fn run(
    book: &RuleBook,
    people: &[Person],
    accruals: &[Accrual],
    carried: &Carried,
    opts: &Options,
) -> Result<Run, RunError> {
    let lang = opts.lang;
    let period = opts.period.ok_or_else(|| RunError::Rules(tr(lang, "run-error-no-period", &Args::new())))?;
    let rules = MonthRules::new(book, period, lang)?;
    let selection = select::select(people, period, opts);
    let mut problems = Vec::new();

    // Accruals for people who are not on this run are an error, not silently dropped.
    let on_run: HashMap<&str, usize> = selection.on.iter().map(|&i| (people[i].id.as_str(), i)).collect();
    let mut by_person: HashMap<&str, Vec<&Accrual>> = HashMap::new();
    for a in accruals {
        if on_run.contains_key(a.id.as_str()) {
            by_person.entry(a.id.as_str()).or_default().push(a);
            continue;
        }
        let why = selection.skipped.iter().find(|s| people[s.index].id == a.id).map(|s| s.reason.text(lang));
        let message = match why {
            Some(reason) => {
                tr(lang, "run-error-accrual-skipped", &Args::new().text("id", a.id.as_str()).text("reason", reason))
            }
            None => tr(lang, "run-error-accrual-unknown-person", &Args::new().text("id", a.id.as_str())),
        };
        problems.push(a.problem("id", message));
    }

    let mut months = Vec::with_capacity(selection.on.len());
    for &i in &selection.on {
        let p = &people[i];
        let mine = by_person.get(p.id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        match person_month(&rules, p, mine, carried, lang) {
            Ok(m) => months.push(m),
            Err(mut ps) => problems.append(&mut ps),
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.file as u8, p.row));
        return Err(RunError::Input(problems));
    }

    let mut charges = ChargeTotals::default();
    let mut totals = Totals::default();
    for m in &months {
        charges.add_payslip(&m.slip).map_err(|e| RunError::Rules(e.message(lang)))?;
        totals.add(m).ok_or_else(|| RunError::Rules(tr(lang, "run-error-total-too-large", &Args::new())))?;
    }
    let payments = month::payments(book, &rules.calendar, period, &charges)
        .map_err(|e| RunError::Rules(e.message(lang)))?
        .into_iter()
        .map(PaymentOut::from)
        .collect();
    let norm_days = rules
        .calendar
        .working_days_between(period.first_day(), period.first_day().last_of_month(), Week::FiveDay)
        .map_err(|e| RunError::Rules(e.message(lang)))?;
    let skipped = selection
        .skipped
        .iter()
        .map(|s| Skipped {
            id: people[s.index].id.clone(),
            full_name: people[s.index].full_name.clone(),
            reason: s.reason,
        })
        .collect();
    Ok(Run { period, employer_bin: opts.employer_bin.clone(), norm_days, people: months, skipped, totals, payments })
}

/// One person's month: the lines, then the engine. Problems name the person's row.
fn person_month(
    rules: &MonthRules,
    p: &Person,
    accruals: &[&Accrual],
    carried: &Carried,
    lang: Lang,
) -> Result<PersonMonth, Vec<Problem>> {
    let period = rules.period;
    let person_problem = |column: &str, message: String| Problem {
        file: input::File::Staff,
        row: p.row,
        column: column.to_string(),
        message,
    };
    if p.monthly_gross.is_zero() || p.monthly_gross.is_negative() {
        let args = Args::new().text("id", p.id.as_str());
        return Err(vec![person_problem("monthly_gross", tr(lang, "run-error-no-salary", &args))]);
    }
    let week = p.payroll.week.unwrap_or_default();
    let (mut worked, norm) = month::working_days(&rules.calendar, period, week, p.start_date, p.terminated_on)
        .map_err(|e| vec![person_problem("terminated_on", e.message(lang))])?;
    if let Some(d) = p.payroll.days_worked {
        let d = u32::from(d);
        if d > norm {
            let args = Args::new().text("id", p.id.as_str()).num("days", i64::from(d)).num("norm", i64::from(norm));
            return Err(vec![person_problem("days_worked", tr(lang, "run-error-days-over-norm", &args))]);
        }
        worked = d;
    }
    let round = rules.payroll.rounding;
    let mut lines = vec![LineOut::new("salary", month::prorate(p.monthly_gross, worked, norm, round))];
    if !p.allowances_monthly.is_zero() {
        lines.push(LineOut::new("allowance", month::prorate(p.allowances_monthly, worked, norm, round)));
    }
    if !p.benefits_in_kind_monthly.is_zero() {
        lines.push(LineOut::new("in_kind", p.benefits_in_kind_monthly));
    }
    let mut problems = Vec::new();
    for a in accruals {
        let Some(kind) = resolve_kind(&rules.catalogue, &a.kind) else {
            problems.push(a.problem("kind", unknown_kind(rules, &a.kind, lang)));
            continue;
        };
        // An accrual built by a caller (the service) may have neither: a problem on its row, as the
        // file reader says it.
        let amount = match (a.amount, a.hours) {
            (Some(m), _) => Ok(m),
            (None, Some(h)) => month::hours_pay(&rules.catalogue, kind, p.monthly_gross, norm, h, round)
                .map_err(|e| ("hours", e.message(lang))),
            (None, None) => Err(("amount", kzcomply_i18n::t(lang, "run-input-no-amount"))),
        };
        match amount {
            Ok(m) => lines.push(LineOut { kind: kind.to_string(), ..LineOut::accrual(a, m) }),
            Err((column, message)) => problems.push(a.problem(column, message)),
        }
    }
    if let Some(cs) = carried.corrections.get(&p.id) {
        lines.extend(cs.iter().cloned());
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let law_lines: Vec<Line> = lines.iter().map(LineOut::law_line).collect();
    let earlier = carried.earlier_lines.get(&p.id).map(Vec::as_slice).unwrap_or(&[]);
    let (gross, excluded) =
        rules.catalogue.compose_in_year(&law_lines, earlier).map_err(|e| match accruals.first() {
            // The month's lines are too large or negative together: name the accrual file's row.
            Some(a) => vec![a.problem("amount", e.message(lang))],
            None => vec![person_problem("monthly_gross", e.message(lang))],
        })?;
    let profile = facts::profile_for(rules, p);
    let ytd = carried.ytd.get(&p.id).map(|y| YearToDate {
        taxable_income: y.taxable,
        ipn_withheld: Some(y.ipn),
        personal_deduction: y.personal_deduction,
        disability_deduction: y.disability_deduction,
    });
    let slip =
        calculate(&rules.payroll, &EmployeeMonth { period, gross, profile, ytd: ytd.unwrap_or_default(), excluded });
    Ok(PersonMonth::new(p, worked, norm, lines, slip))
}

/// The catalogue's id for what a file calls a kind: the id itself (`bonus`), or the kind's name
/// in any of the three languages («премия», «сыйақы», "bonus"), case and spacing aside.
pub fn resolve_kind<'c>(cat: &'c Catalogue, written: &str) -> Option<&'c str> {
    let w = written.trim().to_lowercase().replace(['-', ' '], "_");
    if let Some(k) = cat.kind(&w) {
        return Some(k.id.as_str());
    }
    let norm = |s: String| s.trim().to_lowercase().replace(['-', ' '], "_");
    cat.kinds()
        .filter_map(|id| cat.kind(id))
        .find(|k| Lang::ALL.iter().any(|&l| norm(k.name(l)) == w))
        .map(|k| k.id.as_str())
}

fn unknown_kind(rules: &MonthRules, kind: &str, lang: Lang) -> String {
    let kinds: Vec<&str> = rules.catalogue.kinds().collect();
    tr(
        lang,
        "run-error-unknown-kind",
        &Args::new()
            .text("kind", kind)
            .text("period", kzcomply_law::text::period(lang, rules.period))
            .text("kinds", kinds.join(", ")),
    )
}
