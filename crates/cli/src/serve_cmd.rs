//! `kzcomply serve` and `kzcomply user-add`: the service's command line. The service itself is
//! `kzcomply-server`; this only parses flags, starts the runtime and reports.

use crate::{CmdResult, Failure, input_error};
use clap::{Args, ValueEnum};
use kzcomply_law::RuleBook;
use kzcomply_server::edge;
use kzcomply_server::serve::{ServeError, ServeOptions, serve};
use std::net::SocketAddr;

pub const SERVE_HELP: &str = "\
Examples:
  kzcomply serve --demo                      the dashboard with a demo company, at http://127.0.0.1:8080
  kzcomply serve --db data/kzcomply.db       your own SQLite file (created on first start)
  kzcomply serve --db postgres://app@db.internal/kzcomply --addr 0.0.0.0:8080

Demo sign-in: admin@demo.kz, editor@demo.kz or viewer@demo.kz, password steppe-cloud-demo.
Without --demo, create the first user with `kzcomply user-add`.
Limits: a connection must send its request head within 10 s (also the keep-alive idle time); a
body may pause 10 s and must be complete in 120 s; at most 512 connections (64 per client
address: behind a reverse proxy, set --max-connections-per-address to --max-connections).
The API is under /api/v1; its OpenAPI document is /api/openapi.json and the reference /api/docs.
Stop with Ctrl-C or SIGTERM: requests in flight finish, imports commit whole or not at all.";

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The database: an SQLite file path (created on first start) or postgres://user@host/db.
    #[arg(long, value_name = "URL", env = "KZCOMPLY_DB", default_value = "kzcomply.db")]
    pub db: String,
    /// The address to listen on.
    #[arg(long, value_name = "HOST:PORT", env = "KZCOMPLY_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Load a demo organisation with one host company (21 people), three users and this month's
    /// payroll, unless it is there already.
    #[arg(long)]
    pub demo: bool,
    /// Send the session cookie without the Secure flag. Only for plain HTTP on a host name other
    /// than localhost/127.0.0.1 (browsers accept Secure cookies from those over HTTP).
    #[arg(long)]
    pub insecure_cookies: bool,
    /// Connections served at once; more wait in the kernel's queue.
    #[arg(long, value_name = "N", env = "KZCOMPLY_MAX_CONNECTIONS", default_value_t = edge::MAX_CONNECTIONS as u32,
          value_parser = clap::value_parser!(u32).range(1..=65_536))]
    pub max_connections: u32,
    /// Connections at once from one client address (an IPv6 client is its /64). Behind a reverse
    /// proxy every client has the proxy's address: set this to --max-connections.
    #[arg(long, value_name = "N", env = "KZCOMPLY_MAX_CONNECTIONS_PER_ADDRESS",
          default_value_t = edge::MAX_CONNECTIONS_PER_ADDRESS as u32,
          value_parser = clap::value_parser!(u32).range(1..=65_536))]
    pub max_connections_per_address: u32,
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Other(anyhow::anyhow!("cannot start the async runtime: {e}")))
}

pub fn run_serve(book: RuleBook, args: ServeArgs) -> CmdResult {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .try_init();
    let limits = edge::Limits {
        max_connections: args.max_connections as usize,
        max_connections_per_address: args.max_connections_per_address as usize,
        ..edge::Limits::default()
    };
    let opts = ServeOptions {
        db: args.db.clone(),
        addr: args.addr,
        demo: args.demo,
        secure_cookies: !args.insecure_cookies,
        limits,
    };
    let demo = args.demo;
    let db = args.db.clone();
    let result = runtime()?.block_on(serve(opts, book, |addr| {
        eprintln!("kzcomply is serving http://{addr}  (database: {db})");
        if demo {
            eprintln!(
                "  sign in as admin@demo.kz / {} (also editor@demo.kz, viewer@demo.kz)",
                kzcomply_server::demo::PASSWORD
            );
        }
        eprintln!("  API reference: http://{addr}/api/docs · stop with Ctrl-C");
    }));
    match result {
        Ok(()) => Ok(()),
        Err(e @ (ServeError::Locked(..) | ServeError::Listen(..) | ServeError::Database(..))) => {
            Err(input_error(e.to_string()))
        }
        Err(ServeError::Store(kzcomply_store::StoreError::Open(m))) => Err(input_error(format!("--db: {m}"))),
        Err(e) => Err(Failure::Other(anyhow::anyhow!("{e}"))),
    }
}

