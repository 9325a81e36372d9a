//! What every handler shares: the pool, the settings and the key material.

use crate::auth::password::PasswordHasher;
use crate::auth::tokens::TokenKeys;
use crate::config::Config;
use crate::db::{DbConn, DbPool};
use crate::error::ApiError;
use crate::outbox::mailer::Mailer;

pub struct AppState {
    pub pool: DbPool,
    pub config: Config,
    pub tokens: TokenKeys,
    pub hasher: PasswordHasher,
    pub mailer: Mailer,
    /// Sign-ins checking their limits at once, so a flood cannot take every database connection.
    pub login_gate: tokio::sync::Semaphore,
}

impl AppState {
    pub fn new(pool: DbPool, config: Config) -> anyhow::Result<Self> {
        Ok(Self {
            tokens: TokenKeys::from_config(&config)?,
            hasher: PasswordHasher::from_config(&config)?,
            mailer: Mailer::from_config(&config)?,
            login_gate: tokio::sync::Semaphore::new(config.login_concurrency.max(1)),
            pool,
            config,
        })
    }

    /// A pooled connection, or 503 when none frees up within the pool timeout.
    pub async fn conn(&self) -> Result<DbConn, ApiError> {
        let started = std::time::Instant::now();
        let conn = self.pool.get().await;
        crate::metrics::pool_checkout(started.elapsed(), conn.is_ok());
        Ok(conn?)
    }
}
