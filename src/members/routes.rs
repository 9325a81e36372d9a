//! Staff endpoints for members: create, read, change, list and search, memberships and fees.
//! Staff see a person through their home chapter: leaders of it or a chapter above it, and org
//! admins.

use super::types::{member_query, member_response, membership_response, summarise};
use crate::guards::{chapter_in, member_for, person_for};
use crate::http::not_in_future;
use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{Datelike, NaiveDate, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::lifecycle::{self, Change, Status};
use super::queries::{self, Person, PersonChanges, PersonDetails};
use super::requests::{self, Contact, Placement, place_contact};
use super::types::{
    ChangeMembership, CreateMember, FeeResponse, MemberFilter, MemberResponse, MemberSummary, MembershipResponse,
    NewMembership, RecordFee, UpdateMember,
};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::catalogues::queries as catalogues;
use crate::catalogues::types::Catalogue;
use crate::chapters::queries::Chapter;
use crate::error::{ApiError, ApiResult};
use crate::guards::{chapter_target, chapter_with_organisation};
use crate::http::{Db, IfMatch, Page, PageParams, RequestMeta, ValidJson, ValidQuery, with_etag};
use crate::ids::{ChapterId, MembershipId, OrgId, PersonId};
use crate::organisations::queries::{Organisation, find_by_id, find_by_slug};

/// Register a person with their first membership (leaders of the chapter or above it).
#[utoipa::path(operation_id = "create_member", tag = "members",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = CreateMember,
    responses(
        (status = 201, description = "Created", body = MemberResponse),
        (status = 409, description = "The e-mail address or phone number belongs to a record you can see", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/orgs/{org}/members")]
pub async fn create_member(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<CreateMember>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let org = find_by_slug(&mut conn, &org).await?;
    let chapter = chapter_in(&mut conn, org.id, body.membership.chapter_id).await?;
    authorize(&caller, Operation::CreateMember, chapter_target(&chapter))?;
    let details = PersonDetails {
        given_name: body.given_name.into(),
        family_name: body.family_name.into(),
        email: body.email.map(String::from),
        phone: body.phone.map(String::from),
        postal_code: body.postal_code.map(String::from),
        birth_year: birth_year(body.birth_year, body.birth_date)?,
        birth_date: body.birth_date,
        language: body.language.map_or_else(|| org.default_language.clone(), String::from),
        relations: body.relations.into_iter().map(String::from).collect(),
    };
    if details.email.is_none() && details.phone.is_none() {
        return Err(ApiError::unprocessable("email", "contact_required"));
    }
    check_relations(&mut conn, org.id, &details.relations).await?;
    let (type_code, status, from) = check_new_membership(&mut conn, &org, &chapter, &body.membership).await?;
    let contact = Contact { email: details.email.as_deref(), phone: details.phone.as_deref(), before: None };
    let placement = place_contact(&mut conn, &caller, org.id, &contact).await?;
    let person = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let new = Person { contact_held: placement != Placement::Free, ..Person::new(org.id, chapter.id, details) };
            let person = queries::insert_person(conn, &new).await?;
            if let Placement::Held { existing } = placement {
                requests::file(conn, &meta, caller.user_id, &person, existing).await?;
            }
            let membership = lifecycle::open(conn, &org, &person, chapter.id, type_code, status, from).await?;
            audit::record(
                conn,
                &meta,
                caller.user_id,
                Event::new(Some(org.id), "create", "member", Some(person.id.into())),
            )
            .await?;
            let event = Event::new(Some(org.id), "create", "membership", Some(membership.id.into()));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(person)
        })
        .await?;
    let response = member_response(&mut conn, person).await?;
    Ok(HttpResponse::Created().json(response))
}

/// Members whose home chapter is this chapter or under it, by family and given name (chapter leaders).
#[utoipa::path(operation_id = "list_members", tag = "members",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), MemberFilter, PageParams),
    responses((status = 200, description = "One page of members", body = Page<MemberSummary>)))]
