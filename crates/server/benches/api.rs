//! API latency over a real socket: `cargo bench -p kzcomply-server --bench api`.
//!
//! Starts the service in-process on 127.0.0.1 (SQLite in a temp dir, the demo loaded), then a
//! blocking keep-alive HTTP/1.1 client sends requests one after another and records each
//! round trip. Prints p50 / p99 / max per endpoint. Target: calculations under 5 ms at p99.

use kzcomply_store::{Role, Scope, Store};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

struct Client {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    host: String,
    token: String,
}

impl Client {
    fn new(addr: &str, token: &str) -> Client {
        let s = TcpStream::connect(addr).unwrap();
        s.set_nodelay(true).unwrap();
        Client { reader: BufReader::new(s.try_clone().unwrap()), writer: s, host: addr.into(), token: token.into() }
    }

    /// One request; returns the status and the body length.
    fn call(&mut self, method: &str, path: &str, body: &str) -> (u16, usize) {
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.host,
            self.token,
            body.len()
        );
        self.writer.write_all(req.as_bytes()).unwrap();
        let mut line = String::new();
        self.reader.read_line(&mut line).unwrap();
        let status: u16 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        let mut len = 0usize;
        loop {
            line.clear();
            self.reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap();
            }
        }
        let mut buf = vec![0; len];
        self.reader.read_exact(&mut buf).unwrap();
        (status, len)
    }
}

fn measure(client: &mut Client, name: &str, n: usize, method: &str, path: &str, body: &str) {
    for _ in 0..n / 10 {
        let (s, _) = client.call(method, path, body);
        assert_eq!(s, 200, "{name}");
    }
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            let (s, _) = client.call(method, path, body);
            let d = t.elapsed();
            assert_eq!(s, 200, "{name}");
            d
        })
        .collect();
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "{name:<42} n={n:<6} p50 {:>8.3} ms   p99 {:>8.3} ms   max {:>8.3} ms",
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let dir = std::env::temp_dir().join(format!("kzcomply-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("bench.db").display().to_string();
    let (addr, token, company) = rt.block_on(async {
        let store = Store::open(&db).await.unwrap();
        let state = kzcomply_server::AppState::new(store.clone(), false).unwrap();
        let org_id = kzcomply_server::demo::load(&state).await.unwrap();
        let login = store.login("admin@demo.kz", kzcomply_server::demo::PASSWORD).await.unwrap().unwrap();
        let scope = Scope { org_id, actor: format!("user:{}", login.user.id), role: Role::Admin };
        let (_, token) = store.create_token(&scope, "bench", Role::Viewer).await.unwrap();
        let company = store.list_companies(&scope).await.unwrap()[0].id.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, kzcomply_server::app(state)).await.unwrap() });
        (addr.to_string(), token, company)
    });
    let mut c = Client::new(&addr, &token);
    println!("kzcomply API latency, one client, keep-alive, release build, 127.0.0.1:");
    let one = r#"{"period":"2026-03","gross":145000,"born":"1990-05-01"}"#;
    measure(&mut c, "POST /payroll (gross → net)", 20_000, "POST", "/api/v1/payroll", one);
    let inverse = r#"{"period":"2026-03","net":600000}"#;
    measure(&mut c, "POST /payroll (net → gross)", 5_000, "POST", "/api/v1/payroll", inverse);
    let rows: Vec<&str> = std::iter::repeat_n(one, 100).collect();
    let batch = format!("{{\"rows\":[{}]}}", rows.join(","));
    // With traces, as the README's figure says (a batch without `?trace=true` sends none).
    measure(
        &mut c,
        "POST /payroll/batch (100 rows, traces)",
        2_000,
        "POST",
        "/api/v1/payroll/batch?trace=true",
        &batch,
    );
    let dl = r#"{"event":"esutd-new-contract","date":"2026-03-19","as_of":"2026-04-02"}"#;
    measure(&mut c, "POST /deadlines", 10_000, "POST", "/api/v1/deadlines", dl);
    let fine = r#"{"violation":"esutd-late","on":"2026-04-01","offender":"small"}"#;
    measure(&mut c, "POST /fines", 10_000, "POST", "/api/v1/fines", fine);
    let audit = format!("/api/v1/companies/{company}/audit?as_of=2026-11-20");
    measure(&mut c, "GET /companies/{id}/audit (21 people, SQLite)", 2_000, "GET", &audit, "");
    let _ = std::fs::remove_dir_all(&dir);
}
