//! Database access for targets, and the two statements that evaluate one: its figures for
//! every unit at every reading (day or period) asked for, and what is known to lapse soon.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Date, Integer, Nullable, Text, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::metrics::Metric;
use crate::chapters::queries::ChapterKind;
use crate::db::schema::{target_checks, target_unit_states, targets};
use crate::ids::{ChapterId, OrgId, TargetId};

crate::text_enum! {
    /// How a target, or one unit of it, stands. See `docs/TARGETS.md` for the rules.
    pub enum TargetStatus: "target status" {
        /// The comparison holds (for a period: over the period so far).
        Met => "met",
        /// Not met yet, and the trend (or the pace of the period) reaches the threshold in time.
        OnTrack => "on_track",
        /// Before the baseline, between occurrences, too early in a period to judge, or nothing
        /// to measure (a share of nothing).
        NotDue => "not_due",
        /// Not met, and the trend misses the deadline (or the pace the period's end); or met
        /// today, but known lapses break it within the warning window.
        AtRisk => "at_risk",
        /// The deadline or the period has passed without it, or a target judged on any day
        /// does not hold.
        Missed => "missed",
    }
}

crate::text_enum! {
    /// The period a recurring target is judged over.
    pub enum Period: "target period" {
        Year => "year",
        HalfYear => "half_year",
        Quarter => "quarter",
        Month => "month",
    }
}

crate::text_enum! {
    /// How a figure is compared with the threshold. `grows`: higher than a year earlier (the
    /// same day, or the same stretch of days).
    pub enum Comparison: "comparison" {
        AtLeast => "at_least",
        AtMost => "at_most",
        Exactly => "exactly",
        Grows => "grows",
    }
}

crate::text_enum! {
    /// Where a target is measured: the whole organisation; the national chapter's own figures
    /// (the secretariat); one chapter with its subtree; each chapter of a kind, with its
    /// subtree; or each region.
    pub enum ScopeKind: "target scope" {
        Organisation => "organisation",
        Secretariat => "secretariat",
        Chapter => "chapter",
        ChaptersOfKind => "chapters_of_kind",
        Regions => "regions",
    }
}

crate::text_enum! {
    /// When a target is judged: on any day, by a deadline, or in each occurrence of a period.
    pub enum ScheduleKind: "target schedule" {
        Continuous => "continuous",
        Deadline => "deadline",
        Recurring => "recurring",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = targets)]
pub struct Target {
    pub id: TargetId,
    pub organisation_id: OrgId,
    pub code: String,
    pub names: serde_json::Value,
    pub descriptions: serde_json::Value,
    pub metric: Metric,
    pub parameter: Option<String>,
    pub scope: ScopeKind,
    pub scope_chapter_id: Option<ChapterId>,
    pub scope_chapter_kind: Option<ChapterKind>,
    pub comparison: Comparison,
    pub threshold: Option<f64>,
    pub schedule: ScheduleKind,
    pub baseline_on: Option<NaiveDate>,
    pub deadline_on: Option<NaiveDate>,
    pub period: Option<Period>,
    pub every: i16,
    pub first_year: Option<i16>,
    pub last_year: Option<i16>,
    pub window_from: Option<String>,
    pub window_to: Option<String>,
    pub retired_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a change may set: everything but the organisation, the metric and the code.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = targets, treat_none_as_null = true)]
pub struct TargetChanges {
    pub names: serde_json::Value,
    pub descriptions: serde_json::Value,
    pub parameter: Option<String>,
    pub scope: ScopeKind,
    pub scope_chapter_id: Option<ChapterId>,
    pub scope_chapter_kind: Option<ChapterKind>,
    pub comparison: Comparison,
    pub threshold: Option<f64>,
    pub schedule: ScheduleKind,
    pub baseline_on: Option<NaiveDate>,
    pub deadline_on: Option<NaiveDate>,
    pub period: Option<Period>,
    pub every: i16,
    pub first_year: Option<i16>,
    pub last_year: Option<i16>,
    pub window_from: Option<String>,
    pub window_to: Option<String>,
    pub retired_at: Option<DateTime<Utc>>,
}

