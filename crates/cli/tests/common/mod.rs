//! Running the `kzcomply` binary from tests.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// The binary with the language environment cleared, so a test reads English whatever the
/// machine's locale (tests of other languages pass `--lang` or set the variables themselves).
pub fn command() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kzcomply"));
    c.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    c
}

pub fn kzcomply(args: &[&str]) -> Output {
    command().args(args).output().expect("run kzcomply")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json(args: &[&str]) -> serde_json::Value {
    let o = kzcomply(args);
    assert!(o.status.success(), "{args:?} failed: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("one JSON object")
}

/// A fresh temporary directory for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kzcomply-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs kzcomply expecting bad input: exit code 2 and `message` in the error.
pub fn fails_with(args: &[&str], message: &str) {
    let o = kzcomply(args);
    assert_eq!(o.status.code(), Some(2), "{args:?} should be refused: {}", stderr(&o));
    assert!(stderr(&o).contains(message), "{args:?}: expected {message:?} in {}", stderr(&o));
}

/// Runs kzcomply with extra environment variables.
pub fn kzcomply_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = command();
    c.args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run kzcomply")
}
