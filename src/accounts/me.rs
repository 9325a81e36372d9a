//! `GET /api/v1/me`: the signed-in account and the roles it holds now.

use actix_web::{HttpResponse, get, web};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::queries;
use super::types::{MeResponse, MyGrant};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::db::schema::{chapters, grants, organisations};
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's own account and current roles.
#[utoipa::path(operation_id = "get_me", tag = "auth",
    responses((status = 200, description = "The signed-in account", body = MeResponse)))]
#[get("/me")]
pub async fn get_me(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::GetMe, Target::Nothing)?;
    let mut conn = state.conn().await?;
    let user = queries::find(&mut conn, caller.id()?).await?;
    let ids: Vec<Uuid> = caller.grants.iter().map(|g| g.id).collect();
    let places: Vec<(Uuid, Option<String>, Option<String>)> = grants::table
        .left_join(organisations::table.on(organisations::id.nullable().eq(grants::organisation_id)))
        .left_join(chapters::table.on(chapters::id.nullable().eq(grants::chapter_id)))
        .filter(grants::id.eq_any(&ids))
        .select((grants::id, organisations::slug.nullable(), chapters::name.nullable()))
        .load(&mut conn)
        .await?;
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
