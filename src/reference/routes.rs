//! `GET /api/v1/regions`, `PUT /api/v1/regions/{code}`, `GET /api/v1/counties`,
//! `PUT /api/v1/counties/{code}`.

use actix_web::{HttpResponse, get, put, web};
use chrono::NaiveDate;
use diesel_async::AsyncConnection;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use super::queries::{self, County, Region};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, RequestMeta, ValidJson};
use crate::state::AppState;

/// A bounded reference list (a handful of rows), so it is not paginated.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReferenceList<T> {
    pub items: Vec<T>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutCounty {
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100, example = "Trøndelag")]
    pub name: String,
    #[validate(length(min = 2, max = 16))]
    #[schema(min_length = 2, max_length = 16, example = "midt")]
    pub region_code: String,
    pub valid_from: Option<NaiveDate>,
    /// Not before `valid_from` (else `valid_to_before_valid_from`).
    pub valid_to: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutRegion {
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100, example = "RVTS Midt")]
    pub name: String,
}

/// List the RVTS regions.
#[utoipa::path(operation_id = "list_regions", tag = "reference",
    responses((status = 200, description = "All regions", body = ReferenceList<Region>)))]
#[get("/regions")]
pub async fn list_regions(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let items = queries::list_regions(&mut conn).await?;
    Ok(HttpResponse::Ok().json(ReferenceList { items }))
}

/// Create or rename a region (platform admins).
#[utoipa::path(operation_id = "put_region", tag = "reference",
    params(("code" = String, Path, description = "Region code: 2–16 lower-case letters", pattern = "^[a-z]{2,16}$")),
    request_body = PutRegion,
    responses((status = 200, description = "The region as stored", body = Region)))]
#[put("/regions/{code}")]
pub async fn put_region(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    code: web::Path<String>,
    body: ValidJson<PutRegion, 4096>,
) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::PutRegion, Target::Nothing)?;
    let code = code.into_inner();
    if !super::queries::is_region_code(&code) {
        return Err(ApiError::validation("code", "region_code"));
    }
    let region = Region { code, name: body.0.name };
    let stored = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let stored = queries::store_region(conn, &region).await?;
            audit::record(conn, &meta, caller.user_id, Event::new(None, "update", "region", None).fields(vec!["name"]))
                .await?;
            Ok(stored)
        })
        .await?;
    Ok(HttpResponse::Ok().json(stored))
}

/// List the counties with their RVTS region, historical ones included.
#[utoipa::path(operation_id = "list_counties", tag = "reference",
    responses((status = 200, description = "All counties", body = ReferenceList<County>)))]
#[get("/counties")]
pub async fn list_counties(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let items = queries::list_counties(&mut conn).await?;
    Ok(HttpResponse::Ok().json(ReferenceList { items }))
}

/// Create or correct a county (platform admins).
#[utoipa::path(operation_id = "put_county", tag = "reference",
    params(("code" = String, Path, description = "Two-digit county number", pattern = "^[0-9]{2}$")),
    request_body = PutCounty,
    responses((status = 200, description = "The county as stored", body = County)))]
#[put("/counties/{code}")]
pub async fn put_county(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    code: web::Path<String>,
    body: ValidJson<PutCounty, 4096>,
) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::PutCounty, Target::Nothing)?;
    let code = code.into_inner();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::validation("code", "county_code"));
    }
    let body = body.0;
    if let (Some(from), Some(to)) = (body.valid_from, body.valid_to)
        && from > to
    {
        return Err(ApiError::validation("valid_to", "valid_to_before_valid_from"));
    }
    let county = County {
        code,
        name: body.name,
        region_code: body.region_code,
        valid_from: body.valid_from,
        valid_to: body.valid_to,
    };
    let stored = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let stored = queries::store_county(conn, &county).await?;
            let fields = vec!["name", "region_code", "valid_from", "valid_to"];
            audit::record(conn, &meta, caller.user_id, Event::new(None, "update", "county", None).fields(fields))
                .await?;
            Ok(stored)
        })
        .await?;
    Ok(HttpResponse::Ok().json(stored))
}
