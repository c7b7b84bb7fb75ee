//! Sign-in limits. A sign-in costs an Argon2id check (19 MiB, tens of milliseconds of a core), so
//! the limits bound both guessing and load:
//!
//! - **per client address**: at most [`MAX_FAILURES_PER_ADDRESS`] failed sign-ins in
//!   [`FAILURE_WINDOW`], whatever the e-mails; then every sign-in from that address is refused
//!   (429) until the window passes;
//! - **per e-mail and address**: at most [`MAX_FAILURES_PER_EMAIL`] failures for one e-mail *from
//!   one address*. The e-mail counter is keyed by the pair on purpose: five wrong passwords from
//!   an attacker's address lock that address out of the account, never the real user at their
//!   own address. A guesser spread over many addresses still gets at most 20 tries per address,
//!   and the password policy (`kzcomply_store::secrets::check_password`: at least 10^8 guesses)
//!   makes that useless;
//! - **concurrency**: at most [`MAX_CONCURRENT_PASSWORD_CHECKS`] password checks run at once and at
//!   most [`MAX_WAITING_PASSWORD_CHECKS`] wait for a turn (more are answered 429 at once). A turn
//!   is taken before the check touches the database, so a flood of sign-ins can take neither the
//!   memory (at most 2 × 19 MiB of Argon2 state) nor the connection pool.
//!
//! An attempt counts as a failure from the moment it starts (so a thousand simultaneous tries
//! from one address are refused after the first 20, before any check runs) until it succeeds or
//! is abandoned. Counters are in memory (a restart forgets, which only helps a legitimate user)
//! and bounded to [`MAX_TRACKED_KEYS`] entries each: past that, expired entries are dropped, and
//! new keys go uncounted rather than the table growing — the concurrency bound still holds.
//!
//! The client address is the TCP peer's. Behind a reverse proxy it is the proxy's, so all users
//! share one address's limit; `X-Forwarded-For` is not trusted (any client could forge it).

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Failed sign-ins allowed from one client address in [`FAILURE_WINDOW`], whatever the e-mails.
pub const MAX_FAILURES_PER_ADDRESS: u32 = 20;
/// Failed sign-ins allowed for one e-mail from one client address in [`FAILURE_WINDOW`].
pub const MAX_FAILURES_PER_EMAIL: u32 = 5;
/// How long failures are remembered (counted from the first failure of the window).
pub const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Argon2id password checks running at once (each holds 19 MiB while it runs).
pub const MAX_CONCURRENT_PASSWORD_CHECKS: usize = 2;
/// Sign-ins waiting for a password check; beyond this they are answered 429 straight away.
pub const MAX_WAITING_PASSWORD_CHECKS: usize = 32;
/// Entries each failure table keeps at most.
pub const MAX_TRACKED_KEYS: usize = 100_000;
/// The longest password a sign-in checks (longer ones fail without hashing).
pub const MAX_SIGN_IN_PASSWORD_BYTES: usize = 1024;
/// The longest e-mail address a sign-in looks up (RFC 5321's limit; longer ones fail unlooked).
pub const MAX_EMAIL_BYTES: usize = 320;

/// `email` cut to at most [`MAX_EMAIL_BYTES`] (on a character boundary).
pub fn clip_email(email: &str) -> &str {
    let mut end = email.len().min(MAX_EMAIL_BYTES);
    while !email.is_char_boundary(end) {
        end -= 1;
    }
    &email[..end]
}

/// The address a client is counted under: an IPv4 address as it is (an IPv4-mapped IPv6 address
/// as its IPv4 address), an IPv6 address as its /64 network — one subscriber's allocation, so a
/// client cannot escape its limits by hopping between the addresses it owns.
pub fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// The client's address from the connection (`None` when the router is driven without a
/// network, as in tests).
pub struct ClientAddr(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientAddr, Infallible> {
        Ok(ClientAddr(parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())))
    }
}

/// Counts failures per key in a window.
pub struct Limiter {
    max_failures: u32,
    window: Duration,
    failures: Mutex<Table>,
}

