//! The OpenAPI schemas of answers whose types live in crates without utoipa (the law and audit
//! crates stay free of web dependencies): a payslip, an audit report and its findings, a deadline
//! and a fine. These structs are never built; they describe the JSON those types serialise to.
//! They cannot drift unnoticed: the schemathesis run in CI (`scripts/schemathesis.sh`) checks every
//! answer against its schema.

#![allow(dead_code)]

use utoipa::ToSchema;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

/// An amount in tenge, or `null` (no amount: see the accompanying status or note).
pub fn kzt_or_null() -> Schema {
    ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([Type::Number, Type::Null]))
        .description(Some("An amount in tenge (a JSON number, exact to the tiyn), or null"))
        .into()
}

/// An exact decimal (a share, a count of MRP), as a JSON number; or `null`.
pub fn decimal_or_null() -> Schema {
    ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([Type::Number, Type::Null]))
        .description(Some("An exact decimal as a JSON number, or null"))
        .into()
}

/// One employee-month: every charge, net pay and the employer's cost (`POST /payroll`), and each
/// result of `POST /payroll/batch`.
#[derive(ToSchema)]
pub struct Payslip {
    /// `YYYY-MM`.
    #[schema(example = "2026-03")]
    period: String,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    gross: (),
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    net: (),
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    employer_cost: (),
    employee: EmployeeLines,
    employer: EmployerLines,
    /// OPVR + SO + OOSMS + social tax.
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    employer_charges: (),
    /// Taxable income for IPN this month.
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    ipn_taxable: (),
    /// How each line was computed, with its legal sources (empty in a batch without `trace`).
    trace: Vec<TraceLine>,
}

#[derive(ToSchema)]
pub struct EmployeeLines {
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    opv: (),
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    vosms: (),
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    ipn: (),
}

#[derive(ToSchema)]
pub struct EmployerLines {
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    opvr: (),
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    so: (),
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    oosms: (),
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    social_tax: (),
}

/// One line of a payslip's trace.
#[derive(ToSchema)]
pub struct TraceLine {
    /// `opv`, `vosms`, `ipn`, … (a line may appear for an intermediate value).
    line: String,
    label: String,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    amount: (),
    /// The computation with this case's numbers.
    formula: String,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    base: Option<()>,
    rate: Option<String>,
    /// The cap or floor that bit.
    limit: Option<String>,
    notes: Option<Vec<String>>,
    sources: Vec<TraceSource>,
}

/// A parameter a trace line used: its value, legal act, public reference and confidence.
#[derive(ToSchema)]
pub struct TraceSource {
    parameter: String,
    value: String,
    source: String,
    reference: String,
    /// `high`, `medium` or `low`.
    confidence: Option<String>,
    /// Absent for a built-in value; otherwise `{"kind": "entered" | "overlay" | "rules-file", …}`.
    #[schema(value_type = Option<Object>)]
    origin: Option<()>,
}

/// The audit of a workforce: headcount, localisation, findings worst first, fine exposure.
#[derive(ToSchema)]
pub struct AuditReport {
    #[schema(format = Date)]
    as_of: String,
    company: String,
    headcount: Headcount,
    /// `micro`, `small`, `medium` or `large` (Entrepreneurial Code art. 24).
    size_class: String,
    size_reason: String,
    localization: Localization,
    findings: Vec<Finding>,
    counts: Counts,
    /// The sum of the priced fines (at least this when `fines_not_priced` > 0).
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    fine_exposure_kzt: (),
    fines_not_priced: u32,
    not_checked: Vec<NotChecked>,
}

#[derive(ToSchema)]
pub struct Headcount {
    effective: u32,
    direct: u32,
    outstaffed: u32,
    third_party: u32,
    contractor: u32,
}

#[derive(ToSchema)]
pub struct Localization {
    applies: bool,
    #[schema(schema_with = decimal_or_null)]
    cat12_kz_share: (),
    #[schema(schema_with = decimal_or_null)]
    cat34_kz_share: (),
    /// [citizens, people] among managers (categories 1–2).
    cat12: [u32; 2],
    /// [citizens, people] among specialists and workers (categories 3–4).
    cat34: [u32; 2],
    cat12_foreign_headroom: u32,
    cat34_foreign_headroom: u32,
}

#[derive(ToSchema)]
pub struct Counts {
    violation: u32,
    risk: u32,
    warning: u32,
}

/// A check, or part of one, not run for want of data.
#[derive(ToSchema)]
pub struct NotChecked {
    rule: String,
    reason: String,
}

