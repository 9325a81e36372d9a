//! The member's own rights: export, erasure (checked against a dump of the whole database),
//! one-time self-service links; and the welcome follow-ups with their contact log.

use std::process::Command;

use chrono::{Days, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use fellesskap::db::schema::{contact_log, follow_ups, group_leaders, outbox, self_service_links, volunteer_roles};
use fellesskap::outbox::worker::deliver_due;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::activity::{group, lead, person, set_rule};
use crate::helpers::{TestApp, spawn_app};
use crate::members::create;
use crate::smtp::SmtpSink;
use crate::world::World;
use fellesskap::ids::ChapterId;

const NAME: &str = "Vestheimsdottir";
const EMAIL: &str = "sigrid.vestheim@example.no";
const PHONE: &str = "41234567";

fn sigrid(chapter: ChapterId) -> Value {
    json!({"given_name": "Sigrid", "family_name": NAME, "email": EMAIL, "phone": PHONE, "postal_code": "6800",
           "birth_date": "1975-03-04", "relations": ["bereaved"],
           "membership": {"chapter_id": chapter, "membership_type": "ordinary", "joined_on": "2025-01-10"}})
}

/// Registers Sigrid with a fee, a contact with a note that names her, and a message in the outbox.
async fn sigrid_with_history(app: &TestApp, world: &World) -> Uuid {
    let leader = app.token(world.leader).await;
    let created = create(app, &leader, &world.a.slug, &sigrid(world.c1.id)).await.expect(201);
    let id: Uuid = created.body["id"].as_str().unwrap().parse().unwrap();
    let membership = created.body["memberships"][0]["id"].as_str().unwrap();
    let fee = json!({"year": 2025, "amount_ore": 30000, "paid_on": "2025-01-10", "method": "vipps"});
    app.post(&format!("/api/v1/memberships/{membership}/fees"), Some(&leader), &fee).await.expect(201);
    let follow_up: Uuid = follow_ups::table
        .filter(follow_ups::person_id.eq(id))
        .select(follow_ups::id)
        .first(&mut app.conn().await)
        .await
        .unwrap();
    let contact = json!({"channel": "phone", "duration_minutes": 25, "outcome": "not_reached",
                         "note": format!("Ringte Sigrid {NAME} på {PHONE}")});
    app.post(&format!("/api/v1/follow-ups/{follow_up}/contacts"), Some(&leader), &contact).await.expect(201);
    id
}

/// The whole database as `pg_dump --data-only` writes it.
pub fn dump(url: &str) -> String {
    let output = Command::new("pg_dump").args(["--data-only", "--dbname", url]).output().expect("running pg_dump");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[actix_web::test]
async fn the_export_holds_everything_about_the_person() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let id = sigrid_with_history(&app, &world).await;
    let leader = app.token(world.leader).await;
    let export = app.get(&format!("/api/v1/members/{id}/export"), Some(&leader)).await.expect(200).body;
    assert_eq!(export["member"]["family_name"], NAME);
    assert_eq!(export["member"]["memberships"][0]["fees"][0]["amount_ore"], 30000);
    let kinds: Vec<&str> = export["follow_ups"].as_array().unwrap().iter().filter_map(|f| f["kind"].as_str()).collect();
    assert_eq!(kinds, ["welcome", "second_contact"], "joining opens both");
    assert_eq!(export["contacts"][0]["duration_minutes"], 25);
    assert_eq!(export["messages"][0]["subject"], "Velkommen til Organisation org-a");
    assert!(export["history"].as_array().unwrap().iter().any(|h| h["action"] == "create"));
    let in_c2 = app.token(world.org_admin).await;
    let created = create(
        &app,
        &in_c2,
        &world.a.slug,
        &json!({"given_name": "Per", "family_name": "Other",
        "email": "per@example.no", "membership": {"chapter_id": world.c2.id, "membership_type": "ordinary"}}),
    )
    .await
    .expect(201);
    let other = created.body["id"].as_str().unwrap();
    app.get(&format!("/api/v1/members/{other}/export"), Some(&leader)).await.expect(403);
}

#[actix_web::test]
async fn erasure_leaves_no_trace_of_the_person_and_past_counts_unchanged() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let id = sigrid_with_history(&app, &world).await;
    let link = json!({"email": EMAIL, "purpose": "export"});
    app.post(&format!("/api/v1/public/orgs/{}/self-service-links", world.a.slug), None, &link).await.expect(202);
    app.handle_public_requests().await;
    let before = dump(&app.db_url);
    for needle in [NAME, EMAIL, PHONE, "1975-03-04"] {
        assert!(before.contains(needle), "the fixture holds {needle}");
    }
    let admin = app.token(world.org_admin).await;
    let counts = format!("/api/v1/chapters/{}/counts?as_of=2025-06-01&fee_year=2025", world.c1.id);
    let counted = app.get(&counts, Some(&admin)).await.expect(200).body;

    app.post(&format!("/api/v1/members/{id}/erasure"), Some(&app.token(world.leader).await), &json!({}))
        .await
        .expect(403);
    let erased = app.post(&format!("/api/v1/members/{id}/erasure"), Some(&admin), &json!({})).await.expect(200);
    assert_eq!(erased.body["given_name"], Value::Null);
    assert!(erased.body["erased_at"].is_string());
    assert_eq!(erased.body["memberships"][0]["status"], "resigned");

    let after = dump(&app.db_url);
    for needle in [NAME, EMAIL, PHONE, "1975-03-04", "sigrid"] {
        assert!(!after.to_lowercase().contains(&needle.to_lowercase()), "{needle} is still in the database");
    }
    assert_eq!(app.get(&counts, Some(&admin)).await.expect(200).body["subtree"], counted["subtree"]);
    let patch = json!({"given_name": "Back"});
    app.patch(&format!("/api/v1/members/{id}"), Some(&admin), &patch).await.expect_problem(409, "member_erased");
    app.post(&format!("/api/v1/members/{id}/erasure"), Some(&admin), &json!({})).await.expect(200);
    let listed = app.get(&format!("/api/v1/chapters/{}/members", world.c1.id), Some(&admin)).await.expect(200);
    assert_eq!(listed.body["items"], json!([]));
    let open = app.get(&format!("/api/v1/chapters/{}/follow-ups", world.c1.id), Some(&admin)).await.expect(200);
    assert_eq!(open.body["items"], json!([]), "nothing left to follow up");
}

