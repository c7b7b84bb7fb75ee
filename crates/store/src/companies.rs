//! Host companies and the people who work for them: list, read, create, replace, delete — always
//! within the caller's organisation.

use crate::db::{Tx, args};
use crate::model::{Company, CompanyInput, Person, PersonInput};
use crate::{Role, Scope, Store, StoreError, log, new_id};
use jiff::Timestamp;

#[derive(sqlx::FromRow)]
struct CompanyRow {
    id: String,
    name: String,
    bin: Option<String>,
    income_mrp: Option<i64>,
    branch_of_foreign_company: bool,
    region: Option<String>,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    created_at: Timestamp,
}

impl From<CompanyRow> for Company {
    fn from(r: CompanyRow) -> Company {
        Company {
            id: r.id,
            name: r.name,
            bin: r.bin,
            income_mrp: r.income_mrp,
            branch_of_foreign_company: r.branch_of_foreign_company,
            region: r.region,
            created_at: r.created_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PersonRow {
    id: String,
    company_id: String,
    ext_id: String,
    full_name: String,
    iin: String,
    citizenship: String,
    residence_permit: bool,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    created_at: Timestamp,
}

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Person {
        Person {
            id: r.id,
            company_id: r.company_id,
            ext_id: r.ext_id,
            full_name: r.full_name,
            iin: r.iin,
            citizenship: r.citizenship,
            residence_permit: r.residence_permit,
            created_at: r.created_at,
        }
    }
}

/// A company of the scope's organisation, or NotFound.
pub(crate) async fn company_in(tx: &mut Tx, scope: &Scope, id: &str) -> Result<Company, StoreError> {
    let row: Option<CompanyRow> = tx
        .one(
            "SELECT id, name, bin, income_mrp, branch_of_foreign_company, region, created_at \
             FROM companies WHERE org_id = $1 AND id = $2",
            args![&scope.org_id, id],
        )
        .await?;
    row.map(Company::from).ok_or(StoreError::NotFound)
}

/// A person of the scope's organisation, or NotFound.
pub(crate) async fn person_in(tx: &mut Tx, scope: &Scope, id: &str) -> Result<Person, StoreError> {
    let row: Option<PersonRow> = tx
        .one(
            "SELECT id, company_id, ext_id, full_name, iin, citizenship, residence_permit, created_at \
             FROM people WHERE org_id = $1 AND id = $2",
            args![&scope.org_id, id],
        )
        .await?;
    row.map(Person::from).ok_or(StoreError::NotFound)
}

pub(crate) async fn people_of(tx: &mut Tx, scope: &Scope, company_id: &str) -> Result<Vec<Person>, StoreError> {
    let rows: Vec<PersonRow> = tx
        .all(
            "SELECT id, company_id, ext_id, full_name, iin, citizenship, residence_permit, created_at \
             FROM people WHERE org_id = $1 AND company_id = $2 ORDER BY ext_id",
            args![&scope.org_id, company_id],
        )
        .await?;
    Ok(rows.into_iter().map(Person::from).collect())
}

pub(crate) async fn insert_person(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    input: &PersonInput,
    now: Timestamp,
) -> Result<Person, StoreError> {
    let person = Person {
        id: new_id("pe"),
        company_id: company_id.to_string(),
        ext_id: input.ext_id.trim().to_string(),
        full_name: input.full_name.trim().to_string(),
        iin: input.iin.clone(),
        citizenship: input.citizenship.clone(),
        residence_permit: input.residence_permit,
        created_at: now,
    };
    tx.exec(
        "INSERT INTO people (id, org_id, company_id, ext_id, full_name, iin, citizenship, residence_permit, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        args![
            &person.id,
            &scope.org_id,
            company_id,
            &person.ext_id,
            &person.full_name,
            &person.iin,
            &person.citizenship,
            person.residence_permit,
            now
        ],
    )
    .await
    .map_err(|e| unique_ext_id(e, &person.ext_id))?;
    log::write(tx, scope, now, "create", "person", &person.id, None, Some(&person)).await?;
    Ok(person)
}

pub(crate) async fn replace_person(
    tx: &mut Tx,
    scope: &Scope,
    old: &Person,
    input: &PersonInput,
    now: Timestamp,
) -> Result<Person, StoreError> {
    let new = Person {
        ext_id: input.ext_id.trim().to_string(),
        full_name: input.full_name.trim().to_string(),
        iin: input.iin.clone(),
        citizenship: input.citizenship.clone(),
        residence_permit: input.residence_permit,
        ..old.clone()
    };
    if &new == old {
        return Ok(new);
    }
    tx.exec(
        "UPDATE people SET ext_id = $3, full_name = $4, iin = $5, citizenship = $6, residence_permit = $7 \
         WHERE org_id = $1 AND id = $2",
        args![&scope.org_id, &old.id, &new.ext_id, &new.full_name, &new.iin, &new.citizenship, new.residence_permit],
    )
    .await
    .map_err(|e| unique_ext_id(e, &new.ext_id))?;
    log::write(tx, scope, now, "update", "person", &old.id, Some(old), Some(&new)).await?;
    Ok(new)
}

fn unique_ext_id(e: StoreError, ext_id: &str) -> StoreError {
    match e {
        StoreError::Db(sqlx::Error::Database(d)) if d.is_unique_violation() => {
            StoreError::Conflict(format!("this company already has a person with id {ext_id:?}"))
        }
        e => e,
    }
}

impl Store {
    pub async fn list_companies(&self, scope: &Scope) -> Result<Vec<Company>, StoreError> {
        let mut tx = self.db.read().await?;
        let rows: Vec<CompanyRow> = tx
            .all(
                "SELECT id, name, bin, income_mrp, branch_of_foreign_company, region, created_at \
                 FROM companies WHERE org_id = $1 ORDER BY name, id",
                args![&scope.org_id],
            )
            .await?;
        tx.commit().await?;
        Ok(rows.into_iter().map(Company::from).collect())
    }

