//! One error type for every handler, mapped to one JSON shape:
//! `{"error": {"code": "not_found", "message": "…", "details": …}}` with the right status.
//! Internal failures are logged with their cause and answered with a generic message: nothing about
//! the database, the file system or the code reaches the client.
//!
//! The extractors ([`JsonBody`], [`Query`], [`Path`]) answer in the shape and in our own words,
//! naming the field or parameter (`gross: '…' is above the largest amount accepted`), never the
//! library's ("Failed to deserialize the JSON body into the target type"): a body that is not JSON
//! is a 400, JSON that does not fit the request is a 422 with `details: [{field, message}]` (and
//! `row`, counted from 1, inside a batch's `rows`), a body without a JSON content type a 415.
//! [`error_shape`] puts every other error answer — axum's empty 405, tower-http's plain-text 413,
//! unknown routes — in the same shape.
//!
//! Messages are catalogue messages (`crates/i18n/locales/*/api.ftl`, ids `api-…`) with their
//! arguments, written in the request's language ([`crate::lang`]) when the answer is; the status
//! and `code` never change with the language. A `message` inside `details` is written in that
//! language where the problem is found.

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{HeaderMap, StatusCode, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use kzcomply_i18n::{Args, Lang, tr};
use kzcomply_store::StoreError;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// What an error says: a catalogue message with its arguments, written in the answer's language
/// when the answer is, or a text already written in it (a law or audit crate's message).
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Msg(&'static str, Args),
    Plain(String),
}

impl Text {
    /// The catalogue message `id` (without arguments).
    pub fn id(id: &'static str) -> Text {
        Text::Msg(id, Args::new())
    }

    /// The catalogue message `id` with `args`.
    pub fn with(id: &'static str, args: Args) -> Text {
        Text::Msg(id, args)
    }

    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Msg(id, args) => tr(lang, id, args),
            Text::Plain(s) => s.clone(),
        }
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Plain(s)
    }
}

/// The catalogue message `id` with `args`, in the language of the answer being written (for the
/// `message` of a problem in `details`).
pub fn say(id: &'static str, args: Args) -> String {
    tr(crate::lang::current(), id, &args)
}

#[derive(Debug)]
pub enum AppError {
    /// The request is malformed (bad JSON, a missing or mistyped parameter).
    BadRequest {
        message: Text,
        details: Value,
    },
    /// The request is well-formed but its content is invalid: `details` lists every problem.
    Invalid {
        message: Text,
        details: Value,
    },
    Unauthorized,
    Forbidden(Text),
    NotFound,
    Conflict(Text),
    PayloadTooLarge,
    /// The body is not JSON (or not sent as `application/json`).
    UnsupportedMediaType,
    MethodNotAllowed,
    TooManyRequests,
    /// Any other status with our code and words (408, 503 …), for [`error_shape`]: `message` is
    /// a catalogue id.
    Status {
        status: StatusCode,
        code: &'static str,
        message: &'static str,
    },
    Internal(String),
}

impl AppError {
    /// A 400 with the catalogue message `id` and its arguments.
    pub fn bad_request(id: &'static str, args: Args) -> AppError {
        AppError::BadRequest { message: Text::with(id, args), details: Value::Null }
    }

    /// A 422 with `message` (a [`Text`], or a `String` already in the answer's language).
    pub fn invalid(message: impl Into<Text>, details: impl serde::Serialize) -> AppError {
        AppError::Invalid { message: message.into(), details: serde_json::to_value(details).unwrap_or(Value::Null) }
    }

    /// A 422 with the catalogue message `id` and no details.
    pub fn invalid_msg(id: &'static str, args: Args) -> AppError {
        AppError::invalid(Text::with(id, args), Value::Null)
    }

    /// `?lang=` names no language of ours.
    pub fn bad_lang(value: String) -> AppError {
        AppError::BadRequest {
            message: Text::with("api-bad-lang", Args::new().text("value", value.clone())),
            details: json!({"parameter": "lang", "value": value, "allowed": ["en", "ru", "kk"]}),
        }
    }

