//! One-time links by e-mail for a member to export or erase their own data without an account.
//! Asking always answers 202 after the same work (the request is queued, see [`super::intake`]),
//! so neither the answer nor its timing tells who is registered.

use actix_web::{HttpResponse, post, web};

use super::types::{LinkRequest, Receipt, TokenRequest};
use super::{reception, redemption};
use crate::error::ApiResult;
use crate::http::{ClientIp, RequestMeta, ValidJson};
use crate::members::rights::MemberExport;
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
    reception::receive_link_request(&state, &meta, ip.0, &org, &body.0).await?;
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
    let export = redemption::export(&state, &meta, &body.0.token).await?;
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
    redemption::erase(&state, &meta, &body.0.token).await?;
    Ok(HttpResponse::Ok().json(Receipt { status: "erased".into(), message: meta.lang.text("self-service-erased") }))
}
