//! Database access for people, memberships, their periods and fees.

pub mod counts;

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Float4, Nullable, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use serde::Deserialize;
use uuid::Uuid;

use super::status::Status;
use crate::chapters::queries::Chapter;
use crate::db::schema::{chapters, member_requests, membership_fees, membership_periods, memberships, people};
use crate::ids::{ChapterId, MembershipId, OrgId, PersonId, UserId};

crate::text_enum! {
    /// The secretariat's decision on a member request.
    pub enum Decision: "member request decision" {
        /// One person: they moved to the chapter that registered them.
        Confirmed => "confirmed",
        /// Two people who share an address or number.
        Declined => "declined",
    }
}

crate::text_enum! {
    pub enum PaymentMethod: "payment method" {
        BankTransfer => "bank_transfer",
        Card => "card",
        Vipps => "vipps",
        Cash => "cash",
        Invoice => "invoice",
        Other => "other",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = people)]
pub struct Person {
    pub id: PersonId,
    pub organisation_id: OrgId,
    pub home_chapter_id: ChapterId,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postal_code: Option<String>,
    pub birth_year: Option<i16>,
    pub birth_date: Option<NaiveDate>,
    pub language: String,
    pub relations: Vec<String>,
    pub erased_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Another record holds this one's e-mail address or phone number until the secretariat
    /// decides (see `members::requests`): looked up by them, that record comes first.
    pub contact_held: bool,
}

/// What identifies a person, as given by staff or a sign-up (also as a sign-up waits in the
/// queue of public requests).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct PersonDetails {
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postal_code: Option<String>,
    pub birth_year: Option<i16>,
    pub birth_date: Option<NaiveDate>,
    pub language: String,
    pub relations: Vec<String>,
}

impl Person {
    pub fn new(organisation_id: OrgId, home_chapter_id: ChapterId, d: PersonDetails) -> Self {
        // As stored: PostgreSQL keeps microseconds.
        let now = Utc::now().trunc_subsecs(6);
        Self {
            id: PersonId::new(),
            organisation_id,
            home_chapter_id,
            given_name: Some(d.given_name),
            family_name: Some(d.family_name),
            email: d.email,
            phone: d.phone,
            postal_code: d.postal_code,
            birth_year: d.birth_year,
            birth_date: d.birth_date,
            language: d.language,
            relations: d.relations,
            erased_at: None,
            version: 1,
            created_at: now,
            updated_at: now,
            contact_held: false,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, Deserialize)]
#[diesel(table_name = memberships)]
pub struct Membership {
    pub id: MembershipId,
    pub organisation_id: OrgId,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub type_code: String,
    pub status: Status,
    pub joined_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, Deserialize)]
#[diesel(table_name = membership_periods)]
pub struct Period {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub membership_id: MembershipId,
    pub chapter_id: ChapterId,
    pub type_code: String,
    pub status: Status,
    pub birth_year: Option<i16>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
    pub starts_membership: bool,
    pub ends_membership: bool,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, Deserialize)]
#[diesel(table_name = membership_fees)]
pub struct Fee {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub membership_id: MembershipId,
    pub chapter_id: ChapterId,
    pub year: i16,
    pub amount_ore: i32,
    pub paid_on: NaiveDate,
    pub method: PaymentMethod,
    pub created_at: DateTime<Utc>,
}

/// A membership with its periods (oldest first) and fees (by year), as `member_memberships`
/// returns them.
#[derive(Debug, Clone, Deserialize)]
pub struct MembershipHistory {
    #[serde(flatten)]
    pub membership: Membership,
    pub periods: Vec<Period>,
    pub fees: Vec<Fee>,
}

diesel::define_sql_function! {
    /// The `member_memberships` SQL function of the performance migration: a person's
    /// memberships with their periods and fees, as JSON.
    fn member_memberships(person: SqlUuid) -> diesel::sql_types::Jsonb;
}

fn histories(json: serde_json::Value) -> QueryResult<Vec<MembershipHistory>> {
    serde_json::from_value(json).map_err(|err| diesel::result::Error::DeserializationError(Box::new(err)))
}

/// A person with the ancestry of their home chapter and every membership with its history, in
/// one statement: what reading a member needs.
pub async fn find_member(
    conn: &mut AsyncPgConnection,
    id: PersonId,
) -> QueryResult<(Person, Vec<ChapterId>, Vec<MembershipHistory>)> {
    let (person, ancestors, json) = people::table
        .inner_join(chapters::table)
        .filter(people::id.eq(id))
        .select((Person::as_select(), chapters::ancestors, member_memberships(people::id)))
        .first::<(Person, Vec<ChapterId>, serde_json::Value)>(conn)
        .await?;
    Ok((person, ancestors, histories(json)?))
}

