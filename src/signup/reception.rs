//! Receiving a public request, whichever door it came in by: the JSON API or a served page's
//! form post. Both are throttled per address, checked against the form and queued the same
//! way, so a page can never accept what the API refuses, nor answer differently for someone
//! already registered.

use std::net::IpAddr;

use diesel_async::AsyncPgConnection;

use super::form::consent;
use super::intake::{self, PublicRequest};
use super::links::LinkAsk;
use super::registration::Signup;
use super::types::{LinkRequest, SignupRequest};
use crate::auth::throttle;
use crate::catalogues::queries as catalogues;
use crate::catalogues::types::Catalogue;
use crate::error::ApiError;
use crate::guards::chapter_in;
use crate::http::RequestMeta;
use crate::i18n::Lang;
use crate::ids::OrgId;
use crate::members::queries::PersonDetails;
use crate::organisations::queries::{Organisation, find_by_slug, root_chapter_id};
use crate::state::AppState;

/// Receives a sign-up for the organisation `org` (its slug) from `client`, and returns the
/// language the person wrote in. A filled-in honeypot is dropped after the same throttling.
pub async fn receive_signup(
    state: &AppState,
    meta: &RequestMeta,
    client: IpAddr,
    org: &str,
    body: &SignupRequest,
    idempotency_key: Option<&str>,
) -> Result<Lang, ApiError> {
    let lang = Lang::parse_supported(&body.language).unwrap_or_default();
    let mut conn = state.conn().await?;
    let bucket = format!("signup:address:{client}");
    throttle::hit(
        &mut conn,
        &[(bucket.as_str(), state.config.signup_limit_per_address)],
        state.config.signup_window_secs,
    )
    .await?;
    if body.website.as_deref().is_none_or(|w| w.trim().is_empty()) {
        let org = find_by_slug(&mut conn, org).await?;
        let signup = checked(&mut conn, &org, body, &lang).await?;
        intake::submit(&mut conn, org.id, meta, idempotency_key, PublicRequest::Signup(signup)).await?;
    }
    Ok(lang)
}

/// Receives a request for a one-time self-service link for `org` from `client`.
pub async fn receive_link_request(
    state: &AppState,
    meta: &RequestMeta,
    client: IpAddr,
    org: &str,
    body: &LinkRequest,
) -> Result<(), ApiError> {
    let mut conn = state.conn().await?;
    let bucket = format!("self-service:address:{client}");
    throttle::hit(
        &mut conn,
        &[(bucket.as_str(), state.config.signup_limit_per_address)],
        state.config.signup_window_secs,
    )
    .await?;
    let org = find_by_slug(&mut conn, org).await?;
    let ask = LinkAsk {
        email: body.email.to_string(),
        purpose: body.purpose,
        language: body.language.clone().map(String::from),
        answered_in: meta.lang.tag(),
    };
    intake::submit(&mut conn, org.id, meta, None, PublicRequest::SelfServiceLink(ask)).await
}

/// The sign-up as it is queued, once it passes every rule the form states.
async fn checked(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    body: &SignupRequest,
    lang: &Lang,
) -> Result<Signup, ApiError> {
    // Consent, a way to reach the person and a place are checked as the body is parsed.
    let email = body.email.clone().map(String::from);
    let phone = body.phone.clone().map(String::from);
    let chapter_id = match body.chapter_id {
        Some(id) => {
            let chapter = chapter_in(conn, org.id, id).await?;
            if chapter.closed_on.is_some() {
                return Err(ApiError::missing("chapter_id", "unknown_chapter"));
            }
            chapter.id
        }
        None => root_chapter_id(conn, org.id).await?,
    };
    let type_code = offered_type(conn, org.id, body.membership_type.as_deref()).await?;
    if consent(org, lang).version != body.consent_version {
        return Err(ApiError::conflict("consent_version", "consent_outdated"));
    }
    Ok(Signup {
        details: PersonDetails {
            given_name: body.given_name.trim().to_owned(),
            family_name: body.family_name.trim().to_owned(),
            email,
            phone,
            postal_code: body.postal_code.clone().map(String::from),
            birth_year: body.birth_year,
            birth_date: None,
            language: lang.tag(),
            relations: Vec::new(),
        },
        chapter_id,
        type_code,
        consent_version: body.consent_version.clone(),
        language: lang.tag(),
    })
}

/// The membership type asked for if the form offers it, else the first one offered.
async fn offered_type(conn: &mut AsyncPgConnection, org: OrgId, asked: Option<&str>) -> Result<String, ApiError> {
    let offered: Vec<String> = catalogues::list(conn, org, Catalogue::MembershipType)
        .await?
        .into_iter()
        .filter(|e| e.public && !e.retired)
        .map(|e| e.code)
        .collect();
    match asked {
        Some(code) if offered.iter().any(|c| c == code) => Ok(code.to_owned()),
        Some(_) => Err(ApiError::missing("membership_type", "unknown_membership_type")),
        None => {
            offered.into_iter().next().ok_or_else(|| ApiError::missing("membership_type", "unknown_membership_type"))
        }
    }
}
