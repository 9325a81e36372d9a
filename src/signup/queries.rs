//! Statements of the public side: the queue of public requests (`public_requests`), and
//! sign-ups with the consents they record.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{consents, public_requests, signups};

/// How long a handled request with an `Idempotency-Key` is remembered.
const KEYS_KEPT_HOURS: i64 = 24;

#[derive(Insertable)]
#[diesel(table_name = public_requests)]
pub struct NewRequest<'a> {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub idempotency_key: Option<&'a str>,
    pub request_hash: &'a [u8],
    pub request: serde_json::Value,
}

/// Stores a request; `false` when its `Idempotency-Key` was used before in the organisation.
pub async fn insert(conn: &mut AsyncPgConnection, request: &NewRequest<'_>) -> QueryResult<bool> {
    let inserted = diesel::insert_into(public_requests::table)
        .values(request)
        .on_conflict((public_requests::organisation_id, public_requests::idempotency_key))
        .do_nothing()
        .execute(conn)
        .await?;
    Ok(inserted == 1)
}

/// The body digest of the request that first used `key`.
pub async fn hash_for_key(conn: &mut AsyncPgConnection, org: Uuid, key: &str) -> QueryResult<Option<Vec<u8>>> {
    public_requests::table
        .filter(public_requests::organisation_id.eq(org).and(public_requests::idempotency_key.eq(key)))
        .select(public_requests::request_hash)
        .first(conn)
        .await
        .optional()
}

/// A request taken from the queue.
#[derive(Queryable, Selectable)]
#[diesel(table_name = public_requests)]
pub struct Claimed {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub idempotency_key: Option<String>,
    pub request: Option<serde_json::Value>,
    pub attempts: i32,
}

/// Locks up to `limit` due requests, longest due first (along `public_requests_due_idx`),
/// skipping those another replica holds.
pub async fn claim_due(conn: &mut AsyncPgConnection, limit: i64) -> QueryResult<Vec<Claimed>> {
    public_requests::table
        .filter(public_requests::handled_at.is_null())
        .filter(public_requests::next_attempt_at.le(diesel::dsl::now))
        .order(public_requests::next_attempt_at)
        .limit(limit)
        .for_update()
        .skip_locked()
        .select(Claimed::as_select())
        .load(conn)
        .await
}

/// Marks a request handled (or given up): without a key it goes; with one, only what
/// idempotency needs stays.
pub async fn finish(conn: &mut AsyncPgConnection, request: &Claimed) -> QueryResult<()> {
    let row = public_requests::table.find(request.id);
    if request.idempotency_key.is_none() {
        diesel::delete(row).execute(conn).await?;
    } else {
        diesel::update(row)
            .set((
                public_requests::request.eq(None::<serde_json::Value>),
                public_requests::handled_at.eq(diesel::dsl::now),
            ))
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Records a failed attempt; the request is tried again from `next_attempt_at`.
pub async fn postpone(conn: &mut AsyncPgConnection, id: Uuid, next_attempt_at: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(public_requests::table.find(id))
        .set((
            public_requests::attempts.eq(public_requests::attempts + 1),
            public_requests::next_attempt_at.eq(next_attempt_at),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Drops the requests still waiting that name this e-mail address or phone number, so that a
/// sign-up queued just before an erasure does not bring the person back.
pub async fn discard_waiting_for(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    email: Option<&str>,
    phone: Option<&str>,
) -> QueryResult<usize> {
    diesel::sql_query(
        "DELETE FROM public_requests
         WHERE organisation_id = $1 AND handled_at IS NULL
           AND (request #>> '{request,details,email}' = $2 OR request #>> '{request,email}' = $2
                OR request #>> '{request,details,phone}' = $3)",
    )
    .bind::<diesel::sql_types::Uuid, _>(org)
    .bind::<diesel::sql_types::Nullable<diesel::sql_types::Text>, _>(email)
    .bind::<diesel::sql_types::Nullable<diesel::sql_types::Text>, _>(phone)
    .execute(conn)
    .await
}

/// Forgets handled requests whose keys are older than a day; returns how many.
pub async fn purge_handled(conn: &mut AsyncPgConnection) -> QueryResult<usize> {
    let before = Utc::now() - chrono::Duration::hours(KEYS_KEPT_HOURS);
    diesel::delete(public_requests::table.filter(public_requests::handled_at.lt(before))).execute(conn).await
}

/// The consents a person gave, oldest first, as (purpose, text version, language, given at):
/// for their data export.
pub async fn consents_of(
    conn: &mut AsyncPgConnection,
    person: Uuid,
) -> QueryResult<Vec<(String, String, String, DateTime<Utc>)>> {
    consents::table
        .filter(consents::person_id.eq(person))
        .order(consents::given_at)
        .select((consents::purpose, consents::text_version, consents::language, consents::given_at))
        .load(conn)
        .await
}

/// A person's sign-ups, oldest first, as (created, confirmed, link expires): for their data
/// export.
pub async fn signups_of(
    conn: &mut AsyncPgConnection,
    person: Uuid,
) -> QueryResult<Vec<(DateTime<Utc>, Option<DateTime<Utc>>, Option<DateTime<Utc>>)>> {
    signups::table
        .filter(signups::person_id.eq(person))
        .order(signups::created_at)
        .select((signups::created_at, signups::confirmed_at, signups::expires_at))
        .load(conn)
        .await
}
