//! The trace: for every line of a payslip, its formula with the numbers filled in, its base,
//! rate, the limit that bit, and the source of every parameter used. Built only on request.

use super::month::ChargeId;
use super::params::{ChargeRules, PayrollRules};
use super::{Charge, Exemption, Limit, Payslip, Profile};
use crate::money::Money;
use crate::people::{Condition, Pension};
use crate::rules::{Confidence, Origin};
use crate::text;
use kzcomply_i18n::{Args, Lang, t, tr};

/// One line of the trace.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TraceLine {
    /// Stable id: opv, vosms, ipn, net, opvr, so, oosms, social_tax, employer_cost.
    pub line: &'static str,
    /// The line's name in the reader's language.
    pub label: String,
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
    lang: Lang,
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
                value: u.value_text(self.lang),
                source: u.source.act_text(u.key, self.lang),
                reference: u.source.reference.clone(),
                confidence: u.source.confidence,
                origin: u.source.origin.clone(),
            })
            .collect()
    }

    /// An amount the reader's way: `145,000` / `145 000`.
    fn m(&self, m: Money) -> String {
        text::amount(self.lang, m)
    }

    fn tr(&self, id: &str, args: Args) -> String {
        tr(self.lang, id, &args)
    }

    /// The written value of a parameter ("50 MZP = 4,250,000"), or `fallback` in tenge.
    fn written(&self, key: &str, fallback: Option<Money>) -> String {
        self.rules
            .used_param(key)
            .map(|u| u.value_text(self.lang))
            .unwrap_or_else(|| fallback.map(|v| self.m(v)).unwrap_or_default())
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        line: &'static str,
        label: &str,
        amount: Money,
        formula: String,
        base: Option<Money>,
        rate: Option<String>,
        limit: Option<String>,
        notes: Vec<String>,
        keys: &[&str],
    ) {
        let sources = self.sources(keys);
        let label = t(self.lang, label);
        self.lines.push(TraceLine { line, label, amount, formula, base, rate, limit, notes, sources });
    }

    /// A percentage charge line.
    fn charge(
        &mut self,
        line: &'static str,
        label: &str,
        c: Charge,
        rules: &ChargeRules,
        base_text: &str,
        keys: &[&str],
    ) {
        match c {
            Charge::Exempt(why) => {
                let formula = exemption_text(self.lang, why);
                self.push(line, label, Money::ZERO, formula, None, None, None, vec![], keys);
            }
            Charge::Charged { base, limit, amount } => {
                let floor = rules.floor.map(|f| describe(self, keys, "floor", Some(f)));
                let cap = rules.cap.map(|c| describe(self, keys, "cap", Some(c)));
                let limit_text = match limit {
                    Limit::Cap => Some(
                        self.tr("payroll-limit-cap", Args::new().text("limit", describe(self, keys, "cap", rules.cap))),
                    ),
                    Limit::Floor => Some(self.tr(
                        "payroll-limit-floor",
                        Args::new().text("limit", describe(self, keys, "floor", rules.floor)),
                    )),
                    Limit::None => None,
                };
                let bounds = match (floor, cap) {
                    (Some(f), Some(c)) => self
                        .tr("payroll-fn-clamp", Args::new().text("value", base_text).text("floor", f).text("cap", c)),
                    (None, Some(c)) => self.tr("payroll-fn-min", Args::new().text("a", base_text).text("b", c)),
                    (Some(f), None) => self.tr("payroll-fn-max", Args::new().text("a", base_text).text("b", f)),
                    (None, None) => base_text.to_string(),
                };
                let rate = text::rate(self.lang, rules.rate);
                let formula = format!("{rate} × {bounds} = {rate} × {} = {}", self.m(base), self.m(amount));
                // A pensioner of a kind this charge does not exempt: say so, so that the
                // difference between the two kinds is visible.
                let notes = match self.profile.pensioner {
                    Some(kind) => vec![
                        self.tr(
                            "payroll-note-pensioner-charged",
                            Args::new()
                                .text("kind", pensioner_text(self.lang, kind))
                                .text("parameter", format!("{}exempt", keys[0]))
                                .text("condition", Condition::Pensioner(kind).name()),
                        ),
                    ],
                    None => vec![],
                };
                self.push(line, label, amount, formula, Some(base), Some(rate), limit_text, notes, keys);
            }
        }
    }
}

