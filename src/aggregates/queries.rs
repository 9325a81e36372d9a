//! The one statement that computes the aggregates.

use chrono::NaiveDate;
use diesel::sql_types::{BigInt, Date, Nullable, Text, Uuid as SqlUuid};
use diesel::{QueryResult, QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::ids::ChapterId;

/// One figure of the aggregates, for the chapter alone and for its subtree.
#[derive(QueryableByName)]
pub struct Row {
    #[diesel(sql_type = Text)]
    pub section: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub key: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub subkey: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub own_n: i64,
    #[diesel(sql_type = BigInt)]
    pub all_n: i64,
    #[diesel(sql_type = BigInt)]
    pub own_minutes: i64,
    #[diesel(sql_type = BigInt)]
    pub all_minutes: i64,
    #[diesel(sql_type = BigInt)]
    pub own_people: i64,
    #[diesel(sql_type = BigInt)]
    pub all_people: i64,
}

#[derive(Clone, Copy)]
pub enum Scope {
    Own,
    All,
}

impl Row {
    /// Count, minutes and people (or, for groups, how many have complete leadership).
    pub fn figures(&self, scope: Scope) -> (i64, i64, i64) {
        match scope {
            Scope::Own => (self.own_n, self.own_minutes, self.own_people),
            Scope::All => (self.all_n, self.all_minutes, self.all_people),
        }
    }
}

/// `$1` chapter, `$2`–`$3` the period, `$4` the day. The secretariat's own activities count
/// for the national chapter.
const AGGREGATES_SQL: &str = "
WITH scope AS (
    SELECT id, id = $1 AS own FROM chapters WHERE ancestors @> ARRAY[$1]::uuid[]
), root AS (
    SELECT r.id, r.organisation_id FROM chapters c JOIN chapters r ON r.organisation_id = c.organisation_id
    WHERE c.id = $1 AND r.parent_id IS NULL
), acts AS (
    SELECT a.kind_code, a.channel, a.duration_minutes::bigint AS minutes, a.participants::bigint AS people, s.own
    FROM root CROSS JOIN LATERAL activities_in(root.organisation_id, $2, $3, NULL) a
    JOIN scope s ON s.id = a.chapter_id
), vols AS (
    SELECT v.role_code, s.own FROM volunteer_roles_on($4) v JOIN scope s ON s.id = v.chapter_id WHERE v.active
), grps AS (
    SELECT g.kind_code, group_leadership_complete(g.id, $4) AS complete, s.own
    FROM groups_running_on($4) g JOIN scope s ON s.id = g.chapter_id
), meets AS (
    SELECT m.duration_minutes::bigint AS minutes, m.participants::bigint AS people, s.own
    FROM group_meetings m JOIN groups g ON g.id = m.group_id JOIN scope s ON s.id = g.chapter_id
    WHERE m.held_on BETWEEN $2 AND $3
), projs AS (
    SELECT p.year, bool_or(s.own) AS own
    FROM root
    CROSS JOIN LATERAL projects_of_years(root.organisation_id, extract(year FROM $2::date)::integer,
                                         extract(year FROM $3::date)::integer) p
    JOIN scope s ON s.id = p.chapter_id
    GROUP BY p.id, p.year
)
SELECT 'activity' AS section, kind_code AS key, channel AS subkey,
       count(*) FILTER (WHERE own) AS own_n, count(*) AS all_n,
       coalesce(sum(minutes) FILTER (WHERE own), 0)::bigint AS own_minutes, coalesce(sum(minutes), 0)::bigint AS all_minutes,
       coalesce(sum(people) FILTER (WHERE own), 0)::bigint AS own_people, coalesce(sum(people), 0)::bigint AS all_people
    FROM acts GROUP BY kind_code, channel
UNION ALL
SELECT 'volunteer', role_code, NULL, count(*) FILTER (WHERE own), count(*), 0, 0, 0, 0 FROM vols GROUP BY role_code
UNION ALL
SELECT 'group', kind_code, NULL, count(*) FILTER (WHERE own), count(*), 0, 0,
       count(*) FILTER (WHERE own AND complete), count(*) FILTER (WHERE complete)
    FROM grps GROUP BY kind_code
UNION ALL
SELECT 'meeting', NULL, NULL, count(*) FILTER (WHERE own), count(*),
       coalesce(sum(minutes) FILTER (WHERE own), 0)::bigint, coalesce(sum(minutes), 0)::bigint,
       coalesce(sum(people) FILTER (WHERE own), 0)::bigint, coalesce(sum(people), 0)::bigint
    FROM meets
UNION ALL
SELECT 'project', year::text, NULL, count(*) FILTER (WHERE own), count(*), 0, 0, 0, 0 FROM projs GROUP BY year
ORDER BY 1, 2, 3";

/// Every figure of the aggregates for `chapter` alone and with its subtree: activities and
/// meetings held from `from` to `to`, projects of those years, and volunteers and groups as they
/// stand on `as_of`.
pub async fn rows(
    conn: &mut AsyncPgConnection,
    chapter: ChapterId,
    from: NaiveDate,
    to: NaiveDate,
    as_of: NaiveDate,
) -> QueryResult<Vec<Row>> {
    sql_query(AGGREGATES_SQL)
        .bind::<SqlUuid, _>(chapter)
        .bind::<Date, _>(from)
        .bind::<Date, _>(to)
        .bind::<Date, _>(as_of)
        .load(conn)
        .await
}
