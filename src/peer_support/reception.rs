//! Receiving a conversation request from the public, by the JSON API or the served page: it is
//! throttled per address and checked against the form as staff's are, then queued, so that
//! whether the requester's address belongs to a person record is looked up by the background
//! worker and neither the answer nor its timing shows it.

use std::net::IpAddr;

use super::requests;
use super::types::NewConversationRequest;
use crate::auth::throttle;
use crate::error::ApiError;
use crate::http::RequestMeta;
use crate::organisations::queries::find_by_slug;
use crate::signup::intake::{self, PublicRequest};
use crate::state::AppState;

/// Receives a request for the organisation `org` (its slug) from `client`. A filled-in
/// honeypot is dropped after the same throttling.
pub async fn receive(
    state: &AppState,
    meta: &RequestMeta,
    client: IpAddr,
    org: &str,
    body: &NewConversationRequest,
    idempotency_key: Option<&str>,
) -> Result<(), ApiError> {
    let mut conn = state.conn().await?;
    let bucket = format!("conversation:address:{client}");
    throttle::hit(
        &mut conn,
        &[(bucket.as_str(), state.config.signup_limit_per_address)],
        state.config.signup_window_secs,
    )
    .await?;
    if body.website.as_deref().is_some_and(|w| !w.trim().is_empty()) {
        return Ok(());
    }
    let org = find_by_slug(&mut conn, org).await?;
    let chapter = requests::place(&mut conn, &org, body).await?;
    let draft = requests::draft(&mut conn, &org, &chapter, body).await?;
    intake::submit(&mut conn, org.id, meta, idempotency_key, PublicRequest::ConversationRequest(draft)).await
}
