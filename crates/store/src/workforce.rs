//! The bridge between the stored workforce and the audit: a host company's people, contracts and
//! events → the audit's [`kzcomply_audit::Person`] rows, and a validated workforce file → stored
//! people, contracts and events in one transaction (all or nothing).
//!
//! Mapping (one person's row ↔ records): the row's identity → `people`; its pay, role and term →
//! the person's latest contract; its dates → events: `contract_date` = the latest `signed`,
//! `esutd_registered_on` = the first `esutd_registered`, `terminated_on` = the latest `terminated`
//! unless a later `reinstated`, `esutd_termination_registered_on` = the latest such event,
//! `work_permit_until` = the furthest `until` of `permit_issued`/`permit_extended`,
//! `mentor_appointed_on` = the first `mentor_appointed`; the payroll facts (`birth_date` …
//! `days_worked`) → columns of `people` ([`crate::PersonPayroll`]).

use crate::companies::{INSERT_PERSON, company_in, lock_company, new_person, people_of, person_row, replace_person};
use crate::contracts::{
    INSERT_CONTRACT, INSERT_EVENT, contract_row, event_row, new_contract, new_event, replace_contract, select,
};
use crate::db::{Tx, args};
use crate::import::Target;
use crate::model::{Contract, ContractInput, Event, EventInput, EventKind, Person};
use crate::{Role, Scope, Store, StoreError, log, new_id};
use jiff::civil::Date;
use kzcomply_audit::columns::Column;
use kzcomply_audit::{Engagement, Supplied, Term};
use std::collections::HashMap;
use utoipa::ToSchema;

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, ToSchema)]
pub struct ImportSummary {
    /// Rows in the file.
    pub rows: usize,
    pub people_created: usize,
    pub people_updated: usize,
    pub people_unchanged: usize,
    pub events_added: usize,
}

pub(crate) fn terms_of(p: &kzcomply_audit::Person) -> ContractInput {
    let (term, end_date) = match p.contract_end {
        None => (None, None),
        Some(Term::Indefinite) => (Some("indefinite".to_string()), None),
        Some(Term::Until(d)) => (Some("fixed".to_string()), Some(d)),
    };
    ContractInput {
        number: p.contract_number.clone(),
        engagement: p.engagement.name().to_string(),
        position: p.position.clone(),
        department: p.department.clone(),
        role_category: i32::from(p.role_category),
        job_function: p.job_function.clone(),
        place_of_work: p.place_of_work.clone(),
        employer_bin: p.employer_bin.clone(),
        monthly_gross: p.monthly_gross,
        bonus_annual: p.bonus_annual,
        allowances_monthly: p.allowances_monthly,
        benefits_in_kind_monthly: p.benefits_in_kind_monthly,
        paid_leave_days: p.paid_leave_days.map(|d| d as i32),
        start_date: p.start_date,
        term,
        end_date,
    }
}

/// The events a file row implies.
pub(crate) fn events_of_row(p: &kzcomply_audit::Person) -> Vec<EventInput> {
    let ev = |kind, on_date: Date, until_date: Option<Date>| EventInput {
        kind,
        on_date,
        until_date,
        contract_id: None,
        note: String::new(),
    };
    let mut out = Vec::new();
    if let Some(d) = p.contract_date {
        out.push(ev(EventKind::Signed, d, None));
    }
    if let Some(d) = p.esutd_registered_on {
        out.push(ev(EventKind::EsutdRegistered, d, None));
    }
    if let Some(d) = p.terminated_on {
        out.push(ev(EventKind::Terminated, d, None));
    }
    if let Some(d) = p.esutd_termination_registered_on {
        out.push(ev(EventKind::EsutdTerminationRegistered, d, None));
    }
    if let Some(until) = p.work_permit_until {
        // The file gives only the expiry; the permit is recorded as held from the start date.
        out.push(ev(EventKind::PermitIssued, p.start_date.min(until), Some(until)));
    }
    if let Some(d) = p.mentor_appointed_on {
        out.push(ev(EventKind::MentorAppointed, d, None));
    }
    out
}

