//! A leader who registers someone already registered out of their reach learns nothing: the
//! answer is a fresh record's, and the secretariat decides whether the two are one person.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};
use crate::members::{create, new_member};
use crate::world::World;

fn keys(body: &Value) -> BTreeSet<String> {
    body.as_object().unwrap().keys().cloned().collect()
}

/// A member of C2 (out of the C1 leader's reach) and a member of C1, both by the org admin.
async fn members_here_and_elsewhere(app: &TestApp, world: &World) -> (String, String) {
    let admin = app.token(world.org_admin).await;
    let elsewhere = create(app, &admin, &world.a.slug, &new_member(world.c2.id, "elsewhere@example.no")).await;
    let mut here = new_member(world.c1.id, "here@example.no");
    here["phone"] = json!("913 45 678");
    let here = create(app, &admin, &world.a.slug, &here).await;
    (
        elsewhere.expect(201).body["id"].as_str().unwrap().to_owned(),
        here.expect(201).body["id"].as_str().unwrap().to_owned(),
    )
}

#[actix_web::test]
async fn registering_someone_registered_elsewhere_answers_as_for_anyone_new() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let (elsewhere, _) = members_here_and_elsewhere(&app, &world).await;
    let leader = app.token(world.leader).await;
    let mut fresh = new_member(world.c1.id, "fresh@example.no");
    fresh["phone"] = json!("914 56 789");
    let fresh = create(&app, &leader, &world.a.slug, &fresh).await.expect(201);
    let mut clash = new_member(world.c1.id, "elsewhere@example.no");
    clash["phone"] = json!("915 67 890");
    let clash = create(&app, &leader, &world.a.slug, &clash).await.expect(201);
    assert_eq!(keys(&clash.body), keys(&fresh.body));
    assert_eq!(clash.body["email"], "elsewhere@example.no", "the leader sees what they registered");
    assert_eq!(clash.body["memberships"][0]["status"], fresh.body["memberships"][0]["status"]);
    let held = clash.body["id"].as_str().unwrap();
    app.get(&format!("/api/v1/members/{held}"), Some(&leader)).await.expect(200);

    // Someone the leader can see is still named: they may open that record.
    let again = new_member(world.c1.id, "here@example.no");
    create(&app, &leader, &world.a.slug, &again).await.expect_problem(409, "email_registered");
    // Editing one's own member to the other's number is answered like any edit.
    let edit = json!({"phone": "912 34 567"});
    let fresh_id = fresh.body["id"].as_str().unwrap();
    app.patch(&format!("/api/v1/members/{fresh_id}"), Some(&leader), &edit).await.expect(200);

    assert_eq!(app.count("people WHERE email = 'elsewhere@example.no'").await, 2);
    assert_eq!(app.count(&format!("people WHERE contact_held AND id IN ('{held}', '{fresh_id}')")).await, 2);
    let open = format!("member_requests WHERE decision IS NULL AND existing_person_id = '{elsewhere}'");
    assert_eq!(app.count(&open).await, 2, "the new record and the edited one both wait for the secretariat");

    // Public requests by that address still reach the earlier record alone.
    let link = json!({"email": "elsewhere@example.no", "purpose": "export"});
    app.post(&format!("/api/v1/public/orgs/{}/self-service-links", world.a.slug), None, &link).await.expect(202);
    app.handle_public_requests().await;
    assert_eq!(app.count(&format!("self_service_links WHERE person_id = '{elsewhere}'")).await, 1);
    assert_eq!(app.count("self_service_links").await, 1);
}

#[actix_web::test]
async fn the_secretariat_confirms_one_person_who_then_belongs_where_they_were_registered() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let (elsewhere, _) = members_here_and_elsewhere(&app, &world).await;
    let leader = app.token(world.leader).await;
    let clash = create(&app, &leader, &world.a.slug, &new_member(world.c1.id, "elsewhere@example.no")).await;
    let held = clash.expect(201).body["id"].as_str().unwrap().to_owned();
    app.get(&format!("/api/v1/members/{elsewhere}"), Some(&leader)).await.expect(403);

    let admin = app.token(world.org_admin).await;
    let list = format!("/api/v1/orgs/{}/member-requests", world.a.slug);
    app.get(&list, Some(&leader)).await.expect(403);
    let open = app.get(&list, Some(&admin)).await.expect(200).body;
    let items = open["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{open}");
    assert_eq!(items[0]["member"]["id"], json!(held));
    assert_eq!(items[0]["existing"]["id"], json!(elsewhere));
    assert!(items[0]["decision"].is_null());
    let request = items[0]["id"].as_str().unwrap();

    let confirmed =
        app.post(&format!("/api/v1/member-requests/{request}/confirm"), Some(&admin), &json!({})).await.expect(200);
    assert_eq!(confirmed.body["id"], json!(elsewhere), "the earlier record is kept");
    assert_eq!(confirmed.body["home_chapter_id"], json!(world.c1.id));
    let memberships = confirmed.body["memberships"].as_array().unwrap();
    let status_in = |chapter: uuid::Uuid| {
        memberships
            .iter()
            .filter(|m| m["chapter_id"] == json!(chapter))
            .map(|m| m["status"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(status_in(world.c2.id), [json!("resigned")], "{memberships:?}");
    assert_eq!(status_in(world.c1.id), [json!("active")], "{memberships:?}");
    assert_eq!(app.count(&format!("people WHERE id = '{held}'")).await, 0, "the new record was folded in");
    app.get(&format!("/api/v1/members/{elsewhere}"), Some(&leader)).await.expect(200);

    assert_eq!(app.get(&list, Some(&admin)).await.expect(200).body["items"], json!([]));
    app.post(&format!("/api/v1/member-requests/{request}/confirm"), Some(&admin), &json!({}))
        .await
        .expect_problem(409, "request_closed");
    app.post(&format!("/api/v1/member-requests/{request}/decline"), Some(&admin), &json!({}))
        .await
        .expect_problem(409, "request_closed");
}

#[actix_web::test]
async fn the_secretariat_declines_two_people_who_share_an_address() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let (elsewhere, _) = members_here_and_elsewhere(&app, &world).await;
    let leader = app.token(world.leader).await;
    let mut relative = new_member(world.c1.id, "elsewhere@example.no");
    relative["given_name"] = json!("Per");
    relative["phone"] = json!("916 78 901");
    let held =
        create(&app, &leader, &world.a.slug, &relative).await.expect(201).body["id"].as_str().unwrap().to_owned();
    let admin = app.token(world.org_admin).await;
    let open = app.get(&format!("/api/v1/orgs/{}/member-requests", world.a.slug), Some(&admin)).await.expect(200);
    let request = open.body["items"][0]["id"].as_str().unwrap().to_owned();

    let declined =
        app.post(&format!("/api/v1/member-requests/{request}/decline"), Some(&admin), &json!({})).await.expect(200);
    assert_eq!(declined.body["decision"], "declined");
    assert!(declined.body["decided_at"].is_string());
    for id in [&held, &elsewhere] {
        app.get(&format!("/api/v1/members/{id}"), Some(&admin)).await.expect(200);
    }
    assert_eq!(app.count(&format!("people WHERE id = '{held}' AND contact_held")).await, 1);
    app.post(&format!("/api/v1/member-requests/{request}/decline"), Some(&admin), &json!({}))
        .await
        .expect_problem(409, "request_closed");
    let decided = "audit_events WHERE entity_type = 'member_request' AND action IN ('create', 'decline')";
    assert_eq!(app.count(decided).await, 2, "filed and declined");
}
