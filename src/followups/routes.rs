//! `/api/v1/chapters/{chapter_id}/follow-ups` and `/api/v1/follow-ups/{id}/contacts`.

use actix_web::{HttpResponse, get, post, web};
use chrono::Utc;
use diesel_async::AsyncConnection;
use uuid::Uuid;

use super::queries::{self, Contact};
use super::types::{ContactResponse, FollowUpFilter, FollowUpResponse, RecordContact};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_target;
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::ids::ChapterId;

/// Open follow-ups in a chapter and every chapter under it, by due date (chapter leaders).
#[utoipa::path(operation_id = "list_follow_ups", tag = "members",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), FollowUpFilter, PageParams),
    responses((status = 200, description = "One page of open follow-ups", body = Page<FollowUpResponse>)))]
#[get("/chapters/{chapter_id}/follow-ups")]
pub async fn list_follow_ups(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    filter: ValidQuery<FollowUpFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let page = page.0;
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ListFollowUps, chapter_target(&chapter))?;
    let rows = queries::list_open(&mut conn, chapter.id, filter.0.due_by, page.after(), page.fetch()).await?;
    audit::record_list_read(&mut conn, &meta, &caller, chapter.organisation_id, "follow_up", Some(chapter.id)).await?;
    let today = Utc::now().date_naive();
    Ok(HttpResponse::Ok().json(page.page(rows, |(f, _)| f.id).map(|(f, p)| FollowUpResponse::new(f, p, today))))
}

/// Log a contact made for a follow-up; `reached` and `declined` complete it (chapter leaders).
#[utoipa::path(operation_id = "record_contact", tag = "members",
    params(("follow_up_id" = Uuid, Path, description = "Follow-up id")),
    request_body = RecordContact,
    responses(
        (status = 201, description = "Logged", body = ContactResponse),
        (status = 409, description = "The follow-up is already completed", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/follow-ups/{follow_up_id}/contacts")]
pub async fn record_contact(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<RecordContact>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let (follow_up, ancestors) = queries::find(&mut conn, *id).await?;
    authorize(
        &caller,
        Operation::RecordContact,
        Target::Chapter { org: follow_up.organisation_id, ancestors: &ancestors },
    )?;
    if follow_up.completed_at.is_some() {
        return Err(ApiError::conflict("follow_up_id", "follow_up_completed"));
    }
    let today = Utc::now().date_naive();
    let contacted_on = body.contacted_on.unwrap_or(today);
    if contacted_on > today {
        return Err(ApiError::unprocessable("contacted_on", "date_in_future"));
    }
    let contact = Contact {
        id: Uuid::now_v7(),
        organisation_id: follow_up.organisation_id,
        person_id: follow_up.person_id,
        chapter_id: follow_up.chapter_id,
        follow_up_id: Some(follow_up.id),
        contacted_on,
        channel: body.channel,
        duration_minutes: body.duration_minutes,
        outcome: body.outcome,
        note: body.note.clone().map(String::from),
        recorded_by: caller.user_id,
        created_at: Utc::now(),
    };
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let created = queries::insert_contact(conn, &contact).await?;
            if body.outcome.completes() {
                queries::complete(conn, follow_up.id).await?;
            }
            let event = Event::new(Some(follow_up.organisation_id), "create", "contact", Some(created.id));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(created)
        })
        .await?;
    Ok(HttpResponse::Created().json(ContactResponse::from(created)))
}
