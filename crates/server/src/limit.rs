//! The sign-in rate limit: after a few failures for one e-mail (or from one address) within a
//! window, further attempts are refused until the window passes. In memory: a restart forgets,
//! which only ever helps a legitimate user.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Limiter {
    max_failures: u32,
    window: Duration,
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

impl Limiter {
    pub fn new(max_failures: u32, window: Duration) -> Limiter {
        Limiter { max_failures, window, failures: Mutex::new(HashMap::new()) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (u32, Instant)>> {
        self.failures.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether `key` may try now.
    pub fn allowed(&self, key: &str, now: Instant) -> bool {
        match self.lock().get(key) {
            Some((n, since)) => *n < self.max_failures || now.duration_since(*since) >= self.window,
            None => true,
        }
    }

    pub fn failed(&self, key: &str, now: Instant) {
        let mut map = self.lock();
        if map.len() > 100_000 {
            let window = self.window;
            map.retain(|_, (_, since)| now.duration_since(*since) < window);
        }
        let entry = map.entry(key.to_string()).or_insert((0, now));
        if now.duration_since(entry.1) >= self.window {
            *entry = (0, now);
        }
        entry.0 += 1;
    }

    pub fn succeeded(&self, key: &str) {
        self.lock().remove(key);
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
            assert!(l.allowed("a@x", t0));
            l.failed("a@x", t0);
        }
        assert!(!l.allowed("a@x", t0 + Duration::from_secs(899)));
        assert!(l.allowed("b@x", t0), "other keys are not affected");
        assert!(l.allowed("a@x", t0 + Duration::from_secs(900)));
        l.succeeded("a@x");
        assert!(l.allowed("a@x", t0));
    }
}
