//! Targets: setting them, every metric against figures worked out by hand, the statuses on
//! constructed histories, looking ahead at lapses, and the dashboards.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{Days, Months, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use fellesskap::activities::queries::{self as activities, Activity, ActivityChannel};
use fellesskap::chapters::queries::Chapter;
use fellesskap::db::schema::chapters as chapters_table;
use fellesskap::groups::queries::{self as groups, Group, GroupStatus, Leader, LeaderKind};
use fellesskap::ids::{ChapterId, OrgId, PersonId};
use fellesskap::members::lifecycle::{self, Change, Status};
use fellesskap::members::queries::{self as members, Fee, PaymentMethod, Person, PersonDetails};
use fellesskap::organisations::queries::{self as organisations, Organisation};
use fellesskap::projects::queries::{self as projects, Project, ProjectStatus};
use fellesskap::volunteers::queries::{self as volunteers, Completion, CourseRun, RoleRow};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::world::World;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

static PEOPLE: AtomicUsize = AtomicUsize::new(0);

async fn person(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    chapter: ChapterId,
    birth_year: i16,
    language: &str,
) -> Person {
    let n = PEOPLE.fetch_add(1, Ordering::Relaxed);
    let details = PersonDetails {
        given_name: format!("Given{n}"),
        family_name: format!("Family{n}"),
        email: Some(format!("person{n}@targets.example")),
        phone: None,
        postal_code: None,
        birth_year: Some(birth_year),
        birth_date: None,
        language: language.to_owned(),
        relations: vec!["relative".to_owned()],
    };
    members::insert_person(conn, &Person::new(org, chapter, details)).await.unwrap()
}

/// An active member of `chapter` from `joined`, lapsing on `lapsed` when given.
async fn member(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: ChapterId,
    birth_year: i16,
    language: &str,
    joined: &str,
    lapsed: Option<&str>,
) -> (Person, members::Membership) {
    let person = person(conn, org.id, chapter, birth_year, language).await;
    let membership =
        lifecycle::open(conn, org, &person, chapter, "ordinary".to_owned(), Status::Active, day(joined)).await.unwrap();
    if let Some(lapsed) = lapsed {
        let change =
            Change { status: Some(Status::Lapsed), chapter_id: None, type_code: None, effective_on: day(lapsed) };
        lifecycle::apply(conn, org, &person, &membership, &change).await.unwrap();
    }
    (person, membership)
}

async fn fee(conn: &mut AsyncPgConnection, m: &members::Membership, year: i16) {
    let fee = Fee {
        id: Uuid::now_v7(),
        organisation_id: m.organisation_id,
        membership_id: m.id,
        chapter_id: m.chapter_id,
        year,
        amount_ore: 30_000,
        paid_on: NaiveDate::from_ymd_opt(i32::from(year), 2, 1).unwrap(),
        method: PaymentMethod::Vipps,
        created_at: Utc::now(),
    };
    members::insert_fee(conn, &fee).await.unwrap();
}

async fn run(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    chapter: Option<ChapterId>,
    course: &str,
    held: &str,
) -> CourseRun {
    let run = CourseRun {
        id: Uuid::now_v7(),
        organisation_id: org,
        course_type: course.to_owned(),
        chapter_id: chapter,
        held_on: day(held),
        instructors: Vec::new(),
        created_at: Utc::now(),
    };
    volunteers::insert_run(conn, &run).await.unwrap()
}

/// A peer supporter of `chapter` from `from` who completed `course` (qualifying for two years).
async fn peer_supporter(
    conn: &mut AsyncPgConnection,
    person: &Person,
    chapter: ChapterId,
    from: &str,
    course: &CourseRun,
) {
    let role = RoleRow {
        id: Uuid::now_v7(),
        organisation_id: person.organisation_id,
        person_id: person.id,
        chapter_id: chapter,
        role_code: "peer_supporter".to_owned(),
        from_on: day(from),
        to_on: None,
        created_at: Utc::now(),
    };
    volunteers::insert_role(conn, &role).await.unwrap();
    completion(conn, person.id, course).await;
}

async fn completion(conn: &mut AsyncPgConnection, person: PersonId, course: &CourseRun) {
    let completion = Completion {
        id: Uuid::now_v7(),
        organisation_id: course.organisation_id,
        course_run_id: course.id,
        person_id: person,
        course_type: course.course_type.clone(),
        completed_on: course.held_on,
        expires_on: course.held_on.checked_add_months(Months::new(24)),
        created_at: Utc::now(),
    };
    volunteers::insert_completion(conn, &completion).await.unwrap();
}

async fn group(
    conn: &mut AsyncPgConnection,
    chapter: &Chapter,
    starts: &str,
    ends: Option<&str>,
    leaders: &[(PersonId, LeaderKind)],
) {
    let group = Group {
        id: Uuid::now_v7(),
        organisation_id: chapter.organisation_id,
        chapter_id: chapter.id,
        kind_code: "grief_group".to_owned(),
        name: format!("Group of {}", chapter.name),
        starts_on: day(starts),
        ends_on: ends.map(day),
        // A group with an end day is marked ended: the day still decides.
        status: if ends.is_some() { GroupStatus::Ended } else { GroupStatus::Active },
        version: 1,
        created_at: Utc::now(),
        updated_at: Utc::now(),
    };
    let group = groups::insert(conn, &group).await.unwrap();
    for (person, kind) in leaders {
        let leader = Leader {
            id: Uuid::now_v7(),
            organisation_id: chapter.organisation_id,
            group_id: group.id,
            person_id: *person,
            leader_kind: *kind,
            from_on: group.starts_on,
            to_on: None,
            created_at: Utc::now(),
        };
        groups::insert_leader(conn, &leader).await.unwrap();
    }
}

async fn activity(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    chapter: Option<ChapterId>,
    kind: &str,
    held: &str,
    minutes: i32,
    people: i32,
) {
    let activity = Activity {
        id: Uuid::now_v7(),
        organisation_id: org,
        chapter_id: chapter,
        kind_code: kind.to_owned(),
        held_on: day(held),
        duration_minutes: minutes,
        participants: people,
        channel: ActivityChannel::InPerson,
        note: None,
        logged_by: None,
        created_at: Utc::now(),
        conversation_request_id: None,
    };
    activities::insert(conn, &activity, &[]).await.unwrap();
}

async fn project(conn: &mut AsyncPgConnection, org: OrgId, year: i16, status: ProjectStatus, chapters: &[ChapterId]) {
    let project = Project {
        id: Uuid::now_v7(),
        organisation_id: org,
        name: format!("Project {year}"),
        year,
        status,
        created_at: Utc::now(),
    };
    projects::insert(conn, &project, chapters).await.unwrap();
}