/// Most current targets an organisation may hold: a dashboard evaluates them all. Retiring one
/// makes room.
pub const MAX_TARGETS: i64 = 200;

pub async fn insert(conn: &mut AsyncPgConnection, target: &Target) -> QueryResult<Target> {
    diesel::insert_into(targets::table).values(target).returning(Target::as_returning()).get_result(conn).await
}

pub async fn find(conn: &mut AsyncPgConnection, id: TargetId) -> QueryResult<Target> {
    targets::table.find(id).select(Target::as_select()).first(conn).await
}

/// How many current targets the organisation has.
pub async fn count_current(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<i64> {
    targets::table
        .filter(targets::organisation_id.eq(org).and(targets::retired_at.is_null()))
        .count()
        .get_result(conn)
        .await
}

/// Whether the organisation has a target with this code.
pub async fn code_taken(conn: &mut AsyncPgConnection, org: OrgId, code: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        targets::table.filter(targets::organisation_id.eq(org)).filter(targets::code.eq(code)),
    ))
    .get_result(conn)
    .await
}

/// The organisation's targets by id after `after`; retired ones only when asked for.
pub async fn list(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    with_retired: bool,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<Target>> {
    let mut query = targets::table
        .filter(targets::organisation_id.eq(org))
        .order(targets::id)
        .limit(limit)
        .select(Target::as_select())
        .into_boxed();
    if !with_retired {
        query = query.filter(targets::retired_at.is_null());
    }
    if let Some(after) = after {
        query = query.filter(targets::id.gt(TargetId::from(after)));
    }
    query.load(conn).await
}

/// Every current target of the organisation, by code as people number them (V2 before V10).
pub async fn current(conn: &mut AsyncPgConnection, org: OrgId) -> QueryResult<Vec<Target>> {
    let mut current: Vec<Target> = targets::table
        .filter(targets::organisation_id.eq(org).and(targets::retired_at.is_null()))
        .select(Target::as_select())
        .load(conn)
        .await?;
    current.sort_by_cached_key(|t| code_order(&t.code));
    Ok(current)
}

/// A code's letters, then its first number as a number, then the code itself.
fn code_order(code: &str) -> (String, u64, String) {
    let letters: String = code.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let digits: String = code[letters.len()..].chars().take_while(char::is_ascii_digit).collect();
    (letters, digits.parse().unwrap_or(0), code.to_owned())
}

/// Applies `changes` if the target is still at `version`; `None` when someone else got there first.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: TargetId,
    version: i32,
    changes: &TargetChanges,
) -> QueryResult<Option<Target>> {
    diesel::update(targets::table.filter(targets::id.eq(id).and(targets::version.eq(version))))
        .set((changes, targets::version.eq(version + 1), targets::updated_at.eq(diesel::dsl::now)))
        .returning(Target::as_returning())
        .get_result(conn)
        .await
        .optional()
}

/// Where a target is measured, as the statements read it.
pub struct UnitsQuery {
    pub org: OrgId,
    pub scope: ScopeKind,
    pub chapter: Option<ChapterId>,
    pub kind: Option<ChapterKind>,
    /// Each chapter of a kind is the chapters of that kind open on this day.
    pub day: NaiveDate,
    /// Only units at or under this chapter (a chapter leader's reach); no regions then.
    pub within: Option<ChapterId>,
}

/// Binds a [`UnitsQuery`] as the parameters `$1`–`$6` of [`UNITS`].
macro_rules! bind_units {
    ($query:expr, $units:expr) => {
        $query
            .bind::<SqlUuid, _>($units.org)
            .bind::<Text, _>($units.scope.as_str())
            .bind::<Nullable<SqlUuid>, _>($units.chapter)
            .bind::<Nullable<Text>, _>($units.kind.map(ChapterKind::as_str))
            .bind::<Date, _>($units.day)
            .bind::<Nullable<SqlUuid>, _>($units.within)
    };
}

