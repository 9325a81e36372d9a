//! A private PostgreSQL cluster for running without `DATABASE_URL`: created under the data
//! directory on first use, started when needed, reachable only through its own Unix socket.
//!
//! PostgreSQL refuses to run as root, so when we are root the cluster belongs to the `postgres`
//! user and its commands run through `runuser`.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use diesel::{Connection, PgConnection, RunQueryDsl, sql_query};

const PORT: u16 = 5432;
const SUPERUSER: &str = "postgres";

#[derive(Debug, Clone)]
pub struct LocalCluster {
    dir: PathBuf,
    /// Trades durability for speed (fsync off): for throwaway test clusters only.
    fast: bool,
}

/// A cluster known to be running. `stop` stops it if this process started it.
pub struct Running {
    dir: PathBuf,
    started_here: bool,
}

impl LocalCluster {
    pub fn new(dir: PathBuf, fast: bool) -> Self {
        Self { dir, fast }
    }

    /// Creates and starts the cluster unless it already runs. Safe to call from several
    /// processes at once: a file lock serialises them.
    pub fn ensure_running(&self) -> anyhow::Result<Running> {
        let dir = usable_dir(&self.dir)?;
        let lock = File::create(dir.with_extension("lock")).context("creating the cluster lock file")?;
        lock.lock().context("locking the cluster")?;
        let data = dir.join("data");
        if !data.join("PG_VERSION").exists() {
            init(&dir, &data)?;
        }
        let running = pg_ctl(&["status", "-D", path_str(&data)?]).status()?.success();
        if !running {
            let sockets = dir.join("s");
            fs::create_dir_all(&sockets)?;
            if is_root() {
                chown_to_superuser(&sockets)?;
            }
            // pg_stat_statements lets the tests and `bench/` count the statements a request sends.
            let mut options = format!(
                "-c listen_addresses='' -c unix_socket_directories={} -c port={PORT} -c max_connections=300 \
                 -c shared_preload_libraries=pg_stat_statements",
                path_str(&dir.join("s"))?
            );
            if self.fast {
                options.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            }
            let log = dir.join("postgres.log");
            let status =
                pg_ctl(&["start", "-w", "-t", "60", "-D", path_str(&data)?, "-l", path_str(&log)?, "-o", &options])
                    .status()
                    .context("running pg_ctl start (is PostgreSQL installed?)")?;
            if !status.success() {
                bail!("pg_ctl could not start the private cluster; see {}", log.display());
            }
        }
        Ok(Running { dir, started_here: !running })
    }
}

impl Running {
    /// A libpq/tokio-postgres connection string for one database of the cluster.
    pub fn url(&self, database: &str) -> String {
        format!("host={} port={PORT} user={SUPERUSER} dbname={database}", self.dir.join("s").display())
    }

    pub fn ensure_database(&self, database: &str) -> anyhow::Result<()> {
        let mut conn = PgConnection::establish(&self.url("postgres"))?;
        let exists: bool = diesel::select(diesel::dsl::sql::<diesel::sql_types::Bool>(&format!(
            "EXISTS (SELECT 1 FROM pg_database WHERE datname = '{}')",
            database.replace('\'', "''")
        )))
        .get_result(&mut conn)?;
        if !exists {
            sql_query(format!("CREATE DATABASE \"{}\"", database.replace('"', ""))).execute(&mut conn)?;
        }
        Ok(())
    }

    pub fn stop(self) -> anyhow::Result<()> {
        if self.started_here {
            let data = self.dir.join("data");
            pg_ctl(&["stop", "-w", "-m", "fast", "-D", path_str(&data)?]).status()?;
        }
        Ok(())
    }
}

fn init(dir: &Path, data: &Path) -> anyhow::Result<()> {
    let status = as_cluster_owner("initdb")
        .args(["-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--no-locale", "-D", path_str(data)?])
        .stdout(std::process::Stdio::null())
        .status()
        .context("running initdb (is PostgreSQL installed?)")?;
    if !status.success() {
        bail!("initdb failed for {}", dir.display());
    }
    Ok(())
}

fn pg_ctl(args: &[&str]) -> Command {
    let mut cmd = as_cluster_owner("pg_ctl");
    cmd.args(args).stdout(std::process::Stdio::null());
    cmd
}

fn as_cluster_owner(program: &str) -> Command {
    if is_root() {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", SUPERUSER, "--", program]);
        cmd
    } else {
        Command::new(program)
    }
}

/// The cluster directory, made absolute and, when root, owned by `postgres`. If `postgres`
/// cannot reach it (a parent directory closed to others), a directory under the system
/// temporary directory stands in.
fn usable_dir(requested: &Path) -> anyhow::Result<PathBuf> {
    fs::create_dir_all(requested).with_context(|| format!("creating {}", requested.display()))?;
    let dir = fs::canonicalize(requested)?;
    if !is_root() {
        return Ok(dir);
    }
    if chown_to_superuser(&dir)? && reachable_by_superuser(&dir)? {
        return Ok(dir);
    }
    let fallback = std::env::temp_dir().join(format!(
        "fellesskap-{}",
        dir.to_string_lossy().bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b.into()))
    ));
    fs::create_dir_all(&fallback)?;
    chown_to_superuser(&fallback)?;
    Ok(fallback)
}

fn chown_to_superuser(dir: &Path) -> anyhow::Result<bool> {
    Ok(Command::new("chown").arg(format!("{SUPERUSER}:")).arg(dir).status()?.success())
}

fn reachable_by_superuser(dir: &Path) -> anyhow::Result<bool> {
    Ok(Command::new("runuser").args(["-u", SUPERUSER, "--", "test", "-w"]).arg(dir).status()?.success())
}

fn is_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("Uid:")).map(|l| l.split_whitespace().nth(1) == Some("0")))
        .unwrap_or(false)
}

fn path_str(path: &Path) -> anyhow::Result<&str> {
    path.to_str().with_context(|| format!("{} is not valid UTF-8", path.display()))
}
