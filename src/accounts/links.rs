//! Staff link a person record to the sign-in account of the person it is, when the account was
//! not made from an invitation to the record's address: `PUT` and `DELETE
//! /api/v1/members/{id}/account`. Only an account already holding a role where the caller may
//! hand out roles can be linked, never the caller's own, so a link cannot be used to read
//! someone else's work or to widen one's own reach.

use actix_web::{HttpResponse, delete, put, web};
use diesel_async::AsyncConnection;
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
use crate::ids::PersonId;

/// Link the member's record to their sign-in account (leaders of their home chapter or above).
/// Linking the same account again changes nothing.
#[utoipa::path(operation_id = "link_account", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    request_body = LinkAccount,
    responses(
        (status = 200, description = "Linked", body = AccountLink),
        (status = 409, description = "The record or the account is linked to another already", body = crate::error::Problem, content_type = "application/problem+json"),
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
            if !account_in_reach(conn, user, &reach).await? {
                return Err(ApiError::missing("user_id", "unknown_user"));
            }
            if queries::link_person(conn, org, person.id, user, caller.user_id).await? {
                let event =
                    Event::new(Some(org), "link_account", "member", Some(person.id.into())).fields(vec!["account"]);
                audit::record(conn, &meta, caller.user_id, event).await?;
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

/// Remove the link between the member's record and an account (leaders of their home chapter
/// or above). Unlinking an unlinked record changes nothing.
#[utoipa::path(operation_id = "unlink_account", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    responses((status = 204, description = "Not linked")))]
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
