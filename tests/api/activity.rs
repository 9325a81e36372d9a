//! Groups with their leadership rule, the activity log, projects, and the aggregates over
//! them, checked against a hand-computed fixture.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{Reply, TestApp, spawn_app};
use crate::members::create;
use crate::world::World;
use fellesskap::ids::ChapterId;

pub async fn person(app: &TestApp, world: &World, chapter: ChapterId, n: usize) -> Uuid {
    let admin = app.token(world.org_admin).await;
    let body = json!({"given_name": format!("Leder{n}"), "family_name": "Gruppe", "email": format!("leder{n}@example.no"),
        "membership": {"chapter_id": chapter, "membership_type": "ordinary", "joined_on": "2025-01-01"}});
    create(app, &admin, &world.a.slug, &body).await.expect(201).body["id"].as_str().unwrap().parse().unwrap()
}

pub async fn set_rule(app: &TestApp, world: &World, rule: Value) {
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/orgs/{}", world.a.slug);
    let etag = app.get(&url, Some(&admin)).await.expect(200).header("etag").unwrap().to_owned();
    let body = json!({"group_leadership_rule": rule});
    app.call_with("PATCH", &url, Some(&admin), &[("if-match", &etag)], Some(&body)).await.expect(200);
}

pub async fn group(app: &TestApp, token: &str, chapter: ChapterId, starts_on: &str) -> Uuid {
    let body = json!({"kind": "grief_group", "name": "Sorggruppe", "starts_on": starts_on});
    let reply = app.post(&format!("/api/v1/chapters/{chapter}/groups"), Some(token), &body).await.expect(201);
    reply.body["id"].as_str().unwrap().parse().unwrap()
}

pub async fn lead(app: &TestApp, token: &str, group: Uuid, person: Uuid, kind: &str, from_on: &str) -> Reply {
    let body = json!({"person_id": person, "leader_kind": kind, "from_on": from_on});
    app.post(&format!("/api/v1/groups/{group}/leaders"), Some(token), &body).await
}

/// Logs an activity: kind, day, minutes, people, channel.
async fn log(
    app: &TestApp,
    token: &str,
    url: &str,
    (kind, day, minutes, people, channel): (&str, &str, i32, i32, &str),
) {
    let body =
        json!({"kind": kind, "held_on": day, "duration_minutes": minutes, "participants": people, "channel": channel});
    app.post(url, Some(token), &body).await.expect(201);
}

#[actix_web::test]
async fn a_grief_group_needs_a_professional_and_a_trained_bereaved_leader() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let id = group(&app, &leader, world.c1.id, "2026-01-01").await;
    let (professional, bereaved) =
        (person(&app, &world, world.c1.id, 1).await, person(&app, &world, world.c1.id, 2).await);
    let first = lead(&app, &leader, id, professional, "professional", "2026-01-01").await.expect(201);
    assert_eq!(first.body["leadership_complete"], true, "without a rule any one leader will do");
    set_rule(&app, &world, json!({"professional": 1, "trained_bereaved": 1})).await;
    let list = format!("/api/v1/chapters/{}/groups", world.c1.id);
    assert_eq!(app.get(&list, Some(&leader)).await.expect(200).body["items"][0]["leadership_complete"], false);
    let second = lead(&app, &leader, id, bereaved, "trained_bereaved", "2026-02-01").await.expect(201);
    assert_eq!(second.body["leadership_complete"], true);
    assert_eq!(second.body["leaders"].as_array().unwrap().len(), 2);
    let before = app.get(&format!("{list}?as_of=2026-01-15"), Some(&leader)).await.expect(200);
    assert_eq!(before.body["items"][0]["leadership_complete"], false, "the bereaved leader began in February");

    let elsewhere = person(&app, &world, world.c2.id, 3).await;
    lead(&app, &leader, id, elsewhere, "co_leader", "2026-01-01").await.expect_problem(404, "unknown_member");
    let bad_rule = json!({"group_leadership_rule": {"professional": 11}});
    let url = format!("/api/v1/orgs/{}", world.a.slug);
    let admin = app.token(world.org_admin).await;
    app.call_with("PATCH", &url, Some(&admin), &[("if-match", "*")], Some(&bad_rule))
        .await
        .expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn meetings_record_how_many_came_and_volunteers_log_only_their_own_chapter() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let volunteer = app.token(world.volunteer).await;
    let own = group(&app, &leader, world.c1.id, "2026-01-01").await;
    let below = group(&app, &leader, world.l1.id, "2026-01-01").await;
    let meeting = |day: &str| json!({"held_on": day, "duration_minutes": 120, "participants": 7});
    let url = format!("/api/v1/groups/{own}/meetings");
    let reply = app.post(&url, Some(&volunteer), &meeting("2026-02-01")).await.expect(201);
    assert_eq!(reply.body["participants"], 7);
    app.post(&url, Some(&volunteer), &meeting("2025-12-31")).await.expect_problem(422, "before_group");
    app.post(
        &url,
        Some(&volunteer),
        &json!({"held_on": "2026-02-01", "duration_minutes": 120, "participants": 7,
        "names": ["Kari"]}),
    )
    .await
    .expect_problem(400, "invalid_body");
    app.post(&format!("/api/v1/groups/{below}/meetings"), Some(&volunteer), &meeting("2026-02-01")).await.expect(403);
    app.post(&format!("/api/v1/groups/{below}/meetings"), Some(&leader), &meeting("2026-02-01")).await.expect(201);
    app.get(&format!("/api/v1/chapters/{}/groups", world.c1.id), Some(&volunteer)).await.expect(403);
}

