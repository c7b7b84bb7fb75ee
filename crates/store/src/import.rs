//! An import planned before anything is written: every row of a workforce file checked against the
//! company's stored people — all problems at once: a bad field, an id used twice, an IIN that is
//! another person's — then, for each row, whether it creates a person, updates one or leaves one as
//! they are, and which of its events are new.
//!
//! The plan costs three reads of the company (people, contracts, events) and a few hash look-ups
//! per row: existing people by id, their latest contract by person, their events in a set of
//! (kind, on, until) per person. Nothing in it scans the company once per row, so an import is
//! linear in its rows. [`crate::Store::import_workforce`] writes the plan in a handful of multi-row
//! statements; [`summarise`] only counts it (a dry run runs the same checks).
//!
//! One IIN is one person: two rows of a file with the same IIN are refused (each row names the
//! other), and so is a row whose IIN is a stored person's whom the file does not update. Two people
//! stored with one IIN before this rule do not stop an import that leaves them as they are (the
//! audit's `duplicate-iin` reports them).

use crate::companies::{company_in, people_of, updated_person};
use crate::contracts::select;
use crate::db::{Tx, args};
use crate::model::{Contract, ContractInput, Event, EventInput, EventKind, Person, PersonInput};
use crate::workforce::{events_of_row, terms_of};
use crate::{ImportSummary, Problem, Scope, StoreError};
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};

/// An event as the import compares it: the same kind on the same days is the same event.
type EventKey = (EventKind, Date, Option<Date>);

/// A company's stored people, indexed for the import's look-ups.
pub(crate) struct Stored {
    /// By their id in the company's records (`ext_id`).
    people: HashMap<String, Person>,
    /// Each person's latest contract, by person id.
    latest: HashMap<String, Contract>,
    /// Each person's events, by person id.
    events: HashMap<String, HashSet<EventKey>>,
}

impl Stored {
    /// Whether the company had anyone before the import.
    pub(crate) fn has_people(&self) -> bool {
        !self.people.is_empty()
    }
}

/// Reads what the company holds (NotFound for a company outside the scope).
pub(crate) async fn stored(tx: &mut Tx, scope: &Scope, company_id: &str) -> Result<Stored, StoreError> {
    company_in(tx, scope, company_id).await?;
    let people = people_of(tx, scope, company_id).await?.into_iter().map(|p| (p.ext_id.clone(), p)).collect();
    let contracts: Vec<crate::contracts::ContractRow> = tx
        .all(
            select!(contract, "WHERE org_id = $1 AND company_id = $2 ORDER BY start_date, created_at"),
            args![&scope.org_id, company_id],
        )
        .await?;
    // Oldest first, so the last one per person is their latest.
    let latest = contracts.into_iter().map(Contract::from).map(|c| (c.person_id.clone(), c)).collect();
    let rows: Vec<crate::contracts::EventRow> =
        tx.all(select!(event, "WHERE org_id = $1 AND company_id = $2"), args![&scope.org_id, company_id]).await?;
    let mut events: HashMap<String, HashSet<EventKey>> = HashMap::new();
    for e in rows.into_iter().map(Event::from) {
        events.entry(e.person_id).or_default().insert((e.kind, e.on_date, e.until_date));
    }
    Ok(Stored { people, latest, events })
}

/// Who a row is.
pub(crate) enum Target<'s> {
    /// A new person (with a contract).
    New,
    /// A stored person, with their latest contract if they have one.
    Existing { person: &'s Person, contract: Option<&'s Contract> },
}

/// What one row does.
pub(crate) struct RowPlan<'s> {
    pub(crate) input: PersonInput,
    pub(crate) terms: ContractInput,
    pub(crate) target: Target<'s>,
    /// The row's events that the person does not have yet (no contract or note set).
    pub(crate) events: Vec<EventInput>,
}

/// What an import does, row by row, and its counts.
pub(crate) struct Plan<'s> {
    pub(crate) rows: Vec<RowPlan<'s>>,
    pub(crate) summary: ImportSummary,
}

