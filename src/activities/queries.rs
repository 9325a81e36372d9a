//! Database access for the activity log.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{activities, activity_volunteers, chapters, volunteer_roles};
use crate::ids::{ChapterId, OrgId, PersonId, UserId};

crate::text_enum! {
    pub enum ActivityChannel: "activity channel" {
        InPerson => "in_person",
        Phone => "phone",
        Video => "video",
        Chat => "chat",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = activities)]
pub struct Activity {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub chapter_id: Option<ChapterId>,
    pub kind_code: String,
    pub held_on: NaiveDate,
    pub duration_minutes: i32,
    pub participants: i32,
    pub channel: ActivityChannel,
    pub note: Option<String>,
    pub logged_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    /// The conversation request a peer conversation was held for.
    pub conversation_request_id: Option<Uuid>,
}

/// Inserts the activity with its volunteers.
pub async fn insert(conn: &mut AsyncPgConnection, activity: &Activity, volunteers: &[Uuid]) -> QueryResult<Activity> {
    let saved = diesel::insert_into(activities::table)
        .values(activity)
        .returning(Activity::as_returning())
        .get_result(conn)
        .await?;
    let rows: Vec<_> = volunteers
        .iter()
        .map(|person| {
            (
                activity_volunteers::activity_id.eq(saved.id),
                activity_volunteers::person_id.eq(*person),
                activity_volunteers::organisation_id.eq(saved.organisation_id),
            )
        })
        .collect();
    diesel::insert_into(activity_volunteers::table).values(rows).execute(conn).await?;
    Ok(saved)
}

/// Whether every one of `people` holds a volunteer role on `day` in `chapter` (or, without
/// one, anywhere in `org`).
pub async fn all_volunteers(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    chapter: Option<ChapterId>,
    people: &[Uuid],
    day: NaiveDate,
) -> QueryResult<bool> {
    let mut query = volunteer_roles::table
        .filter(volunteer_roles::organisation_id.eq(org))
        .filter(volunteer_roles::person_id.eq_any(people))
        .filter(volunteer_roles::from_on.le(day))
        .filter(volunteer_roles::to_on.is_null().or(volunteer_roles::to_on.ge(day)))
        .select(volunteer_roles::person_id)
        .distinct()
        .into_boxed();
    if let Some(chapter) = chapter {
        query = query.filter(volunteer_roles::chapter_id.eq(chapter));
    }
    let found: Vec<Uuid> = query.load(conn).await?;
    Ok(found.len() == people.len())
}

/// Where a list of activities looks.
pub enum Scope {
    /// A chapter and every chapter under it.
    Subtree(ChapterId),
    /// The secretariat's own, without a chapter.
    Secretariat(OrgId),
    /// Those one account logged in these organisations (where it holds a role now).
    LoggedBy(UserId, Vec<OrgId>),
}

/// Activities by id (newest first), each with its volunteers.
pub async fn list(
    conn: &mut AsyncPgConnection,
    scope: &Scope,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    kind: Option<&str>,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(Activity, Vec<Uuid>)>> {
    let mut query =
        activities::table.select(Activity::as_select()).order(activities::id.desc()).limit(limit).into_boxed();
    query = match scope {
        Scope::Subtree(chapter) => query.filter(activities::chapter_id.eq_any(
            chapters::table.filter(chapters::ancestors.contains(vec![*chapter])).select(chapters::id.nullable()),
        )),
        Scope::Secretariat(org) => {
            query.filter(activities::organisation_id.eq(*org)).filter(activities::chapter_id.is_null())
        }
        Scope::LoggedBy(user, orgs) => {
            query.filter(activities::logged_by.eq(*user)).filter(activities::organisation_id.eq_any(orgs.clone()))
        }
    };
    if let Some(from) = from {
        query = query.filter(activities::held_on.ge(from));
    }
    if let Some(to) = to {
        query = query.filter(activities::held_on.le(to));
    }
    if let Some(kind) = kind {
        query = query.filter(activities::kind_code.eq(kind.to_owned()));
    }
    if let Some(after) = after {
        query = query.filter(activities::id.lt(after));
    }
    let rows: Vec<Activity> = query.load(conn).await?;
    let ids: Vec<Uuid> = rows.iter().map(|a| a.id).collect();
    let links: Vec<(Uuid, Uuid)> = activity_volunteers::table
        .filter(activity_volunteers::activity_id.eq_any(&ids))
        .order((activity_volunteers::activity_id, activity_volunteers::person_id))
        .select((activity_volunteers::activity_id, activity_volunteers::person_id))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|a| {
            let people = links.iter().filter(|(activity, _)| *activity == a.id).map(|(_, p)| *p).collect();
            (a, people)
        })
        .collect())
}

/// The activities a person took part in as a volunteer, oldest first, as (activity, kind, day
/// held): for their data export.
pub async fn volunteered_in(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> QueryResult<Vec<(Uuid, String, NaiveDate)>> {
    activity_volunteers::table
        .inner_join(activities::table)
        .filter(activity_volunteers::person_id.eq(person))
        .order(activities::held_on)
        .select((activities::id, activities::kind_code, activities::held_on))
        .load(conn)
        .await
}