/// The audit's view of one stored person.
fn audit_person(row: usize, person: &Person, contract: &Contract, events: &[&Event]) -> kzcomply_audit::Person {
    let t = &contract.terms;
    let dates = |k: EventKind| events.iter().filter(move |e| e.kind == k).map(|e| e.on_date);
    let terminated = dates(EventKind::Terminated).max();
    let reinstated = dates(EventKind::Reinstated).max();
    let permit_until = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::PermitIssued | EventKind::PermitExtended))
        .filter_map(|e| e.until_date)
        .max();
    kzcomply_audit::Person {
        row,
        id: person.ext_id.clone(),
        full_name: person.full_name.clone(),
        iin: person.iin.clone(),
        citizenship: person.citizenship.clone(),
        // Validated on the way in (ContractInput::validate).
        engagement: Engagement::parse(&t.engagement).unwrap_or(Engagement::Direct),
        position: t.position.clone(),
        department: t.department.clone(),
        role_category: t.role_category.clamp(1, 4) as u8,
        monthly_gross: t.monthly_gross,
        start_date: t.start_date,
        job_function: t.job_function.clone(),
        employer_bin: t.employer_bin.clone(),
        bonus_annual: t.bonus_annual,
        allowances_monthly: t.allowances_monthly,
        benefits_in_kind_monthly: t.benefits_in_kind_monthly,
        paid_leave_days: t.paid_leave_days.and_then(|d| u32::try_from(d).ok()),
        contract_number: t.number.clone(),
        contract_date: dates(EventKind::Signed).max(),
        contract_end: match (t.term.as_deref(), t.end_date) {
            (_, Some(d)) => Some(Term::Until(d)),
            (Some("indefinite"), None) => Some(Term::Indefinite),
            _ => None,
        },
        place_of_work: t.place_of_work.clone(),
        esutd_registered_on: dates(EventKind::EsutdRegistered).min(),
        terminated_on: terminated.filter(|t| reinstated.is_none_or(|r| r < *t)),
        esutd_termination_registered_on: dates(EventKind::EsutdTerminationRegistered).max(),
        residence_permit: person.residence_permit,
        work_permit_until: permit_until,
        mentor_appointed_on: dates(EventKind::MentorAppointed).min(),
        payroll: person.payroll.to_facts(),
    }
}

async fn company_contracts(tx: &mut Tx, scope: &Scope, company_id: &str) -> Result<Vec<Contract>, StoreError> {
    let rows: Vec<crate::contracts::ContractRow> = tx
        .all(
            select!(contract, "WHERE org_id = $1 AND company_id = $2 ORDER BY start_date, created_at"),
            args![&scope.org_id, company_id],
        )
        .await?;
    Ok(rows.into_iter().map(Contract::from).collect())
}

async fn company_events(tx: &mut Tx, scope: &Scope, company_id: &str) -> Result<Vec<Event>, StoreError> {
    let rows: Vec<crate::contracts::EventRow> = tx
        .all(
            select!(event, "WHERE org_id = $1 AND company_id = $2 ORDER BY on_date, created_at"),
            args![&scope.org_id, company_id],
        )
        .await?;
    Ok(rows.into_iter().map(Event::from).collect())
}

impl Store {
    /// The host company's facts and workforce as the audit reads them. People without a contract
    /// are left out (there is nothing to audit yet); `row` numbers follow the people's ids.
    pub async fn workforce(
        &self,
        scope: &Scope,
        company_id: &str,
    ) -> Result<(kzcomply_audit::Company, Vec<kzcomply_audit::Person>), StoreError> {
        let (facts, rows) = self.workforce_with_ids(scope, company_id).await?;
        Ok((facts, rows.into_iter().map(|(_, p)| p).collect()))
    }

    /// [`Store::workforce`], each row with the stored person's id (the audit's `Person::id` is the
    /// id in the company's own records).
    pub async fn workforce_with_ids(
        &self,
        scope: &Scope,
        company_id: &str,
    ) -> Result<(kzcomply_audit::Company, Vec<(String, kzcomply_audit::Person)>), StoreError> {
        let mut tx = self.db.read().await?;
        let company = company_in(&mut tx, scope, company_id).await?;
        let people = people_of(&mut tx, scope, company_id).await?;
        let contracts = company_contracts(&mut tx, scope, company_id).await?;
        let events = company_events(&mut tx, scope, company_id).await?;
        tx.commit().await?;
        // Contracts come oldest first, so the last one inserted per person is their latest.
        let latest: HashMap<&str, &Contract> = contracts.iter().map(|c| (c.person_id.as_str(), c)).collect();
        let mut by_person: HashMap<&str, Vec<&Event>> = HashMap::new();
        for e in &events {
            by_person.entry(e.person_id.as_str()).or_default().push(e);
        }
        let rows = people
            .iter()
            .filter_map(|p| {
                let c = latest.get(p.id.as_str())?;
                Some((p, *c))
            })
            .enumerate()
            .map(|(i, (p, c))| {
                let events = by_person.get(p.id.as_str()).map_or(&[][..], |v| v);
                (p.id.clone(), audit_person(i + 1, p, c, events))
            })
            .collect();
        let facts = kzcomply_audit::Company {
            name: company.name,
            bin: company.bin,
            income_mrp: company.income_mrp.and_then(|i| u64::try_from(i).ok()),
            branch_of_foreign_company: company.branch_of_foreign_company,
        };
        Ok((facts, rows))
    }

