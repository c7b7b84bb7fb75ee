//! The accrual catalogue of a month (`rules/kz/accruals.toml`) and how a month's lines become the
//! gross and each charge's exclusion.

use super::{AccrualRule, ChargeId, MonthError, Per};
use crate::money::Money;
use crate::payroll::Exclusions;
use crate::period::YearMonth;
use crate::rate::Rate;
use crate::rules::{Amount, Confidence, Problem, RuleBook, RulesError, Source, Value};
use kzcomply_i18n::{Lang, has, t};

/// The order kinds are listed in (an accountant's order: pay for time, then extras, then other
/// income). Kinds the rules add that are not here follow, by id.
const ORDER: &[&str] = &[
    "salary",
    "allowance",
    "bonus",
    "overtime",
    "holiday_work",
    "night_work",
    "one_off",
    "vacation_pay",
    "unused_leave_compensation",
    "sick_pay",
    "severance",
    "material_aid",
    "material_aid_birth",
    "material_aid_treatment",
    "burial_aid",
    "in_kind",
];

/// The kinds paid by the hour, the rule of their minimum premium, and whether the hour itself is
/// owed on top of the salary. An overtime hour and an hour on a day off or holiday lie outside the
/// month's norm, so the salary does not pay them: the hour costs rate × (100% + premium) (LC arts.
/// 108, 109: «не ниже чем в полуторном размере»). A night hour inside the norm is already paid
/// once by the salary, so only the premium is added (LC art. 110; the Ministry of Labour's
/// "1.5 + 0.5" reading, docs/research/payroll-month.md §3).
const HOUR_KINDS: &[(&str, &str, bool)] = &[
    ("overtime", "labour.overtime.min_premium", true),
    ("holiday_work", "labour.day_off_holiday.min_premium", true),
    ("night_work", "labour.night.min_premium", false),
];

/// One line of a person's month: a kind of accrual and its amount. A `correction:<kind>` line
/// (the difference a late change makes to a closed month, docs/payroll-run.md §5) is treated as
/// its kind and may be negative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: String,
    pub amount: Money,
}

/// An exempt part, resolved for the period: the amount in tenge (MRP of 1 January), as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exempt {
    pub amount: Money,
    pub written: Amount,
    pub per: Per,
}

/// How one kind enters one charge's base, with the value's source and confidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Treatment {
    pub in_base: bool,
    pub exempt: Option<Exempt>,
    /// The parameter (`accruals.<kind>.<charge>`).
    pub key: String,
    pub source: Source,
}

/// How an hour of an hours kind is paid.
#[derive(Clone, Debug, PartialEq)]
pub struct HourPay {
    /// The Labour Code's minimum premium over the hourly rate.
    pub premium: Rate,
    /// The hour itself is paid on top of the salary (overtime, day off, holiday), not only the premium.
    pub plus_hour: bool,
    pub key: &'static str,
    pub source: Source,
}

/// A kind of accrual in force for the month.
#[derive(Clone, Debug, PartialEq)]
pub struct Kind {
    pub id: String,
    /// In the order of [`ChargeId::ALL`].
    treatments: Vec<Treatment>,
    /// For the kinds paid by the hour.
    pub hours: Option<HourPay>,
}

impl Kind {
    pub fn treatment(&self, charge: ChargeId) -> &Treatment {
        &self.treatments[charge.index()]
    }

    /// The kind's name in `lang` ("оклад", "сыйақы"); the id when the catalogue has no name for it
    /// (a kind added by a rules overlay).
    pub fn name(&self, lang: Lang) -> String {
        let id = format!("payroll-month-kind-{}", self.id.replace('_', "-"));
        if has(&id) { t(lang, &id) } else { self.id.clone() }
    }

    /// The lowest confidence of its seven treatments (`None` if no value states one).
    pub fn confidence(&self) -> Option<Confidence> {
        let rank = |c: Confidence| match c {
            Confidence::High => 0,
            Confidence::Medium => 1,
            Confidence::Low => 2,
        };
        self.treatments.iter().filter_map(|t| t.source.confidence).max_by_key(|c| rank(*c))
    }
}

/// The accrual kinds in force in one month.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    pub period: YearMonth,
    kinds: Vec<Kind>,
    /// Calendar days of presence that make a foreigner a tax resident (`ipn.residence_days`).
    residence_days: u32,
    /// Hours of a normal working day, for an hourly rate (`labour.working_time.day_hours`).
    day_hours: u32,
}

