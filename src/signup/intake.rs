//! The queue of public requests. A sign-up, a request for a self-service link or for a peer
//! conversation is checked (its shape, the form's chapter, type and consent version: nothing
//! about who the person is), stored with one statement and answered 202. The background worker
//! on every replica then does what depends on whether the person is known, so neither the
//! answer nor its timing can tell a member from a stranger, and a campaign spike only
//! lengthens the queue.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::links::{self, LinkAsk};
use super::queries::{self, Claimed, NewRequest};
use super::registration::{self, Newcomer, Signup};
use crate::error::ApiError;
use crate::http::RequestMeta;
use crate::i18n::Lang;
use crate::ids::OrgId;
use crate::members::queries as members;
use crate::organisations::queries::{Organisation, find_by_id};
use crate::peer_support::queries::RequestSource;
use crate::peer_support::requests::{self, Draft};
use crate::state::AppState;

/// Requests one replica takes at once.
const BATCH: i64 = 200;
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
    /// A request for a peer conversation.
    ConversationRequest(Draft),
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

/// Handles the due requests this replica can claim; returns how many it took. The sign-ups of
/// people new to their organisation are registered together first (see
/// [`register_newcomers_together`]); every other request runs in a savepoint of its own, so a
/// failing one is retried later without undoing the others, and a sign-up that lost a race
/// with another replica is retried at once.
pub async fn handle_due(state: &AppState) -> Result<usize, ApiError> {
    let mut conn = state.conn().await?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        let claimed = queries::claim_due(conn, BATCH).await?;
        let parsed: Vec<Result<Option<Queued>, ApiError>> = claimed.iter().map(parse).collect();
        let mut orgs = HashMap::new();
        let together = register_newcomers_together(conn, state, &mut orgs, &claimed, &parsed).await?;
        let mut finished: Vec<&Claimed> = Vec::with_capacity(claimed.len());
        for (request, parsed) in claimed.iter().zip(parsed) {
            if together.contains(&request.id) {
                finished.push(request);
                continue;
            }
            let outcome = match parsed {
                Ok(Some(queued)) => {
                    conn.transaction::<_, ApiError, _>(async |conn| {
                        handle(conn, state, &mut orgs, request, &queued).await
                    })
                    .await
                }
                Ok(None) => Ok(()),
                Err(err) => Err(err),
            };
            if settle(conn, request, outcome).await? {
                finished.push(request);
            }
        }
        queries::finish(conn, &finished).await?;
        Ok(claimed.len())
    })
    .await
}

/// The request a queue row holds; `None` for one handled already.
fn parse(claimed: &Claimed) -> Result<Option<Queued>, ApiError> {
    let Some(value) = &claimed.request else { return Ok(None) };
    Ok(Some(serde_json::from_value(value.clone()).map_err(anyhow::Error::from)?))
}

