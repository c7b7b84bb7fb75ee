//! The dashboard: server-rendered pages (askama templates compiled into the binary), a stylesheet
//! and a few lines of script. Every page needs a session; every form carries the session's CSRF
//! token; the language is the user's (English, Russian or Kazakh: every text is a message of the
//! catalogue, `crates/i18n/locales/*/web.ftl`), switchable on every page and on the sign-in page.

mod charts;
mod company;
mod errors;
pub mod i18n;
mod rules;
pub(crate) mod settings;

use crate::AppState;
use crate::auth::{WebSession, safe_next, session_cookie};
use crate::error::AppError;
use crate::limit::{ClientAddr, MAX_EMAIL_BYTES, MAX_SIGN_IN_PASSWORD_BYTES, Refusal, clip_email};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Query, Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use i18n::T;
use kzcomply_i18n::{Args, Lang};

/// What the base template needs.
pub struct Layout {
    pub t: T,
    pub title: String,
    pub user: Option<String>,
    pub org: String,
    pub role: &'static str,
    pub csrf: String,
    /// (id, name) of the company being looked at, for the navigation.
    pub company: Option<(String, String)>,
    /// For admins, from 60 days before the rules end: what is missing, linking to the Rules page.
    pub banner: Option<crate::org_rules::CoverageBanner>,
}

impl Layout {
    /// The layout of a signed-in page; `title` is a catalogue id.
    pub fn of(s: &WebSession, title: &str) -> Layout {
        let t = T::new(&s.0.user.lang);
        Layout::titled(s, t.s(title))
    }

    /// The layout of a signed-in page with its title already written.
    pub fn titled(s: &WebSession, title: String) -> Layout {
        let info = &s.0;
        Layout {
            t: T::new(&info.user.lang),
            title,
            user: Some(info.user.name.clone()),
            org: info.org_name.clone(),
            role: info.scope.role.name(),
            csrf: info.csrf.clone(),
            company: None,
            banner: s.1.clone(),
        }
    }

    /// The language switch: (code, the language's own name).
    pub fn languages(&self) -> Vec<(&'static str, &'static str)> {
        Lang::ALL.iter().map(|l| (l.code(), l.native_name())).collect()
    }

    /// The rules banner: when the rules end and what has no value after that.
    pub fn banner_text(&self, b: &crate::org_rules::CoverageBanner) -> String {
        let lang = self.t.0;
        let missing: Vec<String> =
            b.missing.iter().map(|(p, from)| crate::org_rules::missing_item(lang, p, *from)).collect();
        let args = Args::new()
            .date("date", b.covered_until)
            .num("days", i64::from(b.days_left))
            .text("missing", missing.join(", "));
        let id = if b.days_left >= 0 { "web-banner-soon" } else { "web-banner-ended" };
        self.t.a(id, &args)
    }
}

/// A form that carries nothing but the session's CSRF token (revoke, retire).
#[derive(serde::Deserialize)]
pub struct CsrfOnly {
    pub csrf: String,
}

/// Renders a template, or a plain 500 (logged) if rendering fails.
pub fn page(t: impl Template) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => AppError::Internal(format!("template: {e}")).into_response(),
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/lang", post(set_lang))
        .route("/", get(home))
        .route("/static/app.css", get(css))
        .route("/static/app.js", get(js))
        .merge(company::router())
        .merge(settings::router())
        .merge(rules::router())
        // Unknown pages, and bare errors (a 405) in the JSON shape, which html_errors shows as pages.
        .fallback(|| async { AppError::NotFound })
        .layer(axum::middleware::from_fn(refuse_cross_site))
        .layer(axum::middleware::from_fn(crate::error::error_shape))
        .layer(axum::middleware::from_fn_with_state(state.clone(), errors::html_errors))
        .with_state(state)
}

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], include_str!("../../static/app.css"))
}

async fn js() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], include_str!("../../static/app.js"))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    l: Layout,
    error: Option<String>,
    next: String,
    /// `next`, for a link's query.
    next_encoded: String,
    /// The language was chosen on this page (kept through the form, saved at sign-in).
    chosen: bool,
    email: String,
    demo: bool,
    demo_password: &'static str,
}

#[derive(serde::Deserialize)]
struct NextQuery {
    next: Option<String>,
}

