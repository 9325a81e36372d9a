//! `GET /api/v1/orgs/{org}/audit`: the organisation's audit trail, newest first.

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::queries::{self, AuditEvent, AuditQuery};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::ApiResult;
use crate::http::{Db, Page, PageParams, ValidQuery};
use crate::ids::UserId;
use crate::organisations::queries::find_by_slug;

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventResponse {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    pub actor_user_id: Option<UserId>,
    /// `create`, `update`, `revoke`, `list`, `login`, `accept` …
    pub action: String,
    pub entity_type: String,
    pub entity_id: Option<Uuid>,
    pub request_id: Option<String>,
    pub changed_fields: Vec<String>,
}

impl From<AuditEvent> for AuditEventResponse {
    fn from(e: AuditEvent) -> Self {
        Self {
            id: e.id,
            occurred_at: e.occurred_at,
            actor_user_id: e.actor_user_id,
            action: e.action,
            entity_type: e.entity_type,
            entity_id: e.entity_id,
            request_id: e.request_id,
            changed_fields: e.changed_fields,
        }
    }
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditFilter {
    pub actor_user_id: Option<UserId>,
    #[validate(length(max = 64))]
    #[param(max_length = 64)]
    pub action: Option<String>,
    #[validate(length(max = 64))]
    #[param(max_length = 64)]
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    /// Events at or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Events before this time.
    pub to: Option<DateTime<Utc>>,
}

/// List the audit trail (org admins).
#[utoipa::path(
    operation_id = "list_audit",
    tag = "audit",
    params(("org" = String, Path, description = "Organisation slug"), AuditFilter, PageParams),
    responses((status = 200, description = "One page of audit events, newest first", body = Page<AuditEventResponse>))
)]
#[get("/orgs/{org}/audit")]
pub async fn list_audit(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    filter: ValidQuery<AuditFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let (filter, page) = (filter.0, page.0);
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListAudit, Target::Org(org.id))?;
    let query = AuditQuery {
        actor_user_id: filter.actor_user_id,
        action: filter.action,
        entity_type: filter.entity_type,
        entity_id: filter.entity_id,
        from: filter.from,
        to: filter.to,
    };
    let rows = queries::list(&mut conn, org.id, query, page.after(), page.fetch()).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |e| e.id).map(AuditEventResponse::from)))
}
