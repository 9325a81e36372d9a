//! `/api/v1/chapters/{id}/groups` and `/api/v1/groups/{id}`: groups, their leaders and meetings.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{NaiveDate, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Group, GroupChanges, Leader, Meeting};
use super::types::{
    GroupFilter, GroupResponse, GroupStatus, LeaderResponse, MeetingResponse, NewGroup, NewLeader, NewMeeting,
    UpdateGroup,
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
use crate::http::{Db, IfMatch, Page, PageParams, RequestMeta, ValidJson, ValidQuery, with_etag};
use crate::ids::ChapterId;

/// Start a group in a chapter (leaders of the chapter or above it).
#[utoipa::path(operation_id = "create_group", tag = "groups",
    params(("chapter_id" = Uuid, Path, description = "Chapter id")),
    request_body = NewGroup,
    responses(
        (status = 201, description = "Created", body = GroupResponse),
        (status = 409, description = "The chapter is closed", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/chapters/{chapter_id}/groups")]
pub async fn create_group(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<NewGroup>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::CreateGroup, chapter_target(&chapter))?;
    if chapter.closed_on.is_some() {
        return Err(ApiError::conflict("chapter_id", "chapter_closed"));
    }
    let org = chapter.organisation_id;
    if !catalogues::is_current(&mut conn, org, Catalogue::GroupKind, &body.kind).await? {
        return Err(ApiError::missing("kind", "unknown_group_kind"));
    }
    if body.ends_on.is_some_and(|end| end < body.starts_on) {
        return Err(ApiError::unprocessable("ends_on", "period_order"));
    }
    let now = Utc::now();
    let group = Group {
        id: Uuid::now_v7(),
        organisation_id: org,
        chapter_id: chapter.id,
        kind_code: body.kind.into(),
        name: body.name.into(),
        starts_on: body.starts_on,
        ends_on: body.ends_on,
        status: body.status.unwrap_or(GroupStatus::Active),
        version: 1,
        created_at: now,
        updated_at: now,
    };
    let group = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let group = queries::insert(conn, &group).await?;
            audit::record(conn, &meta, caller.user_id, Event::new(Some(org), "create", "group", Some(group.id)))
                .await?;
            Ok(group)
        })
        .await?;
    Ok(HttpResponse::Created().json(GroupResponse::new(group, Vec::new(), false)))
}

/// Groups of a chapter and the chapters under it, with their leaders on a day and whether
/// their leadership is complete (leaders of the chapter or above it).
#[utoipa::path(operation_id = "list_groups", tag = "groups",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), GroupFilter, PageParams),
    responses((status = 200, description = "One page of groups", body = Page<GroupResponse>)))]
#[get("/chapters/{chapter_id}/groups")]
pub async fn list_groups(
    caller: Caller,
    mut conn: Db,
    id: web::Path<Uuid>,
    filter: ValidQuery<GroupFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let (filter, page) = (filter.0, page.0);
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ListGroups, chapter_target(&chapter))?;
    let day = filter.as_of.unwrap_or_else(|| Utc::now().date_naive());
    let rows =
        queries::list(&mut conn, chapter.id, filter.kind.as_deref(), filter.status, day, page.after(), page.fetch())
            .await?;
    let page = page.page(rows, |(g, _)| g.id);
    let ids: Vec<Uuid> = page.items.iter().map(|(g, _)| g.id).collect();
    let mut leaders = queries::leaders_on(&mut conn, &ids, day).await?;
    Ok(HttpResponse::Ok().json(page.map(|(group, complete)| {
        let (mine, rest) = leaders.drain(..).partition(|(l, _, _)| l.group_id == group.id);
        leaders = rest;
        GroupResponse::new(group, leader_responses(mine), complete)
    })))
}

fn leader_responses(rows: Vec<(Leader, Option<String>, Option<String>)>) -> Vec<LeaderResponse> {
    rows.into_iter().map(|(l, given, family)| LeaderResponse::new(l, (given, family))).collect()
}

/// One group as of today, with its leaders.
async fn group_response(conn: &mut AsyncPgConnection, group: Group) -> Result<GroupResponse, ApiError> {
    let today = Utc::now().date_naive();
    let leaders = queries::leaders_on(conn, &[group.id], today).await?;
    let complete = queries::leadership_complete(conn, group.id, today).await?;
    Ok(GroupResponse::new(group, leader_responses(leaders), complete))
}

