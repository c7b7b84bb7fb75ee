//! End-to-end test of the dashboard in a real browser: starts `kzcomply serve --demo` (the real
//! binary, a fresh SQLite file, a free port) and drives headless Chromium through chromedriver:
//!
//! - sign-in page → sign in as editor@demo.kz (whose language is Russian) → company overview;
//! - the header's three-way language switch goes to English (and later back to Russian);
//! - Import: upload `examples/demo/workforce.csv` → preview of every row → confirm → "Imported";
//! - a broken CSV (a bad date, a changed name) → the problems table names the row and column, no
//!   confirm button, and nothing is written (the changed name is not on the People page);
//! - Findings: violation badges and the fine exposure (`1,557,000 KZT` in English);
//! - Russian: the header's switch changes the language and the page shows "Нарушения";
//! - a phone-sized window (390×844) shows the overview without horizontal page overflow;
//! - sign out, switch the sign-in page to Қазақша, sign in as viewer@demo.kz (whose language is
//!   Kazakh): the overview and the findings read Kazakh (`1 557 000 ₸`, DD.MM.YYYY dates).
//!
//! Screenshots are saved as artefacts in `target/e2e/` (`$CARGO_TARGET_DIR/e2e/` if that is set):
//! `login.png`, `overview.png`, `import-preview.png`, `import-done.png`, `import-problems.png`,
//! `findings.png`, `overview-ru.png`, `overview-phone.png`, `login-kk.png`, `findings-kk.png` —
//! and `failure.png` when a step fails.
//!
//! Run it with `cargo test -p kzcomply --test e2e_browser`. It needs `/usr/bin/chromium` and
//! `/usr/bin/chromedriver` (`apt-get install -y chromium chromium-driver`), or their paths in
//! `KZCOMPLY_CHROMIUM` / `KZCOMPLY_CHROMEDRIVER`; without them it fails, unless
//! `KZCOMPLY_SKIP_BROWSER=1` is set, in which case it says it skipped and passes.

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// How long any one step may take (page load, element to appear).
const WAIT: Duration = Duration::from_secs(30);

type Res<T = ()> = Result<T, String>;

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// Kills what the test started (the server, chromedriver's process group with its Chromium) and
/// removes the temporary directories, also when the test fails.
#[derive(Default)]
struct Cleanup {
    server: Option<Child>,
    driver: Option<Child>,
    dirs: Vec<PathBuf>,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        if let Some(mut driver) = self.driver.take() {
            // chromedriver was started as the leader of its own process group: end the group so
            // the Chromium it launched goes too.
            let _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", driver.id())]).status();
            let _ = driver.kill();
            let _ = driver.wait();
        }
        if let Some(mut server) = self.server.take() {
            let _ = server.kill();
            let _ = server.wait();
        }
        for dir in &self.dirs {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the workspace root")
}

/// `target/e2e` (or `$CARGO_TARGET_DIR/e2e`), created.
fn artefact_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target"));
    let dir = workspace_root().join(target).join("e2e");
    std::fs::create_dir_all(&dir).expect("create the e2e artefact directory");
    dir
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kzcomply-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

/// Starts `kzcomply serve --demo` and returns it with the address it printed once listening.
fn start_server(db_dir: &Path) -> Res<(Child, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kzcomply"))
        .args(["serve", "--demo", "--addr", "127.0.0.1:0", "--db"])
        .arg(db_dir.join("kzcomply.db"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start kzcomply serve: {e}"))?;
    let stderr = child.stderr.take().expect("piped stderr");
    let (tx, rx) = mpsc::channel();
    let log = Arc::new(Mutex::new(String::new()));
    let log2 = Arc::clone(&log);
    // Keep draining stderr for the server's whole life so it never blocks on a full pipe.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("kzcomply is serving http://").nth(1) {
                let _ = tx.send(rest.split_whitespace().next().unwrap_or_default().to_string());
            }
            log2.lock().unwrap().push_str(&(line + "\n"));
        }
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(addr) => Ok((child, addr)),
        Err(_) => {
            let _ = child.kill();
            Err(format!("kzcomply serve did not start listening; its stderr:\n{}", log.lock().unwrap()))
        }
    }
}

