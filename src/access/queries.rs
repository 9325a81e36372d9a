//! Database access for grants and invitations.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::auth::Role;
use crate::auth::policy::GrantReach;
use crate::db::schema::{chapters, grants, invitations, organisations, users};
use crate::ids::{ChapterId, OrgId, UserId};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = grants)]
pub struct Grant {
    pub id: Uuid,
    pub user_id: UserId,
    pub role: Role,
    pub organisation_id: Option<OrgId>,
    pub chapter_id: Option<ChapterId>,
    pub valid_from: DateTime<Utc>,
    pub valid_to: Option<DateTime<Utc>>,
    pub granted_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

impl Grant {
    pub fn new(
        user_id: UserId,
        role: Role,
        organisation_id: Option<OrgId>,
        chapter_id: Option<ChapterId>,
        granted_by: Option<UserId>,
    ) -> Self {
        let now = Utc::now();
        Self {
            id: Uuid::now_v7(),
            user_id,
            role,
            organisation_id,
            chapter_id,
            valid_from: now,
            valid_to: None,
            granted_by,
            created_at: now,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = invitations)]
pub struct Invitation {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub chapter_id: Option<ChapterId>,
    pub role: Role,
    pub email: String,
    pub token_hash: Vec<u8>,
    pub invited_by: UserId,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub accepted_by: Option<UserId>,
}

/// Where a list of grants is taken from.
pub enum GrantScope {
    Organisation(OrgId),
    /// A chapter and every chapter under it.
    Subtree(ChapterId),
}

pub struct GrantListQuery {
    pub scope: GrantScope,
    pub role: Option<Role>,
    pub user_id: Option<UserId>,
    pub include_inactive: bool,
}

/// A grant with the e-mail address and name of the account holding it, as staff see grants
/// listed.
#[derive(Debug, Queryable)]
pub struct GrantRow {
    pub grant: Grant,
    pub user_email: String,
    pub user_display_name: String,
}

/// Grants with their holder's name and e-mail, ordered by id, after `after`.
pub async fn list(
    conn: &mut AsyncPgConnection,
    q: &GrantListQuery,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<GrantRow>> {
    let mut query = grants::table
        .inner_join(users::table.on(users::id.eq(grants::user_id)))
        .select((Grant::as_select(), users::email, users::display_name))
        .order(grants::id)
        .limit(limit)
        .into_boxed();
    query =
        match q.scope {
            GrantScope::Organisation(org) => query.filter(grants::organisation_id.eq(org)),
            GrantScope::Subtree(root) => query.filter(grants::chapter_id.eq_any(
                chapters::table.filter(chapters::ancestors.contains(vec![root])).select(chapters::id).nullable(),
            )),
        };
    if let Some(role) = q.role {
        query = query.filter(grants::role.eq(role));
    }
    if let Some(user) = q.user_id {
        query = query.filter(grants::user_id.eq(user));
    }
    if !q.include_inactive {
        query = query
            .filter(grants::valid_from.le(diesel::dsl::now))
            .filter(grants::valid_to.is_null().or(grants::valid_to.gt(diesel::dsl::now)));
    }
    if let Some(after) = after {
        query = query.filter(grants::id.gt(after));
    }
    query.load::<GrantRow>(conn).await
}

/// Whether the account exists and, unless `reach` is everyone, holds an active role within it.
pub async fn account_in_reach(conn: &mut AsyncPgConnection, user_id: UserId, reach: &GrantReach) -> QueryResult<bool> {
    let active = grants::user_id
        .eq(user_id)
        .and(grants::valid_from.le(diesel::dsl::now))
        .and(grants::valid_to.is_null().or(grants::valid_to.gt(diesel::dsl::now)));
    match reach {
        GrantReach::Everyone => diesel::select(diesel::dsl::exists(users::table.find(user_id))).get_result(conn).await,
        GrantReach::Organisation(org) => {
            let held = grants::table.filter(active).filter(grants::organisation_id.eq(*org));
            diesel::select(diesel::dsl::exists(held)).get_result(conn).await
        }
        GrantReach::Chapters(led) => {
            let held = grants::table
                .inner_join(chapters::table.on(chapters::id.nullable().eq(grants::chapter_id)))
                .filter(active)
                .filter(chapters::ancestors.overlaps_with(led.clone()));
            diesel::select(diesel::dsl::exists(held)).get_result(conn).await
        }
    }
}

/// Whether the account holds `role` right now, anywhere.
pub async fn holds_active_role(conn: &mut AsyncPgConnection, user_id: UserId, role: Role) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        grants::table
            .filter(grants::user_id.eq(user_id).and(grants::role.eq(role)))
            .filter(grants::valid_from.le(diesel::dsl::now))
            .filter(grants::valid_to.is_null().or(grants::valid_to.gt(diesel::dsl::now))),
    ))
    .get_result(conn)
    .await
}