#[get("/chapters/{chapter_id}/members")]
pub async fn list_members(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    filter: ValidQuery<MemberFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let page = page.0;
    let (chapter, org) =
        chapter_with_organisation(&mut conn, &caller, Operation::ListMembers, ChapterId::from(*id)).await?;
    let query = member_query(&org, filter.0);
    let scope = queries::scope_of(&mut conn, &chapter).await?;
    let people = queries::list_people(&mut conn, org.id, &scope, &query, page.after(), page.fetch()).await?;
    let summaries = summarise(&mut conn, people).await?;
    audit::record_list_read(&mut conn, &meta, &caller, org.id, "member", Some(chapter.id)).await?;
    Ok(HttpResponse::Ok().json(page.page(summaries, |s| s.id.into())))
}

/// One member with every membership, its history and fees (leaders of their home chapter or above).
#[utoipa::path(operation_id = "get_member", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    responses((status = 200, description = "The member; its version is also the ETag", body = MemberResponse,
               headers(("ETag" = String, description = "The version, for `If-Match`")))))]
#[get("/members/{member_id}")]
pub async fn get_member(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let (person, histories) = member_for(&mut conn, &caller, Operation::GetMember, PersonId::from(*id)).await?;
    let event = Event::new(Some(person.organisation_id), "read", "member", Some(person.id.into()));
    audit::record_read(&mut conn, &meta, caller.user_id, event).await?;
    Ok(with_etag(person.version).json(MemberResponse::with_histories(person, histories)))
}

