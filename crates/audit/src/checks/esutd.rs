//! ESUTD: the seven fields of Order No. 353, valid IINs and BINs, one IIN per person, and
//! registration of new contracts and terminations on time (5 and 3 working days, CoAO art. 98
//! part 1-1 from 12 March 2026).

use super::{Context, Out};
use crate::columns::Column;
use crate::finding::{Finding, FineStatus, Severity};
use crate::model::{Engagement, Person};
use crate::text::n;
use jiff::civil::Date;
use kzcomply_i18n::Args;
use kzcomply_law::Money;
use kzcomply_law::deadlines::{DeadlineOptions, Event, deadline};
use kzcomply_law::fines::Violation;
use kzcomply_law::ids::{parse_bin, parse_iin};
use std::collections::HashMap;

/// At most this many records are named in a `duplicate-iin` message (all are in `people`).
const NAMED_DUPLICATES: usize = 10;

fn direct(people: &[Person]) -> impl Iterator<Item = &Person> {
    people.iter().filter(|p| p.engagement == Engagement::Direct)
}

/// The Order 353 fields read from optional columns: the column and the not-checked reason.
const OPTIONAL_FIELDS: [(Column, &str); 4] = [
    (Column::PlaceOfWork, "audit-nc-place-of-work"),
    (Column::ContractEndDate, "audit-nc-term"),
    (Column::ContractDate, "audit-nc-contract-date"),
    (Column::ContractNumber, "audit-nc-contract-number"),
];

pub fn missing_fields(ctx: &Context, people: &[Person], out: &mut Out) {
    const RULE: &str = "esutd-missing-field";
    let staff: Vec<&Person> = direct(people).filter(|p| p.is_active(ctx.as_of)).collect();
    if staff.is_empty() {
        return;
    }
    if ctx.company_bin().is_none() {
        out.not_checked(RULE, ctx.tr("audit-nc-employer-bin", &Args::new().num("count", n(staff.len()))));
    }
    for (column, reason) in OPTIONAL_FIELDS.iter().filter(|f| !ctx.has(f.0)) {
        out.not_checked(RULE, ctx.no_column(reason, staff.len(), *column));
    }
    for p in staff {
        let mut missing = Vec::new();
        if p.iin.is_empty() {
            missing.push("audit-field-iin");
        }
        if p.position.trim().is_empty() {
            missing.push("audit-field-position");
        }
        // An empty cell in a column the file has is a field the record lacks; a column the file
        // does not have is not checked (above).
        let empty = |c: Column, blank: bool| ctx.has(c) && blank;
        if empty(Column::PlaceOfWork, p.place_of_work.is_none()) {
            missing.push("audit-field-place-of-work");
        }
        if empty(Column::ContractEndDate, p.contract_end.is_none()) {
            missing.push("audit-field-term");
        }
        if empty(Column::ContractDate, p.contract_date.is_none()) {
            missing.push("audit-field-contract-date");
        }
        if empty(Column::ContractNumber, p.contract_number.is_none()) {
            missing.push("audit-field-contract-number");
        }
        if missing.is_empty() {
            continue;
        }
        let fields: Vec<String> = missing.iter().map(|id| ctx.t(id)).collect();
        let message = ctx.tr("audit-missing-fields", &person(p).text("fields", fields.join(", ")));
        let mut f = Finding::new(RULE, Severity::Violation, vec![p.id.clone()], message, &ctx.t("audit-basis-fields"));
        ctx.price(&mut f, Violation::EsutdIncomplete, ctx.as_of, 1);
        out.push(f);
    }
}

/// A person's id and name, the arguments most messages start with.
fn person(p: &Person) -> Args {
    Args::new().text("id", p.id.as_str()).text("name", p.full_name.as_str())
}

/// Why a wrong identifier of someone who is not the host's employee costs the host nothing;
/// `sender` is the reason for a provided person's record (`…-sender-iin` or `…-sender-bin`).
fn not_the_hosts_record(ctx: &Context, p: &Person, sender: &str) -> String {
    match p.engagement {
        Engagement::Contractor => ctx.t("audit-no-sanction-contractor-record"),
        _ => ctx.tr(sender, &Args::new().text("id", p.id.as_str())),
    }
}

