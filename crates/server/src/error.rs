//! One error type for every handler, mapped to one JSON shape:
//! `{"error": {"code": "not_found", "message": "…", "details": …}}` with the right status.
//! Internal failures are logged with their cause and answered with a generic message: nothing about
//! the database, the file system or the code reaches the client.

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kzcomply_store::StoreError;
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
    TooManyRequests,
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

impl From<JsonRejection> for AppError {
    fn from(r: JsonRejection) -> AppError {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::PayloadTooLarge;
        }
        AppError::BadRequest { message: r.body_text(), details: Value::Null }
    }
}

impl From<QueryRejection> for AppError {
    fn from(r: QueryRejection) -> AppError {
        AppError::bad_request(r.body_text())
    }
}

impl From<PathRejection> for AppError {
    fn from(r: PathRejection) -> AppError {
        AppError::bad_request(r.body_text())
    }
}

impl From<axum::extract::rejection::BytesRejection> for AppError {
    fn from(r: axum::extract::rejection::BytesRejection) -> AppError {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::PayloadTooLarge;
        }
        AppError::bad_request(r.body_text())
    }
}

/// `axum::Json`, but a bad body answers in our error shape.
#[derive(axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct JsonBody<T>(pub T);

/// `axum::extract::Query` in our error shape.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct Query<T>(pub T);

/// `axum::extract::Path` in our error shape.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

pub type ApiResult<T> = Result<T, AppError>;