#[actix_web::test]
async fn activities_name_volunteers_but_never_who_was_helped() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    let volunteer = app.token(world.volunteer).await;
    let peer = person(&app, &world, world.c1.id, 1).await;
    let outsider = person(&app, &world, world.c1.id, 2).await;
    let role = json!({"person_id": peer, "role": "peer_supporter", "from_on": "2025-01-01"});
    app.post(&format!("/api/v1/chapters/{}/volunteers", world.c1.id), Some(&leader), &role).await.expect(201);
    let url = format!("/api/v1/chapters/{}/activities", world.c1.id);
    let body = |volunteers: Vec<Uuid>, note: &str| {
        json!({"kind": "peer_conversation", "held_on": "2026-03-01", "duration_minutes": 45, "participants": 1,
               "channel": "phone", "volunteer_ids": volunteers, "note": note})
    };
    let logged = app.post(&url, Some(&volunteer), &body(vec![peer], "Samtale om sorg")).await.expect(201);
    assert_eq!(logged.body["volunteer_ids"], json!([peer]));
    let export = app.get(&format!("/api/v1/members/{peer}/export"), Some(&leader)).await.expect(200);
    assert_eq!(export.body["activities"][0]["kind"], "peer_conversation", "the volunteer's own part is theirs to see");
    app.post(&url, Some(&volunteer), &body(vec![outsider], "")).await.expect_problem(404, "unknown_volunteer");
    let id_number = app.post(&url, Some(&volunteer), &body(vec![peer], "Ringte 01017012262")).await;
    assert_eq!(id_number.expect_problem(422, "validation_failed").body["errors"][0]["code"], "national_id_number");
    let mut unknown = body(vec![], "");
    unknown["kind"] = json!("bake_sale");
    app.post(&url, Some(&volunteer), &unknown).await.expect_problem(404, "unknown_activity_kind");
    app.post(&format!("/api/v1/chapters/{}/activities", world.l1.id), Some(&volunteer), &body(vec![], ""))
        .await
        .expect(403);
    assert_eq!(app.count("activities").await, 1);

    app.get(&url, Some(&volunteer)).await.expect(403);
    let root = format!("/api/v1/chapters/{}/activities", world.a.root.id);
    app.get(&root, Some(&leader)).await.expect(403);
    let listed = app.get(&format!("{url}?from=2026-01-01&kind=peer_conversation"), Some(&leader)).await.expect(200);
    assert_eq!(listed.body["items"].as_array().unwrap().len(), 1);

    let admin = app.token(world.org_admin).await;
    let org_url = format!("/api/v1/orgs/{}/activities", world.a.slug);
    let mut follow_up = body(vec![], "");
    follow_up["kind"] = json!("member_follow_up");
    app.post(&org_url, Some(&leader), &follow_up).await.expect(403);
    app.post(&org_url, Some(&admin), &follow_up).await.expect(201);
    let own = app.get(&org_url, Some(&admin)).await.expect(200);
    assert_eq!(own.body["items"][0]["chapter_id"], Value::Null);
}

#[actix_web::test]
async fn projects_join_two_or_more_chapters_of_one_organisation() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/orgs/{}/projects", world.a.slug);
    let project = |chapters: Vec<fellesskap::ids::ChapterId>| json!({"name": "Verdensdagen", "year": 2026, "chapter_ids": chapters});
    app.post(&url, Some(&admin), &project(vec![world.c1.id])).await.expect_problem(422, "validation_failed");
    app.post(&url, Some(&admin), &project(vec![world.c1.id, world.c1.id]))
        .await
        .expect_problem(422, "too_few_chapters");
    app.post(&url, Some(&admin), &project(vec![world.c1.id, world.cb.id])).await.expect_problem(404, "unknown_chapter");
    app.post(&url, Some(&app.token(world.leader).await), &project(vec![world.c1.id, world.c2.id])).await.expect(403);
    let created = app.post(&url, Some(&admin), &project(vec![world.c2.id, world.c1.id])).await.expect(201);
    assert_eq!(created.body["status"], "active");
    let listed = app.get(&format!("{url}?year=2026"), Some(&app.token(world.leader).await)).await.expect(200);
    assert_eq!(listed.body["items"].as_array().unwrap().len(), 1);
    assert_eq!(app.get(&format!("{url}?year=2025"), Some(&admin)).await.expect(200).body["items"], json!([]));
}

