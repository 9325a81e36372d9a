//! Contact details that another record already holds. Staff who register (or edit) someone
//! with an e-mail address or phone number of a record they can see are told so (409), since
//! they may open that record. When the record is out of their reach the answer is the one
//! anyone new gets, so nobody learns who is a member elsewhere: the new record holds its
//! contact details back, and the secretariat (org admins) decides whether the two records are
//! one person. Confirmed, the person moves to the chapter that registered them: their earlier
//! membership ends that day and the new record is folded into the earlier one. Declined, both
//! records stay, and the new one takes its details back unless the earlier one holds them.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::duplicates::merge;
use super::lifecycle::{self, Status};
use super::queries::{self, Decision, MemberRequestRow, Person};
use super::types::{MemberResponse, MemberSummary};
use super::types::{member_response, summarise};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, Page, PageParams, RequestMeta, ValidQuery};
use crate::ids::{OrgId, PersonId, UserId};
use crate::organisations::queries::{find_by_id, find_by_slug};

/// Where a record's contact details may go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// No other record holds them.
    Free,
    /// A record out of the caller's reach holds them: the new details wait for the secretariat.
    Held { existing: PersonId },
}

/// A record's contact details as they will be, and the record they replace (none when new).
pub struct Contact<'a> {
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub before: Option<&'a Person>,
}

impl Contact<'_> {
    /// Which of the fields `holder` shares with these details are being set now.
    fn newly_shared_with(&self, holder: &Person) -> Option<(&'static str, &'static str)> {
        let changed = |new: Option<&str>, old: fn(&Person) -> Option<&str>| {
            new.is_some() && self.before.is_none_or(|b| old(b) != new)
        };
        if changed(self.email, |p| p.email.as_deref()) && holder.email.as_deref() == self.email {
            Some(("email", "email_registered"))
        } else if changed(self.phone, |p| p.phone.as_deref()) && holder.phone.as_deref() == self.phone {
            Some(("phone", "phone_registered"))
        } else {
            None
        }
    }
}

/// Checks contact details against the organisation's other records. A record the caller can
/// see that has a detail being set is a 409 naming the field, also when it holds that detail
/// back itself (else a second try would tell a held record from a free one); a record holding
/// them that the caller cannot see makes these details wait for the secretariat.
pub async fn place_contact(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    org: OrgId,
    contact: &Contact<'_>,
) -> Result<Placement, ApiError> {
    let except = contact.before.map(|p| p.id);
    let mut placement = Placement::Free;
    for holder in queries::contact_holders(conn, org, contact.email, contact.phone, except).await? {
        let (_, ancestors) = queries::find_person(conn, holder.id).await?;
        let visible = authorize(caller, Operation::GetMember, Target::Chapter { org, ancestors: &ancestors }).is_ok();
        if visible && let Some((field, code)) = contact.newly_shared_with(&holder) {
            return Err(ApiError::conflict(field, code));
        }
        if !holder.contact_held {
            placement = Placement::Held { existing: holder.id };
        }
    }
    Ok(placement)
}

/// Lets `person` hold their contact details like any record, if no other record holds them.
pub async fn release_if_free(conn: &mut AsyncPgConnection, person: &Person) -> Result<Person, ApiError> {
    let (email, phone) = (person.email.as_deref(), person.phone.as_deref());
    let others = queries::contact_holders(conn, person.organisation_id, email, phone, Some(person.id)).await?;
    if others.iter().any(|p| !p.contact_held) {
        return Ok(person.clone());
    }
    Ok(queries::release_contact(conn, person.id).await?)
}

/// Asks the secretariat whether `person` (whose contact is held back) is `existing`; one open
/// request per pair.
/// `by` is the staff account that registered the record; none for a public sign-up.
pub async fn file(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    by: Option<UserId>,
    person: &Person,
    existing: PersonId,
) -> Result<(), ApiError> {
    let org = person.organisation_id;
    if let Some(id) = queries::file_member_request(conn, org, person.id, existing, by).await? {
        audit::record(conn, meta, by, Event::new(Some(org), "create", "member_request", Some(id))).await?;
    }
    Ok(())
}

/// A question for the secretariat: are these two records one person?
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberRequest {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    /// The staff account that registered the new record.
    pub requested_by: Option<UserId>,
    /// The record staff registered; its e-mail address and phone number are held back.
    pub member: MemberSummary,
    /// The record that already holds them.
    pub existing: MemberSummary,
    /// Absent while the request is open.
    pub decision: Option<Decision>,
    pub decided_at: Option<DateTime<Utc>>,
}

