//! The audit trail: who did what to which entity, when, in which request — with the names of
//! the fields that changed, never their values. The table refuses updates and deletes.

pub mod queries;
pub mod routes;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::auth::Caller;
use crate::db::schema::audit_events;
use crate::http::RequestMeta;
use crate::ids::{ChapterId, OrgId, UserId};

/// One audited action, recorded in the same transaction as the change it describes.
pub struct Event<'a> {
    pub organisation_id: Option<OrgId>,
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: Option<Uuid>,
    pub changed_fields: Vec<&'a str>,
}

impl<'a> Event<'a> {
    pub fn new(organisation_id: Option<OrgId>, action: &'a str, entity_type: &'a str, entity_id: Option<Uuid>) -> Self {
        Self { organisation_id, action, entity_type, entity_id, changed_fields: Vec::new() }
    }

    pub fn fields(mut self, fields: Vec<&'a str>) -> Self {
        self.changed_fields = fields;
        self
    }
}

pub async fn record(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    actor: Option<UserId>,
    event: Event<'_>,
) -> QueryResult<()> {
    record_all(conn, [(meta, actor, event)]).await
}

/// Records several events with one statement, each with its own request and actor (a batch of
/// sign-ups, say).
pub async fn record_all<'a>(
    conn: &mut AsyncPgConnection,
    events: impl IntoIterator<Item = (&'a RequestMeta, Option<UserId>, Event<'a>)>,
) -> QueryResult<()> {
    let rows: Vec<_> = events
        .into_iter()
        .map(|(meta, actor, event)| {
            (
                audit_events::id.eq(Uuid::now_v7()),
                audit_events::organisation_id.eq(event.organisation_id),
                audit_events::actor_user_id.eq(actor),
                audit_events::action.eq(event.action),
                audit_events::entity_type.eq(event.entity_type),
                audit_events::entity_id.eq(event.entity_id),
                audit_events::request_id.eq(request_id(meta)),
                audit_events::changed_fields.eq(event.changed_fields.iter().map(|f| f.to_string()).collect::<Vec<_>>()),
            )
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    diesel::insert_into(audit_events::table).values(rows).execute(conn).await?;
    Ok(())
}

diesel::define_sql_function! {
    /// The `record_read_event` SQL function of the performance migration.
    #[allow(clippy::too_many_arguments)]
    fn record_read_event(
        id: diesel::sql_types::Uuid,
        organisation: diesel::sql_types::Nullable<diesel::sql_types::Uuid>,
        actor: diesel::sql_types::Nullable<diesel::sql_types::Uuid>,
        action: diesel::sql_types::Text,
        entity_type: diesel::sql_types::Text,
        entity: diesel::sql_types::Nullable<diesel::sql_types::Uuid>,
        request: diesel::sql_types::Nullable<diesel::sql_types::Text>,
    );
}

/// Records that the caller read personal data. On its own, outside a transaction, the record
/// commits without waiting for the disk (`record_read_event`), so a read never waits for a WAL
/// flush; within a transaction it is recorded as any other event, and commits with it.
pub async fn record_read(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    actor: Option<UserId>,
    event: Event<'_>,
) -> QueryResult<()> {
    if in_transaction(conn) {
        return record(conn, meta, actor, event).await;
    }
    diesel::select(record_read_event(
        Uuid::now_v7(),
        event.organisation_id.map(OrgId::uuid),
        actor.map(UserId::uuid),
        event.action,
        event.entity_type,
        event.entity_id,
        request_id(meta),
    ))
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether the connection is inside a transaction (or its transaction state is broken).
fn in_transaction(conn: &mut AsyncPgConnection) -> bool {
    use diesel_async::{AsyncConnection, TransactionManager};
    let status = <AsyncPgConnection as AsyncConnection>::TransactionManager::transaction_manager_status_mut(conn);
    !matches!(status.transaction_depth(), Ok(None))
}

fn request_id(meta: &RequestMeta) -> Option<&str> {
    Some(meta.request_id.as_str()).filter(|id| !id.is_empty())
}

/// Records that the caller read a list of personal data.
pub async fn record_list_read(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    caller: &Caller,
    organisation_id: OrgId,
    entity_type: &str,
    scope: Option<ChapterId>,
) -> QueryResult<()> {
    let event = Event::new(Some(organisation_id), "list", entity_type, scope.map(ChapterId::uuid));
    record_read(conn, meta, caller.user_id, event).await
}

/// What was done to an entity, oldest first and at most 10 000 events, as (when, action, entity
/// type, changed fields): for a person's data export, which shows no actors or requests.
pub async fn history_of(
    conn: &mut AsyncPgConnection,
    entity: Uuid,
) -> QueryResult<Vec<(DateTime<Utc>, String, String, Vec<String>)>> {
    audit_events::table
        .filter(audit_events::entity_id.eq(entity))
        .order(audit_events::id)
        .limit(10_000)
        .select((
            audit_events::occurred_at,
            audit_events::action,
            audit_events::entity_type,
            audit_events::changed_fields,
        ))
        .load(conn)
        .await
}

/// The names of the fields an update sets, for the audit trail.
#[macro_export]
macro_rules! changed_fields {
    ($input:expr; $($field:ident),* $(,)?) => {{
        let mut fields: Vec<&'static str> = Vec::new();
        $(if $input.$field.is_some() { fields.push(stringify!($field)); })*
        fields
    }};
}
