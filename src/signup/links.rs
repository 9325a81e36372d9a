//! What a request for a self-service link does once the background worker takes it from the
//! queue: a member's address gets a one-time link to export or erase their data; any other
//! address gets nothing.

use chrono::{Duration, Utc};
use diesel_async::AsyncPgConnection;
use serde::{Deserialize, Serialize};

use super::form::org_args;
use super::queries;
use super::types::SelfServicePurpose;
use crate::audit::{self, Event};
use crate::auth::tokens::new_opaque_token;
use crate::error::ApiError;
use crate::http::RequestMeta;
use crate::i18n::Lang;
use crate::members::queries as members;
use crate::organisations::queries::Organisation;
use crate::outbox::{self, Message};
use crate::state::AppState;

/// A request for a self-service link, as it waits in the queue.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LinkAsk {
    pub email: String,
    pub purpose: SelfServicePurpose,
    /// The language asked for, if any; else the member's own, else `answered_in`.
    pub language: Option<String>,
    /// The language the request was answered in.
    pub answered_in: String,
}

/// Sends the link a queued request asked for, if the address is a member's.
pub async fn send_link(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    org: &Organisation,
    ask: &LinkAsk,
    request_id: &str,
) -> Result<(), ApiError> {
    let Some(person) = members::find_person_by_contact(conn, org.id, Some(&ask.email), None).await? else {
        return Ok(());
    };
    let lang = [ask.language.as_deref(), Some(person.language.as_str()), Some(ask.answered_in.as_str())]
        .into_iter()
        .flatten()
        .find_map(Lang::parse_supported)
        .unwrap_or_default();
    let minutes = state.config.self_service_link_minutes;
    let (token, hash) = new_opaque_token();
    let expires_at = Utc::now() + Duration::minutes(i64::from(minutes));
    queries::insert_link(conn, org.id, person.id, ask.purpose, &hash, expires_at).await?;
    let mut args = org_args(org);
    args.insert(
        "link".into(),
        format!("{}/my-data/{}?lang={}#token={token}", state.config.link_base_url, ask.purpose.as_str(), lang.tag())
            .into(),
    );
    args.insert("minutes".into(), i64::from(minutes).into());
    let template = format!("self-service-{}", ask.purpose.as_str());
    outbox::enqueue(conn, Message::compose(org.id, Some(person.id), &ask.email, &lang, &template, &args)).await?;
    let meta = RequestMeta { request_id: request_id.to_owned(), lang };
    audit::record(conn, &meta, None, Event::new(Some(org.id), "request_link", "member", Some(person.id.into())))
        .await?;
    Ok(())
}
