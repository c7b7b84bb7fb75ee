//! The network edge over real sockets, with the server in this process and its timeouts
//! shortened (`ServeOptions::limits`) so the tests take seconds: a half-open connection is
//! closed after the header timeout, an idle kept-alive one too, a stalled body fails, connections
//! are capped per address and in total, shutdown drains, and handlers see the client's address.

mod common;

use kzcomply_server::edge::Limits;
use kzcomply_server::serve::{ServeOptions, serve_until};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

struct Running {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), kzcomply_server::serve::ServeError>>,
}

impl Running {
    async fn stop(mut self) -> Duration {
        let started = Instant::now();
        let _ = self.stop.take().unwrap().send(());
        tokio::time::timeout(Duration::from_secs(10), &mut self.task).await.expect("drained").unwrap().unwrap();
        started.elapsed()
    }
}

fn limits(header: u64) -> Limits {
    Limits {
        header_read_timeout: Duration::from_millis(header),
        body_idle_timeout: Duration::from_millis(500),
        body_deadline: Duration::from_secs(5),
        ..Limits::default()
    }
}

async fn start_on(db: String, limits: Limits) -> Running {
    let opts = ServeOptions { db, addr: "127.0.0.1:0".parse().unwrap(), demo: false, secure_cookies: false, limits };
    let (ready_tx, ready_rx) = oneshot::channel();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let task = tokio::spawn(serve_until(
        opts,
        kzcomply_law::RuleBook::embedded(),
        move |a| {
            let _ = ready_tx.send(a);
        },
        async move {
            let _ = stop_rx.await;
        },
    ));
    let addr = ready_rx.await.expect("the server started");
    Running { addr, stop: Some(stop_tx), task }
}

async fn start(limits: Limits) -> Running {
    start_on(common::temp_db(), limits).await
}

/// A connection from `from` (any 127.x.y.z address is this machine).
async fn connect_from(from: &str, to: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{from}:0").parse().unwrap()).unwrap();
    socket.connect(to).await.unwrap()
}

/// Reads until the peer closes; returns what came and how long it took (`None`: still open at `limit`).
async fn read_to_close(s: &mut TcpStream, limit: Duration) -> Option<(Vec<u8>, Duration)> {
    let started = Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(limit.saturating_sub(started.elapsed()), s.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some((out, started.elapsed())),
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
        }
    }
}

/// Reads one whole response (head and a Content-Length body) from a kept-alive connection.
async fn read_response(s: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        let n = tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf)).await.expect("an answer").unwrap();
        assert!(n > 0, "closed before the whole answer: {}", String::from_utf8_lossy(&out));
        out.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&out).into_owned();
        if let Some(head_end) = text.find("\r\n\r\n") {
            let length = text[..head_end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase().strip_prefix("content-length: ").map(|v| v.trim().parse().unwrap())
                })
                .unwrap_or(0usize);
            if out.len() >= head_end + 4 + length {
                return text;
            }
        }
    }
}

