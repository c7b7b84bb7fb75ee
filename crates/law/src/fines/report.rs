//! The JSON shape of a fine (`kzcomply fine … --json`, and the API): amounts as exact numbers.

use super::{Fine, Offender, Outcome, Violation};
use crate::money::Money;
use crate::rules::Confidence;
use jiff::civil::Date;
use kzcomply_i18n::Lang;
use rust_decimal::Decimal;

#[derive(Clone, Debug, serde::Serialize)]
pub struct FineReport {
    pub violation: Violation,
    pub description: String,
    #[serde(serialize_with = "crate::json::date")]
    pub on: Date,
    pub offender: Offender,
    pub repeat: bool,
    pub finable: bool,
    /// `fine`, `warning` or `none`.
    pub sanction: &'static str,
    pub article: Option<String>,
    /// The fine in MRP where the law fixes one amount (0 for a warning).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::json::opt_decimal")]
    pub mrp: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::json::opt_decimal")]
    pub mrp_min: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::json::opt_decimal")]
    pub mrp_max: Option<Decimal>,
    /// The MRP of the violation's year, in tenge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mrp_value: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_kzt: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_kzt_min: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_kzt_max: Option<Money>,
    /// Why there is no sanction, when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub source: String,
    pub reference: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    pub rule_key: String,
    /// How the offender's class was found, when it was classified from headcount and income.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_size: Option<crate::entity_size::Classification>,
}

impl Fine {
    /// The report, its texts (description, article, reason, source) in `lang`; the ids and
    /// amounts are the same in every language.
    pub fn report(&self, lang: Lang) -> FineReport {
        let mut r = FineReport {
            violation: self.violation,
            description: self.violation.description(lang),
            on: self.on,
            offender: self.offender,
            repeat: self.repeat,
            finable: true,
            sanction: "fine",
            article: None,
            mrp: None,
            mrp_min: None,
            mrp_max: None,
            mrp_value: None,
            amount_kzt: None,
            amount_kzt_min: None,
            amount_kzt_max: None,
            reason: None,
            source: self.source.act_text(&self.rule_key, lang),
            reference: self.source.reference.clone(),
            confidence: self.source.confidence,
            rule_key: self.rule_key.clone(),
            entity_size: None,
        };
        match &self.outcome {
            Outcome::NotFinable { .. } => {
                (r.finable, r.sanction, r.reason) = (false, "none", self.reason_text(lang));
            }
            Outcome::Warning { article } => {
                (r.sanction, r.article) = ("warning", Some(super::article_text(article, lang)));
                (r.mrp, r.amount_kzt) = (Some(Decimal::ZERO), Some(Money::ZERO));
            }
            Outcome::Fine { article, mrp_min, mrp_max, mrp_value, min, max } => {
                (r.article, r.mrp_value) = (Some(super::article_text(article, lang)), Some(*mrp_value));
                if mrp_min == mrp_max {
                    (r.mrp, r.amount_kzt) = (Some(*mrp_min), Some(*min));
                } else {
                    (r.mrp_min, r.mrp_max) = (Some(*mrp_min), Some(*mrp_max));
                    (r.amount_kzt_min, r.amount_kzt_max) = (Some(*min), Some(*max));
                }
            }
        }
        r
    }
}
