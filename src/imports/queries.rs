//! Database access for imports. The rows of a file are copied (`COPY … FROM STDIN`) into a
//! temporary table of the import's own connection, then matched against the registry and
//! written with one statement per table, however many rows there are: a hundred thousand rows
//! cost the same dozen statements as ten.

use bytes::Bytes;
use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_query;
use diesel::sql_types::{Date, Float4, Integer, Nullable, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::SinkExt;
use uuid::Uuid;

use super::rows::Candidate;
use crate::db::schema::member_imports;
use crate::ids::{OrgId, PersonId, UserId};

crate::text_enum! {
    /// Where an import stands.
    pub enum ImportState: "import state" {
        /// Uploaded, waiting for a replica's background work.
        Queued => "queued",
        Running => "running",
        Done => "done",
        /// The file could not be read as a member list (see `error_code`).
        Failed => "failed",
    }
}

/// An import as recorded.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = member_imports)]
pub struct ImportRecord {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub requested_by: Option<UserId>,
    pub state: ImportState,
    pub dry_run: bool,
    pub welcome: bool,
    pub rows_read: i32,
    #[diesel(embed)]
    pub counts: Counts,
    pub error_code: Option<String>,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
}

/// What an import did, as its record keeps it.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = member_imports)]
pub struct Counts {
    pub rows_total: Option<i32>,
    pub created: i32,
    pub unchanged: i32,
    pub refused: i32,
    pub duplicates: i32,
    pub flagged: i32,
    pub ignored_columns: Vec<String>,
    pub problems: serde_json::Value,
}

const STAGING: &str = "
CREATE TEMPORARY TABLE import_rows (
    row_number integer PRIMARY KEY,
    person_id uuid NOT NULL,
    membership_id uuid NOT NULL,
    -- Ids in the order they are made (UUIDv7), so that new rows go to the end of each primary
    -- key rather than all over it: the active period, the ending one, a fee for each year.
    active_period_id uuid NOT NULL,
    ended_period_id uuid NOT NULL,
    fee_ids uuid[] NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    email text,
    phone text,
    postal_code text,
    birth_year smallint,
    birth_date date,
    language text NOT NULL,
    chapter_id uuid NOT NULL,
    type_code text NOT NULL,
    status text NOT NULL,
    joined_on date NOT NULL,
    ended_on date,
    fees_paid smallint[] NOT NULL,
    -- The registry's record this row is (by e-mail, else phone), and the other record when
    -- its e-mail and phone belong to two.
    existing_id uuid,
    other_id uuid,
    -- A record with the same birth year and postal code and a similar name.
    similar_to uuid
)";

const COPY: &str = "COPY import_rows (row_number, person_id, membership_id, active_period_id, ended_period_id, fee_ids,
    given_name, family_name, email, phone,
    postal_code, birth_year, birth_date, language, chapter_id, type_code, status, joined_on, ended_on, fees_paid)
    FROM STDIN (FORMAT csv)";

/// Rows sent to the server per message while copying (about half a megabyte).
const ROWS_PER_MESSAGE: usize = 2000;

/// A connection of its own for one import, with `candidates` copied into its temporary
/// `import_rows` table, each with the ids its person and membership will have. `progress` is
/// told how many rows each message sent carried.
pub async fn staged(
    url: &str,
    candidates: &[Candidate],
    mut progress: impl FnMut(u64),
) -> anyhow::Result<AsyncPgConnection> {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    tokio::spawn(async move {
        if let Err(err) = connection.await {
            tracing::warn!(error = %err, "the import's database connection failed");
        }
    });
    client.batch_execute(STAGING).await?;
    let sink = client.copy_in::<_, Bytes>(COPY).await?;
    futures_util::pin_mut!(sink);
    for batch in candidates.chunks(ROWS_PER_MESSAGE) {
        let mut writer = csv::Writer::from_writer(Vec::new());
        for candidate in batch {
            writer.write_record(staged_record(candidate))?;
        }
        let data = writer.into_inner().map_err(|e| anyhow::anyhow!("staging: {e}"))?;
        sink.send(Bytes::from(data)).await?;
        progress(batch.len() as u64);
    }
    sink.as_mut().finish().await?;
    // A temporary table has no statistics until it is analysed, and without them the matching
    // looks rows up one by one rather than joining (seconds instead of tenths, at 100,000 rows).
    client.batch_execute("ANALYZE import_rows").await?;
    Ok(AsyncPgConnection::try_from(client).await?)
}