struct Table {
    map: HashMap<String, (u32, Instant)>,
    pruned: Option<Instant>,
}

impl Limiter {
    pub fn new(max_failures: u32, window: Duration) -> Limiter {
        Limiter { max_failures, window, failures: Mutex::new(Table { map: HashMap::new(), pruned: None }) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Table> {
        self.failures.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Starts an attempt for `key`, counted as a failure until [`Limiter::refund`] or
    /// [`Limiter::reset`]. `Err(wait)` when the key has used up its failures: try again after `wait`.
    pub fn try_attempt(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let window = self.window;
        let mut table = self.lock();
        if !table.map.contains_key(key) && table.map.len() >= MAX_TRACKED_KEYS {
            // Prune at most once a second: a full table of live entries must not cost a scan per try.
            if table.pruned.is_none_or(|t| now.duration_since(t) >= Duration::from_secs(1)) {
                table.map.retain(|_, (_, since)| now.duration_since(*since) < window);
                table.pruned = Some(now);
            }
            if table.map.len() >= MAX_TRACKED_KEYS {
                return Ok(());
            }
        }
        let entry = table.map.entry(key.to_string()).or_insert((0, now));
        if now.duration_since(entry.1) >= window {
            *entry = (0, now);
        }
        if entry.0 >= self.max_failures {
            return Err(window.saturating_sub(now.duration_since(entry.1)));
        }
        entry.0 += 1;
        Ok(())
    }

    /// Takes back one attempt that turned out not to be a failure.
    pub fn refund(&self, key: &str) {
        let mut table = self.lock();
        if let Some(entry) = table.map.get_mut(key) {
            entry.0 = entry.0.saturating_sub(1);
            if entry.0 == 0 {
                table.map.remove(key);
            }
        }
    }

    /// Forgets `key`'s failures (the right password for this e-mail from this address).
    pub fn reset(&self, key: &str) {
        self.lock().map.remove(key);
    }
}

/// Why a sign-in was not even tried.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Too many failures from this address, or for this e-mail from this address.
    TooManyFailures { retry_after: Duration },
    /// Too many sign-ins are waiting for a password check.
    Busy,
}

/// The per-address and per-(e-mail, address) counters and the password-check turns.
pub struct SignInLimits {
    by_address: Limiter,
    by_email: Limiter,
    checks: Arc<Semaphore>,
    waiting: AtomicUsize,
}

impl Default for SignInLimits {
    fn default() -> SignInLimits {
        SignInLimits {
            by_address: Limiter::new(MAX_FAILURES_PER_ADDRESS, FAILURE_WINDOW),
            by_email: Limiter::new(MAX_FAILURES_PER_EMAIL, FAILURE_WINDOW),
            checks: Arc::new(Semaphore::new(MAX_CONCURRENT_PASSWORD_CHECKS)),
            waiting: AtomicUsize::new(0),
        }
    }
}

impl SignInLimits {
    /// Starts a sign-in for `email` from `addr`: counts it against both limits and waits for a
    /// password-check turn. Resolve the attempt with [`Attempt::succeeded`] or
    /// [`Attempt::failed`]; dropped unresolved (a database error, a client that went away) it
    /// does not count.
    pub async fn begin(&self, email: &str, addr: Option<IpAddr>) -> Result<Attempt<'_>, Refusal> {
        let now = Instant::now();
        let address = addr.map_or_else(|| "unknown".to_string(), |ip| address_key(ip).to_string());
        let email = format!("{}\u{0}{address}", clip_email(email).trim().to_lowercase());
        self.by_address.try_attempt(&address, now).map_err(|retry_after| Refusal::TooManyFailures { retry_after })?;
        let mut attempt = Attempt { limits: self, address, email: None, _turn: None };
        self.by_email.try_attempt(&email, now).map_err(|retry_after| Refusal::TooManyFailures { retry_after })?;
        attempt.email = Some(email);
        attempt._turn = Some(self.turn().await?);
        Ok(attempt)
    }

    async fn turn(&self) -> Result<OwnedSemaphorePermit, Refusal> {
        if let Ok(p) = self.checks.clone().try_acquire_owned() {
            return Ok(p);
        }
        struct Waiting<'a>(&'a AtomicUsize);
        impl Drop for Waiting<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::SeqCst);
            }
        }
        let waiting = Waiting(&self.waiting);
        if waiting.0.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING_PASSWORD_CHECKS {
            return Err(Refusal::Busy);
        }
        self.checks.clone().acquire_owned().await.map_err(|_| Refusal::Busy)
    }
}