/// Records that share an IIN: one finding per IIN, naming every record, in file order. An IIN
/// is one person's, so either an IIN is wrong or one person has two records (and is counted twice
/// in the headcount and the quotas). Which one the file cannot say, so it is a `risk` without a
/// fine of its own.
fn duplicate_iins(ctx: &Context, people: &[Person], out: &mut Out) {
    let mut by_iin: HashMap<&str, Vec<&Person>> = HashMap::new();
    let mut order = Vec::new();
    for p in people.iter().filter(|p| !p.iin.trim().is_empty()) {
        let group = by_iin.entry(p.iin.trim()).or_default();
        if group.is_empty() {
            order.push(p.iin.trim());
        }
        group.push(p);
    }
    for iin in order {
        let group = &by_iin[iin];
        if group.len() < 2 {
            continue;
        }
        let mut named: Vec<String> =
            group.iter().take(NAMED_DUPLICATES).map(|p| format!("{} ({})", p.id, p.full_name)).collect();
        if group.len() > NAMED_DUPLICATES {
            named.push(ctx.tr("audit-records-more", &Args::new().num("count", n(group.len() - NAMED_DUPLICATES))));
        }
        let message = ctx.tr(
            "audit-duplicate-iin",
            &Args::new().text("iin", iin).num("count", n(group.len())).text("names", named.join(", ")),
        );
        let ids = group.iter().map(|p| p.id.clone()).collect();
        let f = Finding::new("duplicate-iin", Severity::Risk, ids, message, &ctx.t("audit-basis-duplicate"));
        out.push(f.without_sanction(ctx.t("audit-duplicate-no-sanction")));
    }
}

pub fn identifiers(ctx: &Context, people: &[Person], out: &mut Out) {
    duplicate_iins(ctx, people, out);
    let basis = ctx.t("audit-basis-ids");
    for p in people {
        if let Err(e) = parse_iin(&p.iin) {
            let args = person(p).text("iin", p.iin.as_str()).text("error", e.message(ctx.lang));
            let message = ctx.tr("audit-invalid-iin", &args);
            let mut f = Finding::new("invalid-iin", Severity::Violation, vec![p.id.clone()], message, &basis);
            if p.engagement == Engagement::Direct {
                ctx.price(&mut f, Violation::EsutdInaccurate, ctx.as_of, 1);
            } else {
                f = f.without_sanction(not_the_hosts_record(ctx, p, "audit-no-sanction-sender-iin"));
            }
            out.push(f);
        }
    }
    let year = ctx.as_of.year();
    match ctx.company_bin() {
        None => out.not_checked("invalid-bin", ctx.t("audit-nc-company-bin")),
        Some(bin) => {
            if let Err(e) = parse_bin(bin, year) {
                let args = Args::new().text("bin", bin).text("error", e.message(ctx.lang));
                let message = ctx.tr("audit-invalid-company-bin", &args);
                let staff: Vec<String> =
                    direct(people).filter(|p| p.is_active(ctx.as_of)).map(|p| p.id.clone()).collect();
                let count = staff.len();
                let mut f = Finding::new("invalid-bin", Severity::Violation, staff, message, &basis);
                if count > 0 {
                    ctx.price(&mut f, Violation::EsutdInaccurate, ctx.as_of, count);
                } else {
                    f = f.without_sanction(ctx.t("audit-company-bin-no-staff"));
                }
                out.push(f);
            }
        }
    }
    let provided =
        people.iter().filter(|p| matches!(p.engagement, Engagement::Outstaffed | Engagement::ThirdParty)).count();
    if provided > 0 && !ctx.has(Column::EmployerBin) {
        out.not_checked("invalid-bin", ctx.no_column("audit-nc-sender-bin", provided, Column::EmployerBin));
    }
    for p in people {
        if let Some(bin) = &p.employer_bin
            && let Err(e) = parse_bin(bin, year)
        {
            let args = person(p).text("bin", bin.as_str()).text("error", e.message(ctx.lang));
            let message = ctx.tr("audit-invalid-sender-bin", &args);
            let f = Finding::new("invalid-bin", Severity::Violation, vec![p.id.clone()], message, &basis);
            out.push(f.without_sanction(not_the_hosts_record(ctx, p, "audit-no-sanction-sender-bin")));
        }
    }
}

/// What is registered: a new employment contract or a termination (each has its own sentences).
#[derive(Clone, Copy)]
enum Kind {
    Contract,
    Termination,
}

impl Kind {
    /// The message `audit-<kind>-<outcome>`.
    fn id(self, outcome: &str) -> String {
        let kind = match self {
            Kind::Contract => "contract",
            Kind::Termination => "termination",
        };
        format!("audit-{kind}-{outcome}")
    }
}

