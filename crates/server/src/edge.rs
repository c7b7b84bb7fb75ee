//! The network edge: how connections are accepted and how long the server waits for a client.
//!
//! `axum::serve` has no timeouts and no connection limit, so a client that opens connections and
//! never sends a request could hold them all (1,100 half-open connections once made the server
//! refuse everyone). This accept loop serves HTTP/1.1 with hyper directly and enforces [`Limits`]:
//!
//! - **header-read timeout** ([`HEADER_READ_TIMEOUT`], 10 s): a connection that has not sent a
//!   whole request head within it is closed. Hyper starts this clock whenever it waits for a
//!   request head — on a new connection *and* on a kept-alive connection between requests — so it
//!   is also the **idle keep-alive timeout** ([`IDLE_TIMEOUT`]);
//! - **body-read timeouts**: a request body that stalls for [`BODY_IDLE_TIMEOUT`] between two
//!   chunks, or is not complete [`BODY_DEADLINE`] after the request arrived, fails (the handler
//!   answers 400 and the connection is closed);
//! - **connection caps**: at most [`MAX_CONNECTIONS`] connections at once (when all are taken,
//!   new ones wait in the kernel's queue until one is freed) and at most
//!   [`MAX_CONNECTIONS_PER_ADDRESS`] from one client address (more are closed at once), so one
//!   client cannot take every slot. Behind a reverse proxy every connection comes from the proxy's
//!   address: raise the per-address cap to the total (`--max-connections-per-address`);
//! - request heads larger than [`MAX_HEADER_BYTES`] are refused (431);
//! - **large uploads**: at most [`MAX_LARGE_BODIES`] requests whose body is over
//!   [`LARGE_BODY_BYTES`] (64 KiB, or of unknown length) are handled at once, so request bodies in
//!   memory stay under 8 × 10 MB + 512 × 64 KiB (about 112 MB) whatever the number of connections;
//!   one that cannot get a turn within [`LARGE_BODY_WAIT`] is answered 429 with `Retry-After`.
//!
//! Every request carries the client's address as `ConnectInfo<SocketAddr>` (the sign-in limits
//! use it). Graceful shutdown: when `shutdown` completes the loop stops accepting, tells every
//! connection to finish its request in flight and close, and returns when all have.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tower::ServiceExt;
use tower_http::timeout::{DeadlineBody, TimeoutBody};

/// A connection must send a complete request head within this time, on a new connection and
/// again before each further request on a kept-alive one.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a kept-alive connection may sit idle between requests: the same clock as
/// [`HEADER_READ_TIMEOUT`] (hyper restarts it whenever it waits for the next request head).
pub const IDLE_TIMEOUT: Duration = HEADER_READ_TIMEOUT;
/// A request body may pause at most this long between two chunks.
pub const BODY_IDLE_TIMEOUT: Duration = Duration::from_secs(10);
/// A request body must be complete this long after its request arrived (the 10 MB body limit
/// then needs at least ~85 KB/s).
pub const BODY_DEADLINE: Duration = Duration::from_secs(120);
/// Connections served at once; further clients wait in the kernel's accept queue.
pub const MAX_CONNECTIONS: usize = 512;
/// Connections at once from one client address (an IPv6 client is its /64 network); more are
/// closed as soon as they are accepted.
pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 64;
/// The largest request head (request line and headers) read; a bigger one is answered 431.
pub const MAX_HEADER_BYTES: usize = 64 * 1024;
/// A request body above this size (or of unknown length) is a large upload: a workforce file, a
/// batch. Smaller ones (forms, JSON records) never wait; at most [`MAX_CONNECTIONS`] × 64 KiB of them
/// are in memory at once.
pub const LARGE_BODY_BYTES: u64 = 64 * 1024;
/// Large uploads handled at once (imports, audits of files, batches).
pub const MAX_LARGE_BODIES: usize = 8;
/// How long a large upload waits for a turn before it is answered 429.
pub const LARGE_BODY_WAIT: Duration = Duration::from_secs(30);

