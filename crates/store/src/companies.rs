//! Host companies and the people who work for them: list, read, create, replace, delete — always
//! within the caller's organisation. One IIN is one person: a second person of a company with an
//! IIN it already has is refused, naming the first (`Conflict`).

use crate::db::{Arg, Tx, args};
use crate::model::{Company, CompanyInput, Person, PersonInput, PersonPayroll};
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
    birth_date: Option<jiff_sqlx::Date>,
    tax_resident: Option<bool>,
    in_kz_since: Option<jiff_sqlx::Date>,
    pensioner: Option<String>,
    disability_group: Option<i32>,
    disability_from: Option<jiff_sqlx::Date>,
    disability_until: Option<jiff_sqlx::Date>,
    basic_deduction_claimed: bool,
    basic_deduction_from: Option<jiff_sqlx::Date>,
    week: Option<i32>,
    days_worked: Option<i32>,
}

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Person {
        let d = |d: Option<jiff_sqlx::Date>| d.map(|d| d.to_jiff());
        Person {
            id: r.id,
            company_id: r.company_id,
            ext_id: r.ext_id,
            full_name: r.full_name,
            iin: r.iin,
            citizenship: r.citizenship,
            residence_permit: r.residence_permit,
            payroll: PersonPayroll {
                birth_date: d(r.birth_date),
                tax_resident: r.tax_resident,
                in_kz_since: d(r.in_kz_since),
                pensioner: r.pensioner,
                disability_group: r.disability_group,
                disability_from: d(r.disability_from),
                disability_until: d(r.disability_until),
                basic_deduction: r.basic_deduction_claimed,
                basic_deduction_from: d(r.basic_deduction_from),
                week: r.week,
                days_worked: r.days_worked,
            },
            created_at: r.created_at,
        }
    }
}

