//! Volunteer roles, courses, qualifications and their reminders.

use chrono::{Days, Months, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use fellesskap::db::schema::outbox;
use fellesskap::ids::ChapterId;
use fellesskap::volunteers::reminders::send_due;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::members::create;
use crate::world::World;

/// A member of `chapter`; `n` keeps their contact details apart.
pub async fn person(app: &TestApp, world: &World, chapter: ChapterId, n: usize, language: &str) -> Uuid {
    let admin = app.token(world.org_admin).await;
    let body = json!({"given_name": format!("Vera{n}"), "family_name": "Frivillig", "email": format!("vera{n}@example.no"),
        "language": language, "membership": {"chapter_id": chapter, "membership_type": "ordinary"}});
    create(app, &admin, &world.a.slug, &body).await.expect(201).body["id"].as_str().unwrap().parse().unwrap()
}

pub async fn assign(app: &TestApp, token: &str, chapter: ChapterId, body: Value) -> crate::helpers::Reply {
    app.post(&format!("/api/v1/chapters/{chapter}/volunteers"), Some(token), &body).await
}

/// A course run of `course_type` held on `held_on` by `chapter`, and completions for `people`.
pub async fn course(
    app: &TestApp,
    world: &World,
    chapter: ChapterId,
    course_type: &str,
    held_on: NaiveDate,
    people: &[Uuid],
) {
    let admin = app.token(world.org_admin).await;
    let run = json!({"course_type": course_type, "chapter_id": chapter, "held_on": held_on});
    let run = app.post(&format!("/api/v1/orgs/{}/course-runs", world.a.slug), Some(&admin), &run).await.expect(201);
    let id = run.body["id"].as_str().unwrap();
    for person in people {
        let url = format!("/api/v1/course-runs/{id}/completions");
        app.post(&url, Some(&admin), &json!({"person_id": person})).await.expect(201);
    }
}

async fn volunteers(app: &TestApp, token: &str, chapter: ChapterId, query: &str) -> Vec<Value> {
    let reply = app.get(&format!("/api/v1/chapters/{chapter}/volunteers?{query}"), Some(token)).await.expect(200);
    reply.body["items"].as_array().unwrap().clone()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[actix_web::test]
async fn a_peer_supporter_is_active_until_the_day_their_qualification_expires() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let (peer, officer) =
        (person(&app, &world, world.l1.id, 1, "nb").await, person(&app, &world, world.c1.id, 2, "nb").await);
    let role = json!({"person_id": peer, "role": "peer_supporter", "from_on": "2024-01-01"});
    assign(&app, &leader, world.l1.id, role).await.expect(201);
    assign(&app, &leader, world.c1.id, json!({"person_id": officer, "role": "officer", "from_on": "2024-01-01"}))
        .await
        .expect(201);
    course(&app, &world, world.c1.id, "peer_supporter_course", day("2024-03-10"), &[peer]).await;

    let before = volunteers(&app, &leader, world.c1.id, "as_of=2024-03-09&role=peer_supporter").await;
    assert_eq!(before[0]["active"], false, "held, but not yet qualified");
    let last = volunteers(&app, &leader, world.c1.id, "as_of=2026-03-09&role=peer_supporter").await;
    assert_eq!((&last[0]["active"], &last[0]["qualification_expires_on"]), (&json!(true), &json!("2026-03-10")));
    let lapsed = volunteers(&app, &leader, world.c1.id, "as_of=2026-03-10&role=peer_supporter").await;
    assert_eq!(lapsed[0]["active"], false, "not active from the day it expires");
    let active = volunteers(&app, &leader, world.c1.id, "as_of=2026-03-10&active=true").await;
    let roles: Vec<&str> = active.iter().map(|v| v["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["officer"], "an officer needs no course");
    assert_eq!(active[0]["needs_qualification"], false);

    let soon = volunteers(&app, &leader, world.c1.id, "as_of=2026-02-01&lapsing_within_days=60").await;
    assert_eq!(soon.len(), 1);
    assert_eq!(soon[0]["person_id"], json!(peer));
    assert!(volunteers(&app, &leader, world.c1.id, "as_of=2026-02-01&lapsing_within_days=30").await.is_empty());
    assert!(volunteers(&app, &leader, world.c1.id, "as_of=2023-12-31").await.is_empty(), "before the roles began");

    course(&app, &world, world.c1.id, "follow_up_course", day("2026-02-15"), &[peer]).await;
    let renewed = volunteers(&app, &leader, world.c1.id, "as_of=2026-03-10&role=peer_supporter").await;
    assert_eq!((&renewed[0]["active"], &renewed[0]["qualification_expires_on"]), (&json!(true), &json!("2028-02-15")));
}

#[actix_web::test]
async fn an_ended_role_is_no_longer_held() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let peer = person(&app, &world, world.c1.id, 1, "nb").await;
    let role =
        assign(&app, &leader, world.c1.id, json!({"person_id": peer, "role": "officer", "from_on": "2025-01-01"}))
            .await
            .expect(201);
    let url = format!("/api/v1/volunteer-roles/{}/end", role.body["id"].as_str().unwrap());
    app.post(&url, Some(&leader), &json!({"to_on": "2024-12-31"})).await.expect_problem(422, "period_order");
    app.post(&url, Some(&leader), &json!({"to_on": "2025-06-30"})).await.expect(200);
    assert_eq!(volunteers(&app, &leader, world.c1.id, "as_of=2025-06-30").await.len(), 1);
    assert!(volunteers(&app, &leader, world.c1.id, "as_of=2025-07-01").await.is_empty());
}

#[actix_web::test]
async fn roles_and_courses_are_checked_and_stay_within_reach() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let mine = person(&app, &world, world.c1.id, 1, "nb").await;
    let sibling = person(&app, &world, world.c2.id, 2, "nb").await;
    let role = |person: Uuid, role: &str| json!({"person_id": person, "role": role});
    assign(&app, &leader, world.c1.id, role(mine, "astronaut")).await.expect_problem(404, "unknown_role");
    assign(&app, &leader, world.c1.id, role(sibling, "officer")).await.expect_problem(404, "unknown_member");
    assign(&app, &leader, world.c2.id, role(mine, "officer")).await.expect(403);
    assign(&app, &leader, world.cb.id, role(mine, "officer")).await.expect(404);
    let backwards = json!({"person_id": mine, "role": "officer", "from_on": "2025-02-01", "to_on": "2025-01-31"});
    assign(&app, &leader, world.c1.id, backwards).await.expect_problem(422, "period_order");
    assert_eq!(app.count("volunteer_roles").await, 0);

    let runs = format!("/api/v1/orgs/{}/course-runs", world.a.slug);
    let tomorrow = Utc::now().date_naive() + Days::new(1);
    let run = |chapter: Option<ChapterId>, held_on: NaiveDate| json!({"course_type": "peer_supporter_course", "chapter_id": chapter, "held_on": held_on});
    app.post(&runs, Some(&leader), &run(Some(world.c1.id), tomorrow)).await.expect_problem(422, "date_in_future");
    app.post(&runs, Some(&leader), &run(None, day("2025-09-01"))).await.expect(403);
    app.post(&runs, Some(&leader), &run(Some(world.c2.id), day("2025-09-01"))).await.expect(403);
    let mut retired = run(Some(world.c1.id), day("2025-09-01"));
    retired["course_type"] = json!("no_such_course");
    app.post(&runs, Some(&leader), &retired).await.expect_problem(404, "unknown_course_type");
    let created = app.post(&runs, Some(&leader), &run(Some(world.c1.id), day("2025-09-01"))).await.expect(201);
    let completions = format!("/api/v1/course-runs/{}/completions", created.body["id"].as_str().unwrap());
    let early = json!({"person_id": mine, "completed_on": "2025-08-31"});
    app.post(&completions, Some(&leader), &early).await.expect_problem(422, "before_course");
    app.post(&completions, Some(&leader), &json!({"person_id": sibling})).await.expect_problem(404, "unknown_member");
    let done = app.post(&completions, Some(&leader), &json!({"person_id": mine})).await.expect(201);
    assert_eq!(done.body["expires_on"], "2027-09-01");
    app.post(&completions, Some(&leader), &json!({"person_id": mine})).await.expect_problem(409, "completion_recorded");

    let admin = app.token(world.org_admin).await;
    let other = app.post(&runs, Some(&admin), &run(Some(world.c2.id), day("2025-09-01"))).await.expect(201);
    let theirs = format!("/api/v1/course-runs/{}/completions", other.body["id"].as_str().unwrap());
    app.post(&theirs, Some(&leader), &json!({"person_id": mine})).await.expect(403);
    let export = app.get(&format!("/api/v1/members/{mine}/export"), Some(&leader)).await.expect(200);
    assert_eq!(export.body["course_completions"][0]["course_type"], "peer_supporter_course");
}

#[actix_web::test]
async fn course_types_are_organisation_data() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/orgs/{}/course-types", world.a.slug);
    let types = app.get(&url, Some(&leader)).await.expect(200);
    assert!(types.body["next_cursor"].is_null(), "the whole list on one page");
    let follow_up =
        types.body["items"].as_array().unwrap().iter().find(|t| t["code"] == "follow_up_course").unwrap().clone();
    assert_eq!(follow_up["validity_months"], 24);
    assert_eq!(follow_up["qualifies_for"], json!(["peer_supporter", "group_leader", "supervisor"]));
    let admin = app.token(world.org_admin).await;
    let body = json!({"labels": {"nb": "Samtalekurs"}, "validity_months": 12, "qualifies_for": ["contact_person"]});
    app.call("PUT", &format!("{url}/talk_course"), Some(&leader), Some(&body)).await.expect(403);
    let created = app.call("PUT", &format!("{url}/talk_course"), Some(&admin), Some(&body)).await.expect(201);
    assert_eq!(created.body["qualifies_for"], json!(["contact_person"]));
    let mut unknown = body.clone();
    unknown["qualifies_for"] = json!(["astronaut"]);
    app.call("PUT", &format!("{url}/talk_course"), Some(&admin), Some(&unknown))
        .await
        .expect_problem(404, "unknown_role");
    app.call("PUT", &format!("{url}/talk_course"), Some(&admin), Some(&body)).await.expect(200);

    let contact = person(&app, &world, world.c1.id, 1, "nb").await;
    assign(&app, &leader, world.c1.id, json!({"person_id": contact, "role": "contact_person"})).await.expect(201);
    let held = volunteers(&app, &leader, world.c1.id, "role=contact_person").await;
    assert_eq!((&held[0]["needs_qualification"], &held[0]["active"]), (&json!(true), &json!(false)));
}