/// The layout of a page without a session (the sign-in page, an error before sign-in).
fn login_layout(lang: Lang) -> Layout {
    let t = T(lang);
    Layout {
        t,
        title: t.s("web-sign-in"),
        user: None,
        org: String::new(),
        role: "",
        csrf: String::new(),
        company: None,
        banner: None,
    }
}

/// The sign-in page in the language chosen on it (`?lang=`), else the browser's, else English.
async fn login_page(State(s): State<AppState>, uri: axum::http::Uri, Query(q): Query<NextQuery>) -> Response {
    let chosen = crate::lang::query_lang(uri.query()).as_deref().and_then(Lang::parse).is_some();
    let next = safe_next(q.next.as_deref());
    page(LoginPage {
        l: login_layout(crate::lang::current()),
        error: None,
        next_encoded: crate::auth::urlencode(&next),
        next,
        chosen,
        email: String::new(),
        demo: is_demo(&s).await,
        demo_password: crate::demo::PASSWORD,
    })
}

async fn is_demo(s: &AppState) -> bool {
    s.store.orgs().await.map(|o| o.iter().any(|o| o.name == crate::demo::ORG)).unwrap_or(false)
}

#[derive(serde::Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
    /// The language chosen on the sign-in page: the user's setting from now on.
    lang: Option<String>,
}

/// Refuses every state-changing dashboard request posted from another site (the Origin header,
/// when the browser sends one, must name this host) — a second line behind the CSRF token and
/// SameSite cookies, applied to the whole dashboard so no form can forget it.
async fn refuse_cross_site(req: Request, next: Next) -> Response {
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        let headers = req.headers();
        if let (Some(origin), Some(host)) = (headers.get(header::ORIGIN), headers.get(header::HOST)) {
            let origin = origin.to_str().unwrap_or("");
            let bare = origin.split_once("://").map_or(origin, |(_, rest)| rest);
            if bare != host.to_str().unwrap_or("") {
                return AppError::Forbidden(crate::error::Text::id("api-cross-site")).into_response();
            }
        }
    }
    next.run(req).await
}

/// Signs in: within the limits of [`crate::limit`] (per client address, per e-mail from that
/// address, and a bounded number of password checks at once, taken before the database is).
async fn login(
    State(s): State<AppState>,
    ClientAddr(addr): ClientAddr,
    jar: CookieJar,
    Form(f): Form<LoginForm>,
) -> Response {
    use axum::http::StatusCode;
    let chosen = f.lang.as_deref().and_then(Lang::parse);
    let lang = chosen.or_else(crate::lang::browser).unwrap_or_default();
    let fail = |error: &'static str, status| {
        let next = safe_next(f.next.as_deref());
        let mut r = page(LoginPage {
            l: login_layout(lang),
            error: Some(T(lang).s(error)),
            next_encoded: crate::auth::urlencode(&next),
            next,
            chosen: chosen.is_some(),
            email: clip_email(&f.email).to_string(),
            demo: false,
            demo_password: crate::demo::PASSWORD,
        });
        *r.status_mut() = status;
        r
    };
    let attempt = match s.sign_in.begin(&f.email, addr).await {
        Ok(a) => a,
        Err(refusal) => {
            let (text, retry_after) = match refusal {
                Refusal::TooManyFailures { retry_after } => ("web-too-many", retry_after.as_secs().max(1)),
                Refusal::Busy => ("web-busy", 1),
            };
            let mut r = fail(text, StatusCode::TOO_MANY_REQUESTS);
            r.headers_mut().insert(header::RETRY_AFTER, retry_after.into());
            return r;
        }
    };
    if f.password.len() > MAX_SIGN_IN_PASSWORD_BYTES || f.email.len() > MAX_EMAIL_BYTES {
        attempt.failed();
        return fail("web-bad-login", StatusCode::UNAUTHORIZED);
    }
    let login = match s.store.login(&f.email, &f.password).await {
        Ok(l) => l,
        Err(e) => return AppError::from(e).into_response(),
    };
    let Some(login) = login.filter(|l| !l.memberships.is_empty()) else {
        attempt.failed();
        return fail("web-bad-login", StatusCode::UNAUTHORIZED);
    };
    // The password check is done: give its turn back before opening the session.
    attempt.succeeded();
    // A language chosen on the sign-in page becomes the user's setting.
    if let Some(l) = chosen.filter(|l| l.code() != login.user.lang)
        && let Err(e) = s.store.set_lang(&login.user.id, l.code()).await
    {
        return AppError::from(e).into_response();
    }
    let org = &login.memberships[0].org_id;
    match s.store.create_session(&login.user.id, org, jiff::SignedDuration::from_hours(12)).await {
        Ok(secret) => {
            let jar = jar.add(session_cookie(secret, s.secure_cookies));
            (jar, Redirect::to(&safe_next(f.next.as_deref()))).into_response()
        }
        Err(e) => AppError::from(e).into_response(),
    }
}