async fn founded(conn: &mut AsyncPgConnection, chapter: ChapterId, on: &str) {
    diesel::update(chapters_table::table.find(chapter))
        .set(chapters_table::founded_on.eq(day(on)))
        .execute(conn)
        .await
        .unwrap();
}

/// Org A of the world with a history (days are inclusive; C1 ⊃ L1, C2 is C1's sibling):
///
/// | person | chapter | born | member | volunteer |
/// | m1 | C1 | 1995 | from 2024-01-10; fees 2025 | peer supporter; course 2024-05-01 |
/// | m2 | C1 | 1950 | 2025-03-01 – lapsed 2025-09-01 | peer supporter; course 2023-01-01 |
/// | m3 | L1 | 2000, English | from 2025-06-01 | peer supporter from 2025-06-01; course 2025-06-10 |
/// | m4 | C2 | 1960 | from 2023-01-01; fees 2024, 2025 | — |
///
/// Grief groups: C2 from 2025-01-01 with a professional only; L1 2025-02-01 – 2025-08-31 with
/// both leaders. Activities: L1 a peer conversation 2025-03-03 (45 min, 1), C1 World Suicide
/// Prevention Day 2025-09-10 (60 min, 20), the secretariat a Relatives' Week event 2025-11-05
/// (90 min, 40). Projects: 2025 C1+C2; 2025 C1+L1 cancelled; 2024 C2+L1. Chapters founded:
/// root and the counties 2019-01-01, L1 2025-05-01.
async fn history(app: &TestApp, world: &World) {
    let conn = &mut app.conn().await;
    let org = organisations::find_by_id(conn, world.a.id).await.unwrap();
    let (c1, l1, c2) = (world.c1.id, world.l1.id, world.c2.id);
    for chapter in [world.a.root.id, c1, c2] {
        founded(conn, chapter, "2019-01-01").await;
    }
    founded(conn, l1, "2025-05-01").await;
    let (m1, ms1) = member(conn, &org, c1, 1995, "nb", "2024-01-10", None).await;
    let (m2, _) = member(conn, &org, c1, 1950, "nb", "2025-03-01", Some("2025-09-01")).await;
    let (m3, _) = member(conn, &org, l1, 2000, "en", "2025-06-01", None).await;
    let (_, ms4) = member(conn, &org, c2, 1960, "nb", "2023-01-01", None).await;
    fee(conn, &ms1, 2025).await;
    fee(conn, &ms4, 2024).await;
    fee(conn, &ms4, 2025).await;
    let national = run(conn, org.id, None, "peer_supporter_course", "2023-01-01").await;
    let in_c1 = run(conn, org.id, Some(c1), "peer_supporter_course", "2024-05-01").await;
    let in_l1 = run(conn, org.id, Some(l1), "peer_supporter_course", "2025-06-10").await;
    peer_supporter(conn, &m1, c1, "2024-01-01", &in_c1).await;
    peer_supporter(conn, &m2, c1, "2024-01-01", &national).await;
    peer_supporter(conn, &m3, l1, "2025-06-01", &in_l1).await;
    group(conn, &world.c2, "2025-01-01", None, &[(m1.id, LeaderKind::Professional)]).await;
    group(
        conn,
        &world.l1,
        "2025-02-01",
        Some("2025-08-31"),
        &[(m2.id, LeaderKind::Professional), (m3.id, LeaderKind::TrainedBereaved)],
    )
    .await;
    diesel::sql_query("UPDATE organisations SET group_leadership_rule = '{\"professional\": 1, \"trained_bereaved\": 1}' WHERE id = $1")
        .bind::<diesel::sql_types::Uuid, _>(org.id)
        .execute(conn)
        .await
        .unwrap();
    activity(conn, org.id, Some(l1), "peer_conversation", "2025-03-03", 45, 1).await;
    activity(conn, org.id, Some(c1), "suicide_prevention_day", "2025-09-10", 60, 20).await;
    activity(conn, org.id, None, "relatives_week_event", "2025-11-05", 90, 40).await;
    project(conn, org.id, 2025, ProjectStatus::Active, &[c1, c2]).await;
    project(conn, org.id, 2025, ProjectStatus::Cancelled, &[c1, l1]).await;
    project(conn, org.id, 2024, ProjectStatus::Completed, &[c2, l1]).await;
}

/// A metric with its parameter and schedule, the day, and the figures expected for the
/// organisation, for C1 with L1, and for C2.
type Case<'a> = (&'a str, Option<&'a str>, &'a Value, &'a str, f64, f64, f64);

static CODES: AtomicUsize = AtomicUsize::new(0);

/// Creates a target from `spec` (code and names filled in) and returns its id.
async fn create(app: &TestApp, token: &str, slug: &str, mut spec: Value) -> String {
    let code = format!("T{}", CODES.fetch_add(1, Ordering::Relaxed));
    spec["code"] = json!(code);
    spec["names"] = json!({"en": format!("Target {code}"), "nb": format!("Mål {code}")});
    let reply = app.post(&format!("/api/v1/orgs/{slug}/targets"), Some(token), &spec).await.expect(201);
    reply.body["id"].as_str().unwrap().to_owned()
}

async fn evaluation(app: &TestApp, token: &str, id: &str, as_of: &str) -> Value {
    app.get(&format!("/api/v1/targets/{id}/evaluation?as_of={as_of}"), Some(token)).await.expect(200).body
}