/// One rule broken, or about to be: for whom, why, on what basis, at what cost.
#[derive(ToSchema)]
pub struct Finding {
    /// A rule id such as `salary-parity`.
    rule: String,
    /// `violation`, `risk` or `warning`.
    severity: String,
    /// The people concerned (their ids in your records).
    people: Vec<String>,
    message: String,
    basis: String,
    /// The fine in tenge; null when the rules could not price it (`fine_status` says why).
    #[schema(schema_with = kzt_or_null)]
    fine_kzt: (),
    /// `priced`, `warning`, `not_finable`, `not_priced` or `no_sanction`.
    fine_status: String,
    fine_note: Option<String>,
    /// For pay parity: how far below the lowest-paid comparable direct employee.
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    gap_kzt: Option<()>,
}

/// A statutory deadline and its status.
#[derive(ToSchema)]
pub struct Deadline {
    /// The event, e.g. `esutd-new-contract`.
    event: String,
    action: String,
    #[schema(format = Date)]
    date: String,
    #[schema(format = Date)]
    due: String,
    #[schema(format = Date)]
    window_opens: Option<String>,
    basis: String,
    reference: String,
    confidence: Option<String>,
    rule: String,
    rule_key: String,
    explanation: String,
    /// `on-time`, `late`, `due`, `overdue`, `not-open`, `waiting` or `open`.
    status: String,
    days: i32,
    status_text: String,
    #[schema(format = Date)]
    as_of: String,
    #[schema(format = Date)]
    done: Option<String>,
    provisional: bool,
}

/// What a violation costs on a date.
#[derive(ToSchema)]
pub struct Fine {
    violation: String,
    description: String,
    #[schema(format = Date)]
    on: String,
    offender: String,
    repeat: bool,
    finable: bool,
    /// `fine`, `warning` or `none`.
    sanction: String,
    article: Option<String>,
    #[schema(schema_with = decimal_or_null)]
    mrp: Option<()>,
    #[schema(schema_with = decimal_or_null)]
    mrp_min: Option<()>,
    #[schema(schema_with = decimal_or_null)]
    mrp_max: Option<()>,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    mrp_value: Option<()>,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    amount_kzt: Option<()>,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    amount_kzt_min: Option<()>,
    #[schema(schema_with = kzcomply_store::kzt_schema)]
    amount_kzt_max: Option<()>,
    reason: Option<String>,
    source: String,
    reference: String,
    confidence: Option<String>,
    rule_key: String,
    #[schema(value_type = Option<Object>)]
    entity_size: Option<()>,
}

/// An amount in tenge as input: 0 to 10^12 (`Money::MAX_INPUT`), a JSON number with at most two
/// decimals or a string such as "145000.50".
pub fn kzt_input() -> Schema {
    use utoipa::openapi::schema::OneOfBuilder;
    let max = (kzcomply_law::Money::MAX_INPUT.tiyn() / 100) as f64;
    OneOfBuilder::new()
        .item(ObjectBuilder::new().schema_type(Type::Number).minimum(Some(0.0)).maximum(Some(max)))
        .item(ObjectBuilder::new().schema_type(Type::String).pattern(Some(r"^\s*\+?[0-9][0-9 ,.'_]*\s*$")))
        .description(Some("An amount in tenge, 0 to 1,000,000,000,000 (exact to the tiyn): a JSON number, or a string such as \"145000.50\""))
        .into()
}

/// A period, `YYYY-MM`.
pub fn period() -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(r"^[0-9]{4}-(0[1-9]|1[0-2])$"))
        .examples(["2026-03"])
        .into()
}

/// One of `names`, as a string enum.
pub fn one_of(names: impl IntoIterator<Item = &'static str>) -> Schema {
    ObjectBuilder::new().schema_type(Type::String).enum_values(Some(names)).into()
}

pub fn statuses() -> Schema {
    one_of(kzcomply_law::Status::ALL.map(|s| s.name()))
}

pub fn events() -> Schema {
    one_of(kzcomply_law::deadlines::Event::ALL.map(|e| e.name()))
}

pub fn violations() -> Schema {
    one_of(kzcomply_law::fines::Violation::ALL.map(|v| v.name()))
}

pub fn offenders() -> Schema {
    one_of(kzcomply_law::fines::Offender::ALL.map(|o| o.name()))
}

pub fn weeks() -> Schema {
    one_of(["five-day", "six-day"])
}
