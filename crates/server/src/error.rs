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

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{HeaderMap, StatusCode, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use kzcomply_store::StoreError;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

#[derive(Debug)]
pub enum AppError {
    /// The request is malformed (bad JSON, a missing or mistyped parameter).
    BadRequest {
        message: String,
        details: Value,
    },
    /// The request is well-formed but its content is invalid: `details` lists every problem.
    Invalid {
        message: String,
        details: Value,
    },
    Unauthorized,
    Forbidden(String),
    NotFound,
    Conflict(String),
    PayloadTooLarge,
    /// The body is not JSON (or not sent as `application/json`).
    UnsupportedMediaType,
    MethodNotAllowed,
    TooManyRequests,
    /// Any other status with our code and words (408, 503 …), for [`error_shape`].
    Status {
        status: StatusCode,
        code: &'static str,
        message: &'static str,
    },
    Internal(String),
}

impl AppError {
    pub fn bad_request(message: impl Into<String>) -> AppError {
        AppError::BadRequest { message: message.into(), details: Value::Null }
    }

    pub fn invalid(message: impl Into<String>, details: impl serde::Serialize) -> AppError {
        AppError::Invalid { message: message.into(), details: serde_json::to_value(details).unwrap_or(Value::Null) }
    }

    fn parts(&self) -> (StatusCode, &'static str, String, Value) {
        match self {
            AppError::BadRequest { message, details } => {
                (StatusCode::BAD_REQUEST, "bad_request", message.clone(), details.clone())
            }
            AppError::Invalid { message, details } => {
                (StatusCode::UNPROCESSABLE_ENTITY, "invalid", message.clone(), details.clone())
            }
            AppError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "sign in, or send an API token as \"Authorization: Bearer kzc_…\"".into(),
                Value::Null,
            ),
            AppError::Forbidden(m) => (StatusCode::FORBIDDEN, "forbidden", m.clone(), Value::Null),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found", "no such resource".into(), Value::Null),
            AppError::Conflict(m) => (StatusCode::CONFLICT, "conflict", m.clone(), Value::Null),
            AppError::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "the request body is too large".into(),
                Value::Null,
            ),
            AppError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the body as JSON, with \"Content-Type: application/json\"".into(),
                Value::Null,
            ),
            AppError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "this path does not take that method; the Allow header lists the ones it takes".into(),
                Value::Null,
            ),
            AppError::Status { status, code, message } => (*status, code, message.to_string(), Value::Null),
            AppError::TooManyRequests => (
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_requests",
                "too many failed sign-ins; wait a few minutes".into(),
                Value::Null,
            ),
            AppError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "something went wrong on our side; it has been logged".into(),
                Value::Null,
            ),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let (status, code, message, details) = self.parts();
        (status, Json(json!({"error": {"code": code, "message": message, "details": details}}))).into_response()
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Forbidden(_) => AppError::Forbidden(e.to_string()),
            StoreError::Conflict(m) => AppError::Conflict(m),
            StoreError::Invalid(problems) => {
                AppError::invalid(format!("{} problem(s) in the input; nothing was written", problems.len()), problems)
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
            StatusCode::BAD_REQUEST => AppError::bad_request("the request is malformed"),
            StatusCode::UNAUTHORIZED => AppError::Unauthorized,
            StatusCode::FORBIDDEN => AppError::Forbidden("not allowed".into()),
            StatusCode::NOT_FOUND => AppError::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType,
            StatusCode::REQUEST_TIMEOUT => other("timeout", "the request took too long to arrive"),
            StatusCode::TOO_MANY_REQUESTS => other("too_many_requests", "too many requests; wait a moment and retry"),
            StatusCode::SERVICE_UNAVAILABLE => other("unavailable", "the server is busy; retry in a moment"),
            StatusCode::GATEWAY_TIMEOUT => other("timeout", "the request took too long to answer"),
            s if s.is_server_error() => AppError::Internal(format!("bare {s} from a layer")),
            _ => other("bad_request", "the request cannot be answered"),
        }
    }
}

impl From<PathRejection> for AppError {
    fn from(r: PathRejection) -> AppError {
        match r {
            PathRejection::FailedToDeserializePathParams(_) => {
                AppError::bad_request("the path is not valid: its parameters must be UTF-8 text of the right form")
            }
            other => AppError::Internal(other.body_text()),
        }
    }
}

impl From<axum::extract::rejection::BytesRejection> for AppError {
    fn from(r: axum::extract::rejection::BytesRejection) -> AppError {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::PayloadTooLarge;
        }
        AppError::bad_request("the request body could not be read")
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
        let message = if inner.is_eof() {
            "the body is not valid JSON: it ends too early".to_string()
        } else {
            format!("the body is not valid JSON (line {}, column {})", inner.line(), inner.column())
        };
        return Err(AppError::BadRequest { message, details: Value::Null });
    }
    let (row, field, message) = field_problem(&path, &without_position(&inner.to_string()));
    let mut problem = json!({"field": field, "message": message});
    if let Some(r) = row {
        problem["row"] = json!(r);
    }
    let at = match row {
        Some(r) => format!("row {r}, {field}"),
        None => field.clone(),
    };
    Err(AppError::Invalid { message: format!("{at}: {message}"), details: json!([problem]) })
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
        (join(&quoted(m)), "is required".to_string())
    } else if let Some(m) = message.strip_prefix("unknown field ") {
        let known: Vec<&str> = m.split('`').skip(3).step_by(2).collect();
        let list =
            if known.is_empty() { quoted(m.split_once(", expected").map_or("", |x| x.1)) } else { known.join(", ") };
        let hint = if list.is_empty() { String::new() } else { format!("; the fields are {list}") };
        (join(&quoted(m)), format!("is not a field of this request{hint}"))
    } else if let Some(m) = message.strip_prefix("unknown variant ") {
        let allowed: Vec<&str> = m.split('`').skip(3).step_by(2).collect();
        (path.clone(), format!("{} is not allowed; use {}", quoted(m), allowed.join(", ")))
    } else if let Some(m) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        let (got, expected) = m.split_once(", expected ").unwrap_or((m, "another value"));
        (path.clone(), format!("expected {}, not {}", plain_type(expected), got.replace('`', "")))
    } else if let Some(m) = message.strip_prefix("invalid length ") {
        (path.clone(), format!("wrong number of items ({m})"))
    } else {
        (path.clone(), message.to_string())
    };
    (row, if field.is_empty() { "body".into() } else { field }, message)
}

/// serde's names for Rust types, in words.
fn plain_type(expected: &str) -> String {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "a boolean" | "bool" => "true or false".into(),
        "a string" | "a borrowed string" | "string" => "a string".into(),
        "a sequence" => "a list".into(),
        "a map" => "an object".into(),
        e if e.starts_with("struct ") => "an object".into(),
        e => e.to_string(),
    }
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
                message: format!("{parameter}: {message}"),
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
