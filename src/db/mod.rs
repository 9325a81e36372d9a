//! Database access: the connection pool, embedded migrations and the private local cluster.

pub mod joins;
pub mod local_cluster;
pub mod schema;
pub mod text_enum;

use std::time::Duration;

use anyhow::Context;
use deadpool::Runtime;
use diesel::{Connection, PgConnection};
use diesel_async::AsyncPgConnection;
use diesel_async::pooled_connection::deadpool::{Object, Pool};
use diesel_async::pooled_connection::{AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::Config;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

pub type DbPool = Pool<AsyncPgConnection>;
pub type DbConn = Object<AsyncPgConnection>;

/// Builds the pool. No connection is opened until the first request needs one.
///
/// A connection handed out again is not pinged first (that cost a round trip per checkout):
/// one whose server went away is known as closed once its socket reports it, and is dropped;
/// one that breaks in use fails its statement, which answers 503, and is not pooled again.
pub fn pool(url: &str, config: &Config) -> anyhow::Result<DbPool> {
    let timeout = Some(Duration::from_millis(config.db_timeout_ms));
    let mut manager_config = ManagerConfig::default();
    manager_config.recycling_method = RecyclingMethod::Fast;
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, manager_config);
    Pool::builder(manager)
        .max_size(config.db_pool_size)
        .wait_timeout(timeout)
        .create_timeout(timeout)
        .recycle_timeout(timeout)
        .runtime(Runtime::Tokio1)
        .build()
        .context("building the database pool")
}

/// Applies pending migrations on a blocking connection (diesel-async cannot run them under actix).
pub fn run_migrations(url: &str) -> anyhow::Result<usize> {
    let mut conn = PgConnection::establish(url).context("connecting to run migrations")?;
    let applied = conn.run_pending_migrations(MIGRATIONS).map_err(|e| anyhow::anyhow!("running migrations: {e}"))?;
    Ok(applied.len())
}

/// The database URL to use: `DATABASE_URL`, or the private cluster, started if need be.
pub fn resolve_url(config: &Config, database: &str) -> anyhow::Result<(String, Option<local_cluster::Running>)> {
    match &config.database_url {
        Some(url) => Ok((url.expose().to_owned(), None)),
        None => {
            let cluster = local_cluster::LocalCluster::new(config.data_dir.join("postgres"), false);
            let running = cluster.ensure_running()?;
            running.ensure_database(database)?;
            Ok((running.url(database), Some(running)))
        }
    }
}
