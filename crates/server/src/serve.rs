//! Start-up and shutdown: open (and migrate) the database, make sure no second server writes to
//! the same SQLite file, load the demo if asked, listen, and on SIGTERM or Ctrl-C stop accepting,
//! finish the requests in flight (an import's transaction commits or rolls back whole) and close
//! the database.

use crate::{AppState, app};
use kzcomply_store::Store;
use std::fs::File;
use std::net::SocketAddr;
use std::path::PathBuf;

/// `kzcomply serve`'s options.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// `postgres://…` or an SQLite path / `sqlite://PATH`.
    pub db: String,
    pub addr: SocketAddr,
    /// Load the demo organisation, users and company (idempotent).
    pub demo: bool,
    /// Mark the session cookie `Secure` (browsers still send it to http://localhost and 127.0.0.1).
    pub secure_cookies: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{0}")]
    Store(#[from] kzcomply_store::StoreError),
    #[error(
        "another kzcomply server is already using {0} (its lock file {1} is held); stop it first, or give this one \
         another --db"
    )]
    Locked(String, String),
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
    #[error("{0}")]
    Other(String),
}

/// The SQLite file behind a URL, if it is one.
fn sqlite_path(db: &str) -> Option<PathBuf> {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        return None;
    }
    let path = db.strip_prefix("sqlite://").or_else(|| db.strip_prefix("sqlite:")).unwrap_or(db);
    let path = path.split('?').next().unwrap_or(path);
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// Takes an exclusive lock on `<db>.lock` for the life of the server. SQLite itself would let two
/// servers share the file safely, but two servers would each keep their own login limits and
/// sessions caches and their migrations could race; one writer process is the simple invariant.
pub fn lock_database(db: &str) -> Result<Option<File>, ServeError> {
    let Some(path) = sqlite_path(db) else { return Ok(None) };
    let lock_path = PathBuf::from(format!("{}.lock", path.display()));
    if let Some(dir) = lock_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| ServeError::Other(format!("cannot create {}: {e}", dir.display())))?;
    }
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| ServeError::Other(format!("cannot open {}: {e}", lock_path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(_) => Err(ServeError::Locked(path.display().to_string(), lock_path.display().to_string())),
    }
}

/// Runs the server until SIGTERM or Ctrl-C. `ready` is told the bound address once listening.
pub async fn serve(
    opts: ServeOptions,
    rules: kzcomply_law::RuleBook,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let _lock = lock_database(&opts.db)?;
    let store = Store::open(&opts.db).await?;
    let state = AppState::with_rules(store.clone(), rules, opts.secure_cookies).map_err(ServeError::Other)?;
    if opts.demo {
        crate::demo::load(&state).await.map_err(|e| ServeError::Other(format!("loading the demo: {e}")))?;
    }
    let listener = tokio::net::TcpListener::bind(opts.addr).await.map_err(|e| ServeError::Listen(opts.addr, e))?;
    let addr = listener.local_addr().map_err(|e| ServeError::Listen(opts.addr, e))?;
    ready(addr);
    axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| ServeError::Other(e.to_string()))?;
    store.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
