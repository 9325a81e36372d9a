//! The yearly follow-ups of role holders (the secretariat's check-in with each peer supporter),
//! opened by the hourly housekeeping on every replica; replicas take turns, so none is opened
//! twice.

use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::queries;
use crate::error::ApiError;

/// Opens the yearly follow-ups that are missing; how many (none when another replica was at it).
pub async fn open_due(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| Ok(queries::open_yearly(conn).await?.unwrap_or(0))).await
}