#[derive(serde::Deserialize)]
struct CsrfForm {
    csrf: String,
    lang: Option<String>,
}

async fn logout(State(s): State<AppState>, session: WebSession, jar: CookieJar, Form(f): Form<CsrfForm>) -> Response {
    if let Err(e) = session.check_csrf(&f.csrf) {
        return e.into_response();
    }
    if let Some(c) = jar.get(crate::auth::SESSION_COOKIE) {
        let _ = s.store.end_session(c.value()).await;
    }
    let jar = jar.remove(axum_extra::extract::cookie::Cookie::build(crate::auth::SESSION_COOKIE).path("/"));
    (jar, Redirect::to("/login")).into_response()
}

async fn set_lang(
    State(s): State<AppState>,
    session: WebSession,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Response {
    if let Err(e) = session.check_csrf(&f.csrf) {
        return e.into_response();
    }
    let Some(lang) = f.lang.as_deref().and_then(Lang::parse) else {
        let args = Args::new().text("value", f.lang.clone().unwrap_or_default());
        return AppError::bad_request("api-bad-lang", args).into_response();
    };
    if let Err(e) = s.store.set_lang(&session.0.user.id, lang.code()).await {
        return AppError::from(e).into_response();
    }
    let back = headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.find("://").and_then(|i| r[i + 3..].find('/').map(|j| r[i + 3 + j..].to_string())))
        .unwrap_or_else(|| "/".into());
    Redirect::to(&safe_next(Some(&back))).into_response()
}

struct CompanyCard {
    id: String,
    name: String,
    bin: Option<String>,
    headcount: u32,
    violations: u32,
    risks: u32,
    /// The fine exposure in the user's words ("1 557 000 ₸"), or "—" when the audit failed.
    exposure: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    l: Layout,
    companies: Vec<CompanyCard>,
}

async fn home(State(s): State<AppState>, session: WebSession) -> Response {
    let scope = &session.0.scope;
    let companies = match s.store.list_companies(scope).await {
        Ok(c) => c,
        Err(e) => return AppError::from(e).into_response(),
    };
    // A single company: straight to its page. An outstaffing provider's own company (the employer
    // of another company's outstaffed staff: its payroll, not a host) does not count.
    if companies.len() == 1 {
        return Redirect::to(&format!("/companies/{}", companies[0].id)).into_response();
    }
    let mut employers = std::collections::HashSet::new();
    for c in &companies {
        if let Ok((_, people)) = s.store.workforce(scope, &c.id).await {
            let placed = people.into_iter().filter(|p| p.engagement != kzcomply_audit::Engagement::Direct);
            employers.extend(placed.filter_map(|p| p.employer_bin).filter(|b| c.bin.as_ref() != Some(b)));
        }
    }
    let hosts: Vec<&kzcomply_store::Company> =
        companies.iter().filter(|c| c.bin.as_ref().is_none_or(|b| !employers.contains(b))).collect();
    if hosts.len() == 1 {
        return Redirect::to(&format!("/companies/{}", hosts[0].id)).into_response();
    }
    let as_of = crate::compute::today();
    let t = T::new(&session.0.user.lang);
    let mut cards = Vec::new();
    let rules = match s.rules_for(scope).await {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    for c in companies {
        let report =
            crate::compute::audit_company(&s.store, &rules.book, &rules.calendar, scope, &c.id, as_of, t.0).await;
        let (headcount, violations, risks, exposure) = match &report {
            Ok(r) => (
                r.headcount.effective,
                r.counts.violation,
                r.counts.risk,
                company::findings::exposure_text(t, r.fine_exposure_kzt, r.fines_not_priced),
            ),
            Err(_) => (0, 0, 0, "—".into()),
        };
        cards.push(CompanyCard { id: c.id, name: c.name, bin: c.bin, headcount, violations, risks, exposure });
    }
    let l = Layout::of(&session, "web-companies");
    page(HomePage { l, companies: cards })
}