/// One registration to check: the event that starts the clock, on which day, and when it was registered.
struct Registration {
    rule: &'static str,
    event: Event,
    from: Date,
    registered: Option<Date>,
    kind: Kind,
}

/// The three outcomes of a registration deadline: late, missing after the due date, or due soon.
fn registration_finding(ctx: &Context, p: &Person, reg: Registration, out: &mut Out) {
    let Registration { rule, event, from, registered, kind } = reg;
    let who = person(p).date("from", from);
    let d = match deadline(ctx.rules, ctx.calendar, event, from, &DeadlineOptions::default()) {
        Ok(d) => d,
        Err(e) => {
            if registered.is_none() {
                let message = ctx.tr(&kind.id("no-deadline"), &who.text("error", e.message(ctx.lang)));
                let basis = ctx.t("audit-basis-order-353");
                let mut f = Finding::new(rule, Severity::Violation, vec![p.id.clone()], message, &basis);
                ctx.price(&mut f, Violation::EsutdMissing, ctx.as_of, 1);
                out.push(f);
            }
            return;
        }
    };
    let basis = ctx.tr(
        "audit-basis-registration",
        &Args::new().text("act", d.basis.act_text(&d.rule_key, ctx.lang)).text("rule", d.rule.text(ctx.lang)),
    );
    let days = |a: Date, b: Date| i64::from(kzcomply_law::calendar::days_between(a, b));
    let who = who.date("due", d.due);
    let (severity, message, violation_day) = match registered {
        Some(r) if r <= d.due => return,
        Some(r) => (
            Severity::Violation,
            ctx.tr(&kind.id("late"), &who.date("registered", r).num("days", days(d.due, r))),
            Some((Violation::EsutdLate, d.due.tomorrow().unwrap_or(d.due))),
        ),
        None if ctx.as_of > d.due => (
            Severity::Violation,
            ctx.tr(&kind.id("missing"), &who.num("days", days(d.due, ctx.as_of))),
            Some((Violation::EsutdMissing, ctx.as_of)),
        ),
        None => (Severity::Warning, ctx.tr(&kind.id("due"), &who.num("days", days(ctx.as_of, d.due))), None),
    };
    let mut f = Finding::new(rule, severity, vec![p.id.clone()], message, &basis);
    match violation_day {
        Some((violation, day)) => ctx.price(&mut f, violation, day, 1),
        None => {
            f.fine_kzt = Some(Money::ZERO);
            f.fine_status = FineStatus::NotFinable;
            f.fine_note = Some(ctx.tr("audit-registration-not-finable-yet", &Args::new().date("due", d.due)));
        }
    }
    out.push(f);
}

pub fn registration(ctx: &Context, people: &[Person], out: &mut Out) {
    let started: Vec<&Person> = direct(people).filter(|p| p.start_date <= ctx.as_of).collect();
    if !ctx.has(Column::EsutdRegisteredOn) {
        if !started.is_empty() {
            let reason = ctx.no_column("audit-nc-registration", started.len(), Column::EsutdRegisteredOn);
            out.not_checked("esutd-registration-overdue", reason);
        }
        return;
    }
    for p in started {
        let reg = Registration {
            rule: "esutd-registration-overdue",
            event: Event::EsutdNewContract,
            from: p.contract_date.unwrap_or(p.start_date),
            registered: p.esutd_registered_on,
            kind: Kind::Contract,
        };
        registration_finding(ctx, p, reg, out);
    }
}

pub fn termination(ctx: &Context, people: &[Person], out: &mut Out) {
    const RULE: &str = "esutd-termination-overdue";
    if !ctx.has(Column::TerminatedOn) {
        if direct(people).next().is_some() {
            out.not_checked(RULE, ctx.no_column("audit-nc-terminations", 0, Column::TerminatedOn));
        }
        return;
    }
    let left: Vec<(&Person, Date)> =
        direct(people).filter_map(|p| p.terminated_on.filter(|t| *t <= ctx.as_of).map(|t| (p, t))).collect();
    if !ctx.has(Column::EsutdTerminationRegisteredOn) {
        if !left.is_empty() {
            let reason =
                ctx.no_column("audit-nc-termination-registration", left.len(), Column::EsutdTerminationRegisteredOn);
            out.not_checked(RULE, reason);
        }
        return;
    }
    for (p, t) in left {
        let reg = Registration {
            rule: RULE,
            event: Event::EsutdTermination,
            from: t,
            registered: p.esutd_termination_registered_on,
            kind: Kind::Termination,
        };
        registration_finding(ctx, p, reg, out);
    }
}
