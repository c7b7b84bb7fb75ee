//! `kzcomply serve` as a process: one server per SQLite file, a clean stop on SIGTERM, and an
//! import killed half-way leaves the database as it was (all or nothing). Plain HTTP/1.1 over a
//! TCP socket, so no HTTP client crate is needed.

mod common;

use common::temp_dir;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running server, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(db: &str, demo: bool) -> Server {
    let mut args = vec!["serve", "--db", db, "--addr", "127.0.0.1:0"];
    if demo {
        args.push("--demo");
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_kzcomply"))
        .args(&args)
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start kzcomply serve");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = lines.next().expect("the server said where it listens").unwrap();
        if let Some(rest) = line.strip_prefix("kzcomply is serving http://") {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, addr }
}

/// One HTTP/1.1 request; returns (status, headers, body).
fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let split = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or(out.len());
    let head = String::from_utf8_lossy(&out[..split]).into_owned();
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, head, out.get(split + 4..).unwrap_or_default().to_vec())
}

/// Signs in as the demo editor; returns (cookie, company path, csrf).
fn sign_in(addr: &str) -> (String, String, String) {
    let form = b"email=editor%40demo.kz&password=steppe-cloud-demo&next=%2F";
    let (status, head, _) =
        http(addr, "POST", "/login", &[("Content-Type", "application/x-www-form-urlencoded")], form);
    assert_eq!(status, 303, "{head}");
    let cookie =
        head.lines().find_map(|l| l.strip_prefix("set-cookie: ")).unwrap().split(';').next().unwrap().to_string();
    let (_, head, _) = http(addr, "GET", "/", &[("Cookie", &cookie)], b"");
    let company = head.lines().find_map(|l| l.strip_prefix("location: ")).unwrap().trim().to_string();
    let (_, _, page) = http(addr, "GET", &company, &[("Cookie", &cookie)], b"");
    let page = String::from_utf8(page).unwrap();
    let at = page.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let csrf = page[at..at + 64].to_string();
    (cookie, company, csrf)
}

fn people_count(addr: &str, cookie: &str, company: &str) -> usize {
    let (status, _, body) = http(addr, "GET", &format!("/api/v1{company}/people"), &[("Cookie", cookie)], b"");
    assert_eq!(status, 200);
    serde_json::from_slice::<Vec<serde_json::Value>>(&body).unwrap().len()
}

#[test]
fn a_second_server_on_the_same_sqlite_file_is_refused() {
    let dir = temp_dir("serve-lock");
    let db = dir.join("k.db").display().to_string();
    let _first = start(&db, false);
    let second = Command::new(env!("CARGO_BIN_EXE_kzcomply"))
        .args(["serve", "--db", &db, "--addr", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(2));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("another kzcomply server is already using"), "{err}");
}

#[cfg(unix)]
#[test]
fn the_lock_follows_symlinks_a_hard_link_is_refused_and_the_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("serve-links");
    let db = dir.join("k.db");
    let _first = start(&db.display().to_string(), false);
    // A new database file is created readable by its owner only.
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the database file's mode is {mode:o}");
    // A second server through a symlink (in another directory, too) meets the same lock.
    let other = dir.join("elsewhere");
    std::fs::create_dir_all(&other).unwrap();
    for link in [dir.join("alias.db"), other.join("k.db")] {
        std::os::unix::fs::symlink(&db, &link).unwrap();
        let second = Command::new(env!("CARGO_BIN_EXE_kzcomply"))
            .args(["serve", "--db", &link.display().to_string(), "--addr", "127.0.0.1:0"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&second.stderr);
        assert_eq!(second.status.code(), Some(2), "{}: {err}", link.display());
        assert!(err.contains("another kzcomply server is already using"), "{err}");
    }
    // A hard link is another name with its own lock file: a database with two names is refused.
    let hard = dir.join("hard.db");
    std::fs::hard_link(&db, &hard).unwrap();
    for name in [&hard, &db] {
        let out = Command::new(env!("CARGO_BIN_EXE_kzcomply"))
            .args(["serve", "--db", &name.display().to_string(), "--addr", "127.0.0.1:0"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("hard links"), "{}: {err}", name.display());
    }
}

#[cfg(unix)]
#[test]
fn an_existing_database_readable_by_others_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("serve-mode");
    let db = dir.join("k.db");
    std::fs::write(&db, b"").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let server = start(&db.display().to_string(), false);
    let (status, _, _) = http(&server.addr, "GET", "/login", &[], b"");
    assert_eq!(status, 200);
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the database file's mode is {mode:o}");
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let dir = temp_dir("serve-term");
    let db = dir.join("k.db").display().to_string();
    let mut server = start(&db, false);
    let (status, _, _) = http(&server.addr, "GET", "/login", &[], b"");
    assert_eq!(status, 200);
    let pid = server.child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let started = Instant::now();
    let code = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status.code();
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the server did not stop within 20 s of SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(code, Some(0), "a clean stop exits 0");
    // The lock is released: a new server starts on the same file.
    let again = start(&db, false);
    let (status, _, _) = http(&again.addr, "GET", "/login", &[], b"");
    assert_eq!(status, 200);
}

#[test]
fn killing_the_server_during_an_import_loses_nothing_and_half_writes_nothing() {
    let dir = temp_dir("serve-kill");
    let db = dir.join("k.db").display().to_string();
    let before;
    let total;
    {
        let server = start(&db, true);
        let (cookie, company, csrf) = sign_in(&server.addr);
        before = people_count(&server.addr, &cookie, &company);
        assert_eq!(before, 22, "the demo file's 22 rows");
        // 20,000 new people: the demo's D05 row with fresh ids.
        let demo =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/demo/workforce.csv")).unwrap();
        let header = demo.lines().next().unwrap();
        let row = demo.lines().find(|l| l.starts_with("D05,")).unwrap();
        let mut file = format!("{header}\n");
        for i in 0..20_000 {
            file.push_str(&row.replacen("D05,", &format!("K{i:05},"), 1));
            file.push('\n');
        }
        total = before + 20_000;
        let addr = server.addr.clone();
        let path = format!("/api/v1{company}/import?file_name=big.csv");
        let sender = std::thread::spawn(move || {
            http(
                &addr,
                "POST",
                &path,
                &[("Cookie", &cookie), ("X-CSRF-Token", &csrf), ("Content-Type", "text/csv")],
                file.as_bytes(),
            )
            .0
        });
        std::thread::sleep(Duration::from_millis(400));
        let mut server = server;
        server.child.kill().unwrap(); // SIGKILL: no chance to clean up
        server.child.wait().unwrap();
        let status = sender.join().unwrap();
        eprintln!("import answer before the kill: {status} (0 = none)");
    }
    let server = start(&db, false);
    let (cookie, company, _) = sign_in(&server.addr);
    let after = people_count(&server.addr, &cookie, &company);
    assert!(
        after == before || after == total,
        "after a kill the company has {after} people: neither {before} nor {total}"
    );
}
