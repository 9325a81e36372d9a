//! Conversation requests: the public form and request, staff recording one taken by phone, and
//! what coordinators (the chapter's leaders and those above, the secretariat) do with them —
//! list, read, see the proposed peer supporters, assign and close. Peer supporters' own answers
//! are in `own.rs`.

use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use chrono::{Datelike, Utc};
use diesel_async::AsyncConnection;
use uuid::Uuid;

use super::form::{ConversationForm, conversation_form};
use super::queries::{self, Profile, RequestSource};
use super::reception;
use super::requests;
use super::types::{
    Assign, CloseRequest, ConversationReport, ConversationRequestResponse, ConversationRequestSummary,
    NewConversationRequest, PeerProfile, PeerProfileResponse, Proposal, ProposalParams, ReportParams, RequestFilter,
};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, authorize};
use crate::catalogues::queries::{self as catalogues, Catalogue};
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult};
use crate::guards::{chapter_target, person_for};
use crate::http::{ClientIp, Db, Page, PageParams, RequestMeta, SpokenJson, ValidJson, ValidQuery, idempotency_key};
use crate::i18n::Lang;
use crate::ids::{ChapterId, PersonId};
use crate::organisations::queries::{find_by_id, find_by_slug};
use crate::signup::form::FormParams;
use crate::signup::types::Receipt;
use crate::state::AppState;

/// The conversation request form of an organisation, in the requested language (anyone).
#[utoipa::path(operation_id = "get_conversation_form", tag = "peer support",
    params(("org" = String, Path, description = "Organisation slug"), FormParams),
    responses((status = 200, description = "The form", body = ConversationForm)))]
#[get("/public/orgs/{org}/conversation-form")]
pub async fn get_conversation_form(
    state: web::Data<AppState>,
    meta: RequestMeta,
    org: web::Path<String>,
    params: ValidQuery<FormParams>,
) -> ApiResult<HttpResponse> {
    let lang = params.0.lang.as_deref().and_then(Lang::parse_supported).unwrap_or(meta.lang);
    let mut conn = state.conn().await?;
    let org = find_by_slug(&mut conn, &org).await?;
    let form = conversation_form(&mut conn, &org, &lang).await?;
    Ok(HttpResponse::Ok().insert_header(("content-language", lang.tag())).json(form))
}

/// Ask for a peer conversation (anyone). Answers 202 after the same work whoever asks: the
/// request is checked against the form and queued, and recorded moments later.
#[utoipa::path(operation_id = "create_public_conversation_request", tag = "peer support",
    params(("org" = String, Path, description = "Organisation slug"),
           ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry of the same request a no-op for a day", pattern = "^[!-~]{1,200}$")),
    request_body = NewConversationRequest,
    responses(
        (status = 202, description = "Received", body = Receipt),
        (status = 409, description = "The consent text changed since the form was loaded", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/orgs/{org}/conversation-requests")]
pub async fn create_public_conversation_request(
    state: web::Data<AppState>,
    request: HttpRequest,
    meta: RequestMeta,
    ip: ClientIp,
    org: web::Path<String>,
    body: SpokenJson<NewConversationRequest>,
) -> ApiResult<HttpResponse> {
    let key = idempotency_key(request.headers())?;
    reception::receive(&state, &meta, ip.0, &org, &body.0, key.as_deref()).await?;
    let lang = Lang::parse_supported(body.0.language.as_ref()).unwrap_or(meta.lang);
    Ok(HttpResponse::Accepted().json(Receipt { status: "received".into(), message: lang.text("peer-form-received") }))
}

/// Record a request taken by phone or in person, with the consent the requester gave to the
/// text read out to them (leaders of the request's chapter or above it).
#[utoipa::path(operation_id = "record_conversation_request", tag = "peer support",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = NewConversationRequest,
    responses((status = 201, description = "Recorded", body = ConversationRequestResponse)))]
#[post("/orgs/{org}/conversation-requests")]
pub async fn record_conversation_request(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<NewConversationRequest>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    let chapter = requests::place(&mut conn, &org, &body.0).await?;
    authorize(&caller, Operation::RecordConversationRequest, chapter_target(&chapter))?;
    let draft = requests::draft(&mut conn, &org, &chapter, &body.0).await?;
    let recorded = conn
        .transaction::<_, ApiError, _>(async |conn| {
            requests::record(conn, &meta, &org, draft, RequestSource::Staff, caller.user_id).await
        })
        .await?;
    Ok(HttpResponse::Created().json(ConversationRequestResponse::new(&recorded, &[])))
}

/// Requests of the chapter and the chapters under it, newest first, without contact details
/// (leaders of the chapter or above it).
#[utoipa::path(operation_id = "list_conversation_requests", tag = "peer support",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), RequestFilter, PageParams),
    responses((status = 200, description = "One page of requests", body = Page<ConversationRequestSummary>)))]
