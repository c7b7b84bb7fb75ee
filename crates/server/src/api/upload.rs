//! The safety of uploads in the service: heavy parsing (and the audit of an uploaded file) runs
//! off the async workers, a few at a time, and a panic in any handler is answered, not dropped.
//! What a file may hold is bounded by the parsers themselves (`kzcomply_audit::limits`).

use crate::error::AppError;
use axum::response::{IntoResponse, Response};

/// How many uploads are parsed (and audited) at once; the others wait their turn. Two keep both
/// cores busy without letting uploads take the whole blocking pool.
pub const PARSE_TURNS: usize = 2;
static PARSERS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(PARSE_TURNS);

/// Runs `work` (parsing an upload, auditing it) on the blocking pool, at most [`PARSE_TURNS`] at
/// once: an upload never holds an async worker, so every other request keeps being answered. The
/// turn is held by the work itself, so a client that goes away does not free it early. A panic in
/// `work` is an internal error, never a dropped connection.
pub async fn off_the_workers<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let turn = PARSERS.acquire().await.map_err(|_| AppError::Internal("the parsing turns are closed".into()))?;
    tokio::task::spawn_blocking(move || {
        let _turn = turn;
        work()
    })
    .await
    .map_err(|e| AppError::Internal(format!("parsing an upload failed: {e}")))
}

/// The answer to a panic in a handler (caught by `tower_http::catch_panic` in [`crate::app`]): a
/// 500 in the one error shape, `{"error":{"code":"internal",...,"details":null}}`, with the panic's
/// message in the log only.
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into());
    AppError::Internal(format!("a handler panicked: {what}")).into_response()
}
