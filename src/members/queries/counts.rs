//! The statements behind member counts. One statement answers a whole dashboard: members on a
//! day come from `memberships_on` (today's running totals in `member_counts`, less the periods
//! begun since a past day and plus those closed since), so a dashboard does not read every member.

use chrono::{Datelike, NaiveDate};
use diesel::QueryResult;
use diesel::sql_types::{BigInt, Date, Integer, Nullable, SmallInt, Text, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::ids::ChapterId;
use crate::organisations::queries::Organisation;

/// One figure: a `dimension` (`status`, `type`, `age_band`, `joined`, `ended`, `paying`) and,
/// where it has them, its `key`, for the chapter alone (`own`) and with its subtree (`total`).
#[derive(QueryableByName)]
pub struct Tally {
    #[diesel(sql_type = Text)]
    pub dimension: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub key: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub own: i64,
    #[diesel(sql_type = BigInt)]
    pub total: i64,
}

/// Memberships on the day, as groups with their sizes, from `memberships_on` (the definition
/// the targets' member metrics read too): today's running totals, and for a past day those
/// totals less the periods begun since and plus those closed since.
const COUNTS_SQL: &str = "
WITH scope AS (
    SELECT id, id = $1 AS own FROM chapters WHERE ancestors @> ARRAY[$1]::uuid[]
), on_day AS (
    SELECT m.status, m.type_code, m.birth_year, s.own, m.n
    FROM memberships_on((SELECT organisation_id FROM chapters WHERE id = $1), $2) m
    JOIN scope s ON s.id = m.chapter_id
), changes AS (
    SELECT p.starts_membership, p.ends_membership, s.own
    FROM membership_periods p JOIN scope s ON s.id = p.chapter_id
    WHERE p.valid_from BETWEEN $3 AND $4 AND (p.starts_membership OR p.ends_membership)
)
SELECT 'status' AS dimension, status AS key,
        coalesce(sum(n) FILTER (WHERE own), 0)::bigint AS own, coalesce(sum(n), 0)::bigint AS total
    FROM on_day GROUP BY status
UNION ALL
SELECT 'type', type_code, coalesce(sum(n) FILTER (WHERE own), 0)::bigint, coalesce(sum(n), 0)::bigint
    FROM on_day WHERE status = 'active' GROUP BY type_code
UNION ALL
SELECT 'age_band', CASE
        WHEN birth_year IS NULL THEN 'unknown'
        WHEN $5 - birth_year < $6 THEN 'under_youth'
        WHEN $5 - birth_year <= $7 THEN 'youth'
        ELSE 'over_youth' END,
    coalesce(sum(n) FILTER (WHERE own), 0)::bigint, coalesce(sum(n), 0)::bigint
    FROM on_day WHERE status = 'active' GROUP BY 2
UNION ALL
SELECT 'joined', NULL, count(*) FILTER (WHERE own AND starts_membership), count(*) FILTER (WHERE starts_membership)
    FROM changes
UNION ALL
SELECT 'ended', NULL, count(*) FILTER (WHERE own AND ends_membership), count(*) FILTER (WHERE ends_membership)
    FROM changes
UNION ALL
-- One fee per membership and year (membership_fees_year_key), so fees count paying members.
SELECT 'paying', NULL, count(*) FILTER (WHERE s.own), count(*)
    FROM membership_fees f JOIN scope s ON s.id = f.chapter_id WHERE f.year = $8";

/// The figures for `chapter` and its subtree: memberships on `as_of` by status, and active ones
/// by type and by age band (ages in `as_of`'s year against the organisation's youth band);
/// memberships begun and ended from `from` to `to`; and fees paid for `fee_year`. Statuses,
/// types and bands nobody holds have no figure.
pub async fn tallies(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: ChapterId,
    as_of: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    fee_year: i16,
) -> QueryResult<Vec<Tally>> {
    sql_query(COUNTS_SQL)
        .bind::<SqlUuid, _>(chapter)
        .bind::<Date, _>(as_of)
        .bind::<Date, _>(from)
        .bind::<Date, _>(to)
        .bind::<Integer, _>(as_of.year())
        .bind::<Integer, _>(i32::from(org.youth_age_min))
        .bind::<Integer, _>(i32::from(org.youth_age_max))
        .bind::<SmallInt, _>(fee_year)
        .load(conn)
        .await
}

/// Folds pending count changes into `member_counts`, so that today's counts stay a short sum;
/// returns how many were folded. Run by every replica's background loop.
pub async fn fold_changes(conn: &mut AsyncPgConnection) -> QueryResult<i32> {
    #[derive(QueryableByName)]
    struct Folded {
        #[diesel(sql_type = Integer)]
        folded: i32,
    }
    let folded: Folded = sql_query("SELECT fold_member_count_changes(10000) AS folded").get_result(conn).await?;
    Ok(folded.folded)
}