#[get("/chapters/{chapter_id}/conversation-requests")]
pub async fn list_conversation_requests(
    caller: Caller,
    mut conn: Db,
    id: web::Path<Uuid>,
    filter: ValidQuery<RequestFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ListConversationRequests, chapter_target(&chapter))?;
    let rows = queries::list_requests(&mut conn, chapter.id, filter.0.state, page.0.after(), page.0.fetch()).await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let assignments = queries::assignments_of(&mut conn, &ids).await?;
    let page = page.0.page(rows, |r| r.id).map(|r| {
        let open = assignments.iter().find(|a| a.request_id == r.id && a.ended_at.is_none());
        ConversationRequestSummary::new(&r, open)
    });
    Ok(HttpResponse::Ok().json(page))
}

/// One request with every assignment, without the requester's contact details (leaders of its
/// chapter or above it). The reading is audited.
#[utoipa::path(operation_id = "get_conversation_request", tag = "peer support",
    params(("conversation_request_id" = Uuid, Path, description = "Conversation request id")),
    responses((status = 200, description = "The request", body = ConversationRequestResponse)))]
#[get("/conversation-requests/{conversation_request_id}")]
pub async fn get_conversation_request(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let (request, ancestors) = queries::find_request(&mut conn, *id).await?;
    authorize(&caller, Operation::GetConversationRequest, request_target(&request, &ancestors))?;
    let assignments = queries::assignments_of(&mut conn, &[request.id]).await?;
    let event = Event::new(Some(request.organisation_id), "read", "conversation_request", Some(request.id));
    audit::record_read(&mut conn, &meta, caller.user_id, event).await?;
    Ok(HttpResponse::Ok().json(ConversationRequestResponse::new(&request, &assignments)))
}

/// The peer supporters who may take the request today, best fit first: active (qualified) in
/// the role, of the request's chapter and then its region, never of another organisation, and
/// not asked about this request before (leaders of its chapter or above it).
#[utoipa::path(operation_id = "propose_peer_supporters", tag = "peer support",
    params(("conversation_request_id" = Uuid, Path, description = "Conversation request id"), ProposalParams),
    responses((status = 200, description = "The proposals, best first", body = Page<Proposal>)))]
#[get("/conversation-requests/{conversation_request_id}/proposals")]
pub async fn propose_peer_supporters(
    caller: Caller,
    mut conn: Db,
    id: web::Path<Uuid>,
    params: ValidQuery<ProposalParams>,
) -> ApiResult<HttpResponse> {
    let (request, ancestors) = queries::find_request(&mut conn, *id).await?;
    authorize(&caller, Operation::ProposePeerSupporters, request_target(&request, &ancestors))?;
    let limit = usize::try_from(params.0.limit.unwrap_or(10)).unwrap_or(10);
    let ranked = requests::proposals(&mut conn, &request).await?;
    Ok(HttpResponse::Ok().json(Page::whole(ranked.into_iter().take(limit).map(Proposal::from).collect())))
}

/// Assign the request to one of its proposals, in place of whoever had it (leaders of its
/// chapter or above it). The peer supporter is told by e-mail; first contact is due within the
/// organisation's `first_contact_hours`.
#[utoipa::path(operation_id = "assign_conversation_request", tag = "peer support",
    params(("conversation_request_id" = Uuid, Path, description = "Conversation request id")),
    request_body = Assign,
    responses(
        (status = 201, description = "Assigned", body = ConversationRequestResponse),
        (status = 409, description = "The request is closed", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/conversation-requests/{conversation_request_id}/assignment")]
pub async fn assign_conversation_request(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<Assign>,
) -> ApiResult<HttpResponse> {
    let (request, ancestors) = queries::find_request(&mut conn, *id).await?;
    authorize(&caller, Operation::AssignConversationRequest, request_target(&request, &ancestors))?;
    let org = find_by_id(&mut conn, request.organisation_id).await?;
    let (request, assignments) = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let request = queries::lock_request(conn, request.id).await?;
            requests::assign(conn, &meta, &org, &request, body.0.person_id, caller.user_id).await?;
            let assignments = queries::assignments_of(conn, &[request.id]).await?;
            Ok((request, assignments))
        })
        .await?;
    Ok(HttpResponse::Created().json(ConversationRequestResponse::new(&request, &assignments)))
}

