//! `GET /api/v1/orgs/{org}/audit`: the organisation's audit trail, newest first.

use crate::ids::UserId;
use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::auth::{Caller, Operation, Target, authorize};
use crate::db::schema::audit_events;
use crate::error::ApiResult;
use crate::http::{Page, PageParams, ValidQuery};
use crate::organisations::queries::find_by_slug;
use crate::state::AppState;

#[derive(Debug, Serialize, Queryable, Selectable, ToSchema)]
#[diesel(table_name = audit_events)]
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
    state: web::Data<AppState>,
    caller: Caller,
    org: web::Path<String>,
    filter: ValidQuery<AuditFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let (filter, page) = (filter.0, page.0);
    let mut conn = state.conn().await?;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListAudit, Target::Org(org.id))?;
    let mut query = audit_events::table
        .filter(audit_events::organisation_id.eq(org.id))
        .select(AuditEventResponse::as_select())
        .order(audit_events::id.desc())
        .limit(page.fetch())
        .into_boxed();
    if let Some(after) = page.after() {
        query = query.filter(audit_events::id.lt(after));
    }
    if let Some(actor) = filter.actor_user_id {
        query = query.filter(audit_events::actor_user_id.eq(actor));
    }
    if let Some(action) = filter.action {
        query = query.filter(audit_events::action.eq(action));
    }
    if let Some(entity_type) = filter.entity_type {
        query = query.filter(audit_events::entity_type.eq(entity_type));
    }
    if let Some(entity_id) = filter.entity_id {
        query = query.filter(audit_events::entity_id.eq(entity_id));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_events::occurred_at.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_events::occurred_at.lt(to));
    }
    let rows = query.load(&mut conn).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |e| e.id)))
}