/// ```text
/// activities 2026:  C1 peer_conversation/phone 30 min 1 person, twice; L1 theme_evening/in_person
///                   120 min 15 people; secretariat member_follow_up/phone 20 min; C1 in 2025 (outside)
/// volunteers on 2026-06-30: C1 officer (active), C1 peer supporter without a course (not active),
///                   L1 peer supporter with a course in March 2026 (active)
/// groups:           C1 complete (two meetings, 120 min, 7 people each), L1 incomplete, C1 ended
/// projects:         2026 C1+C2; 2026 cancelled C1+C2; 2025 L1+C2
/// ```
async fn fixture(app: &TestApp, world: &World) {
    let admin = app.token(world.org_admin).await;
    set_rule(app, world, json!({"professional": 1, "trained_bereaved": 1})).await;
    let c1 = format!("/api/v1/chapters/{}/activities", world.c1.id);
    log(app, &admin, &c1, ("peer_conversation", "2026-02-01", 30, 1, "phone")).await;
    log(app, &admin, &c1, ("peer_conversation", "2026-03-01", 30, 1, "phone")).await;
    log(app, &admin, &c1, ("peer_conversation", "2025-12-31", 30, 1, "phone")).await;
    let l1 = format!("/api/v1/chapters/{}/activities", world.l1.id);
    log(app, &admin, &l1, ("theme_evening", "2026-04-01", 120, 15, "in_person")).await;
    let secretariat = format!("/api/v1/orgs/{}/activities", world.a.slug);
    log(app, &admin, &secretariat, ("member_follow_up", "2026-05-01", 20, 1, "phone")).await;

    let mut ids = Vec::new();
    for (i, chapter) in [world.c1.id, world.c1.id, world.l1.id, world.c1.id, world.c1.id].into_iter().enumerate() {
        ids.push(person(app, world, chapter, i).await);
    }
    let assign = |person: Uuid, role: &str| json!({"person_id": person, "role": role, "from_on": "2026-01-01"});
    let volunteers = |chapter: ChapterId| format!("/api/v1/chapters/{chapter}/volunteers");
    app.post(&volunteers(world.c1.id), Some(&admin), &assign(ids[0], "officer")).await.expect(201);
    app.post(&volunteers(world.c1.id), Some(&admin), &assign(ids[1], "peer_supporter")).await.expect(201);
    app.post(&volunteers(world.l1.id), Some(&admin), &assign(ids[2], "peer_supporter")).await.expect(201);
    let run = json!({"course_type": "peer_supporter_course", "chapter_id": world.l1.id, "held_on": "2026-03-01"});
    let run = app.post(&format!("/api/v1/orgs/{}/course-runs", world.a.slug), Some(&admin), &run).await.expect(201);
    let completions = format!("/api/v1/course-runs/{}/completions", run.body["id"].as_str().unwrap());
    app.post(&completions, Some(&admin), &json!({"person_id": ids[2]})).await.expect(201);

    let complete = group(app, &admin, world.c1.id, "2026-01-01").await;
    lead(app, &admin, complete, ids[3], "professional", "2026-01-01").await.expect(201);
    lead(app, &admin, complete, ids[4], "trained_bereaved", "2026-01-01").await.expect(201);
    for day in ["2026-02-01", "2026-03-01"] {
        let meeting = json!({"held_on": day, "duration_minutes": 120, "participants": 7});
        app.post(&format!("/api/v1/groups/{complete}/meetings"), Some(&admin), &meeting).await.expect(201);
    }
    let incomplete = group(app, &admin, world.l1.id, "2026-01-01").await;
    lead(app, &admin, incomplete, ids[2], "trained_bereaved", "2026-01-01").await.expect(201);
    let ended = group(app, &admin, world.c1.id, "2025-01-01").await;
    let url = format!("/api/v1/groups/{ended}");
    let end = json!({"status": "ended", "ends_on": "2025-12-31"});
    app.call_with("PATCH", &url, Some(&admin), &[("if-match", "\"1\"")], Some(&end)).await.expect(200);

    let projects = format!("/api/v1/orgs/{}/projects", world.a.slug);
    for (year, status, chapters) in [
        (2026, "active", [world.c1.id, world.c2.id]),
        (2026, "cancelled", [world.c1.id, world.c2.id]),
        (2025, "completed", [world.l1.id, world.c2.id]),
    ] {
        let body = json!({"name": "P", "year": year, "status": status, "chapter_ids": chapters});
        app.post(&projects, Some(&admin), &body).await.expect(201);
    }
}