/// The units of a scope, each with the chapters whose facts it adds up: `$1` organisation,
/// `$2` scope, `$3` chapter, `$4` chapter kind, `$5` day, `$6` within. A chapter is in the
/// region `chapter_region` gives; every region is a unit, with chapters or not.
const UNITS: &str = "
units AS (
    SELECT u.unit_chapter, u.unit_region, u.chapter_id FROM (
        SELECT r.id AS unit_chapter, NULL::text AS unit_region, c.id AS chapter_id
        FROM chapters r JOIN chapters c ON c.organisation_id = r.organisation_id
        WHERE $2 = 'organisation' AND r.organisation_id = $1 AND r.parent_id IS NULL
        UNION ALL
        SELECT r.id, NULL, r.id FROM chapters r
        WHERE $2 = 'secretariat' AND r.organisation_id = $1 AND r.parent_id IS NULL
        UNION ALL
        SELECT $3, NULL, c.id FROM chapters c
        WHERE $2 = 'chapter' AND c.organisation_id = $1 AND c.ancestors @> ARRAY[$3]::uuid[]
        UNION ALL
        SELECT k.id, NULL, c.id
        FROM chapters c CROSS JOIN LATERAL unnest(c.ancestors) AS a (id) JOIN chapters k ON k.id = a.id
        WHERE $2 = 'chapters_of_kind' AND c.organisation_id = $1 AND k.kind = $4
          AND coalesce(k.founded_on, k.created_at::date) <= $5 AND (k.closed_on IS NULL OR k.closed_on > $5)
        UNION ALL
        SELECT NULL, r.region, r.id FROM (
            SELECT c.id, chapter_region(c.id) AS region FROM chapters c WHERE $2 = 'regions' AND c.organisation_id = $1
        ) r
        WHERE r.region IS NOT NULL
        UNION ALL
        SELECT NULL, g.code, NULL FROM regions g WHERE $2 = 'regions'
    ) u
    WHERE $6::uuid IS NULL
       OR EXISTS (SELECT 1 FROM chapters w WHERE w.id = u.unit_chapter AND w.ancestors @> ARRAY[$6]::uuid[])
)";

/// A unit's figure at one reading: the count (or a share's numerator) and the denominator.
#[derive(Debug, QueryableByName)]
pub struct UnitFigure {
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub unit_chapter: Option<ChapterId>,
    #[diesel(sql_type = Nullable<Text>)]
    pub unit_region: Option<String>,
    #[diesel(sql_type = Text)]
    pub unit_name: String,
    /// The region the unit is, or the unit chapter's region.
    #[diesel(sql_type = Nullable<Text>)]
    pub region_of: Option<String>,
    /// The reading's position in the lists given, from 0.
    #[diesel(sql_type = Integer)]
    pub reading: i32,
    #[diesel(sql_type = BigInt)]
    pub n: i64,
    #[diesel(sql_type = BigInt)]
    pub d: i64,
}