    /// The status, the stable code, the message in `lang` and the details.
    pub fn parts(&self, lang: Lang) -> (StatusCode, &'static str, String, Value) {
        let id = |id: &str| tr(lang, id, &Args::new());
        match self {
            AppError::BadRequest { message, details } => {
                (StatusCode::BAD_REQUEST, "bad_request", message.render(lang), details.clone())
            }
            AppError::Invalid { message, details } => {
                (StatusCode::UNPROCESSABLE_ENTITY, "invalid", message.render(lang), details.clone())
            }
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized", id("api-unauthorized"), Value::Null),
            AppError::Forbidden(m) => (StatusCode::FORBIDDEN, "forbidden", m.render(lang), Value::Null),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found", id("api-not-found"), Value::Null),
            AppError::Conflict(m) => (StatusCode::CONFLICT, "conflict", m.render(lang), Value::Null),
            AppError::PayloadTooLarge => {
                (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", id("api-payload-too-large"), Value::Null)
            }
            AppError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                id("api-unsupported-media-type"),
                Value::Null,
            ),
            AppError::MethodNotAllowed => {
                (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", id("api-method-not-allowed"), Value::Null)
            }
            AppError::Status { status, code, message } => (*status, code, id(message), Value::Null),
            AppError::TooManyRequests => {
                (StatusCode::TOO_MANY_REQUESTS, "too_many_requests", id("api-too-many-sign-ins"), Value::Null)
            }
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal", id("api-internal"), Value::Null),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let (status, code, message, details) = self.parts(crate::lang::current());
        (status, Json(json!({"error": {"code": code, "message": message, "details": details}}))).into_response()
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Forbidden(role) => {
                AppError::Forbidden(Text::with("api-needs-role", Args::new().text("role", role.name())))
            }
            StoreError::Conflict(said) => AppError::Conflict(Text::Plain(crate::store_text::conflict(&said))),
            StoreError::Invalid(problems) => {
                let problems = crate::store_text::problems(problems);
                let message = Text::with("api-input-problems", Args::new().num("count", problems.len() as i64));
                AppError::invalid(message, problems)
            }
            e @ (StoreError::Open(_) | StoreError::Migrate(_) | StoreError::Db(_)) => AppError::Internal(e.to_string()),
        }
    }
}

impl AppError {
    /// Our answer for a bare status some layer produced (axum's 405, tower-http's 413 …).
    pub fn for_status(status: StatusCode) -> AppError {
        let other = |code, message| AppError::Status { status, code, message };
        match status {
            StatusCode::BAD_REQUEST => AppError::bad_request("api-malformed", Args::new()),
            StatusCode::UNAUTHORIZED => AppError::Unauthorized,
            StatusCode::FORBIDDEN => AppError::Forbidden(Text::id("api-not-allowed")),
            StatusCode::NOT_FOUND => AppError::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType,
            StatusCode::REQUEST_TIMEOUT => other("timeout", "api-timeout-arriving"),
            StatusCode::TOO_MANY_REQUESTS => other("too_many_requests", "api-too-many-requests"),
            StatusCode::SERVICE_UNAVAILABLE => other("unavailable", "api-unavailable"),
            StatusCode::GATEWAY_TIMEOUT => other("timeout", "api-timeout-answering"),
            s if s.is_server_error() => AppError::Internal(format!("bare {s} from a layer")),
            _ => other("bad_request", "api-cannot-answer"),
        }
    }
}

impl From<PathRejection> for AppError {
    fn from(r: PathRejection) -> AppError {
        match r {
            PathRejection::FailedToDeserializePathParams(_) => AppError::bad_request("api-bad-path", Args::new()),
            other => AppError::Internal(other.body_text()),
        }
    }
}

impl From<axum::extract::rejection::BytesRejection> for AppError {
    fn from(r: axum::extract::rejection::BytesRejection) -> AppError {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::PayloadTooLarge;
        }
        AppError::bad_request("api-body-unreadable", Args::new())
    }
}

/// Whether the request says its body is JSON (`application/json` or `application/…+json`).
fn is_json(headers: &HeaderMap) -> bool {
    let Some(ctype) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else { return false };
    let essence = ctype.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A JSON body: `axum::Json`, but every rejection in our shape and words (see the module docs).
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<JsonBody<T>, AppError> {
        if !is_json(req.headers()) {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = axum::body::Bytes::from_request(req, state).await?;
        parse_json(&bytes).map(JsonBody)
    }
}

/// Reads `bytes` as a `T`: a syntax error is a 400 with the line and column, a value that does not
/// fit is a 422 naming the field (`rows[i].x` becomes `row` i + 1 and field `x`).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let (path, inner) = match serde_path_to_error::deserialize(&mut de) {
        Ok(v) => match de.end() {
            Ok(()) => return Ok(v),
            Err(e) => (String::new(), e),
        },
        Err(e) => (e.path().to_string(), e.into_inner()),
    };
    if !inner.is_data() {
        if inner.is_eof() {
            return Err(AppError::bad_request("api-json-ends-early", Args::new()));
        }
        let at = Args::new().num("line", inner.line() as i64).num("column", inner.column() as i64);
        return Err(AppError::bad_request("api-json-syntax", at));
    }
    let (row, field, message) = field_problem(&path, &without_position(&inner.to_string()));
    let mut problem = json!({"field": field, "message": message});
    if let Some(r) = row {
        problem["row"] = json!(r);
    }
    let text = match row {
        Some(r) => Text::with(
            "api-row-field-problem",
            Args::new().num("row", r as i64).text("field", field).text("message", message),
        ),
        None => Text::with("api-field-problem", Args::new().text("field", field).text("message", message)),
    };
    Err(AppError::Invalid { message: text, details: json!([problem]) })
}

/// serde_json's message without its " at line L column C".
fn without_position(m: &str) -> String {
    match m.rfind(" at line ") {
        Some(i) => m[..i].to_string(),
        None => m.to_string(),
    }
}

