//! The store's operator tokens (`kzcomply token-add`) and an organisation's rule values, on SQLite
//! and, when `KZCOMPLY_TEST_POSTGRES_URL` is set, on PostgreSQL: tenancy, roles, the loader's
//! check against the merged rule book, retirement, and the audit log.

mod common;

use common::{backends, filter, forbidden, new_user, not_found, problems, scope};
use jiff::SignedDuration;
use kzcomply_store::{OrgKind, Role, Scope};

#[tokio::test(flavor = "multi_thread")]
async fn operator_tokens_act_as_the_user_and_can_expire() {
    for db in backends().await {
        let (s, n) = (&db.store, db.name);
        let org = s.create_org("Epsilon", OrgKind::Provider).await.unwrap();
        let user = s.create_user(new_user("ops@example.kz", "correct horse battery")).await.unwrap();
        s.add_member(&user.id, &org.id, Role::Editor).await.unwrap();
        let (info, secret, org_name) = s.create_token_for_user("OPS@example.kz", None, "nightly", None).await.unwrap();
        assert_eq!((info.role, org_name.as_str(), info.expires_at), (Role::Editor, "Epsilon", None), "{n}");
        let want = Scope { org_id: org.id.clone(), actor: format!("token:{}", info.id), role: Role::Editor };
        assert_eq!(s.token_scope(&secret).await.unwrap(), Some(want), "{n}");
        let log = s.audit_log(&scope(&org.id, Role::Viewer), &filter("api_token", &info.id)).await.unwrap();
        assert_eq!(log.len(), 1, "{n}: the minting is logged");
        assert_eq!(log[0].actor, format!("user:{}", user.id), "{n}");
        // An expired token does not work; a future one does.
        let (_, old, _) =
            s.create_token_for_user("ops@example.kz", None, "old", Some(SignedDuration::from_mins(-1))).await.unwrap();
        assert_eq!(s.token_scope(&old).await.unwrap(), None, "{n}: expired");
        let (later, soon, _) = s
            .create_token_for_user("ops@example.kz", Some("Epsilon"), "90d", Some(SignedDuration::from_hours(24 * 90)))
            .await
            .unwrap();
        assert!(later.expires_at.is_some() && s.token_scope(&soon).await.unwrap().is_some(), "{n}");
        // Unknown user, or an organisation the user is not in: named.
        let p = problems(n, "unknown user", s.create_token_for_user("nobody@example.kz", None, "x", None).await);
        assert_eq!(p[0].field, "email", "{n}");
        let p = problems(n, "other org", s.create_token_for_user("ops@example.kz", Some("Zeta"), "x", None).await);
        assert!(p[0].field == "org" && p[0].message.contains("Epsilon"), "{n}: {p:?}");
        db.finish().await;
    }
}

fn rule_value(parameter: &str, since: jiff::civil::Date, value: &str) -> kzcomply_store::RuleValueInput {
    kzcomply_store::RuleValueInput {
        parameter: parameter.into(),
        since,
        until: Some(jiff::civil::date(since.year(), 12, 31)),
        value: serde_json::Value::String(value.into()),
        source: "Law of RK 'On the republican budget for 2027-2029' (test)".into(),
        reference: "https://adilet.zan.kz/test".into(),
        note: None,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn rule_values_are_per_organisation_checked_and_logged() {
    let base = kzcomply_law::RuleBook::embedded();
    for db in backends().await {
        let (s, n) = (&db.store, db.name);
        let org = s.create_org("Eta", OrgKind::Employer).await.unwrap();
        let other = s.create_org("Theta", OrgKind::Employer).await.unwrap();
        let user = s.create_user(new_user("eta@example.kz", "correct horse battery")).await.unwrap();
        s.add_member(&user.id, &org.id, Role::Admin).await.unwrap();
        let admin = Scope { org_id: org.id.clone(), actor: format!("user:{}", user.id), role: Role::Admin };
        let jan = jiff::civil::date(2027, 1, 1);
        let v = s.add_rule_value(&admin, &base, &rule_value("mrp", jan, "4500 KZT")).await.unwrap();
        assert_eq!(
            (v.entered_by.as_str(), v.since, v.until),
            ("eta@example.kz", jan, Some(jiff::civil::date(2027, 12, 31))),
            "{n}"
        );
        let listed = s.rule_values(&scope(&org.id, Role::Viewer), false).await.unwrap();
        assert_eq!(listed, std::slice::from_ref(&v), "{n}: read back exactly");
        assert!(s.rule_values(&scope(&other.id, Role::Admin), true).await.unwrap().is_empty(), "{n}: not the other's");
        not_found(
            n,
            "retire another org's value",
            s.retire_rule_value(&scope(&other.id, Role::Admin), &base, &v.id).await,
        );
        forbidden(
            n,
            "editor adds",
            Role::Admin,
            s.add_rule_value(&scope(&org.id, Role::Editor), &base, &rule_value("mzp", jan, "85000 KZT")).await,
        );
        // A gap (February) and a missing unit are refused with the loader's words; nothing stored.
        let p = problems(
            n,
            "gap",
            s.add_rule_value(&admin, &base, &rule_value("mzp", jiff::civil::date(2027, 2, 1), "85000 KZT")).await,
        );
        assert!(p[0].message.contains("gap") && p[0].field == "mzp", "{n}: {p:?}");
        let p = problems(n, "unit", s.add_rule_value(&admin, &base, &rule_value("mzp", jan, "85000")).await);
        assert!(p[0].message.contains("a number and a unit"), "{n}: {p:?}");
        assert_eq!(s.rule_values(&admin, true).await.unwrap().len(), 1, "{n}");
        let retired = s.retire_rule_value(&admin, &base, &v.id).await.unwrap();
        assert!(retired.retired_at.is_some(), "{n}");
        assert!(s.rule_values(&admin, false).await.unwrap().is_empty(), "{n}: no longer in force");
        assert_eq!(s.rule_values(&admin, true).await.unwrap().len(), 1, "{n}: still listed");
        let log = s.audit_log(&admin, &filter("rule_value", &v.id)).await.unwrap();
        assert_eq!(log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["update", "create"], "{n}");
        db.finish().await;
    }
}
