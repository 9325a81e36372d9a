//! Statements of the public side: the queue of public requests (`public_requests`), sign-ups
//! and the consents they record, and self-service links.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::Uuid as SqlUuid;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::types::SelfServicePurpose;
use crate::db::schema::{consents, memberships, public_requests, self_service_links, signups};
use crate::ids::{ChapterId, MembershipId, OrgId, PersonId};
use crate::members::queries::Person;
use crate::organisations::queries::Organisation;

/// How long a handled request with an `Idempotency-Key` is remembered.
const KEYS_KEPT_HOURS: i64 = 24;

#[derive(Insertable)]
#[diesel(table_name = public_requests)]
pub struct NewRequest<'a> {
    pub id: Uuid,
    pub organisation_id: OrgId,
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
pub async fn hash_for_key(conn: &mut AsyncPgConnection, org: OrgId, key: &str) -> QueryResult<Option<Vec<u8>>> {
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
    pub organisation_id: OrgId,
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

/// Marks requests handled (or given up): those without a key go; of those with one, only what
/// idempotency needs stays.
pub async fn finish(conn: &mut AsyncPgConnection, requests: &[&Claimed]) -> QueryResult<()> {
    let (keyed, unkeyed): (Vec<&Claimed>, Vec<&Claimed>) =
        requests.iter().partition(|request| request.idempotency_key.is_some());
    if !unkeyed.is_empty() {
        let ids: Vec<Uuid> = unkeyed.iter().map(|request| request.id).collect();
        diesel::delete(public_requests::table.filter(public_requests::id.eq_any(ids))).execute(conn).await?;
    }
    if !keyed.is_empty() {
        let ids: Vec<Uuid> = keyed.iter().map(|request| request.id).collect();
        diesel::update(public_requests::table.filter(public_requests::id.eq_any(ids)))
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
    org: OrgId,
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
    person: PersonId,
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
    person: PersonId,
) -> QueryResult<Vec<(DateTime<Utc>, Option<DateTime<Utc>>, Option<DateTime<Utc>>)>> {
    signups::table
        .filter(signups::person_id.eq(person))
        .order(signups::created_at)
        .select((signups::created_at, signups::confirmed_at, signups::expires_at))
        .load(conn)
        .await
}

/// A sign-up row: a new person's (with the membership it opened) or a known person's (with what
/// to add once they confirm).
#[derive(Insertable)]
#[diesel(table_name = signups)]
pub struct NewSignup {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub person_id: PersonId,
    pub membership_id: Option<MembershipId>,
    pub token_hash: Option<Vec<u8>>,
    pub created_person: bool,
    pub created_membership: bool,
    pub expires_at: Option<DateTime<Utc>>,
    pub chapter_id: Option<ChapterId>,
    pub type_code: Option<String>,
    pub consent_version: Option<String>,
    pub consent_language: Option<String>,
}

impl NewSignup {
    /// A sign-up of `person` that created nothing, asks for nothing and sends no link, to be
    /// filled in.
    pub fn of(org: &Organisation, person: &Person) -> Self {
        Self {
            id: Uuid::now_v7(),
            organisation_id: org.id,
            person_id: person.id,
            membership_id: None,
            token_hash: None,
            created_person: false,
            created_membership: false,
            expires_at: None,
            chapter_id: None,
            type_code: None,
            consent_version: None,
            consent_language: None,
        }
    }
}

/// Stores sign-ups with one statement; a unique violation means the same person signed up at
/// the same moment.
pub async fn insert_signups(conn: &mut AsyncPgConnection, signups: &[NewSignup]) -> QueryResult<()> {
    diesel::insert_into(signups::table).values(signups).execute(conn).await.map(drop)
}

/// Whether one of the person's sign-ups created their record: such a record is still the
/// sign-ups' to purge, so a newer sign-up has to say so too.
pub async fn created_by_signup(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        signups::table.filter(signups::person_id.eq(person).and(signups::created_person)),
    ))
    .get_result::<bool>(conn)
    .await
}

/// Whether the person was sent a confirmation link after `since`, so that another can wait.
pub async fn link_sent_since(
    conn: &mut AsyncPgConnection,
    person: PersonId,
    since: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        signups::table
            .filter(signups::person_id.eq(person))
            .filter(signups::token_hash.is_not_null())
            .filter(signups::created_at.gt(since)),
    ))
    .get_result(conn)
    .await
}

/// A sign-up whose link is being used, with what confirming it adds to a known person.
#[derive(Queryable, Selectable)]
#[diesel(table_name = signups)]
pub struct ConfirmedSignup {
    pub id: Uuid,
    pub person_id: PersonId,
    pub membership_id: Option<MembershipId>,
    pub chapter_id: Option<ChapterId>,
    pub type_code: Option<String>,
    pub consent_version: Option<String>,
    pub consent_language: Option<String>,
}

/// The unconfirmed, unexpired sign-up whose link has this digest, locked so that the link is
/// used once; `None` when the link is unknown, used or expired.
pub async fn signup_to_confirm(
    conn: &mut AsyncPgConnection,
    token_hash: &[u8],
) -> QueryResult<Option<ConfirmedSignup>> {
    signups::table
        .filter(signups::token_hash.eq(token_hash))
        .filter(signups::confirmed_at.is_null())
        .filter(signups::expires_at.gt(Utc::now()))
        .select(ConfirmedSignup::as_select())
        .for_update()
        .first(conn)
        .await
        .optional()
}

