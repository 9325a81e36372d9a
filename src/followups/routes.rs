//! `/api/v1/chapters/{chapter_id}/follow-ups` and `/api/v1/follow-ups/{id}/contacts`.

use actix_web::{HttpResponse, get, post, put, web};
use chrono::Utc;
use diesel_async::AsyncConnection;
use uuid::Uuid;

use super::queries::{self, Contact, Kind, Opening};
use super::types::{
    ContactResponse, FollowUpFilter, FollowUpKindResponse, FollowUpResponse, Opens, PutFollowUpKind, RecordContact,
};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::catalogues::codes::is_code;
use crate::catalogues::queries::{self as catalogues, Catalogue};
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::guards::chapter_target;
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::ids::ChapterId;
use crate::organisations::queries::find_by_slug;

/// Open follow-ups in a chapter and every chapter under it, by due date, each saying whether it
/// is overdue: the members to welcome or contact again, the peer supporters due their yearly
/// check-in (chapter leaders).
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
    let kind = filter.0.kind.as_ref().map(AsRef::as_ref);
    let rows = queries::list_open(&mut conn, chapter.id, kind, filter.0.due_by, page.after(), page.fetch()).await?;
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

/// The organisation's kinds of follow-up (anyone with a role in it).
#[utoipa::path(operation_id = "list_follow_up_kinds", tag = "members",
    params(("org" = String, Path, description = "Organisation slug")),
    responses((status = 200, description = "Every kind, by code", body = Page<FollowUpKindResponse>)))]
#[get("/orgs/{org}/follow-up-kinds")]
pub async fn list_follow_up_kinds(caller: Caller, mut conn: Db, org: web::Path<String>) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListFollowUpKinds, Target::Org(org.id))?;
    let kinds = queries::kinds_of(&mut conn, org.id).await?;
    Ok(HttpResponse::Ok().json(Page::whole(kinds.into_iter().map(FollowUpKindResponse::from).collect())))
}

/// Create or replace a kind of follow-up: what opens them, and its labels (org admins).
#[utoipa::path(operation_id = "put_follow_up_kind", tag = "members",
    params(("org" = String, Path, description = "Organisation slug"),
           ("code" = crate::catalogues::codes::Code, Path, description = "The kind's code")),
    request_body = PutFollowUpKind,
    responses(
        (status = 200, description = "Replaced", body = FollowUpKindResponse),
        (status = 201, description = "Created", body = FollowUpKindResponse),
        (status = 409, description = "Another kind is the welcome already", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[put("/orgs/{org}/follow-up-kinds/{code}")]
pub async fn put_follow_up_kind(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    path: web::Path<(String, String)>,
    body: ValidJson<PutFollowUpKind>,
) -> ApiResult<HttpResponse> {
    let (org, code) = path.into_inner();
    let body = body.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::PutFollowUpKind, Target::Org(org.id))?;
    if !is_code(&code) {
        return Err(ApiError::BadRequest { code: "invalid_path", errors: Vec::new() });
    }
    let (opens, days_after_joining, role_code) = match &body.opens {
        Opens::Welcome => (Opening::Welcome, None, None),
        Opens::AfterJoining { days } if (1..=3650).contains(days) => (Opening::AfterJoining, Some(*days), None),
        Opens::AfterJoining { .. } => {
            let error = FieldError::new("opens.days", "range").with_arg("min", 1).with_arg("max", 3650);
            return Err(ApiError::Validation(vec![error]));
        }
        Opens::YearlyInRole { role } => {
            if !catalogues::is_current(&mut conn, org.id, Catalogue::VolunteerRole, role).await? {
                return Err(ApiError::missing("opens.role", "unknown_role"));
            }
            (Opening::YearlyInRole, None, Some(role.clone()))
        }
    };
    let kind = Kind {
        organisation_id: org.id,
        code,
        labels: serde_json::to_value(&body.labels).map_err(anyhow::Error::from)?,
        opens,
        days_after_joining,
        role_code,
        retired: body.retired,
    };
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let others = queries::kinds_of(conn, org.id).await?;
            if opens == Opening::Welcome && others.iter().any(|k| k.opens == Opening::Welcome && k.code != kind.code) {
                return Err(ApiError::conflict("opens", "welcome_kind_exists"));
            }
            let created = queries::upsert_kind(conn, &kind).await?;
            let event = Event::new(Some(org.id), if created { "create" } else { "update" }, "follow_up_kind", None)
                .fields(vec!["labels", "opens", "retired"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(created)
        })
        .await?;
    let response = FollowUpKindResponse::from(kind);
    Ok(if created { HttpResponse::Created().json(response) } else { HttpResponse::Ok().json(response) })
}