const GET_CSS: &[u8] = b"GET /static/app.css HTTP/1.1\r\nHost: kzcomply\r\n\r\n";

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_that_sends_no_request_is_closed_after_the_header_timeout() {
    let server = start(limits(400)).await;
    let mut silent = TcpStream::connect(server.addr).await.unwrap();
    let mut partial = TcpStream::connect(server.addr).await.unwrap();
    partial.write_all(b"GET /login HTTP/1.1\r\nHost: kzcomply\r\nX-Slow: ").await.unwrap();
    let opened = Instant::now();
    for (what, s) in [("half a head", &mut partial), ("silent", &mut silent)] {
        read_to_close(s, Duration::from_secs(5)).await.unwrap_or_else(|| panic!("{what}: still open"));
        let took = opened.elapsed();
        assert!(took >= Duration::from_millis(300) && took < Duration::from_secs(3), "{what}: closed after {took:?}");
    }
    // Meanwhile the server answers others.
    let mut ok = TcpStream::connect(server.addr).await.unwrap();
    ok.write_all(GET_CSS).await.unwrap();
    assert!(read_response(&mut ok).await.starts_with("HTTP/1.1 200"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_idle_kept_alive_connection_is_closed() {
    let server = start(limits(500)).await;
    let mut s = TcpStream::connect(server.addr).await.unwrap();
    for _ in 0..2 {
        s.write_all(GET_CSS).await.unwrap();
        let answer = read_response(&mut s).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
    let (_, took) = read_to_close(&mut s, Duration::from_secs(5)).await.expect("the idle connection was closed");
    assert!(took < Duration::from_secs(3), "closed after {took:?}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stalled_request_body_fails_after_the_body_timeout() {
    let server = start(limits(2_000)).await;
    let mut s = TcpStream::connect(server.addr).await.unwrap();
    s.write_all(
        b"POST /login HTTP/1.1\r\nHost: kzcomply\r\nContent-Type: application/x-www-form-urlencoded\r\n\
          Content-Length: 1000\r\n\r\nemail=a%40",
    )
    .await
    .unwrap();
    let (answer, took) = read_to_close(&mut s, Duration::from_secs(5)).await.expect("the stalled body was given up");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 4"), "{answer}");
    assert!(took < Duration::from_secs(3), "given up after {took:?}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn connections_are_capped_per_address_and_in_total() {
    let server = start(Limits { max_connections: 3, max_connections_per_address: 2, ..limits(1_500) }).await;
    let addr = server.addr;
    // Two idle connections from one address take its share.
    let _a1 = connect_from("127.0.0.1", addr).await;
    let _a2 = connect_from("127.0.0.1", addr).await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    let mut a3 = connect_from("127.0.0.1", addr).await;
    let (_, took) = read_to_close(&mut a3, Duration::from_secs(1)).await.expect("a third from the address is closed");
    assert!(took < Duration::from_millis(900), "closed after {took:?}");
    // Another address is served.
    let mut b = connect_from("127.0.0.2", addr).await;
    b.write_all(GET_CSS).await.unwrap();
    assert!(read_response(&mut b).await.starts_with("HTTP/1.1 200"));
    // All three slots are taken (b is kept alive): a fourth client waits, and is served once
    // the idle connections time out — it is not refused.
    let mut c = connect_from("127.0.0.3", addr).await;
    c.write_all(GET_CSS).await.unwrap();
    let mut first = [0u8; 1];
    let early = tokio::time::timeout(Duration::from_millis(400), c.read(&mut first)).await;
    assert!(early.is_err(), "the fourth connection was served while every slot was taken");
    let answer = read_response(&mut c).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn large_uploads_take_turns_and_small_requests_never_wait_for_them() {
    let server = start(Limits {
        max_large_bodies: 1,
        large_body_wait: Duration::from_millis(300),
        body_idle_timeout: Duration::from_secs(3),
        ..limits(5_000)
    })
    .await;
    async fn upload(s: &mut TcpStream) {
        let head = "POST /login HTTP/1.1\r\nHost: kzcomply\r\nContent-Type: application/x-www-form-urlencoded\r\n\
                    Content-Length: 200000\r\n\r\nemail=";
        s.write_all(head.as_bytes()).await.unwrap();
    }
    // The first large upload stalls half-way, holding the only turn.
    let mut first = TcpStream::connect(server.addr).await.unwrap();
    upload(&mut first).await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    // A second waits for its turn, then is told to come back.
    let mut second = TcpStream::connect(server.addr).await.unwrap();
    let sent = Instant::now();
    upload(&mut second).await;
    let answer = read_response(&mut second).await;
    assert!(answer.starts_with("HTTP/1.1 429"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("retry-after: 60"), "{answer}");
    assert!(answer.contains(r#""code":"too_many_requests""#), "{answer}");
    assert!(sent.elapsed() >= Duration::from_millis(250), "answered after {:?}", sent.elapsed());
    // A small request is answered at once.
    let mut small = TcpStream::connect(server.addr).await.unwrap();
    let sent = Instant::now();
    small.write_all(GET_CSS).await.unwrap();
    assert!(read_response(&mut small).await.starts_with("HTTP/1.1 200"));
    assert!(sent.elapsed() < Duration::from_millis(1500), "a small request waited {:?}", sent.elapsed());
    drop(first);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_drains_promptly_even_with_a_half_open_connection() {
    let server = start(limits(8_000)).await;
    let _silent = TcpStream::connect(server.addr).await.unwrap();
    let mut busy = TcpStream::connect(server.addr).await.unwrap();
    busy.write_all(GET_CSS).await.unwrap();
    assert!(read_response(&mut busy).await.starts_with("HTTP/1.1 200"));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let took = server.stop().await;
    assert!(took < Duration::from_secs(3), "shutdown took {took:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_limits_see_the_real_client_address() {
    let db = common::temp_db();
    {
        let store = kzcomply_store::Store::open(&db).await.unwrap();
        let org = store.create_org("Edge LLP", kzcomply_store::OrgKind::Employer).await.unwrap();
        let user = store
            .create_user(kzcomply_store::NewUser {
                email: "edge@example.kz".into(),
                name: "Edge".into(),
                password: "correct horse battery".into(),
                lang: "en".into(),
            })
            .await
            .unwrap();
        store.add_member(&user.id, &org.id, kzcomply_store::Role::Admin).await.unwrap();
        store.close().await;
    }
    let server = start_on(db, limits(5_000)).await;
    let addr = server.addr;
    let post = |from: &'static str, password: &'static str| async move {
        let mut s = connect_from(from, addr).await;
        let body = format!("email=edge%40example.kz&password={password}&next=%2F");
        let req = format!(
            "POST /login HTTP/1.1\r\nHost: kzcomply\r\nConnection: close\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        s.write_all(req.as_bytes()).await.unwrap();
        let (answer, _) = read_to_close(&mut s, Duration::from_secs(20)).await.unwrap();
        String::from_utf8_lossy(&answer).split_whitespace().nth(1).unwrap_or("").to_string()
    };
    for _ in 0..kzcomply_server::limit::MAX_FAILURES_PER_EMAIL {
        assert_eq!(post("127.0.0.5", "wrong").await, "401");
    }
    assert_eq!(post("127.0.0.5", "correct+horse+battery").await, "429", "locked out from the guessing address");
    assert_eq!(post("127.0.0.6", "correct+horse+battery").await, "303", "not from the user's own");
    server.stop().await;
}