impl Catalogue {
    /// The kinds whose treatments are in force on the 1st of `period` (a kind with none in force
    /// then is not in that month's catalogue; a kind with only some is an error naming the
    /// missing one: a charge is never defaulted). Exempt amounts in MRP use the MRP of 1 January.
    pub fn for_period(book: &RuleBook, period: YearMonth) -> Result<Catalogue, RulesError> {
        let date = period.first_day();
        // kind id → its seven parameters, in the book's (sorted) order of kinds.
        let mut found: Vec<(String, [Option<String>; 7])> = Vec::new();
        let mut problems = Vec::new();
        for p in book.parameters().filter(|p| p.key.starts_with("accruals.")) {
            let parts: Vec<&str> = p.key.split('.').collect();
            let charge = match parts.as_slice() {
                [_, _, c] => ChargeId::parse(c),
                _ => None,
            };
            let Some(charge) = charge else {
                problems.push(Problem {
                    file: p.file.clone(),
                    key: p.key.clone(),
                    message: "an accrual parameter is accruals.<kind>.<charge>, the charge one of opv, vosms, ipn, \
                              social_tax, so, opvr, oosms"
                        .into(),
                });
                continue;
            };
            let kind = parts[1].to_string();
            let slot = match found.iter().position(|(k, _)| *k == kind) {
                Some(i) => i,
                None => {
                    found.push((kind, Default::default()));
                    found.len() - 1
                }
            };
            found[slot].1[charge.index()] = Some(p.key.clone());
        }
        if !problems.is_empty() {
            return Err(RulesError::Invalid(problems));
        }
        let mut kinds = Vec::new();
        for (id, keys) in found {
            let in_force = keys.iter().flatten().filter(|k| book.entry_on(k, date).is_ok()).count();
            if in_force == 0 {
                continue;
            }
            let mut treatments = Vec::with_capacity(7);
            for (i, key) in keys.iter().enumerate() {
                let key = key.clone().unwrap_or_else(|| format!("accruals.{id}.{}", ChargeId::ALL[i].name()));
                let (value, source) = book.value_on(&key, date)?;
                let Value::Accrual(AccrualRule { in_base, exempt }) = value else {
                    return Err(crate::rules::wrong_type(&key, date, value, "an accrual treatment"));
                };
                let exempt = match exempt {
                    Some(e) => Some(Exempt {
                        amount: book.resolve(&key, e.amount, period.year_start())?,
                        written: e.amount,
                        per: e.per,
                    }),
                    None => None,
                };
                treatments.push(Treatment { in_base: *in_base, exempt, key, source: source.clone() });
            }
            let hours = match HOUR_KINDS.iter().find(|(k, _, _)| *k == id) {
                Some(&(_, key, plus_hour)) => match book.value_on(key, date)? {
                    (Value::Rate(r), s) => Some(HourPay { premium: *r, plus_hour, key, source: s.clone() }),
                    (other, _) => return Err(crate::rules::wrong_type(key, date, other, "a rate")),
                },
                None => None,
            };
            kinds.push(Kind { id, treatments, hours });
        }
        let rank = |id: &str| ORDER.iter().position(|k| *k == id).unwrap_or(ORDER.len());
        kinds.sort_by(|a, b| rank(&a.id).cmp(&rank(&b.id)).then_with(|| a.id.cmp(&b.id)));
        let residence_days = match book.value_on("ipn.residence_days", date)? {
            (Value::Count(n), _) => *n,
            (other, _) => return Err(crate::rules::wrong_type("ipn.residence_days", date, other, "a count")),
        };
        let day_hours = match book.value_on("labour.working_time.day_hours", date)? {
            (Value::Count(n), _) if *n > 0 => *n,
            (other, _) => {
                return Err(crate::rules::wrong_type("labour.working_time.day_hours", date, other, "a count above 0"));
            }
        };
        Ok(Catalogue { period, kinds, residence_days, day_hours })
    }

    /// The kind ids, in the catalogue's order.
    pub fn kinds(&self) -> impl Iterator<Item = &str> {
        self.kinds.iter().map(|k| k.id.as_str())
    }