async fn views(conn: &mut AsyncPgConnection, rows: Vec<MemberRequestRow>) -> Result<Vec<MemberRequest>, ApiError> {
    let ids: Vec<PersonId> = rows.iter().flat_map(|r| [r.person_id, r.existing_person_id]).collect();
    let people = queries::people_by_ids(conn, &ids).await?;
    let summaries = summarise(conn, people).await?;
    let summary = |id: PersonId| {
        summaries
            .iter()
            .find(|s| s.id == id)
            .cloned()
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("member request {id} points at no person")))
    };
    rows.into_iter()
        .map(|r| {
            Ok(MemberRequest {
                id: r.id,
                created_at: r.created_at,
                requested_by: r.requested_by,
                member: summary(r.person_id)?,
                existing: summary(r.existing_person_id)?,
                decision: r.decision,
                decided_at: r.decided_at,
            })
        })
        .collect()
}

/// Open requests, oldest first (org admins: the secretariat).
#[utoipa::path(operation_id = "list_member_requests", tag = "members",
    params(("org" = String, Path, description = "Organisation slug"), PageParams),
    responses((status = 200, description = "One page of open requests", body = Page<MemberRequest>)))]
#[get("/orgs/{org}/member-requests")]
pub async fn list_member_requests(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let page = page.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListMemberRequests, Target::Org(org.id))?;
    let rows = queries::open_member_requests(&mut conn, org.id, page.after(), page.fetch()).await?;
    let page = page.page(rows, |r| r.id);
    let items = views(&mut conn, page.items).await?;
    audit::record_list_read(&mut conn, &meta, &caller, org.id, "member_request", None).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

/// The request, locked, with the record it is about, if the caller may decide it and it is
/// still open: undecided, and its record still holding its contact back.
async fn open_request(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    operation: Operation,
    id: Uuid,
) -> Result<(MemberRequestRow, Person), ApiError> {
    let request = queries::member_request_for_update(conn, id).await?;
    authorize(caller, operation, Target::Org(request.organisation_id))?;
    let (held, _) = queries::find_person(conn, request.person_id).await?;
    if request.decision.is_some() || !held.contact_held {
        return Err(ApiError::conflict("request_id", "request_closed"));
    }
    Ok((request, held))
}

async fn has_active_membership(conn: &mut AsyncPgConnection, person: PersonId) -> Result<bool, ApiError> {
    let memberships = queries::memberships_of_person(conn, person).await?;
    Ok(memberships.iter().any(|m| m.status == Status::Active))
}

/// They are one person (org admins): the earlier membership ends today, the new record is
/// folded into the earlier one, and the person is a member where they were registered anew.
#[utoipa::path(operation_id = "confirm_member_request", tag = "members",
    params(("request_id" = Uuid, Path, description = "Member request id")),
    responses(
        (status = 200, description = "Confirmed: the person as they now are", body = MemberResponse),
        (status = 409, description = "The request was decided already", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/member-requests/{request_id}/confirm")]
pub async fn confirm_member_request(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let person = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let (request, held) = open_request(conn, &caller, Operation::ConfirmMemberRequest, *id).await?;
            let org = find_by_id(conn, request.organisation_id).await?;
            let (existing, _) = queries::find_person(conn, request.existing_person_id).await?;
            // The person moves only if the new record holds an active membership to move to.
            if has_active_membership(conn, held.id).await? {
                lifecycle::resign_open(conn, &org, &existing, Utc::now().date_naive()).await?;
            }
            queries::decide_member_request(conn, request.id, Decision::Confirmed, caller.user_id).await?;
            let merged = merge(conn, &meta, caller.user_id, &existing, &held).await?;
            let merged = release_if_free(conn, &merged).await?;
            let event = Event::new(Some(org.id), "confirm", "member_request", Some(request.id));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(merged)
        })
        .await?;
    Ok(HttpResponse::Ok().json(member_response(&mut conn, person).await?))
}

/// They are two people (org admins): both records stay. The new one takes its contact details
/// back unless another record holds them (a shared address), in which case links and sign-ups
/// by that address still reach the earlier record.
#[utoipa::path(operation_id = "decline_member_request", tag = "members",
    params(("request_id" = Uuid, Path, description = "Member request id")),
    responses(
        (status = 200, description = "Declined", body = MemberRequest),
        (status = 409, description = "The request was decided already", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/member-requests/{request_id}/decline")]
pub async fn decline_member_request(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let request = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let (request, held) = open_request(conn, &caller, Operation::DeclineMemberRequest, *id).await?;
            // Two people: the new record takes its details back where nobody else holds them.
            release_if_free(conn, &held).await?;
            let decided = queries::decide_member_request(conn, request.id, Decision::Declined, caller.user_id).await?;
            let event = Event::new(Some(request.organisation_id), "decline", "member_request", Some(request.id));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(decided)
        })
        .await?;
    let view = views(&mut conn, vec![request]).await?.remove(0);
    Ok(HttpResponse::Ok().json(view))
}
