//! Start-up and shutdown: open (and migrate) the database, make sure no second server writes to
//! the same SQLite file, load the demo if asked, listen (through [`crate::edge`]: timeouts and
//! connection caps), and on SIGTERM or Ctrl-C stop accepting, finish the requests in flight (an
//! import's transaction commits or rolls back whole) and close the database.
//!
//! The SQLite file is made private to its owner: a new file is created with mode 0600 before the
//! store opens it (SQLite gives its `-wal` and `-shm` files the same mode), and an existing file
//! readable by others is narrowed to 0600 with a warning.

use crate::{AppState, app, edge};
use kzcomply_store::Store;
use std::fs::File;
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

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
    /// Timeouts and connection caps ([`edge::Limits::default`] unless testing or tuning).
    pub limits: edge::Limits,
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
    /// The database file is unsafe to serve (another name for it, not a regular file).
    #[error("{0}")]
    Database(String),
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

/// The mode of a database file kzcomply creates: read and write for its owner only.
pub const DATABASE_FILE_MODE: u32 = 0o600;

/// Takes an exclusive lock on `<db>.lock` for the life of the server. SQLite itself would let two
/// servers share the file safely, but two servers would each keep their own login limits and
/// sessions caches and their migrations could race; one writer process is the simple invariant.
///
/// The lock is taken beside the file's **canonical** path (every symlink resolved), so a server
/// started through a symlink meets the same lock; and a file with more than one hard link is
/// refused, since each name would have its own lock. A missing file is created first, mode 0600.
pub fn lock_database(db: &str) -> Result<Option<File>, ServeError> {
    let Some(path) = sqlite_path(db) else { return Ok(None) };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| ServeError::Other(format!("cannot create {}: {e}", dir.display())))?;
    }
    prepare_database_file(&path)?;
    let canonical = std::fs::canonicalize(&path)
        .map_err(|e| ServeError::Other(format!("cannot resolve {}: {e}", path.display())))?;
    refuse_other_names(&path, &canonical)?;
    let mut lock_name = canonical.clone().into_os_string();
    lock_name.push(".lock");
    let lock_path = PathBuf::from(lock_name);
    let mut options = File::options();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, DATABASE_FILE_MODE);
    let file =
        options.open(&lock_path).map_err(|e| ServeError::Other(format!("cannot open {}: {e}", lock_path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(_) => Err(ServeError::Locked(path.display().to_string(), lock_path.display().to_string())),
    }
}

/// Creates the database file with mode 0600 if it does not exist; narrows an existing file that
/// others may read or write to 0600.
fn prepare_database_file(path: &Path) -> Result<(), ServeError> {
    let mut options = File::options();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, DATABASE_FILE_MODE);
    options.open(path).map_err(|e| ServeError::Other(format!("cannot open {}: {e}", path.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(path).map_err(|e| ServeError::Other(format!("{}: {e}", path.display())))?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            match std::fs::set_permissions(path, std::fs::Permissions::from_mode(DATABASE_FILE_MODE)) {
                Ok(()) => tracing::warn!("{} was readable by others (mode {mode:o}); it is now 0600", path.display()),
                Err(e) => tracing::warn!(
                    "{} is readable by others (mode {mode:o}) and cannot be narrowed: {e}",
                    path.display()
                ),
            }
        }
    }
    Ok(())
}

/// Refuses a database that is not a regular file or that has another name (a hard link).
fn refuse_other_names(path: &Path, canonical: &Path) -> Result<(), ServeError> {
    let meta = std::fs::metadata(canonical).map_err(|e| ServeError::Other(format!("{}: {e}", path.display())))?;
    if !meta.is_file() {
        return Err(ServeError::Database(format!("--db {}: not a regular file", path.display())));
    }
    #[cfg(unix)]
    {
        let links = std::os::unix::fs::MetadataExt::nlink(&meta);
        if links > 1 {
            return Err(ServeError::Database(format!(
                "--db {}: the file has {links} hard links; a database must have one name, or a second server could \
                 open it under another and miss the lock. Copy it instead of linking it",
                path.display()
            )));
        }
    }
    Ok(())
}

/// Runs the server until SIGTERM or Ctrl-C. `ready` is told the bound address once listening.
pub async fn serve(
    opts: ServeOptions,
    rules: kzcomply_law::RuleBook,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    serve_until(opts, rules, ready, shutdown_signal()).await
}

/// [`serve`], stopping when `shutdown` completes instead of on a signal (for tests and embedding).
pub async fn serve_until(
    opts: ServeOptions,
    rules: kzcomply_law::RuleBook,
    ready: impl FnOnce(SocketAddr),
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServeError> {
    let _lock = lock_database(&opts.db)?;
    let store = Store::open(&opts.db).await?;
    for notice in store.notices() {
        tracing::warn!("{notice}");
    }
    let state = AppState::with_rules(store.clone(), rules, opts.secure_cookies).map_err(ServeError::Other)?;
    if opts.demo {
        crate::demo::load(&state).await.map_err(|e| ServeError::Other(format!("loading the demo: {e}")))?;
    }
    let listener = tokio::net::TcpListener::bind(opts.addr).await.map_err(|e| ServeError::Listen(opts.addr, e))?;
    let addr = listener.local_addr().map_err(|e| ServeError::Listen(opts.addr, e))?;
    ready(addr);
    edge::serve(listener, app(state), opts.limits, shutdown).await;
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
