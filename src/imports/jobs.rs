//! The background work that imports uploaded files, on every replica: each takes the oldest
//! upload waiting (`FOR UPDATE SKIP LOCKED`), imports it through `run::import` while renewing
//! its lease and noting how far it has read, and leaves the outcome on the upload's record. An
//! upload whose replica stopped is taken over when its lease runs out; the import is one
//! commit, so taking it over cannot write anything twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::columns::Mapping;
use super::queries::{self, Claimed};
use super::run::{self, Progress, Request, Stage};
use crate::error::ApiError;
use crate::organisations::queries as organisations;
use crate::state::AppState;

/// How often a running import notes its progress and renews its lease.
const RENEW_EVERY: Duration = Duration::from_secs(2);

/// Imports the next upload waiting; whether there was one.
pub async fn work_next(state: &AppState) -> Result<bool, ApiError> {
    let mut conn = state.conn().await?;
    let Some(Claimed { record, file }) = queries::claim_next(&mut conn).await? else { return Ok(false) };
    let org = organisations::find_by_id(&mut conn, record.organisation_id).await?;
    let url = state
        .config
        .database_url
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("imports need the database's URL in the configuration"))?
        .expose()
        .to_owned();
    let request = Request {
        id: record.id,
        file,
        mapping: Mapping::default(),
        dry_run: record.dry_run,
        welcome: record.welcome,
        requested_by: record.requested_by,
        today: chrono::Local::now().date_naive(),
    };
    let progress = Arc::new(Tally::default());
    let mut renewing = state.conn().await?;
    let outcome = {
        let work = run::import(&mut conn, &url, &org, request, progress.clone());
        futures_util::pin_mut!(work);
        let mut tick = tokio::time::interval(RENEW_EVERY);
        loop {
            tokio::select! {
                outcome = &mut work => break outcome,
                _ = tick.tick() => {
                    let (total, read) = progress.counts();
                    if let Err(err) = queries::renew(&mut renewing, record.id, total, read).await {
                        tracing::warn!(error = %err, "renewing an import's lease failed");
                    }
                }
            }
        }
    };
    match outcome {
        Ok(summary) if record.dry_run => queries::finish(&mut conn, record.id, &summary.counts()).await?,
        // The import recorded what it did as it committed.
        Ok(_) => {}
        Err(err) => {
            if err.code().is_none() {
                tracing::error!(error = %err, import = %record.id, "an import failed");
            }
            queries::fail(&mut conn, record.id, err.code().unwrap_or("internal_error")).await?;
        }
    }
    Ok(true)
}

/// How far an import has read, for its record.
#[derive(Default)]
struct Tally {
    total: AtomicU64,
    read: AtomicU64,
}

impl Tally {
    fn counts(&self) -> (i32, i32) {
        let count = |n: &AtomicU64| i32::try_from(n.load(Ordering::Relaxed)).unwrap_or(i32::MAX);
        (count(&self.total), count(&self.read))
    }
}

impl Progress for Tally {
    fn stage(&self, stage: Stage, rows: u64) {
        if stage == Stage::Reading {
            self.total.store(rows, Ordering::Relaxed);
        }
    }

    fn advance(&self, rows: u64) {
        self.read.fetch_add(rows, Ordering::Relaxed);
    }
}