fn staged_record(c: &Candidate) -> [String; 20] {
    let text = |v: Option<&str>| v.unwrap_or_default().to_owned();
    let show = |v: Option<String>| v.unwrap_or_default();
    let years: Vec<String> = c.fees_paid.iter().map(i16::to_string).collect();
    let fee_ids: Vec<String> = c.fees_paid.iter().map(|_| Uuid::now_v7().to_string()).collect();
    [
        c.row.to_string(),
        Uuid::now_v7().to_string(),
        Uuid::now_v7().to_string(),
        Uuid::now_v7().to_string(),
        Uuid::now_v7().to_string(),
        format!("{{{}}}", fee_ids.join(",")),
        c.given_name.to_string(),
        c.family_name.to_string(),
        text(c.email.as_deref()),
        text(c.phone.as_deref()),
        text(c.postal_code.as_deref()),
        show(c.birth_year.map(|y| y.to_string())),
        show(c.birth_date.map(|d| d.to_string())),
        c.language.clone(),
        c.chapter_id.to_string(),
        c.type_code.clone(),
        c.status.as_str().to_owned(),
        c.joined_on.to_string(),
        show(c.ended_on.map(|d| d.to_string())),
        format!("{{{}}}", years.join(",")),
    ]
}

/// "Kari Nordmann" and "Karin Nordman" are similar; see `members::queries`.
const NAME_SIMILARITY: f32 = 0.6;

/// Marks each staged row that is a record of the registry already: the same e-mail address,
/// else the same phone number (records whose contact is held back for review do not count).
/// A row whose e-mail and phone belong to two records is marked with both. Then marks rows
/// that are not, but resemble one: the same birth year and postal code, a similar name.
pub async fn match_registry(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<()> {
    // Joins rather than a lookup per row: an import of thousands of rows reads the
    // organisation's records once, by hash.
    sql_query(
        "WITH found AS (
            SELECT r.row_number, e.id AS by_email, p.id AS by_phone
            FROM import_rows r
            LEFT JOIN people e ON e.organisation_id = $1 AND e.email = r.email AND NOT e.contact_held
            LEFT JOIN people p ON p.organisation_id = $1 AND p.phone = r.phone AND NOT p.contact_held
            WHERE e.id IS NOT NULL OR p.id IS NOT NULL
         )
         UPDATE import_rows r SET existing_id = coalesce(f.by_email, f.by_phone),
                                  other_id = CASE WHEN f.by_email <> f.by_phone THEN f.by_phone END
         FROM found f WHERE f.row_number = r.row_number",
    )
    .bind::<SqlUuid, _>(org)
    .execute(conn)
    .await?;
    sql_query(
        "WITH found AS (
            SELECT DISTINCT ON (r.row_number) r.row_number, p.id
            FROM import_rows r
            JOIN people p ON p.organisation_id = $1 AND p.birth_year = r.birth_year AND p.postal_code = r.postal_code
            WHERE r.existing_id IS NULL AND p.erased_at IS NULL
              AND similarity(p.given_name || ' ' || p.family_name, r.given_name || ' ' || r.family_name) >= $2
            ORDER BY r.row_number,
                     similarity(p.given_name || ' ' || p.family_name, r.given_name || ' ' || r.family_name) DESC, p.id
         )
         UPDATE import_rows r SET similar_to = f.id FROM found f WHERE f.row_number = r.row_number",
    )
    .bind::<SqlUuid, _>(org)
    .bind::<Float4, _>(NAME_SIMILARITY)
    .execute(conn)
    .await?;
    Ok(())
}

/// A staged row the registry knows already, or that resembles a record of it.
#[derive(Debug, QueryableByName)]
pub struct Match {
    #[diesel(sql_type = Integer)]
    pub row_number: i32,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub existing_id: Option<PersonId>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub other_id: Option<PersonId>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub similar_to: Option<PersonId>,
}