    pub fn kind(&self, id: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.id == id)
    }

    /// Calendar days in Kazakhstan that make a foreigner resident for IPN ([`super::tax_resident`]).
    pub fn residence_days(&self) -> u32 {
        self.residence_days
    }

    /// Hours of a normal working day (LC art. 68: 40 a week, 8 a day on the five-day week).
    pub fn day_hours(&self) -> u32 {
        self.day_hours
    }

    /// The kind a line is of: its own, or the kind it corrects (`correction:<kind>`).
    fn position(&self, kind: &str) -> Result<usize, MonthError> {
        let id = kind.strip_prefix("correction:").unwrap_or(kind);
        self.kinds
            .iter()
            .position(|k| k.id == id)
            .ok_or_else(|| MonthError::UnknownKind { kind: kind.to_string(), period: self.period })
    }

    /// The month's gross and what each charge's base leaves out of it, for a month whose kinds
    /// with a yearly exempt limit had no earlier accruals this year (the whole year's limit is
    /// available: see [`Catalogue::compose_in_year`]).
    pub fn compose(&self, lines: &[Line]) -> Result<(Money, Exclusions), MonthError> {
        self.compose_in_year(lines, &[])
    }

    /// As [`Catalogue::compose`], with the lines of the year's earlier months at this employer
    /// (`earlier_in_year`): a yearly exempt limit is what they left of it. Per kind and charge,
    /// the month excludes:
    /// - the kind's whole month total, when the kind is not in that charge's base;
    /// - min(total, limit), for an exempt part per month;
    /// - min(earlier + total, limit) − min(earlier, limit), for an exempt part per calendar year
    ///   (the limit as in force this month: MRP of 1 January, the same all year);
    /// - nothing otherwise.
    ///
    /// Every line of a kind and its corrections are summed first; a kind's month total below zero
    /// is an error (the correction belongs with what it corrects). Amounts and sums above
    /// [`Money::MAX_INPUT`] are errors.
    pub fn compose_in_year(&self, lines: &[Line], earlier_in_year: &[Line]) -> Result<(Money, Exclusions), MonthError> {
        let totals = self.totals(lines)?;
        let earlier = self.totals(earlier_in_year)?;
        let mut gross = Money::ZERO;
        for (i, total) in totals.iter().enumerate() {
            if total.is_negative() {
                return Err(MonthError::Negative { kind: self.kinds[i].id.clone() });
            }
            gross = gross.checked_add(*total).filter(|g| *g <= Money::MAX_INPUT).ok_or_else(too_large("gross"))?;
        }
        let mut ex = Exclusions::NONE;
        for (i, kind) in self.kinds.iter().enumerate() {
            let (m, before) = (totals[i], earlier[i].max(Money::ZERO));
            if m.is_zero() {
                continue;
            }
            for c in ChargeId::ALL {
                let tr = kind.treatment(c);
                let out = match (tr.in_base, tr.exempt) {
                    (false, _) => m,
                    (true, None) => Money::ZERO,
                    (true, Some(e)) => match e.per {
                        Per::Month => m.min(e.amount),
                        // `before` ≤ 12·MAX and m ≤ MAX: the sum fits (i64 holds 9·10^4 MAX).
                        Per::CalendarYear => (before + m).min(e.amount) - before.min(e.amount),
                    },
                };
                // Each part is within [0, m], so each charge's sum stays within [0, gross].
                let slot = ex.slot(c);
                *slot += out;
            }
        }
        Ok((gross, ex))
    }

    /// Each kind's total over `lines`, in the catalogue's order (checked).
    fn totals(&self, lines: &[Line]) -> Result<Vec<Money>, MonthError> {
        let mut totals = vec![Money::ZERO; self.kinds.len()];
        for l in lines {
            let i = self.position(&l.kind)?;
            if l.amount > Money::MAX_INPUT || l.amount < Money::ZERO - Money::MAX_INPUT {
                return Err(MonthError::TooLarge { what: l.kind.clone() });
            }
            // A year holds at most twelve months of lines; refuse sums beyond that bound.
            let bound = Money::from_tiyn(Money::MAX_INPUT.tiyn() * 12);
            totals[i] = totals[i]
                .checked_add(l.amount)
                .filter(|t| *t <= bound && *t >= Money::ZERO - bound)
                .ok_or_else(too_large(&l.kind))?;
        }
        Ok(totals)
    }
}

fn too_large(what: &str) -> impl FnOnce() -> MonthError + '_ {
    move || MonthError::TooLarge { what: what.to_string() }
}