/// Correct a member's details. Send `If-Match` with the version you read.
#[utoipa::path(operation_id = "update_member", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id"),
           ("If-Match" = String, Header, description = "The version (ETag) the change is based on; required",
            pattern = r#"^(\*|(W/)?"[0-9]{1,9}"|[0-9]{1,9})$"#)),
    request_body = UpdateMember,
    responses(
        (status = 200, description = "Updated", body = MemberResponse,
         headers(("ETag" = String, description = "The new version"))),
        (status = 409, description = "The e-mail address or phone number belongs to a record you can see, or the member was erased", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed by someone else since you read it", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[patch("/members/{member_id}")]
pub async fn update_member(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<UpdateMember>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let person = person_for(&mut conn, &caller, Operation::UpdateMember, PersonId::from(*id)).await?;
    if_match.check(person.version)?;
    if person.erased_at.is_some() {
        return Err(ApiError::conflict("member_id", "member_erased"));
    }
    let fields = crate::changed_fields!(body; given_name, family_name, email, phone, postal_code, birth_year,
        birth_date, language, relations);
    let email = body.email.map(|e| e.map(String::from));
    let phone = body.phone.map(|p| p.map(String::from));
    let still_reachable = email.clone().unwrap_or(person.email.clone()).is_some()
        || phone.clone().unwrap_or(person.phone.clone()).is_some();
    if !still_reachable {
        return Err(ApiError::unprocessable("email", "contact_required"));
    }
    let birth_date = body.birth_date.unwrap_or(person.birth_date);
    let year_given = body.birth_year.unwrap_or(person.birth_year);
    let birth_year_changes = body.birth_year.is_some() || body.birth_date.is_some();
    let birth_year = if birth_year_changes { Some(birth_year(year_given, birth_date)?) } else { None };
    let relations = body.relations.map(|r| r.into_iter().map(String::from).collect::<Vec<_>>());
    if let Some(codes) = &relations {
        check_relations(&mut conn, person.organisation_id, codes).await?;
    }
    let placement = if email.is_some() || phone.is_some() {
        let (email, phone) =
            (email.clone().unwrap_or(person.email.clone()), phone.clone().unwrap_or(person.phone.clone()));
        let contact = Contact { email: email.as_deref(), phone: phone.as_deref(), before: Some(&person) };
        Some(place_contact(&mut conn, &caller, person.organisation_id, &contact).await?)
    } else {
        None
    };
    let changes = PersonChanges {
        given_name: body.given_name.map(String::from),
        family_name: body.family_name.map(String::from),
        email,
        phone,
        postal_code: body.postal_code.map(|p| p.map(String::from)),
        birth_year,
        birth_date: body.birth_date,
        language: body.language.map(String::from),
        relations,
        contact_held: placement.map(|p| p != Placement::Free),
    };
    let updated = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let updated = queries::update_person(conn, person.id, person.version, &changes)
                .await?
                .ok_or(ApiError::PreconditionFailed)?;
            if let Some(Placement::Held { existing }) = placement {
                requests::file(conn, &meta, caller.user_id, &updated, existing).await?;
            }
            let event = Event::new(Some(person.organisation_id), "update", "member", Some(person.id.into()))
                .fields(fields.clone());
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(updated)
        })
        .await?;
    let version = updated.version;
    Ok(with_etag(version).json(member_response(&mut conn, updated).await?))
}

/// Another membership for a person with none open (leaders of their home chapter and of the new one).
#[utoipa::path(operation_id = "add_membership", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    request_body = NewMembership,
    responses(
        (status = 201, description = "Created", body = MembershipResponse),
        (status = 409, description = "The person already has a pending or active membership", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/members/{member_id}/memberships")]
pub async fn add_membership(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<NewMembership>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let person = person_for(&mut conn, &caller, Operation::AddMembership, PersonId::from(*id)).await?;
    if person.erased_at.is_some() {
        return Err(ApiError::conflict("member_id", "member_erased"));
    }
    let org = find_by_id(&mut conn, person.organisation_id).await?;
    let chapter = chapter_in(&mut conn, org.id, body.chapter_id).await?;
    authorize(&caller, Operation::AddMembership, chapter_target(&chapter))?;
    let (type_code, status, from) = check_new_membership(&mut conn, &org, &chapter, &body).await?;
    let membership = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let membership = lifecycle::open(conn, &org, &person, chapter.id, type_code, status, from).await?;
            let event = Event::new(Some(org.id), "create", "membership", Some(membership.id.into()));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(membership)
        })
        .await?;
    Ok(HttpResponse::Created().json(membership_response(&mut conn, membership).await?))
}

/// End, re-join, activate, move or re-type a membership from a given day; the history keeps
/// every period (leaders of its chapter, and of the chapter it moves to).
#[utoipa::path(operation_id = "change_membership", tag = "members",
    params(("membership_id" = Uuid, Path, description = "Membership id")),
    request_body = ChangeMembership,
    responses(
        (status = 200, description = "Changed", body = MembershipResponse),
        (status = 409, description = "Not a change this membership can make now", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/memberships/{membership_id}/changes")]
pub async fn change_membership(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<ChangeMembership>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let (membership, ancestors) = queries::find_membership(&mut conn, MembershipId::from(*id)).await?;
    let org_id = membership.organisation_id;
    authorize(&caller, Operation::ChangeMembership, Target::Chapter { org: org_id, ancestors: &ancestors })?;
    if let Some(chapter_id) = body.chapter_id {
        let chapter = chapter_in(&mut conn, org_id, chapter_id).await?;
        authorize(&caller, Operation::ChangeMembership, chapter_target(&chapter))?;
        if chapter.closed_on.is_some() {
            return Err(ApiError::conflict("chapter_id", "chapter_closed"));
        }
    }
    if let Some(code) = &body.membership_type {
        check_membership_type(&mut conn, org_id, code).await?;
    }
    let effective_on = not_in_future(body.effective_on, "effective_on")?;
    let org = find_by_id(&mut conn, org_id).await?;
    let (person, _) = queries::find_person(&mut conn, membership.person_id).await?;
    let change = Change {
        status: body.status,
        chapter_id: body.chapter_id,
        type_code: body.membership_type.map(String::from),
        effective_on,
    };
    let fields = crate::changed_fields!(change; status, chapter_id, type_code);
    let saved = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let saved = lifecycle::apply(conn, &org, &person, &membership, &change).await?;
            let event =
                Event::new(Some(org_id), "update", "membership", Some(membership.id.into())).fields(fields.clone());
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(saved)
        })
        .await?;
    Ok(HttpResponse::Ok().json(membership_response(&mut conn, saved).await?))
}

/// Record a membership fee paid for a year (leaders of the membership's chapter or above).
#[utoipa::path(operation_id = "record_fee", tag = "members",
    params(("membership_id" = Uuid, Path, description = "Membership id")),
    request_body = RecordFee,
    responses(
        (status = 201, description = "Recorded", body = FeeResponse),
        (status = 409, description = "A fee for that year is already recorded", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/memberships/{membership_id}/fees")]
pub async fn record_fee(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<RecordFee>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let (membership, ancestors) = queries::find_membership(&mut conn, MembershipId::from(*id)).await?;
    let org_id = membership.organisation_id;
    authorize(&caller, Operation::RecordFee, Target::Chapter { org: org_id, ancestors: &ancestors })?;
    let fee = queries::Fee {
        id: Uuid::now_v7(),
        organisation_id: org_id,
        membership_id: membership.id,
        chapter_id: membership.chapter_id,
        year: body.year,
        amount_ore: body.amount_ore,
        paid_on: body.paid_on,
        method: body.method,
        created_at: Utc::now(),
    };
    let fee = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let fee = queries::insert_fee(conn, &fee).await?;
            audit::record(conn, &meta, caller.user_id, Event::new(Some(org_id), "create", "fee", Some(fee.id))).await?;
            Ok(fee)
        })
        .await?;
    Ok(HttpResponse::Created().json(FeeResponse::from(fee)))
}

pub async fn check_membership_type(conn: &mut AsyncPgConnection, org: OrgId, code: &str) -> Result<(), ApiError> {
    if catalogues::is_current(conn, org, Catalogue::MembershipType, code).await? {
        Ok(())
    } else {
        Err(ApiError::missing("membership_type", "unknown_membership_type"))
    }
}

async fn check_relations(conn: &mut AsyncPgConnection, org: OrgId, codes: &[String]) -> Result<(), ApiError> {
    let mut unique = codes.to_vec();
    unique.sort_unstable();
    unique.dedup();
    if catalogues::all_current(conn, org, Catalogue::Relation, &unique).await? {
        Ok(())
    } else {
        Err(ApiError::missing("relations", "unknown_relation"))
    }
}

/// Type, status and first day of a new membership, checked against the organisation.
async fn check_new_membership(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: &Chapter,
    m: &NewMembership,
) -> Result<(String, Status, NaiveDate), ApiError> {
    if chapter.closed_on.is_some() {
        return Err(ApiError::conflict("chapter_id", "chapter_closed"));
    }
    check_membership_type(conn, org.id, &m.membership_type).await?;
    let from = not_in_future(m.joined_on, "joined_on")?;
    Ok((m.membership_type.to_string(), m.status.map_or(Status::Active, Status::from), from))
}

/// The birth year to store: the one given, or the year of the birth date; they must agree.
fn birth_year(year: Option<i16>, date: Option<NaiveDate>) -> Result<Option<i16>, ApiError> {
    let from_date = date.map(|d| i16::try_from(d.year()).unwrap_or(i16::MAX));
    match (year, from_date) {
        (Some(y), Some(d)) if y != d => Err(ApiError::unprocessable("birth_year", "birth_year_mismatch")),
        (_, Some(d)) if !(1900..=2100).contains(&d) => Err(ApiError::validation("birth_date", "range")),
        (y, d) => Ok(y.or(d)),
    }
}