/// A store error as the operator's commands report it: bad input names the flag (exit 2).
fn store_err(e: kzcomply_store::StoreError) -> Failure {
    use kzcomply_store::StoreError;
    match e {
        StoreError::Invalid(ps) => {
            input_error(ps.iter().map(|p| format!("--{}: {}", p.field, p.message)).collect::<Vec<_>>().join("; "))
        }
        StoreError::Conflict(m) => input_error(m.to_string()),
        StoreError::Open(m) => input_error(m),
        e => Failure::Other(anyhow::anyhow!("{e}")),
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RoleArg {
    Admin,
    Editor,
    Viewer,
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[arg(long, value_name = "URL", env = "KZCOMPLY_DB", default_value = "kzcomply.db")]
    pub db: String,
    /// The organisation's name (a PEO/EOR provider, or your company).
    #[arg(long)]
    pub org: String,
    #[arg(long)]
    pub email: String,
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum, default_value = "admin")]
    pub role: RoleArg,
    // The user's interface language is the global `--lang` (en, ru or kk).
}

pub fn run_user_add(args: UserAddArgs) -> CmdResult {
    use kzcomply_store::{NewUser, OrgKind, Role, Store};
    let password = match std::env::var("KZCOMPLY_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            eprint!("password for {} (at least 10 characters, not a common one; a passphrase is best): ", args.email);
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            line.trim_end_matches(['\n', '\r']).to_string()
        }
    };
    let role = match args.role {
        RoleArg::Admin => Role::Admin,
        RoleArg::Editor => Role::Editor,
        RoleArg::Viewer => Role::Viewer,
    };
    let _lock = kzcomply_server::serve::lock_database(&args.db).map_err(|e| input_error(e.to_string()))?;
    runtime()?.block_on(async {
        let store = Store::open(&args.db).await.map_err(store_err)?;
        for notice in store.notices() {
            eprintln!("note: {notice}");
        }
        let org = match store.orgs().await.map_err(store_err)?.into_iter().find(|o| o.name == args.org) {
            Some(o) => o,
            None => store.create_org(&args.org, OrgKind::Employer).await.map_err(store_err)?,
        };
        let user = store
            .create_user(NewUser {
                email: args.email.clone(),
                name: args.name.clone(),
                password,
                lang: crate::lang().code().to_string(),
            })
            .await
            .map_err(store_err)?;
        store.add_member(&user.id, &org.id, role).await.map_err(store_err)?;
        store.close().await;
        println!("{} is now {} of {} in {}", user.email, role.name(), org.name, args.db);
        Ok(())
    })
}

#[derive(Debug, Args)]
pub struct TokenAddArgs {
    #[arg(long, value_name = "URL", env = "KZCOMPLY_DB", default_value = "kzcomply.db")]
    pub db: String,
    /// The user the token acts for (with their role in the organisation).
    #[arg(long)]
    pub email: String,
    /// The organisation, when the user belongs to several (its name or id).
    #[arg(long)]
    pub org: Option<String>,
    /// A label to recognise the token by on the dashboard's API tokens page.
    #[arg(long, value_name = "LABEL", default_value = "token-add")]
    pub name: String,
    /// The token stops working after this many days (default: when revoked).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub expires_days: Option<u32>,
}

pub fn run_token_add(args: TokenAddArgs) -> CmdResult {
    use kzcomply_store::Store;
    let ttl = args.expires_days.map(|d| jiff::SignedDuration::from_hours(i64::from(d) * 24));
    runtime()?.block_on(async {
        let store = Store::open(&args.db).await.map_err(store_err)?;
        for notice in store.notices() {
            eprintln!("note: {notice}");
        }
        let result = store.create_token_for_user(&args.email, args.org.as_deref(), &args.name, ttl).await;
        store.close().await;
        let (info, secret, org) = result.map_err(store_err)?;
        // The secret alone on standard output, so `TOKEN=$(kzcomply token-add …)` works.
        println!("{secret}");
        let until = info.expires_at.map(|t| format!(", expires {t}")).unwrap_or_default();
        eprintln!(
            "API token {} ({}) for {} as {} of {org}{until}. It is shown once; store it now. \
             Use it as: Authorization: Bearer <token>",
            info.id,
            info.name,
            args.email,
            info.role.name()
        );
        Ok(())
    })
}
