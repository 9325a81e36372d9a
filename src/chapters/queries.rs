//! Database access for chapters. A chapter's `ancestors` array (root … itself) makes subtree
//! filters and ancestry checks a single GIN-indexed array test.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, Integer, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::db::schema::{chapters, counties, organisations};
use crate::ids::{ChapterId, OrgId};
use crate::organisations::queries::Organisation;

crate::text_enum! {
    #[derive(PartialOrd, Ord)]
    pub enum ChapterKind: "chapter kind" {
        National => "national",
        County => "county",
        Local => "local",
    }
}

impl ChapterKind {
    /// Counties sit under the national chapter; local chapters under the national or a county one.
    pub fn may_sit_under(self, parent: Self) -> bool {
        matches!((self, parent), (Self::County, Self::National) | (Self::Local, Self::National | Self::County))
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = chapters)]
pub struct Chapter {
    pub id: ChapterId,
    pub organisation_id: OrgId,
    pub parent_id: Option<ChapterId>,
    pub ancestors: Vec<ChapterId>,
    pub kind: ChapterKind,
    pub name: String,
    pub county_code: Option<String>,
    pub region_code: Option<String>,
    pub founded_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Chapter {
    /// A new chapter under `parent` (or a root when `None`), with its ancestry filled in.
    pub fn new(organisation_id: OrgId, parent: Option<&Chapter>, kind: ChapterKind, name: String) -> Self {
        let id = ChapterId::new();
        let mut ancestors = parent.map(|p| p.ancestors.clone()).unwrap_or_default();
        ancestors.push(id);
        let now = Utc::now();
        Self {
            id,
            organisation_id,
            parent_id: parent.map(|p| p.id),
            ancestors,
            kind,
            name,
            county_code: None,
            region_code: None,
            founded_on: None,
            closed_on: None,
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }
}

/// The kinds a new chapter can have: the national chapter comes with its organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChildKind {
    County,
    Local,
}

impl From<ChildKind> for ChapterKind {
    fn from(kind: ChildKind) -> Self {
        match kind {
            ChildKind::County => Self::County,
            ChildKind::Local => Self::Local,
        }
    }
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = chapters)]
pub struct ChapterChanges {
    pub name: Option<String>,
    pub county_code: Option<Option<String>>,
    pub region_code: Option<Option<String>>,
    pub founded_on: Option<Option<NaiveDate>>,
    pub closed_on: Option<Option<NaiveDate>>,
}

/// What a chapter list may be narrowed to.
#[derive(Debug, Default)]
pub struct ChapterQuery {
    pub kind: Option<ChapterKind>,
    pub county_code: Option<String>,
    pub region_code: Option<String>,
    pub parent_id: Option<ChapterId>,
    pub under: Option<ChapterId>,
    pub include_closed: bool,
}

pub async fn find(conn: &mut AsyncPgConnection, id: ChapterId) -> QueryResult<Chapter> {
    chapters::table.find(id).select(Chapter::as_select()).first(conn).await
}

/// A chapter with its organisation, in one statement.
pub async fn find_with_organisation(
    conn: &mut AsyncPgConnection,
    id: ChapterId,
) -> QueryResult<(Chapter, Organisation)> {
    chapters::table
        .inner_join(organisations::table)
        .filter(chapters::id.eq(id))
        .select((Chapter::as_select(), Organisation::as_select()))
        .first(conn)
        .await
}

pub async fn insert(conn: &mut AsyncPgConnection, chapter: &Chapter) -> QueryResult<Chapter> {
    diesel::insert_into(chapters::table).values(chapter).returning(Chapter::as_returning()).get_result(conn).await
}