    /// Writes a validated workforce file into the company in one transaction: new ids become
    /// people with a contract and their events; known ids get their details and latest contract
    /// updated and any new events added. Nothing is deleted. Either every row lands or none does.
    /// Every row is checked first, all problems at once (see [`crate::import`]: one IIN is one
    /// person); then new people, contracts and events go in a few multi-row statements, and only
    /// the rows that change something are updated one by one, so the cost is linear in the rows.
    /// `supplied` (the file's columns) is added to what the company's data carries.
    pub async fn import_workforce(
        &self,
        scope: &Scope,
        company_id: &str,
        rows: &[kzcomply_audit::Person],
        supplied: &Supplied,
        file_name: &str,
    ) -> Result<ImportSummary, StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        lock_company(&mut tx, scope, company_id).await?;
        let stored = crate::import::stored(&mut tx, scope, company_id).await?;
        let plan = crate::import::plan(&stored, rows)?;
        let (mut people, mut contracts, mut events) = (Vec::new(), Vec::new(), Vec::new());
        let note = format!("imported from {file_name}");
        for row in plan.rows {
            let (person, contract_id) = match row.target {
                Target::New => {
                    let p = new_person(company_id, &row.input, now);
                    let c = new_contract(&p, &row.terms, now);
                    log::write(&mut tx, scope, now, "create", "person", &p.id, None, Some(&p)).await?;
                    log::write(&mut tx, scope, now, "create", "contract", &c.id, None, Some(&c)).await?;
                    people.push(person_row(scope, &p));
                    contracts.push(contract_row(scope, &c));
                    (p, c.id)
                }
                Target::Existing { person: old, contract } => {
                    let p = replace_person(&mut tx, scope, old, &row.input, now).await?;
                    let contract_id = match contract {
                        Some(c) => replace_contract(&mut tx, scope, c, &row.terms, now).await?.id,
                        None => {
                            let c = new_contract(&p, &row.terms, now);
                            log::write(&mut tx, scope, now, "create", "contract", &c.id, None, Some(&c)).await?;
                            contracts.push(contract_row(scope, &c));
                            c.id
                        }
                    };
                    (p, contract_id)
                }
            };
            for mut ev in row.events {
                ev.contract_id = Some(contract_id.clone());
                ev.note = note.clone();
                let e = new_event(&person, &ev, now);
                log::write(&mut tx, scope, now, "create", "event", &e.id, None, Some(&e)).await?;
                events.push(event_row(scope, &e));
            }
        }
        // People before their contracts, contracts before their events (the foreign keys). The
        // company's lock makes a clash of ids impossible; a clash is still a conflict, never a 500.
        tx.insert_rows(INSERT_PERSON, people).await.map_err(|e| match e {
            StoreError::Db(sqlx::Error::Database(d)) if d.is_unique_violation() => {
                StoreError::conflict("api-store-added-meanwhile", kzcomply_i18n::Args::new())
            }
            e => e,
        })?;
        tx.insert_rows(INSERT_CONTRACT, contracts).await?;
        tx.insert_rows(INSERT_EVENT, events).await?;
        add_supplied(&mut tx, scope, company_id, stored.has_people(), supplied).await?;
        let summary = plan.summary;
        let what = serde_json::json!({"file": file_name, "summary": summary});
        log::write(&mut tx, scope, now, "import", "company", company_id, None, Some(&what)).await?;
        tx.commit().await?;
        Ok(summary)
    }

    /// Keeps an uploaded file until the user confirms its import (the dashboard's preview step).
    pub async fn save_draft(
        &self,
        scope: &Scope,
        company_id: &str,
        file_name: &str,
        content: Vec<u8>,
    ) -> Result<String, StoreError> {
        scope.require(Role::Editor)?;
        let id = new_id("dr");
        let now = crate::now();
        let mut tx = self.db.write().await?;
        company_in(&mut tx, scope, company_id).await?;
        // Drafts older than a day are abandoned previews.
        tx.exec(
            "DELETE FROM import_drafts WHERE org_id = $1 AND created_at < $2",
            args![&scope.org_id, now - jiff::SignedDuration::from_hours(24)],
        )
        .await?;
        tx.exec(
            "INSERT INTO import_drafts (id, org_id, company_id, file_name, content, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
            args![&id, &scope.org_id, company_id, file_name, content, now],
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A draft: (company id, file name, content).
    pub async fn draft(&self, scope: &Scope, id: &str) -> Result<(String, String, Vec<u8>), StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            company_id: String,
            file_name: String,
            content: Vec<u8>,
        }
        let mut tx = self.db.read().await?;
        let row: Option<Row> = tx
            .one(
                "SELECT company_id, file_name, content FROM import_drafts WHERE org_id = $1 AND id = $2",
                args![&scope.org_id, id],
            )
            .await?;
        tx.commit().await?;
        row.map(|r| (r.company_id, r.file_name, r.content)).ok_or(StoreError::NotFound)
    }

    pub async fn delete_draft(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let mut tx = self.db.write().await?;
        tx.exec("DELETE FROM import_drafts WHERE org_id = $1 AND id = $2", args![&scope.org_id, id]).await?;
        tx.commit().await
    }
}

