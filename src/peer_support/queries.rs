//! Database access for conversation requests, their assignments and peer supporters'
//! profiles.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Bool, Date, Nullable, SmallInt, Text, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{
    account_people, chapters, conversation_assignments, conversation_requests, peer_supporter_profiles,
};
use crate::ids::{ChapterId, OrgId, PersonId, UserId};

crate::text_enum! {
    /// How old the requester is, roughly: enough to prefer a peer supporter of their age.
    pub enum AgeGroup: "age group" {
        Under18 => "under_18",
        From18To29 => "18_29",
        From30To49 => "30_49",
        From50To66 => "50_66",
        From67 => "67_plus",
    }
}

impl AgeGroup {
    /// The group someone born in `birth_year` is in during `year`.
    pub fn of(birth_year: i16, year: i32) -> Self {
        match year - i32::from(birth_year) {
            ..18 => Self::Under18,
            18..30 => Self::From18To29,
            30..50 => Self::From30To49,
            50..67 => Self::From50To66,
            _ => Self::From67,
        }
    }
}

crate::text_enum! {
    /// A peer supporter's gender, when they chose to give it.
    pub enum Gender: "gender" {
        Woman => "woman",
        Man => "man",
        Other => "other",
    }
}

crate::text_enum! {
    /// Whom a requester would rather talk with.
    pub enum GenderPreference: "gender preference" {
        Woman => "woman",
        Man => "man",
    }
}

impl GenderPreference {
    pub fn is_met_by(self, gender: Option<Gender>) -> bool {
        matches!((self, gender), (Self::Woman, Some(Gender::Woman)) | (Self::Man, Some(Gender::Man)))
    }
}

crate::text_enum! {
    /// How the requester would like to talk.
    pub enum RequestChannel: "conversation channel" {
        Phone => "phone",
        Video => "video",
        /// Meeting in person.
        Meeting => "meeting",
    }
}

crate::text_enum! {
    /// Where a request came in.
    pub enum RequestSource: "request source" {
        /// The public form or API.
        Public => "public",
        /// Taken by staff, by phone or in person.
        Staff => "staff",
    }
}

crate::text_enum! {
    /// How a request ended.
    pub enum RequestOutcome: "request outcome" {
        /// Conversations were held.
        Supported => "supported",
        /// Referred to other help.
        Referred => "referred",
        /// The requester no longer wanted a conversation.
        Withdrawn => "withdrawn",
        /// The requester could not be reached.
        NotReached => "not_reached",
    }
}

crate::text_enum! {
    /// A peer supporter's answer to an assignment.
    pub enum Answer: "assignment answer" {
        Accepted => "accepted",
        Declined => "declined",
    }
}

crate::text_enum! {
    /// Where a request stands.
    pub enum RequestState: "request state" {
        /// Waiting for a coordinator to assign it.
        Waiting => "waiting",
        /// Assigned; the peer supporter has not answered.
        Assigned => "assigned",
        /// A peer supporter took it on.
        Accepted => "accepted",
        Closed => "closed",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = conversation_requests)]
pub struct RequestRow {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub chapter_id: ChapterId,
    pub relation: String,
    pub age_group: AgeGroup,
    pub language: String,
    pub gender_preference: Option<GenderPreference>,
    pub channel: RequestChannel,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub consent_version: String,
    pub consent_language: String,
    pub source: RequestSource,
    pub recorded_by: Option<UserId>,
    pub requester_person_id: Option<PersonId>,
    pub first_contact_at: Option<DateTime<Utc>>,
    pub outcome: Option<RequestOutcome>,
    pub closed_at: Option<DateTime<Utc>>,
    pub contact_removed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = conversation_assignments)]
pub struct AssignmentRow {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub request_id: Uuid,
    pub person_id: PersonId,
    pub assigned_by: Option<UserId>,
    pub assigned_at: DateTime<Utc>,
    pub contact_due_at: DateTime<Utc>,
    pub answer: Option<Answer>,
    pub answered_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub reminded_at: Option<DateTime<Utc>>,
    pub escalated_at: Option<DateTime<Utc>>,
}

impl RequestRow {
    /// Whether a way to reach the requester is still held (retention and erasure remove it).
    pub fn contact_held(&self) -> bool {
        (self.contact_email.is_some() || self.contact_phone.is_some()) && self.contact_removed_at.is_none()
    }