/// "pensioner by age", "long-service (seniority) pensioner", in `lang`.
pub fn pensioner_text(lang: Lang, kind: Pension) -> String {
    t(lang, &format!("payroll-pensioner-{}", kind.name()))
}

/// A status in words: "citizen" in English (the status's name), "гражданин РК".
pub fn status_text(lang: Lang, s: crate::people::Status) -> String {
    t(lang, &format!("payroll-status-{}", s.name()))
}

/// "cap 50 MZP = 4,250,000": the written form of the limit parameter among `keys`.
fn describe(b: &Builder, keys: &[&str], which: &str, value: Option<Money>) -> String {
    let suffix = if which == "cap" { "base_cap" } else { "base_floor" };
    keys.iter()
        .filter_map(|prefix| b.rules.used_param(&format!("{prefix}{suffix}")))
        .map(|u| u.value_text(b.lang))
        .next()
        .unwrap_or_else(|| value.map(|v| b.m(v)).unwrap_or_default())
}

/// "0: does not apply to status foreign-nonresident" and the like, in `lang`.
fn exemption_text(lang: Lang, why: Exemption) -> String {
    match why {
        Exemption::Status(s) => tr(lang, "payroll-exempt-status", &Args::new().text("status", status_text(lang, s))),
        Exemption::Condition(c @ Condition::Pensioner(kind)) => {
            tr(lang, "payroll-exempt-pensioner", &Args::new().text("kind", kind.name()).text("condition", c.name()))
        }
        Exemption::Condition(Condition::Disability(d) | Condition::DisabilityIndefinite(d)) => {
            tr(lang, "payroll-exempt-disability", &Args::new().num("group", i64::from(d.group())))
        }
        Exemption::BornBefore(d) => tr(lang, "payroll-exempt-born-before", &Args::new().date("date", d)),
    }
}

