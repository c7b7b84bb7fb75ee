//! The password policy where users are created: common and trivial passwords are refused with
//! a reason the person can act on, a strong passphrase is accepted (SQLite is enough: the policy
//! runs before the database is touched).

use kzcomply_store::{NewUser, Store, StoreError};

fn user(email: &str, name: &str, password: &str) -> NewUser {
    NewUser { email: email.into(), name: name.into(), password: password.into(), lang: "en".into() }
}

#[tokio::test(flavor = "multi_thread")]
async fn common_and_trivial_passwords_are_refused_when_a_user_is_created() {
    let dir = std::env::temp_dir().join(format!("kzcomply-pw-{}", kzcomply_store::secrets::random_hex(6)));
    std::fs::create_dir_all(&dir).unwrap();
    let store = Store::open(&dir.join("pw.db").display().to_string()).await.unwrap();
    for weak in ["demo-password", "password123", "1234567890", "qwertyuiop", "aaaaaaaaaa", "Password1!", "aigerim2026"]
    {
        match store.create_user(user("aigerim@acme.kz", "Aigerim Sadykova", weak)).await {
            Err(StoreError::Invalid(problems)) => {
                assert_eq!(problems.len(), 1, "{weak}: {problems:?}");
                assert_eq!(problems[0].field, "password", "{weak}");
                assert!(problems[0].message.starts_with("too easy to guess"), "{weak}: {}", problems[0].message);
            }
            other => panic!("{weak} was not refused: {other:?}"),
        }
    }
    // The person's own e-mail is a known word, however it is dressed up.
    let own = store.create_user(user("nurlan.bekov@acme.kz", "Nurlan Bekov", "nurlan.bekov@acme.kz")).await;
    assert!(matches!(own, Err(StoreError::Invalid(_))), "{own:?}");
    let ok = store.create_user(user("aigerim@acme.kz", "Aigerim Sadykova", "yurt tulip river 1971")).await.unwrap();
    assert_eq!(ok.email, "aigerim@acme.kz");
    assert!(store.login("aigerim@acme.kz", "yurt tulip river 1971").await.unwrap().is_some());
    store.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
