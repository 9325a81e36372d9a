//! Database access for organisations.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{chapters, organisation_logos, organisations};
use crate::ids::{ChapterId, OrgId};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: OrgId,
    pub slug: String,
    pub name: String,
    pub default_language: String,
    pub youth_age_min: i16,
    pub youth_age_max: i16,
    pub chapter_kind_labels: serde_json::Value,
    /// Days after joining by which a new member's welcome follow-up is due.
    pub welcome_follow_up_days: i16,
    /// Days an unconfirmed e-mail sign-up waits before it is purged.
    pub signup_expiry_days: i16,
    /// Days before a volunteer's qualification lapses that they are reminded.
    pub qualification_reminder_days: i16,
    /// The least number of each leader kind a group needs; empty: any one leader.
    pub group_leadership_rule: serde_json::Value,
    /// Days ahead that targets look for known lapses (a qualification expiring, a group ending).
    pub target_warning_days: i16,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The colour of links and buttons on the served pages (`#rrggbb`); their own when absent.
    pub brand_colour: Option<String>,
    /// Origins whose pages may frame the served sign-up form.
    pub embed_origins: Vec<String>,
    /// Hours a peer supporter has, once assigned a conversation request, to make first contact.
    pub first_contact_hours: i16,
    /// Days after a conversation request closes that the requester's contact details are removed.
    pub request_retention_days: i16,
}

impl Organisation {
    /// A new organisation with the default settings.
    pub fn new(slug: String, name: String, default_language: String, youth_band: (i16, i16)) -> Self {
        let now = Utc::now();
        Self {
            id: OrgId::new(),
            slug,
            name,
            default_language,
            youth_age_min: youth_band.0,
            youth_age_max: youth_band.1,
            chapter_kind_labels: serde_json::json!({}),
            welcome_follow_up_days: 14,
            signup_expiry_days: 7,
            qualification_reminder_days: 60,
            group_leadership_rule: serde_json::json!({}),
            target_warning_days: 60,
            version: 1,
            created_at: now,
            updated_at: now,
            brand_colour: None,
            embed_origins: Vec::new(),
            first_contact_hours: 48,
            request_retention_days: 90,
        }
    }
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = organisations)]
pub struct OrganisationChanges {
    pub name: Option<String>,
    pub default_language: Option<String>,
    pub youth_age_min: Option<i16>,
    pub youth_age_max: Option<i16>,
    pub chapter_kind_labels: Option<serde_json::Value>,
    pub welcome_follow_up_days: Option<i16>,
    pub signup_expiry_days: Option<i16>,
    pub qualification_reminder_days: Option<i16>,
    pub group_leadership_rule: Option<serde_json::Value>,
    pub target_warning_days: Option<i16>,
    /// `Some(None)` clears it.
    pub brand_colour: Option<Option<String>>,
    pub embed_origins: Option<Vec<String>>,
    pub first_contact_hours: Option<i16>,
    pub request_retention_days: Option<i16>,
}

pub async fn find_by_slug(conn: &mut AsyncPgConnection, slug: &str) -> QueryResult<Organisation> {
    organisations::table.filter(organisations::slug.eq(slug)).select(Organisation::as_select()).first(conn).await
}

/// Organisations with their root chapter id, ordered by slug, after the organisation `after`,
/// within `only` (all organisations when `only` is `None`). An unknown `after` is `NotFound`.
pub async fn list(
    conn: &mut AsyncPgConnection,
    only: Option<&[OrgId]>,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(Organisation, ChapterId)>> {
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

pub async fn root_chapter_id(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<ChapterId> {
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
    id: OrgId,
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

pub async fn find_by_id(conn: &mut AsyncPgConnection, id: OrgId) -> QueryResult<Organisation> {
    organisations::table.find(id).select(Organisation::as_select()).first(conn).await
}

/// An organisation's logo, as the served pages show it.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = organisation_logos)]
pub struct Logo {
    pub content_type: String,
    pub image: Vec<u8>,
    pub updated_at: DateTime<Utc>,
}

/// Replaces the organisation's logo (one statement).
pub async fn put_logo(conn: &mut AsyncPgConnection, org: OrgId, content_type: &str, image: &[u8]) -> QueryResult<()> {
    diesel::insert_into(organisation_logos::table)
        .values((
            organisation_logos::organisation_id.eq(org),
            organisation_logos::content_type.eq(content_type),
            organisation_logos::image.eq(image),
        ))
        .on_conflict(organisation_logos::organisation_id)
        .do_update()
        .set((
            organisation_logos::content_type.eq(content_type),
            organisation_logos::image.eq(image),
            organisation_logos::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Removes the logo; whether there was one.
pub async fn delete_logo(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<bool> {
    diesel::delete(organisation_logos::table.find(org)).execute(conn).await.map(|n| n > 0)
}

/// The logo of the organisation with that slug, if it has one.
pub async fn logo_by_slug(conn: &mut AsyncPgConnection, slug: &str) -> QueryResult<Option<Logo>> {
    organisation_logos::table
        .inner_join(organisations::table)
        .filter(organisations::slug.eq(slug))
        .select(Logo::as_select())
        .first(conn)
        .await
        .optional()
}

/// When the organisation's logo was last set, if it has one: the pages name the logo by it, so
/// a new logo is a new address and browsers may keep each one.
pub async fn logo_set_at(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<Option<DateTime<Utc>>> {
    organisation_logos::table.find(org).select(organisation_logos::updated_at).first(conn).await.optional()
}
