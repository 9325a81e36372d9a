//! Sign-in: `POST /api/v1/auth/login`, `/refresh` and `/logout`.

use actix_web::{HttpResponse, post, web};
use chrono::{Duration, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Presented, normalise_email};
use super::types::{LoginRequest, RefreshRequest, TokenResponse};
use crate::audit::{self, Event};
use crate::auth::caller::load_caller_grants;
use crate::auth::throttle;
use crate::auth::tokens::{digest, new_opaque_token};
use crate::error::{ApiError, ApiResult};
use crate::http::{ClientIp, RequestMeta, ValidJson};
use crate::ids::UserId;
use crate::state::AppState;

/// Sign in with e-mail and password. Throttled per account and per client address (429 with
/// `Retry-After`); a wrong password and an unknown e-mail get the same answer in the same time.
#[utoipa::path(operation_id = "login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = TokenResponse),
        (status = 401, description = "Wrong e-mail or password", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts; see Retry-After", body = crate::error::Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    ))]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    meta: RequestMeta,
    ip: ClientIp,
    body: ValidJson<LoginRequest, 4096>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let config = &state.config;
    let gate = state.login_gate.acquire().await.map_err(anyhow::Error::from)?;
    let mut conn = state.conn().await?;
    let email = normalise_email(&body.email);
    let (address, account) = (format!("login:address:{}", ip.0), format!("login:account:{email}"));
    let limits =
        [(address.as_str(), config.login_limit_per_address), (account.as_str(), config.login_limit_per_account)];
    throttle::hit(&mut conn, &limits, config.login_window_secs).await?;
    let user = queries::find_by_email(&mut conn, &email).await?;
    drop(conn);
    drop(gate);
    let matches = state.hasher.verify(body.password, user.as_ref().map(|u| u.password_hash.clone())).await?;
    let user = user
        .filter(|u| matches && u.disabled_at.is_none())
        .ok_or(ApiError::Unauthenticated { code: "invalid_credentials" })?;
    let mut conn = state.conn().await?;
    let tokens = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let session = queries::open_session(conn, user.id).await?;
            let tokens = issue_tokens(&state, conn, user.id, session).await?;
            audit::record(conn, &meta, Some(user.id), Event::new(None, "login", "user", Some(user.id.into()))).await?;
            Ok(tokens)
        })
        .await?;
    Ok(HttpResponse::Ok().json(tokens))
}

/// Trade a refresh token for a new access token and a new refresh token.
#[utoipa::path(operation_id = "refresh_token", tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New tokens", body = TokenResponse),
        (status = 401, description = "The refresh token is not valid any more", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/auth/refresh")]
pub async fn refresh(state: web::Data<AppState>, body: ValidJson<RefreshRequest, 4096>) -> ApiResult<HttpResponse> {
    let invalid = ApiError::Unauthenticated { code: "invalid_refresh_token" };
    let mut conn = state.conn().await?;
    let Presented::Fresh { user_id, family_id } =
        queries::use_refresh_token(&mut conn, &digest(&body.0.refresh_token)).await?
    else {
        return Err(invalid);
    };
    if load_caller_grants(&mut conn, user_id, family_id).await?.is_none() {
        queries::end_session(&mut conn, family_id).await?;
        return Err(invalid);
    }
    let tokens = issue_tokens(&state, &mut conn, user_id, family_id).await?;
    Ok(HttpResponse::Ok().json(tokens))
}

/// End the session the refresh token belongs to: its refresh tokens and access tokens stop
/// working at once. Unknown tokens are ignored.
#[utoipa::path(operation_id = "logout", tag = "auth",
    request_body = RefreshRequest,
    responses((status = 204, description = "Signed out")))]
#[post("/auth/logout")]
pub async fn logout(state: web::Data<AppState>, body: ValidJson<RefreshRequest, 4096>) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    if let Some(family) = queries::family_of(&mut conn, &digest(&body.0.refresh_token)).await? {
        queries::end_session(&mut conn, family).await?;
    }
    Ok(HttpResponse::NoContent().finish())
}

/// A new refresh token in the session, and an access token naming it.
async fn issue_tokens(
    state: &AppState,
    conn: &mut AsyncPgConnection,
    user_id: UserId,
    session_id: Uuid,
) -> Result<TokenResponse, ApiError> {
    let (refresh_token, refresh_hash) = new_opaque_token();
    let refresh_ttl = Duration::days(i64::from(state.config.refresh_token_ttl_days));
    queries::insert_refresh_token(conn, user_id, session_id, &refresh_hash, Utc::now() + refresh_ttl).await?;
    Ok(TokenResponse {
        access_token: state.tokens.issue_access(user_id, session_id)?,
        token_type: "Bearer",
        expires_in: state.tokens.access_ttl_secs,
        refresh_token,
        refresh_expires_in: refresh_ttl.num_seconds(),
    })
}