/// Each unit's value, by unit name.
fn values(evaluation: &Value) -> BTreeMap<String, Option<f64>> {
    evaluation["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["name"].as_str().unwrap().to_owned(), u["value"].as_f64()))
        .collect()
}

#[actix_web::test]
async fn every_metric_gives_the_figures_worked_out_by_hand() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let slug = &world.a.slug;
    let yearly = json!({"kind": "recurring", "period": "year"});
    let always = json!({"kind": "continuous"});
    let by_county = json!({"kind": "chapters_of_kind", "chapter_kind": "county"});
    let cases: Vec<Case> = vec![
        ("active_members", None, &always, "2025-07-01", 4.0, 3.0, 1.0),
        ("active_members", None, &always, "2025-12-01", 3.0, 2.0, 1.0),
        ("active_members", None, &always, "2023-06-01", 1.0, 0.0, 1.0),
        ("youth_members", None, &always, "2025-07-01", 2.0, 2.0, 0.0),
        ("youth_share", None, &always, "2025-07-01", 50.0, 200.0 / 3.0, 0.0),
        ("members_with_language", Some("en"), &always, "2025-07-01", 1.0, 1.0, 0.0),
        ("members_with_relation", Some("relative"), &always, "2025-12-01", 3.0, 2.0, 1.0),
        ("paying_members", None, &yearly, "2025-12-31", 2.0, 1.0, 1.0),
        ("paying_members", None, &yearly, "2024-12-31", 1.0, 0.0, 1.0),
        ("new_members", None, &yearly, "2025-12-31", 2.0, 2.0, 0.0),
        ("ended_members", None, &yearly, "2025-12-31", 1.0, 1.0, 0.0),
        ("chapters_open", Some("local"), &always, "2025-07-01", 1.0, 1.0, 0.0),
        ("chapters_open", Some("local"), &always, "2025-01-01", 0.0, 0.0, 0.0),
        ("chapters_open", None, &always, "2025-07-01", 4.0, 2.0, 1.0),
        ("chapters_founded", None, &yearly, "2025-12-31", 1.0, 1.0, 0.0),
        ("active_volunteers", Some("peer_supporter"), &always, "2024-06-01", 2.0, 2.0, 0.0),
        ("active_volunteers", Some("peer_supporter"), &always, "2025-07-01", 2.0, 2.0, 0.0),
        ("newly_qualified", Some("peer_supporter"), &yearly, "2025-12-31", 1.0, 1.0, 0.0),
        ("newly_qualified", Some("peer_supporter"), &yearly, "2024-12-31", 1.0, 1.0, 0.0),
        ("courses_held", Some("peer_supporter_course"), &yearly, "2025-12-31", 1.0, 1.0, 0.0),
        ("courses_held", None, &yearly, "2023-12-31", 1.0, 0.0, 0.0),
        ("groups_running", Some("grief_group"), &always, "2025-07-01", 2.0, 1.0, 1.0),
        ("groups_running", None, &always, "2025-10-01", 1.0, 0.0, 1.0),
        ("groups_led_completely", None, &always, "2025-07-01", 1.0, 1.0, 0.0),
        ("complete_leadership_share", None, &always, "2025-07-01", 50.0, 100.0, 0.0),
        ("activities", None, &yearly, "2025-12-31", 3.0, 2.0, 0.0),
        ("activities", Some("suicide_prevention_day"), &yearly, "2025-12-31", 1.0, 1.0, 0.0),
        ("activity_minutes", None, &yearly, "2025-12-31", 195.0, 105.0, 0.0),
        ("activity_participants", None, &yearly, "2025-12-31", 61.0, 21.0, 0.0),
        ("cross_chapter_projects", None, &yearly, "2025-12-31", 1.0, 1.0, 1.0),
        ("cross_chapter_projects", None, &yearly, "2024-12-31", 1.0, 1.0, 1.0),
    ];
    let mut wrong = Vec::new();
    for (metric, parameter, schedule, as_of, org, c1, c2) in cases {
        let spec = |scope: &Value| {
            json!({"metric": metric, "parameter": parameter, "scope": scope, "comparison": "at_least",
                   "threshold": 1, "schedule": schedule})
        };
        let whole = create(&app, &admin, slug, spec(&json!({"kind": "organisation"}))).await;
        let counties = create(&app, &admin, slug, spec(&by_county)).await;
        let whole = values(&evaluation(&app, &admin, &whole, as_of).await);
        let counties = values(&evaluation(&app, &admin, &counties, as_of).await);
        let got = (
            whole.values().next().copied().flatten(),
            counties.get("C1").copied().flatten(),
            counties.get("C2").copied().flatten(),
        );
        // A share of nothing has no value; the fixture's only such case is C2's youth share.
        let expected = (Some(org), Some(c1), Some(c2));
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-6,
            (None, Some(b)) => b == 0.0 && metric.ends_with("share"),
            _ => false,
        };
        if !(close(got.0, expected.0) && close(got.1, expected.1) && close(got.2, expected.2)) {
            wrong.push(format!("{metric} {parameter:?} on {as_of}: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[actix_web::test]
async fn a_region_and_the_secretariat_are_units_of_their_own() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let conn = &mut app.conn().await;
    // L1 has no region of its own: it is in its county chapter's.
    diesel::update(chapters_table::table.find(world.c1.id))
        .set(chapters_table::region_code.eq("midt"))
        .execute(conn)
        .await
        .unwrap();
    let admin = app.token(world.org_admin).await;
    let slug = &world.a.slug;
    let groups = json!({"metric": "groups_running", "parameter": "grief_group", "scope": {"kind": "regions"},
        "comparison": "at_least", "threshold": 1, "schedule": {"kind": "continuous"}});
    let id = create(&app, &admin, slug, groups).await;
    let e = evaluation(&app, &admin, &id, "2025-07-01").await;
    let by_region: BTreeMap<&str, (f64, &str)> = e["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["region_code"].as_str().unwrap(), (u["value"].as_f64().unwrap(), u["status"].as_str().unwrap())))
        .collect();
    assert_eq!(by_region.len(), 5, "every region is a unit, with chapters or not: {by_region:?}");
    assert_eq!(by_region["midt"], (1.0, "met"));
    assert_eq!(by_region["nord"], (0.0, "missed"));
    assert_eq!(e["status"], "missed");
    assert_eq!(e["summary"]["met"], 1);
    assert_eq!(e["summary"]["text"], "1 of 5 regions");
    let secretariat = json!({"metric": "activities", "parameter": "relatives_week_event", "scope": {"kind": "secretariat"},
        "comparison": "at_least", "threshold": 1, "schedule": {"kind": "recurring", "period": "year"}});
    let id = create(&app, &admin, slug, secretariat).await;
    let e = evaluation(&app, &admin, &id, "2025-12-31").await;
    assert_eq!(e["units"].as_array().unwrap().len(), 1);
    assert_eq!((e["units"][0]["value"].as_f64(), &e["status"]), (Some(1.0), &json!("met")));
    let whole_but_own = json!({"metric": "activities", "scope": {"kind": "secretariat"}, "comparison": "at_least",
        "threshold": 2, "schedule": {"kind": "recurring", "period": "year"}});
    let id = create(&app, &admin, slug, whole_but_own).await;
    let e = evaluation(&app, &admin, &id, "2025-12-31").await;
    assert_eq!(e["units"][0]["value"].as_f64(), Some(1.0), "chapters' activities are not the secretariat's");
}

/// `n` members who joined `months` months ago, one a month up to today (the newest today).
async fn monthly_joiners(app: &TestApp, world: &World, per_month: usize, months: u32) {
    let conn = &mut app.conn().await;
    let org = organisations::find_by_id(conn, world.b.id).await.unwrap();
    let today = Utc::now().date_naive();
    for back in 0..=months {
        for _ in 0..per_month {
            let joined = today.checked_sub_months(Months::new(back)).unwrap().to_string();
            member(conn, &org, world.cb.id, 1980, "nb", &joined, None).await;
        }
    }
}

#[actix_web::test]
async fn a_deadline_target_is_judged_by_its_trend_from_history() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    // Two a month for a year: 26 members today, growing by about two a month.
    monthly_joiners(&app, &world, 2, 12).await;
    let admin = app.token(world.other_org_admin).await;
    let slug = &world.b.slug;
    let today = Utc::now().date_naive();
    let deadline = |months: u32, threshold: u32| {
        json!({"metric": "active_members", "scope": {"kind": "organisation"}, "comparison": "at_least",
               "threshold": threshold, "schedule": {"kind": "deadline", "baseline_on": "2020-01-01",
               "deadline_on": today.checked_add_months(Months::new(months)).unwrap()}})
    };
    let reachable = create(&app, &admin, slug, deadline(12, 40)).await;
    let e = evaluation(&app, &admin, &reachable, &today.to_string()).await;
    let unit = &e["units"][0];
    assert_eq!((unit["value"].as_f64(), &e["status"]), (Some(26.0), &json!("on_track")), "{e}");
    assert_eq!(unit["history"].as_array().unwrap().len(), 13);
    let per_month = unit["trend_per_month"].as_f64().unwrap();
    assert!((per_month - 2.0).abs() < 0.2, "{per_month}");
    let projected: NaiveDate = unit["projected_on"].as_str().unwrap().parse().unwrap();
    let expected = today.checked_add_months(Months::new(7)).unwrap();
    assert!((projected - expected).num_days().abs() < 20, "projected {projected}, about {expected}");
    let out_of_reach = create(&app, &admin, slug, deadline(12, 200)).await;
    let e = evaluation(&app, &admin, &out_of_reach, &today.to_string()).await;
    assert_eq!(e["status"], "at_risk");
    let late: NaiveDate = e["units"][0]["projected_on"].as_str().unwrap().parse().unwrap();
    assert!(late > today.checked_add_months(Months::new(12)).unwrap());
    // A year ago, 2 members had joined; with the history since, it was on track then too.
    let year_ago = today.checked_sub_months(Months::new(12)).unwrap();
    let e = evaluation(&app, &admin, &reachable, &year_ago.to_string()).await;
    assert_eq!(e["units"][0]["value"].as_f64(), Some(2.0));
    assert_eq!(e["units"][0]["history"].as_array().unwrap().len(), 13);
    let met = create(&app, &admin, slug, deadline(12, 26)).await;
    assert_eq!(evaluation(&app, &admin, &met, &today.to_string()).await["status"], "met");
}

#[actix_web::test]
async fn a_target_with_no_growth_never_reaches_its_threshold() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let org = organisations::find_by_id(conn, world.b.id).await.unwrap();
    for _ in 0..5 {
        member(conn, &org, world.cb.id, 1980, "nb", "2020-01-01", None).await;
    }
    let admin = app.token(world.other_org_admin).await;
    let spec = json!({"metric": "active_members", "scope": {"kind": "organisation"}, "comparison": "at_least",
        "threshold": 10, "schedule": {"kind": "deadline", "baseline_on": "2025-01-01", "deadline_on": "2035-12-31"}});
    let id = create(&app, &admin, &world.b.slug, spec).await;
    let e = evaluation(&app, &admin, &id, "2026-06-30").await;
    let unit = &e["units"][0];
    assert_eq!(e["status"], "at_risk");
    assert_eq!(unit["trend_per_month"].as_f64(), Some(0.0));
    assert_eq!(unit["projected_on"], Value::Null);
    assert_eq!(evaluation(&app, &admin, &id, "2036-01-01").await["status"], "missed");
    assert_eq!(evaluation(&app, &admin, &id, "2024-12-31").await["status"], "not_due");
}

#[actix_web::test]
async fn known_expiries_put_a_met_target_at_risk_naming_the_day_and_the_person() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let today = Utc::now().date_naive();
    let org = world.a.id;
    // Three active peer supporters in C1; the course of one was two years ago less 20 days.
    let recent = run(conn, org, None, "peer_supporter_course", &(today - Days::new(30)).to_string()).await;
    let old_day = today.checked_sub_months(Months::new(24)).unwrap() + Days::new(20);
    let old = run(conn, org, None, "peer_supporter_course", &old_day.to_string()).await;
    let mut lapsing = None;
    for course in [&recent, &recent, &old] {
        let p = person(conn, org, world.c1.id, 1980, "nb").await;
        peer_supporter(conn, &p, world.c1.id, "2020-01-01", course).await;
        lapsing = Some(p);
    }
    let lapsing = lapsing.unwrap();
    let admin = app.token(world.org_admin).await;
    let spec = json!({"metric": "active_volunteers", "parameter": "peer_supporter",
        "scope": {"kind": "chapters_of_kind", "chapter_kind": "county"}, "comparison": "at_least", "threshold": 3,
        "schedule": {"kind": "continuous"}});
    let id = create(&app, &admin, &world.a.slug, spec).await;
    let e = evaluation(&app, &admin, &id, &today.to_string()).await;
    let c1 = e["units"].as_array().unwrap().iter().find(|u| u["name"] == "C1").unwrap().clone();
    let expiry = old_day.checked_add_months(Months::new(24)).unwrap();
    assert_eq!((c1["value"].as_f64(), &c1["status"]), (Some(3.0), &json!("at_risk")), "{c1}");
    assert_eq!(c1["at_risk_on"], json!(expiry));
    assert_eq!(c1["lapsing"].as_array().unwrap().len(), 1);
    assert_eq!(c1["lapsing"][0]["id"], json!(lapsing.id));
    assert_eq!(
        c1["lapsing"][0]["name"],
        json!(format!("{} {}", lapsing.given_name.clone().unwrap(), lapsing.family_name.clone().unwrap()))
    );
    let c2 = e["units"].as_array().unwrap().iter().find(|u| u["name"] == "C2").unwrap();
    assert_eq!((c2["value"].as_f64(), &c2["status"]), (Some(0.0), &json!("missed")));
    assert_eq!(e["summary"]["text"], "0 of 2 county chapters");
    // A shorter warning window than the time left: met.
    let org_reply = app.get(&format!("/api/v1/orgs/{}", world.a.slug), Some(&admin)).await.expect(200);
    let version = org_reply.header("etag").unwrap().to_owned();
    app.call_with(
        "PATCH",
        &format!("/api/v1/orgs/{}", world.a.slug),
        Some(&admin),
        &[("if-match", &version)],
        Some(&json!({"target_warning_days": 10})),
    )
    .await
    .expect(200);
    let e = evaluation(&app, &admin, &id, &today.to_string()).await;
    let c1 = e["units"].as_array().unwrap().iter().find(|u| u["name"] == "C1").unwrap();
    assert_eq!((&c1["status"], &c1["at_risk_on"]), (&json!("met"), &Value::Null));
}

#[actix_web::test]
async fn a_chapter_dashboard_shows_its_own_units_and_nothing_of_a_sibling() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let slug = &world.a.slug;
    let per_county = json!({"metric": "active_volunteers", "parameter": "peer_supporter",
        "scope": {"kind": "chapters_of_kind", "chapter_kind": "county"}, "comparison": "at_least", "threshold": 3,
        "schedule": {"kind": "continuous"}});
    create(&app, &admin, slug, per_county).await;
    let whole = json!({"metric": "active_members", "scope": {"kind": "organisation"}, "comparison": "at_least",
        "threshold": 10000, "schedule": {"kind": "deadline", "baseline_on": "2025-01-01", "deadline_on": "2035-12-31"}});
    create(&app, &admin, slug, whole).await;
    let sibling = json!({"metric": "groups_running", "scope": {"kind": "chapter", "chapter_id": world.c2.id},
        "comparison": "at_least", "threshold": 1, "schedule": {"kind": "continuous"}});
    create(&app, &admin, slug, sibling).await;
    let org = app.get(&format!("/api/v1/orgs/{slug}/dashboard?as_of=2025-07-01"), Some(&admin)).await.expect(200);
    assert_eq!(org.body["targets"].as_array().unwrap().len(), 3);
    assert!(org.body.to_string().contains("\"C2\""));

    let leader = app.token(world.leader).await;
    let mine = app.get(&format!("/api/v1/chapters/{}/dashboard?as_of=2025-07-01", world.c1.id), Some(&leader)).await;
    let mine = mine.expect(200).body;
    let targets = mine["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 1, "only the per-county target has a unit in C1: {mine}");
    let units = targets[0]["units"].as_array().unwrap();
    assert_eq!(units.len(), 1);
    assert_eq!((units[0]["name"].as_str(), units[0]["value"].as_f64()), (Some("C1"), Some(2.0)));
    assert_eq!(mine["chapter"]["id"], json!(world.c1.id));
    let text = mine.to_string();
    assert!(!text.contains("C2") && !text.contains(&world.c2.id.to_string()), "{text}");
    app.get(&format!("/api/v1/chapters/{}/dashboard", world.c2.id), Some(&leader))
        .await
        .expect_problem(403, "forbidden");
    app.get(&format!("/api/v1/orgs/{slug}/dashboard"), Some(&leader)).await.expect_problem(403, "forbidden");
}

#[actix_web::test]
async fn targets_are_set_checked_versioned_audited_and_retired() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/orgs/{}/targets", world.a.slug);
    let v1 = json!({"code": "V1", "names": {"nb": "Tre likepersoner", "en": "Three peer supporters"},
        "descriptions": {"nb": "Minst tre aktive likepersoner i hvert fylkeslag."},
        "metric": "active_volunteers", "parameter": "peer_supporter",
        "scope": {"kind": "chapters_of_kind", "chapter_kind": "county"}, "comparison": "at_least", "threshold": 3,
        "schedule": {"kind": "continuous"}});
    let created = app.post(&url, Some(&admin), &v1).await.expect(201).body;
    assert_eq!((&created["name"], &created["version"]), (&json!("Three peer supporters"), &json!(1)));
    assert_eq!(created["scope"], json!({"kind": "chapters_of_kind", "chapter_kind": "county"}));
    app.post(&url, Some(&admin), &v1).await.expect_problem(409, "target_code_taken");
    let id = created["id"].as_str().unwrap();

    let refused = |change: Value| {
        let mut body = v1.clone();
        body["code"] = json!("X1");
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    let cases = [
        (json!({"threshold": null}), 422, "threshold_required"),
        (json!({"comparison": "grows"}), 422, "threshold_with_grows"),
        (json!({"parameter": null}), 422, "parameter_required"),
        (json!({"parameter": "no_such_role"}), 404, "unknown_parameter"),
        (json!({"metric": "active_members"}), 422, "no_parameter"),
        (json!({"metric": "activities", "parameter": null}), 422, "metric_needs_period"),
        (json!({"metric": "youth_share", "parameter": null, "threshold": 120}), 422, "share_over_100"),
        (
            json!({"schedule": {"kind": "recurring", "period": "half_year", "window": {"from": "09-10", "to": "09-10"}}}),
            422,
            "window_needs_year",
        ),
        (
            json!({"schedule": {"kind": "deadline", "baseline_on": "2030-01-01", "deadline_on": "2025-01-01"}}),
            422,
            "period_order",
        ),
        (json!({"scope": {"kind": "chapter", "chapter_id": world.cb.id}}), 404, "unknown_chapter"),
        (json!({"code": "lower"}), 422, "validation_failed"),
    ];
    for (change, status, code) in cases {
        let reply = app.post(&url, Some(&admin), &refused(change.clone())).await;
        assert_eq!(
            (reply.status.as_u16(), reply.body["code"].as_str()),
            (status, Some(code)),
            "{change}: {}",
            reply.body
        );
    }
    let refused_in_schedule = [
        (json!({"kind": "recurring", "period": "year", "window": {"from": "9-10", "to": "09-10"}}), 422),
        (json!({"kind": "recurring", "period": "year", "every": 2}), 422),
        (json!({"kind": "deadline", "baseline_on": "+10000-01-01", "deadline_on": "2030-12-31"}), 422),
    ];
    for (schedule, status) in refused_in_schedule {
        let reply = app.post(&url, Some(&admin), &refused(json!({"schedule": schedule.clone()}))).await;
        assert_eq!(reply.status.as_u16(), status, "{schedule}: {}", reply.body);
    }
    assert_eq!(app.count("targets").await, 1, "no refused target was stored");
    app.get(&format!("/api/v1/targets/{id}/evaluation?as_of=%2B10000-01-01"), Some(&admin)).await.expect(422);
    app.get(&format!("/api/v1/targets/{id}/evaluation?as_of=0064-09-28"), Some(&admin)).await.expect(200);

    let target_url = format!("/api/v1/targets/{id}");
    let got = app.get(&target_url, Some(&admin)).await.expect(200);
    assert_eq!(got.header("etag"), Some("\"1\""));
    let in_bokmal = app.call_with("GET", &target_url, Some(&admin), &[("accept-language", "nb")], None).await;
    assert_eq!(in_bokmal.expect(200).body["name"], "Tre likepersoner");
    let change = json!({"threshold": 4});
    app.call_with("PATCH", &target_url, Some(&admin), &[], Some(&change)).await.expect(428);
    app.call_with("PATCH", &target_url, Some(&admin), &[("if-match", "\"7\"")], Some(&change)).await.expect(412);
    let updated =
        app.call_with("PATCH", &target_url, Some(&admin), &[("if-match", "\"1\"")], Some(&change)).await.expect(200);
    assert_eq!((&updated.body["threshold"], updated.header("etag")), (&json!(4.0), Some("\"2\"")));
    let retired = app
        .call_with("PATCH", &target_url, Some(&admin), &[("if-match", "\"2\"")], Some(&json!({"retired": true})))
        .await
        .expect(200);
    assert!(retired.body["retired_at"].is_string());
    assert_eq!(app.get(&url, Some(&admin)).await.expect(200).body["items"], json!([]));
    let all = app.get(&format!("{url}?retired=true"), Some(&admin)).await.expect(200);
    assert_eq!(all.body["items"].as_array().unwrap().len(), 1);
    let dashboard = app.get(&format!("/api/v1/orgs/{}/dashboard", world.a.slug), Some(&admin)).await.expect(200);
    assert_eq!(dashboard.body["targets"], json!([]));

    let conn = &mut app.conn().await;
    let events: Vec<(String, Vec<String>)> = fellesskap::db::schema::audit_events::table
        .filter(fellesskap::db::schema::audit_events::entity_type.eq("target"))
        .order(fellesskap::db::schema::audit_events::occurred_at)
        .select((fellesskap::db::schema::audit_events::action, fellesskap::db::schema::audit_events::changed_fields))
        .load(conn)
        .await
        .unwrap();
    assert_eq!(
        events,
        vec![
            ("create".to_owned(), vec![]),
            ("update".to_owned(), vec!["threshold".to_owned()]),
            ("update".to_owned(), vec!["retired".to_owned()]),
        ]
    );
    // Another organisation's admin does not see it exists.
    let other = app.token(world.other_org_admin).await;
    app.get(&target_url, Some(&other)).await.expect_problem(404, "not_found");
}

#[actix_web::test]
async fn a_series_reads_any_metric_by_step_from_the_history() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let conn = &mut app.conn().await;
    diesel::update(chapters_table::table.filter(chapters_table::id.eq_any([world.c1.id, world.l1.id])))
        .set(chapters_table::region_code.eq("midt"))
        .execute(conn)
        .await
        .unwrap();
    let admin = app.token(world.org_admin).await;
    let slug = &world.a.slug;
    let values = |body: &Value| -> Vec<Option<f64>> {
        body["points"].as_array().unwrap().iter().map(|p| p["value"].as_f64()).collect()
    };
    let range = "interval=quarter&from=2025-01-01&to=2025-12-31";
    let org = app.get(&format!("/api/v1/orgs/{slug}/series?metric=active_members&{range}"), Some(&admin)).await;
    let org = org.expect(200).body;
    assert_eq!(values(&org), [Some(3.0), Some(4.0), Some(3.0), Some(3.0)]);
    assert_eq!((&org["points"][0]["from"], &org["points"][0]["to"]), (&json!("2025-03-31"), &json!("2025-03-31")));
    let joined = app.get(&format!("/api/v1/orgs/{slug}/series?metric=new_members&{range}"), Some(&admin)).await;
    let joined = joined.expect(200).body;
    assert_eq!(values(&joined), [Some(1.0), Some(1.0), Some(0.0), Some(0.0)]);
    assert_eq!(
        (&joined["points"][1]["from"], &joined["points"][1]["to"]),
        (&json!("2025-04-01"), &json!("2025-06-30"))
    );
    let midt =
        app.get(&format!("/api/v1/orgs/{slug}/series?metric=active_members&{range}&region=midt"), Some(&admin)).await;
    let midt = midt.expect(200).body;
    assert_eq!(
        (values(&midt), &midt["region_code"]),
        (vec![Some(2.0), Some(3.0), Some(2.0), Some(2.0)], &json!("midt"))
    );
    let url = format!("/api/v1/orgs/{slug}/series?metric=active_members&region=nowhere");
    app.get(&url, Some(&admin)).await.expect_problem(404, "unknown_region");
    let url = format!("/api/v1/orgs/{slug}/series?metric=active_members&interval=month&from=2000-01-01&to=2026-12-01");
    app.get(&url, Some(&admin)).await.expect_problem(422, "too_many_points");
    let url = format!("/api/v1/orgs/{slug}/series?metric=active_volunteers");
    app.get(&url, Some(&admin)).await.expect_problem(422, "parameter_required");
    let ten_years = app.get(&format!("/api/v1/orgs/{slug}/series?metric=active_members"), Some(&admin)).await;
    assert_eq!(ten_years.expect(200).body["points"].as_array().unwrap().len(), 121);

    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/chapters/{}/series?metric=active_members&{range}", world.c1.id);
    let own = app.get(&url, Some(&leader)).await.expect(200).body;
    assert_eq!(values(&own), [Some(2.0), Some(3.0), Some(2.0), Some(2.0)]);
    let url = format!("/api/v1/chapters/{}/series?metric=active_members", world.c2.id);
    app.get(&url, Some(&leader)).await.expect_problem(403, "forbidden");
}

