//! Database access for groups, their leaders and meetings.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{chapters, group_leaders, group_meetings, groups, people};
use crate::ids::{ChapterId, OrgId, PersonId};

crate::text_enum! {
    pub enum GroupStatus: "group status" {
        Planned => "planned",
        Active => "active",
        Ended => "ended",
    }
}

crate::text_enum! {
    pub enum LeaderKind: "group leader kind" {
        /// The professional main leader.
        Professional => "professional",
        /// A trained leader who is bereaved themselves.
        TrainedBereaved => "trained_bereaved",
        CoLeader => "co_leader",
    }
}

diesel::define_sql_function! {
    /// The `group_leadership_complete` SQL function of the activity migration.
    fn group_leadership_complete(g: diesel::sql_types::Uuid, day: diesel::sql_types::Date) -> diesel::sql_types::Bool;
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = groups)]
pub struct Group {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub chapter_id: ChapterId,
    pub kind_code: String,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub status: GroupStatus,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_leaders)]
pub struct Leader {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub group_id: Uuid,
    pub person_id: PersonId,
    pub leader_kind: LeaderKind,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_meetings)]
pub struct Meeting {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub group_id: Uuid,
    pub held_on: NaiveDate,
    pub duration_minutes: i32,
    pub participants: i32,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = groups)]
pub struct GroupChanges {
    pub name: Option<String>,
    pub status: Option<GroupStatus>,
    pub ends_on: Option<Option<NaiveDate>>,
}

pub async fn insert(conn: &mut AsyncPgConnection, group: &Group) -> QueryResult<Group> {
    diesel::insert_into(groups::table).values(group).returning(Group::as_returning()).get_result(conn).await
}

/// A group with the ids of its chapter's tree path, for authorisation.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<(Group, Vec<ChapterId>)> {
    groups::table
        .inner_join(chapters::table)
        .filter(groups::id.eq(id))
        .select((Group::as_select(), chapters::ancestors))
        .first(conn)
        .await
}

/// Applies `changes` if the group is still at `version`; `None` when someone changed it first.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    changes: &GroupChanges,
) -> QueryResult<Option<Group>> {
    diesel::update(groups::table.filter(groups::id.eq(id).and(groups::version.eq(version))))
        .set((changes, groups::version.eq(version + 1), groups::updated_at.eq(diesel::dsl::now)))
        .returning(Group::as_returning())
        .get_result(conn)
        .await
        .optional()
}

/// Groups in `chapter` and under it, by id, each with whether its leadership is complete on `day`.
pub async fn list(
    conn: &mut AsyncPgConnection,
    chapter: ChapterId,
    kind: Option<&str>,
    status: Option<GroupStatus>,
    day: NaiveDate,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(Group, bool)>> {
    let mut query = groups::table
        .inner_join(chapters::table)
        .filter(chapters::ancestors.contains(vec![chapter]))
        .select((Group::as_select(), group_leadership_complete(groups::id, day)))
        .order(groups::id)
        .limit(limit)
        .into_boxed();
    if let Some(kind) = kind {
        query = query.filter(groups::kind_code.eq(kind.to_owned()));
    }
    if let Some(status) = status {
        query = query.filter(groups::status.eq(status));
    }
    if let Some(after) = after {
        query = query.filter(groups::id.gt(after));
    }
    query.load(conn).await
}

pub async fn leadership_complete(conn: &mut AsyncPgConnection, group: Uuid, day: NaiveDate) -> QueryResult<bool> {
    diesel::select(group_leadership_complete(group, day)).get_result(conn).await
}

/// The leaders of `groups` on `day`, with their names, in one query.
pub async fn leaders_on(
    conn: &mut AsyncPgConnection,
    group_ids: &[Uuid],
    day: NaiveDate,
) -> QueryResult<Vec<(Leader, Option<String>, Option<String>)>> {
    group_leaders::table
        .inner_join(people::table)
        .filter(group_leaders::group_id.eq_any(group_ids))
        .filter(group_leaders::from_on.le(day))
        .filter(group_leaders::to_on.is_null().or(group_leaders::to_on.ge(day)))
        .order((group_leaders::group_id, group_leaders::leader_kind, group_leaders::id))
        .select((Leader::as_select(), people::given_name, people::family_name))
        .load(conn)
        .await
}

pub async fn insert_leader(conn: &mut AsyncPgConnection, leader: &Leader) -> QueryResult<Leader> {
    diesel::insert_into(group_leaders::table).values(leader).returning(Leader::as_returning()).get_result(conn).await
}

pub async fn insert_meeting(conn: &mut AsyncPgConnection, meeting: &Meeting) -> QueryResult<Meeting> {
    diesel::insert_into(group_meetings::table).values(meeting).returning(Meeting::as_returning()).get_result(conn).await
}

/// The groups a person led, every period, oldest first, as (group, leader kind, from, to): for
/// their data export.
pub async fn leaderships_of(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> QueryResult<Vec<(Uuid, String, NaiveDate, Option<NaiveDate>)>> {
    group_leaders::table
        .filter(group_leaders::person_id.eq(person))
        .order(group_leaders::from_on)
        .select((group_leaders::group_id, group_leaders::leader_kind, group_leaders::from_on, group_leaders::to_on))
        .load(conn)
        .await
}

/// A group one of the given people leads, with the group's name and chapter.
#[derive(Debug, Clone, Queryable)]
pub struct Leadership {
    pub person_id: PersonId,
    pub group_id: Uuid,
    pub name: String,
    pub chapter_id: ChapterId,
    pub status: GroupStatus,
    pub leader_kind: LeaderKind,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
}

/// The leaderships these people hold on `day` or take up later, by their first day.
pub async fn leaderships_from(
    conn: &mut AsyncPgConnection,
    people: &[PersonId],
    day: NaiveDate,
) -> QueryResult<Vec<Leadership>> {
    group_leaders::table
        .inner_join(groups::table)
        .filter(group_leaders::person_id.eq_any(people))
        .filter(group_leaders::to_on.is_null().or(group_leaders::to_on.ge(day)))
        .order((group_leaders::from_on, group_leaders::id))
        .select((
            group_leaders::person_id,
            groups::id,
            groups::name,
            groups::chapter_id,
            groups::status,
            group_leaders::leader_kind,
            group_leaders::from_on,
            group_leaders::to_on,
        ))
        .load(conn)
        .await
}