#[actix_web::test]
async fn a_lapsing_qualification_is_reminded_of_once_in_the_volunteers_language() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let today = Utc::now().date_naive();
    let taken = today - Months::new(24) + Days::new(10);
    let (lapsing, renewed, retired) = (
        person(&app, &world, world.c1.id, 1, "en").await,
        person(&app, &world, world.c1.id, 2, "nb").await,
        person(&app, &world, world.c1.id, 3, "nb").await,
    );
    for p in [lapsing, renewed] {
        assign(&app, &leader, world.c1.id, json!({"person_id": p, "role": "peer_supporter", "from_on": taken}))
            .await
            .expect(201);
    }
    let ended =
        json!({"person_id": retired, "role": "peer_supporter", "from_on": taken, "to_on": today - Days::new(1)});
    assign(&app, &leader, world.c1.id, ended).await.expect(201);
    course(&app, &world, world.c1.id, "peer_supporter_course", taken, &[lapsing, renewed, retired]).await;
    course(&app, &world, world.c1.id, "follow_up_course", today - Days::new(5), &[renewed]).await;
    let conn = &mut app.conn().await;
    let before = app.count("outbox").await;
    assert_eq!(send_due(conn).await.unwrap(), 1);
    assert_eq!(send_due(conn).await.unwrap(), 0, "once, not twice");
    assert_eq!(app.count("outbox").await, before + 1);
    let (to, subject): (String, String) = outbox::table
        .filter(outbox::person_id.eq(lapsing))
        .filter(outbox::subject.like("%qualification%"))
        .select((outbox::recipient, outbox::subject))
        .first(conn)
        .await
        .unwrap();
    assert_eq!(
        (to.as_str(), subject.as_str()),
        ("vera1@example.no", "Your Peer supporter course qualification lapses soon")
    );
}