#[actix_web::test]
async fn a_target_with_nothing_to_measure_is_not_due_and_keeps_a_retired_code() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.other_org_admin).await;
    let slug = &world.b.slug;
    // Org B has no local chapter: the target has no unit, and is not due.
    let spec = json!({"metric": "groups_running", "parameter": "self_help_group", "scope": {"kind": "chapters_of_kind", "chapter_kind": "local"},
        "comparison": "at_least", "threshold": 1, "schedule": {"kind": "continuous"}});
    let id = create(&app, &admin, slug, spec).await;
    let e = evaluation(&app, &admin, &id, "2026-06-01").await;
    assert_eq!((&e["status"], &e["units"], &e["summary"]["units"]), (&json!("not_due"), &json!([]), &json!(0)));
    // Its group kind is retired from the catalogue; the target can still be changed and retired.
    let entry = json!({"labels": {"en": "Self-help group"}, "retired": true});
    let put = format!("/api/v1/orgs/{slug}/catalogues/group_kind/self_help_group");
    app.call("PUT", &put, Some(&admin), Some(&entry)).await.expect(200);
    let target = format!("/api/v1/targets/{id}");
    app.patch(&target, Some(&admin), &json!({"threshold": 2})).await.expect(200);
    app.patch(&target, Some(&admin), &json!({"parameter": "self_help_group"})).await.expect(200);
    app.patch(&target, Some(&admin), &json!({"retired": true})).await.expect(200);
    app.patch(&target, Some(&admin), &json!({"parameter": "grief_group"})).await.expect(200);
    let unknown = app.patch(&target, Some(&admin), &json!({"parameter": "no_such_kind"})).await;
    unknown.expect_problem(404, "unknown_parameter");
    // A language parameter must be one the service speaks.
    let spec = json!({"metric": "members_with_language", "parameter": "xx", "scope": {"kind": "organisation"},
        "comparison": "at_least", "threshold": 1, "schedule": {"kind": "continuous"}, "code": "LANG", "names": {"en": "L"}});
    app.post(&format!("/api/v1/orgs/{slug}/targets"), Some(&admin), &spec)
        .await
        .expect_problem(404, "unknown_parameter");
}

