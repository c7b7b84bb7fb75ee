//! Contracts (engagements) and the events on them, within the caller's organisation.

use crate::companies::person_in;
use crate::db::{Tx, args};
use crate::model::{Contract, ContractInput, Event, EventInput, EventKind, Person};
use crate::{Role, Scope, Store, StoreError, log, new_id};
use jiff::Timestamp;
use jiff::civil::Date;
use kzcomply_law::Money;

#[derive(sqlx::FromRow)]
pub(crate) struct ContractRow {
    id: String,
    company_id: String,
    person_id: String,
    number: Option<String>,
    engagement: String,
    position: String,
    department: String,
    role_category: i32,
    job_function: Option<String>,
    place_of_work: Option<String>,
    employer_bin: Option<String>,
    monthly_gross: i64,
    bonus_annual: i64,
    allowances_monthly: i64,
    benefits_in_kind_monthly: i64,
    paid_leave_days: Option<i32>,
    #[sqlx(try_from = "jiff_sqlx::Date")]
    start_date: Date,
    term: Option<String>,
    end_date: Option<jiff_sqlx::Date>,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    created_at: Timestamp,
}

impl From<ContractRow> for Contract {
    fn from(r: ContractRow) -> Contract {
        Contract {
            id: r.id,
            company_id: r.company_id,
            person_id: r.person_id,
            terms: ContractInput {
                number: r.number,
                engagement: r.engagement,
                position: r.position,
                department: r.department,
                role_category: r.role_category,
                job_function: r.job_function,
                place_of_work: r.place_of_work,
                employer_bin: r.employer_bin,
                monthly_gross: Money::from_tiyn(r.monthly_gross),
                bonus_annual: Money::from_tiyn(r.bonus_annual),
                allowances_monthly: Money::from_tiyn(r.allowances_monthly),
                benefits_in_kind_monthly: Money::from_tiyn(r.benefits_in_kind_monthly),
                paid_leave_days: r.paid_leave_days,
                start_date: r.start_date,
                term: r.term,
                end_date: r.end_date.map(|d| d.to_jiff()),
            },
            created_at: r.created_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct EventRow {
    id: String,
    company_id: String,
    person_id: String,
    contract_id: Option<String>,
    kind: String,
    #[sqlx(try_from = "jiff_sqlx::Date")]
    on_date: Date,
    until_date: Option<jiff_sqlx::Date>,
    note: String,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    created_at: Timestamp,
}

impl From<EventRow> for Event {
    fn from(r: EventRow) -> Event {
        Event {
            id: r.id,
            company_id: r.company_id,
            person_id: r.person_id,
            contract_id: r.contract_id,
            // The column's CHECK constraint allows only the kinds EventKind names.
            kind: EventKind::parse(&r.kind).unwrap_or(EventKind::Amended),
            on_date: r.on_date,
            until_date: r.until_date.map(|d| d.to_jiff()),
            note: r.note,
            created_at: r.created_at,
        }
    }
}

/// Builds a `&'static str` query from a shared SELECT and a WHERE clause at compile time.
macro_rules! select {
    (contract, $tail:literal) => {
        concat!(
            "SELECT id, company_id, person_id, number, engagement, position, department, role_category, \
             job_function, place_of_work, employer_bin, monthly_gross, bonus_annual, allowances_monthly, \
             benefits_in_kind_monthly, paid_leave_days, start_date, term, end_date, created_at FROM contracts ",
            $tail
        )
    };
    (event, $tail:literal) => {
        concat!(
            "SELECT id, company_id, person_id, contract_id, kind, on_date, until_date, note, created_at FROM events ",
            $tail
        )
    };
}
pub(crate) use select;

pub(crate) async fn contracts_of(tx: &mut Tx, scope: &Scope, person_id: &str) -> Result<Vec<Contract>, StoreError> {
    let rows: Vec<ContractRow> = tx
        .all(
            select!(contract, "WHERE org_id = $1 AND person_id = $2 ORDER BY start_date, created_at"),
            args![&scope.org_id, person_id],
        )
        .await?;
    Ok(rows.into_iter().map(Contract::from).collect())
}

pub(crate) async fn events_of(tx: &mut Tx, scope: &Scope, person_id: &str) -> Result<Vec<Event>, StoreError> {
    let rows: Vec<EventRow> = tx
        .all(
            select!(event, "WHERE org_id = $1 AND person_id = $2 ORDER BY on_date, created_at"),
            args![&scope.org_id, person_id],
        )
        .await?;
    Ok(rows.into_iter().map(Event::from).collect())
}

async fn contract_in(tx: &mut Tx, scope: &Scope, id: &str) -> Result<Contract, StoreError> {
    let row: Option<ContractRow> =
        tx.one(select!(contract, "WHERE org_id = $1 AND id = $2"), args![&scope.org_id, id]).await?;
    row.map(Contract::from).ok_or(StoreError::NotFound)
}

/// A contract's terms as query parameters, in the column order both INSERT and UPDATE use:
/// number, engagement, position, department, role_category, job_function, place_of_work,
/// employer_bin, monthly_gross, bonus_annual, allowances_monthly, benefits_in_kind_monthly,
/// paid_leave_days, start_date, term, end_date.
fn terms_args(t: &ContractInput) -> Vec<crate::db::Arg> {
    args![
        t.number.clone(),
        &t.engagement,
        &t.position,
        &t.department,
        i64::from(t.role_category),
        t.job_function.clone(),
        t.place_of_work.clone(),
        t.employer_bin.clone(),
        t.monthly_gross.tiyn(),
        t.bonus_annual.tiyn(),
        t.allowances_monthly.tiyn(),
        t.benefits_in_kind_monthly.tiyn(),
        t.paid_leave_days.map(i64::from),
        t.start_date,
        t.term.clone(),
        t.end_date
    ]
}

/// The columns of a new contract, in the order of [`contract_row`].
pub(crate) const INSERT_CONTRACT: &str = "INSERT INTO contracts (id, org_id, company_id, person_id, number, \
     engagement, position, department, role_category, job_function, place_of_work, employer_bin, monthly_gross, \
     bonus_annual, allowances_monthly, benefits_in_kind_monthly, paid_leave_days, start_date, term, end_date, created_at)";

/// A new contract of `person`, not yet written.
pub(crate) fn new_contract(person: &Person, terms: &ContractInput, now: Timestamp) -> Contract {
    Contract {
        id: new_id("ct"),
        company_id: person.company_id.clone(),
        person_id: person.id.clone(),
        terms: terms.clone(),
        created_at: now,
    }
}

/// A contract's values for [`INSERT_CONTRACT`].
pub(crate) fn contract_row(scope: &Scope, c: &Contract) -> Vec<crate::db::Arg> {
    let mut row = args![&c.id, &scope.org_id, &c.company_id, &c.person_id];
    row.extend(terms_args(&c.terms));
    row.push(c.created_at.into());
    row
}

pub(crate) async fn insert_contract(
    tx: &mut Tx,
    scope: &Scope,
    person: &Person,
    terms: &ContractInput,
    now: Timestamp,
) -> Result<Contract, StoreError> {
    let c = new_contract(person, terms, now);
    tx.insert_rows(INSERT_CONTRACT, vec![contract_row(scope, &c)]).await?;
    log::write(tx, scope, now, "create", "contract", &c.id, None, Some(&c)).await?;
    Ok(c)
}

pub(crate) async fn replace_contract(
    tx: &mut Tx,
    scope: &Scope,
    old: &Contract,
    terms: &ContractInput,
    now: Timestamp,
) -> Result<Contract, StoreError> {
    let new = Contract { terms: terms.clone(), ..old.clone() };
    if &new == old {
        return Ok(new);
    }
    let mut params = args![&scope.org_id, &old.id];
    params.extend(terms_args(&new.terms));
    tx.exec(
        "UPDATE contracts SET number = $3, engagement = $4, position = $5, department = $6, role_category = $7, \
         job_function = $8, place_of_work = $9, employer_bin = $10, monthly_gross = $11, bonus_annual = $12, \
         allowances_monthly = $13, benefits_in_kind_monthly = $14, paid_leave_days = $15, start_date = $16, \
         term = $17, end_date = $18 WHERE org_id = $1 AND id = $2",
        params,
    )
    .await?;
    log::write(tx, scope, now, "update", "contract", &old.id, Some(old), Some(&new)).await?;
    Ok(new)
}

/// An event's contract, if it names one, must be one of the same person's contracts.
async fn check_contract_of(
    tx: &mut Tx,
    scope: &Scope,
    contract_id: Option<&str>,
    person_id: &str,
) -> Result<(), StoreError> {
    let Some(cid) = contract_id else { return Ok(()) };
    let c = contract_in(tx, scope, cid)
        .await
        .map_err(|_| StoreError::said("contract_id", "api-store-no-contract", kzcomply_i18n::Args::new()))?;
    if c.person_id != person_id {
        return Err(StoreError::said("contract_id", "api-store-contract-of-another", kzcomply_i18n::Args::new()));
    }
    Ok(())
}

/// The columns of a new event, in the order of [`event_row`].
pub(crate) const INSERT_EVENT: &str = "INSERT INTO events (id, org_id, company_id, person_id, contract_id, kind, \
     on_date, until_date, note, created_at)";

/// A new event of `person`, not yet written.
pub(crate) fn new_event(person: &Person, input: &EventInput, now: Timestamp) -> Event {
    Event {
        id: new_id("ev"),
        company_id: person.company_id.clone(),
        person_id: person.id.clone(),
        contract_id: input.contract_id.clone(),
        kind: input.kind,
        on_date: input.on_date,
        until_date: input.until_date,
        note: input.note.clone(),
        created_at: now,
    }
}

/// An event's values for [`INSERT_EVENT`].
pub(crate) fn event_row(scope: &Scope, e: &Event) -> Vec<crate::db::Arg> {
    args![
        &e.id,
        &scope.org_id,
        &e.company_id,
        &e.person_id,
        e.contract_id.clone(),
        e.kind.name(),
        e.on_date,
        e.until_date,
        &e.note,
        e.created_at
    ]
}

pub(crate) async fn insert_event(
    tx: &mut Tx,
    scope: &Scope,
    person: &Person,
    input: &EventInput,
    now: Timestamp,
) -> Result<Event, StoreError> {
    let e = new_event(person, input, now);
    tx.insert_rows(INSERT_EVENT, vec![event_row(scope, &e)]).await?;
    log::write(tx, scope, now, "create", "event", &e.id, None, Some(&e)).await?;
    Ok(e)
}

impl Store {
    pub async fn list_contracts(&self, scope: &Scope, person_id: &str) -> Result<Vec<Contract>, StoreError> {
        let mut tx = self.db.read().await?;
        person_in(&mut tx, scope, person_id).await?;
        let c = contracts_of(&mut tx, scope, person_id).await?;
        tx.commit().await?;
        Ok(c)
    }

    pub async fn contract(&self, scope: &Scope, id: &str) -> Result<Contract, StoreError> {
        let mut tx = self.db.read().await?;
        let c = contract_in(&mut tx, scope, id).await?;
        tx.commit().await?;
        Ok(c)
    }

    pub async fn create_contract(
        &self,
        scope: &Scope,
        person_id: &str,
        terms: &ContractInput,
    ) -> Result<Contract, StoreError> {
        scope.require(Role::Editor)?;
        terms.validate()?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let person = person_in(&mut tx, scope, person_id).await?;
        let c = insert_contract(&mut tx, scope, &person, terms, now).await?;
        tx.commit().await?;
        Ok(c)
    }

    pub async fn update_contract(
        &self,
        scope: &Scope,
        id: &str,
        terms: &ContractInput,
    ) -> Result<Contract, StoreError> {
        scope.require(Role::Editor)?;
        terms.validate()?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = contract_in(&mut tx, scope, id).await?;
        let c = replace_contract(&mut tx, scope, &old, terms, now).await?;
        tx.commit().await?;
        Ok(c)
    }

    /// Deletes a contract; its events stay with the person, detached.
    pub async fn delete_contract(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = contract_in(&mut tx, scope, id).await?;
        tx.exec(
            "UPDATE events SET contract_id = NULL WHERE org_id = $1 AND contract_id = $2",
            args![&scope.org_id, id],
        )
        .await?;
        tx.exec("DELETE FROM contracts WHERE org_id = $1 AND id = $2", args![&scope.org_id, id]).await?;
        log::write(&mut tx, scope, now, "delete", "contract", id, Some(&old), None).await?;
        tx.commit().await
    }

    /// A person's events, oldest first.
    pub async fn list_events(&self, scope: &Scope, person_id: &str) -> Result<Vec<Event>, StoreError> {
        let mut tx = self.db.read().await?;
        person_in(&mut tx, scope, person_id).await?;
        let e = events_of(&mut tx, scope, person_id).await?;
        tx.commit().await?;
        Ok(e)
    }

    pub async fn create_event(&self, scope: &Scope, person_id: &str, input: &EventInput) -> Result<Event, StoreError> {
        scope.require(Role::Editor)?;
        input.validate()?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let person = person_in(&mut tx, scope, person_id).await?;
        check_contract_of(&mut tx, scope, input.contract_id.as_deref(), &person.id).await?;
        let e = insert_event(&mut tx, scope, &person, input, now).await?;
        crate::workforce::add_event_column(&mut tx, scope, &person.company_id, input.kind).await?;
        tx.commit().await?;
        Ok(e)
    }

    /// Corrects an event (its kind, dates, contract or note); the old version stays in the audit log.
    pub async fn update_event(&self, scope: &Scope, id: &str, input: &EventInput) -> Result<Event, StoreError> {
        scope.require(Role::Editor)?;
        input.validate()?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let row: Option<EventRow> =
            tx.one(select!(event, "WHERE org_id = $1 AND id = $2"), args![&scope.org_id, id]).await?;
        let old = row.map(Event::from).ok_or(StoreError::NotFound)?;
        check_contract_of(&mut tx, scope, input.contract_id.as_deref(), &old.person_id).await?;
        let new = Event {
            kind: input.kind,
            on_date: input.on_date,
            until_date: input.until_date,
            contract_id: input.contract_id.clone(),
            note: input.note.clone(),
            ..old.clone()
        };
        tx.exec(
            "UPDATE events SET kind = $3, on_date = $4, until_date = $5, contract_id = $6, note = $7 \
             WHERE org_id = $1 AND id = $2",
            args![&scope.org_id, id, new.kind.name(), new.on_date, new.until_date, new.contract_id.clone(), &new.note],
        )
        .await?;
        log::write(&mut tx, scope, now, "update", "event", id, Some(&old), Some(&new)).await?;
        tx.commit().await?;
        Ok(new)
    }

    pub async fn delete_event(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let row: Option<EventRow> =
            tx.one(select!(event, "WHERE org_id = $1 AND id = $2"), args![&scope.org_id, id]).await?;
        let old = row.map(Event::from).ok_or(StoreError::NotFound)?;
        tx.exec("DELETE FROM events WHERE org_id = $1 AND id = $2", args![&scope.org_id, id]).await?;
        log::write(&mut tx, scope, now, "delete", "event", id, Some(&old), None).await?;
        tx.commit().await
    }
}
