//! The statements behind member counts, and the background work that keeps the counted days
//! (`member_day_counts`) up to date. One statement answers a whole dashboard: the figures on a
//! day come from that day's counted rows (or yesterday's and today's periods), so a dashboard
//! does not read every member.

use chrono::{Datelike, NaiveDate};
use diesel::QueryResult;
use diesel::sql_types::{BigInt, Date, Integer, Nullable, SmallInt, Text, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

use crate::ids::{ChapterId, OrgId};
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

/// `member_tallies` (migration `2026-12-02-000012_member_tallies`): the figures of
/// `member_figures_on` for the chapter's subtree, statuses, types and birth years on the day,
/// joins and endings as the difference of the running figures on the period's last day and the
/// day before its first, and the year's fee counts. A function, so each connection plans it once.
const COUNTS_SQL: &str = "SELECT dimension, key, own, total FROM member_tallies($1, $2, $3, $4, $5, $6, $7, $8)";

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

/// Counts the days the organisations have not counted yet, up to 31 days of one organisation
/// at a time; whether more are left. Each organisation's days are counted in a transaction
/// of their own that waits at most a moment for the writers of its periods (see
/// `count_member_days`): a busy moment puts its counting off, an organisation that fails is
/// logged and the others are still counted.
pub async fn count_days(conn: &mut AsyncPgConnection) -> QueryResult<bool> {
    let behind: Vec<OrgRow> = sql_query(
        "SELECT o.id AS organisation_id FROM organisations o
         LEFT JOIN member_day_coverage c ON c.organisation_id = o.id
         WHERE c.through IS NULL OR c.through < utc_today() - 1",
    )
    .load(conn)
    .await?;
    let mut more = false;
    for org in behind {
        let counting = format!("SELECT count_member_days($1, {DAYS_PER_RUN}) AS n");
        let counted = briefly_locking(conn, counting, &org).await;
        match counted {
            Ok(counted) => more |= counted.n == DAYS_PER_RUN,
            Err(err) => tracing::warn!(error = %err, org = %org.organisation_id, "counting member days put off"),
        }
    }
    Ok(more)
}

/// Days counted per organisation and transaction: a month of a million members takes a few
/// hundred milliseconds, while writers of its periods wait.
const DAYS_PER_RUN: i32 = 31;

/// An organisation's id, as a row.
#[derive(QueryableByName)]
struct OrgRow {
    #[diesel(sql_type = SqlUuid)]
    organisation_id: OrgId,
}

#[derive(QueryableByName)]
struct Counted {
    #[diesel(sql_type = Integer)]
    n: i32,
}

/// Runs `sql` (the organisation as `$1`, answering `n`) in a transaction of its own that waits
/// at most 200 ms for a lock.
async fn briefly_locking(conn: &mut AsyncPgConnection, sql: String, org: &OrgRow) -> QueryResult<Counted> {
    let org = org.organisation_id;
    conn.transaction::<_, diesel::result::Error, _>(async |conn| {
        sql_query("SET LOCAL lock_timeout = '200ms'").execute(conn).await?;
        sql_query(sql).bind::<SqlUuid, _>(org).get_result(conn).await
    })
    .await
}

/// Folds corrections (periods written for days already counted) into the counted days, the
/// oldest first, up to 200 of them or about 20,000 rows a run; whether it folded any. An
/// organisation with more than `RECOUNT_BACKLOG` waiting (a bulk load that went through the
/// service) has its days counted again from the first one they change instead, which costs
/// a month's counting per 31 days rather than a row per correction and day.
pub async fn fold_corrections(conn: &mut AsyncPgConnection) -> QueryResult<bool> {
    const BATCH: i32 = 200;
    const DAYS: i32 = 20_000;
    let backlogged: Vec<OrgRow> = sql_query(
        "SELECT organisation_id FROM member_day_count_corrections GROUP BY organisation_id HAVING count(*) > $1",
    )
    .bind::<Integer, _>(RECOUNT_BACKLOG)
    .load(conn)
    .await?;
    for org in backlogged {
        let recount = "SELECT count(*)::integer AS n FROM (
             SELECT recount_member_days(organisation_id, min(valid_from)) FROM member_day_count_corrections
             WHERE organisation_id = $1 GROUP BY organisation_id) recounted";
        if let Err(err) = briefly_locking(conn, recount.to_owned(), &org).await {
            tracing::warn!(error = %err, org = %org.organisation_id, "recounting member days put off");
        }
    }
    let folded: Counted = sql_query("SELECT fold_member_day_corrections($1, $2) AS n")
        .bind::<Integer, _>(BATCH)
        .bind::<Integer, _>(DAYS)
        .get_result(conn)
        .await?;
    Ok(folded.n > 0)
}

/// Corrections waiting for one organisation beyond which its days are counted again.
pub const RECOUNT_BACKLOG: i32 = 5_000;
