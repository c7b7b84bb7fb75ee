//! Cost quote: what one employee costs a month and a year under each engagement model, the
//! statutory charges line by line from the payroll engine, the provider's fee, and the total.
//! Conventions: docs/hiring-method.md §4.

use crate::PlanError;
use kzcomply_i18n::{Args, Lang, t, tr};
use kzcomply_law::Money;
use kzcomply_law::payroll::{
    EmployeeMonth, Exclusions, PayrollRules, Payslip, Profile, YearToDate, calculate, gross_for_net,
};
use kzcomply_law::period::YearMonth;
use rust_decimal::{Decimal, RoundingStrategy};

/// How the employee is engaged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Model {
    /// Employer of Record: a Kazakh company employs the person for you.
    Eor,
    /// PEO / outstaffing: a sending party provides the person to your Kazakh entity.
    Peo,
    /// Your own Kazakh entity employs the person.
    Direct,
}

impl Model {
    pub const ALL: [Model; 3] = [Model::Eor, Model::Peo, Model::Direct];

    pub fn name(self) -> &'static str {
        match self {
            Model::Eor => "eor",
            Model::Peo => "peo",
            Model::Direct => "direct",
        }
    }

    pub fn parse(s: &str) -> Option<Model> {
        Model::ALL.into_iter().find(|m| m.name().eq_ignore_ascii_case(s.trim()))
    }
}

/// What the person is paid: a gross salary, or the net they must receive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pay {
    Gross(Money),
    Net(Money),
}

/// The provider's monthly fee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fee {
    None,
    Monthly(Money),
    /// A percent of gross, rounded half-up to the tenge.
    PercentOfGross(Decimal),
}

/// One statutory charge the employer pays on top of gross.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChargeLine {
    /// A stable id: "opvr", "so", "oosms", "social_tax", "opv", "vosms", "ipn".
    pub code: &'static str,
    pub name: String,
    pub amount: Money,
}

/// One model's monthly and annual cost.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ModelQuote {
    pub model: Model,
    pub gross: Money,
    pub net: Money,
    /// OPVR + SO + OOSMS + social tax.
    pub statutory_charges: Money,
    /// gross + statutory charges.
    pub employer_cost: Money,
    pub fee: Money,
    /// employer cost + fee.
    pub total_monthly: Money,
    /// 12 × total monthly.
    pub total_annual: Money,
    /// The employer's charges, line by line.
    pub charges: Vec<ChargeLine>,
    /// Withheld from the employee: OPV, VOSMS, IPN.
    pub withheld: Vec<ChargeLine>,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Quote {
    pub period: YearMonth,
    pub models: Vec<ModelQuote>,
    /// The employer's statutory charges as a percent of gross, one decimal.
    pub burden_percent: String,
    pub burden_note: String,
}

/// A quote for `pay` in `rules.period` for each of `models`; the labels and notes in `lang`.
pub fn quote(rules: &PayrollRules, pay: Pay, models: &[Model], fee: Fee, lang: Lang) -> Result<Quote, PlanError> {
    let (profile, ytd) = (Profile::default(), YearToDate::default());
    let slip = match pay {
        Pay::Gross(gross) => {
            if gross.is_negative() || gross.is_zero() {
                return Err(PlanError::input("--gross", t(lang, "quote-error-not-positive")));
            }
            calculate(rules, &EmployeeMonth { period: rules.period, gross, profile, ytd, excluded: Exclusions::NONE })
        }
        Pay::Net(net) => {
            if net.is_negative() || net.is_zero() {
                return Err(PlanError::input("--net", t(lang, "quote-error-not-positive")));
            }
            gross_for_net(rules, profile, ytd, net).map_err(|e| PlanError::input("--net", e.to_string()))?
        }
    };
    if let Fee::PercentOfGross(p) = fee
        && (p.is_sign_negative() || p > Decimal::from(100))
    {
        return Err(PlanError::input(
            "--fee-percent",
            tr(lang, "quote-error-percent", &Args::new().text("value", p.to_string())),
        ));
    }
    if let Fee::Monthly(m) = fee
        && m.is_negative()
    {
        return Err(PlanError::input("--fee-monthly", t(lang, "quote-error-negative")));
    }
    let models = models.iter().map(|&m| model_quote(&slip, m, fee, lang)).collect::<Result<Vec<_>, _>>()?;
    let (burden_percent, burden_note) = burden(&slip, rules.period, lang);
    Ok(Quote { period: rules.period, models, burden_percent, burden_note })
}

fn model_quote(slip: &Payslip, model: Model, fee: Fee, lang: Lang) -> Result<ModelQuote, PlanError> {
    let gross = slip.gross();
    let out_of_range = |flag: &str, id: &str| PlanError::input(flag, t(lang, id));
    let fee = match (model, fee) {
        (Model::Direct, _) | (_, Fee::None) => Money::ZERO,
        (_, Fee::Monthly(m)) => m,
        (_, Fee::PercentOfGross(p)) => {
            let tenge = (gross.to_decimal() * p / Decimal::from(100))
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            Money::from_decimal(tenge).ok_or_else(|| out_of_range("--fee-percent", "quote-error-fee-range"))?
        }
    };
    let statutory_charges = slip.employer_charges();
    let total_monthly = slip
        .employer_cost
        .checked_add(fee)
        .ok_or_else(|| out_of_range("--fee-monthly", "quote-error-monthly-range"))?;
    let total_annual =
        total_monthly.checked_mul_int(12).ok_or_else(|| out_of_range("--gross", "quote-error-annual-range"))?;
    let line = |code: &'static str, amount| ChargeLine {
        code,
        name: t(lang, &format!("quote-line-{}", code.replace('_', "-"))),
        amount,
    };
    Ok(ModelQuote {
        model,
        gross,
        net: slip.net,
        statutory_charges,
        employer_cost: slip.employer_cost,
        fee,
        total_monthly,
        total_annual,
        charges: vec![
            line("opvr", slip.opvr.amount()),
            line("so", slip.so.amount()),
            line("oosms", slip.oosms.amount()),
            line("social_tax", slip.social_tax.amount),
        ],
        withheld: vec![line("opv", slip.opv.amount()), line("vosms", slip.vosms.amount()), line("ipn", slip.ipn.ipn)],
        note: t(lang, &format!("quote-note-{}", model.name())),
    })
}

/// "16.3%" and what it means against the guide's 17–21% expectation.
fn burden(slip: &Payslip, period: YearMonth, lang: Lang) -> (String, String) {
    let charges = slip.employer_charges();
    let tenths = charges.permille_of(slip.gross()).unwrap_or(0);
    let percent = charges.percent_of(slip.gross());
    let side = if tenths < 170 {
        "below"
    } else if tenths > 210 {
        "above"
    } else {
        "within"
    };
    let note = tr(
        lang,
        "quote-burden-note",
        &Args::new()
            .text("year", period.year().to_string())
            .text("percent", crate::text::percent(lang, &percent))
            .text("side", side),
    );
    (percent, note)
}
