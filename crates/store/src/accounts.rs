//! Organisations, users, memberships (a role per organisation), login sessions and API tokens.
//! These calls are how a [`Scope`] comes to exist: from a verified password, session or token.

use crate::db::args;
use crate::{Role, Scope, Store, StoreError, log, new_id, secrets};
use jiff::{SignedDuration, Timestamp};
use utoipa::ToSchema;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    /// A PEO/EOR/outstaffing provider serving several host companies.
    Provider,
    /// A single employer.
    Employer,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct Org {
    pub id: String,
    pub name: String,
    pub kind: OrgKind,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    /// Interface language: `en`, `ru` or `kk`.
    pub lang: String,
}

#[derive(Clone, Debug)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub password: String,
    pub lang: String,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct Membership {
    pub org_id: String,
    pub org_name: String,
    pub role: Role,
}

/// A verified password: the user and the organisations they may enter.
#[derive(Clone, Debug)]
pub struct Login {
    pub user: User,
    pub memberships: Vec<Membership>,
}

/// A live dashboard session.
#[derive(Clone, Debug)]
pub struct SessionInfo {
    pub scope: Scope,
    pub user: User,
    pub org_name: String,
    /// The session's anti-CSRF token, which every form must echo.
    pub csrf: String,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, ToSchema)]
pub struct TokenInfo {
    pub id: String,
    pub name: String,
    pub role: Role,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// When the token stops working (`None`: when revoked).
    #[schema(value_type = Option<String>, format = DateTime)]
    pub expires_at: Option<Timestamp>,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: String,
    email: String,
    name: String,
    lang: String,
    password_hash: String,
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    org_id: String,
    org_name: String,
    role: String,
}

#[derive(sqlx::FromRow)]
struct UserIdRow {
    id: String,
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    user_id: String,
    org_id: String,
    csrf: String,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    expires_at: Timestamp,
    email: String,
    name: String,
    lang: String,
    org_name: String,
    role: String,
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    id: String,
    org_id: String,
    name: String,
    role: String,
    #[sqlx(try_from = "jiff_sqlx::Timestamp")]
    created_at: Timestamp,
    expires_at: Option<jiff_sqlx::Timestamp>,
    member_role: Option<String>,
}

#[derive(sqlx::FromRow)]
struct TokenCallerRow {
    #[sqlx(flatten)]
    token: TokenRow,
    lang: String,
}

/// A language a user may choose.
fn is_language(lang: &str) -> bool {
    matches!(lang, "en" | "ru" | "kk")
}

/// The value kept in the older `users.lang` column (en or ru only): Russian for Kazakh.
fn old_lang(lang: &str) -> &str {
    if lang == "en" { "en" } else { "ru" }
}

impl TokenRow {
    fn info(self) -> TokenInfo {
        TokenInfo {
            id: self.id,
            name: self.name,
            role: role(&self.role),
            created_at: self.created_at,
            expires_at: self.expires_at.map(|t| t.to_jiff()),
        }
    }
}

/// A hash to verify against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong
/// password (no account discovery by timing).
static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| secrets::hash_password("kzcomply"));

fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

fn role(s: &str) -> Role {
    // The columns' CHECK constraints allow only the three names; anything else reads as the weakest.
    Role::parse(s).unwrap_or(Role::Viewer)
}

impl Store {
    pub async fn create_org(&self, name: &str, kind: OrgKind) -> Result<Org, StoreError> {
        if name.trim().is_empty() {
            return Err(StoreError::invalid("name", "an organisation needs a name"));
        }
        let org = Org { id: new_id("org"), name: name.trim().to_string(), kind };
        let kind_name = match kind {
            OrgKind::Provider => "provider",
            OrgKind::Employer => "employer",
        };
        let now = crate::now();
        let mut tx = self.db.write().await?;
        tx.exec(
            "INSERT INTO orgs (id, name, kind, created_at) VALUES ($1, $2, $3, $4)",
            args![&org.id, &org.name, kind_name, now],
        )
        .await?;
        let system = Scope { org_id: org.id.clone(), actor: "system".into(), role: Role::Admin };
        log::write(&mut tx, &system, now, "create", "org", &org.id, None, Some(&org)).await?;
        tx.commit().await?;
        Ok(org)
    }