#[actix_web::test]
async fn a_member_exports_and_erases_their_own_data_by_one_time_link() {
    let sink = SmtpSink::start();
    let mut config = crate::helpers::test_config();
    config.smtp_url = Some(fellesskap::config::Secret::new(sink.url.clone()));
    let app = crate::helpers::spawn_app_with(config).await;
    let world = World::build(&app).await;
    let id = sigrid_with_history(&app, &world).await;
    let url = format!("/api/v1/public/orgs/{}/self-service-links", world.a.slug);
    let unknown = app.post(&url, None, &json!({"email": "nobody@example.no", "purpose": "export"})).await.expect(202);
    let known = app.post(&url, None, &json!({"email": EMAIL, "purpose": "export", "language": "en"})).await.expect(202);
    assert_eq!(unknown.body, known.body, "the answer does not tell who is registered");
    app.handle_public_requests().await;
    assert_eq!(app.count("self_service_links").await, 1);
    deliver_due(&app.state).await.unwrap();
    let mail = sink.mails().into_iter().find(|m| m.body.contains("#token=")).expect("the link e-mail");
    assert_eq!(mail.to, EMAIL);
    let token = crate::helpers::token_in(&mail.body);

    let export = app.post("/api/v1/public/self-service/export", None, &json!({"token": token})).await.expect(200);
    assert_eq!(export.body["member"]["id"], json!(id));
    app.post("/api/v1/public/self-service/export", None, &json!({"token": token}))
        .await
        .expect_problem(404, "invalid_link");
    app.post("/api/v1/public/self-service/erasure", None, &json!({"token": token}))
        .await
        .expect_problem(404, "invalid_link");

    app.post(&url, None, &json!({"email": EMAIL, "purpose": "erase"})).await.expect(202);
    app.handle_public_requests().await;
    let conn = &mut app.conn().await;
    diesel::update(self_service_links::table.filter(self_service_links::purpose.eq("erase")))
        .set(self_service_links::expires_at.eq(Utc::now() - chrono::Duration::seconds(1)))
        .execute(conn)
        .await
        .unwrap();
    deliver_due(&app.state).await.unwrap();
    let mails = sink.mails();
    let expired = crate::helpers::token_in(&mails.last().unwrap().body);
    app.post("/api/v1/public/self-service/erasure", None, &json!({"token": expired}))
        .await
        .expect_problem(404, "invalid_link");

    app.post(&url, None, &json!({"email": EMAIL, "purpose": "erase"})).await.expect(202);
    app.handle_public_requests().await;
    deliver_due(&app.state).await.unwrap();
    let token = crate::helpers::token_in(&sink.mails().last().unwrap().body);
    app.post("/api/v1/public/self-service/erasure", None, &json!({"token": token})).await.expect(200);
    let admin = app.token(world.org_admin).await;
    let member = app.get(&format!("/api/v1/members/{id}"), Some(&admin)).await.expect(200);
    assert!(member.body["erased_at"].is_string());
}