pub(super) fn build(slip: &Payslip, rules: &PayrollRules, lang: Lang) -> Vec<TraceLine> {
    let p = &slip.input.profile;
    let mut b = Builder { rules, profile: p, lang, lines: Vec::with_capacity(10) };
    let g = slip.input.gross;
    // A charge's base text: the gross, or, when some of it is not in that base, the gross less it.
    let base_of = |b: &Builder, c: ChargeId| {
        let ex = g - slip.input.income_for(c);
        if ex.is_zero() {
            b.tr("payroll-base-gross", Args::new().text("gross", b.m(g)))
        } else {
            b.tr(
                "payroll-month-base-less-excluded",
                Args::new().text("gross", b.m(g)).text("excluded", b.m(ex)).text("income", b.m(g - ex)),
            )
        }
    };
    // For the lines whose base text starts from another amount (IPN, SO, social tax): a note.
    let note_excluded = |b: &mut Builder, c: ChargeId| {
        let ex = g - slip.input.income_for(c);
        if !ex.is_zero() {
            let note = b.tr(
                "payroll-month-note-excluded",
                Args::new().text("gross", b.m(g)).text("excluded", b.m(ex)).text("income", b.m(g - ex)),
            );
            if let Some(last) = b.lines.last_mut() {
                last.notes.push(note);
            }
        }
    };

    let opv_base = base_of(&b, ChargeId::Opv);
    b.charge("opv", "payroll-label-opv", slip.opv, &rules.opv, &opv_base, &["opv.", "mzp"]);
    let vosms_base = base_of(&b, ChargeId::Vosms);
    b.charge("vosms", "payroll-label-vosms", slip.vosms, &rules.vosms, &vosms_base, &["vosms.", "mzp"]);

    // IPN.
    let i = &slip.ipn;
    let r = &rules.ipn;
    let mut notes = Vec::new();
    // IPN's income: the gross less what is not income or reduces income at source.
    let g_ipn = slip.input.income_for(ChargeId::Ipn);
    if let Some(resident) = p.tax_resident {
        let id =
            if resident { "payroll-month-note-resident-explicit" } else { "payroll-month-note-non-resident-explicit" };
        notes.push(t(lang, id));
    }
    let formula = if i.resident {
        let disability = !i.disability_deduction.is_zero() || p.disability.is_some();
        let low = r.low_income.filter(|(_, ceiling)| g_ipn <= *ceiling);
        if let Some((rate, ceiling)) = low {
            let written = b.written("ipn.low_income_adjustment_ceiling", Some(ceiling));
            notes.push(b.tr(
                "payroll-note-low-income",
                Args::new().text("ceiling", written).text("rate", text::rate(lang, rate)),
            ));
        }
        let f = b.tr(
            "payroll-formula-ipn-taxable",
            Args::new()
                .text("gross", b.m(g_ipn))
                .text("opv", b.m(slip.opv.amount()))
                .text("vosms", b.m(slip.vosms.amount()))
                .text("personal", b.m(i.personal_deduction))
                .text("disability", if disability { "yes" } else { "no" })
                .text("disability_deduction", b.m(i.disability_deduction))
                .text("low", if low.is_some() { "yes" } else { "no" })
                .text("low_rate", low.map(|(rate, _)| text::rate(lang, rate)).unwrap_or_default())
                .text("adjustment", b.m(i.adjustment))
                .text("taxable", b.m(i.taxable)),
        );
        if !p.basic_deduction {
            notes.push(t(lang, "payroll-note-no-personal-deduction"));
        } else if i.personal_deduction < r.personal_deduction {
            let args = Args::new()
                .text("applied", b.m(i.personal_deduction))
                .text("full", b.m(r.personal_deduction))
                .text("cap", b.m(r.personal_deduction_annual_cap));
            let id = if i.personal_deduction == i.after_social {
                "payroll-note-deduction-income"
            } else {
                "payroll-note-deduction-yearly"
            };
            notes.push(b.tr(id, args));
        }
        f
    } else {
        notes.push(t(lang, "payroll-note-non-resident"));
        b.tr("payroll-formula-ipn-non-resident", Args::new().text("gross", b.m(g_ipn)))
    };
    let scale = match r.higher {
        Some((higher, threshold)) => b.tr(
            "payroll-ipn-scale-two",
            Args::new()
                .text("rate", text::rate(lang, r.rate))
                .text("threshold", b.m(threshold))
                .text("higher", text::rate(lang, higher)),
        ),
        None => b.tr("payroll-ipn-scale-flat", Args::new().text("rate", text::rate(lang, r.rate))),
    };
    let withheld = match slip.input.ytd.ipn_withheld {
        Some(w) => b.tr("payroll-ipn-withheld-given", Args::new().text("withheld", b.m(w))),
        None => t(lang, "payroll-ipn-withheld-computed"),
    };
    let formula = if i.ytd_taxable.is_zero() && slip.input.ytd.ipn_withheld.is_none() && i.above_threshold.is_zero() {
        b.tr(
            "payroll-formula-ipn",
            Args::new()
                .text("taxable_formula", formula)
                .text("rate", text::rate(lang, r.rate))
                .text("taxable", b.m(i.taxable))
                .text("ipn", b.m(i.ipn)),
        )
    } else {
        b.tr(
            "payroll-formula-ipn-ytd",
            Args::new()
                .text("taxable_formula", formula)
                .text("scale", scale.as_str())
                .text("ytd", b.m(i.ytd_taxable))
                .text("taxable", b.m(i.taxable))
                .text("total", b.m(i.ytd_taxable + i.taxable))
                .text("withheld", withheld)
                .text("ipn", b.m(i.ipn)),
        )
    };
    if !i.above_threshold.is_zero() {
        notes.push(b.tr("payroll-note-above-threshold", Args::new().text("amount", b.m(i.above_threshold))));
    }
    b.push("ipn", "payroll-label-ipn", i.ipn, formula, Some(i.taxable), Some(scale), None, notes, &["ipn.", "mrp"]);
    note_excluded(&mut b, ChargeId::Ipn);

    let net_formula = b.tr(
        "payroll-formula-net",
        Args::new()
            .text("gross", b.m(g))
            .text("opv", b.m(slip.opv.amount()))
            .text("vosms", b.m(slip.vosms.amount()))
            .text("ipn", b.m(i.ipn))
            .text("net", b.m(slip.net)),
    );
    b.push("net", "payroll-label-net", slip.net, net_formula, None, None, None, vec![], &[]);

    let opvr_keys = ["opvr.", "mzp"];
    let opvr_base = base_of(&b, ChargeId::Opvr);
    b.charge("opvr", "payroll-label-opvr", slip.opvr, &rules.opvr, &opvr_base, &opvr_keys);
    if p.born.is_none() && matches!(slip.opvr, Charge::Charged { .. }) {
        let note = b.tr("payroll-note-opvr-no-birth-date", Args::new().date("date", rules.opvr_exempt_born_before));
        if let Some(last) = b.lines.last_mut() {
            last.notes.push(note);
        }
    }

    let so_income = slip.input.income_for(ChargeId::So);
    let so_base = b.tr(
        "payroll-base-gross-less-opv",
        Args::new().text("amount", b.m((so_income - slip.opv.amount()).max(Money::ZERO))),
    );
    b.charge("so", "payroll-label-so", slip.so, &rules.so, &so_base, &["so.", "mzp"]);
    note_excluded(&mut b, ChargeId::So);
    let oosms_base = base_of(&b, ChargeId::Oosms);
    b.charge("oosms", "payroll-label-oosms", slip.oosms, &rules.oosms, &oosms_base, &["oosms.", "mzp"]);

    let st = &slip.social_tax;
    let str_ = &rules.social_tax;
    let st_keys = ["social_tax.", "mrp"];
    if str_.statuses.contains(p.status) {
        let floor = b.written("social_tax.base_floor", Some(str_.floor));
        let raw =
            (slip.input.income_for(ChargeId::SocialTax) - slip.opv.amount() - slip.vosms.amount()).max(Money::ZERO);
        let event = match (p.hired_this_month, p.dismissed_this_month) {
            (true, true) => "hired-dismissed",
            (true, false) => "hired",
            (false, true) => "dismissed",
            (false, false) => "none",
        };
        let mut notes = Vec::new();
        let base_text = if st.floor_waived {
            notes.push(
                b.tr("payroll-note-floor-waived", Args::new().text("event", event).text("floor", floor.as_str())),
            );
            b.tr("payroll-base-social-tax-no-floor", Args::new().text("amount", b.m(raw)).text("event", event))
        } else {
            if st.floor_applied && p.hired_or_dismissed() {
                notes.push(
                    b.tr(
                        "payroll-note-floor-not-waived",
                        Args::new()
                            .text("event", event)
                            .text("floor", floor.as_str())
                            .text("period", text::period(lang, rules.period)),
                    ),
                );
            }
            let a = b.tr("payroll-base-social-tax", Args::new().text("amount", b.m(raw)));
            b.tr("payroll-fn-max", Args::new().text("a", a).text("b", floor.as_str()))
        };
        let rate = text::rate(lang, str_.rate);
        let formula = if str_.so_offset {
            b.tr(
                "payroll-formula-social-tax-offset",
                Args::new()
                    .text("rate", rate.as_str())
                    .text("base", base_text)
                    .text("before", b.m(st.before_offset))
                    .text("so", b.m(slip.so.amount()))
                    .text("amount", b.m(st.amount)),
            )
        } else {
            format!("{rate} × {base_text} = {}", b.m(st.amount))
        };
        let limit = st.floor_applied.then(|| {
            let written = b.rules.used_param("social_tax.base_floor").map(|u| u.value_text(lang)).unwrap_or_default();
            b.tr("payroll-limit-floor", Args::new().text("limit", written))
        });
        b.push(
            "social_tax",
            "payroll-label-social-tax",
            st.amount,
            formula,
            Some(st.base),
            Some(rate),
            limit,
            notes,
            &st_keys,
        );
        note_excluded(&mut b, ChargeId::SocialTax);
    } else {
        let formula = exemption_text(lang, Exemption::Status(p.status));
        b.push("social_tax", "payroll-label-social-tax", Money::ZERO, formula, None, None, None, vec![], &st_keys);
    }

    let cost_formula = b.tr(
        "payroll-formula-employer-cost",
        Args::new()
            .text("gross", b.m(g))
            .text("opvr", b.m(slip.opvr.amount()))
            .text("so", b.m(slip.so.amount()))
            .text("oosms", b.m(slip.oosms.amount()))
            .text("social_tax", b.m(st.amount))
            .text("cost", b.m(slip.employer_cost)),
    );
    b.push(
        "employer_cost",
        "payroll-label-employer-cost",
        slip.employer_cost,
        cost_formula,
        None,
        None,
        None,
        vec![],
        &[],
    );

    // Rounding applies to every line: say so once, on the first.
    let mode = b.rules.used_param("rounding.mode").map(|u| u.value.clone()).unwrap_or_default();
    let step = b.rules.used_param("rounding.step").map(|u| u.value_text(lang)).unwrap_or_default();
    let rounding = b.tr("payroll-note-rounding", Args::new().text("mode", mode).text("step", step));
    let rounding_sources = b.sources(&["rounding."]);
    if let Some(first) = b.lines.first_mut() {
        first.notes.push(rounding);
        first.sources.extend(rounding_sources);
    }
    b.lines
}