#[actix_web::test]
async fn the_coverage_matrix_lays_chapters_against_targets_by_region() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let conn = &mut app.conn().await;
    diesel::update(chapters_table::table.find(world.c1.id))
        .set(chapters_table::county_code.eq("50"))
        .execute(conn)
        .await
        .unwrap();
    let admin = app.token(world.org_admin).await;
    let slug = &world.a.slug;
    let per_county = |metric: &str, parameter: &str| {
        json!({"metric": metric, "parameter": parameter, "scope": {"kind": "chapters_of_kind", "chapter_kind": "county"},
               "comparison": "at_least", "threshold": 1, "schedule": {"kind": "continuous"}})
    };
    create(&app, &admin, slug, per_county("active_volunteers", "peer_supporter")).await;
    create(&app, &admin, slug, per_county("groups_running", "grief_group")).await;
    let whole = json!({"metric": "active_members", "scope": {"kind": "organisation"}, "comparison": "at_least",
        "threshold": 1, "schedule": {"kind": "continuous"}});
    create(&app, &admin, slug, whole).await;
    let body = app.get(&format!("/api/v1/orgs/{slug}/coverage?as_of=2025-07-01"), Some(&admin)).await.expect(200).body;
    assert_eq!(body["targets"].as_array().unwrap().len(), 2, "only targets per chapter are columns");
    let regions = body["regions"].as_array().unwrap();
    // C1's county (Trøndelag) is in Midt; C2 has no county or region.
    let midt = regions.iter().find(|r| r["region_code"] == "midt").unwrap();
    assert_eq!(midt["chapters"].as_array().unwrap().len(), 1);
    let c1 = &midt["chapters"][0];
    assert_eq!(c1["name"], "C1");
    assert_eq!(c1["cells"], json!([{"value": 2.0, "status": "met"}, {"value": 1.0, "status": "met"}]));
    let unplaced = regions.last().unwrap();
    assert_eq!((&unplaced["region_code"], &unplaced["chapters"][0]["name"]), (&Value::Null, &json!("C2")));
    assert_eq!(unplaced["chapters"][0]["cells"][0], json!({"value": 0.0, "status": "missed"}));
    let leader = app.token(world.leader).await;
    app.get(&format!("/api/v1/orgs/{slug}/coverage"), Some(&leader)).await.expect_problem(403, "forbidden");
}

