//! `GET /api/v1/me`: the signed-in account and the roles it holds now.

use actix_web::{HttpResponse, get};
use uuid::Uuid;

use super::queries;
use super::types::{MeResponse, MyGrant};
use crate::access::queries as access;
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::ApiResult;
use crate::http::Db;

/// The caller's own account and current roles.
#[utoipa::path(operation_id = "get_me", tag = "auth",
    responses((status = 200, description = "The signed-in account", body = MeResponse)))]
#[get("/me")]
pub async fn get_me(caller: Caller, mut conn: Db) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::GetMe, Target::Nothing)?;
    let user = queries::find(&mut conn, caller.id()?).await?;
    let ids: Vec<Uuid> = caller.grants.iter().map(|g| g.id).collect();
    let places = access::places_of(&mut conn, &ids).await?;
    let grants = caller
        .grants
        .iter()
        .map(|g| {
            let place = places.iter().find(|(id, _, _)| *id == g.id);
            MyGrant {
                id: g.id,
                role: g.role,
                organisation_id: g.organisation_id,
                organisation_slug: place.and_then(|p| p.1.clone()),
                chapter_id: g.chapter_id,
                chapter_name: place.and_then(|p| p.2.clone()),
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(MeResponse {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        language: user.language,
        grants,
    }))
}
