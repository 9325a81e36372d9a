//! Database access for follow-ups and the contact log.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{chapters, contact_log, follow_ups, people};
use crate::ids::{ChapterId, OrgId, PersonId, UserId};

crate::text_enum! {
    /// Why a member is to be followed up.
    pub enum FollowUpKind: "follow-up kind" {
        /// A call to a new member in their first weeks.
        Welcome => "welcome",
    }
}

crate::text_enum! {
    pub enum Outcome: "contact outcome" {
        /// Spoke with the member: the follow-up is done.
        Reached => "reached",
        /// No answer: the follow-up stays open.
        NotReached => "not_reached",
        /// The member did not want contact: the follow-up is done.
        Declined => "declined",
    }
}

impl Outcome {
    pub fn completes(self) -> bool {
        self != Self::NotReached
    }
}

crate::text_enum! {
    pub enum Channel: "contact channel" {
        InPerson => "in_person",
        Phone => "phone",
        Video => "video",
        Chat => "chat",
        Email => "email",
        Letter => "letter",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = follow_ups)]
pub struct FollowUp {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub kind: FollowUpKind,
    pub due_on: NaiveDate,
    pub completed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = contact_log)]
pub struct Contact {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub follow_up_id: Option<Uuid>,
    pub contacted_on: NaiveDate,
    pub channel: Channel,
    pub duration_minutes: Option<i32>,
    pub outcome: Outcome,
    pub note: Option<String>,
    pub recorded_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

/// Opens a welcome follow-up for a new member, unless one is still open.
pub async fn open_welcome(
    conn: &mut AsyncPgConnection,
    organisation_id: OrgId,
    person_id: PersonId,
    chapter_id: ChapterId,
    due_on: NaiveDate,
) -> QueryResult<()> {
    let open: bool = diesel::select(diesel::dsl::exists(
        follow_ups::table.filter(follow_ups::person_id.eq(person_id).and(follow_ups::completed_at.is_null())),
    ))
    .get_result(conn)
    .await?;
    if !open {
        let follow_up = FollowUp {
            id: Uuid::now_v7(),
            organisation_id,
            person_id,
            chapter_id,
            kind: FollowUpKind::Welcome,
            due_on,
            completed_at: None,
            created_at: Utc::now(),
        };
        diesel::insert_into(follow_ups::table).values(&follow_up).execute(conn).await?;
    }
    Ok(())
}

/// Open follow-ups in the subtree of `chapter`, due on or before `due_by`, by due date, after
/// the follow-up `after`; with the person's name and contact details.
pub async fn list_open(
    conn: &mut AsyncPgConnection,
    chapter: ChapterId,
    due_by: Option<NaiveDate>,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(FollowUp, PersonContact)>> {
    let after = match after {
        Some(id) => Some(
            follow_ups::table
                .find(id)
                .select((follow_ups::due_on, follow_ups::id))
                .first::<(NaiveDate, Uuid)>(conn)
                .await?,
        ),
        None => None,
    };
    let mut query = follow_ups::table
        .inner_join(people::table)
        .filter(follow_ups::completed_at.is_null())
        .filter(
            follow_ups::chapter_id
                .eq_any(chapters::table.filter(chapters::ancestors.contains(vec![chapter])).select(chapters::id)),
        )
        .select((FollowUp::as_select(), PersonContact::as_select()))
        .order((follow_ups::due_on, follow_ups::id))
        .limit(limit)
        .into_boxed();
    if let Some(due_by) = due_by {
        query = query.filter(follow_ups::due_on.le(due_by));
    }
    if let Some((due_on, id)) = after {
        query =
            query.filter(follow_ups::due_on.gt(due_on).or(follow_ups::due_on.eq(due_on).and(follow_ups::id.gt(id))));
    }
    query.load(conn).await
}

/// Who to contact.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = people)]
pub struct PersonContact {
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: String,
}

/// A follow-up with its chapter's ancestry, for authorisation.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<(FollowUp, Vec<ChapterId>)> {
    follow_ups::table
        .inner_join(chapters::table)
        .filter(follow_ups::id.eq(id))
        .select((FollowUp::as_select(), chapters::ancestors))
        .first(conn)
        .await
}

pub async fn insert_contact(conn: &mut AsyncPgConnection, contact: &Contact) -> QueryResult<Contact> {
    diesel::insert_into(contact_log::table).values(contact).returning(Contact::as_returning()).get_result(conn).await
}

pub async fn complete(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<()> {
    diesel::update(follow_ups::table.find(id)).set(follow_ups::completed_at.eq(diesel::dsl::now)).execute(conn).await?;
    Ok(())
}

pub async fn of_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<(Vec<FollowUp>, Vec<Contact>)> {
    let follow_ups = follow_ups::table
        .filter(follow_ups::person_id.eq(person))
        .order(follow_ups::created_at)
        .select(FollowUp::as_select())
        .load(conn)
        .await?;
    let contacts = contact_log::table
        .filter(contact_log::person_id.eq(person))
        .order(contact_log::created_at)
        .select(Contact::as_select())
        .load(conn)
        .await?;
    Ok((follow_ups, contacts))
}
