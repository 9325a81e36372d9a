//! Fixed-window rate limits kept in PostgreSQL, so every replica counts against the same limit.
//! Windows end on their own: a limit never locks anyone out for longer than one window.

use chrono::{DateTime, Utc};
use diesel::sql_types::{Integer, Text, Timestamptz};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::ApiError;

#[derive(QueryableByName)]
struct Window {
    #[diesel(sql_type = Integer)]
    hits: i32,
    #[diesel(sql_type = Timestamptz)]
    window_end: DateTime<Utc>,
}

/// Counts one hit on `bucket`; past `limit` hits in the current window, answers 429.
pub async fn hit(conn: &mut AsyncPgConnection, bucket: &str, limit: u32, window_secs: u32) -> Result<(), ApiError> {
    let window: Window = sql_query(
        "INSERT INTO rate_limit_windows (bucket, window_start, hits)
         VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
         RETURNING hits, window_start + make_interval(secs => $2) AS window_end",
    )
    .bind::<Text, _>(bucket)
    .bind::<Integer, _>(i32::try_from(window_secs.max(1)).unwrap_or(i32::MAX))
    .get_result(conn)
    .await?;
    if u32::try_from(window.hits).unwrap_or(u32::MAX) > limit {
        let retry_after_secs = (window.window_end - Utc::now()).num_seconds().max(1);
        return Err(ApiError::TooManyRequests { retry_after_secs: retry_after_secs.unsigned_abs() });
    }
    Ok(())
}

/// Drops windows that ended more than a day ago.
pub async fn purge_expired(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    Ok(sql_query("DELETE FROM rate_limit_windows WHERE window_start < now() - interval '1 day'").execute(conn).await?)
}