/// A sign-in in progress, holding a password-check turn until it is resolved.
pub struct Attempt<'a> {
    limits: &'a SignInLimits,
    address: String,
    /// Set once the e-mail's counter has been charged.
    email: Option<String>,
    _turn: Option<OwnedSemaphorePermit>,
}

impl Attempt<'_> {
    /// The right password: the e-mail's failures from this address are forgotten, and this
    /// attempt does not count against the address (earlier failures from it still do).
    pub fn succeeded(mut self) {
        if let Some(email) = self.email.take() {
            self.limits.by_email.reset(&email);
        }
        self.limits.by_address.refund(&self.address);
        self.address.clear();
    }

    /// A wrong e-mail or password: the attempt stays counted.
    pub fn failed(mut self) {
        self.email = None;
        self.address.clear();
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        if let Some(email) = &self.email {
            self.limits.by_email.refund(email);
        }
        if !self.address.is_empty() {
            self.limits.by_address.refund(&self.address);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_lock_until_the_window_passes() {
        let l = Limiter::new(5, Duration::from_secs(900));
        let t0 = Instant::now();
        for _ in 0..5 {
            assert!(l.try_attempt("a@x", t0).is_ok());
        }
        assert_eq!(l.try_attempt("a@x", t0 + Duration::from_secs(899)), Err(Duration::from_secs(1)));
        assert!(l.try_attempt("b@x", t0).is_ok(), "other keys are not affected");
        assert!(l.try_attempt("a@x", t0 + Duration::from_secs(900)).is_ok(), "a new window");
        l.reset("a@x");
        assert!(l.try_attempt("a@x", t0).is_ok());
    }

    #[test]
    fn a_refunded_attempt_does_not_count() {
        let l = Limiter::new(2, Duration::from_secs(900));
        let t0 = Instant::now();
        for _ in 0..10 {
            assert!(l.try_attempt("k", t0).is_ok());
            l.refund("k");
        }
        assert!(l.try_attempt("k", t0).is_ok());
        assert!(l.try_attempt("k", t0).is_ok());
        assert!(l.try_attempt("k", t0).is_err());
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64_network() {
        let a = address_key("2001:db8:1:2::1".parse().unwrap());
        let b = address_key("2001:db8:1:2:ffff::9".parse().unwrap());
        let c = address_key("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(address_key("::ffff:10.1.2.3".parse().unwrap()), "10.1.2.3".parse::<IpAddr>().unwrap());
    }

    #[tokio::test]
    async fn an_address_is_refused_after_twenty_failures_whatever_the_emails() {
        let limits = SignInLimits::default();
        let attacker: IpAddr = "10.0.0.1".parse().unwrap();
        for i in 0..MAX_FAILURES_PER_ADDRESS {
            limits.begin(&format!("u{i}@x"), Some(attacker)).await.unwrap().failed();
        }
        assert!(matches!(limits.begin("real@x", Some(attacker)).await, Err(Refusal::TooManyFailures { .. })));
        let user: IpAddr = "10.0.0.2".parse().unwrap();
        limits.begin("real@x", Some(user)).await.unwrap().succeeded();
        // An abandoned attempt (e.g. a database error) is not a failure.
        for _ in 0..MAX_FAILURES_PER_EMAIL * 2 {
            drop(limits.begin("real@x", Some(user)).await.unwrap());
        }
        assert!(limits.begin("real@x", Some(user)).await.is_ok());
    }
}