/// One reading of a metric: the period (`from`–`to`; a metric on a day reads `to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The metric's figures for every unit at every reading, in one statement. Units with nothing
/// to count have a zero figure.
pub async fn figures(
    conn: &mut AsyncPgConnection,
    units: &UnitsQuery,
    metric: Metric,
    parameter: Option<&str>,
    readings: &[Reading],
) -> QueryResult<Vec<UnitFigure>> {
    let sql = format!(
        "WITH {UNITS},
readings AS (SELECT * FROM unnest($7::date[], $8::date[]) WITH ORDINALITY AS r (from_on, to_on, i)),
facts AS (
    SELECT r.i, f.chapter_id, f.subject, f.n, f.d
    FROM readings r CROSS JOIN LATERAL {function}($1, r.from_on, r.to_on, $9) f
), sums AS (
    SELECT u.unit_chapter, u.unit_region, f.i,
           CASE WHEN count(f.subject) > 0 THEN count(DISTINCT f.subject) ELSE sum(f.n) END AS n, sum(f.d) AS d
    FROM units u JOIN facts f ON f.chapter_id = u.chapter_id
    GROUP BY 1, 2, 3
), keys AS (
    SELECT u.unit_chapter, u.unit_region, coalesce(u.unit_region, chapter_region(u.unit_chapter)) AS region_of
    FROM (SELECT DISTINCT unit_chapter, unit_region FROM units) u
)
SELECT k.unit_chapter, k.unit_region, coalesce(ch.name, rg.name, '') AS unit_name,
       k.region_of, (r.i - 1)::integer AS reading,
       coalesce(s.n, 0)::bigint AS n, coalesce(s.d, 0)::bigint AS d
FROM keys k CROSS JOIN readings r
LEFT JOIN sums s ON s.unit_chapter IS NOT DISTINCT FROM k.unit_chapter
                AND s.unit_region IS NOT DISTINCT FROM k.unit_region AND s.i = r.i
LEFT JOIN chapters ch ON ch.id = k.unit_chapter
LEFT JOIN regions rg ON rg.code = k.unit_region
ORDER BY unit_name, k.unit_chapter, k.unit_region, reading",
        function = metric.function()
    );
    let froms: Vec<NaiveDate> = readings.iter().map(|r| r.from).collect();
    let tos: Vec<NaiveDate> = readings.iter().map(|r| r.to).collect();
    bind_units!(sql_query(sql), units)
        .bind::<Array<Date>, _>(froms)
        .bind::<Array<Date>, _>(tos)
        .bind::<Nullable<Text>, _>(parameter)
        .load(conn)
        .await
}

/// Something a unit counts on a day that is known to stop counting by a later day.
#[derive(Debug, QueryableByName)]
pub struct Lapse {
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub unit_chapter: Option<ChapterId>,
    #[diesel(sql_type = Nullable<Text>)]
    pub unit_region: Option<String>,
    /// The person, group or chapter.
    #[diesel(sql_type = SqlUuid)]
    pub subject: Uuid,
    /// The first day it no longer counts.
    #[diesel(sql_type = Date)]
    pub until: NaiveDate,
    /// The person's, group's or chapter's name (none for an erased person).
    #[diesel(sql_type = Nullable<Text>)]
    pub label: Option<String>,
}

/// What each unit counts on `day` that stops counting by `by` (inclusive), earliest first.
/// A subject counted in several chapters of a unit lapses there when its last one does.
pub async fn lapses(
    conn: &mut AsyncPgConnection,
    units: &UnitsQuery,
    metric: Metric,
    parameter: Option<&str>,
    by: NaiveDate,
) -> QueryResult<Vec<Lapse>> {
    let sql = format!(
        "WITH {UNITS},
per_subject AS (
    SELECT u.unit_chapter, u.unit_region, f.subject,
           CASE WHEN bool_and(f.until IS NOT NULL) THEN max(f.until) END AS until
    FROM units u JOIN {function}($1, $5, $5, $8) f ON f.chapter_id = u.chapter_id
    WHERE f.subject IS NOT NULL
    GROUP BY 1, 2, 3
)
SELECT s.unit_chapter, s.unit_region, s.subject, s.until,
       coalesce(p.given_name || ' ' || p.family_name, g.name, c.name) AS label
FROM per_subject s
LEFT JOIN people p ON p.id = s.subject AND p.erased_at IS NULL
LEFT JOIN groups g ON g.id = s.subject
LEFT JOIN chapters c ON c.id = s.subject
WHERE s.until IS NOT NULL AND s.until <= $7
ORDER BY s.until, s.subject",
        function = metric.function()
    );
    bind_units!(sql_query(sql), units).bind::<Date, _>(by).bind::<Nullable<Text>, _>(parameter).load(conn).await
}

/// Claims an organisation whose targets are due to be checked for alerts, holding it until the
/// transaction ends; none when every due one is being checked by another replica.
pub async fn claim_due_check(conn: &mut AsyncPgConnection) -> QueryResult<Option<OrgId>> {
    target_checks::table
        .filter(target_checks::due_at.le(diesel::dsl::now))
        .order(target_checks::due_at)
        .select(target_checks::organisation_id)
        .for_update()
        .skip_locked()
        .first(conn)
        .await
        .optional()
}

