//! Passwords, session ids and API tokens. Passwords are Argon2id PHC strings; session ids and tokens
//! are 256 random bits shown once and stored only as a SHA-256 hash, so a leaked database holds no
//! usable credential.
//!
//! [`check_password`] is the password policy for new passwords: long enough, not absurdly long,
//! and not guessable — judged by zxcvbn (Dropbox's estimator: dictionaries of common passwords,
//! names and words, keyboard patterns, dates, repeats, l33t), which must put it at
//! [`MIN_PASSWORD_SCORE`] or above, i.e. at least 10^8 guesses, also counting the user's own
//! e-mail and name as known words.

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

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// The longest password accepted, in characters (a passphrase fits; the estimator's time and
/// the hash's input stay small).
pub const MAX_PASSWORD_CHARS: usize = 128;
/// zxcvbn's score needed (0–4): 3 is "safely unguessable: moderate protection from an offline
/// slow-hash attack", at least 10^8 guesses.
pub const MIN_PASSWORD_SCORE: u8 = 3;

/// Why `password` is refused as a new password for the user with `email` and `name`, in words
/// for them (`None`: accepted).
pub fn check_password(password: &str, email: &str, name: &str) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Some(format!("at least {MIN_PASSWORD_CHARS} characters"));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Some(format!("at most {MAX_PASSWORD_CHARS} characters"));
    }
    let local = email.split('@').next().unwrap_or("");
    let mut known: Vec<&str> = vec![email, local, "kzcomply"];
    known.extend(name.split_whitespace());
    let estimate = zxcvbn::zxcvbn(password, &known);
    let score = u8::from(estimate.score());
    if score >= MIN_PASSWORD_SCORE {
        return None;
    }
    let mut why = String::from("too easy to guess");
    if let Some(f) = estimate.feedback() {
        if let Some(w) = f.warning() {
            why.push_str(&format!(": {w}"));
        }
        let tips: Vec<String> = f.suggestions().iter().map(|s| s.to_string()).collect();
        if !tips.is_empty() {
            why.push_str(&format!(" ({})", tips.join(" ")));
        }
    }
    why.push_str(" — use a longer passphrase of uncommon words");
    Some(why)
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
    fn common_and_trivial_passwords_are_refused() {
        for weak in [
            "demo-password",
            "1234567890",
            "qwertyuiop",
            "Password123!",
            "aaaaaaaaaaaa",
            "P@ssw0rd2026",
            "ana@example.kz",
            "ana@example.kz1",
        ] {
            assert!(check_password(weak, "ana@example.kz", "Ana Admin").is_some(), "{weak} should be refused");
        }
        assert_eq!(check_password("short", "a@x", "A").as_deref(), Some("at least 10 characters"));
        assert!(check_password(&"x".repeat(129), "a@x", "A").unwrap().contains("at most 128"));
        let why = check_password("1234567890", "a@x", "A").unwrap();
        assert!(why.starts_with("too easy to guess: This is a top-100 common password."), "{why}");
        for strong in ["correct horse battery", "steppe-cloud-demo", "Tenge and steppe 2026"] {
            assert_eq!(check_password(strong, "ana@example.kz", "Ana Admin"), None, "{strong}");
        }
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