/// Chapters of `org` ordered by name then id, after the chapter `after` (of the same
/// organisation; otherwise `NotFound`).
/// Every chapter of an organisation, open or closed (an import looks rows' chapters up in them;
/// organisations have tens of chapters, not thousands).
pub async fn all_of_organisation(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<Vec<Chapter>> {
    chapters::table
        .filter(chapters::organisation_id.eq(org))
        .select(Chapter::as_select())
        .order((chapters::name, chapters::id))
        .load(conn)
        .await
}

pub async fn list(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    filter: &ChapterQuery,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<Chapter>> {
    let after = match after {
        Some(id) => Some(
            chapters::table
                .filter(chapters::id.eq(id).and(chapters::organisation_id.eq(org)))
                .select((chapters::name, chapters::id))
                .first::<(String, Uuid)>(conn)
                .await?,
        ),
        None => None,
    };
    let mut query = chapters::table
        .filter(chapters::organisation_id.eq(org))
        .select(Chapter::as_select())
        .order((chapters::name, chapters::id))
        .limit(limit)
        .into_boxed();
    if let Some(kind) = filter.kind {
        query = query.filter(chapters::kind.eq(kind));
    }
    if let Some(county) = &filter.county_code {
        query = query.filter(chapters::county_code.eq(county.clone()));
    }
    if let Some(region) = &filter.region_code {
        query = query.filter(chapters::region_code.eq(region.clone()));
    }
    if let Some(parent) = filter.parent_id {
        query = query.filter(chapters::parent_id.eq(parent));
    }
    if let Some(under) = filter.under {
        query = query.filter(chapters::ancestors.contains(vec![under]));
    }
    if !filter.include_closed {
        query = query.filter(chapters::closed_on.is_null().or(chapters::closed_on.gt(Utc::now().date_naive())));
    }
    if let Some((name, id)) = after {
        query = query.filter(chapters::name.gt(name.clone()).or(chapters::name.eq(name).and(chapters::id.gt(id))));
    }
    query.load(conn).await
}

/// The RVTS region a county belongs to.
pub async fn region_of_county(conn: &mut AsyncPgConnection, county: &str) -> QueryResult<Option<String>> {
    counties::table.find(county).select(counties::region_code).first(conn).await.optional()
}

pub async fn has_open_children(conn: &mut AsyncPgConnection, id: ChapterId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        chapters::table.filter(chapters::parent_id.eq(id)).filter(chapters::closed_on.is_null()),
    ))
    .get_result(conn)
    .await
}

/// Applies `changes` if the row is still at `version`; `None` when someone else got there first.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: ChapterId,
    version: i32,
    changes: &ChapterChanges,
) -> QueryResult<Option<Chapter>> {
    diesel::update(chapters::table.filter(chapters::id.eq(id).and(chapters::version.eq(version))))
        .set((changes, chapters::version.eq(version + 1), chapters::updated_at.eq(diesel::dsl::now)))
        .returning(Chapter::as_returning())
        .get_result(conn)
        .await
        .optional()
}

/// Moves `chapter` and its whole subtree under `new_parent`, rewriting every ancestry path.
pub async fn move_subtree(conn: &mut AsyncPgConnection, chapter: &Chapter, new_parent: &Chapter) -> QueryResult<()> {
    diesel::update(chapters::table.find(chapter.id)).set(chapters::parent_id.eq(new_parent.id)).execute(conn).await?;
    let depth = i32::try_from(chapter.ancestors.len()).unwrap_or(i32::MAX);
    diesel::sql_query(
        "UPDATE chapters SET ancestors = $1 || ancestors[$2:array_length(ancestors, 1)] WHERE ancestors @> ARRAY[$3]",
    )
    .bind::<Array<SqlUuid>, _>(&new_parent.ancestors)
    .bind::<Integer, _>(depth)
    .bind::<SqlUuid, _>(chapter.id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The organisation's open chapters below the national one, by name, at most `limit`, as (id,
/// name, kind, county code): where a public sign-up may ask to belong.
pub async fn open_for_signup(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    limit: i64,
) -> QueryResult<Vec<(ChapterId, String, String, Option<String>)>> {
    chapters::table
        .filter(chapters::organisation_id.eq(org))
        .filter(chapters::parent_id.is_not_null())
        .filter(chapters::closed_on.is_null())
        .order((chapters::name, chapters::id))
        .limit(limit)
        .select((chapters::id, chapters::name, chapters::kind, chapters::county_code))
        .load(conn)
        .await
}

/// The organisation's open county chapter for `county`, if it has one.
pub async fn county_chapter(conn: &mut AsyncPgConnection, org: OrgId, county: &str) -> QueryResult<Option<Chapter>> {
    chapters::table
        .filter(chapters::organisation_id.eq(org))
        .filter(chapters::kind.eq(ChapterKind::County))
        .filter(chapters::county_code.eq(county))
        .filter(chapters::closed_on.is_null())
        .order(chapters::id)
        .select(Chapter::as_select())
        .first(conn)
        .await
        .optional()
}