/// Every membership of a person with its periods and fees, in one statement.
pub async fn membership_histories(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> QueryResult<Vec<MembershipHistory>> {
    let json = diesel::select(member_memberships(person)).get_result::<serde_json::Value>(conn).await?;
    histories(json)
}

/// A person with the ancestry of their home chapter, for authorisation.
pub async fn find_person(conn: &mut AsyncPgConnection, id: PersonId) -> QueryResult<(Person, Vec<ChapterId>)> {
    people::table
        .inner_join(chapters::table)
        .filter(people::id.eq(id))
        .select((Person::as_select(), chapters::ancestors))
        .first(conn)
        .await
}

/// The record found by this e-mail address or phone number: the one holding it rather than
/// one holding it back, then the oldest.
pub async fn find_person_by_contact(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    email: Option<&str>,
    phone: Option<&str>,
) -> QueryResult<Option<Person>> {
    let holders = contact_holders(conn, org, email, phone, None).await?;
    Ok(holders.into_iter().min_by_key(|p| (p.contact_held, p.created_at)))
}

/// The organisation's record that holds this e-mail address, unless it is erased.
pub async fn person_with_email(conn: &mut AsyncPgConnection, org: OrgId, email: &str) -> QueryResult<Option<PersonId>> {
    people::table
        .filter(people::organisation_id.eq(org))
        .filter(people::email.eq(email))
        .filter(people::contact_held.eq(false))
        .filter(people::erased_at.is_null())
        .select(people::id)
        .first(conn)
        .await
        .optional()
}

/// Which of these e-mail addresses and phone numbers a record of the organisation holds (or
/// holds back), with one statement for a batch of sign-ups.
pub async fn known_contacts(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    emails: &[&str],
    phones: &[&str],
) -> QueryResult<HashSet<String>> {
    let held: Vec<(Option<String>, Option<String>)> = people::table
        .filter(people::organisation_id.eq(org))
        .filter(people::email.eq_any(emails).or(people::phone.eq_any(phones)))
        .select((people::email, people::phone))
        .load(conn)
        .await?;
    Ok(held.into_iter().flat_map(|(email, phone)| [email, phone]).flatten().collect())
}

/// The organisation's records, other than `except`, with this e-mail address or phone number,
/// whether they hold it or hold it back.
pub async fn contact_holders(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    email: Option<&str>,
    phone: Option<&str>,
    except: Option<PersonId>,
) -> QueryResult<Vec<Person>> {
    if email.is_none() && phone.is_none() {
        return Ok(Vec::new());
    }
    let mut query = people::table
        .filter(people::organisation_id.eq(org))
        .filter(people::email.eq(email.unwrap_or_default()).or(people::phone.eq(phone.unwrap_or_default())))
        .select(Person::as_select())
        .into_boxed();
    if let Some(except) = except {
        query = query.filter(people::id.ne(except));
    }
    query.load(conn).await
}

/// The records whose contact details wait, in an open request, to be told apart from `person`.
pub async fn held_for(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Vec<Person>> {
    let waiting = member_requests::table
        .filter(member_requests::existing_person_id.eq(person).and(member_requests::decision.is_null()))
        .select(member_requests::person_id);
    people::table
        .filter(people::id.eq_any(waiting).and(people::contact_held))
        .select(Person::as_select())
        .load(conn)
        .await
}

/// The person as they are now, locked until the transaction ends against other changes to
/// their row (not against rows that merely point at it).
pub async fn lock_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Person> {
    people::table.find(person).select(Person::as_select()).for_no_key_update().first(conn).await
}

pub async fn people_by_ids(conn: &mut AsyncPgConnection, ids: &[PersonId]) -> QueryResult<Vec<Person>> {
    people::table.filter(people::id.eq_any(ids)).select(Person::as_select()).load(conn).await
}

/// Deletes the person's own row, once nothing else of theirs is left to point at it.
pub async fn delete_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<()> {
    diesel::delete(people::table.find(person)).execute(conn).await?;
    Ok(())
}

/// How alike two full names must be (pg_trgm similarity, 0–1) to be shown as likely duplicates:
/// "Kari Nordmann" and "Karin Nordman" score 0.65, while siblings "Kari" and "Per Nordmann" score 0.5.
const NAME_SIMILARITY: f32 = 0.6;

/// Two records that are likely one person; `a` has the lower id.
#[derive(QueryableByName)]
pub struct LikelyPair {
    #[diesel(sql_type = SqlUuid)]
    pub a: PersonId,
    #[diesel(sql_type = SqlUuid)]
    pub b: PersonId,
}

const PAIRS_SQL: &str = "
WITH scope AS (SELECT id FROM chapters WHERE ancestors @> ARRAY[$1]::uuid[]),
firsts AS (
    SELECT DISTINCT a.id FROM people a JOIN people b
        ON b.organisation_id = a.organisation_id AND b.birth_year = a.birth_year
       AND b.postal_code = a.postal_code AND b.id <> a.id
    WHERE a.home_chapter_id IN (SELECT id FROM scope) AND b.home_chapter_id IN (SELECT id FROM scope)
      AND a.erased_at IS NULL AND b.erased_at IS NULL
      AND similarity(a.given_name || ' ' || a.family_name, b.given_name || ' ' || b.family_name) >= $4
      AND ($2::uuid IS NULL OR a.id > $2) AND a.id < b.id
    ORDER BY a.id LIMIT $3
)
SELECT a.id AS a, b.id AS b FROM people a JOIN people b
    ON b.organisation_id = a.organisation_id AND b.birth_year = a.birth_year
   AND b.postal_code = a.postal_code AND b.id > a.id
WHERE a.id IN (SELECT id FROM firsts) AND b.home_chapter_id IN (SELECT id FROM scope) AND b.erased_at IS NULL
  AND similarity(a.given_name || ' ' || a.family_name, b.given_name || ' ' || b.family_name) >= $4
ORDER BY a.id, b.id";

/// Likely duplicates among the people of `chapter` and the chapters under it (same birth year
/// and postal code, similar name, neither erased), ordered by `a` then `b`: up to `fetch`
/// records after `after` as `a`, each with every record of a higher id likely the same person,
/// so that a page never splits a record's group.
pub async fn likely_duplicates(
    conn: &mut AsyncPgConnection,
    chapter: ChapterId,
    after: Option<Uuid>,
    fetch: i64,
) -> QueryResult<Vec<LikelyPair>> {
    sql_query(PAIRS_SQL)
        .bind::<SqlUuid, _>(chapter)
        .bind::<Nullable<SqlUuid>, _>(after)
        .bind::<BigInt, _>(fetch)
        .bind::<Float4, _>(NAME_SIMILARITY)
        .load(conn)
        .await
}

/// The kept record's details once a duplicate is folded into it.
pub struct MergedDetails {
    pub contact_held: bool,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postal_code: Option<String>,
    pub birth_year: Option<i16>,
    pub birth_date: Option<NaiveDate>,
    pub relations: Vec<String>,
    pub home_chapter_id: ChapterId,
}

/// Writes what a merge settled on to the kept record, as its next version; returns the record.
pub async fn save_merged(conn: &mut AsyncPgConnection, person: PersonId, d: MergedDetails) -> QueryResult<Person> {
    diesel::update(people::table.find(person))
        .set((
            people::contact_held.eq(d.contact_held),
            people::email.eq(d.email),
            people::phone.eq(d.phone),
            people::postal_code.eq(d.postal_code),
            people::birth_year.eq(d.birth_year),
            people::birth_date.eq(d.birth_date),
            people::relations.eq(d.relations),
            people::home_chapter_id.eq(d.home_chapter_id),
            people::version.eq(people::version + 1),
            people::updated_at.eq(diesel::dsl::now),
        ))
        .returning(Person::as_returning())
        .get_result(conn)
        .await
}

/// A question to the secretariat: is `person_id` the same person as `existing_person_id`?
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = member_requests)]
pub struct MemberRequestRow {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub person_id: PersonId,
    pub existing_person_id: PersonId,
    pub requested_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    pub decision: Option<Decision>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// Files a request unless one is open for the pair; returns the new request's id.
pub async fn file_member_request(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    person: PersonId,
    existing: PersonId,
    requested_by: Option<UserId>,
) -> QueryResult<Option<Uuid>> {
    let open = member_requests::table
        .filter(member_requests::person_id.eq(person).and(member_requests::existing_person_id.eq(existing)))
        .filter(member_requests::decision.is_null());
    if diesel::select(diesel::dsl::exists(open)).get_result::<bool>(conn).await? {
        return Ok(None);
    }
    let id = Uuid::now_v7();
    diesel::insert_into(member_requests::table)
        .values((
            member_requests::id.eq(id),
            member_requests::organisation_id.eq(org),
            member_requests::person_id.eq(person),
            member_requests::existing_person_id.eq(existing),
            member_requests::requested_by.eq(requested_by),
        ))
        .execute(conn)
        .await?;
    Ok(Some(id))
}

/// Open requests of the organisation, oldest first, after the cursor. A request whose record
/// no longer holds its contact back (staff changed it, or merged it away) is moot.
pub async fn open_member_requests(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    after: Option<Uuid>,
    fetch: i64,
) -> QueryResult<Vec<MemberRequestRow>> {
    let mut query = member_requests::table
        .filter(member_requests::organisation_id.eq(org).and(member_requests::decision.is_null()))
        .filter(member_requests::person_id.eq_any(people::table.filter(people::contact_held).select(people::id)))
        .select(MemberRequestRow::as_select())
        .order(member_requests::id)
        .limit(fetch)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(member_requests::id.gt(after));
    }
    query.load(conn).await
}