/// Starts chromedriver on a free port (in its own process group) and waits until it answers.
fn start_chromedriver(path: &str) -> Res<(Child, u16)> {
    use std::os::unix::process::CommandExt;
    let port = free_port();
    let mut child = Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {path}: {e}"))?;
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if chromedriver_ready(port) {
            return Ok((child, port));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    Err(format!("chromedriver did not answer on port {port} within {WAIT:?}"))
}

/// Whether chromedriver's `/status` says it is ready (it keeps the connection open: read until
/// the answer is in).
fn chromedriver_ready(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else { return false };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    let req = format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    if s.write_all(req.as_bytes()).is_err() {
        return false;
    }
    let (mut reply, mut buf) = (Vec::new(), [0u8; 1024]);
    while let Ok(n @ 1..) = s.read(&mut buf) {
        reply.extend_from_slice(&buf[..n]);
        if String::from_utf8_lossy(&reply).contains("\"ready\":true") {
            return true;
        }
    }
    false
}

async fn connect_browser(port: u16, chromium: &str, profile: &Path) -> Res<Client> {
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                format!("--user-data-dir={}", profile.display()), "--window-size=1280,900",
            ],
        }
    });
    let caps = caps.as_object().cloned().expect("an object");
    // chromedriver speaks plain HTTP on loopback: no TLS connector needed.
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .map_err(|e| format!("cannot open a Chromium session: {e}"))
}

fn err(what: &str) -> impl FnOnce(fantoccini::error::CmdError) -> String + '_ {
    move |e| format!("{what}: {e}")
}

async fn wait_for(c: &Client, css: &str) -> Res<Element> {
    c.wait().at_most(WAIT).for_element(Locator::Css(css)).await.map_err(err(css))
}

async fn text(c: &Client, css: &str) -> Res<String> {
    wait_for(c, css).await?.text().await.map_err(err(css))
}

async fn click(c: &Client, css: &str) -> Res {
    wait_for(c, css).await?.click().await.map_err(err(css))
}

async fn js(c: &Client, script: &str) -> Res<serde_json::Value> {
    c.execute(script, vec![]).await.map_err(err(script))
}

/// Saves a screenshot of the whole page (the window is stretched to the page's height meanwhile).
async fn screenshot(c: &Client, name: &str) -> Res {
    let (w, h) = c.get_window_size().await.map_err(err("window size"))?;
    // The window's height includes the browser's own bars: add them to the page's height.
    let size = js(c, "return [document.documentElement.scrollHeight, window.outerHeight - window.innerHeight]").await?;
    let page_h = size[0].as_u64().unwrap_or(h) + size[1].as_u64().unwrap_or(0);
    let _ = c.set_window_size(w as u32, page_h.clamp(h, 8000) as u32).await;
    let png = c.screenshot().await.map_err(err("screenshot"));
    let _ = c.set_window_size(w as u32, h as u32).await;
    let path = artefact_dir().join(name);
    std::fs::write(&path, png?).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("screenshot: {}", path.display());
    Ok(())
}

/// Clicks `lang` in the header's language switch and waits for the page in it.
async fn switch_language(c: &Client, lang: &str) -> Res {
    click(c, &format!("form[action='/lang'] button[value='{lang}']")).await?;
    wait_for(c, &format!("html[lang='{lang}']")).await.map(drop)
}

/// Uploads `file` on the company's Import page.
async fn upload(c: &Client, base: &str, company: &str, file: &Path) -> Res {
    c.goto(&format!("{base}/companies/{company}/import")).await.map_err(err("import page"))?;
    wait_for(c, "#file").await?.send_keys(&file.display().to_string()).await.map_err(err("#file"))?;
    click(c, "#check").await
}