/// Registers the batch's sign-ups of people their organisation holds no record of, with one
/// statement per table for each organisation rather than a dozen per sign-up, which is what
/// lets a campaign's queue drain as fast as it fills. A sign-up whose address or phone number
/// is held by a record, or comes twice in the batch, is left to [`handle`], as is every sign-up
/// of an organisation whose registration fails (another replica registered one of them a moment
/// ago, say): each organisation's lookups and registration run in a savepoint that is then
/// undone. Returns the requests it registered.
async fn register_newcomers_together(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    orgs: &mut HashMap<OrgId, Organisation>,
    claimed: &[Claimed],
    parsed: &[Result<Option<Queued>, ApiError>],
) -> Result<HashSet<Uuid>, ApiError> {
    let signups: Vec<(&Claimed, &Queued, &Signup)> = claimed
        .iter()
        .zip(parsed)
        .filter_map(|(request, parsed)| match parsed {
            Ok(Some(queued @ Queued { request: PublicRequest::Signup(signup), .. })) => Some((request, queued, signup)),
            _ => None,
        })
        .collect();
    let contacts = |signup: &Signup| [signup.details.email.clone(), signup.details.phone.clone()].into_iter().flatten();
    let mut uses: HashMap<String, usize> = HashMap::new();
    for (_, _, signup) in &signups {
        for contact in contacts(signup) {
            *uses.entry(contact).or_default() += 1;
        }
    }
    let mut by_org: HashMap<OrgId, Vec<(&Claimed, &Queued, &Signup)>> = HashMap::new();
    for entry in signups.into_iter().filter(|(_, _, signup)| contacts(signup).all(|contact| uses[&contact] == 1)) {
        by_org.entry(entry.0.organisation_id).or_default().push(entry);
    }
    let mut registered = HashSet::new();
    for (org_id, candidates) in by_org {
        let outcome = conn
            .transaction::<_, ApiError, _>(async |conn| {
                let emails: Vec<&str> = candidates.iter().filter_map(|(_, _, s)| s.details.email.as_deref()).collect();
                let phones: Vec<&str> = candidates.iter().filter_map(|(_, _, s)| s.details.phone.as_deref()).collect();
                let known = members::known_contacts(conn, org_id, &emails, &phones).await?;
                let (requests, newcomers): (Vec<Uuid>, Vec<Newcomer>) = candidates
                    .iter()
                    .filter(|(_, _, signup)| contacts(signup).all(|contact| !known.contains(&contact)))
                    .map(|(request, queued, signup)| {
                        (request.id, Newcomer { signup, held: false, meta: signup.meta(&queued.request_id) })
                    })
                    .unzip();
                if !newcomers.is_empty() {
                    let org = organisation(conn, orgs, org_id).await?;
                    registration::register_newcomers(conn, state, org, &newcomers).await?;
                }
                Ok(requests)
            })
            .await;
        match outcome {
            Ok(requests) => registered.extend(requests),
            Err(err) => tracing::info!(
                sign_ups = candidates.len(),
                code = err.code(),
                "sign-ups left to be registered one by one"
            ),
        }
    }
    Ok(registered)
}

async fn organisation<'o>(
    conn: &mut AsyncPgConnection,
    orgs: &'o mut HashMap<OrgId, Organisation>,
    id: OrgId,
) -> Result<&'o Organisation, ApiError> {
    Ok(match orgs.entry(id) {
        Entry::Occupied(known) => known.into_mut(),
        Entry::Vacant(slot) => slot.insert(find_by_id(conn, id).await?),
    })
}

async fn handle(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    orgs: &mut HashMap<OrgId, Organisation>,
    claimed: &Claimed,
    queued: &Queued,
) -> Result<(), ApiError> {
    let org = organisation(conn, orgs, claimed.organisation_id).await?;
    match &queued.request {
        PublicRequest::Signup(signup) => registration::register(conn, state, org, signup, &queued.request_id).await,
        PublicRequest::SelfServiceLink(ask) => links::send_link(conn, state, org, ask, &queued.request_id).await,
        PublicRequest::ConversationRequest(draft) => {
            let meta = RequestMeta { request_id: queued.request_id.clone(), lang: Lang::default() };
            requests::record(conn, &meta, org, draft.clone(), RequestSource::Public, None).await.map(drop)
        }
    }
}

/// Whether a request is finished: handled, or failed for the last time (and given up); a
/// failed one with attempts left is postponed.
async fn settle(
    conn: &mut AsyncPgConnection,
    request: &Claimed,
    outcome: Result<(), ApiError>,
) -> Result<bool, ApiError> {
    let Err(err) = outcome else { return Ok(true) };
    let attempt = request.attempts + 1;
    // The error's code only: a database error's detail can quote the address it was about.
    if attempt >= MAX_ATTEMPTS {
        tracing::warn!(request = %request.id, attempt, code = err.code(), "public request given up");
        return Ok(true);
    }
    tracing::info!(request = %request.id, attempt, code = err.code(), "public request postponed");
    let wait = match err {
        ApiError::Conflict { code: "concurrent_signup", .. } => chrono::Duration::zero(),
        _ => chrono::Duration::seconds(30 << attempt.min(6)),
    };
    queries::postpone(conn, request.id, Utc::now() + wait).await?;
    Ok(false)
}
