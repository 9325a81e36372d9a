//! Fixed-window rate limits kept in PostgreSQL, so every replica counts against the same limit.
//! Windows end on their own: a limit never locks anyone out for longer than one window.

use chrono::{DateTime, Utc};
use diesel::sql_types::{Array, Integer, Text, Timestamptz};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AnsiTransactionManager, AsyncPgConnection, RunQueryDsl, TransactionManager};

use crate::error::ApiError;

#[derive(QueryableByName)]
struct Window {
    #[diesel(sql_type = Text)]
    bucket: String,
    #[diesel(sql_type = Integer)]
    hits: i32,
    #[diesel(sql_type = Timestamptz)]
    window_end: DateTime<Utc>,
}

/// Counts one hit on each `(bucket, limit)` in a single statement of its own, committed without
/// waiting for the disk (`count_rate_limit_hits`), so requests from one address do not queue on
/// their window's row; if any bucket is past its limit in the current window, answers 429 with
/// the time until that window ends. Not for use inside a transaction.
pub async fn hit(conn: &mut AsyncPgConnection, buckets: &[(&str, u32)], window_secs: u32) -> Result<(), ApiError> {
    // Inside a transaction, the relaxed commit would hold for whatever else it writes.
    if AnsiTransactionManager::transaction_manager_status_mut(conn).transaction_depth()?.is_some() {
        return Err(anyhow::anyhow!("a rate-limit hit inside a transaction").into());
    }
    let names: Vec<&str> = buckets.iter().map(|(name, _)| *name).collect();
    let windows: Vec<Window> = sql_query("SELECT bucket, hits, window_end FROM count_rate_limit_hits($1, $2)")
        .bind::<Array<Text>, _>(&names)
        .bind::<Integer, _>(i32::try_from(window_secs.max(1)).unwrap_or(i32::MAX))
        .load(conn)
        .await?;
    let exceeded = windows.iter().find(|w| {
        let limit = buckets.iter().find(|(name, _)| *name == w.bucket).map_or(u32::MAX, |(_, limit)| *limit);
        u32::try_from(w.hits).unwrap_or(u32::MAX) > limit
    });
    match exceeded {
        Some(window) => {
            crate::metrics::throttled(&window.bucket);
            let retry_after_secs = (window.window_end - Utc::now()).num_seconds().max(1);
            Err(ApiError::TooManyRequests { retry_after_secs: retry_after_secs.unsigned_abs() })
        }
        None => Ok(()),
    }
}

/// Drops windows that ended more than a day ago.
pub async fn purge_expired(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    Ok(sql_query("DELETE FROM rate_limit_windows WHERE window_start < now() - interval '1 day'").execute(conn).await?)
}