/// Close the request with its outcome (leaders of its chapter or above it).
#[utoipa::path(operation_id = "close_conversation_request", tag = "peer support",
    params(("conversation_request_id" = Uuid, Path, description = "Conversation request id")),
    request_body = CloseRequest,
    responses(
        (status = 200, description = "Closed", body = ConversationRequestResponse),
        (status = 409, description = "Closed already", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/conversation-requests/{conversation_request_id}/close")]
pub async fn close_conversation_request(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<CloseRequest>,
) -> ApiResult<HttpResponse> {
    let (request, ancestors) = queries::find_request(&mut conn, *id).await?;
    authorize(&caller, Operation::CloseConversationRequest, request_target(&request, &ancestors))?;
    let (request, assignments) = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let request = queries::lock_request(conn, request.id).await?;
            requests::close(conn, &meta, &request, body.0.outcome, caller.user_id).await?;
            let request = queries::lock_request(conn, request.id).await?;
            let assignments = queries::assignments_of(conn, &[request.id]).await?;
            Ok((request, assignments))
        })
        .await?;
    Ok(HttpResponse::Ok().json(ConversationRequestResponse::new(&request, &assignments)))
}

/// Set what matching knows of a peer supporter beyond their record: other languages, their own
/// kinds of loss or relation, and their gender if they give it (leaders of their home chapter
/// or above it).
#[utoipa::path(operation_id = "put_peer_profile", tag = "peer support",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    request_body = PeerProfile,
    responses(
        (status = 200, description = "Saved", body = PeerProfileResponse),
        (status = 409, description = "The member's data was erased", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[put("/members/{member_id}/peer-profile")]
pub async fn put_peer_profile(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<PeerProfile>,
) -> ApiResult<HttpResponse> {
    let person = person_for(&mut conn, &caller, Operation::PutPeerProfile, PersonId::from(*id)).await?;
    if person.erased_at.is_some() {
        return Err(ApiError::conflict("member_id", "member_erased"));
    }
    let org = person.organisation_id;
    let mut relations: Vec<String> = body.0.relations.into_iter().map(String::from).collect();
    relations.sort_unstable();
    relations.dedup();
    if !catalogues::all_current(&mut conn, org, Catalogue::PeerRelation, &relations).await? {
        return Err(ApiError::missing("relations", "unknown_relation"));
    }
    let mut languages: Vec<String> = body.0.languages.into_iter().map(String::from).collect();
    languages.dedup();
    let profile = Profile {
        person_id: person.id,
        organisation_id: org,
        languages,
        relations,
        gender: body.0.gender,
        updated_at: Utc::now(),
    };
    let saved = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let saved = queries::save_profile(conn, &profile).await?;
            let event = Event::new(Some(org), "update", "member", Some(person.id.into())).fields(vec!["peer_profile"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(saved)
        })
        .await?;
    Ok(HttpResponse::Ok().json(PeerProfileResponse::from(saved)))
}

/// What became of the requests made in a period, by region and kind of loss or relation:
/// requests, first contacts and the days to them, closes and conversations held — counts only,
/// never a person (org admins).
#[utoipa::path(operation_id = "conversation_report", tag = "peer support",
    params(("org" = String, Path, description = "Organisation slug"), ReportParams),
    responses((status = 200, description = "The counts", body = ConversationReport)))]
#[get("/orgs/{org}/conversation-requests/report")]
pub async fn conversation_report(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    params: ValidQuery<ReportParams>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ConversationReport, crate::auth::Target::Org(org.id))?;
    let today = Utc::now().date_naive();
    let to = params.0.to.unwrap_or(today);
    let from = params.0.from.unwrap_or_else(|| to.with_ordinal(1).unwrap_or(to));
    if from > to {
        return Err(ApiError::unprocessable("to", "period_order"));
    }
    let rows = queries::report(&mut conn, org.id, from, to).await?;
    Ok(HttpResponse::Ok().json(ConversationReport::new(from, to, rows)))
}

fn request_target<'a>(request: &queries::RequestRow, ancestors: &'a [ChapterId]) -> crate::auth::Target<'a> {
    crate::auth::Target::Chapter { org: request.organisation_id, ancestors }
}
