//! What a peer supporter does with a request assigned to them, on their own account: accept or
//! decline it, log the conversations held, and close it. Only the account linked to the person
//! it is assigned to may (`Policy::Assignee`).

use actix_web::{HttpResponse, post, web};
use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Answer, AssignmentRow, RequestRow};
use super::requests;
use super::types::{CloseRequest, MyAssignment, NewConversation};
use crate::accounts::queries as accounts;
use crate::activities::queries::{self as activities, Activity};
use crate::activities::types::ActivityResponse;
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, RequestMeta, ValidJson, not_in_future};
use crate::i18n::{Args, Lang};
use crate::organisations::queries::find_by_id;
use crate::outbox::{self, Message};

/// The kind of activity a conversation held for a request is logged as.
const PEER_CONVERSATION: &str = "peer_conversation";

/// Take on the request assigned to you (its peer supporter). Its contact details are then shown.
#[utoipa::path(operation_id = "accept_assignment", tag = "peer support",
    params(("assignment_id" = Uuid, Path, description = "Assignment id")),
    responses(
        (status = 200, description = "Accepted", body = MyAssignment),
        (status = 409, description = "Answered or ended already", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/assignments/{assignment_id}/accept")]
pub async fn accept_assignment(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let assignment = own_assignment(&mut conn, &caller, Operation::AcceptAssignment, *id).await?;
    let answered = answer(&mut conn, &caller, &meta, &assignment, Answer::Accepted).await?;
    Ok(HttpResponse::Ok().json(answered))
}

/// Decline the request assigned to you (its peer supporter): it goes back to the coordinator
/// who assigned it, who is told by e-mail and is proposed others.
#[utoipa::path(operation_id = "decline_assignment", tag = "peer support",
    params(("assignment_id" = Uuid, Path, description = "Assignment id")),
    responses(
        (status = 200, description = "Declined", body = MyAssignment),
        (status = 409, description = "Answered or ended already", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/assignments/{assignment_id}/decline")]
pub async fn decline_assignment(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let assignment = own_assignment(&mut conn, &caller, Operation::DeclineAssignment, *id).await?;
    let answered = answer(&mut conn, &caller, &meta, &assignment, Answer::Declined).await?;
    Ok(HttpResponse::Ok().json(answered))
}

/// Log a conversation held for the request you accepted (its peer supporter): a peer
/// conversation of the request's chapter, with you as its volunteer. The first one is the
/// request's first contact.
#[utoipa::path(operation_id = "log_conversation", tag = "peer support",
    params(("assignment_id" = Uuid, Path, description = "Assignment id")),
    request_body = NewConversation,
    responses(
        (status = 201, description = "Logged", body = ActivityResponse),
        (status = 409, description = "Not accepted, or ended", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/assignments/{assignment_id}/conversations")]
pub async fn log_conversation(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<NewConversation>,
) -> ApiResult<HttpResponse> {
    let assignment = own_assignment(&mut conn, &caller, Operation::LogConversation, *id).await?;
    let held_on = not_in_future(Some(body.0.held_on), "held_on")?;
    if held_on < assignment.assigned_at.date_naive() {
        return Err(ApiError::unprocessable("held_on", "held_before_assignment"));
    }
    let (request, _) = queries::find_request(&mut conn, assignment.request_id).await?;
    let activity = Activity {
        id: Uuid::now_v7(),
        organisation_id: assignment.organisation_id,
        chapter_id: Some(request.chapter_id),
        kind_code: PEER_CONVERSATION.to_owned(),
        held_on,
        duration_minutes: body.0.duration_minutes,
        participants: 1,
        channel: body.0.channel,
        note: None,
        logged_by: caller.user_id,
        created_at: Utc::now(),
        conversation_request_id: Some(request.id),
    };
    let volunteers = [assignment.person_id.uuid()];
    let saved = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let request = queries::lock_request(conn, request.id).await?;
            check_accepted_and_open(conn, &assignment, &request).await?;
            let saved = activities::insert(conn, &activity, &volunteers).await?;
            queries::mark_first_contact(conn, request.id, held_on).await?;
            let event = Event::new(Some(request.organisation_id), "create", "activity", Some(saved.id));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(saved)
        })
        .await?;
    Ok(HttpResponse::Created().json(ActivityResponse::new(saved, volunteers.to_vec())))
}

/// Close the request you accepted, with its outcome (its peer supporter).
#[utoipa::path(operation_id = "close_assigned_request", tag = "peer support",
    params(("assignment_id" = Uuid, Path, description = "Assignment id")),
    request_body = CloseRequest,
    responses(
        (status = 200, description = "Closed", body = MyAssignment),
        (status = 409, description = "Not accepted, or ended", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/assignments/{assignment_id}/close")]
pub async fn close_assigned_request(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<CloseRequest>,
) -> ApiResult<HttpResponse> {
    let assignment = own_assignment(&mut conn, &caller, Operation::CloseAssignedRequest, *id).await?;
    let closed = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let request = queries::lock_request(conn, assignment.request_id).await?;
            check_accepted_and_open(conn, &assignment, &request).await?;
            requests::close(conn, &meta, &request, body.0.outcome, caller.user_id).await?;
            mine(conn, assignment.id).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(closed))
}

/// The assignment, when the caller is the peer supporter it is for.
async fn own_assignment(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    operation: Operation,
    id: Uuid,
) -> ApiResult<AssignmentRow> {
    let (assignment, assignee, _) = queries::find_assignment(conn, id).await?;
    authorize(caller, operation, Target::Assignment { org: assignment.organisation_id, assignee })?;
    Ok(assignment)
}

/// Refuses unless the assignment is the request's current one, accepted.
async fn check_accepted_and_open(
    conn: &mut AsyncPgConnection,
    assignment: &AssignmentRow,
    request: &RequestRow,
) -> ApiResult<()> {
    let current = queries::assignments_of(conn, &[request.id]).await?.into_iter().find(|a| a.id == assignment.id);
    match current {
        Some(a) if a.ended_at.is_none() && a.answer == Some(Answer::Accepted) => Ok(()),
        _ => Err(ApiError::conflict("assignment_id", "assignment_not_accepted")),
    }
}

async fn answer(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    meta: &RequestMeta,
    assignment: &AssignmentRow,
    answer: Answer,
) -> ApiResult<MyAssignment> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let answered = queries::answer_assignment(conn, assignment.id, answer, Utc::now())
            .await?
            .ok_or_else(|| ApiError::conflict("assignment_id", "assignment_answered"))?;
        if answer == Answer::Declined {
            tell_coordinator(conn, &answered).await?;
        }
        let event = Event::new(
            Some(answered.organisation_id),
            answer.as_str(),
            "conversation_request",
            Some(answered.request_id),
        );
        audit::record(conn, meta, caller.user_id, event).await?;
        mine(conn, answered.id).await
    })
    .await
}

/// E-mails whoever assigned the request that it was declined and waits for them again.
async fn tell_coordinator(conn: &mut AsyncPgConnection, declined: &AssignmentRow) -> ApiResult<()> {
    let Some(coordinator) = declined.assigned_by else { return Ok(()) };
    let account = accounts::find(conn, coordinator).await?;
    if account.disabled_at.is_some() {
        return Ok(());
    }
    let org = find_by_id(conn, declined.organisation_id).await?;
    let lang = account.language.as_deref().and_then(Lang::parse_supported).unwrap_or_default();
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    args.insert("request".into(), declined.request_id.to_string().into());
    outbox::enqueue(conn, Message::compose(org.id, None, &account.email, &lang, "peer-declined", &args)).await?;
    Ok(())
}

/// The assignment as its peer supporter sees it.
async fn mine(conn: &mut AsyncPgConnection, id: Uuid) -> ApiResult<MyAssignment> {
    let (assignment, _, _) = queries::find_assignment(conn, id).await?;
    let (request, _) = queries::find_request(conn, assignment.request_id).await?;
    Ok(MyAssignment::new(&assignment, &request))
}
