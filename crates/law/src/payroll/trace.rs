//! The trace: for every line of a payslip, its formula with the numbers filled in, its base,
//! rate, the limit that bit, and the source of every parameter used. Built only on request.

use super::params::{ChargeRules, PayrollRules};
use super::{Charge, Exemption, Limit, Payslip, Profile};
use crate::money::Money;
use crate::people::{Condition, Pension};
use crate::rules::{Confidence, Origin};

/// One line of the trace.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TraceLine {
    /// Stable id: opv, vosms, ipn, net, opvr, so, oosms, social_tax, employer_cost.
    pub line: &'static str,
    pub label: &'static str,
    pub amount: Money,
    /// The formula with the numbers of this case.
    pub formula: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    /// The cap or floor that decided the base, if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub sources: Vec<TraceSource>,
}

/// A parameter used by a line, with its legal source.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TraceSource {
    pub parameter: &'static str,
    pub value: String,
    pub source: String,
    pub reference: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Where the value comes from, when it is not built in (an overlay file, or entered by a user
    /// of the organisation on a date).
    #[serde(skip_serializing_if = "Origin::is_built_in")]
    pub origin: Origin,
}

struct Builder<'a> {
    rules: &'a PayrollRules,
    profile: &'a Profile,
    lines: Vec<TraceLine>,
}