    pub async fn company(&self, scope: &Scope, id: &str) -> Result<Company, StoreError> {
        let mut tx = self.db.read().await?;
        let c = company_in(&mut tx, scope, id).await?;
        tx.commit().await?;
        Ok(c)
    }

    pub async fn create_company(&self, scope: &Scope, input: &CompanyInput) -> Result<Company, StoreError> {
        scope.require(Role::Editor)?;
        input.validate()?;
        let now = crate::now();
        let c = Company {
            id: new_id("co"),
            name: input.name.trim().to_string(),
            bin: input.bin.clone(),
            income_mrp: input.income_mrp,
            branch_of_foreign_company: input.branch_of_foreign_company,
            region: input.region.clone(),
            created_at: now,
        };
        let mut tx = self.db.write().await?;
        tx.exec(
            "INSERT INTO companies (id, org_id, name, bin, income_mrp, branch_of_foreign_company, region, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            args![
                &c.id,
                &scope.org_id,
                &c.name,
                c.bin.clone(),
                c.income_mrp,
                c.branch_of_foreign_company,
                c.region.clone(),
                now
            ],
        )
        .await?;
        log::write(&mut tx, scope, now, "create", "company", &c.id, None, Some(&c)).await?;
        tx.commit().await?;
        Ok(c)
    }

    pub async fn update_company(&self, scope: &Scope, id: &str, input: &CompanyInput) -> Result<Company, StoreError> {
        scope.require(Role::Editor)?;
        input.validate()?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = company_in(&mut tx, scope, id).await?;
        let new = Company {
            name: input.name.trim().to_string(),
            bin: input.bin.clone(),
            income_mrp: input.income_mrp,
            branch_of_foreign_company: input.branch_of_foreign_company,
            region: input.region.clone(),
            ..old.clone()
        };
        tx.exec(
            "UPDATE companies SET name = $3, bin = $4, income_mrp = $5, branch_of_foreign_company = $6, region = $7 \
             WHERE org_id = $1 AND id = $2",
            args![
                &scope.org_id,
                id,
                &new.name,
                new.bin.clone(),
                new.income_mrp,
                new.branch_of_foreign_company,
                new.region.clone()
            ],
        )
        .await?;
        log::write(&mut tx, scope, now, "update", "company", id, Some(&old), Some(&new)).await?;
        tx.commit().await?;
        Ok(new)
    }

    /// Deletes a company with its people, contracts, events, payroll months and import drafts.
    /// The audit log keeps the company's last state.
    pub async fn delete_company(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = company_in(&mut tx, scope, id).await?;
        for sql in [
            "DELETE FROM payroll_months WHERE org_id = $1 AND company_id = $2",
            "DELETE FROM events WHERE org_id = $1 AND company_id = $2",
            "DELETE FROM contracts WHERE org_id = $1 AND company_id = $2",
            "DELETE FROM people WHERE org_id = $1 AND company_id = $2",
            "DELETE FROM import_drafts WHERE org_id = $1 AND company_id = $2",
            "DELETE FROM companies WHERE org_id = $1 AND id = $2",
        ] {
            tx.exec(sql, args![&scope.org_id, id]).await?;
        }
        log::write(&mut tx, scope, now, "delete", "company", id, Some(&old), None).await?;
        tx.commit().await
    }

    pub async fn list_people(&self, scope: &Scope, company_id: &str) -> Result<Vec<Person>, StoreError> {
        let mut tx = self.db.read().await?;
        company_in(&mut tx, scope, company_id).await?;
        let people = people_of(&mut tx, scope, company_id).await?;
        tx.commit().await?;
        Ok(people)
    }

    pub async fn person(&self, scope: &Scope, id: &str) -> Result<Person, StoreError> {
        let mut tx = self.db.read().await?;
        let p = person_in(&mut tx, scope, id).await?;
        tx.commit().await?;
        Ok(p)
    }

    pub async fn create_person(
        &self,
        scope: &Scope,
        company_id: &str,
        mut input: PersonInput,
    ) -> Result<Person, StoreError> {
        scope.require(Role::Editor)?;
        input.validate()?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        company_in(&mut tx, scope, company_id).await?;
        let p = insert_person(&mut tx, scope, company_id, &input, now).await?;
        tx.commit().await?;
        Ok(p)
    }

    pub async fn update_person(&self, scope: &Scope, id: &str, mut input: PersonInput) -> Result<Person, StoreError> {
        scope.require(Role::Editor)?;
        input.validate()?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = person_in(&mut tx, scope, id).await?;
        let p = replace_person(&mut tx, scope, &old, &input, now).await?;
        tx.commit().await?;
        Ok(p)
    }

    /// Deletes a person with their contracts, events and payroll months (all kept in the audit log).
    pub async fn delete_person(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = person_in(&mut tx, scope, id).await?;
        for sql in [
            "DELETE FROM payroll_months WHERE org_id = $1 AND person_id = $2",
            "DELETE FROM events WHERE org_id = $1 AND person_id = $2",
            "DELETE FROM contracts WHERE org_id = $1 AND person_id = $2",
            "DELETE FROM people WHERE org_id = $1 AND id = $2",
        ] {
            tx.exec(sql, args![&scope.org_id, id]).await?;
        }
        log::write(&mut tx, scope, now, "delete", "person", id, Some(&old), None).await?;
        tx.commit().await
    }
}
