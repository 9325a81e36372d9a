//! Accounts linked to the person they are: by accepting an invitation sent to the record's
//! address or by staff, and what `GET /me` and `/me/activities` then show of their own work.

use chrono::{Days, Months, Utc};
use fellesskap::ids::UserId;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::volunteers::{assign, course, person};
use crate::world::World;

/// Invites `email` as a volunteer of C1 and accepts with a new account; the acceptance.
pub async fn invite_and_accept(app: &TestApp, world: &World, email: &str) -> Value {
    let leader = app.token(world.leader).await;
    let invite = json!({"email": email, "role": "volunteer"});
    app.post(&format!("/api/v1/chapters/{}/invitations", world.c1.id), Some(&leader), &invite).await.expect(202);
    let accept = json!({"token": app.mailed_token(&email.to_lowercase()).await, "display_name": "Vera", "password": "a long enough password"});
    app.post("/api/v1/invitations/accept", None, &accept).await.expect(201).body
}

pub fn user_of(accepted: &Value) -> UserId {
    accepted["user_id"].as_str().unwrap().parse::<Uuid>().unwrap().into()
}

#[actix_web::test]
async fn accepting_at_the_records_address_links_it_and_me_shows_roles_courses_and_groups() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let vera = person(&app, &world, world.c1.id, 0, "nb").await;
    let today = Utc::now().date_naive();
    let started = today - Days::new(60);
    assign(&app, &admin, world.c1.id, json!({"person_id": vera, "role": "peer_supporter", "from_on": started}))
        .await
        .expect(201);
    course(&app, &world, world.c1.id, "peer_supporter_course", today - Days::new(30), &[vera]).await;
    let group = json!({"kind": "grief_group", "name": "Sorggruppe Trondheim", "starts_on": started});
    let group = app.post(&format!("/api/v1/chapters/{}/groups", world.c1.id), Some(&admin), &group).await.expect(201);
    let lead = json!({"person_id": vera, "leader_kind": "trained_bereaved", "from_on": started});
    let group_id = group.body["id"].as_str().unwrap();
    app.post(&format!("/api/v1/groups/{group_id}/leaders"), Some(&admin), &lead).await.expect(201);

    let accepted = invite_and_accept(&app, &world, "Vera0@Example.no").await;
    assert_eq!(accepted["person_linked"], true);
    assert_eq!(app.count("account_people").await, 1);

    let me = app.get("/api/v1/me", Some(&app.token(user_of(&accepted)).await)).await.expect(200).body;
    let own = &me["people"][0];
    assert_eq!(me["people"].as_array().unwrap().len(), 1, "{me}");
    assert_eq!(own["person_id"], json!(vera));
    assert_eq!(own["organisation_slug"], world.a.slug);
    assert_eq!(own["roles"][0]["role"], "peer_supporter");
    assert_eq!(own["roles"][0]["chapter_name"], "C1");
    assert_eq!(own["roles"][0]["active"], true);
    let expires = (today - Days::new(30)).checked_add_months(Months::new(24)).unwrap();
    assert_eq!(own["roles"][0]["qualified_until"], json!(expires));
    assert_eq!(own["qualifications"][0]["course_type"], "peer_supporter_course");
    assert_eq!(own["qualifications"][0]["days_to_expiry"], (expires - today).num_days());
    assert_eq!(own["groups"][0]["name"], "Sorggruppe Trondheim");
    assert_eq!(own["groups"][0]["leader_kind"], "trained_bereaved");
}

#[actix_web::test]
async fn an_address_no_record_holds_links_nothing() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    person(&app, &world, world.c1.id, 0, "nb").await;
    let accepted = invite_and_accept(&app, &world, "stranger@example.no").await;
    assert_eq!(accepted["person_linked"], false);
    let me = app.get("/api/v1/me", Some(&app.token(user_of(&accepted)).await)).await.expect(200).body;
    assert_eq!(me["people"], json!([]));
    assert_eq!(app.count("account_people").await, 0);
}

