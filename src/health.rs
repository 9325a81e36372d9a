//! `GET /health/live` (the process answers) and `GET /health/ready` (the database answers).

use actix_web::{HttpResponse, get, web};
use diesel_async::SimpleAsyncConnection;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// Liveness: answers while the process runs, whatever the database does.
#[utoipa::path(operation_id = "health_live", tag = "health", responses((status = 200, description = "Alive", body = Health)))]
#[get("/health/live")]
pub async fn live() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ok" })
}

/// Readiness: 200 when a database connection answers within the pool timeout, else 503.
#[utoipa::path(operation_id = "health_ready", tag = "health", responses((status = 200, description = "Ready", body = Health)))]
#[get("/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    conn.batch_execute("SELECT 1").await.map_err(|_| ApiError::Unavailable)?;
    Ok(HttpResponse::Ok().json(Health { status: "ok" }))
}
