//! `GET /public/orgs/{org}/signup-form`, `POST /public/orgs/{org}/signups` and
//! `POST /public/signups/confirm`: the form, and sign-up with double
//! opt-in. The answer is the same whether or not the person was known, the same person twice
//! is one person with one membership (also when both arrive at once), nothing is added to a
//! known person until they use the link sent to them, and an `Idempotency-Key` makes a retried
//! request a no-op.

use actix_web::{HttpRequest, HttpResponse, get, post, web};

use super::form::{FormParams, SignupForm, signup_form};
use super::types::{Receipt, SignupRequest, TokenRequest};
use super::{reception, redemption};
use crate::error::ApiResult;
use crate::http::{ClientIp, RequestMeta, SpokenJson, ValidJson, ValidQuery, idempotency_key};
use crate::i18n::Lang;
use crate::organisations::queries::find_by_slug;
use crate::state::AppState;

/// The sign-up form of an organisation, in the requested language (anyone).
#[utoipa::path(operation_id = "get_signup_form", tag = "public",
    params(("org" = String, Path, description = "Organisation slug"), FormParams),
    responses((status = 200, description = "The form", body = SignupForm)))]
#[get("/public/orgs/{org}/signup-form")]
pub async fn get_signup_form(
    state: web::Data<AppState>,
    meta: RequestMeta,
    org: web::Path<String>,
    params: ValidQuery<FormParams>,
) -> ApiResult<HttpResponse> {
    let lang = params.0.lang.as_deref().and_then(Lang::parse_supported).unwrap_or(meta.lang);
    let mut conn = state.conn().await?;
    let org = find_by_slug(&mut conn, &org).await?;
    let form = signup_form(&mut conn, &org, &lang).await?;
    Ok(HttpResponse::Ok().insert_header(("content-language", lang.tag())).json(form))
}

/// Sign up (anyone). Answers 202 whether or not the person was already registered, after the
/// same work either way: the sign-up is checked against the form and queued, and the
/// background worker registers it (or, for someone known, sends them the link) moments later.
#[utoipa::path(operation_id = "create_signup", tag = "public",
    params(("org" = String, Path, description = "Organisation slug"),
           ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry of the same request a no-op for a day", pattern = "^[!-~]{1,200}$")),
    request_body = SignupRequest,
    responses(
        (status = 202, description = "Received; an e-mail sign-up gets a confirmation link", body = Receipt),
        (status = 409, description = "The consent text changed since the form was loaded", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many sign-ups from this address", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/orgs/{org}/signups")]
pub async fn create_signup(
    state: web::Data<AppState>,
    request: HttpRequest,
    meta: RequestMeta,
    ip: ClientIp,
    org: web::Path<String>,
    body: SpokenJson<SignupRequest>,
) -> ApiResult<HttpResponse> {
    let key = idempotency_key(request.headers())?;
    let lang = reception::receive_signup(&state, &meta, ip.0, &org, &body.0, key.as_deref()).await?;
    Ok(HttpResponse::Accepted().json(Receipt { status: "received".into(), message: lang.text("signup-received") }))
}

/// Confirm an e-mail sign-up with the token from its link (anyone holding the link).
#[utoipa::path(operation_id = "confirm_signup", tag = "public",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "Confirmed: the membership is active", body = Receipt),
        (status = 404, description = "The link is unknown, used or expired", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/signups/confirm")]
pub async fn confirm_signup(
    state: web::Data<AppState>,
    meta: RequestMeta,
    body: ValidJson<TokenRequest, 4096>,
) -> ApiResult<HttpResponse> {
    redemption::confirm_signup(&state, &meta, &body.0.token).await?;
    Ok(HttpResponse::Ok().json(Receipt { status: "confirmed".into(), message: meta.lang.text("signup-confirmed") }))
}
