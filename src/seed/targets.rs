//! Each demo organisation's plan as targets (the rows of `TARGETS.md` today's data can
//! measure), and the history that makes their statuses varied: courses held this year, the
//! chapters that marked the plan's days and the ones that did not.

use chrono::{Datelike, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::activities::queries::{self as activities, Activity, ActivityChannel};
use crate::ids::ChapterId;
use crate::organisations::queries::Organisation;
use crate::targets::queries as targets;
use crate::targets::rules::Spec;
use crate::targets::types::NewTarget;
use crate::volunteers::queries::{self as volunteers, CourseRun, CourseType};

/// Whose plan.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    Lpp,
    Leve,
}

/// Local chapters that held no event in the last Relatives' Week.
const NO_RELATIVES_WEEK_EVENT: [&str; 3] = ["LPP Narvik", "LPP Lister", "LPP Stord"];
/// County chapters that did not mark the last World Suicide Prevention Day.
const NO_PREVENTION_DAY: [&str; 2] = ["LEVE Troms", "LEVE Finnmark"];

/// The last day on or before `today` that falls on `month`-`day`.
fn last(today: NaiveDate, month: u32, day: u32) -> NaiveDate {
    let this_year = NaiveDate::from_ymd_opt(today.year(), month, day).unwrap_or(today);
    if this_year <= today { this_year } else { this_year.with_year(today.year() - 1).unwrap_or(this_year) }
}

pub async fn seed(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    plan: Plan,
    counties: &[(&str, ChapterId)],
    locals: &[(&str, ChapterId)],
) -> anyhow::Result<()> {
    let today = Utc::now().date_naive();
    let earlier_this_year = NaiveDate::from_ymd_opt(today.year(), 1, 20).unwrap_or(today).min(today);
    match plan {
        Plan::Lpp => {
            course_type(conn, org, "officer_course", json!({"nb": "Kurs i styrearbeid", "en": "Officers' course"}))
                .await?;
            course_run(conn, org, "officer_course", earlier_this_year).await?;
            let week = last(today, 11, 4);
            for (_, chapter) in locals.iter().filter(|(name, _)| !NO_RELATIVES_WEEK_EVENT.contains(name)) {
                marking(conn, org, Some(*chapter), "relatives_week_event", week).await?;
            }
            marking(conn, org, None, "relatives_week_event", week).await?;
        }
        Plan::Leve => {
            let life_coping = json!({"nb": "Livsmestringskurs", "en": "Life-coping course"});
            course_type(conn, org, "life_coping_course", life_coping).await?;
            course_run(conn, org, "follow_up_course", earlier_this_year).await?;
            course_run(conn, org, "suicide_awareness_course", earlier_this_year).await?;
            let day = last(today, 9, 10);
            for (_, chapter) in counties.iter().filter(|(name, _)| !NO_PREVENTION_DAY.contains(name)) {
                marking(conn, org, Some(*chapter), "suicide_prevention_day", day).await?;
            }
        }
    }
    for body in plan_targets(plan) {
        let body: NewTarget = serde_json::from_value(body)?;
        let code = body.code.clone();
        let spec = Spec::new(body);
        spec.check(conn, org.id).await.map_err(|e| anyhow::anyhow!("demo target {code}: {e}"))?;
        targets::insert(conn, &spec.into_target(org.id, code)).await?;
    }
    Ok(())
}

async fn course_type(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    code: &str,
    labels: Value,
) -> anyhow::Result<()> {
    let course = CourseType {
        organisation_id: org.id,
        code: code.to_owned(),
        labels,
        validity_months: None,
        qualifies_for: Vec::new(),
        retired: false,
    };
    volunteers::upsert_course_type(conn, &course).await?;
    Ok(())
}

async fn course_run(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    course: &str,
    held_on: NaiveDate,
) -> anyhow::Result<()> {
    let run = CourseRun {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        course_type: course.to_owned(),
        chapter_id: None,
        held_on,
        instructors: Vec::new(),
        created_at: Utc::now(),
    };
    volunteers::insert_run(conn, &run).await?;
    Ok(())
}

async fn marking(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: Option<ChapterId>,
    kind: &str,
    held_on: NaiveDate,
) -> anyhow::Result<()> {
    let activity = Activity {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        chapter_id: chapter,
        kind_code: kind.to_owned(),
        held_on,
        duration_minutes: 120,
        participants: 25,
        channel: ActivityChannel::InPerson,
        note: None,
        logged_by: None,
        created_at: Utc::now(),
        conversation_request_id: None,
    };
    activities::insert(conn, &activity, &[]).await?;
    Ok(())
}

fn target(code: &str, nb: &str, en: &str, rule: Value) -> Value {
    let mut body = json!({"code": code, "names": {"nb": nb, "nn": nb, "en": en}});
    for (key, value) in rule.as_object().into_iter().flatten() {
        body[key] = value.clone();
    }
    body
}

fn yearly() -> Value {
    json!({"kind": "recurring", "period": "year"})
}

fn always() -> Value {
    json!({"kind": "continuous"})
}

fn each(kind: &str) -> Value {
    json!({"kind": "chapters_of_kind", "chapter_kind": kind})
}

fn org() -> Value {
    json!({"kind": "organisation"})
}

