//! Database access for follow-ups and the contact log.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use diesel::sql_query;
use diesel::sql_types::{Array, Bool, Date, Uuid as SqlUuid};

use crate::db::schema::{chapters, contact_log, follow_up_kinds, follow_ups, people};
use crate::ids::{ChapterId, OrgId, PersonId, UserId};

crate::text_enum! {
    /// What opens follow-ups of a kind.
    pub enum Opening: "follow-up opening" {
        /// Joining: due the organisation's `welcome_follow_up_days` later. One kind per
        /// organisation.
        Welcome => "welcome",
        /// Joining: due the kind's own number of days later.
        AfterJoining => "after_joining",
        /// Holding a volunteer role: due a year after the role began or the last follow-up of
        /// the kind was completed.
        YearlyInRole => "yearly_in_role",
    }
}

/// A kind of follow-up of an organisation.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = follow_up_kinds)]
#[diesel(treat_none_as_null = true)]
pub struct Kind {
    pub organisation_id: OrgId,
    pub code: String,
    pub labels: serde_json::Value,
    pub opens: Opening,
    pub days_after_joining: Option<i16>,
    pub role_code: Option<String>,
    pub retired: bool,
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
    pub kind: String,
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

/// Opens the follow-ups joining opens (the welcome and every current kind due some days after
/// joining) for each of `joined` (a person and their chapter) as of `joined_on`, each unless
/// one of its kind is still open for them; one statement however many joined (an import
/// welcomes thousands).
pub async fn open_on_joining(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    joined: &[(PersonId, ChapterId)],
    joined_on: NaiveDate,
) -> QueryResult<usize> {
    let (people, chapters): (Vec<PersonId>, Vec<ChapterId>) = joined.iter().copied().unzip();
    sql_query(
        "INSERT INTO follow_ups (id, organisation_id, person_id, chapter_id, kind, due_on)
         SELECT gen_random_uuid(), k.organisation_id, j.person_id, j.chapter_id, k.code,
                $4::date + coalesce(k.days_after_joining, o.welcome_follow_up_days)::int
         FROM unnest($2::uuid[], $3::uuid[]) AS j (person_id, chapter_id)
         CROSS JOIN follow_up_kinds k JOIN organisations o ON o.id = k.organisation_id
         WHERE k.organisation_id = $1 AND NOT k.retired AND k.opens IN ('welcome', 'after_joining')
           AND NOT EXISTS (SELECT 1 FROM follow_ups f
                           WHERE f.person_id = j.person_id AND f.kind = k.code AND f.completed_at IS NULL)",
    )
    .bind::<SqlUuid, _>(org)
    .bind::<Array<SqlUuid>, _>(people)
    .bind::<Array<SqlUuid>, _>(chapters)
    .bind::<Date, _>(joined_on)
    .execute(conn)
    .await
}

/// Opens the yearly follow-ups of every current role holder (active or not) of a kind's role who
/// has none of it open, in the chapter of their earliest-begun role: due a year after that role
/// began or their last follow-up of the kind was completed. Replicas take turns through a
/// transaction-scoped advisory lock, so none opens one twice; `None` when another held it.
pub async fn open_yearly(conn: &mut AsyncPgConnection) -> QueryResult<Option<usize>> {
    #[derive(QueryableByName)]
    struct Locked {
        #[diesel(sql_type = Bool)]
        locked: bool,
    }
    let got: Locked = sql_query("SELECT pg_try_advisory_xact_lock(hashtext('open_yearly_follow_ups')) AS locked")
        .get_result(conn)
        .await?;
    if !got.locked {
        return Ok(None);
    }
    sql_query(
        "INSERT INTO follow_ups (id, organisation_id, person_id, chapter_id, kind, due_on)
         SELECT DISTINCT ON (k.organisation_id, k.code, r.person_id)
                gen_random_uuid(), k.organisation_id, r.person_id, r.chapter_id, k.code,
                (greatest(r.from_on, (SELECT max(f.completed_at)::date FROM follow_ups f
                                      WHERE f.person_id = r.person_id AND f.kind = k.code)) + interval '1 year')::date
         FROM follow_up_kinds k
         JOIN volunteer_roles r ON r.organisation_id = k.organisation_id AND r.role_code = k.role_code
         JOIN people p ON p.id = r.person_id AND p.erased_at IS NULL
         WHERE k.opens = 'yearly_in_role' AND NOT k.retired
           AND r.from_on <= current_date AND (r.to_on IS NULL OR r.to_on >= current_date)
           AND NOT EXISTS (SELECT 1 FROM follow_ups f
                           WHERE f.person_id = r.person_id AND f.kind = k.code AND f.completed_at IS NULL)
         ORDER BY k.organisation_id, k.code, r.person_id, r.from_on",
    )
    .execute(conn)
    .await
    .map(Some)
}

/// The organisation's follow-up kinds, by code.
pub async fn kinds_of(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<Vec<Kind>> {
    follow_up_kinds::table
        .filter(follow_up_kinds::organisation_id.eq(org))
        .order(follow_up_kinds::code)
        .select(Kind::as_select())
        .load(conn)
        .await
}

/// Inserts or replaces a kind; true when it is new.
pub async fn upsert_kind(conn: &mut AsyncPgConnection, kind: &Kind) -> QueryResult<bool> {
    let existed =
        diesel::select(diesel::dsl::exists(follow_up_kinds::table.find((kind.organisation_id, kind.code.as_str()))))
            .get_result::<bool>(conn)
            .await?;
    diesel::insert_into(follow_up_kinds::table)
        .values(kind)
        .on_conflict((follow_up_kinds::organisation_id, follow_up_kinds::code))
        .do_update()
        .set(kind)
        .execute(conn)
        .await?;
    Ok(!existed)
}

/// Open follow-ups in the subtree of `chapter`, due on or before `due_by`, by due date, after
/// the follow-up `after`; with the person's name and contact details.
pub async fn list_open(
    conn: &mut AsyncPgConnection,
    chapter: ChapterId,
    kind: Option<&str>,
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
    if let Some(kind) = kind {
        query = query.filter(follow_ups::kind.eq(kind.to_owned()));
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