fn total(count: i64, minutes: i64, people: i64) -> Value {
    json!({"count": count, "duration_minutes": minutes, "participants": people})
}

#[actix_web::test]
async fn aggregates_match_the_fixture_alone_and_rolled_up_as_json_and_csv() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    fixture(&app, &world).await;
    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/chapters/{}/aggregates?from=2026-01-01&to=2026-06-30", world.c1.id);
    let reply = app.get(&url, Some(&leader)).await.expect(200);
    let (own, all) = (&reply.body["chapter"], &reply.body["subtree"]);
    assert_eq!(own["activities"], json!({"peer_conversation": {"phone": total(2, 60, 2)}}));
    assert_eq!(
        all["activities"],
        json!({"peer_conversation": {"phone": total(2, 60, 2)}, "theme_evening": {"in_person": total(1, 120, 15)}})
    );
    assert_eq!(own["active_volunteers"], json!({"officer": 1}));
    assert_eq!(all["active_volunteers"], json!({"officer": 1, "peer_supporter": 1}));
    assert_eq!(own["groups"], json!({"grief_group": {"count": 1, "leadership_complete": 1}}));
    assert_eq!(all["groups"], json!({"grief_group": {"count": 2, "leadership_complete": 1}}));
    assert_eq!(own["group_meetings"], total(2, 240, 14));
    assert_eq!(own["projects"], json!({"2026": 1}));
    assert_eq!(all["projects"], json!({"2026": 1}));

    let admin = app.token(world.org_admin).await;
    let org = format!("/api/v1/orgs/{}/aggregates?from=2025-01-01&to=2026-06-30", world.a.slug);
    let reply = app.get(&org, Some(&admin)).await.expect(200);
    assert_eq!(reply.body["chapter"]["activities"], json!({"member_follow_up": {"phone": total(1, 20, 1)}}));
    assert_eq!(reply.body["subtree"]["activities"]["peer_conversation"]["phone"], total(3, 90, 3));
    assert_eq!(reply.body["subtree"]["projects"], json!({"2025": 1, "2026": 1}));

    let csv = app.get(&format!("{url}&format=csv"), Some(&leader)).await.expect(200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let text = csv.body.as_str().unwrap();
    assert!(text.lines().any(|l| l == "activity,peer_conversation,phone,2,2,60,60,2,2"), "{text}");
    assert!(text.lines().any(|l| l == "group,grief_group,,1,2,0,0,1,1"), "{text}");

    app.get(&format!("/api/v1/chapters/{}/aggregates", world.c2.id), Some(&leader)).await.expect(403);
    app.get(&format!("/api/v1/orgs/{}/aggregates", world.a.slug), Some(&leader)).await.expect(403);
    app.get(&format!("/api/v1/chapters/{}/aggregates", world.cb.id), Some(&leader)).await.expect(404);
    let backwards = format!("/api/v1/chapters/{}/aggregates?from=2026-02-01&to=2026-01-01", world.c1.id);
    app.get(&backwards, Some(&leader)).await.expect_problem(422, "period_order");
}

#[actix_web::test]
async fn nothing_in_an_export_or_aggregate_identifies_a_person_who_was_helped() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/chapters/{}/activities", world.c1.id);
    let body = json!({"kind": "support_call", "held_on": "2026-03-01", "duration_minutes": 30, "participants": 1,
                      "channel": "phone", "note": "Hjalp Ingeborg Sørvik med søknaden"});
    app.post(&url, Some(&admin), &body).await.expect(201);
    for format in ["json", "csv"] {
        let aggregates =
            format!("/api/v1/chapters/{}/aggregates?from=2026-01-01&to=2026-12-31&format={format}", world.c1.id);
        let reply = app.get(&aggregates, Some(&admin)).await.expect(200);
        let text = reply.body.to_string();
        assert!(text.contains("support_call"), "{text}");
        assert!(!text.contains("Ingeborg") && !text.contains("Sørvik"), "{format}: {text}");
    }
    let export = app.get(&format!("/api/v1/chapters/{}/members/export", world.c1.id), Some(&admin)).await.expect(200);
    assert!(!export.body.to_string().contains("Ingeborg"));
}