pub async fn matches(conn: &mut AsyncPgConnection) -> QueryResult<Vec<Match>> {
    sql_query(
        "SELECT row_number, existing_id, other_id, similar_to FROM import_rows
         WHERE existing_id IS NOT NULL OR similar_to IS NOT NULL ORDER BY row_number",
    )
    .load(conn)
    .await
}

/// A staged row written as a new record.
#[derive(Debug, QueryableByName)]
pub struct Created {
    #[diesel(sql_type = Integer)]
    pub row_number: i32,
    #[diesel(sql_type = SqlUuid)]
    pub person_id: PersonId,
}

/// Writes every staged row the registry does not know as a person with one membership: its
/// history (active from the day it began, then its ending status from the day it ended) and a
/// fee for each year paid (amount unknown: 0; paid on the first day of that year it was a
/// member, at the latest `today`). Returns the rows written.
pub async fn write_new(conn: &mut AsyncPgConnection, org: OrgId, today: NaiveDate) -> QueryResult<Vec<Created>> {
    sql_query(
        "INSERT INTO people (id, organisation_id, home_chapter_id, given_name, family_name, email, phone, postal_code,
                             birth_year, birth_date, language)
         SELECT person_id, $1, chapter_id, given_name, family_name, email, phone, postal_code, birth_year, birth_date,
                language
         FROM import_rows WHERE existing_id IS NULL",
    )
    .bind::<SqlUuid, _>(org)
    .execute(conn)
    .await?;
    sql_query(
        "INSERT INTO memberships (id, organisation_id, person_id, chapter_id, type_code, status, joined_on, ended_on)
         SELECT membership_id, $1, person_id, chapter_id, type_code, status, joined_on, ended_on
         FROM import_rows WHERE existing_id IS NULL",
    )
    .bind::<SqlUuid, _>(org)
    .execute(conn)
    .await?;
    sql_query(
        "INSERT INTO membership_periods (id, organisation_id, membership_id, chapter_id, type_code, status, birth_year,
                                         valid_from, valid_to, starts_membership, ends_membership)
         SELECT active_period_id, $1, membership_id, chapter_id, type_code, 'active', birth_year, joined_on, ended_on,
                true, false
         FROM import_rows WHERE existing_id IS NULL
         UNION ALL
         SELECT ended_period_id, $1, membership_id, chapter_id, type_code, status, birth_year, ended_on, NULL,
                false, true
         FROM import_rows WHERE existing_id IS NULL AND status <> 'active'",
    )
    .bind::<SqlUuid, _>(org)
    .execute(conn)
    .await?;
    sql_query(
        "INSERT INTO membership_fees (id, organisation_id, membership_id, chapter_id, year, amount_ore, paid_on, method)
         SELECT y.id, $1, r.membership_id, r.chapter_id, y.year, 0,
                least(greatest(make_date(y.year, 1, 1), r.joined_on), $2), 'other'
         FROM import_rows r CROSS JOIN LATERAL unnest(r.fee_ids, r.fees_paid) AS y (id, year)
         WHERE r.existing_id IS NULL",
    )
    .bind::<SqlUuid, _>(org)
    .bind::<Date, _>(today)
    .execute(conn)
    .await?;
    sql_query("SELECT row_number, person_id FROM import_rows WHERE existing_id IS NULL ORDER BY row_number")
        .load(conn)
        .await
}

/// A new import: who asked for it and how it is to run.
#[derive(Insertable)]
#[diesel(table_name = member_imports)]
pub struct NewImport {
    pub id: Uuid,
    pub organisation_id: OrgId,
    pub requested_by: Option<UserId>,
    pub dry_run: bool,
    pub welcome: bool,
}

/// Records what an import did as it commits: a new record for the command line's, the upload's
/// own record otherwise (emptying its file).
pub async fn record_done(conn: &mut AsyncPgConnection, new: &NewImport, counts: &Counts) -> QueryResult<()> {
    diesel::insert_into(member_imports::table)
        .values((new, member_imports::state.eq(ImportState::Running), member_imports::started_at.eq(diesel::dsl::now)))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    finish(conn, new.id, counts).await
}

