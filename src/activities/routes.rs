//! `/api/v1/chapters/{id}/activities` (a chapter's log) and `/api/v1/orgs/{org}/activities`
//! (the secretariat's own).

use actix_web::{HttpResponse, get, post, web};
use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Activity, Scope};
use super::types::{ActivityFilter, ActivityResponse, NewActivity};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::catalogues::queries as catalogues;
use crate::catalogues::types::Catalogue;
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_target;
use crate::http::not_in_future;
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::ids::{ChapterId, OrgId};
use crate::organisations::queries::find_by_slug;

/// Log an activity of a chapter (its own volunteers, and leaders of it or above it).
#[utoipa::path(operation_id = "log_activity", tag = "activities",
    params(("chapter_id" = Uuid, Path, description = "Chapter id")),
    request_body = NewActivity,
    responses((status = 201, description = "Logged", body = ActivityResponse)))]
#[post("/chapters/{chapter_id}/activities")]
pub async fn log_activity(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<NewActivity>,
) -> ApiResult<HttpResponse> {
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::LogActivity, chapter_target(&chapter))?;
    let logged = log(&mut conn, &caller, &meta, chapter.organisation_id, Some(chapter.id), body.0).await?;
    Ok(HttpResponse::Created().json(logged))
}

/// Log one of the secretariat's own activities, such as a member follow-up or a chapter
/// conversation (org admins).
#[utoipa::path(operation_id = "log_org_activity", tag = "activities",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = NewActivity,
    responses((status = 201, description = "Logged", body = ActivityResponse)))]
#[post("/orgs/{org}/activities")]
pub async fn log_org_activity(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<NewActivity>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::LogOrgActivity, Target::Org(org.id))?;
    let logged = log(&mut conn, &caller, &meta, org.id, None, body.0).await?;
    Ok(HttpResponse::Created().json(logged))
}

async fn log(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    meta: &RequestMeta,
    org: OrgId,
    chapter: Option<ChapterId>,
    body: NewActivity,
) -> Result<ActivityResponse, ApiError> {
    if !catalogues::is_current(conn, org, Catalogue::ActivityKind, &body.kind).await? {
        return Err(ApiError::missing("kind", "unknown_activity_kind"));
    }
    let held_on = not_in_future(Some(body.held_on), "held_on")?;
    let mut volunteers = body.volunteer_ids;
    volunteers.sort_unstable();
    volunteers.dedup();
    if !queries::all_volunteers(conn, org, chapter, &volunteers, held_on).await? {
        return Err(ApiError::missing("volunteer_ids", "unknown_volunteer"));
    }
    let activity = Activity {
        id: Uuid::now_v7(),
        organisation_id: org,
        chapter_id: chapter,
        kind_code: body.kind.into(),
        held_on,
        duration_minutes: body.duration_minutes,
        participants: body.participants,
        channel: body.channel,
        note: body.note.filter(|n| !n.trim().is_empty()).map(String::from),
        logged_by: caller.user_id,
        created_at: Utc::now(),
        conversation_request_id: None,
    };
    let saved = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let saved = queries::insert(conn, &activity, &volunteers).await?;
            audit::record(conn, meta, caller.user_id, Event::new(Some(org), "create", "activity", Some(saved.id)))
                .await?;
            Ok(saved)
        })
        .await?;
    Ok(ActivityResponse::new(saved, volunteers))
}

/// Activities of a chapter and the chapters under it, newest first (leaders of the chapter or
/// above it).
#[utoipa::path(operation_id = "list_activities", tag = "activities",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), ActivityFilter, PageParams),
    responses((status = 200, description = "One page of activities", body = Page<ActivityResponse>)))]
#[get("/chapters/{chapter_id}/activities")]
pub async fn list_activities(
    caller: Caller,
    mut conn: Db,
    id: web::Path<Uuid>,
    filter: ValidQuery<ActivityFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ListActivities, chapter_target(&chapter))?;
    respond(&mut conn, &Scope::Subtree(chapter.id), filter.0, page.0).await
}

/// The secretariat's own activities, newest first (org admins).
#[utoipa::path(operation_id = "list_org_activities", tag = "activities",
    params(("org" = String, Path, description = "Organisation slug"), ActivityFilter, PageParams),
    responses((status = 200, description = "One page of activities", body = Page<ActivityResponse>)))]
#[get("/orgs/{org}/activities")]
pub async fn list_org_activities(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    filter: ValidQuery<ActivityFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListOrgActivities, Target::Org(org.id))?;
    respond(&mut conn, &Scope::Secretariat(org.id), filter.0, page.0).await
}

/// The activities the caller logged in the organisations where they hold a role, newest first.
#[utoipa::path(operation_id = "list_my_activities", tag = "activities",
    params(ActivityFilter, PageParams),
    responses((status = 200, description = "One page of the caller's own entries", body = Page<ActivityResponse>)))]
#[get("/me/activities")]
pub async fn list_my_activities(
    caller: Caller,
    mut conn: Db,
    filter: ValidQuery<ActivityFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::ListMyActivities, Target::Nothing)?;
    respond(&mut conn, &Scope::LoggedBy(caller.id()?, caller.organisations()), filter.0, page.0).await
}

async fn respond(
    conn: &mut AsyncPgConnection,
    scope: &Scope,
    filter: ActivityFilter,
    page: PageParams,
) -> ApiResult<HttpResponse> {
    let rows =
        queries::list(conn, scope, filter.from, filter.to, filter.kind.as_deref(), page.after(), page.fetch()).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |(a, _)| a.id).map(|(a, v)| ActivityResponse::new(a, v))))
}