#[actix_web::test]
async fn new_peer_supporters_are_counted_by_the_year_they_first_qualified() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let mut people = Vec::new();
    for (chapter, n) in [(world.c1.id, 1), (world.l1.id, 2), (world.c1.id, 3), (world.c2.id, 4)] {
        people.push(person(&app, &world, chapter, n, "nb").await);
    }
    course(&app, &world, world.c1.id, "peer_supporter_course", day("2024-10-01"), &[people[2]]).await;
    course(&app, &world, world.c1.id, "peer_supporter_course", day("2025-10-01"), &people[..2]).await;
    course(&app, &world, world.c1.id, "follow_up_course", day("2025-11-01"), &[people[2]]).await;
    course(&app, &world, world.c2.id, "peer_supporter_course", day("2025-10-01"), &[people[3]]).await;
    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/chapters/{}/volunteers/newly-qualified?year=2025&limit=1", world.c1.id);
    let page = app.get(&url, Some(&leader)).await.expect(200);
    assert_eq!(page.body["count"], 2, "the 2024 one renewed in 2025, and C2's is not in C1");
    assert_eq!(page.body["items"].as_array().unwrap().len(), 1);
    let next = format!("{url}&cursor={}", page.body["next_cursor"].as_str().unwrap());
    let rest = app.get(&next, Some(&leader)).await.expect(200);
    assert_eq!((rest.body["count"].clone(), rest.body["next_cursor"].clone()), (json!(2), Value::Null));
    let admin = app.token(world.org_admin).await;
    let all = format!("/api/v1/chapters/{}/volunteers/newly-qualified?year=2025", world.a.root.id);
    assert_eq!(app.get(&all, Some(&admin)).await.expect(200).body["count"], 3);
    app.get(&all, Some(&leader)).await.expect(403);
}

