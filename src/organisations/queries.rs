//! Database access for organisations.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{chapters, organisations};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub default_language: String,
    pub youth_age_min: i16,
    pub youth_age_max: i16,
    pub chapter_kind_labels: serde_json::Value,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = organisations)]
pub struct OrganisationChanges {
    pub name: Option<String>,
    pub default_language: Option<String>,
    pub youth_age_min: Option<i16>,
    pub youth_age_max: Option<i16>,
    pub chapter_kind_labels: Option<serde_json::Value>,
}

pub async fn find_by_slug(conn: &mut AsyncPgConnection, slug: &str) -> QueryResult<Organisation> {
    organisations::table.filter(organisations::slug.eq(slug)).select(Organisation::as_select()).first(conn).await
}

/// Organisations with their root chapter id, ordered by slug, after the organisation `after`,
/// within `only` (all organisations when `only` is `None`). An unknown `after` is `NotFound`.
pub async fn list(
    conn: &mut AsyncPgConnection,
    only: Option<&[Uuid]>,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(Organisation, Uuid)>> {
    let after_slug = match after {
        Some(id) => Some(organisations::table.find(id).select(organisations::slug).first::<String>(conn).await?),
        None => None,
    };
    let mut query = organisations::table
        .inner_join(
            chapters::table.on(chapters::organisation_id.eq(organisations::id).and(chapters::parent_id.is_null())),
        )
        .select((Organisation::as_select(), chapters::id))
        .order(organisations::slug)
        .limit(limit)
        .into_boxed();
    if let Some(ids) = only {
        query = query.filter(organisations::id.eq_any(ids.to_vec()));
    }
    if let Some(slug) = after_slug {
        query = query.filter(organisations::slug.gt(slug));
    }
    query.load(conn).await
}

pub async fn root_chapter_id(conn: &mut AsyncPgConnection, org: Uuid) -> QueryResult<Uuid> {
    chapters::table
        .filter(chapters::organisation_id.eq(org).and(chapters::parent_id.is_null()))
        .select(chapters::id)
        .first(conn)
        .await
}

pub async fn insert(conn: &mut AsyncPgConnection, org: &Organisation) -> QueryResult<Organisation> {
    diesel::insert_into(organisations::table).values(org).returning(Organisation::as_returning()).get_result(conn).await
}

/// Applies `changes` if the row is still at `version`; `None` when someone else got there first.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    changes: &OrganisationChanges,
) -> QueryResult<Option<Organisation>> {
    diesel::update(organisations::table.filter(organisations::id.eq(id).and(organisations::version.eq(version))))
        .set((changes, organisations::version.eq(version + 1), organisations::updated_at.eq(diesel::dsl::now)))
        .returning(Organisation::as_returning())
        .get_result(conn)
        .await
        .optional()
}