/// `SELECT` of a person's columns (a [`PersonRow`]) from `people`, then `$tail`.
macro_rules! select_person {
    ($tail:literal) => {
        concat!(
            "SELECT id, company_id, ext_id, full_name, iin, citizenship, residence_permit, created_at, \
             birth_date, tax_resident, in_kz_since, pensioner, disability_group, disability_from, disability_until, \
             basic_deduction_claimed, basic_deduction_from, week, days_worked FROM people ",
            $tail
        )
    };
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

/// Proves the company is the scope's (NotFound otherwise) and, on PostgreSQL, holds its row lock
/// until the commit, so writers of one company's people (an import, a new person) run one after
/// the other and each sees the other's IINs and ids (on SQLite the write lock already does this).
pub(crate) async fn lock_company(tx: &mut Tx, scope: &Scope, id: &str) -> Result<(), StoreError> {
    let touched =
        tx.exec("UPDATE companies SET name = name WHERE org_id = $1 AND id = $2", args![&scope.org_id, id]).await?;
    if touched == 0 { Err(StoreError::NotFound) } else { Ok(()) }
}

/// A person of the scope's organisation, or NotFound.
pub(crate) async fn person_in(tx: &mut Tx, scope: &Scope, id: &str) -> Result<Person, StoreError> {
    let row: Option<PersonRow> =
        tx.one(select_person!("WHERE org_id = $1 AND id = $2"), args![&scope.org_id, id]).await?;
    row.map(Person::from).ok_or(StoreError::NotFound)
}

pub(crate) async fn people_of(tx: &mut Tx, scope: &Scope, company_id: &str) -> Result<Vec<Person>, StoreError> {
    let rows: Vec<PersonRow> = tx
        .all(select_person!("WHERE org_id = $1 AND company_id = $2 ORDER BY ext_id"), args![&scope.org_id, company_id])
        .await?;
    Ok(rows.into_iter().map(Person::from).collect())
}

/// The columns of a new person, in the order of [`person_row`].
pub(crate) const INSERT_PERSON: &str = "INSERT INTO people (id, org_id, company_id, ext_id, full_name, iin, \
     citizenship, residence_permit, created_at, birth_date, tax_resident, in_kz_since, pensioner, disability_group, \
     disability_from, disability_until, basic_deduction_claimed, basic_deduction_from, week, days_worked)";

/// A new person of the company, not yet written.
pub(crate) fn new_person(company_id: &str, input: &PersonInput, now: Timestamp) -> Person {
    Person {
        id: new_id("pe"),
        company_id: company_id.to_string(),
        ext_id: input.ext_id.trim().to_string(),
        full_name: input.full_name.trim().to_string(),
        iin: input.iin.clone(),
        citizenship: input.citizenship.clone(),
        residence_permit: input.residence_permit,
        payroll: input.payroll.clone(),
        created_at: now,
    }
}

/// A person's values for [`INSERT_PERSON`].
pub(crate) fn person_row(scope: &Scope, p: &Person) -> Vec<Arg> {
    args![
        &p.id,
        &scope.org_id,
        &p.company_id,
        &p.ext_id,
        &p.full_name,
        &p.iin,
        &p.citizenship,
        p.residence_permit,
        p.created_at,
        p.payroll.birth_date,
        p.payroll.tax_resident,
        p.payroll.in_kz_since,
        p.payroll.pensioner.clone(),
        p.payroll.disability_group.map(i64::from),
        p.payroll.disability_from,
        p.payroll.disability_until,
        p.payroll.basic_deduction,
        p.payroll.basic_deduction_from,
        p.payroll.week.map(i64::from),
        p.payroll.days_worked.map(i64::from)
    ]
}

pub(crate) async fn insert_person(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    input: &PersonInput,
    now: Timestamp,
) -> Result<Person, StoreError> {
    let person = new_person(company_id, input, now);
    tx.insert_rows(INSERT_PERSON, vec![person_row(scope, &person)])
        .await
        .map_err(|e| unique_ext_id(e, &person.ext_id))?;
    log::write(tx, scope, now, "create", "person", &person.id, None, Some(&person)).await?;
    Ok(person)
}

/// Another person of the company with this IIN (`except` the person being changed), as a conflict
/// that names them: one IIN is one person, so a second record for it is refused. People stored
/// with the same IIN before this rule are left alone (the audit's `duplicate-iin` finds them).
async fn iin_taken(
    tx: &mut Tx,
    scope: &Scope,
    company_id: &str,
    iin: &str,
    except: Option<&str>,
) -> Result<(), StoreError> {
    #[derive(sqlx::FromRow)]
    struct Other {
        id: String,
        ext_id: String,
        full_name: String,
    }
    let other: Option<Other> = tx
        .one(
            "SELECT id, ext_id, full_name FROM people WHERE org_id = $1 AND company_id = $2 AND iin = $3 \
             AND ($4 IS NULL OR id <> $4) ORDER BY ext_id LIMIT 1",
            args![&scope.org_id, company_id, iin, except.map(str::to_string)],
        )
        .await?;
    match other {
        None => Ok(()),
        Some(o) => Err(StoreError::conflict(
            "api-store-iin-taken",
            kzcomply_i18n::Args::new()
                .text("iin", iin)
                .text("ext_id", o.ext_id)
                .text("name", o.full_name)
                .text("person", o.id),
        )),
    }
}

/// `old` with the details of `input` (its id, company and creation time kept).
pub(crate) fn updated_person(old: &Person, input: &PersonInput) -> Person {
    Person {
        ext_id: input.ext_id.trim().to_string(),
        full_name: input.full_name.trim().to_string(),
        iin: input.iin.clone(),
        citizenship: input.citizenship.clone(),
        residence_permit: input.residence_permit,
        payroll: input.payroll.clone(),
        ..old.clone()
    }
}

/// Writes `input` over `old` (nothing when it changes nothing) and logs the change.
pub(crate) async fn replace_person(
    tx: &mut Tx,
    scope: &Scope,
    old: &Person,
    input: &PersonInput,
    now: Timestamp,
) -> Result<Person, StoreError> {
    let new = updated_person(old, input);
    if &new == old {
        return Ok(new);
    }
    let f = &new.payroll;
    tx.exec(
        "UPDATE people SET ext_id = $3, full_name = $4, iin = $5, citizenship = $6, residence_permit = $7, \
         birth_date = $8, tax_resident = $9, in_kz_since = $10, pensioner = $11, disability_group = $12, \
         disability_from = $13, disability_until = $14, basic_deduction_claimed = $15, basic_deduction_from = $16, \
         week = $17, days_worked = $18 WHERE org_id = $1 AND id = $2",
        args![
            &scope.org_id,
            &old.id,
            &new.ext_id,
            &new.full_name,
            &new.iin,
            &new.citizenship,
            new.residence_permit,
            f.birth_date,
            f.tax_resident,
            f.in_kz_since,
            f.pensioner.clone(),
            f.disability_group.map(i64::from),
            f.disability_from,
            f.disability_until,
            f.basic_deduction,
            f.basic_deduction_from,
            f.week.map(i64::from),
            f.days_worked.map(i64::from)
        ],
    )
    .await
    .map_err(|e| unique_ext_id(e, &new.ext_id))?;
    log::write(tx, scope, now, "update", "person", &old.id, Some(old), Some(&new)).await?;
    Ok(new)
}

fn unique_ext_id(e: StoreError, ext_id: &str) -> StoreError {
    match e {
        StoreError::Db(sqlx::Error::Database(d)) if d.is_unique_violation() => {
            StoreError::conflict("api-store-ext-id-taken", kzcomply_i18n::Args::new().text("ext_id", ext_id))
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

    /// Deletes a company with its people, contracts, events, payroll months, accruals, payroll runs
    /// and import drafts.
    /// The audit log keeps the company's last state.
    pub async fn delete_company(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = company_in(&mut tx, scope, id).await?;
        for sql in [
            "DELETE FROM payroll_runs WHERE org_id = $1 AND company_id = $2",
            "DELETE FROM accruals WHERE org_id = $1 AND company_id = $2",
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
        lock_company(&mut tx, scope, company_id).await?;
        iin_taken(&mut tx, scope, company_id, &input.iin, None).await?;
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
        if input.iin != old.iin {
            lock_company(&mut tx, scope, &old.company_id).await?;
            iin_taken(&mut tx, scope, &old.company_id, &input.iin, Some(&old.id)).await?;
        }
        let p = replace_person(&mut tx, scope, &old, &input, now).await?;
        tx.commit().await?;
        Ok(p)
    }

    /// Deletes a person with their contracts, events, payroll months and accruals (all kept in the
    /// audit log).
    pub async fn delete_person(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Editor)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let old = person_in(&mut tx, scope, id).await?;
        for sql in [
            "DELETE FROM accruals WHERE org_id = $1 AND person_id = $2",
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