    /// The organisations, by name (for the operator's tools; never exposed across tenants).
    pub async fn orgs(&self) -> Result<Vec<Org>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            id: String,
            name: String,
            kind: String,
        }
        let mut tx = self.db.read().await?;
        let rows: Vec<Row> = tx.all("SELECT id, name, kind FROM orgs ORDER BY name, id", args![]).await?;
        tx.commit().await?;
        Ok(rows
            .into_iter()
            .map(|r| Org {
                kind: if r.kind == "provider" { OrgKind::Provider } else { OrgKind::Employer },
                id: r.id,
                name: r.name,
            })
            .collect())
    }

    pub async fn create_user(&self, new: NewUser) -> Result<User, StoreError> {
        let email = normalise_email(&new.email);
        let mut problems = Vec::new();
        if !email.contains('@') {
            problems.push(crate::Problem::field("email", "not an e-mail address"));
        }
        if let Some(why) = secrets::check_password(&new.password, &email, &new.name) {
            problems.push(crate::Problem::field("password", why));
        }
        if !is_language(&new.lang) {
            problems.push(crate::Problem::said("lang", "api-store-lang", kzcomply_i18n::Args::new()));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let password = new.password.clone();
        let hash = tokio::task::spawn_blocking(move || secrets::hash_password(&password)).await.map_err(|e| {
            StoreError::conflict("api-store-hashing-stopped", kzcomply_i18n::Args::new().text("reason", e.to_string()))
        })?;
        let user = User { id: new_id("us"), email, name: new.name.trim().to_string(), lang: new.lang };
        let mut tx = self.db.write().await?;
        tx.exec(
            "INSERT INTO users (id, email, name, password_hash, lang, language, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            args![&user.id, &user.email, &user.name, hash, old_lang(&user.lang), &user.lang, crate::now()],
        )
        .await
        .map_err(|e| match e {
            StoreError::Db(sqlx::Error::Database(d)) if d.is_unique_violation() => StoreError::conflict(
                "api-store-email-taken",
                kzcomply_i18n::Args::new().text("email", user.email.clone()),
            ),
            e => e,
        })?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn add_member(&self, user_id: &str, org_id: &str, role: Role) -> Result<(), StoreError> {
        let mut tx = self.db.write().await?;
        tx.exec(
            "INSERT INTO memberships (user_id, org_id, role) VALUES ($1, $2, $3)",
            args![user_id, org_id, role.name()],
        )
        .await?;
        let system = Scope { org_id: org_id.to_string(), actor: "system".into(), role: Role::Admin };
        let what = serde_json::json!({"user_id": user_id, "role": role.name()});
        log::write(&mut tx, &system, crate::now(), "create", "membership", user_id, None, Some(&what)).await?;
        tx.commit().await
    }

    /// Checks an e-mail and password. `None` for either being wrong (the caller cannot tell which).
    /// No database connection is held during the (slow) password check; the server bounds how
    /// many checks run at once.
    pub async fn login(&self, email: &str, password: &str) -> Result<Option<Login>, StoreError> {
        let email = normalise_email(email);
        let mut tx = self.db.read().await?;
        let user: Option<UserRow> = tx
            .one(
                "SELECT id, email, name, COALESCE(language, lang) AS lang, password_hash FROM users WHERE email = $1",
                args![email],
            )
            .await?;
        tx.commit().await?;
        let hash = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| DUMMY_HASH.clone());
        let password = password.to_string();
        let ok = tokio::task::spawn_blocking(move || secrets::verify_password(&hash, &password)).await.unwrap_or(false);
        let Some(u) = user.filter(|_| ok) else {
            return Ok(None);
        };
        let mut tx = self.db.read().await?;
        let rows: Vec<MemberRow> = tx
            .all(
                "SELECT m.org_id, o.name AS org_name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id \
                 WHERE m.user_id = $1 ORDER BY o.name",
                args![&u.id],
            )
            .await?;
        tx.commit().await?;
        Ok(Some(Login {
            user: User { id: u.id, email: u.email, name: u.name, lang: u.lang },
            memberships: rows
                .into_iter()
                .map(|r| Membership { org_id: r.org_id, org_name: r.org_name, role: role(&r.role) })
                .collect(),
        }))
    }

    /// Opens a session in one of the user's organisations; returns the session secret (for the
    /// cookie) — only its hash is stored.
    pub async fn create_session(&self, user_id: &str, org_id: &str, ttl: SignedDuration) -> Result<String, StoreError> {
        let secret = secrets::new_token();
        let mut tx = self.db.write().await?;
        let member: Option<MemberRow> = tx
            .one(
                "SELECT m.org_id, o.name AS org_name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id \
                 WHERE m.user_id = $1 AND m.org_id = $2",
                args![user_id, org_id],
            )
            .await?;
        if member.is_none() {
            return Err(StoreError::NotFound);
        }
        let now = crate::now();
        tx.exec("DELETE FROM sessions WHERE expires_at < $1", args![now]).await?;
        tx.exec(
            "INSERT INTO sessions (id_hash, user_id, org_id, csrf, expires_at) VALUES ($1, $2, $3, $4, $5)",
            args![secrets::token_hash(&secret), user_id, org_id, secrets::random_hex(32), now + ttl],
        )
        .await?;
        tx.commit().await?;
        Ok(secret)
    }

    /// The live session for a cookie's secret, if any.
    pub async fn session(&self, secret: &str) -> Result<Option<SessionInfo>, StoreError> {
        let mut tx = self.db.read().await?;
        let row: Option<SessionRow> = tx
            .one(
                "SELECT s.user_id, s.org_id, s.csrf, s.expires_at, u.email, u.name, COALESCE(u.language, u.lang) AS lang, \
                 o.name AS org_name, m.role \
                 FROM sessions s JOIN users u ON u.id = s.user_id JOIN orgs o ON o.id = s.org_id \
                 JOIN memberships m ON m.user_id = s.user_id AND m.org_id = s.org_id WHERE s.id_hash = $1",
                args![secrets::token_hash(secret)],
            )
            .await?;
        tx.commit().await?;
        Ok(row.filter(|r| r.expires_at > crate::now()).map(|r| SessionInfo {
            scope: Scope { org_id: r.org_id, actor: format!("user:{}", r.user_id), role: role(&r.role) },
            user: User { id: r.user_id, email: r.email, name: r.name, lang: r.lang },
            org_name: r.org_name,
            csrf: r.csrf,
        }))
    }

    pub async fn end_session(&self, secret: &str) -> Result<(), StoreError> {
        let mut tx = self.db.write().await?;
        tx.exec("DELETE FROM sessions WHERE id_hash = $1", args![secrets::token_hash(secret)]).await?;
        tx.commit().await
    }

    /// Sets a user's interface language: `en`, `ru` or `kk` (in `language`; `lang`, which an
    /// older schema limits to en and ru, is kept in step, with ru for kk).
    pub async fn set_lang(&self, user_id: &str, lang: &str) -> Result<(), StoreError> {
        if !is_language(lang) {
            return Err(StoreError::said("lang", "api-store-lang", kzcomply_i18n::Args::new()));
        }
        let mut tx = self.db.write().await?;
        tx.exec("UPDATE users SET lang = $2, language = $3 WHERE id = $1", args![user_id, old_lang(lang), lang])
            .await?;
        tx.commit().await
    }

    /// Mints an API token for the caller's organisation with at most the caller's role.
    /// Returns its description and the secret, which is shown once and never stored.
    pub async fn create_token(&self, scope: &Scope, name: &str, role: Role) -> Result<(TokenInfo, String), StoreError> {
        scope.require(Role::Admin)?;
        let user_id = scope
            .actor
            .strip_prefix("user:")
            .ok_or_else(|| StoreError::conflict("api-store-token-by-token", kzcomply_i18n::Args::new()))?;
        let secret = secrets::new_token();
        let info = TokenInfo {
            id: new_id("tok"),
            name: name.trim().to_string(),
            role,
            created_at: crate::now(),
            expires_at: None,
        };
        let mut tx = self.db.write().await?;
        tx.exec(
            "INSERT INTO api_tokens (id, org_id, user_id, name, token_hash, role, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            args![
                &info.id,
                &scope.org_id,
                user_id,
                &info.name,
                secrets::token_hash(&secret),
                role.name(),
                info.created_at
            ],
        )
        .await?;
        log::write(&mut tx, scope, info.created_at, "create", "api_token", &info.id, None, Some(&info)).await?;
        tx.commit().await?;
        Ok((info, secret))
    }

    /// Mints an API token for the user with e-mail `email` in one of their organisations (the one
    /// named `org`, or their only one), with their role there: the operator's `kzcomply token-add`,
    /// for automation. Hashed and logged like a token minted on the dashboard.
    pub async fn create_token_for_user(
        &self,
        email: &str,
        org: Option<&str>,
        name: &str,
        ttl: Option<SignedDuration>,
    ) -> Result<(TokenInfo, String, String), StoreError> {
        let mut tx = self.db.write().await?;
        let user: Option<UserIdRow> =
            tx.one("SELECT id FROM users WHERE email = $1", args![email.trim().to_lowercase()]).await?;
        let Some(user) = user else {
            return Err(StoreError::invalid("email", format!("no user {email} (create one with `kzcomply user-add`)")));
        };
        let members: Vec<MemberRow> = tx
            .all(
                "SELECT m.org_id, o.name AS org_name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id \
                 WHERE m.user_id = $1 ORDER BY o.name",
                args![&user.id],
            )
            .await?;
        let names = || members.iter().map(|m| m.org_name.as_str()).collect::<Vec<_>>().join(", ");
        let member = match org {
            Some(o) => members.iter().find(|m| m.org_name == o || m.org_id == o).ok_or_else(|| {
                StoreError::invalid("org", format!("{email} is not a member of {o} (member of: {})", names()))
            })?,
            None if members.len() == 1 => &members[0],
            None if members.is_empty() => {
                return Err(StoreError::invalid("email", format!("{email} belongs to no organisation")));
            }
            None => {
                return Err(StoreError::invalid("org", format!("{email} is in several organisations: {}", names())));
            }
        };
        let now = crate::now();
        let expires_at = match ttl {
            Some(t) => Some(now.checked_add(t).map_err(|_| StoreError::invalid("expires-days", "too far ahead"))?),
            None => None,
        };
        let info = TokenInfo {
            id: new_id("tok"),
            name: name.trim().to_string(),
            role: role(&member.role),
            created_at: now,
            expires_at,
        };
        let secret = secrets::new_token();
        tx.exec(
            "INSERT INTO api_tokens (id, org_id, user_id, name, token_hash, role, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            args![
                &info.id,
                &member.org_id,
                &user.id,
                &info.name,
                secrets::token_hash(&secret),
                info.role.name(),
                info.created_at,
                expires_at
            ],
        )
        .await?;
        let scope = Scope { org_id: member.org_id.clone(), actor: format!("user:{}", user.id), role: info.role };
        log::write(&mut tx, &scope, now, "create", "api_token", &info.id, None, Some(&info)).await?;
        tx.commit().await?;
        Ok((info, secret, member.org_name.clone()))
    }

    /// The scope of a bearer token: its organisation, and the weaker of the token's role and its
    /// owner's current role (a demoted or removed user's tokens lose their power with them).
    pub async fn token_scope(&self, secret: &str) -> Result<Option<Scope>, StoreError> {
        Ok(self.token_caller(secret).await?.map(|(scope, _)| scope))
    }

    /// [`Store::token_scope`] with the language of the token's owner (a token acts for its user,
    /// in their language): `en`, `ru` or `kk`.
    pub async fn token_caller(&self, secret: &str) -> Result<Option<(Scope, String)>, StoreError> {
        let mut tx = self.db.read().await?;
        let row: Option<TokenCallerRow> = tx
            .one(
                "SELECT t.id, t.org_id, t.name, t.role, t.created_at, t.expires_at, m.role AS member_role, \
                 COALESCE(u.language, u.lang) AS lang \
                 FROM api_tokens t \
                 JOIN users u ON u.id = t.user_id \
                 LEFT JOIN memberships m ON m.user_id = t.user_id AND m.org_id = t.org_id \
                 WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
                args![secrets::token_hash(secret)],
            )
            .await?;
        tx.commit().await?;
        let now = crate::now();
        Ok(row.filter(|r| r.token.expires_at.is_none_or(|e| e.to_jiff() > now)).and_then(|r| {
            let member = role(r.token.member_role.as_deref()?);
            let t = r.token;
            let scope = Scope { org_id: t.org_id, actor: format!("token:{}", t.id), role: role(&t.role).min(member) };
            Some((scope, r.lang))
        }))
    }

    pub async fn list_tokens(&self, scope: &Scope) -> Result<Vec<TokenInfo>, StoreError> {
        scope.require(Role::Admin)?;
        let mut tx = self.db.read().await?;
        let rows: Vec<TokenRow> = tx
            .all(
                "SELECT id, org_id, name, role, created_at, expires_at, CAST(NULL AS TEXT) AS member_role FROM api_tokens \
                 WHERE org_id = $1 AND revoked_at IS NULL ORDER BY created_at",
                args![&scope.org_id],
            )
            .await?;
        tx.commit().await?;
        Ok(rows.into_iter().map(TokenRow::info).collect())
    }

    pub async fn revoke_token(&self, scope: &Scope, id: &str) -> Result<(), StoreError> {
        scope.require(Role::Admin)?;
        let now = crate::now();
        let mut tx = self.db.write().await?;
        let n = tx
            .exec(
                "UPDATE api_tokens SET revoked_at = $3 WHERE org_id = $1 AND id = $2 AND revoked_at IS NULL",
                args![&scope.org_id, id, now],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        let what = serde_json::json!({"revoked": true});
        log::write(&mut tx, scope, now, "update", "api_token", id, None, Some(&what)).await?;
        tx.commit().await
    }
}
