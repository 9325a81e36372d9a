//! Database access for volunteer roles, course types, course runs and completions.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Date, Integer, Jsonb, Nullable, SmallInt, Text, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::db::schema::{course_completions, course_runs, course_types, qualification_reminders, volunteer_roles};
use crate::ids::{ChapterId, OrgId, PersonId};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = volunteer_roles)]
pub struct RoleRow {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub role_code: String,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = course_types)]
pub struct CourseType {
    pub organisation_id: OrgId,
    pub code: String,
    pub labels: serde_json::Value,
    pub validity_months: Option<i16>,
    pub qualifies_for: Vec<String>,
    pub retired: bool,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = course_runs)]
pub struct CourseRun {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub course_type: String,
    pub chapter_id: Option<ChapterId>,
    pub held_on: NaiveDate,
    pub instructors: Vec<PersonId>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = course_completions)]
pub struct Completion {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub course_run_id: Uuid,
    pub person_id: PersonId,
    pub course_type: String,
    pub completed_on: NaiveDate,
    pub expires_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_role(conn: &mut AsyncPgConnection, role: &RoleRow) -> QueryResult<RoleRow> {
    diesel::insert_into(volunteer_roles::table).values(role).returning(RoleRow::as_returning()).get_result(conn).await
}

/// A role with the ids of its chapter's tree path, for authorisation.
pub async fn find_role(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<(RoleRow, Vec<ChapterId>)> {
    use crate::db::schema::chapters;
    volunteer_roles::table
        .inner_join(chapters::table)
        .filter(volunteer_roles::id.eq(id))
        .select((RoleRow::as_select(), chapters::ancestors))
        .first(conn)
        .await
}

pub async fn end_role(conn: &mut AsyncPgConnection, id: Uuid, to_on: NaiveDate) -> QueryResult<RoleRow> {
    diesel::update(volunteer_roles::table.find(id))
        .set(volunteer_roles::to_on.eq(to_on))
        .returning(RoleRow::as_returning())
        .get_result(conn)
        .await
}

pub async fn course_types_of(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<Vec<CourseType>> {
    course_types::table
        .filter(course_types::organisation_id.eq(org))
        .order(course_types::code)
        .select(CourseType::as_select())
        .load(conn)
        .await
}

pub async fn find_course_type(conn: &mut AsyncPgConnection, org: OrgId, code: &str) -> QueryResult<Option<CourseType>> {
    course_types::table
        .filter(course_types::organisation_id.eq(org).and(course_types::code.eq(code)))
        .select(CourseType::as_select())
        .first(conn)
        .await
        .optional()
}

/// Inserts or replaces a course type; true when it is new.
pub async fn upsert_course_type(conn: &mut AsyncPgConnection, t: &CourseType) -> QueryResult<bool> {
    let existed = find_course_type(conn, t.organisation_id, &t.code).await?.is_some();
    diesel::insert_into(course_types::table)
        .values(t)
        .on_conflict((course_types::organisation_id, course_types::code))
        .do_update()
        .set(t)
        .execute(conn)
        .await?;
    Ok(!existed)
}

pub async fn insert_run(conn: &mut AsyncPgConnection, run: &CourseRun) -> QueryResult<CourseRun> {
    diesel::insert_into(course_runs::table).values(run).returning(CourseRun::as_returning()).get_result(conn).await
}

pub async fn find_run(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<CourseRun> {
    course_runs::table.find(id).select(CourseRun::as_select()).first(conn).await
}

/// Course runs of an organisation by day (newest first), with how many completed each.
pub async fn list_runs(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    year: Option<i16>,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<(CourseRun, i64)>> {
    let mut query = course_runs::table
        .filter(course_runs::organisation_id.eq(org))
        .order(course_runs::id.desc())
        .limit(limit)
        .select((
            CourseRun::as_select(),
            course_completions::table
                .filter(course_completions::course_run_id.eq(course_runs::id))
                .count()
                .single_value()
                .assume_not_null(),
        ))
        .into_boxed();
    if let Some(year) = year {
        let first = NaiveDate::from_ymd_opt(i32::from(year), 1, 1).unwrap_or_default();
        let next = NaiveDate::from_ymd_opt(i32::from(year) + 1, 1, 1).unwrap_or_default();
        query = query.filter(course_runs::held_on.ge(first).and(course_runs::held_on.lt(next)));
    }
    if let Some(after) = after {
        query = query.filter(course_runs::id.lt(after));
    }
    query.load(conn).await
}

pub async fn insert_completion(conn: &mut AsyncPgConnection, c: &Completion) -> QueryResult<Completion> {
    diesel::insert_into(course_completions::table)
        .values(c)
        .returning(Completion::as_returning())
        .get_result(conn)
        .await
}

/// A person's roles (every period) and completions, oldest first, for their data export.
pub async fn of_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<(Vec<RoleRow>, Vec<Completion>)> {
    let roles = volunteer_roles::table
        .filter(volunteer_roles::person_id.eq(person))
        .order(volunteer_roles::from_on)
        .select(RoleRow::as_select())
        .load(conn)
        .await?;
    let completions = course_completions::table
        .filter(course_completions::person_id.eq(person))
        .order(course_completions::completed_on)
        .select(Completion::as_select())
        .load(conn)
        .await?;
    Ok((roles, completions))
}

/// The reminders a person was sent before a completion lapsed: (completion, when), oldest first.
pub async fn reminders_of(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Vec<(Uuid, DateTime<Utc>)>> {
    qualification_reminders::table
        .filter(qualification_reminders::person_id.eq(person))
        .order(qualification_reminders::sent_at)
        .select((qualification_reminders::completion_id, qualification_reminders::sent_at))
        .load(conn)
        .await
}

/// The course runs a person taught, oldest first.
pub async fn runs_taught_by(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Vec<CourseRun>> {
    course_runs::table
        .filter(course_runs::instructors.contains(vec![person]))
        .order(course_runs::held_on)
        .select(CourseRun::as_select())
        .load(conn)
        .await
}

/// A role held on a day, with the person and their qualification for it.
#[derive(Debug, QueryableByName)]
pub struct VolunteerRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub person_id: PersonId,
    #[diesel(sql_type = SqlUuid)]
    pub chapter_id: ChapterId,
    #[diesel(sql_type = Text)]
    pub role_code: String,
    #[diesel(sql_type = Date)]
    pub from_on: NaiveDate,
    #[diesel(sql_type = Nullable<Date>)]
    pub to_on: Option<NaiveDate>,
    #[diesel(sql_type = Nullable<Text>)]
    pub given_name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub family_name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub email: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub phone: Option<String>,
    #[diesel(sql_type = Bool)]
    pub needs_qualification: bool,
    #[diesel(sql_type = Nullable<Date>)]
    pub expires_on: Option<NaiveDate>,
    #[diesel(sql_type = Bool)]
    pub active: bool,
}

/// Every role held on `$2` in the chapter `$1` and under it, with whether it is active (see
/// the SQL function `volunteer_roles_on`). Optional filters: role `$3`, active `$4`,
/// qualification lapsing by `$5`; keyset `$6`, limit `$7`.
const VOLUNTEERS_SQL: &str = "
SELECT r.id, r.person_id, r.chapter_id, r.role_code, r.from_on, r.to_on,
       p.given_name, p.family_name, p.email, p.phone, r.needs_qualification, r.expires_on, r.active
FROM volunteer_roles_on($2) r
JOIN chapters c ON c.id = r.chapter_id
JOIN people p ON p.id = r.person_id
WHERE c.ancestors @> ARRAY[$1]::uuid[]
  AND ($3::text IS NULL OR r.role_code = $3)
  AND ($4::boolean IS NULL OR r.active = $4)
  AND ($5::date IS NULL OR (r.expires_on > $2 AND r.expires_on <= $5))
  AND ($6::uuid IS NULL OR r.id > $6)
ORDER BY r.id
LIMIT $7";

pub struct VolunteerQuery {
    pub chapter: ChapterId,
    pub day: NaiveDate,
    pub role: Option<String>,
    pub active: Option<bool>,
    pub lapsing_by: Option<NaiveDate>,
}

pub async fn list_volunteers(
    conn: &mut AsyncPgConnection,
    q: &VolunteerQuery,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<VolunteerRow>> {
    sql_query(VOLUNTEERS_SQL)
        .bind::<SqlUuid, _>(q.chapter)
        .bind::<Date, _>(q.day)
        .bind::<Nullable<Text>, _>(q.role.as_deref())
        .bind::<Nullable<Bool>, _>(q.active)
        .bind::<Nullable<Date>, _>(q.lapsing_by)
        .bind::<Nullable<SqlUuid>, _>(after)
        .bind::<BigInt, _>(limit)
        .load(conn)
        .await
}

#[derive(Debug, QueryableByName)]
pub struct NewlyQualifiedRow {
    #[diesel(sql_type = SqlUuid)]
    pub person_id: PersonId,
    #[diesel(sql_type = SqlUuid)]
    pub home_chapter_id: ChapterId,
    #[diesel(sql_type = Nullable<Text>)]
    pub given_name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub family_name: Option<String>,
    #[diesel(sql_type = Date)]
    pub first_on: NaiveDate,
}

/// People whose home chapter is `$1` or under it and whose first completion qualifying for
/// role `$2` was in year `$3`.
const NEWLY_QUALIFIED: &str = "
WITH firsts AS (
    SELECT * FROM first_qualifications((SELECT organisation_id FROM chapters WHERE id = $1), $2)
), found AS (
    SELECT p.id AS person_id, p.home_chapter_id, p.given_name, p.family_name, f.first_on
    FROM firsts f
    JOIN people p ON p.id = f.person_id
    JOIN chapters c ON c.id = p.home_chapter_id AND c.ancestors @> ARRAY[$1]::uuid[]
    WHERE extract(year FROM f.first_on) = $3
)";

/// One page of them (keyset `after`, by person id), and how many there are in all.
pub async fn newly_qualified(
    conn: &mut AsyncPgConnection,
    chapter: ChapterId,
    role: &str,
    year: i16,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<(Vec<NewlyQualifiedRow>, i64)> {
    #[derive(QueryableByName)]
    struct Total {
        #[diesel(sql_type = BigInt)]
        total: i64,
    }
    let page = sql_query(format!(
        "{NEWLY_QUALIFIED} SELECT * FROM found WHERE $4::uuid IS NULL OR person_id > $4 ORDER BY person_id LIMIT $5"
    ))
    .bind::<SqlUuid, _>(chapter)
    .bind::<Text, _>(role)
    .bind::<SmallInt, _>(year)
    .bind::<Nullable<SqlUuid>, _>(after)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?;
    let total: Total = sql_query(format!("{NEWLY_QUALIFIED} SELECT count(*) AS total FROM found"))
        .bind::<SqlUuid, _>(chapter)
        .bind::<Text, _>(role)
        .bind::<SmallInt, _>(year)
        .get_result(conn)
        .await?;
    Ok((page, total.total))
}

/// A completion whose reminder is due, with what the reminder says and where it goes.
#[derive(QueryableByName)]
pub struct DueReminder {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub organisation_id: OrgId,
    #[diesel(sql_type = SqlUuid)]
    pub person_id: PersonId,
    #[diesel(sql_type = Nullable<Text>)]
    pub email: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub given_name: Option<String>,
    #[diesel(sql_type = Text)]
    pub language: String,
    #[diesel(sql_type = Text)]
    pub org_name: String,
    #[diesel(sql_type = Text)]
    pub course_type: String,
    #[diesel(sql_type = Jsonb)]
    pub course_labels: serde_json::Value,
    #[diesel(sql_type = Date)]
    pub expires_on: NaiveDate,
}

/// Completions that lapse within their organisation's reminder days and whose reminder is due:
/// the volunteer is not erased, was not reminded of it, still holds a role the course qualifies
/// for, and holds no later completion that renews it.
const DUE_SQL: &str = "
SELECT cc.id, cc.organisation_id, cc.person_id, p.email, p.given_name, p.language, o.name AS org_name,
       cc.course_type, t.labels AS course_labels, cc.expires_on
FROM course_completions cc
JOIN organisations o ON o.id = cc.organisation_id
JOIN course_types t ON t.organisation_id = cc.organisation_id AND t.code = cc.course_type
JOIN people p ON p.id = cc.person_id
WHERE cc.expires_on > current_date
  AND cc.expires_on <= current_date + o.qualification_reminder_days
  AND p.erased_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM qualification_reminders q WHERE q.completion_id = cc.id)
  AND EXISTS (SELECT 1 FROM volunteer_roles r
              WHERE r.person_id = cc.person_id AND r.role_code = ANY (t.qualifies_for)
                AND r.from_on <= current_date AND (r.to_on IS NULL OR r.to_on >= current_date))
  AND NOT EXISTS (SELECT 1 FROM course_completions later
                  JOIN course_types lt ON lt.organisation_id = later.organisation_id AND lt.code = later.course_type
                  WHERE later.person_id = cc.person_id AND later.id <> cc.id
                    AND lt.qualifies_for && t.qualifies_for
                    AND (later.expires_on IS NULL OR later.expires_on > cc.expires_on))
ORDER BY cc.expires_on
LIMIT $1
FOR UPDATE OF cc SKIP LOCKED";

/// Locks up to `limit` completions whose reminder is due, soonest lapsing first, skipping those
/// another replica holds.
pub async fn claim_due_reminders(conn: &mut AsyncPgConnection, limit: i32) -> QueryResult<Vec<DueReminder>> {
    sql_query(DUE_SQL).bind::<Integer, _>(limit).load(conn).await
}

/// Records that the completion's reminder went out; the row makes a second reminder impossible.
pub async fn record_reminder(conn: &mut AsyncPgConnection, due: &DueReminder) -> QueryResult<()> {
    sql_query("INSERT INTO qualification_reminders (completion_id, organisation_id, person_id) VALUES ($1, $2, $3)")
        .bind::<SqlUuid, _>(due.id)
        .bind::<SqlUuid, _>(due.organisation_id)
        .bind::<SqlUuid, _>(due.person_id)
        .execute(conn)
        .await
        .map(drop)
}

/// A role one of the given people holds on a day, with its chapter's name and whether it is
/// active then (see `volunteer_roles_on`).
#[derive(Debug, QueryableByName)]
pub struct HeldRole {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub person_id: PersonId,
    #[diesel(sql_type = SqlUuid)]
    pub chapter_id: ChapterId,
    #[diesel(sql_type = Text)]
    pub chapter_name: String,
    #[diesel(sql_type = Text)]
    pub role_code: String,
    #[diesel(sql_type = Date)]
    pub from_on: NaiveDate,
    #[diesel(sql_type = Nullable<Date>)]
    pub to_on: Option<NaiveDate>,
    #[diesel(sql_type = Bool)]
    pub needs_qualification: bool,
    #[diesel(sql_type = Nullable<Date>)]
    pub expires_on: Option<NaiveDate>,
    #[diesel(sql_type = Bool)]
    pub active: bool,
}

/// The roles these people hold on `day`, oldest first, in one statement.
pub async fn roles_held_on(
    conn: &mut AsyncPgConnection,
    people: &[PersonId],
    day: NaiveDate,
) -> QueryResult<Vec<HeldRole>> {
    sql_query(
        "SELECT r.id, r.person_id, r.chapter_id, c.name AS chapter_name, r.role_code, r.from_on, r.to_on,
                r.needs_qualification, r.expires_on, r.active
         FROM volunteer_roles_on($2) r JOIN chapters c ON c.id = r.chapter_id
         WHERE r.person_id = ANY ($1)
         ORDER BY r.from_on, r.id",
    )
    .bind::<diesel::sql_types::Array<SqlUuid>, _>(people)
    .bind::<Date, _>(day)
    .load(conn)
    .await
}

/// Every course these people completed, oldest first.
pub async fn completions_of_people(conn: &mut AsyncPgConnection, people: &[PersonId]) -> QueryResult<Vec<Completion>> {
    course_completions::table
        .filter(course_completions::person_id.eq_any(people))
        .order((course_completions::completed_on, course_completions::id))
        .select(Completion::as_select())
        .load(conn)
        .await
}
