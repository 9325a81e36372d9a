//! The secretariat links a person record to the sign-in account of the person it is, when the
//! account was not made from an invitation to the record's address: `PUT` and `DELETE
//! /api/v1/members/{id}/account`. Only an account already holding a role in the organisation
//! can be linked, never the caller's own; the record's own address is told of the link; and a
//! record's link does not change while its person has a conversation request they accepted,
//! so a link cannot be moved to read a requester's contact details.

use actix_web::{HttpResponse, delete, put, web};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries;
use super::types::{AccountLink, LinkAccount};
use crate::access::queries::account_in_reach;
use crate::audit::{self, Event};
use crate::auth::policy::grant_reach;
use crate::auth::{Caller, Operation};
use crate::error::{ApiError, ApiResult};
use crate::guards::person_for;
use crate::http::{Db, RequestMeta, ValidJson};
use crate::i18n::{Args, Lang};
use crate::ids::{PersonId, UserId};
use crate::members::queries::Person;
use crate::organisations::queries::find_by_id;
use crate::outbox::{self, Message};
use crate::peer_support::queries as peer_support;

/// Link the member's record to their sign-in account (org admins). Linking the same account
/// again changes nothing; the record's address is told.
#[utoipa::path(operation_id = "link_account", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    request_body = LinkAccount,
    responses(
        (status = 200, description = "Linked", body = AccountLink),
        (status = 409, description = "The record or the account is linked to another already, or the person has a request they accepted", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[put("/members/{member_id}/account")]
pub async fn link_account(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<LinkAccount>,
) -> ApiResult<HttpResponse> {
    let person = person_for(&mut conn, &caller, Operation::LinkAccount, PersonId::from(*id)).await?;
    let user = body.0.user_id;
    if caller.user_id == Some(user) {
        return Err(ApiError::unprocessable("user_id", "own_link"));
    }
    if person.erased_at.is_some() {
        return Err(ApiError::conflict("member_id", "member_erased"));
    }
    let org = person.organisation_id;
    let reach = grant_reach(&caller, org);
    let link = conn
        .transaction::<_, ApiError, _>(async |conn| {
            refuse_while_assigned(conn, person.id).await?;
            if !account_in_reach(conn, user, &reach).await? {
                return Err(ApiError::missing("user_id", "unknown_user"));
            }
            if queries::link_person(conn, org, person.id, user, caller.user_id).await? {
                let event =
                    Event::new(Some(org), "link_account", "member", Some(person.id.into())).fields(vec!["account"]);
                audit::record(conn, &meta, caller.user_id, event).await?;
                tell_the_record(conn, &person, user).await?;
            }
            match queries::account_of(conn, person.id).await? {
                Some((linked, linked_at)) if linked == user => {
                    Ok(AccountLink { person_id: person.id, user_id: user, linked_at })
                }
                Some(_) => Err(ApiError::conflict("member_id", "person_already_linked")),
                None => Err(ApiError::conflict("user_id", "account_already_linked")),
            }
        })
        .await?;
    Ok(HttpResponse::Ok().json(link))
}

/// Remove the link between the member's record and an account (org admins). Unlinking an
/// unlinked record changes nothing.
#[utoipa::path(operation_id = "unlink_account", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    responses(
        (status = 204, description = "Not linked"),
        (status = 409, description = "The person has a request they accepted", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[delete("/members/{member_id}/account")]
pub async fn unlink_account(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let person = person_for(&mut conn, &caller, Operation::UnlinkAccount, PersonId::from(*id)).await?;
    let org = person.organisation_id;
    conn.transaction::<_, ApiError, _>(async |conn| {
        refuse_while_assigned(conn, person.id).await?;
        if queries::unlink_person(conn, person.id).await?.is_some() {
            let event =
                Event::new(Some(org), "unlink_account", "member", Some(person.id.into())).fields(vec!["account"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A person taking a conversation request keeps the account they answered it on.
async fn refuse_while_assigned(conn: &mut AsyncPgConnection, person: PersonId) -> ApiResult<()> {
    if peer_support::has_accepted_assignment(conn, person).await? {
        return Err(ApiError::conflict("member_id", "assignment_open"));
    }
    Ok(())
}

/// E-mails the record's own address that it was linked to an account, so that a link the
/// person did not ask for does not go unnoticed.
async fn tell_the_record(conn: &mut AsyncPgConnection, person: &Person, user: UserId) -> ApiResult<()> {
    let Some(email) = person.email.as_deref() else { return Ok(()) };
    let account = queries::find(conn, user).await?;
    let org = find_by_id(conn, person.organisation_id).await?;
    let lang = Lang::parse_supported(&person.language).unwrap_or_default();
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    args.insert("account".into(), account.email.into());
    outbox::enqueue(conn, Message::compose(org.id, Some(person.id), email, &lang, "account-linked", &args)).await?;
    Ok(())
}
