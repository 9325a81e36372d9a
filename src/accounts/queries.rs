//! Database access for accounts and refresh tokens.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{account_people, organisations, people, refresh_tokens, sessions, users};
use crate::ids::{OrgId, PersonId, UserId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub language: Option<String>,
    pub disabled_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
}

impl NewUser {
    pub fn new(email: String, display_name: String, password_hash: String) -> Self {
        Self { id: UserId::new(), email: normalise_email(&email), display_name, password_hash }
    }
}

/// E-mail addresses are stored and compared as people's are: in lower case, the domain in
/// its ASCII form.
pub fn normalise_email(email: &str) -> String {
    crate::members::contact::normalise_email(email)
}

/// Looks an account up by e-mail, ignoring case.
pub async fn find_by_email(conn: &mut AsyncPgConnection, email: &str) -> QueryResult<Option<User>> {
    users::table.filter(users::email.eq(normalise_email(email))).select(User::as_select()).first(conn).await.optional()
}

pub async fn find(conn: &mut AsyncPgConnection, id: UserId) -> QueryResult<User> {
    users::table.find(id).select(User::as_select()).first(conn).await
}

pub async fn insert(conn: &mut AsyncPgConnection, user: &NewUser) -> QueryResult<UserId> {
    diesel::insert_into(users::table).values(user).returning(users::id).get_result(conn).await
}

/// Opens a session (one sign-in) for the account; its id goes into every access token.
pub async fn open_session(conn: &mut AsyncPgConnection, user_id: UserId) -> QueryResult<Uuid> {
    diesel::insert_into(sessions::table)
        .values((sessions::id.eq(Uuid::now_v7()), sessions::user_id.eq(user_id)))
        .returning(sessions::id)
        .get_result(conn)
        .await
}

/// Stores a refresh token's digest in `family`.
pub async fn insert_refresh_token(
    conn: &mut AsyncPgConnection,
    user_id: UserId,
    family_id: Uuid,
    token_hash: &[u8],
    expires_at: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::id.eq(Uuid::now_v7()),
            refresh_tokens::user_id.eq(user_id),
            refresh_tokens::family_id.eq(family_id),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// What presenting a refresh token found.
pub enum Presented {
    /// Fresh: now marked used; rotate within this family.
    Fresh {
        user_id: UserId,
        family_id: Uuid,
    },
    /// Already used or revoked: a sign of theft, so its session was ended.
    Reused,
    Unknown,
}

/// Marks the token used in one statement, so two concurrent refreshes cannot both succeed.
pub async fn use_refresh_token(conn: &mut AsyncPgConnection, token_hash: &[u8]) -> QueryResult<Presented> {
    let fresh: Option<(UserId, Uuid)> = diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::token_hash.eq(token_hash))
            .filter(refresh_tokens::used_at.is_null())
            .filter(refresh_tokens::revoked_at.is_null())
            .filter(refresh_tokens::expires_at.gt(diesel::dsl::now)),
    )
    .set(refresh_tokens::used_at.eq(diesel::dsl::now))
    .returning((refresh_tokens::user_id, refresh_tokens::family_id))
    .get_result(conn)
    .await
    .optional()?;
    if let Some((user_id, family_id)) = fresh {
        return Ok(Presented::Fresh { user_id, family_id });
    }
    let seen: Option<(Uuid, bool)> = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select((refresh_tokens::family_id, refresh_tokens::expires_at.gt(diesel::dsl::now)))
        .first(conn)
        .await
        .optional()?;
    match seen {
        Some((family_id, true)) => {
            end_session(conn, family_id).await?;
            Ok(Presented::Reused)
        }
        _ => Ok(Presented::Unknown),
    }
}

/// Ends a session: its access tokens stop working at once and its refresh tokens are revoked.
pub async fn end_session(conn: &mut AsyncPgConnection, session_id: Uuid) -> QueryResult<()> {
    diesel::update(sessions::table.find(session_id).filter(sessions::ended_at.is_null()))
        .set(sessions::ended_at.eq(diesel::dsl::now))
        .execute(conn)
        .await?;
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(session_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(diesel::dsl::now))
    .execute(conn)
    .await
    .map(drop)
}

pub async fn family_of(conn: &mut AsyncPgConnection, token_hash: &[u8]) -> QueryResult<Option<Uuid>> {
    refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(refresh_tokens::family_id)
        .first(conn)
        .await
        .optional()
}

pub async fn set_password(conn: &mut AsyncPgConnection, id: UserId, password_hash: &str) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((users::password_hash.eq(password_hash), users::updated_at.eq(diesel::dsl::now)))
        .execute(conn)
        .await
        .map(drop)
}

/// A person record an account is linked to: the person the account holder is, in one
/// organisation.
#[derive(Debug, Clone, Queryable)]
pub struct LinkedPerson {
    pub organisation_id: OrgId,
    pub organisation_slug: String,
    pub person_id: PersonId,
    pub linked_at: DateTime<Utc>,
}

/// Links the account to the person unless either is linked already in that organisation;
/// true when the link is new.
pub async fn link_person(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    person: PersonId,
    user: UserId,
    linked_by: Option<UserId>,
) -> QueryResult<bool> {
    let inserted = diesel::insert_into(account_people::table)
        .values((
            account_people::person_id.eq(person),
            account_people::organisation_id.eq(org),
            account_people::user_id.eq(user),
            account_people::linked_by.eq(linked_by),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    Ok(inserted == 1)
}

/// Removes the person's link to an account; the account it was linked to, if any.
pub async fn unlink_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Option<UserId>> {
    diesel::delete(account_people::table.find(person))
        .returning(account_people::user_id)
        .get_result(conn)
        .await
        .optional()
}

/// The account a person is linked to, if any.
pub async fn account_of(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> QueryResult<Option<(UserId, DateTime<Utc>)>> {
    account_people::table
        .find(person)
        .select((account_people::user_id, account_people::linked_at))
        .first(conn)
        .await
        .optional()
}

/// The e-mail of the account a person is linked to, and since when, for their data export.
pub async fn linked_account(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> QueryResult<Option<(String, DateTime<Utc>)>> {
    account_people::table
        .inner_join(users::table.on(users::id.eq(account_people::user_id)))
        .filter(account_people::person_id.eq(person))
        .select((users::email, account_people::linked_at))
        .first(conn)
        .await
        .optional()
}

/// The people the account is, one per organisation, skipping erased records.
pub async fn linked_people(conn: &mut AsyncPgConnection, user: UserId) -> QueryResult<Vec<LinkedPerson>> {
    account_people::table
        .inner_join(organisations::table)
        .inner_join(people::table.on(people::id.eq(account_people::person_id)))
        .filter(account_people::user_id.eq(user))
        .filter(people::erased_at.is_null())
        .order(organisations::slug)
        .select((
            account_people::organisation_id,
            organisations::slug,
            account_people::person_id,
            account_people::linked_at,
        ))
        .load(conn)
        .await
}
