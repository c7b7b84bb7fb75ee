//! The language an answer is written in.
//!
//! - **API** (`/api/v1/…`): `?lang=en|ru|kk`, then the `Accept-Language` header, then the caller's
//!   own setting (an API token acts for its user: their setting), else English. A `lang` that is
//!   none of the three is a 400. Only what people read changes: `message`, `basis`, `fine_note`,
//!   `reason`, `status_text`, `explanation` …; ids (`rule`, `code`, `event`, `severity`,
//!   `fine_status`) and field names never do.
//! - **Dashboard**: the signed-in user's setting; before sign-in, the sign-in page's switch
//!   (`?lang=`), then `Accept-Language` (a Kazakh browser gets Kazakh), else English.
//!
//! [`middleware`] reads the request's explicit choices once and keeps them for the request (a
//! task-local); the authentication extractors record the caller's setting as soon as they know it
//! ([`caller_speaks`]); [`current`] is the language every text of the answer is written in —
//! error messages ([`crate::error::AppError`]) included, wherever they are raised. Handlers take
//! the [`Language`] extractor.

use crate::AppState;
use crate::error::AppError;
use axum::extract::{FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
pub use kzcomply_i18n::Lang;
use std::sync::OnceLock;

/// What a request says about its language.
#[derive(Debug, Default)]
pub struct RequestLang {
    /// An API request (the API's order: query, header, user).
    api: bool,
    /// `?lang=`.
    query: Option<Lang>,
    /// `Accept-Language`.
    header: Option<Lang>,
    /// The caller's own setting, once the credential has been checked.
    user: OnceLock<Lang>,
}

impl RequestLang {
    fn resolved(&self) -> Lang {
        let user = self.user.get().copied();
        let found = if self.api { self.query.or(self.header).or(user) } else { user.or(self.query).or(self.header) };
        found.unwrap_or_default()
    }
}

tokio::task_local! {
    static REQUEST: RequestLang;
}

/// The language of the answer being written (English outside a request, e.g. in unit tests).
pub fn current() -> Lang {
    REQUEST.try_with(RequestLang::resolved).unwrap_or_default()
}

/// The language the request's browser asks for (`Accept-Language`), if it names one of ours.
pub fn browser() -> Option<Lang> {
    REQUEST.try_with(|r| r.header).ok().flatten()
}

/// The caller's own setting (`en`, `ru`, `kk`; anything else is English), recorded for the rest of
/// the request. The first credential checked wins.
pub fn caller_speaks(setting: &str) {
    let lang = Lang::parse(setting).unwrap_or_default();
    let _ = REQUEST.try_with(|r| r.user.set(lang));
}

/// Whether the caller's setting is known yet.
fn caller_known() -> bool {
    REQUEST.try_with(|r| r.user.get().is_some()).unwrap_or(true)
}

/// The first `lang` parameter of a query string, decoded.
pub fn query_lang(query: Option<&str>) -> Option<String> {
    form_urlencoded::parse(query.unwrap_or("").as_bytes()).find(|(k, _)| k == "lang").map(|(_, v)| v.into_owned())
}

/// Reads the request's `?lang=` and `Accept-Language` and answers it inside their scope.
pub async fn middleware(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let api = path.starts_with("/api/v1/");
    let header =
        req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language);
    let asked = query_lang(req.uri().query());
    let query = asked.as_deref().and_then(Lang::parse);
    let state = RequestLang { api, query, header, user: OnceLock::new() };
    let refuse = api && asked.is_some() && query.is_none();
    REQUEST
        .scope(state, async move {
            if refuse {
                return AppError::bad_lang(asked.unwrap_or_default()).into_response();
            }
            next.run(req).await
        })
        .await
}

/// The language of the answer, for handlers: as [`current`], with the caller's setting looked up
/// when neither `?lang=` nor `Accept-Language` decides and no credential was checked before
/// (a handler normally takes [`crate::auth::Caller`] first, which records it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language(pub Lang);

impl FromRequestParts<AppState> for Language {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Language, AppError> {
        let explicit = REQUEST.try_with(|r| if r.api { r.query.or(r.header) } else { None }).ok().flatten();
        if explicit.is_none() && !caller_known() {
            // Authentication errors are the caller extractor's to report; here only the setting counts.
            let _ = crate::auth::Caller::from_request_parts(parts, state).await;
        }
        Ok(Language(current()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_prefers_the_query_then_the_header_then_the_user() {
        let r = |api, query, header, user: Option<Lang>| {
            let r = RequestLang { api, query, header, user: OnceLock::new() };
            if let Some(u) = user {
                r.user.set(u).unwrap();
            }
            r.resolved()
        };
        use Lang::*;
        assert_eq!(r(true, Some(Ru), Some(Kk), Some(En)), Ru);
        assert_eq!(r(true, None, Some(Kk), Some(Ru)), Kk);
        assert_eq!(r(true, None, None, Some(Kk)), Kk);
        assert_eq!(r(true, None, None, None), En);
        // The dashboard: the user's setting first; before sign-in the switch, then the browser.
        assert_eq!(r(false, Some(Ru), Some(Kk), Some(En)), En);
        assert_eq!(r(false, Some(Ru), Some(Kk), None), Ru);
        assert_eq!(r(false, None, Some(Kk), None), Kk);
        assert_eq!(query_lang(Some("as_of=2026-01-01&lang=kk&lang=ru")).as_deref(), Some("kk"));
        assert_eq!(query_lang(None), None);
    }
}