/// Makes every organisation due for its alert check.
async fn due_now(conn: &mut AsyncPgConnection) {
    diesel::sql_query("UPDATE target_checks SET due_at = now() - interval '1 second'").execute(conn).await.unwrap();
}

#[actix_web::test]
async fn an_alert_goes_once_per_change_to_the_chapter_leaders_and_a_digest_to_the_secretariat() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let today = Utc::now().date_naive();
    let course = run(conn, world.a.id, None, "peer_supporter_course", &(today - Days::new(30)).to_string()).await;
    let mut supporters = Vec::new();
    for _ in 0..2 {
        let p = person(conn, world.a.id, world.c1.id, 1980, "nb").await;
        peer_supporter(conn, &p, world.c1.id, "2020-01-01", &course).await;
        supporters.push(p);
    }
    let admin = app.token(world.org_admin).await;
    let spec = json!({"metric": "active_volunteers", "parameter": "peer_supporter",
        "scope": {"kind": "chapters_of_kind", "chapter_kind": "county"}, "comparison": "at_least", "threshold": 2,
        "schedule": {"kind": "continuous"}});
    create(&app, &admin, &world.a.slug, spec).await;
    let leader_mail = "leader-c1@test.example";
    let admin_mail = "admin-a@test.example";

    // C1 has its two; C2 has none: C2 is missed, but C2 has no leader, so only the digest tells.
    due_now(conn).await;
    // Two replicas at once: one claims each organisation, the other skips it.
    let (mut one, mut two) = (app.conn().await, app.conn().await);
    let (a, b) = tokio::join!(
        fellesskap::targets::alerts::check_due(&mut one),
        fellesskap::targets::alerts::check_due(&mut two)
    );
    assert_eq!(a.unwrap() + b.unwrap(), 2, "each organisation checked once");
    assert!(app.mails_to(leader_mail).await.is_empty());
    let digests = app.mails_to(admin_mail).await;
    assert_eq!(digests.len(), 1);
    assert!(digests[0].contains("C2") && !digests[0].contains("C1"), "{}", digests[0]);

    // Nothing changed: nothing is sent, however often it is checked.
    due_now(conn).await;
    fellesskap::targets::alerts::check_due(conn).await.unwrap();
    assert_eq!((app.mails_to(leader_mail).await.len(), app.mails_to(admin_mail).await.len()), (0, 1));
    // Not due yet: not checked at all.
    assert_eq!(fellesskap::targets::alerts::check_due(conn).await.unwrap(), 0);

    // C1's second peer supporter ends the role: C1 turns missed, and its leader hears once.
    diesel::sql_query("UPDATE volunteer_roles SET to_on = $1 WHERE person_id = $2")
        .bind::<diesel::sql_types::Date, _>(today - Days::new(1))
        .bind::<diesel::sql_types::Uuid, _>(supporters[1].id)
        .execute(conn)
        .await
        .unwrap();
    for _ in 0..2 {
        due_now(conn).await;
        fellesskap::targets::alerts::check_due(conn).await.unwrap();
    }
    let alerts = app.mails_to(leader_mail).await;
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert!(alerts[0].contains("C1") && alerts[0].contains("ikke nådd"), "in the organisation's bokmål: {}", alerts[0]);
    let digests = app.mails_to(admin_mail).await;
    assert_eq!(digests.len(), 2);
    assert!(digests[1].contains("C1") && !digests[1].contains("C2"), "only the change: {}", digests[1]);
}

