//! Reading the audit trail back.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::audit_events;
use crate::ids::{OrgId, UserId};

/// One recorded event, as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_events)]
pub struct AuditEvent {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    pub actor_user_id: Option<UserId>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: Option<Uuid>,
    pub request_id: Option<String>,
    pub changed_fields: Vec<String>,
}

/// Which events of an organisation to read; every part given narrows the list.
#[derive(Debug, Default)]
pub struct AuditQuery {
    pub actor_user_id: Option<UserId>,
    pub action: Option<String>,
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// One page of the organisation's events matching `q`, newest first, before `after`.
pub async fn list(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    q: AuditQuery,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<AuditEvent>> {
    let mut query = audit_events::table
        .filter(audit_events::organisation_id.eq(org))
        .select(AuditEvent::as_select())
        .order(audit_events::id.desc())
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(audit_events::id.lt(after));
    }
    if let Some(actor) = q.actor_user_id {
        query = query.filter(audit_events::actor_user_id.eq(actor));
    }
    if let Some(action) = q.action {
        query = query.filter(audit_events::action.eq(action));
    }
    if let Some(entity_type) = q.entity_type {
        query = query.filter(audit_events::entity_type.eq(entity_type));
    }
    if let Some(entity_id) = q.entity_id {
        query = query.filter(audit_events::entity_id.eq(entity_id));
    }
    if let Some(from) = q.from {
        query = query.filter(audit_events::occurred_at.ge(from));
    }
    if let Some(to) = q.to {
        query = query.filter(audit_events::occurred_at.lt(to));
    }
    query.load(conn).await
}