/// Sets when the organisation's targets are next checked.
pub async fn check_next_at(conn: &mut AsyncPgConnection, org: OrgId, at: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(target_checks::table.find(org)).set(target_checks::due_at.eq(at)).execute(conn).await?;
    Ok(())
}

/// The status each unit of the organisation's targets was last seen in.
pub async fn unit_states(
    conn: &mut AsyncPgConnection,
    org: OrgId,
) -> QueryResult<Vec<(TargetId, String, TargetStatus)>> {
    target_unit_states::table
        .filter(target_unit_states::organisation_id.eq(org))
        .select((target_unit_states::target_id, target_unit_states::unit, target_unit_states::status))
        .load(conn)
        .await
}

/// Records the status a unit is now in.
pub async fn store_unit_state(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    target: TargetId,
    unit: &str,
    status: TargetStatus,
) -> QueryResult<()> {
    diesel::insert_into(target_unit_states::table)
        .values((
            target_unit_states::target_id.eq(target),
            target_unit_states::organisation_id.eq(org),
            target_unit_states::unit.eq(unit),
            target_unit_states::status.eq(status),
        ))
        .on_conflict((target_unit_states::target_id, target_unit_states::unit))
        .do_update()
        .set((target_unit_states::status.eq(status), target_unit_states::since.eq(diesel::dsl::now)))
        .execute(conn)
        .await?;
    Ok(())
}

/// One figure of the grant report: `county` (with its code and name; none for chapters with no
/// county), `paying`, `chapters` or `peer_supporters`.
#[derive(Debug, QueryableByName)]
pub struct GrantFigure {
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub code: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub name: Option<String>,
    /// For a county: whether it exists on the day.
    #[diesel(sql_type = diesel::sql_types::Bool)]
    pub current: bool,
    #[diesel(sql_type = BigInt)]
    pub n: i64,
}

/// The grant report's figures as of `day` (31 December), in one statement, from the metrics'
/// definitions: fees paid for the day's year (one per membership), per county and in all; chapters open; people
/// active as peer supporters.
pub async fn grant_figures(conn: &mut AsyncPgConnection, org: OrgId, day: NaiveDate) -> QueryResult<Vec<GrantFigure>> {
    sql_query(
        "WITH paying AS (
    SELECT f.chapter_id, f.n FROM metric_paying_members($1, $2, $2, NULL) f
), counties_of AS (
    SELECT c.id, chapter_county(c.id) AS county_code FROM chapters c WHERE c.organisation_id = $1
), by_county AS (
    SELECT k.county_code, sum(p.n) AS n FROM paying p JOIN counties_of k ON k.id = p.chapter_id
    GROUP BY k.county_code
)
SELECT 'county' AS kind, b.county_code AS code, c.name,
       coalesce((c.valid_from IS NULL OR c.valid_from <= $2) AND (c.valid_to IS NULL OR c.valid_to >= $2), false) AS current,
       b.n::bigint AS n
FROM by_county b LEFT JOIN counties c ON c.code = b.county_code
UNION ALL
SELECT 'paying', NULL, NULL, false, coalesce(sum(n), 0)::bigint FROM paying
UNION ALL
SELECT 'chapters', NULL, NULL, false, count(*)::bigint FROM metric_chapters_open($1, $2, $2, NULL)
UNION ALL
SELECT 'peer_supporters', NULL, NULL, false, count(DISTINCT subject)::bigint
FROM metric_active_volunteers($1, $2, $2, 'peer_supporter')
ORDER BY 1, 2",
    )
    .bind::<SqlUuid, _>(org)
    .bind::<Date, _>(day)
    .load(conn)
    .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_ordered_as_people_number_them() {
        let mut codes = ["V10", "V2", "L1", "V1", "V12", "X", "V2B"];
        codes.sort_by_key(|c| super::code_order(c));
        assert_eq!(codes, ["L1", "V1", "V2", "V2B", "V10", "V12", "X"]);
    }
}