#[actix_web::test]
async fn the_status_report_is_the_same_in_json_csv_and_a_printable_page_with_valid_svg() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let slug = &world.a.slug;
    let per_county = json!({"metric": "active_volunteers", "parameter": "peer_supporter",
        "scope": {"kind": "chapters_of_kind", "chapter_kind": "county"}, "comparison": "at_least", "threshold": 1,
        "schedule": {"kind": "continuous"}});
    create(&app, &admin, slug, per_county).await;
    let members = json!({"metric": "active_members", "scope": {"kind": "organisation"}, "comparison": "at_least",
        "threshold": 10, "schedule": {"kind": "deadline", "baseline_on": "2024-01-01", "deadline_on": "2030-12-31"}});
    create(&app, &admin, slug, members).await;
    let url = format!("/api/v1/orgs/{slug}/reports/status?as_of=2025-12-31&since=2025-07-01");
    let json = app.get(&url, Some(&admin)).await.expect(200).body;
    let targets = json["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 2);
    let whole = targets.iter().find(|t| t["target"]["metric"] == "active_members").unwrap();
    let unit = &whole["units"][0];
    assert_eq!(
        (unit["value"].as_f64(), unit["previous_value"].as_f64(), unit["change"].as_f64()),
        (Some(3.0), Some(4.0), Some(-1.0))
    );
    assert_eq!(whole["history"].as_array().unwrap().len(), 13);
    let counties = targets.iter().find(|t| t["target"]["metric"] == "active_volunteers").unwrap();
    assert_eq!(counties["by_region"], json!([{"region_code": null, "met": 1, "units": 2}]));

    // The CSV holds the JSON's figures, a line per unit.
    let csv = app.get(&format!("{url}&format=csv"), Some(&admin)).await.expect(200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let text = csv.body.as_str().unwrap().to_owned();
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    for target in targets {
        for unit in target["units"].as_array().unwrap() {
            let row = rows
                .iter()
                .find(|r| {
                    &r[0] == target["target"]["code"].as_str().unwrap() && &r[2] == unit["name"].as_str().unwrap()
                })
                .unwrap();
            let value = |field: &str| unit[field].as_f64().map(|v| v.to_string()).unwrap_or_default();
            assert_eq!(
                (&row[4], &row[6], &row[7]),
                (value("value").as_str(), unit["status"].as_str().unwrap(), value("previous_value").as_str())
            );
        }
    }

    // The page is well-formed, its charts are SVG, and its only style is the one its policy names.
    let page = app
        .call_with("GET", &format!("{url}&format=html"), Some(&admin), &[("accept-language", "nb")], None)
        .await
        .expect(200);
    let csp = page.header("content-security-policy").unwrap().to_owned();
    let html = page.body.as_str().unwrap().to_owned();
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
    let doc = roxmltree::Document::parse_with_options(&html, options).unwrap_or_else(|e| panic!("{e}: {html}"));
    let root = doc.root_element();
    assert_eq!((root.tag_name().name(), root.attribute("lang")), ("html", Some("nb")));
    let svgs: Vec<roxmltree::Node> = doc.descendants().filter(|n| n.tag_name().name() == "svg").collect();
    assert_eq!(svgs.len(), 2, "a trend line and a bar chart");
    assert!(svgs.iter().all(|s| s.tag_name().namespace() == Some("http://www.w3.org/2000/svg")));
    assert_eq!(doc.descendants().filter(|n| n.tag_name().name() == "polyline").count(), 1);
    assert_eq!(
        doc.descendants().filter(|n| n.tag_name().name() == "rect" && n.attribute("class").is_some()).count(),
        2
    );
    assert!(html.contains("Statusrapport") && !html.contains("<script"));
    let style = doc.descendants().find(|n| n.tag_name().name() == "style").unwrap().text().unwrap();
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style.as_bytes()));
    assert!(csp.contains(&format!("style-src 'sha256-{hash}'")) && csp.contains("default-src 'none'"), "{csp}");
}