#[actix_web::test]
async fn leaders_see_due_follow_ups_and_log_contacts() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let id = sigrid_with_history(&app, &world).await;
    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/chapters/{}/follow-ups", world.c1.id);
    let not_yet = app.get(&format!("{url}?due_by=2025-01-23"), Some(&leader)).await.expect(200);
    assert_eq!(not_yet.body["items"], json!([]), "due 14 days after joining on 2025-01-10");
    let later = Utc::now().date_naive();
    let due = app.get(&format!("{url}?kind=welcome&due_by={later}"), Some(&leader)).await.expect(200);
    let item = &due.body["items"][0];
    assert_eq!(item["person_id"], json!(id));
    assert_eq!(item["kind"], "welcome");
    assert_eq!((&item["due_on"], &item["overdue"]), (&json!("2025-01-24"), &json!(true)));
    let follow_up = item["id"].as_str().unwrap();
    let contacts = format!("/api/v1/follow-ups/{follow_up}/contacts");
    let reached = json!({"channel": "video", "duration_minutes": 30, "outcome": "reached"});
    app.post(&contacts, Some(&app.token(world.volunteer).await), &reached).await.expect(403);
    let mut bad = reached.clone();
    bad["duration_minutes"] = json!(5000);
    app.post(&contacts, Some(&leader), &bad).await.expect_problem(422, "validation_failed");
    app.post(&contacts, Some(&leader), &reached).await.expect(201);
    let open = app.get(&format!("{url}?kind=welcome&due_by={later}"), Some(&leader)).await.expect(200);
    assert_eq!(open.body["items"], json!([]), "a reached member is followed up");
    let logged: i64 = contact_log::table.count().get_result(&mut app.conn().await).await.unwrap();
    assert_eq!(logged, 2);
    app.get(&format!("/api/v1/chapters/{}/follow-ups", world.c2.id), Some(&leader)).await.expect(403);
}

/// An active peer supporter of C1 (qualified by a course a month ago) who is also the trained
/// bereaved leader completing a grief group's leadership beside a professional.
async fn supporter_who_completes_a_group(app: &TestApp, world: &World) -> Uuid {
    let admin = app.token(world.org_admin).await;
    set_rule(app, world, json!({"professional": 1, "trained_bereaved": 1})).await;
    let (supporter, professional) =
        (person(app, world, world.c1.id, 1).await, person(app, world, world.c1.id, 2).await);
    let role = json!({"person_id": supporter, "role": "peer_supporter", "from_on": "2025-01-01"});
    app.post(&format!("/api/v1/chapters/{}/volunteers", world.c1.id), Some(&admin), &role).await.expect(201);
    let held_on = Utc::now().date_naive() - Days::new(30);
    let run = json!({"course_type": "peer_supporter_course", "chapter_id": world.c1.id, "held_on": held_on});
    let run = app.post(&format!("/api/v1/orgs/{}/course-runs", world.a.slug), Some(&admin), &run).await.expect(201);
    let completions = format!("/api/v1/course-runs/{}/completions", run.body["id"].as_str().unwrap());
    app.post(&completions, Some(&admin), &json!({"person_id": supporter})).await.expect(201);
    let grief_group = group(app, &admin, world.c1.id, "2025-01-01").await;
    lead(app, &admin, grief_group, professional, "professional", "2025-01-01").await.expect(201);
    lead(app, &admin, grief_group, supporter, "trained_bereaved", "2025-01-01").await.expect(201);
    supporter
}