/// Marks the sign-up confirmed with the membership it led to, and forgets its link's digest so
/// the link cannot be used again.
pub async fn mark_confirmed(conn: &mut AsyncPgConnection, signup: Uuid, membership: MembershipId) -> QueryResult<()> {
    diesel::update(signups::table.find(signup))
        .set((
            signups::confirmed_at.eq(diesel::dsl::now),
            signups::token_hash.eq(None::<Vec<u8>>),
            signups::membership_id.eq(membership),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// A person's consent to membership, in the version and language they were shown.
pub struct NewConsent<'a> {
    pub organisation_id: OrgId,
    pub person_id: PersonId,
    pub version: &'a str,
    pub language: &'a str,
}

/// Records consents to membership with one statement.
pub async fn record_consents(conn: &mut AsyncPgConnection, given: &[NewConsent<'_>]) -> QueryResult<()> {
    let rows: Vec<_> = given
        .iter()
        .map(|consent| {
            (
                consents::id.eq(Uuid::now_v7()),
                consents::organisation_id.eq(consent.organisation_id),
                consents::person_id.eq(consent.person_id),
                consents::purpose.eq("membership"),
                consents::text_version.eq(consent.version),
                consents::language.eq(consent.language),
            )
        })
        .collect();
    diesel::insert_into(consents::table).values(rows).execute(conn).await.map(drop)
}

/// An unconfirmed sign-up past its expiry, with what it created.
#[derive(Queryable)]
pub struct ExpiredSignup {
    pub id: Uuid,
    pub person_id: PersonId,
    pub membership_id: Option<MembershipId>,
    pub created_person: bool,
    pub created_membership: bool,
}

/// Locks up to `limit` expired, unconfirmed sign-ups, skipping those another replica holds.
pub async fn claim_expired(conn: &mut AsyncPgConnection, limit: i64) -> QueryResult<Vec<ExpiredSignup>> {
    signups::table
        .filter(signups::confirmed_at.is_null())
        .filter(signups::expires_at.lt(Utc::now()))
        .select((
            signups::id,
            signups::person_id,
            signups::membership_id,
            signups::created_person,
            signups::created_membership,
        ))
        .limit(limit)
        .for_update()
        .skip_locked()
        .load(conn)
        .await
}

/// Deletes a sign-up that expired (what it created is purged separately).
pub async fn delete_signup(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<()> {
    diesel::delete(signups::table.find(id)).execute(conn).await.map(drop)
}

/// Deletes a membership a sign-up opened, with its history, if it is still pending and nothing
/// else (another sign-up, a fee) refers to it.
pub async fn purge_pending_membership(conn: &mut AsyncPgConnection, membership: MembershipId) -> QueryResult<()> {
    let still_pending = diesel::sql_query(
        "DELETE FROM membership_periods WHERE membership_id = $1
           AND EXISTS (SELECT 1 FROM memberships WHERE id = $1 AND status = 'pending')
           AND NOT EXISTS (SELECT 1 FROM signups WHERE membership_id = $1)
           AND NOT EXISTS (SELECT 1 FROM membership_fees WHERE membership_id = $1)",
    )
    .bind::<SqlUuid, _>(membership)
    .execute(conn)
    .await?;
    if still_pending > 0 {
        diesel::delete(memberships::table.find(membership)).execute(conn).await?;
    }
    Ok(())
}

/// What an unconfirmed sign-up leaves with the person it created, removed with them. The audit
/// trail stays, as it does for erasure.
pub const PURGED_WITH_PERSON: [&str; 3] = ["consents", "outbox", "self_service_links"];

/// Deletes the rows of [`PURGED_WITH_PERSON`] that are the person's, before the person goes.
pub async fn purge_held_with_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<()> {
    for table in PURGED_WITH_PERSON {
        diesel::sql_query(format!("DELETE FROM {table} WHERE person_id = $1"))
            .bind::<SqlUuid, _>(person)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Stores a one-time link for `purpose`, by its digest only, so the database cannot give the
/// link away.
pub async fn insert_link(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    person: PersonId,
    purpose: SelfServicePurpose,
    token_hash: &[u8],
    expires_at: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(self_service_links::table)
        .values((
            self_service_links::id.eq(Uuid::now_v7()),
            self_service_links::organisation_id.eq(org),
            self_service_links::person_id.eq(person),
            self_service_links::purpose.eq(purpose),
            self_service_links::token_hash.eq(token_hash),
            self_service_links::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Uses up the unused, unexpired link for `purpose` with this digest, in one statement so a
/// link works once however many requests bring it; returns its person, or `None` when there is
/// no such link.
pub async fn use_link(
    conn: &mut AsyncPgConnection,
    token_hash: &[u8],
    purpose: SelfServicePurpose,
) -> QueryResult<Option<PersonId>> {
    diesel::update(
        self_service_links::table
            .filter(self_service_links::token_hash.eq(token_hash))
            .filter(self_service_links::purpose.eq(purpose))
            .filter(self_service_links::used_at.is_null())
            .filter(self_service_links::expires_at.gt(Utc::now())),
    )
    .set(self_service_links::used_at.eq(diesel::dsl::now))
    .returning(self_service_links::person_id)
    .get_result::<PersonId>(conn)
    .await
    .optional()
}
