//! Passwords, session ids and API tokens. Passwords are Argon2id PHC strings; session ids and tokens
//! are 256 random bits shown once and stored only as a SHA-256 hash, so a leaked database holds no
//! usable credential.

use argon2::{PasswordHash, PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};

/// `n` random bytes as lowercase hex.
pub fn random_hex(n: usize) -> String {
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).expect("the operating system's random source failed");
    hex(&buf)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new secret for a session or API token (`kzc_` + 64 hex digits).
pub fn new_token() -> String {
    format!("kzc_{}", random_hex(32))
}

/// The hash stored for a token or session id.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn argon() -> argon2::Argon2<'static> {
    // OWASP's Argon2id minimum: 19 MiB, 2 passes, 1 lane.
    let params = argon2::Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// An Argon2id PHC string for `password`. Slow on purpose (tens of milliseconds): call it off the
/// async executor.
pub fn hash_password(password: &str) -> String {
    let hash: PasswordHash = argon().hash_password(password.as_bytes()).expect("the OS random source or Argon2 failed");
    hash.to_string()
}

/// Whether `password` matches the PHC string `hash` (false for a malformed hash).
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordVerifier::<str>::verify_password(&argon(), password.as_bytes(), hash).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_themselves() {
        let h = hash_password("correct horse");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password(&h, "correct horse"));
        assert!(!verify_password(&h, "correct horse "));
        assert!(!verify_password("not a hash", "x"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 4 + 64);
        // SHA-256 of "abc" (FIPS 180-2 example).
        assert_eq!(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