/// The record now holds its contact details like any other.
pub async fn release_contact(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Person> {
    diesel::update(people::table.find(person))
        .set((
            people::contact_held.eq(false),
            people::version.eq(people::version + 1),
            people::updated_at.eq(diesel::dsl::now),
        ))
        .returning(Person::as_returning())
        .get_result(conn)
        .await
}

/// Open requests that ask whether `person` is `person` (after a merge of the two records).
pub async fn drop_requests_about_itself(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<usize> {
    diesel::delete(
        member_requests::table
            .filter(member_requests::person_id.eq(person).and(member_requests::existing_person_id.eq(person)))
            .filter(member_requests::decision.is_null()),
    )
    .execute(conn)
    .await
}

pub async fn member_request_for_update(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<MemberRequestRow> {
    member_requests::table.find(id).select(MemberRequestRow::as_select()).for_update().first(conn).await
}

pub async fn decide_member_request(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    decision: Decision,
    decided_by: Option<UserId>,
) -> QueryResult<MemberRequestRow> {
    diesel::update(member_requests::table.find(id))
        .set((
            member_requests::decision.eq(decision),
            member_requests::decided_by.eq(decided_by),
            member_requests::decided_at.eq(diesel::dsl::now),
        ))
        .returning(MemberRequestRow::as_returning())
        .get_result(conn)
        .await
}

/// Stores a person, through [`insert_people`]; returns them as stored.
pub async fn insert_person(conn: &mut AsyncPgConnection, person: &Person) -> QueryResult<Person> {
    insert_people(conn, std::slice::from_ref(person)).await?;
    Ok(person.clone())
}

/// Stores several people with one statement (a batch of sign-ups).
pub async fn insert_people(conn: &mut AsyncPgConnection, people: &[Person]) -> QueryResult<()> {
    diesel::insert_into(people::table).values(people).execute(conn).await.map(drop)
}

/// Fields staff may change on a person; `Some(None)` clears.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = people)]
pub struct PersonChanges {
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<Option<String>>,
    pub phone: Option<Option<String>>,
    pub postal_code: Option<Option<String>>,
    pub birth_year: Option<Option<i16>>,
    pub birth_date: Option<Option<NaiveDate>>,
    pub language: Option<String>,
    pub relations: Option<Vec<String>>,
    pub contact_held: Option<bool>,
}

/// Applies `changes` if the person is still at `version`; `None` when someone else got there
/// first. A corrected birth year is carried into the membership history, where age bands
/// are counted.
pub async fn update_person(
    conn: &mut AsyncPgConnection,
    id: PersonId,
    version: i32,
    changes: &PersonChanges,
) -> QueryResult<Option<Person>> {
    let updated = diesel::update(people::table.filter(people::id.eq(id).and(people::version.eq(version))))
        .set((changes, people::version.eq(version + 1), people::updated_at.eq(diesel::dsl::now)))
        .returning(Person::as_returning())
        .get_result(conn)
        .await
        .optional()?;
    if let (Some(person), Some(_)) = (&updated, changes.birth_year) {
        diesel::update(
            membership_periods::table
                .filter(membership_periods::membership_id.eq_any(memberships_of(person.id).select(memberships::id))),
        )
        .set(membership_periods::birth_year.eq(person.birth_year))
        .execute(conn)
        .await?;
    }
    Ok(updated)
}

fn memberships_of(person: PersonId) -> memberships::BoxedQuery<'static, diesel::pg::Pg> {
    memberships::table.filter(memberships::person_id.eq(person)).into_boxed()
}

pub async fn set_home_chapter(conn: &mut AsyncPgConnection, person: PersonId, chapter: ChapterId) -> QueryResult<()> {
    diesel::update(people::table.find(person))
        .set((people::home_chapter_id.eq(chapter), people::updated_at.eq(diesel::dsl::now)))
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn memberships_of_person(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<Vec<Membership>> {
    memberships_of(person).order(memberships::created_at).select(Membership::as_select()).load(conn).await
}

/// The chapter of the person's newest membership, if they hold any: where a merged record
/// belongs now.
pub async fn newest_membership_chapter(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> QueryResult<Option<ChapterId>> {
    memberships::table
        .filter(memberships::person_id.eq(person))
        .order(memberships::created_at.desc())
        .select(memberships::chapter_id)
        .first::<ChapterId>(conn)
        .await
        .optional()
}

/// The memberships of several people at once (one query for a whole page).
pub async fn memberships_of_people(conn: &mut AsyncPgConnection, ids: &[PersonId]) -> QueryResult<Vec<Membership>> {
    memberships::table
        .filter(memberships::person_id.eq_any(ids))
        .order(memberships::created_at)
        .select(Membership::as_select())
        .load(conn)
        .await
}

/// A membership with its organisation's chapter ancestry, for authorisation.
pub async fn find_membership(
    conn: &mut AsyncPgConnection,
    id: MembershipId,
) -> QueryResult<(Membership, Vec<ChapterId>)> {
    memberships::table
        .inner_join(chapters::table)
        .filter(memberships::id.eq(id))
        .select((Membership::as_select(), chapters::ancestors))
        .first(conn)
        .await
}

/// The membership alone, for a caller who already knows where it is held.
pub async fn membership_by_id(conn: &mut AsyncPgConnection, id: MembershipId) -> QueryResult<Membership> {
    memberships::table.find(id).select(Membership::as_select()).first(conn).await
}

/// Stores memberships with one statement.
pub async fn insert_memberships(conn: &mut AsyncPgConnection, memberships: &[Membership]) -> QueryResult<()> {
    diesel::insert_into(memberships::table).values(memberships).execute(conn).await.map(drop)
}

pub async fn periods_of(conn: &mut AsyncPgConnection, membership_ids: &[MembershipId]) -> QueryResult<Vec<Period>> {
    membership_periods::table
        .filter(membership_periods::membership_id.eq_any(membership_ids))
        .order((membership_periods::membership_id, membership_periods::valid_from, membership_periods::id))
        .select(Period::as_select())
        .load(conn)
        .await
}

pub async fn current_period(conn: &mut AsyncPgConnection, membership: MembershipId) -> QueryResult<Period> {
    membership_periods::table
        .filter(membership_periods::membership_id.eq(membership).and(membership_periods::valid_to.is_null()))
        .select(Period::as_select())
        .first(conn)
        .await
}

pub async fn close_period(conn: &mut AsyncPgConnection, period: Uuid, on: NaiveDate) -> QueryResult<()> {
    diesel::update(membership_periods::table.find(period))
        .set(membership_periods::valid_to.eq(on))
        .execute(conn)
        .await?;
    Ok(())
}

/// Stores periods of membership history with one statement.
pub async fn insert_periods(conn: &mut AsyncPgConnection, periods: &[Period]) -> QueryResult<()> {
    diesel::insert_into(membership_periods::table).values(periods).execute(conn).await.map(drop)
}

/// Writes the membership's new current state if it is still at `version`.
pub async fn save_membership(
    conn: &mut AsyncPgConnection,
    m: &Membership,
    version: i32,
) -> QueryResult<Option<Membership>> {
    diesel::update(memberships::table.filter(memberships::id.eq(m.id).and(memberships::version.eq(version))))
        .set((
            memberships::chapter_id.eq(m.chapter_id),
            memberships::type_code.eq(&m.type_code),
            memberships::status.eq(&m.status),
            memberships::joined_on.eq(m.joined_on),
            memberships::ended_on.eq(m.ended_on),
            memberships::version.eq(version + 1),
            memberships::updated_at.eq(diesel::dsl::now),
        ))
        .returning(Membership::as_returning())
        .get_result(conn)
        .await
        .optional()
}

pub async fn insert_fee(conn: &mut AsyncPgConnection, fee: &Fee) -> QueryResult<Fee> {
    diesel::insert_into(membership_fees::table).values(fee).returning(Fee::as_returning()).get_result(conn).await
}

pub async fn fees_of(conn: &mut AsyncPgConnection, membership_ids: &[MembershipId]) -> QueryResult<Vec<Fee>> {
    membership_fees::table
        .filter(membership_fees::membership_id.eq_any(membership_ids))
        .order((membership_fees::membership_id, membership_fees::year))
        .select(Fee::as_select())
        .load(conn)
        .await
}

/// A member list's filters, resolved: age bands become birth-year bounds.
#[derive(Debug, Default)]
pub struct MemberQuery {
    pub status: Option<String>,
    pub type_code: Option<String>,
    pub birth_years: Option<BirthYears>,
    pub joined_from: Option<NaiveDate>,
    pub joined_to: Option<NaiveDate>,
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy)]
pub enum BirthYears {
    Between(i16, i16),
    Unknown,
}

/// Where a list of members looks: the whole organisation, or these chapters (a chapter and
/// every chapter under it). The ids are looked up first so that the planner sees how many
/// there are; a containment test on the chapter tree would be estimated as one row.
pub enum Scope {
    Organisation,
    Chapters(Vec<Uuid>),
}

pub async fn scope_of(conn: &mut AsyncPgConnection, chapter: &Chapter) -> QueryResult<Scope> {
    if chapter.parent_id.is_none() {
        return Ok(Scope::Organisation);
    }
    let ids =
        chapters::table.filter(chapters::ancestors.contains(vec![chapter.id])).select(chapters::id).load(conn).await?;
    Ok(Scope::Chapters(ids))
}

/// People of `scope`, not erased, ordered by family name, given name and id, after the person
/// `after` (who must be in the same organisation).
pub async fn list_people(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    scope: &Scope,
    filter: &MemberQuery,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<Person>> {
    let after = match after {
        Some(id) => Some(
            people::table
                .filter(people::id.eq(id).and(people::organisation_id.eq(org)))
                .select((people::family_name, people::given_name, people::id))
                .first::<(Option<String>, Option<String>, Uuid)>(conn)
                .await?,
        ),
        None => None,
    };
    let mut query = people::table
        .filter(people::organisation_id.eq(org))
        .filter(people::erased_at.is_null())
        .select(Person::as_select())
        .order((people::family_name, people::given_name, people::id))
        .limit(limit)
        .into_boxed();
    if let Scope::Chapters(ids) = scope {
        query = query.filter(people::home_chapter_id.eq_any(ids));
    }
    let mut membership = memberships::table.select(memberships::person_id).into_boxed();
    let mut membership_filtered = false;
    if let Some(status) = &filter.status {
        membership = membership.filter(memberships::status.eq(status.clone()));
        membership_filtered = true;
    }
    if let Some(code) = &filter.type_code {
        membership = membership.filter(memberships::type_code.eq(code.clone()));
        membership_filtered = true;
    }
    if let Some(from) = filter.joined_from {
        membership = membership.filter(memberships::joined_on.ge(from));
        membership_filtered = true;
    }
    if let Some(to) = filter.joined_to {
        membership = membership.filter(memberships::joined_on.le(to));
        membership_filtered = true;
    }
    if membership_filtered {
        query = query.filter(people::id.eq_any(membership));
    }
    match filter.birth_years {
        Some(BirthYears::Between(from, to)) => query = query.filter(people::birth_year.between(from, to)),
        Some(BirthYears::Unknown) => query = query.filter(people::birth_year.is_null()),
        None => {}
    }
    if let Some(text) = &filter.text {
        query = query.filter(people::search.like(format!("%{}%", escape_like(&text.to_lowercase()))));
    }
    if let Some((family, given, id)) = after {
        let (family, given) = (family.unwrap_or_default(), given.unwrap_or_default());
        query = query.filter(
            people::family_name
                .gt(family.clone())
                .or(people::family_name.eq(family.clone()).and(people::given_name.gt(given.clone())))
                .or(people::family_name.eq(family).and(people::given_name.eq(given)).and(people::id.gt(id))),
        );
    }
    query.load(conn).await
}

/// `%`, `_` and `\` match themselves.
fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