#[actix_web::test]
async fn a_volunteer_sees_the_entries_they_logged_and_nobody_elses() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let volunteer = app.token(world.volunteer).await;
    let leader = app.token(world.leader).await;
    let entry = |minutes: u32| {
        json!({"kind": "peer_conversation", "held_on": Utc::now().date_naive(), "duration_minutes": minutes,
               "participants": 1, "channel": "phone"})
    };
    let url = format!("/api/v1/chapters/{}/activities", world.c1.id);
    let mine = app.post(&url, Some(&volunteer), &entry(45)).await.expect(201);
    app.post(&url, Some(&leader), &entry(30)).await.expect(201);
    let other = format!("/api/v1/chapters/{}/activities", world.c2.id);
    app.post(&other, Some(&volunteer), &entry(20)).await.expect_problem(403, "forbidden");

    let own = app.get("/api/v1/me/activities", Some(&volunteer)).await.expect(200).body;
    let items = own["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{own}");
    assert_eq!(items[0]["id"], mine.body["id"]);
    assert_eq!(items[0]["duration_minutes"], 45);
    let leaders = app.get("/api/v1/me/activities", Some(&leader)).await.expect(200).body;
    assert_eq!(leaders["items"][0]["duration_minutes"], 30);
}

#[actix_web::test]
async fn the_secretariat_links_an_account_of_the_organisation_once_and_never_its_own() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.org_admin).await;
    let vera = person(&app, &world, world.c1.id, 0, "nb").await;
    let olav = person(&app, &world, world.c1.id, 1, "nb").await;
    let link = |person: Uuid| format!("/api/v1/members/{person}/account");
    let body = |user: UserId| json!({"user_id": user});

    let linked = app.call("PUT", &link(vera), Some(&leader), Some(&body(world.volunteer))).await.expect(200);
    assert_eq!(linked.body["user_id"], json!(world.volunteer));
    app.call("PUT", &link(vera), Some(&leader), Some(&body(world.volunteer))).await.expect(200);
    assert_eq!(app.count("account_people").await, 1);
    assert_eq!(app.count("audit_events WHERE action = 'link_account'").await, 1);
    let told = app.mails_to("vera0@example.no").await;
    assert!(told.iter().any(|m| m.contains("volunteer-c1@test.example")), "the record's address is told: {told:?}");
    let chapter_leader = app.token(world.leader).await;
    let refused = app.call("PUT", &link(olav), Some(&chapter_leader), Some(&body(world.member))).await;
    refused.expect_problem(403, "forbidden");

    // An account with no role where the leader reaches is unknown to them.
    app.call("PUT", &link(olav), Some(&leader), Some(&body(world.other_org_admin)))
        .await
        .expect_problem(404, "unknown_user");
    app.call("PUT", &link(olav), Some(&leader), Some(&body(world.org_admin))).await.expect_problem(422, "own_link");
    app.call("PUT", &link(olav), Some(&leader), Some(&body(world.volunteer)))
        .await
        .expect_problem(409, "account_already_linked");
    app.call("PUT", &link(vera), Some(&leader), Some(&body(world.member)))
        .await
        .expect_problem(409, "person_already_linked");
    assert_eq!(app.count("account_people").await, 1);

    let me = app.get("/api/v1/me", Some(&app.token(world.volunteer).await)).await.expect(200).body;
    assert_eq!(me["people"][0]["person_id"], json!(vera));
    app.call("DELETE", &link(vera), Some(&leader), None).await.expect(204);
    app.call("DELETE", &link(vera), Some(&leader), None).await.expect(204);
    assert_eq!(app.count("account_people").await, 0);
    assert_eq!(app.count("audit_events WHERE action = 'unlink_account'").await, 1);
}

#[actix_web::test]
async fn the_link_is_in_the_export_and_erasure_removes_it() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let vera = person(&app, &world, world.c1.id, 0, "nb").await;
    let accepted = invite_and_accept(&app, &world, "vera0@example.no").await;
    let export = app.get(&format!("/api/v1/members/{vera}/export"), Some(&admin)).await.expect(200).body;
    assert_eq!(export["account"]["email"], "vera0@example.no");
    app.post(&format!("/api/v1/members/{vera}/erasure"), Some(&admin), &json!({})).await.expect(200);
    assert_eq!(app.count("account_people").await, 0);
    let me = app.get("/api/v1/me", Some(&app.token(user_of(&accepted)).await)).await.expect(200).body;
    assert_eq!(me["people"], json!([]));
}