#[actix_web::test]
async fn merging_two_records_keeps_every_role_and_course_of_both() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let (keep, drop) =
        (person(&app, &world, world.c1.id, 1, "nb").await, person(&app, &world, world.c1.id, 2, "nb").await);
    assign(&app, &leader, world.c1.id, json!({"person_id": drop, "role": "peer_supporter"})).await.expect(201);
    course(&app, &world, world.c1.id, "peer_supporter_course", day("2025-10-01"), &[keep, drop]).await;
    course(&app, &world, world.c1.id, "follow_up_course", day("2025-11-01"), &[drop]).await;
    let membership = app.get(&format!("/api/v1/members/{drop}"), Some(&leader)).await.body["memberships"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let end = json!({"status": "resigned"});
    app.post(&format!("/api/v1/memberships/{membership}/changes"), Some(&leader), &end).await.expect(200);
    app.post(&format!("/api/v1/members/{keep}/merge"), Some(&leader), &json!({"duplicate_id": drop})).await.expect(200);
    let export = app.get(&format!("/api/v1/members/{keep}/export"), Some(&leader)).await.expect(200);
    assert_eq!(export.body["volunteer_roles"].as_array().unwrap().len(), 1);
    let courses: Vec<&str> = export.body["course_completions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["course_type"].as_str().unwrap())
        .collect();
    assert_eq!(courses, ["peer_supporter_course", "follow_up_course"], "one completion per course run");
}

#[actix_web::test]
async fn merging_two_records_keeps_the_courses_the_duplicate_taught() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let (keep, drop) =
        (person(&app, &world, world.c1.id, 1, "nb").await, person(&app, &world, world.c1.id, 2, "nb").await);
    let runs = format!("/api/v1/orgs/{}/course-runs", world.a.slug);
    let run = json!({"course_type": "peer_supporter_course", "chapter_id": world.c1.id, "held_on": "2025-10-01",
                     "instructor_ids": [keep, drop]});
    app.post(&runs, Some(&leader), &run).await.expect(201);
    let membership = app.get(&format!("/api/v1/members/{drop}"), Some(&leader)).await.body["memberships"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let end = json!({"status": "resigned"});
    app.post(&format!("/api/v1/memberships/{membership}/changes"), Some(&leader), &end).await.expect(200);
    app.post(&format!("/api/v1/members/{keep}/merge"), Some(&leader), &json!({"duplicate_id": drop})).await.expect(200);
    let listed = app.get(&runs, Some(&leader)).await.expect(200);
    assert_eq!(
        listed.body["items"][0]["instructor_ids"],
        json!([keep]),
        "the removed record is not left as instructor"
    );
}