#[actix_web::test]
async fn the_grant_report_counts_paying_members_by_county_and_checks_the_entry_rule() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let conn = &mut app.conn().await;
    for (chapter, county) in [(world.c1.id, "50"), (world.c2.id, "03")] {
        diesel::update(chapters_table::table.find(chapter))
            .set(chapters_table::county_code.eq(county))
            .execute(conn)
            .await
            .unwrap();
    }
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/orgs/{}/reports/grant?year=2025", world.a.slug);
    let report = app.get(&url, Some(&admin)).await.expect(200).body;
    assert_eq!(report["as_of"], "2025-12-31");
    assert_eq!((&report["paying_members"], &report["counties_with_members"]), (&json!(2), &json!(2)));
    assert_eq!((&report["chapters"], &report["peer_supporters"]), (&json!(4), &json!(2)));
    let by_county: Vec<(&str, i64)> = report["by_county"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["county_code"].as_str().unwrap(), c["paying_members"].as_i64().unwrap()))
        .collect();
    assert_eq!(by_county, [("03", 1), ("50", 1)]);
    assert_eq!(
        (&report["has_250_members"], &report["has_4_counties"], &report["entry_rule_met"]),
        (&json!(false), &json!(false), &json!(false))
    );
    let csv = app.get(&format!("{url}&format=csv"), Some(&admin)).await.expect(200).body.as_str().unwrap().to_owned();
    assert!(
        csv.contains("paying_members,,2")
            && csv.contains("paying_members,50,1")
            && csv.contains("entry_rule_met,,false"),
        "{csv}"
    );
    assert!(report["by_county"].as_array().unwrap().iter().all(|c| c["current"] == true));
    // A chapter still under Nord-Trøndelag (until 2017) is listed, but not a county of 2025.
    diesel::update(chapters_table::table.find(world.c2.id))
        .set(chapters_table::county_code.eq("17"))
        .execute(conn)
        .await
        .unwrap();
    let report = app.get(&url, Some(&admin)).await.expect(200).body;
    assert_eq!(report["counties_with_members"], 1);
    let old = report["by_county"].as_array().unwrap().iter().find(|c| c["county_code"] == "17").unwrap().clone();
    assert_eq!((&old["current"], &old["paying_members"]), (&json!(false), &json!(1)));
    let last_year = app.get(&format!("/api/v1/orgs/{}/reports/grant?year=2024", world.a.slug), Some(&admin)).await;
    assert_eq!(last_year.expect(200).body["paying_members"], 1);
}

#[actix_web::test]
async fn an_organisation_whose_check_fails_does_not_hold_up_the_others() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let (a, b) = (app.token(world.org_admin).await, app.token(world.other_org_admin).await);
    let members = json!({"metric": "active_members", "scope": {"kind": "organisation"}, "comparison": "at_least",
        "threshold": 1, "schedule": {"kind": "continuous"}});
    create(&app, &a, &world.a.slug, members).await;
    let groups = json!({"metric": "groups_running", "scope": {"kind": "organisation"}, "comparison": "at_least",
        "threshold": 1, "schedule": {"kind": "continuous"}});
    create(&app, &b, &world.b.slug, groups).await;
    // Org A's metric cannot be read: its check fails, and is undone.
    diesel::sql_query("ALTER FUNCTION metric_active_members RENAME TO metric_active_members_away")
        .execute(conn)
        .await
        .unwrap();
    due_now(conn).await;
    assert_eq!(fellesskap::targets::alerts::check_due(conn).await.unwrap(), 2, "both claimed, one after the other");
    assert!(app.mails_to("admin-a@test.example").await.is_empty());
    assert_eq!(app.mails_to("admin-b@test.example").await.len(), 1, "org B's missed target is still reported");
    assert_eq!(app.count("target_unit_states").await, 1, "org A's half-done check left nothing");
    assert_eq!(fellesskap::targets::alerts::check_due(conn).await.unwrap(), 0, "and org A is not retried at once");
    diesel::sql_query("ALTER FUNCTION metric_active_members_away RENAME TO metric_active_members")
        .execute(conn)
        .await
        .unwrap();
    due_now(conn).await;
    fellesskap::targets::alerts::check_due(conn).await.unwrap();
    assert_eq!(app.mails_to("admin-a@test.example").await.len(), 1);
}
