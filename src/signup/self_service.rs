//! One-time links by e-mail for a member to export or erase their own data without an account.
//! Asking always answers 202 after the same work (the request is queued, see [`super::intake`]),
//! so neither the answer nor its timing tells who is registered.

use actix_web::{HttpResponse, post, web};
use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::intake::{self, PublicRequest};
use super::links::LinkAsk;
use super::queries;
use super::types::{LinkRequest, Receipt, SelfServicePurpose, TokenRequest};
use crate::audit::{self, Event};
use crate::auth::throttle;
use crate::auth::tokens::digest;
use crate::error::{ApiError, ApiResult};
use crate::http::{ClientIp, RequestMeta, ValidJson};
use crate::members::queries::{self as members, Person};
use crate::members::rights::{self, MemberExport};
use crate::organisations::queries::find_by_slug;
use crate::state::AppState;

/// Ask for a link to export or erase one's own data (anyone). Answers 202 whether or not the
/// address is registered, after the same work either way (the request is queued); a
/// registered member gets the link by e-mail moments later.
#[utoipa::path(operation_id = "request_self_service_link", tag = "public",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = LinkRequest,
    responses(
        (status = 202, description = "Received", body = Receipt),
        (status = 429, description = "Too many requests from this address", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/orgs/{org}/self-service-links")]
pub async fn request_self_service_link(
    state: web::Data<AppState>,
    meta: RequestMeta,
    ip: ClientIp,
    org: web::Path<String>,
    body: ValidJson<LinkRequest>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let mut conn = state.conn().await?;
    let bucket = format!("self-service:address:{}", ip.0);
    throttle::hit(
        &mut conn,
        &[(bucket.as_str(), state.config.signup_limit_per_address)],
        state.config.signup_window_secs,
    )
    .await?;
    let org = find_by_slug(&mut conn, &org).await?;
    let ask = LinkAsk {
        email: body.email.to_string(),
        purpose: body.purpose,
        language: body.language.map(String::from),
        answered_in: meta.lang.tag(),
    };
    intake::submit(&mut conn, org.id, &meta, None, PublicRequest::SelfServiceLink(ask)).await?;
    Ok(HttpResponse::Accepted()
        .json(Receipt { status: "received".into(), message: meta.lang.text("self-service-requested") }))
}

/// Everything held about the member the link was sent to (anyone holding an export link; once).
#[utoipa::path(operation_id = "self_service_export", tag = "public",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "Everything held about you", body = MemberExport),
        (status = 404, description = "The link is unknown, used or expired", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/self-service/export")]
pub async fn self_service_export(
    state: web::Data<AppState>,
    meta: RequestMeta,
    body: ValidJson<TokenRequest, 4096>,
) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let export = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let person = redeem(conn, &body.0.token, SelfServicePurpose::Export).await?;
            let event = Event::new(Some(person.organisation_id), "export", "member", Some(person.id.into()));
            audit::record(conn, &meta, None, event).await?;
            rights::export(conn, person).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(export))
}

/// Erase the data of the member the link was sent to (anyone holding an erasure link; once).
#[utoipa::path(operation_id = "self_service_erase", tag = "public",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "Erased", body = Receipt),
        (status = 404, description = "The link is unknown, used or expired", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/self-service/erasure")]
pub async fn self_service_erase(
    state: web::Data<AppState>,
    meta: RequestMeta,
    body: ValidJson<TokenRequest, 4096>,
) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        let person = redeem(conn, &body.0.token, SelfServicePurpose::Erase).await?;
        rights::erase(conn, &person).await?;
        let event = Event::new(Some(person.organisation_id), "erase", "member", Some(person.id.into()));
        Ok(audit::record(conn, &meta, None, event).await?)
    })
    .await?;
    Ok(HttpResponse::Ok().json(Receipt { status: "erased".into(), message: meta.lang.text("self-service-erased") }))
}

/// Uses up a link for `purpose` and returns its person; 404 when unknown, used or expired.
async fn redeem(conn: &mut AsyncPgConnection, token: &str, purpose: SelfServicePurpose) -> Result<Person, ApiError> {
    let used = queries::use_link(conn, &digest(token), purpose).await?;
    let person = used.ok_or_else(|| ApiError::missing("token", "invalid_link"))?;
    Ok(members::find_person(conn, person).await?.0)
}