/// (row counted from 1 inside a batch's `rows`, the field, our wording of the problem).
fn field_problem(path: &str, message: &str) -> (Option<usize>, String, String) {
    let mut path = if path == "." { String::new() } else { path.to_string() };
    let mut row = None;
    if let Some(rest) = path.strip_prefix("rows[")
        && let Some((i, tail)) = rest.split_once(']')
        && let Ok(i) = i.parse::<usize>()
    {
        row = Some(i + 1);
        path = tail.trim_start_matches('.').to_string();
    }
    // The path ends at the field already for an unknown field, at its parent for a missing one.
    let join = |name: &str| {
        if path.is_empty() || path == name || path.ends_with(&format!(".{name}")) {
            if path.is_empty() { name.to_string() } else { path.clone() }
        } else {
            format!("{path}.{name}")
        }
    };
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();
    let (field, message) = if let Some(m) = message.strip_prefix("missing field ") {
        (join(&quoted(m)), say("api-field-required", Args::new()))
    } else if let Some(m) = message.strip_prefix("unknown field ") {
        let known: Vec<&str> = m.split('`').skip(3).step_by(2).collect();
        let list =
            if known.is_empty() { quoted(m.split_once(", expected").map_or("", |x| x.1)) } else { known.join(", ") };
        let message = if list.is_empty() {
            say("api-field-unknown", Args::new())
        } else {
            say("api-field-unknown-list", Args::new().text("fields", list))
        };
        (join(&quoted(m)), message)
    } else if let Some(m) = message.strip_prefix("unknown variant ") {
        let allowed: Vec<&str> = m.split('`').skip(3).step_by(2).collect();
        let args = Args::new().text("value", quoted(m)).text("allowed", allowed.join(", "));
        (path.clone(), say("api-value-not-allowed", args))
    } else if let Some(m) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        let (got, expected) = m.split_once(", expected ").unwrap_or((m, "another value"));
        let args = Args::new().text("expected", plain_type(expected)).text("got", plain_value(&got.replace('`', "")));
        (path.clone(), say("api-value-expected", args))
    } else if let Some(m) = message.strip_prefix("invalid length ") {
        let count = m.split(',').next().and_then(|n| n.trim().parse::<i64>().ok());
        let message = match count {
            Some(n) => say("api-wrong-length", Args::new().num("count", n)),
            None => say("api-wrong-length-unknown", Args::new()),
        };
        (path.clone(), message)
    } else {
        (path.clone(), message.to_string())
    };
    (row, if field.is_empty() { "body".into() } else { field }, message)
}

/// serde's names for Rust types, in words (in the answer's language).
fn plain_type(expected: &str) -> String {
    let id = match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "api-type-whole-number",
        "a boolean" | "bool" => "api-type-boolean",
        "a string" | "a borrowed string" | "string" => "api-type-string",
        "a sequence" => "api-type-list",
        "a map" => "api-type-object",
        e if e.starts_with("struct ") => "api-type-object",
        crate::api::person::EXPECTED_DATE => "api-type-date",
        crate::api::person::EXPECTED_DATE_OR_NO => "api-type-date-or-no",
        e => return e.to_string(),
    };
    say(id, Args::new())
}

/// serde's description of the value it got (`string "abc"`, `integer 5`, `null`), its kind in words.
fn plain_value(got: &str) -> String {
    let kinds = [
        ("string ", "api-got-string"),
        ("integer ", "api-got-number"),
        ("floating point ", "api-got-number"),
        ("boolean ", "api-got-boolean"),
        ("sequence", "api-got-list"),
        ("map", "api-got-object"),
        ("null", "api-got-null"),
        ("unit value", "api-got-null"),
    ];
    for (prefix, id) in kinds {
        if let Some(rest) = got.strip_prefix(prefix) {
            return say(id, Args::new().text("value", rest.trim()));
        }
    }
    got.to_string()
}

/// The query string, in our error shape and words: a 400 naming the parameter.
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Query<T>, AppError> {
        let query = parts.uri.query().unwrap_or("");
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de).map(Query).map_err(|e| {
            let (_, parameter, message) = field_problem(&e.path().to_string(), &e.inner().to_string());
            let parameter = if parameter == "body" { "query".to_string() } else { parameter };
            AppError::BadRequest {
                message: Text::with(
                    "api-field-problem",
                    Args::new().text("field", parameter.clone()).text("message", message.clone()),
                ),
                details: json!({"parameter": parameter, "message": message}),
            }
        })
    }
}

/// Puts every error answer that is neither JSON nor a page in the one shape: axum's empty 405
/// (its `Allow` header kept), tower-http's plain-text 413, a bare 404 or 408 from a layer. A
/// dashboard page (HTML) and our JSON pass through untouched.
pub async fn error_shape(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let ctype = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if ctype.starts_with("application/json") || ctype.starts_with("text/html") {
        return response;
    }
    let (parts, _) = response.into_parts();
    let mut ours = AppError::for_status(status).into_response();
    *ours.status_mut() = status;
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            ours.headers_mut().insert(name.clone(), value.clone());
        }
    }
    ours
}

/// `axum::extract::Path` in our error shape.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

pub type ApiResult<T> = Result<T, AppError>;