async fn flow(c: &Client, base: &str, work: &Path) -> Res {
    // Sign-in page (any page without a session leads there).
    c.goto(&format!("{base}/")).await.map_err(err("open the dashboard"))?;
    wait_for(c, "#sign-in").await?;
    ensure!(text(c, "body").await?.contains("editor@demo.kz"), "the sign-in page lacks the demo hint");
    screenshot(c, "login.png").await?;
    wait_for(c, "input[name=email]").await?.send_keys("editor@demo.kz").await.map_err(err("e-mail"))?;
    wait_for(c, "input[name=password]")
        .await?
        .send_keys(kzcomply_server::demo::PASSWORD)
        .await
        .map_err(err("password"))?;
    click(c, "#sign-in").await?;

    // One company: straight to its overview, in the editor's language (Russian).
    wait_for(c, "header.top").await?;
    let url = c.current_url().await.map_err(err("url"))?;
    let company = url.path().strip_prefix("/companies/").map(str::to_string);
    let company = company.ok_or_else(|| format!("expected the company overview after signing in, got {url}"))?;
    wait_for(c, "html[lang='ru']").await?;
    switch_language(c, "en").await?;
    ensure!(c.current_url().await.map_err(err("url"))? == url, "the language switch left the overview");
    let overview = text(c, "main").await?;
    for word in ["Headcount", "Fine exposure", "Deadlines", "Findings", "₸"] {
        ensure!(overview.contains(word), "the overview lacks {word:?}:\n{overview}");
    }
    screenshot(c, "overview.png").await?;

    // Import the demo file again: a preview of every row, then "Imported".
    click(c, "header nav a[href$='/import']").await?;
    wait_for(c, "#file").await?;
    let csv_path = workspace_root().join("examples/demo/workforce.csv");
    let csv = std::fs::read_to_string(&csv_path).map_err(|e| format!("{}: {e}", csv_path.display()))?;
    let rows = csv.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
    upload(c, base, &company, &csv_path).await?;
    wait_for(c, "#confirm").await?;
    let preview = c.find_all(Locator::Css("main section.panel table tbody tr")).await.map_err(err("preview"))?;
    ensure!(preview.len() == rows, "the preview shows {} rows, the file has {rows}", preview.len());
    let preview_text = text(c, "main").await?;
    ensure!(preview_text.contains("workforce.csv") && preview_text.contains("D01"), "preview:\n{preview_text}");
    screenshot(c, "import-preview.png").await?;
    click(c, "#confirm").await?;
    let status = text(c, "p.ok[role=status]").await?;
    ensure!(
        // Re-importing the same file: every row is known and unchanged ("Imported: 22 — new 0, …, unchanged 22, …").
        status.starts_with(&format!("Imported: {rows} ")) && status.contains(&format!("unchanged {rows}")),
        "unexpected import status: {status:?}"
    );
    screenshot(c, "import-done.png").await?;

    // A broken file: every problem named by row and column, nothing written.
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let start = header.iter().position(|h| *h == "start_date").ok_or("no start_date column")?;
    lines[1] = lines[1].replacen("Айдос Серікбаев", "Renamed By E2E", 1);
    let mut cells: Vec<String> = lines[5].split(',').map(str::to_string).collect();
    cells[start] = "2024-13-45".into();
    lines[5] = cells.join(",");
    let broken = work.join("broken.csv");
    std::fs::write(&broken, lines.join("\n") + "\n").map_err(|e| e.to_string())?;
    upload(c, base, &company, &broken).await?;
    let problems = text(c, "#problems").await?;
    let problem_rows = c.find_all(Locator::Css("#problems tbody tr")).await.map_err(err("problems"))?;
    ensure!(problem_rows.len() == 1, "expected one problem, got:\n{problems}");
    let cells = problem_rows[0].find_all(Locator::Css("td")).await.map_err(err("problem cells"))?;
    let (row, column) = (cells[0].text().await.map_err(err("row"))?, cells[1].text().await.map_err(err("column"))?);
    // Line 6 of the file (the header is row 1).
    ensure!(row == "6" && column == "start_date", "the problem should name row 6, start_date:\n{problems}");
    ensure!(c.find(Locator::Css("#confirm")).await.is_err(), "a broken file must not offer to import");
    screenshot(c, "import-problems.png").await?;
    c.goto(&format!("{base}/companies/{company}/people")).await.map_err(err("people page"))?;
    let people = text(c, "main table").await?;
    ensure!(people.contains("Айдос Серікбаев") && !people.contains("Renamed By E2E"), "the broken file was imported");

    // Findings: violation badges and the fine exposure in tenge.
    c.goto(&format!("{base}/companies/{company}/findings")).await.map_err(err("findings page"))?;
    wait_for(c, "table.findings tbody tr span.badge.violation").await?;
    let exposure = text(c, "main p.big").await?;
    ensure!(exposure.contains("1,557,000 KZT"), "expected the exposure 1,557,000 KZT, the page says {exposure:?}");
    let fines =
        js(c, "return [...document.querySelectorAll('table.findings td.num')].map(td => td.textContent)").await?;
    let fines: Vec<String> =
        fines.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect();
    ensure!(fines.iter().any(|f| f.contains("259,500")), "no fine in the table is grouped by thousands: {fines:?}");
    screenshot(c, "findings.png").await?;

    // Russian, via the header's button.
    c.goto(&format!("{base}/companies/{company}")).await.map_err(err("overview"))?;
    switch_language(c, "ru").await?;
    let nav = text(c, "header.top").await?;
    ensure!(nav.contains("Нарушения") && nav.contains("Импорт"), "the header is not in Russian: {nav}");
    let main = text(c, "main").await?;
    ensure!(main.contains("Численность") && main.contains("Возможные штрафы"), "the overview is not in Russian");
    screenshot(c, "overview-ru.png").await?;

    // A phone: the overview must fit the width (tables scroll inside their own boxes).
    c.set_window_size(390, 844).await.map_err(err("phone-sized window"))?;
    c.refresh().await.map_err(err("reload"))?;
    wait_for(c, "main h1").await?;
    // clientWidth is the viewport without the vertical scroll bar: stricter than innerWidth.
    let script = "const d = document.documentElement; return [d.scrollWidth, d.clientWidth, window.innerWidth]";
    let fit: Vec<u64> = js(c, script).await?.as_array().into_iter().flatten().filter_map(|v| v.as_u64()).collect();
    let &[scroll, client, inner] = fit.as_slice() else { return Err(format!("page widths: {fit:?}")) };
    ensure!(inner <= 500, "the window did not shrink to a phone's width ({inner}px)");
    screenshot(c, "overview-phone.png").await?;
    ensure!(
        scroll <= client && scroll <= inner,
        "the overview overflows a phone's width: {scroll}px wide in a {client}px viewport"
    );
    c.set_window_size(1280, 900).await.map_err(err("window size"))?;

    // Kazakh: sign out, switch the sign-in page to Қазақша, sign in as the viewer (whose setting
    // is Kazakh).
    click(c, "form[action='/logout'] button").await?;
    wait_for(c, "#sign-in").await?;
    click(c, "p.lang-switch a[lang='kk']").await?;
    wait_for(c, "html[lang='kk']").await?;
    let login = text(c, "main").await?;
    ensure!(login.contains("Кіру") && login.contains("Құпиясөз"), "the sign-in page is not in Kazakh: {login}");
    screenshot(c, "login-kk.png").await?;
    wait_for(c, "input[name=email]").await?.send_keys("viewer@demo.kz").await.map_err(err("e-mail"))?;
    wait_for(c, "input[name=password]")
        .await?
        .send_keys(kzcomply_server::demo::PASSWORD)
        .await
        .map_err(err("password"))?;
    click(c, "#sign-in").await?;
    wait_for(c, "header.top").await?;
    wait_for(c, "html[lang='kk']").await?;
    let nav = text(c, "header.top").await?;
    ensure!(nav.contains("Шолу") && nav.contains("Бұзушылықтар мен тәуекелдер"), "the header is not in Kazakh: {nav}");
    let main = text(c, "main").await?;
    for word in ["Қызметкерлер саны", "Ықтимал айыппұлдар", "Мерзімдер", "бұзушылық"]
    {
        ensure!(main.contains(word), "the overview lacks {word:?}:\n{main}");
    }
    for english in ["Headcount", "Fine exposure", "Deadlines", "violations", "Overdue"] {
        ensure!(!main.contains(english), "English {english:?} left on the Kazakh overview:\n{main}");
    }
    c.goto(&format!("{base}/companies/{company}/findings?as_of=2026-11-20")).await.map_err(err("findings page"))?;
    wait_for(c, "table.findings tbody tr span.badge.violation").await?;
    let exposure = text(c, "main p.big").await?;
    ensure!(exposure.contains("1 557 000 ₸"), "expected the exposure 1 557 000 ₸, the Kazakh page says {exposure:?}");
    let counts = text(c, "#counts").await?;
    ensure!(
        counts.contains("12 бұзушылық") && counts.contains("20.11.2026 жағдай бойынша"),
        "the counts and date are not Kazakh: {counts}"
    );
    screenshot(c, "findings-kk.png").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn dashboard_in_a_real_browser() {
    let chromium = std::env::var("KZCOMPLY_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let chromedriver = std::env::var("KZCOMPLY_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let missing: Vec<&str> =
        [&chromium, &chromedriver].into_iter().filter(|p| !Path::new(p).exists()).map(|p| p.as_str()).collect();
    if !missing.is_empty() {
        if std::env::var("KZCOMPLY_SKIP_BROWSER").as_deref() == Ok("1") {
            eprintln!("SKIPPED the browser test: {} not installed (KZCOMPLY_SKIP_BROWSER=1)", missing.join(" and "));
            return;
        }
        panic!(
            "the browser test needs {} — install them with `apt-get install -y chromium chromium-driver` \
             (or set KZCOMPLY_SKIP_BROWSER=1 to skip it)",
            missing.join(" and ")
        );
    }
    let started = Instant::now();
    let _ = std::fs::remove_file(artefact_dir().join("failure.png"));
    let mut cleanup = Cleanup::default();
    let work = temp_dir("work");
    let profile = temp_dir("profile");
    cleanup.dirs = vec![work.clone(), profile.clone()];
    let (server, addr) = start_server(&work).unwrap_or_else(|e| panic!("{e}"));
    cleanup.server = Some(server);
    let (driver, port) = start_chromedriver(&chromedriver).unwrap_or_else(|e| panic!("{e}"));
    cleanup.driver = Some(driver);
    let client = connect_browser(port, &chromium, &profile).await.unwrap_or_else(|e| panic!("{e}"));

    let base = format!("http://{addr}");
    let result = flow(&client, &base, &work).await;
    if let Err(e) = &result {
        let _ = screenshot(&client, "failure.png").await;
        let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        eprintln!("failed on {url}: {e}");
    }
    let _ = client.close().await;
    drop(cleanup);
    if let Err(e) = result {
        panic!("{e}");
    }
    eprintln!("the browser test took {:.1}s", started.elapsed().as_secs_f64());
}