/// The column an event kind records, for [`Supplied`]: an event entered in kzcomply makes its
/// column data from then on.
fn event_column(kind: EventKind) -> Option<Column> {
    Some(match kind {
        EventKind::EsutdRegistered => Column::EsutdRegisteredOn,
        EventKind::EsutdTerminationRegistered => Column::EsutdTerminationRegisteredOn,
        EventKind::Terminated => Column::TerminatedOn,
        EventKind::PermitIssued | EventKind::PermitExtended => Column::WorkPermitUntil,
        EventKind::MentorAppointed => Column::MentorAppointedOn,
        EventKind::Signed => Column::ContractDate,
        EventKind::Amended | EventKind::Reinstated | EventKind::Trip => return None,
    })
}

#[derive(sqlx::FromRow)]
struct SuppliedRow {
    supplied_columns: Option<String>,
}

/// The columns a company's data carries (`None` in the database: all of them).
async fn supplied_of(tx: &mut Tx, scope: &Scope, company_id: &str) -> Result<Option<Supplied>, StoreError> {
    let row: Option<SuppliedRow> = tx
        .one("SELECT supplied_columns FROM companies WHERE org_id = $1 AND id = $2", args![&scope.org_id, company_id])
        .await?;
    let Some(row) = row else { return Err(StoreError::NotFound) };
    Ok(row.supplied_columns.map(|text| {
        let names: Vec<String> = serde_json::from_str(&text).unwrap_or_default();
        Supplied::of(names.iter().filter_map(|n| kzcomply_audit::columns::identify(n)))
    }))
}

async fn set_supplied(tx: &mut Tx, scope: &Scope, company_id: &str, s: &Supplied) -> Result<(), StoreError> {
    let names: Vec<&str> = s.columns().map(Column::name).collect();
    let text = serde_json::to_string(&names).expect("names serialise");
    tx.exec(
        "UPDATE companies SET supplied_columns = $3 WHERE org_id = $1 AND id = $2",
        args![&scope.org_id, company_id, text],
    )
    .await?;
    Ok(())
}

/// After an import: the union of what the company's files carried. A company whose data was
/// entered in kzcomply before (people and no record of columns) keeps every column.
pub(crate) async fn add_supplied(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    had_people: bool,
    file: &Supplied,
) -> Result<(), StoreError> {
    match supplied_of(tx, scope, company_id).await? {
        None if had_people => Ok(()),
        None => set_supplied(tx, scope, company_id, file).await,
        Some(old) => set_supplied(tx, scope, company_id, &Supplied::of(old.columns().chain(file.columns()))).await,
    }
}

/// After an event is entered by hand: its column is data from now on.
pub(crate) async fn add_event_column(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    kind: EventKind,
) -> Result<(), StoreError> {
    let Some(column) = event_column(kind) else { return Ok(()) };
    if let Some(old) = supplied_of(tx, scope, company_id).await?
        && !old.has(column)
    {
        set_supplied(tx, scope, company_id, &Supplied::of(old.columns().chain([column]))).await?;
    }
    Ok(())
}

impl Store {
    /// Which workforce columns the company's data carries: what its imported files had (and the
    /// events entered since), or every column when its data was entered in kzcomply.
    pub async fn supplied(&self, scope: &Scope, company_id: &str) -> Result<Supplied, StoreError> {
        let mut tx = self.db.read().await?;
        let s = supplied_of(&mut tx, scope, company_id).await?;
        tx.commit().await?;
        Ok(s.unwrap_or_else(Supplied::all))
    }
}

impl Store {
    /// What [`Store::import_workforce`] would do with `rows`, writing nothing: the same reads and
    /// the same checks (every field, ids used twice, IINs of other people — the import's own plan,
    /// [`crate::import::summarise`]), and the same counts of people created, updated and left
    /// unchanged and of events added. An editor's call, like the import; in a read transaction.
    pub async fn import_workforce_dry_run(
        &self,
        scope: &Scope,
        company_id: &str,
        rows: &[kzcomply_audit::Person],
    ) -> Result<ImportSummary, StoreError> {
        scope.require(Role::Editor)?;
        let mut tx = self.db.read().await?;
        let summary = crate::import::summarise(&mut tx, scope, company_id, rows).await?;
        tx.commit().await?;
        Ok(summary)
    }
}
