//! `/api/v1/chapters/{id}/volunteers` and `/api/v1/volunteer-roles/{id}`: who holds which
//! role where, and who is active in it.

use actix_web::{HttpResponse, get, post, web};
use chrono::{Days, Utc};
use diesel_async::AsyncConnection;
use uuid::Uuid;

use super::queries::{self, RoleRow, VolunteerQuery};
use super::types::{
    AssignRole, EndRole, NewlyQualified, NewlyQualifiedParams, NewlyQualifiedResponse, RoleResponse, VolunteerFilter,
    VolunteerResponse,
};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::catalogues::queries as catalogues;
use crate::catalogues::types::Catalogue;
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_target;
use crate::guards::visible_person;
use crate::http::not_in_future;
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::ids::ChapterId;
use crate::members::queries as members;

/// Give a member a volunteer role in this chapter (leaders of the chapter or above it, who can
/// also reach the person).
#[utoipa::path(operation_id = "assign_role", tag = "volunteers",
    params(("chapter_id" = Uuid, Path, description = "Chapter id")),
    request_body = AssignRole,
    responses(
        (status = 201, description = "Assigned", body = RoleResponse),
        (status = 409, description = "The chapter is closed, or the person was erased", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/chapters/{chapter_id}/volunteers")]
pub async fn assign_role(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<AssignRole>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::AssignRole, chapter_target(&chapter))?;
    let org = chapter.organisation_id;
    let person = visible_person(&mut conn, &caller, Operation::AssignRole, org, body.person_id, "person_id").await?;
    if person.erased_at.is_some() {
        return Err(ApiError::conflict("person_id", "member_erased"));
    }
    if chapter.closed_on.is_some() {
        return Err(ApiError::conflict("chapter_id", "chapter_closed"));
    }
    if !catalogues::is_current(&mut conn, org, Catalogue::VolunteerRole, &body.role).await? {
        return Err(ApiError::missing("role", "unknown_role"));
    }
    let from_on = body.from_on.unwrap_or_else(|| Utc::now().date_naive());
    if body.to_on.is_some_and(|to| to < from_on) {
        return Err(ApiError::unprocessable("to_on", "period_order"));
    }
    let role = RoleRow {
        id: Uuid::now_v7(),
        organisation_id: org,
        person_id: person.id,
        chapter_id: chapter.id,
        role_code: body.role.into(),
        from_on,
        to_on: body.to_on,
        created_at: Utc::now(),
    };
    let role = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let role = queries::insert_role(conn, &role).await?;
            let event = Event::new(Some(org), "create", "volunteer_role", Some(role.id));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(role)
        })
        .await?;
    Ok(HttpResponse::Created().json(RoleResponse::from(role)))
}

/// End a volunteer role on a day (leaders of its chapter or above it). An erased person's roles
/// ended with the erasure and stay so.
#[utoipa::path(operation_id = "end_role", tag = "volunteers",
    params(("role_id" = Uuid, Path, description = "Volunteer role id")),
    request_body = EndRole,
    responses(
        (status = 200, description = "Ended", body = RoleResponse),
        (status = 409, description = "The person was erased", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/volunteer-roles/{role_id}/end")]
pub async fn end_role(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<EndRole>,
) -> ApiResult<HttpResponse> {
    let (role, ancestors) = queries::find_role(&mut conn, *id).await?;
    let org = role.organisation_id;
    authorize(&caller, Operation::EndRole, Target::Chapter { org, ancestors: &ancestors })?;
    // Ending again on a later day would hand an erased person their role back.
    if members::find_person(&mut conn, role.person_id).await?.0.erased_at.is_some() {
        return Err(ApiError::conflict("role_id", "member_erased"));
    }
    let to_on = not_in_future(body.0.to_on, "to_on")?;
    if to_on < role.from_on {
        return Err(ApiError::unprocessable("to_on", "period_order"));
    }
    let ended = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let ended = queries::end_role(conn, role.id, to_on).await?;
            let event = Event::new(Some(org), "update", "volunteer_role", Some(role.id)).fields(vec!["to_on"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(ended)
        })
        .await?;
    Ok(HttpResponse::Ok().json(RoleResponse::from(ended)))
}

/// Volunteers of a chapter and the chapters under it on a day, with whether each is active in
/// their role; filter to active ones, one role, or those whose qualification lapses soon
/// (leaders of the chapter or above it).
#[utoipa::path(operation_id = "list_volunteers", tag = "volunteers",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), VolunteerFilter, PageParams),
    responses((status = 200, description = "One page of roles held on the day", body = Page<VolunteerResponse>)))]
#[get("/chapters/{chapter_id}/volunteers")]
pub async fn list_volunteers(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    filter: ValidQuery<VolunteerFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let (filter, page) = (filter.0, page.0);
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ListVolunteers, chapter_target(&chapter))?;
    let day = filter.as_of.unwrap_or_else(|| Utc::now().date_naive());
    let query = VolunteerQuery {
        chapter: chapter.id,
        day,
        role: filter.role.map(String::from),
        active: filter.active,
        lapsing_by: filter.lapsing_within_days.map(|days| day + Days::new(u64::from(days))),
    };
    let rows = queries::list_volunteers(&mut conn, &query, page.after(), page.fetch()).await?;
    audit::record_list_read(&mut conn, &meta, &caller, chapter.organisation_id, "volunteer", Some(chapter.id)).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |r| r.id).map(VolunteerResponse::from)))
}

/// People in a chapter and under it who first qualified for a role in a year (leaders of the
/// chapter or above it). The organisation's yearly target of new peer supporters reads this.
#[utoipa::path(operation_id = "newly_qualified", tag = "volunteers",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), NewlyQualifiedParams, PageParams),
    responses((status = 200, description = "How many, and one page of them", body = NewlyQualifiedResponse)))]
#[get("/chapters/{chapter_id}/volunteers/newly-qualified")]
pub async fn newly_qualified(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    params: ValidQuery<NewlyQualifiedParams>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let (params, page) = (params.0, page.0);
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::NewlyQualified, chapter_target(&chapter))?;
    let role = params.role.map_or_else(|| "peer_supporter".to_owned(), String::from);
    let (rows, count) =
        queries::newly_qualified(&mut conn, chapter.id, &role, params.year, page.after(), page.fetch()).await?;
    audit::record_list_read(&mut conn, &meta, &caller, chapter.organisation_id, "volunteer", Some(chapter.id)).await?;
    let page = page.page(rows, |r| r.person_id.into());
    Ok(HttpResponse::Ok().json(NewlyQualifiedResponse {
        year: params.year,
        role,
        count,
        items: page
            .items
            .into_iter()
            .map(|r| NewlyQualified {
                person_id: r.person_id,
                home_chapter_id: r.home_chapter_id,
                given_name: r.given_name,
                family_name: r.family_name,
                first_qualified_on: r.first_on,
            })
            .collect(),
        next_cursor: page.next_cursor,
    }))
}
