//! The demo: an outstaffing provider with one host company (the audit's demo workforce, 21 people)
//! and its own company (the five engineers it places at the host, on its payroll),
//! three users (the admin reads English, the editor Russian, the viewer Kazakh) and this month's
//! payroll, so `kzcomply serve --demo` opens on something real. Loading is idempotent: an existing demo organisation is left as it is.

use crate::AppState;
use kzcomply_store::{CompanyInput, NewUser, OrgKind, Role, Scope, StoreError};

pub const ORG: &str = "Demo Outstaffing KZ";
pub const PASSWORD: &str = "steppe-cloud-demo";
pub const USERS: [(&str, &str, Role, &str); 3] = [
    ("admin@demo.kz", "Aigerim Admin", Role::Admin, "en"),
    ("editor@demo.kz", "Ерлан Редактор", Role::Editor, "ru"),
    ("viewer@demo.kz", "Дана Қараушы", Role::Viewer, "kk"),
];
pub const WORKFORCE_CSV: &[u8] = include_bytes!("../../../examples/demo/workforce.csv");
/// The provider's own company: named with its legal form, as registered.
pub const PROVIDER: &str = "ТОО «Demo Outstaffing KZ»";
/// The provider's BIN: the `employer_bin` of the engineers it places at the host.
pub const PROVIDER_BIN: &str = "150840022712";
const COMPANY_TOML: &str = include_str!("../../../examples/demo/company.toml");

/// Loads the demo unless it is there already. Returns the organisation's id.
pub async fn load(state: &AppState) -> Result<String, String> {
    let store = &state.store;
    let err = |e: StoreError| e.to_string();
    if let Some(org) = store.orgs().await.map_err(err)?.into_iter().find(|o| o.name == ORG) {
        return Ok(org.id);
    }
    let org = store.create_org(ORG, OrgKind::Provider).await.map_err(err)?;
    let mut admin_id = String::new();
    for (email, name, role, lang) in USERS {
        let user = store
            .create_user(NewUser {
                email: email.into(),
                name: name.into(),
                password: PASSWORD.into(),
                lang: lang.into(),
            })
            .await
            .map_err(err)?;
        store.add_member(&user.id, &org.id, role).await.map_err(err)?;
        if role == Role::Admin {
            admin_id = user.id;
        }
    }
    let scope = Scope { org_id: org.id.clone(), actor: format!("user:{admin_id}"), role: Role::Admin };
    let facts: kzcomply_audit::Company = toml::from_str(COMPANY_TOML).map_err(|e| e.to_string())?;
    let company = store
        .create_company(
            &scope,
            &CompanyInput {
                name: facts.name,
                bin: facts.bin,
                income_mrp: facts.income_mrp.map(|i| i as i64),
                branch_of_foreign_company: facts.branch_of_foreign_company,
                region: Some("Almaty".into()),
            },
        )
        .await
        .map_err(err)?;
    let file = kzcomply_audit::import::from_csv(WORKFORCE_CSV, kzcomply_i18n::Lang::En).map_err(|e| e.to_string())?;
    store
        .import_workforce(&scope, &company.id, &file.people, &file.supplied, "examples/demo/workforce.csv")
        .await
        .map_err(err)?;
    // The provider as a company of its own: the engineers it places at the host are its direct
    // staff there (in the host they stay outstaffed, employer_bin = the provider's BIN), so it runs
    // their payroll and the host's run holds only the host's own staff.
    let placed: Vec<kzcomply_audit::Person> = file
        .people
        .iter()
        .filter(|p| {
            p.engagement == kzcomply_audit::Engagement::Outstaffed && p.employer_bin.as_deref() == Some(PROVIDER_BIN)
        })
        .cloned()
        .map(|mut p| {
            p.engagement = kzcomply_audit::Engagement::Direct;
            p.employer_bin = None;
            p
        })
        .collect();
    let provider = store
        .create_company(
            &scope,
            &CompanyInput {
                name: PROVIDER.into(),
                bin: Some(PROVIDER_BIN.into()),
                income_mrp: Some(60_000),
                branch_of_foreign_company: false,
                region: Some("Almaty".into()),
            },
        )
        .await
        .map_err(err)?;
    store
        .import_workforce(&scope, &provider.id, &placed, &file.supplied, "examples/demo/workforce.csv")
        .await
        .map_err(err)?;
    // This month's payroll, so the payroll page has something to show (skipped if the rules do not
    // cover the month yet): each company's draft run, and the host's summary lines.
    let period = crate::compute::today();
    if let Some(month) = kzcomply_law::YearMonth::new(period.year(), period.month()) {
        for c in [&company.id, &provider.id] {
            let draft = crate::payroll_run::compute_draft(state, &scope, c, None, month, kzcomply_i18n::Lang::En).await;
            if let Ok(record) = draft {
                let _ = crate::api::workforce::save_summary(state, &scope, c, month, &record).await;
            }
        }
    }
    Ok(org.id)
}