/// The import is done with what it did; its file is dropped.
pub async fn finish(conn: &mut AsyncPgConnection, id: Uuid, counts: &Counts) -> QueryResult<()> {
    diesel::update(member_imports::table.find(id))
        .set((
            counts,
            member_imports::rows_read.eq(counts.rows_total.unwrap_or_default()),
            member_imports::state.eq(ImportState::Done),
            member_imports::file.eq(None::<Vec<u8>>),
            member_imports::lease_until.eq(None::<DateTime<Utc>>),
            member_imports::finished_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// The file could not be imported (`code` says why); its file is dropped.
pub async fn fail(conn: &mut AsyncPgConnection, id: Uuid, code: &str) -> QueryResult<()> {
    diesel::update(member_imports::table.find(id))
        .set((
            member_imports::state.eq(ImportState::Failed),
            member_imports::error_code.eq(code),
            member_imports::file.eq(None::<Vec<u8>>),
            member_imports::lease_until.eq(None::<DateTime<Utc>>),
            member_imports::finished_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Queues an uploaded file.
pub async fn enqueue(conn: &mut AsyncPgConnection, new: &NewImport, file: &[u8]) -> QueryResult<ImportRecord> {
    diesel::insert_into(member_imports::table)
        .values((new, member_imports::state.eq(ImportState::Queued), member_imports::file.eq(file)))
        .returning(ImportRecord::as_returning())
        .get_result(conn)
        .await
}

pub async fn find(conn: &mut AsyncPgConnection, org: OrgId, id: Uuid) -> QueryResult<ImportRecord> {
    member_imports::table
        .filter(member_imports::organisation_id.eq(org))
        .find(id)
        .select(ImportRecord::as_select())
        .first(conn)
        .await
}

/// An import a replica has taken, with its file.
pub struct Claimed {
    pub record: ImportRecord,
    pub file: Vec<u8>,
}

/// How long a replica holds an import it took before another may take it over (the holder
/// renews it while it works).
pub const LEASE_SECONDS: i32 = 120;

/// Takes the oldest upload waiting, or one whose replica stopped renewing its lease, and marks
/// it running; `None` when there is none. Replicas skip the rows another is taking.
pub async fn claim_next(conn: &mut AsyncPgConnection) -> QueryResult<Option<Claimed>> {
    #[derive(QueryableByName)]
    struct Taken {
        #[diesel(sql_type = SqlUuid)]
        id: Uuid,
    }
    let taken: Option<Taken> = sql_query(
        "UPDATE member_imports SET state = 'running', started_at = coalesce(started_at, now()),
                lease_until = now() + make_interval(secs => $1)
         WHERE id = (SELECT id FROM member_imports
                     WHERE state = 'queued' OR (state = 'running' AND lease_until < now())
                     ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
         RETURNING id",
    )
    .bind::<Integer, _>(LEASE_SECONDS)
    .get_result(conn)
    .await
    .optional()?;
    let Some(taken) = taken else { return Ok(None) };
    let (record, file): (ImportRecord, Option<Vec<u8>>) = member_imports::table
        .find(taken.id)
        .select((ImportRecord::as_select(), member_imports::file))
        .first(conn)
        .await?;
    Ok(Some(Claimed { record, file: file.unwrap_or_default() }))
}

/// How far the import has read, and that its replica still holds it.
pub async fn renew(conn: &mut AsyncPgConnection, id: Uuid, rows_total: i32, rows_read: i32) -> QueryResult<()> {
    sql_query(
        "UPDATE member_imports SET rows_total = $2, rows_read = $3, lease_until = now() + make_interval(secs => $4)
         WHERE id = $1 AND state = 'running'",
    )
    .bind::<SqlUuid, _>(id)
    .bind::<Integer, _>(rows_total)
    .bind::<Integer, _>(rows_read)
    .bind::<Integer, _>(LEASE_SECONDS)
    .execute(conn)
    .await
    .map(drop)
}