/// Rename, change the status of, or end a group. Send `If-Match` with the version you read
/// (leaders of its chapter or above it).
#[utoipa::path(operation_id = "update_group", tag = "groups",
    params(("group_id" = Uuid, Path, description = "Group id"),
           ("If-Match" = String, Header, description = "The version (ETag) the change is based on; required",
            pattern = r#"^(\*|(W/)?"[0-9]{1,9}"|[0-9]{1,9})$"#)),
    request_body = UpdateGroup,
    responses(
        (status = 200, description = "Updated", body = GroupResponse,
         headers(("ETag" = String, description = "The new version"))),
        (status = 412, description = "Changed by someone else since you read it", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[patch("/groups/{group_id}")]
pub async fn update_group(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<UpdateGroup>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let (group, ancestors) = queries::find(&mut conn, *id).await?;
    let org = group.organisation_id;
    authorize(&caller, Operation::UpdateGroup, Target::Chapter { org, ancestors: &ancestors })?;
    if_match.check(group.version)?;
    if body.ends_on.flatten().is_some_and(|end| end < group.starts_on) {
        return Err(ApiError::unprocessable("ends_on", "period_order"));
    }
    let fields = crate::changed_fields!(body; name, status, ends_on);
    let changes = GroupChanges { name: body.name.map(String::from), status: body.status, ends_on: body.ends_on };
    let updated = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let updated =
                queries::update(conn, group.id, group.version, &changes).await?.ok_or(ApiError::PreconditionFailed)?;
            let event = Event::new(Some(org), "update", "group", Some(group.id)).fields(fields.clone());
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(updated)
        })
        .await?;
    let version = updated.version;
    Ok(with_etag(version).json(group_response(&mut conn, updated).await?))
}

/// Add a leader to a group (leaders of its chapter or above it, who can also reach the person).
#[utoipa::path(operation_id = "add_group_leader", tag = "groups",
    params(("group_id" = Uuid, Path, description = "Group id")),
    request_body = NewLeader,
    responses(
        (status = 201, description = "Added; the group with its leaders", body = GroupResponse),
        (status = 409, description = "The person was erased", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/groups/{group_id}/leaders")]
pub async fn add_group_leader(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<NewLeader>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let (group, ancestors) = queries::find(&mut conn, *id).await?;
    let org = group.organisation_id;
    authorize(&caller, Operation::AddGroupLeader, Target::Chapter { org, ancestors: &ancestors })?;
    let person =
        visible_person(&mut conn, &caller, Operation::AddGroupLeader, org, body.person_id, "person_id").await?;
    if person.erased_at.is_some() {
        return Err(ApiError::conflict("person_id", "member_erased"));
    }
    let from_on = body.from_on.unwrap_or_else(|| Utc::now().date_naive());
    if body.to_on.is_some_and(|to| to < from_on) {
        return Err(ApiError::unprocessable("to_on", "period_order"));
    }
    let leader = Leader {
        id: Uuid::now_v7(),
        organisation_id: org,
        group_id: group.id,
        person_id: person.id,
        leader_kind: body.leader_kind,
        from_on,
        to_on: body.to_on,
        created_at: Utc::now(),
    };
    conn.transaction::<_, ApiError, _>(async |conn| {
        let leader = queries::insert_leader(conn, &leader).await?;
        let event = Event::new(Some(org), "create", "group_leader", Some(leader.id));
        Ok(audit::record(conn, &meta, caller.user_id, event).await?)
    })
    .await?;
    Ok(HttpResponse::Created().json(group_response(&mut conn, group).await?))
}

/// Record a group meeting: the day, how long, how many came — never who (volunteers of the
/// group's chapter, leaders of it or above it).
#[utoipa::path(operation_id = "record_meeting", tag = "groups",
    params(("group_id" = Uuid, Path, description = "Group id")),
    request_body = NewMeeting,
    responses((status = 201, description = "Recorded", body = MeetingResponse)))]
#[post("/groups/{group_id}/meetings")]
pub async fn record_meeting(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<NewMeeting>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let (group, ancestors) = queries::find(&mut conn, *id).await?;
    let org = group.organisation_id;
    authorize(&caller, Operation::RecordMeeting, Target::Chapter { org, ancestors: &ancestors })?;
    let held_on: NaiveDate = not_in_future(Some(body.held_on), "held_on")?;
    if held_on < group.starts_on {
        return Err(ApiError::unprocessable("held_on", "before_group"));
    }
    let meeting = Meeting {
        id: Uuid::now_v7(),
        organisation_id: org,
        group_id: group.id,
        held_on,
        duration_minutes: body.duration_minutes,
        participants: body.participants,
        created_at: Utc::now(),
    };
    let meeting = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let meeting = queries::insert_meeting(conn, &meeting).await?;
            let event = Event::new(Some(org), "create", "group_meeting", Some(meeting.id));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(meeting)
        })
        .await?;
    Ok(HttpResponse::Created().json(MeetingResponse::from(meeting)))
}
