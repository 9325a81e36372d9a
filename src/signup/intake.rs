//! The queue of public requests. A sign-up or a request for a self-service link is checked
//! (its shape, the form's chapter, type and consent version: nothing about who the person is),
//! stored with one statement and answered 202. The background worker on every replica then
//! does what depends on whether the person is known, so neither the answer nor its timing can
//! tell a member from a stranger, and a campaign spike only lengthens the queue.

use std::collections::HashMap;

use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::links::{self, LinkAsk};
use super::queries::{self, Claimed, NewRequest};
use super::registration::{self, Signup};
use crate::error::ApiError;
use crate::http::RequestMeta;
use crate::ids::OrgId;
use crate::organisations::queries::{Organisation, find_by_id};
use crate::state::AppState;

/// Requests one replica takes at once.
const BATCH: i64 = 20;
/// Batches one replica takes per poll, at most.
const BATCHES_PER_POLL: usize = 10;
/// Attempts before a request is given up (and logged by id).
const MAX_ATTEMPTS: i32 = 8;

/// What a public form asked for.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PublicRequest {
    Signup(Signup),
    SelfServiceLink(LinkAsk),
}

/// A request as it waits: with the id of the HTTP request it came in, for the audit trail.
#[derive(Debug, Serialize, Deserialize)]
struct Queued {
    request_id: String,
    request: PublicRequest,
}

/// Queues `request` with one statement. A repeated `Idempotency-Key` with the same request is
/// a no-op; with a different one it is refused.
pub async fn submit(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    meta: &RequestMeta,
    key: Option<&str>,
    request: PublicRequest,
) -> Result<(), ApiError> {
    let request_hash = Sha256::digest(serde_json::to_vec(&request).map_err(anyhow::Error::from)?).to_vec();
    let queued = Queued { request_id: meta.request_id.clone(), request };
    let row = NewRequest {
        id: Uuid::now_v7(),
        organisation_id: org,
        idempotency_key: key,
        request_hash: &request_hash,
        request: serde_json::to_value(&queued).map_err(anyhow::Error::from)?,
    };
    if queries::insert(conn, &row).await? {
        return Ok(());
    }
    let Some(key) = key else { return Ok(()) };
    match queries::hash_for_key(conn, org, key).await? {
        Some(earlier) if earlier != request_hash => {
            Err(ApiError::unprocessable("Idempotency-Key", "idempotency_key_reused"))
        }
        _ => Ok(()),
    }
}

/// Handles due requests batch after batch until a batch comes back short, so a spike is worked
/// off quickly, but at most `BATCHES_PER_POLL` batches, so e-mail delivery and the other frequent
/// work still get their turn; returns whether every batch was full (more may be waiting).
pub async fn drain(state: &AppState) -> Result<bool, ApiError> {
    for _ in 0..BATCHES_PER_POLL {
        let batch = handle_due(state).await?;
        if i64::try_from(batch).unwrap_or(i64::MAX) < BATCH {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Handles the due requests this replica can claim; returns how many it took. Each request runs
/// in a savepoint of one transaction, so a failing one is retried later without undoing the
/// others; a sign-up that lost a race with another replica is retried at once.
pub async fn handle_due(state: &AppState) -> Result<usize, ApiError> {
    let mut conn = state.conn().await?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        let claimed = queries::claim_due(conn, BATCH).await?;
        let mut orgs = HashMap::new();
        for request in &claimed {
            let outcome =
                conn.transaction::<_, ApiError, _>(async |conn| handle(conn, state, &mut orgs, request).await).await;
            settle(conn, request, outcome).await?;
        }
        Ok(claimed.len())
    })
    .await
}

async fn handle(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    orgs: &mut HashMap<OrgId, Organisation>,
    claimed: &Claimed,
) -> Result<(), ApiError> {
    let Some(value) = &claimed.request else { return Ok(()) };
    let queued: Queued = serde_json::from_value(value.clone()).map_err(anyhow::Error::from)?;
    let org = match orgs.get(&claimed.organisation_id) {
        Some(org) => org,
        None => {
            let org = find_by_id(conn, claimed.organisation_id).await?;
            orgs.entry(org.id).or_insert(org)
        }
    };
    match &queued.request {
        PublicRequest::Signup(signup) => registration::register(conn, state, org, signup, &queued.request_id).await,
        PublicRequest::SelfServiceLink(ask) => links::send_link(conn, state, org, ask, &queued.request_id).await,
    }
}

/// Finishes a handled request, or postpones a failed one (giving it up after the last attempt).
async fn settle(
    conn: &mut AsyncPgConnection,
    request: &Claimed,
    outcome: Result<(), ApiError>,
) -> Result<(), ApiError> {
    let Err(err) = outcome else { return Ok(queries::finish(conn, request).await?) };
    let attempt = request.attempts + 1;
    // The error's code only: a database error's detail can quote the address it was about.
    if attempt >= MAX_ATTEMPTS {
        tracing::warn!(request = %request.id, attempt, code = err.code(), "public request given up");
        return Ok(queries::finish(conn, request).await?);
    }
    tracing::info!(request = %request.id, attempt, code = err.code(), "public request postponed");
    let wait = match err {
        ApiError::Conflict { code: "concurrent_signup", .. } => chrono::Duration::zero(),
        _ => chrono::Duration::seconds(30 << attempt.min(6)),
    };
    Ok(queries::postpone(conn, request.id, Utc::now() + wait).await?)
}