/// C1's active volunteers and groups (with how many have complete leadership) on `day`.
async fn figures_on(app: &TestApp, world: &World, day: NaiveDate) -> Value {
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/chapters/{}/aggregates?from={day}&to={day}&as_of={day}", world.c1.id);
    let body = app.get(&url, Some(&admin)).await.expect(200).body;
    json!({"active_volunteers": body["chapter"]["active_volunteers"], "groups": body["chapter"]["groups"]})
}

/// Erases `person` and checks that from the erasure day on they hold nothing, while the days
/// before keep their figures.
async fn erasure_ends_what_was_held(app: &TestApp, world: &World, person: Uuid, erase: impl AsyncFnOnce()) {
    let today = Utc::now().date_naive();
    let days = [today - Days::new(1), today, today + Days::new(30)];
    let held = json!({"active_volunteers": {"peer_supporter": 1},
                      "groups": {"grief_group": {"count": 1, "leadership_complete": 1}}});
    for day in days {
        assert_eq!(figures_on(app, world, day).await, held, "on {day} before the erasure");
    }
    erase().await;
    assert_eq!(figures_on(app, world, days[0]).await, held, "the day before the erasure is as it was");
    let ended = json!({"active_volunteers": {}, "groups": {"grief_group": {"count": 1, "leadership_complete": 0}}});
    for day in &days[1..] {
        assert_eq!(figures_on(app, world, *day).await, ended, "on {day}, after the erasure");
    }
    let leader = app.token(world.leader).await;
    let volunteers = format!("/api/v1/chapters/{}/volunteers?as_of={today}", world.c1.id);
    assert_eq!(app.get(&volunteers, Some(&leader)).await.expect(200).body["items"], json!([]));
    let groups = format!("/api/v1/chapters/{}/groups?as_of={today}", world.c1.id);
    assert_eq!(app.get(&groups, Some(&leader)).await.expect(200).body["items"][0]["leadership_complete"], false);
    let conn = &mut app.conn().await;
    let role: Uuid = volunteer_roles::table
        .filter(volunteer_roles::person_id.eq(person))
        .select(volunteer_roles::id)
        .first(conn)
        .await
        .unwrap();
    let admin = app.token(world.org_admin).await;
    app.post(&format!("/api/v1/volunteer-roles/{role}/end"), Some(&admin), &json!({"to_on": today}))
        .await
        .expect_problem(409, "member_erased");
    let role_ends: Vec<Option<NaiveDate>> = volunteer_roles::table
        .filter(volunteer_roles::person_id.eq(person))
        .select(volunteer_roles::to_on)
        .load(conn)
        .await
        .unwrap();
    assert_eq!(role_ends, [Some(days[0])]);
    let leadership_ends: Vec<Option<NaiveDate>> = group_leaders::table
        .filter(group_leaders::person_id.eq(person))
        .select(group_leaders::to_on)
        .load(conn)
        .await
        .unwrap();
    assert_eq!(leadership_ends, [Some(days[0])]);
}

#[actix_web::test]
async fn erasure_ends_roles_and_leaderships_on_that_day_and_past_figures_stay() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let supporter = supporter_who_completes_a_group(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    erasure_ends_what_was_held(&app, &world, supporter, async || {
        app.post(&format!("/api/v1/members/{supporter}/erasure"), Some(&admin), &json!({})).await.expect(200);
    })
    .await;
}

#[actix_web::test]
async fn self_service_erasure_ends_roles_and_leaderships_the_same_way() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let supporter = supporter_who_completes_a_group(&app, &world).await;
    erasure_ends_what_was_held(&app, &world, supporter, async || {
        let link = json!({"email": "leder1@example.no", "purpose": "erase"});
        app.post(&format!("/api/v1/public/orgs/{}/self-service-links", world.a.slug), None, &link).await.expect(202);
        app.handle_public_requests().await;
        let mail: String = outbox::table
            .filter(outbox::person_id.eq(supporter).and(outbox::body.like("%#token=%")))
            .select(outbox::body)
            .first(&mut app.conn().await)
            .await
            .unwrap();
        let token = crate::helpers::token_in(&mail);
        app.post("/api/v1/public/self-service/erasure", None, &json!({"token": token})).await.expect(200);
    })
    .await;
}