/// The edge's limits; [`Limits::default`] is the constants above (tests shorten the timeouts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub header_read_timeout: Duration,
    pub body_idle_timeout: Duration,
    pub body_deadline: Duration,
    pub max_connections: usize,
    pub max_connections_per_address: usize,
    pub max_large_bodies: usize,
    pub large_body_wait: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_read_timeout: HEADER_READ_TIMEOUT,
            body_idle_timeout: BODY_IDLE_TIMEOUT,
            body_deadline: BODY_DEADLINE,
            max_connections: MAX_CONNECTIONS,
            max_connections_per_address: MAX_CONNECTIONS_PER_ADDRESS,
            max_large_bodies: MAX_LARGE_BODIES,
            large_body_wait: LARGE_BODY_WAIT,
        }
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown` completes, then drains.
pub async fn serve(listener: TcpListener, app: Router, limits: Limits, shutdown: impl Future<Output = ()>) {
    // A semaphore holds at most u32::MAX permits for the final drain; no server needs more.
    let max = limits.max_connections.clamp(1, u32::MAX as usize);
    let slots = Arc::new(Semaphore::new(max));
    let per_address = Arc::new(Mutex::new(HashMap::new()));
    let uploads = Arc::new(Semaphore::new(limits.max_large_bodies.max(1)));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            biased;
            () = &mut shutdown => break,
            p = slots.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
        };
        let (stream, remote) = tokio::select! {
            biased;
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
        };
        let key = crate::limit::address_key(remote.ip());
        let Some(slot) = AddressSlot::take(&per_address, key, limits.max_connections_per_address) else {
            tracing::debug!(%remote, "connection refused: too many from this address");
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let slots = (permit, slot);
        tokio::spawn(connection(stream, remote, app.clone(), limits, uploads.clone(), stop_rx.clone(), slots));
    }
    drop(listener);
    stop_tx.send_replace(true);
    // Every connection holds a permit until it closes: all permits back means all are done.
    let _ = slots.acquire_many(max as u32).await;
}

/// Accept errors: a client that gave up is not an error; running out of file descriptors is
/// logged and waited out (instead of spinning) while connections close.
async fn accept_failed(e: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(e.kind(), ConnectionAborted | ConnectionRefused | ConnectionReset) {
        return;
    }
    tracing::error!("accepting a connection failed: {e}");
    tokio::time::sleep(Duration::from_millis(500)).await;
}

async fn connection(
    stream: TcpStream,
    remote: SocketAddr,
    app: Router,
    limits: Limits,
    uploads: Arc<Semaphore>,
    mut stop: watch::Receiver<bool>,
    _slots: (OwnedSemaphorePermit, AddressSlot),
) {
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let (idle, deadline) = (limits.body_idle_timeout, limits.body_deadline);
        let large = is_large(req.headers());
        let mut req = req.map(|b| axum::body::Body::new(TimeoutBody::new(idle, DeadlineBody::new(deadline, b))));
        req.extensions_mut().insert(ConnectInfo(remote));
        let (app, uploads) = (app.clone(), uploads.clone());
        async move {
            // Held until the handler has answered (the body is read and parsed by then).
            let _turn = if large {
                match tokio::time::timeout(limits.large_body_wait, uploads.acquire_owned()).await {
                    Ok(Ok(turn)) => Some(turn),
                    _ => return Ok(uploads_busy()),
                }
            } else {
                None
            };
            app.oneshot(req).await
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_buf_size(MAX_HEADER_BYTES)
        .keep_alive(true);
    let mut conn = std::pin::pin!(builder.serve_connection(TokioIo::new(stream), service).with_upgrades());
    tokio::select! {
        result = conn.as_mut() => {
            if let Err(e) = result {
                tracing::debug!(%remote, "connection closed: {e}");
            }
        }
        () = async { let _ = stop.wait_for(|s| *s).await; } => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

/// Whether a request's body is a large upload: declared over [`LARGE_BODY_BYTES`], or chunked.
fn is_large(headers: &axum::http::HeaderMap) -> bool {
    use axum::http::header::{CONTENT_LENGTH, TRANSFER_ENCODING};
    if headers.contains_key(TRANSFER_ENCODING) {
        return true;
    }
    let length = headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
    length.is_some_and(|n| n > LARGE_BODY_BYTES)
}

/// The answer when every large-upload turn stays taken for [`LARGE_BODY_WAIT`]: 429 in the one
/// error shape, with `Retry-After`.
fn uploads_busy() -> axum::response::Response {
    use axum::response::IntoResponse;
    let body = serde_json::json!({"error": {
        "code": "too_many_requests",
        "message": "the server is busy with other uploads; try again in a minute",
        "details": null,
    }});
    let retry = [(axum::http::header::RETRY_AFTER, "60")];
    (axum::http::StatusCode::TOO_MANY_REQUESTS, retry, axum::Json(body)).into_response()
}

/// One connection's place in its address's count; freed when the connection closes.
struct AddressSlot {
    counts: Arc<Mutex<HashMap<IpAddr, usize>>>,
    key: IpAddr,
}

impl AddressSlot {
    fn take(counts: &Arc<Mutex<HashMap<IpAddr, usize>>>, key: IpAddr, max: usize) -> Option<AddressSlot> {
        let mut map = counts.lock().unwrap_or_else(|p| p.into_inner());
        let n = map.entry(key).or_insert(0);
        if *n >= max.max(1) {
            return None;
        }
        *n += 1;
        Some(AddressSlot { counts: counts.clone(), key })
    }
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        let mut map = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = map.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                map.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_at_most_its_share_of_slots() {
        let counts = Arc::new(Mutex::new(HashMap::new()));
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        let first = AddressSlot::take(&counts, a, 2).unwrap();
        let _second = AddressSlot::take(&counts, a, 2).unwrap();
        assert!(AddressSlot::take(&counts, a, 2).is_none());
        assert!(AddressSlot::take(&counts, b, 2).is_some(), "another address is not affected");
        drop(first);
        assert!(AddressSlot::take(&counts, a, 2).is_some(), "a closed connection frees its slot");
        assert!(counts.lock().unwrap().get(&b).is_none(), "no entry is left for an address with no connection");
    }
}