impl Builder<'_> {
    /// The sources of every parameter whose key starts with one of `prefixes` ("opv." or "mzp").
    fn sources(&self, prefixes: &[&str]) -> Vec<TraceSource> {
        self.rules
            .used()
            .iter()
            .filter(|u| prefixes.iter().any(|p| u.key.starts_with(p)))
            .map(|u| TraceSource {
                parameter: u.key,
                value: u.value.clone(),
                source: u.source.act.clone(),
                reference: u.source.reference.clone(),
                confidence: u.source.confidence,
                origin: u.source.origin.clone(),
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        line: &'static str,
        label: &'static str,
        amount: Money,
        formula: String,
        base: Option<Money>,
        rate: Option<String>,
        limit: Option<String>,
        notes: Vec<String>,
        keys: &[&str],
    ) {
        let sources = self.sources(keys);
        self.lines.push(TraceLine { line, label, amount, formula, base, rate, limit, notes, sources });
    }

    /// A percentage charge line.
    fn charge(
        &mut self,
        line: &'static str,
        label: &'static str,
        c: Charge,
        rules: &ChargeRules,
        base_text: &str,
        keys: &[&str],
    ) {
        match c {
            Charge::Exempt(why) => {
                let formula = format!("0: {}", exemption_text(why));
                self.push(line, label, Money::ZERO, formula, None, None, None, vec![], keys);
            }
            Charge::Charged { base, limit, amount } => {
                let limit_text = match limit {
                    Limit::Cap => Some(format!("cap {} applied", describe(self.rules, keys, "cap", rules.cap))),
                    Limit::Floor => Some(format!("floor {} applied", describe(self.rules, keys, "floor", rules.floor))),
                    Limit::None => None,
                };
                let floor = rules.floor.map(|f| describe(self.rules, keys, "floor", Some(f)));
                let cap = rules.cap.map(|c| describe(self.rules, keys, "cap", Some(c)));
                let bounds = match (floor, cap) {
                    (Some(f), Some(c)) => format!("clamp({base_text}, {f}, {c})"),
                    (None, Some(c)) => format!("min({base_text}, {c})"),
                    (Some(f), None) => format!("max({base_text}, {f})"),
                    (None, None) => base_text.to_string(),
                };
                let formula = format!("{} × {bounds} = {} × {} = {}", rules.rate, rules.rate, base, amount);
                // A pensioner of a kind this charge does not exempt: say so, so that the
                // difference between the two kinds is visible.
                let notes = match self.profile.pensioner {
                    Some(kind) => vec![format!(
                        "{}: charged, because {}exempt does not list {}",
                        kind.describe(),
                        keys[0],
                        Condition::Pensioner(kind).name()
                    )],
                    None => vec![],
                };
                self.push(
                    line,
                    label,
                    amount,
                    formula,
                    Some(base),
                    Some(rules.rate.to_string()),
                    limit_text,
                    notes,
                    keys,
                );
            }
        }
    }
}

/// "cap 50 MZP = 4,250,000": the written form of the limit parameter among `keys`.
fn describe(rules: &PayrollRules, keys: &[&str], which: &str, value: Option<Money>) -> String {
    let suffix = if which == "cap" { "base_cap" } else { "base_floor" };
    keys.iter()
        .filter_map(|prefix| rules.used_param(&format!("{prefix}{suffix}")))
        .map(|u| u.value.clone())
        .next()
        .unwrap_or_else(|| value.map(|v| v.to_string()).unwrap_or_default())
}

fn exemption_text(why: Exemption) -> String {
    match why {
        Exemption::Status(s) => format!("does not apply to status {s}"),
        Exemption::Condition(c @ Condition::Pensioner(kind)) => {
            let who = match kind {
                Pension::Age => "a pensioner by age",
                Pension::Seniority => "a recipient of long-service (seniority) pension payments",
            };
            format!("not charged for {who} ({})", c.name())
        }
        Exemption::Condition(Condition::Disability(d)) => {
            format!("not charged for a person with a group {} disability", d.group())
        }
        Exemption::BornBefore(d) => format!("not charged for a person born before {d}"),
    }
}

pub(super) fn build(slip: &Payslip, rules: &PayrollRules) -> Vec<TraceLine> {
    let p = &slip.input.profile;
    let mut b = Builder { rules, profile: p, lines: Vec::with_capacity(10) };
    let g = slip.input.gross;

    b.charge(
        "opv",
        "Pension contribution (OPV), withheld",
        slip.opv,
        &rules.opv,
        &format!("gross {g}"),
        &["opv.", "mzp"],
    );
    b.charge(
        "vosms",
        "Health insurance contribution (VOSMS), withheld",
        slip.vosms,
        &rules.vosms,
        &format!("gross {g}"),
        &["vosms.", "mzp"],
    );

    // IPN.
    let i = &slip.ipn;
    let r = &rules.ipn;
    let mut notes = Vec::new();
    let formula = if i.resident {
        let mut f = format!(
            "taxable = gross {g} − OPV {} − VOSMS {} − personal deduction {}",
            slip.opv.amount(),
            slip.vosms.amount(),
            i.personal_deduction
        );
        if !i.disability_deduction.is_zero() || p.disability.is_some() {
            f.push_str(&format!(" − disability deduction {}", i.disability_deduction));
        }
        if let Some((rate, ceiling)) = r.low_income
            && g <= ceiling
        {
            f.push_str(&format!(" − {rate} low-income adjustment {}", i.adjustment));
            let written = rules
                .used_param("ipn.low_income_adjustment_ceiling")
                .map_or_else(|| ceiling.to_string(), |u| u.value.clone());
            notes.push(format!("gross ≤ {written}: the {rate} adjustment applies"));
        }
        f.push_str(&format!(" = {}", i.taxable));
        if !p.basic_deduction {
            notes.push("the employee has not asked for the personal deduction at this employer".into());
        } else if i.personal_deduction < r.personal_deduction {
            let why = if i.personal_deduction == i.after_social {
                "it cannot exceed the income after OPV and VOSMS".to_string()
            } else {
                format!("the yearly limit {} is nearly used up", r.personal_deduction_annual_cap)
            };
            notes.push(format!(
                "personal deduction {} instead of {}: {why}",
                i.personal_deduction, r.personal_deduction
            ));
        }
        f
    } else {
        notes.push("non-resident: taxed on gross, without deductions".into());
        format!("taxable = gross {g}")
    };
    let scale = match r.higher {
        Some((higher, threshold)) => format!("{} up to {threshold} a year, {higher} above", r.rate),
        None => format!("{} flat", r.rate),
    };
    let withheld = match slip.input.ytd.ipn_withheld {
        Some(w) => format!("IPN withheld earlier this year {w}"),
        None => "the tax on the earlier taxable income".to_string(),
    };
    let formula = if i.ytd_taxable.is_zero() && slip.input.ytd.ipn_withheld.is_none() && i.above_threshold.is_zero() {
        format!("{formula}; IPN = {} × {} = {}", r.rate, i.taxable, i.ipn)
    } else {
        format!(
            "{formula}; IPN = tax({scale}) on year-to-date taxable {} + {} = {}, less {withheld} = {}",
            i.ytd_taxable,
            i.taxable,
            i.ytd_taxable + i.taxable,
            i.ipn
        )
    };
    if !i.above_threshold.is_zero() {
        notes.push(format!("{} of this month's taxable income is above the annual threshold", i.above_threshold));
    }
    b.push(
        "ipn",
        "Individual income tax (IPN), withheld",
        i.ipn,
        formula,
        Some(i.taxable),
        Some(scale),
        None,
        notes,
        &["ipn.", "mrp"],
    );

    b.push(
        "net",
        "Net pay",
        slip.net,
        format!("gross {g} − OPV {} − VOSMS {} − IPN {} = {}", slip.opv.amount(), slip.vosms.amount(), i.ipn, slip.net),
        None,
        None,
        None,
        vec![],
        &[],
    );

    let opvr_keys = ["opvr.", "mzp"];
    b.charge("opvr", "Employer pension contribution (OPVR)", slip.opvr, &rules.opvr, &format!("gross {g}"), &opvr_keys);
    if p.born.is_none()
        && matches!(slip.opvr, Charge::Charged { .. })
        && let Some(last) = b.lines.last_mut()
    {
        last.notes.push(format!(
            "birth date not given: OPVR charged (it does not apply to people born before {})",
            rules.opvr_exempt_born_before
        ));
    }

    b.charge(
        "so",
        "Social contributions (SO)",
        slip.so,
        &rules.so,
        &format!("gross − OPV {}", (g - slip.opv.amount()).max(Money::ZERO)),
        &["so.", "mzp"],
    );
    b.charge(
        "oosms",
        "Health insurance deductions (OOSMS)",
        slip.oosms,
        &rules.oosms,
        &format!("gross {g}"),
        &["oosms.", "mzp"],
    );

    let st = &slip.social_tax;
    let str_ = &rules.social_tax;
    let st_keys = ["social_tax.", "mrp"];
    if str_.statuses.contains(p.status) {
        let floor =
            rules.used_param("social_tax.base_floor").map_or_else(|| str_.floor.to_string(), |u| u.value.clone());
        let raw = (g - slip.opv.amount() - slip.vosms.amount()).max(Money::ZERO);
        let event = match (p.hired_this_month, p.dismissed_this_month) {
            (true, true) => "hired and dismissed this month",
            (true, false) => "hired this month",
            (false, true) => "dismissed this month",
            (false, false) => "",
        };
        let mut notes = Vec::new();
        let base_text = if st.floor_waived {
            notes.push(format!(
                "{event}: the floor {floor} does not apply in the month of hiring or dismissal \
                 (social_tax.floor_waived_in_hire_or_dismissal_month)"
            ));
            format!("(gross − OPV − VOSMS {raw}; no floor: {event})")
        } else {
            if st.floor_applied && p.hired_or_dismissed() {
                notes.push(format!(
                    "{event}, but the floor {floor} applies: the rules for {} have no exception for the month \
                     of hiring or dismissal (social_tax.floor_waived_in_hire_or_dismissal_month = false)",
                    rules.period
                ));
            }
            format!("max(gross − OPV − VOSMS {raw}, {floor})")
        };
        let formula = if str_.so_offset {
            format!("{} × {base_text} = {}, less SO {} = {}", str_.rate, st.before_offset, slip.so.amount(), st.amount)
        } else {
            format!("{} × {base_text} = {}", str_.rate, st.amount)
        };
        let limit = st.floor_applied.then(|| {
            format!(
                "floor {} applied",
                rules.used_param("social_tax.base_floor").map(|u| u.value.clone()).unwrap_or_default()
            )
        });
        b.push(
            "social_tax",
            "Social tax",
            st.amount,
            formula,
            Some(st.base),
            Some(str_.rate.to_string()),
            limit,
            notes,
            &st_keys,
        );
    } else {
        b.push(
            "social_tax",
            "Social tax",
            Money::ZERO,
            format!("0: does not apply to status {}", p.status),
            None,
            None,
            None,
            vec![],
            &st_keys,
        );
    }

    b.push(
        "employer_cost",
        "Employer's total cost",
        slip.employer_cost,
        format!(
            "gross {g} + OPVR {} + SO {} + OOSMS {} + social tax {} = {}",
            slip.opvr.amount(),
            slip.so.amount(),
            slip.oosms.amount(),
            st.amount,
            slip.employer_cost
        ),
        None,
        None,
        None,
        vec![],
        &[],
    );

    // Rounding applies to every line: say so once, on the first.
    if let Some(first) = b.lines.first_mut() {
        let rounding = b.rules.used_param("rounding.mode").map(|u| u.value.clone()).unwrap_or_default();
        let step = b.rules.used_param("rounding.step").map(|u| u.value.clone()).unwrap_or_default();
        first.notes.push(format!("every line is rounded {rounding} to a multiple of {step}"));
    }
    let rounding_sources = b.sources(&["rounding."]);
    if let Some(first) = b.lines.first_mut() {
        first.sources.extend(rounding_sources);
    }
    b.lines
}