    /// Where the request stands, given its open assignment if any.
    pub fn state(&self, open: Option<&AssignmentRow>) -> RequestState {
        match (self.closed_at, open.map(|a| a.answer)) {
            (Some(_), _) => RequestState::Closed,
            (None, Some(Some(Answer::Accepted))) => RequestState::Accepted,
            (None, Some(_)) => RequestState::Assigned,
            (None, None) => RequestState::Waiting,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = peer_supporter_profiles)]
pub struct Profile {
    pub person_id: PersonId,
    pub organisation_id: OrgId,
    pub languages: Vec<String>,
    pub relations: Vec<String>,
    pub gender: Option<Gender>,
    pub updated_at: DateTime<Utc>,
}

pub async fn insert_request(conn: &mut AsyncPgConnection, request: &RequestRow) -> QueryResult<()> {
    diesel::insert_into(conversation_requests::table).values(request).execute(conn).await.map(drop)
}

/// A request with the ids of its chapter's tree path, for authorisation.
pub async fn find_request(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<(RequestRow, Vec<ChapterId>)> {
    conversation_requests::table
        .inner_join(chapters::table.on(chapters::id.eq(conversation_requests::chapter_id)))
        .filter(conversation_requests::id.eq(id))
        .select((RequestRow::as_select(), chapters::ancestors))
        .first(conn)
        .await
}

/// The request, locked until the transaction ends, so that two assignments or closes of one
/// request are taken one after the other.
pub async fn lock_request(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<RequestRow> {
    conversation_requests::table.find(id).select(RequestRow::as_select()).for_update().first(conn).await
}

/// Every assignment of these requests, oldest first.
pub async fn assignments_of(conn: &mut AsyncPgConnection, requests: &[Uuid]) -> QueryResult<Vec<AssignmentRow>> {
    conversation_assignments::table
        .filter(conversation_assignments::request_id.eq_any(requests))
        .order((conversation_assignments::assigned_at, conversation_assignments::id))
        .select(AssignmentRow::as_select())
        .load(conn)
        .await
}

/// Requests of the chapter and every chapter under it, newest first, optionally in one state.
pub async fn list_requests(
    conn: &mut AsyncPgConnection,
    chapter: ChapterId,
    state: Option<RequestState>,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<RequestRow>> {
    let open = conversation_assignments::table
        .filter(conversation_assignments::request_id.eq(conversation_requests::id))
        .filter(conversation_assignments::ended_at.is_null());
    let mut query = conversation_requests::table
        .filter(
            conversation_requests::chapter_id
                .eq_any(chapters::table.filter(chapters::ancestors.contains(vec![chapter])).select(chapters::id)),
        )
        .order(conversation_requests::id.desc())
        .limit(limit)
        .select(RequestRow::as_select())
        .into_boxed();
    let still_open = conversation_requests::closed_at.is_null();
    query = match state {
        None => query,
        Some(RequestState::Closed) => query.filter(conversation_requests::closed_at.is_not_null()),
        Some(RequestState::Waiting) => query.filter(still_open).filter(diesel::dsl::not(diesel::dsl::exists(open))),
        Some(RequestState::Assigned) => query
            .filter(still_open)
            .filter(diesel::dsl::exists(open.filter(conversation_assignments::answer.is_null()))),
        Some(RequestState::Accepted) => query
            .filter(still_open)
            .filter(diesel::dsl::exists(open.filter(conversation_assignments::answer.eq(Answer::Accepted)))),
    };
    if let Some(after) = after {
        query = query.filter(conversation_requests::id.lt(after));
    }
    query.load(conn).await
}

pub async fn insert_assignment(conn: &mut AsyncPgConnection, assignment: &AssignmentRow) -> QueryResult<()> {
    diesel::insert_into(conversation_assignments::table).values(assignment).execute(conn).await.map(drop)
}

/// An assignment with the account of the peer supporter it is for (if linked) and the ids of
/// its request's chapter's tree path.
pub async fn find_assignment(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> QueryResult<(AssignmentRow, Option<UserId>, Vec<ChapterId>)> {
    conversation_assignments::table
        .inner_join(conversation_requests::table.on(conversation_requests::id.eq(conversation_assignments::request_id)))
        .inner_join(chapters::table.on(chapters::id.eq(conversation_requests::chapter_id)))
        .left_join(account_people::table.on(account_people::person_id.eq(conversation_assignments::person_id)))
        .filter(conversation_assignments::id.eq(id))
        .select((AssignmentRow::as_select(), account_people::user_id.nullable(), chapters::ancestors))
        .first(conn)
        .await
}

/// Ends the request's open assignment, if any, at `now`; the one it ended.
pub async fn end_open_assignment(
    conn: &mut AsyncPgConnection,
    request: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<Option<AssignmentRow>> {
    diesel::update(
        conversation_assignments::table
            .filter(conversation_assignments::request_id.eq(request))
            .filter(conversation_assignments::ended_at.is_null()),
    )
    .set(conversation_assignments::ended_at.eq(now))
    .returning(AssignmentRow::as_returning())
    .get_result(conn)
    .await
    .optional()
}

/// Records the peer supporter's answer to an open, unanswered assignment; a decline also ends
/// it. `None` when it was answered or ended already.
pub async fn answer_assignment(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    answer: Answer,
    now: DateTime<Utc>,
) -> QueryResult<Option<AssignmentRow>> {
    let ended = (answer == Answer::Declined).then_some(now);
    diesel::update(
        conversation_assignments::table
            .find(id)
            .filter(conversation_assignments::ended_at.is_null())
            .filter(conversation_assignments::answer.is_null()),
    )
    .set((
        conversation_assignments::answer.eq(answer),
        conversation_assignments::answered_at.eq(now),
        conversation_assignments::ended_at.eq(ended),
    ))
    .returning(AssignmentRow::as_returning())
    .get_result(conn)
    .await
    .optional()
}

/// Closes an open request with its outcome; false when it was closed already.
pub async fn close_request(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    outcome: RequestOutcome,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let closed =
        diesel::update(conversation_requests::table.find(id).filter(conversation_requests::closed_at.is_null()))
            .set((conversation_requests::outcome.eq(outcome), conversation_requests::closed_at.eq(now)))
            .execute(conn)
            .await?;
    Ok(closed == 1)
}

/// The open assignments of these people (a linked account's own), oldest first, with their
/// requests.
pub async fn open_assignments_of(
    conn: &mut AsyncPgConnection,
    people: &[PersonId],
) -> QueryResult<Vec<(AssignmentRow, RequestRow)>> {
    conversation_assignments::table
        .inner_join(conversation_requests::table.on(conversation_requests::id.eq(conversation_assignments::request_id)))
        .filter(conversation_assignments::person_id.eq_any(people))
        .filter(conversation_assignments::ended_at.is_null())
        .order((conversation_assignments::assigned_at, conversation_assignments::id))
        .select((AssignmentRow::as_select(), RequestRow::as_select()))
        .load(conn)
        .await
}

pub async fn find_profile(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Option<Profile>> {
    peer_supporter_profiles::table.find(person).select(Profile::as_select()).first(conn).await.optional()
}

pub async fn save_profile(conn: &mut AsyncPgConnection, profile: &Profile) -> QueryResult<Profile> {
    diesel::insert_into(peer_supporter_profiles::table)
        .values(profile)
        .on_conflict(peer_supporter_profiles::person_id)
        .do_update()
        .set(profile)
        .returning(Profile::as_returning())
        .get_result(conn)
        .await
}

/// A peer supporter who may take a request: active in the role on the day, in the request's
/// organisation, not erased and not asked about this request before; with what ranking reads.
#[derive(Debug, Clone, QueryableByName)]
pub struct CandidateRow {
    #[diesel(sql_type = SqlUuid)]
    pub person_id: PersonId,
    #[diesel(sql_type = SqlUuid)]
    pub chapter_id: ChapterId,
    #[diesel(sql_type = Text)]
    pub chapter_name: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub given_name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub family_name: Option<String>,
    /// Whether their role is in the request's chapter or under it (else: in its region).
    #[diesel(sql_type = Bool)]
    pub in_chapter: bool,
    #[diesel(sql_type = Array<Text>)]
    pub languages: Vec<String>,
    #[diesel(sql_type = Array<Text>)]
    pub relations: Vec<String>,
    #[diesel(sql_type = Nullable<SmallInt>)]
    pub birth_year: Option<i16>,
    #[diesel(sql_type = Nullable<Text>)]
    pub gender: Option<Gender>,
    #[diesel(sql_type = BigInt)]
    pub open_assignments: i64,
}

/// Candidates for request `$1` on day `$2` holding role `$3`: the people active in it (see
/// `volunteer_roles_on`) in the request's chapter or under it, or elsewhere in its region,
/// once each (their nearest role), whose record is linked to an account holding a role in the
/// organisation now (so that they can answer), skipping anyone assigned the request before.
const CANDIDATES_SQL: &str = "
SELECT DISTINCT ON (v.person_id)
       v.person_id, v.chapter_id, c.name AS chapter_name, p.given_name, p.family_name,
       c.ancestors @> ARRAY[q.chapter_id] AS in_chapter,
       array_prepend(p.language, coalesce(pr.languages, '{}')) AS languages,
       coalesce(pr.relations, '{}') AS relations,
       p.birth_year, pr.gender,
       (SELECT count(*) FROM conversation_assignments a
        WHERE a.person_id = v.person_id AND a.ended_at IS NULL) AS open_assignments
FROM conversation_requests q
JOIN volunteer_roles_on($2) v ON v.organisation_id = q.organisation_id AND v.role_code = $3 AND v.active
JOIN chapters c ON c.id = v.chapter_id
JOIN people p ON p.id = v.person_id AND p.erased_at IS NULL
JOIN account_people ap ON ap.person_id = v.person_id
LEFT JOIN peer_supporter_profiles pr ON pr.person_id = v.person_id
WHERE q.id = $1
  AND EXISTS (SELECT 1 FROM grants g
              WHERE g.user_id = ap.user_id AND g.organisation_id = q.organisation_id
                AND g.valid_from <= now() AND (g.valid_to IS NULL OR g.valid_to > now()))
  AND (c.ancestors @> ARRAY[q.chapter_id] OR chapter_region(v.chapter_id) = chapter_region(q.chapter_id))
  AND NOT EXISTS (SELECT 1 FROM conversation_assignments d WHERE d.request_id = q.id AND d.person_id = v.person_id)
ORDER BY v.person_id, (c.ancestors @> ARRAY[q.chapter_id]) DESC, v.chapter_id";

pub async fn candidates(
    conn: &mut AsyncPgConnection,
    request: Uuid,
    day: NaiveDate,
    role: &str,
) -> QueryResult<Vec<CandidateRow>> {
    sql_query(CANDIDATES_SQL).bind::<SqlUuid, _>(request).bind::<Date, _>(day).bind::<Text, _>(role).load(conn).await
}

/// Records a conversation held on `held_on` as the request's first contact, unless an earlier
/// one is recorded: the start of that day, or the request's own time when it came in that day.
pub async fn mark_first_contact(conn: &mut AsyncPgConnection, request: Uuid, held_on: NaiveDate) -> QueryResult<()> {
    sql_query(
        "UPDATE conversation_requests
         SET first_contact_at = least(coalesce(first_contact_at, 'infinity'), greatest(created_at, $2::timestamptz))
         WHERE id = $1",
    )
    .bind::<SqlUuid, _>(request)
    .bind::<Date, _>(held_on)
    .execute(conn)
    .await
    .map(drop)
}

/// Whether the person has an assignment they accepted and that has not ended.
pub async fn has_accepted_assignment(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        conversation_assignments::table
            .filter(conversation_assignments::person_id.eq(person))
            .filter(conversation_assignments::ended_at.is_null())
            .filter(conversation_assignments::answer.eq(Answer::Accepted)),
    ))
    .get_result(conn)
    .await
}

/// Empties the contact details of the organisation's requests given with this e-mail address or
/// phone number, whether or not they were taken for a person record's: erasing a person leaves
/// no way to reach them in a request.
pub async fn forget_contact(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    email: Option<&str>,
    phone: Option<&str>,
) -> QueryResult<usize> {
    if email.is_none() && phone.is_none() {
        return Ok(0);
    }
    let matching = conversation_requests::contact_email
        .eq(email.unwrap_or_default())
        .or(conversation_requests::contact_phone.eq(phone.unwrap_or_default()));
    diesel::update(conversation_requests::table.filter(conversation_requests::organisation_id.eq(org)).filter(matching))
        .set((
            conversation_requests::contact_name.eq(None::<String>),
            conversation_requests::contact_email.eq(None::<String>),
            conversation_requests::contact_phone.eq(None::<String>),
            conversation_requests::contact_removed_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await
}

/// The requests a person made (as the requester), oldest first, for their data export.
pub async fn requests_of_requester(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Vec<RequestRow>> {
    conversation_requests::table
        .filter(conversation_requests::requester_person_id.eq(person))
        .order(conversation_requests::created_at)
        .select(RequestRow::as_select())
        .load(conn)
        .await
}

/// The conversations logged for these requests: (request, day, minutes), oldest first.
pub async fn conversations_of(
    conn: &mut AsyncPgConnection,
    requests: &[Uuid],
) -> QueryResult<Vec<(Option<Uuid>, NaiveDate, i32)>> {
    use crate::db::schema::activities;
    activities::table
        .filter(activities::conversation_request_id.eq_any(requests))
        .order((activities::held_on, activities::id))
        .select((activities::conversation_request_id, activities::held_on, activities::duration_minutes))
        .load(conn)
        .await
}

/// Every assignment a peer supporter had, oldest first, for their data export.
pub async fn assignments_of_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Vec<AssignmentRow>> {
    conversation_assignments::table
        .filter(conversation_assignments::person_id.eq(person))
        .order(conversation_assignments::assigned_at)
        .select(AssignmentRow::as_select())
        .load(conn)
        .await
}

/// An open assignment whose first contact is not made, with where its reminder or escalation
/// goes: the peer supporter's address (`email`) for a reminder, the coordinator's for an
/// escalation.
#[derive(Debug, QueryableByName)]
pub struct DueNotice {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub organisation_id: OrgId,
    #[diesel(sql_type = SqlUuid)]
    pub request_id: Uuid,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub person_id: Option<PersonId>,
    #[diesel(sql_type = Nullable<Text>)]
    pub email: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub given_name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub language: Option<String>,
    #[diesel(sql_type = Text)]
    pub org_name: String,
    #[diesel(sql_type = diesel::sql_types::Timestamptz)]
    pub contact_due_at: DateTime<Utc>,
}

/// Reminders due: half the time to first contact has passed, no first contact is made and the
/// peer supporter was not reminded. Locked with SKIP LOCKED, so every replica may run it at once.
const DUE_REMINDERS: &str = "
SELECT a.id, a.organisation_id, a.request_id, a.person_id, p.email, p.given_name, p.language,
       o.name AS org_name, a.contact_due_at
FROM conversation_assignments a
JOIN conversation_requests r ON r.id = a.request_id
JOIN organisations o ON o.id = a.organisation_id
JOIN people p ON p.id = a.person_id
WHERE a.ended_at IS NULL AND r.first_contact_at IS NULL AND r.closed_at IS NULL
  AND a.reminded_at IS NULL AND now() >= a.assigned_at + (a.contact_due_at - a.assigned_at) / 2
ORDER BY a.contact_due_at
LIMIT $1
FOR UPDATE OF a SKIP LOCKED";

/// Escalations due: the time to first contact has passed without one. The notice goes to the
/// coordinator who assigned the request while their account is enabled and holds a role in the
/// organisation, else to its longest-serving org admin, so that a stuck request always reaches
/// someone who can reassign it.
const DUE_ESCALATIONS: &str = "
SELECT a.id, a.organisation_id, a.request_id, NULL::uuid AS person_id, to_whom.email,
       to_whom.display_name AS given_name, to_whom.language, o.name AS org_name, a.contact_due_at
FROM conversation_assignments a
JOIN conversation_requests r ON r.id = a.request_id
JOIN organisations o ON o.id = a.organisation_id
LEFT JOIN LATERAL (
    SELECT u.email, u.display_name, u.language
    FROM users u JOIN grants g ON g.user_id = u.id
    WHERE u.disabled_at IS NULL AND g.organisation_id = a.organisation_id
      AND g.valid_from <= now() AND (g.valid_to IS NULL OR g.valid_to > now())
      AND (u.id = a.assigned_by OR g.role = 'org_admin')
    ORDER BY u.id = a.assigned_by DESC, g.created_at
    LIMIT 1
) to_whom ON true
WHERE a.ended_at IS NULL AND r.first_contact_at IS NULL AND r.closed_at IS NULL
  AND a.escalated_at IS NULL AND now() >= a.contact_due_at
ORDER BY a.contact_due_at
LIMIT $1
FOR UPDATE OF a SKIP LOCKED";

/// Locks up to `limit` assignments whose reminder is due.
pub async fn claim_due_reminders(conn: &mut AsyncPgConnection, limit: i64) -> QueryResult<Vec<DueNotice>> {
    sql_query(DUE_REMINDERS).bind::<BigInt, _>(limit).load(conn).await
}

/// Locks up to `limit` assignments whose escalation is due.
pub async fn claim_due_escalations(conn: &mut AsyncPgConnection, limit: i64) -> QueryResult<Vec<DueNotice>> {
    sql_query(DUE_ESCALATIONS).bind::<BigInt, _>(limit).load(conn).await
}

/// Records that these assignments' reminders went out.
pub async fn mark_reminded(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> QueryResult<usize> {
    diesel::update(conversation_assignments::table.filter(conversation_assignments::id.eq_any(ids)))
        .set(conversation_assignments::reminded_at.eq(diesel::dsl::now))
        .execute(conn)
        .await
}

/// Records that these assignments were escalated.
pub async fn mark_escalated(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> QueryResult<usize> {
    diesel::update(conversation_assignments::table.filter(conversation_assignments::id.eq_any(ids)))
        .set(conversation_assignments::escalated_at.eq(diesel::dsl::now))
        .execute(conn)
        .await
}

/// Empties the requester's contact details of requests closed longer ago than their
/// organisation's `request_retention_days`; how many.
pub async fn remove_expired_contacts(conn: &mut AsyncPgConnection) -> QueryResult<usize> {
    sql_query(
        "UPDATE conversation_requests r
         SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, contact_removed_at = now()
         FROM organisations o
         WHERE o.id = r.organisation_id AND r.closed_at IS NOT NULL AND r.contact_removed_at IS NULL
           AND r.closed_at < now() - make_interval(days => o.request_retention_days)",
    )
    .execute(conn)
    .await
}

/// Requests of one region and kind of loss or relation made in a period, with what became of
/// them; counts only.
#[derive(Debug, QueryableByName)]
pub struct ReportRow {
    #[diesel(sql_type = Nullable<Text>)]
    pub region_code: Option<String>,
    #[diesel(sql_type = Text)]
    pub relation: String,
    #[diesel(sql_type = BigInt)]
    pub requests: i64,
    #[diesel(sql_type = BigInt)]
    pub contacted: i64,
    #[diesel(sql_type = BigInt)]
    pub closed: i64,
    #[diesel(sql_type = BigInt)]
    pub conversations: i64,
    /// Days from the request to its first contact, added up over those contacted.
    #[diesel(sql_type = diesel::sql_types::Double)]
    pub days_to_contact: f64,
}

/// The organisation's requests made from `$2` through `$3`, by region (of their chapter) and
/// kind, in one statement.
const REPORT_SQL: &str = "
WITH made AS (
    SELECT r.id, chapter_region(r.chapter_id) AS region_code, r.relation, r.first_contact_at, r.created_at,
           r.closed_at
    FROM conversation_requests r
    WHERE r.organisation_id = $1 AND r.created_at >= $2::date AND r.created_at < $3::date + 1
), held AS (
    SELECT a.conversation_request_id AS id, count(*) AS n
    FROM activities a JOIN made m ON m.id = a.conversation_request_id
    GROUP BY a.conversation_request_id
)
SELECT m.region_code, m.relation, count(*) AS requests, count(m.first_contact_at) AS contacted,
       count(m.closed_at) AS closed, coalesce(sum(h.n), 0)::bigint AS conversations,
       coalesce(sum(extract(epoch FROM m.first_contact_at - m.created_at) / 86400.0), 0)::float8 AS days_to_contact
FROM made m LEFT JOIN held h ON h.id = m.id
GROUP BY m.region_code, m.relation
ORDER BY m.region_code, m.relation";

pub async fn report(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    from: NaiveDate,
    to: NaiveDate,
) -> QueryResult<Vec<ReportRow>> {
    sql_query(REPORT_SQL).bind::<SqlUuid, _>(org).bind::<Date, _>(from).bind::<Date, _>(to).load(conn).await
}