/// Where each of these grants is held, as (grant, organisation slug, chapter name): so that an
/// account sees its roles by the names of their places.
pub async fn places_of(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, Option<String>, Option<String>)>> {
    grants::table
        .left_join(organisations::table.on(organisations::id.nullable().eq(grants::organisation_id)))
        .left_join(chapters::table.on(chapters::id.nullable().eq(grants::chapter_id)))
        .filter(grants::id.eq_any(ids))
        .select((grants::id, organisations::slug.nullable(), chapters::name.nullable()))
        .load(conn)
        .await
}

pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Grant> {
    grants::table.find(id).select(Grant::as_select()).first(conn).await
}

/// One grant with its holder, as lists show it (to answer with the grant just made).
pub async fn find_row(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<GrantRow> {
    grants::table
        .inner_join(users::table.on(users::id.eq(grants::user_id)))
        .filter(grants::id.eq(id))
        .select((Grant::as_select(), users::email, users::display_name))
        .first::<GrantRow>(conn)
        .await
}

pub async fn insert(conn: &mut AsyncPgConnection, grant: &Grant) -> QueryResult<Grant> {
    diesel::insert_into(grants::table).values(grant).returning(Grant::as_returning()).get_result(conn).await
}

/// Ends a grant now (or at its start, if it has not begun). Ending an ended grant changes nothing.
pub async fn revoke(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<usize> {
    diesel::sql_query(
        "UPDATE grants SET valid_to = greatest(now(), valid_from) WHERE id = $1 AND (valid_to IS NULL OR valid_to > now())",
    )
    .bind::<diesel::sql_types::Uuid, _>(id)
    .execute(conn)
    .await
}

pub async fn insert_invitation(conn: &mut AsyncPgConnection, invitation: &Invitation) -> QueryResult<()> {
    diesel::insert_into(invitations::table).values(invitation).execute(conn).await.map(drop)
}

/// An open invitation: not accepted and not expired.
pub async fn find_open_invitation(conn: &mut AsyncPgConnection, token_hash: &[u8]) -> QueryResult<Option<Invitation>> {
    invitations::table
        .filter(invitations::token_hash.eq(token_hash))
        .filter(invitations::accepted_at.is_null())
        .filter(invitations::expires_at.gt(diesel::dsl::now))
        .select(Invitation::as_select())
        .first(conn)
        .await
        .optional()
}

/// Marks the invitation accepted unless another request did so first.
pub async fn claim_invitation(conn: &mut AsyncPgConnection, id: Uuid, user_id: UserId) -> QueryResult<bool> {
    let claimed =
        diesel::update(invitations::table.filter(invitations::id.eq(id).and(invitations::accepted_at.is_null())))
            .set((invitations::accepted_at.eq(diesel::dsl::now), invitations::accepted_by.eq(user_id)))
            .execute(conn)
            .await?;
    Ok(claimed == 1)
}

/// Someone holding a role now, with where to write to them.
#[derive(Debug, Clone, Queryable)]
pub struct Holder {
    pub chapter_id: Option<ChapterId>,
    pub email: String,
    /// The account's language, else the organisation's.
    pub language: String,
}

/// The accounts holding `role` in `org` now (at one of `chapters`, for a chapter role), that
/// are not disabled.
pub async fn holders(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    role: Role,
    chapters: &[ChapterId],
) -> QueryResult<Vec<Holder>> {
    let mut query = grants::table
        .inner_join(users::table.on(users::id.eq(grants::user_id)))
        .inner_join(organisations::table.on(grants::organisation_id.eq(organisations::id.nullable())))
        .filter(grants::organisation_id.eq(org).and(grants::role.eq(role)))
        .filter(grants::valid_from.le(diesel::dsl::now))
        .filter(grants::valid_to.is_null().or(grants::valid_to.gt(diesel::dsl::now)))
        .filter(users::disabled_at.is_null())
        .select((
            grants::chapter_id,
            users::email,
            diesel::dsl::sql::<diesel::sql_types::Text>("coalesce(users.language, organisations.default_language)"),
        ))
        .distinct()
        .into_boxed();
    if role.is_chapter_role() {
        query = query.filter(grants::chapter_id.eq_any(chapters.to_vec()));
    }
    query.load(conn).await
}