fn plan_targets(plan: Plan) -> Vec<Value> {
    match plan {
        Plan::Lpp => vec![
            target(
                "L1",
                "10 000 medlemmer innen 2035",
                "10,000 members by 2035",
                json!({
                "metric": "active_members", "scope": org(), "comparison": "at_least", "threshold": 10_000,
                "schedule": {"kind": "deadline", "baseline_on": "2025-01-01", "deadline_on": "2035-12-31"}}),
            ),
            target(
                "L2",
                "Økende andel yngre pårørende",
                "A growing share of young relatives",
                json!({
                "metric": "youth_share", "scope": org(), "comparison": "grows", "schedule": always()}),
            ),
            target(
                "L3",
                "Flere lokallag",
                "More local chapters",
                json!({
                "metric": "chapters_open", "parameter": "local", "scope": org(), "comparison": "grows",
                "schedule": always()}),
            ),
            target(
                "L4",
                "Arrangement i Pårørendeuka i hvert lokallag",
                "A Relatives' Week event in every local chapter",
                json!({
                "metric": "activities", "parameter": "relatives_week_event", "scope": each("local"),
                "comparison": "at_least", "threshold": 1,
                "schedule": {"kind": "recurring", "period": "year", "window": {"from": "11-02", "to": "11-08"}}}),
            ),
            target(
                "L5",
                "Nasjonal markering av Pårørendeuka",
                "A national Relatives' Week event",
                json!({
                "metric": "activities", "parameter": "relatives_week_event", "scope": {"kind": "secretariat"},
                "comparison": "at_least", "threshold": 1, "schedule": yearly()}),
            ),
            target(
                "L6",
                "Kurs i styrearbeid",
                "Courses for officers",
                json!({
                "metric": "courses_held", "parameter": "officer_course", "scope": org(), "comparison": "at_least",
                "threshold": 1,
                "schedule": {"kind": "recurring", "period": "year", "first_year": 2026, "last_year": 2032}}),
            ),
            target(
                "L8",
                "LPP Ung etablert",
                "LPP Ung established",
                json!({
                "metric": "youth_members", "scope": org(), "comparison": "at_least", "threshold": 500,
                "schedule": {"kind": "deadline", "baseline_on": "2027-01-01", "deadline_on": "2028-12-31"}}),
            ),
        ],
        Plan::Leve => vec![
            target(
                "V1",
                "Minst 3 aktive likepersoner i hvert fylkeslag",
                "Three active peer supporters per county chapter",
                json!({
                "metric": "active_volunteers", "parameter": "peer_supporter", "scope": each("county"),
                "comparison": "at_least", "threshold": 3, "schedule": always()}),
            ),
            target(
                "V2",
                "Sorggruppe i alle fylkeslag",
                "A grief group in every county chapter",
                json!({
                "metric": "groups_running", "parameter": "grief_group", "scope": each("county"),
                "comparison": "at_least", "threshold": 1,
                "schedule": {"kind": "deadline", "baseline_on": "2024-01-01", "deadline_on": "2026-12-31"}}),
            ),
            target(
                "V3",
                "Sorggrupper i alle RVTS-regioner",
                "Grief groups in every RVTS region",
                json!({
                "metric": "groups_running", "parameter": "grief_group", "scope": {"kind": "regions"},
                "comparison": "at_least", "threshold": 1, "schedule": always()}),
            ),
            target(
                "V4",
                "Fagperson og kurset etterlatt i hver sorggruppe",
                "Every grief group led by a professional and a trained bereaved leader",
                json!({
                "metric": "complete_leadership_share", "parameter": "grief_group", "scope": org(),
                "comparison": "exactly", "threshold": 100, "schedule": always()}),
            ),
            target(
                "V5",
                "40 nye likepersoner i året",
                "40 new peer supporters a year",
                json!({
                "metric": "newly_qualified", "parameter": "peer_supporter", "scope": org(), "comparison": "at_least",
                "threshold": 40, "schedule": yearly()}),
            ),
            target(
                "V6",
                "Oppfølgingskurs annethvert år",
                "A follow-up course every other year",
                json!({
                "metric": "courses_held", "parameter": "follow_up_course", "scope": org(), "comparison": "at_least",
                "threshold": 1, "schedule": {"kind": "recurring", "period": "year", "every": 2, "first_year": 2022}}),
            ),
            target(
                "V7",
                "Sorggruppelederkurs hvert år",
                "A grief-group leader course every year",
                json!({
                "metric": "courses_held", "parameter": "group_leader_course", "scope": org(), "comparison": "at_least",
                "threshold": 1, "schedule": {"kind": "recurring", "period": "year", "first_year": 2021}}),
            ),
            target(
                "V8",
                "Seks prosjekter på tvers i året",
                "Six cross-chapter projects a year",
                json!({
                "metric": "cross_chapter_projects", "scope": org(), "comparison": "at_least", "threshold": 6,
                "schedule": yearly()}),
            ),
            target(
                "V9",
                "Verdensdagen markert i alle fylkeslag",
                "World Suicide Prevention Day in every county chapter",
                json!({
                "metric": "activities", "parameter": "suicide_prevention_day", "scope": each("county"),
                "comparison": "at_least", "threshold": 1,
                "schedule": {"kind": "recurring", "period": "year", "window": {"from": "09-10", "to": "09-10"}}}),
            ),
            target(
                "V10",
                "Nasjonalt livsmestringskurs",
                "A national life-coping course",
                json!({
                "metric": "courses_held", "parameter": "life_coping_course", "scope": {"kind": "secretariat"},
                "comparison": "at_least", "threshold": 1, "schedule": yearly()}),
            ),
            target(
                "V11",
                "Flere medlemmer",
                "More members",
                json!({
                "metric": "active_members", "scope": org(), "comparison": "grows", "schedule": always()}),
            ),
            target(
                "V12",
                "OBS!-kurs for likepersoner",
                "Suicide-awareness courses for peer supporters",
                json!({
                "metric": "courses_held", "parameter": "suicide_awareness_course", "scope": org(),
                "comparison": "at_least", "threshold": 1, "schedule": yearly()}),
            ),
        ],
    }
}
