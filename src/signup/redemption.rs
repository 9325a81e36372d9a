//! Using a one-time link: confirming a sign-up, or a member's export or erasure of their own
//! data. The API's handlers and the served pages both come here, so a link does the same
//! whichever of them opens it.

use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::queries::{self, ConfirmedSignup, NewConsent};
use super::types::SelfServicePurpose;
use crate::audit::{self, Event};
use crate::auth::tokens::digest;
use crate::error::ApiError;
use crate::http::RequestMeta;
use crate::members::lifecycle::{self, Change, Status};
use crate::members::queries::{self as members, Person};
use crate::members::requests;
use crate::members::rights::{self, MemberExport};
use crate::organisations::queries::{Organisation, find_by_id};
use crate::state::AppState;

/// Confirms the e-mail sign-up the token was sent for; its membership is then active.
pub async fn confirm_signup(state: &AppState, meta: &RequestMeta, token: &str) -> Result<(), ApiError> {
    let hash = digest(token);
    let mut conn = state.conn().await?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        let signup =
            queries::signup_to_confirm(conn, &hash).await?.ok_or_else(|| ApiError::missing("token", "invalid_link"))?;
        let (person, _) = members::find_person(conn, signup.person_id).await?;
        let org = find_by_id(conn, person.organisation_id).await?;
        let membership = match signup.membership_id {
            Some(id) => members::membership_by_id(conn, id).await?,
            None => join_known(conn, &org, &person, &signup).await?,
        };
        queries::mark_confirmed(conn, signup.id, membership.id).await?;
        if membership.status == Status::Pending {
            let change = Change {
                status: Some(Status::Active),
                chapter_id: None,
                type_code: None,
                effective_on: Utc::now().date_naive(),
            };
            lifecycle::apply(conn, &org, &person, &membership, &change).await?;
        }
        let event = Event::new(Some(membership.organisation_id), "confirm", "membership", Some(membership.id.into()));
        audit::record(conn, meta, None, event).await?;
        if person.contact_held {
            ask_secretariat(conn, meta, &person).await?;
        }
        Ok(())
    })
    .await
}

/// Everything held about the member an export link was sent to; the link is then used up.
pub async fn export(state: &AppState, meta: &RequestMeta, token: &str) -> Result<MemberExport, ApiError> {
    let mut conn = state.conn().await?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        let person = redeem(conn, token, SelfServicePurpose::Export).await?;
        let event = Event::new(Some(person.organisation_id), "export", "member", Some(person.id.into()));
        audit::record(conn, meta, None, event).await?;
        rights::export(conn, person).await
    })
    .await
}

/// Erases the member an erasure link was sent to; the link is then used up.
pub async fn erase(state: &AppState, meta: &RequestMeta, token: &str) -> Result<(), ApiError> {
    let mut conn = state.conn().await?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        let person = redeem(conn, token, SelfServicePurpose::Erase).await?;
        rights::erase(conn, &person).await?;
        let event = Event::new(Some(person.organisation_id), "erase", "member", Some(person.id.into()));
        audit::record(conn, meta, None, event).await?;
        Ok(())
    })
    .await
}

/// A confirmed sign-up whose details are held back (its phone number is someone else's): now
/// that the address is proven, the secretariat is asked whether the two are one person; if
/// nobody holds the details any more, the record simply takes them.
async fn ask_secretariat(conn: &mut AsyncPgConnection, meta: &RequestMeta, person: &Person) -> Result<(), ApiError> {
    let (email, phone) = (person.email.as_deref(), person.phone.as_deref());
    let holders = members::contact_holders(conn, person.organisation_id, email, phone, Some(person.id)).await?;
    match holders.into_iter().find(|h| !h.contact_held) {
        Some(existing) => requests::file(conn, meta, None, person, existing.id).await,
        None => requests::release_if_free(conn, person).await.map(drop),
    }
}

/// A known person confirmed a sign-up: now their consent is recorded and, unless they hold an
/// open membership already, one is opened where the sign-up asked.
async fn join_known(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    person: &Person,
    signup: &ConfirmedSignup,
) -> Result<members::Membership, ApiError> {
    let (Some(chapter_id), Some(type_code), Some(version), Some(language)) =
        (signup.chapter_id, &signup.type_code, &signup.consent_version, &signup.consent_language)
    else {
        return Err(ApiError::missing("token", "invalid_link"));
    };
    queries::record_consents(conn, &[NewConsent { organisation_id: org.id, person_id: person.id, version, language }])
        .await?;
    let open = members::memberships_of_person(conn, person.id).await?.into_iter().rfind(|m| m.status.is_open());
    match open {
        Some(membership) => Ok(membership),
        None => {
            let today = Utc::now().date_naive();
            lifecycle::open(conn, org, person, chapter_id, type_code.clone(), Status::Active, today).await
        }
    }
}

/// Uses up a link for `purpose` and returns its person; 404 when unknown, used or expired.
async fn redeem(conn: &mut AsyncPgConnection, token: &str, purpose: SelfServicePurpose) -> Result<Person, ApiError> {
    let used = queries::use_link(conn, &digest(token), purpose).await?;
    let person = used.ok_or_else(|| ApiError::missing("token", "invalid_link"))?;
    Ok(members::find_person(conn, person).await?.0)
}