/// Checks every row against `stored` and plans it; every problem of every row at once, or the plan.
pub(crate) fn plan<'s>(stored: &'s Stored, rows: &[kzcomply_audit::Person]) -> Result<Plan<'s>, StoreError> {
    let mut problems = Vec::new();
    let mut checked = Vec::with_capacity(rows.len());
    let mut first_row_of: HashMap<String, usize> = HashMap::with_capacity(rows.len());
    for row in rows {
        let mut input = PersonInput {
            ext_id: row.id.clone(),
            full_name: row.full_name.clone(),
            iin: row.iin.clone(),
            citizenship: row.citizenship.clone(),
            residence_permit: row.residence_permit,
            payroll: crate::model::PersonPayroll::from_facts(&row.payroll),
        };
        let terms = terms_of(row);
        let before = problems.len();
        for result in [input.validate(), terms.validate()] {
            if let Err(e) = result {
                problems.extend(at_row(e, row.row));
            }
        }
        let id = input.ext_id.trim().to_string();
        if let Some(first) = first_row_of.get(&id) {
            let args = kzcomply_i18n::Args::new().text("id", id.clone()).num("first", *first as i64);
            problems.push(Problem { row: Some(row.row), ..Problem::said("id", "api-store-id-twice", args) });
        } else {
            first_row_of.insert(id, row.row);
        }
        if problems.len() == before {
            checked.push((row, input, terms));
        }
    }
    problems.extend(duplicate_iins(stored, rows));
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.row);
        return Err(StoreError::Invalid(problems));
    }
    let mut summary = ImportSummary { rows: rows.len(), ..ImportSummary::default() };
    let no_events = HashSet::new();
    let planned = checked
        .into_iter()
        .map(|(row, input, terms)| {
            let target = match stored.people.get(input.ext_id.trim()) {
                None => {
                    summary.people_created += 1;
                    Target::New
                }
                Some(person) => {
                    let contract = stored.latest.get(&person.id);
                    let changed =
                        contract.is_none_or(|c| c.terms != terms) || &updated_person(person, &input) != person;
                    if changed {
                        summary.people_updated += 1;
                    } else {
                        summary.people_unchanged += 1;
                    }
                    Target::Existing { person, contract }
                }
            };
            let known = match &target {
                Target::New => &no_events,
                Target::Existing { person, .. } => stored.events.get(&person.id).unwrap_or(&no_events),
            };
            let events: Vec<EventInput> = events_of_row(row)
                .into_iter()
                .filter(|e| !known.contains(&(e.kind, e.on_date, e.until_date)))
                .collect();
            summary.events_added += events.len();
            RowPlan { input, terms, target, events }
        })
        .collect();
    Ok(Plan { rows: planned, summary })
}

/// What importing `rows` would do, writing nothing: the same reads and checks as the import (for
/// the dry run; in a read transaction).
pub(crate) async fn summarise(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    rows: &[kzcomply_audit::Person],
) -> Result<ImportSummary, StoreError> {
    let stored = stored(tx, scope, company_id).await?;
    Ok(plan(&stored, rows)?.summary)
}

/// The rows whose IIN is another row's, or a stored person's whom the file leaves as they are.
fn duplicate_iins(stored: &Stored, rows: &[kzcomply_audit::Person]) -> Vec<Problem> {
    let iin_of = |r: &kzcomply_audit::Person| r.iin.trim().to_string();
    let mut by_iin: HashMap<String, Vec<&kzcomply_audit::Person>> = HashMap::new();
    for r in rows.iter().filter(|r| !r.iin.trim().is_empty()) {
        by_iin.entry(iin_of(r)).or_default().push(r);
    }
    let in_file: HashSet<&str> = rows.iter().map(|r| r.id.trim()).collect();
    let mut stored_by_iin: HashMap<&str, Vec<&Person>> = HashMap::new();
    for p in stored.people.values().filter(|p| !in_file.contains(p.ext_id.as_str())) {
        stored_by_iin.entry(p.iin.as_str()).or_default().push(p);
    }
    let mut problems = Vec::new();
    for (iin, group) in &by_iin {
        for r in group {
            let others: Vec<(usize, String)> =
                group.iter().filter(|o| o.row != r.row).map(|o| (o.row, o.id.trim().to_string())).collect();
            if !others.is_empty() {
                problems.push(Problem { row: Some(r.row), ..iin_on_other_rows(iin, &others) });
            }
            // A stored pair the row does not change is older than this rule: left alone.
            let unchanged = stored.people.get(r.id.trim()).is_some_and(|p| p.iin == *iin);
            let stored_others = stored_by_iin.get(iin.as_str()).filter(|_| !unchanged);
            for p in stored_others.into_iter().flatten() {
                let args = kzcomply_i18n::Args::new()
                    .text("iin", iin.clone())
                    .text("ext_id", p.ext_id.clone())
                    .text("name", p.full_name.clone());
                problems.push(Problem { row: Some(r.row), ..Problem::said("iin", "api-store-iin-stored", args) });
            }
        }
    }
    problems
}

/// "IIN … is also on row 5 (id L000003), row 3 (id L000001): …", in the catalogue's words (the
/// rows too).
fn iin_on_other_rows(iin: &str, others: &[(usize, String)]) -> Problem {
    let rows = others
        .iter()
        .map(|(row, id)| {
            ("api-store-row-id", kzcomply_i18n::Args::new().num("row", *row as i64).text("id", id.clone()))
        })
        .collect();
    let said = crate::error::Said::new("api-store-iin-twice", kzcomply_i18n::Args::new().text("iin", iin))
        .with_list("rows", rows);
    Problem::from_said("iin", said)
}

/// Puts the file row on each problem. `row` is already the spreadsheet row (the importer counts the
/// header as row 1, like its own cell problems), so it is used as is.
fn at_row(e: StoreError, row: usize) -> Vec<Problem> {
    match e {
        StoreError::Invalid(problems) => problems.into_iter().map(|p| Problem { row: Some(row), ..p }).collect(),
        other => vec![Problem { row: Some(row), ..Problem::field("", other.to_string()) }],
    }
}
