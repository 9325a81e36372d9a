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

    // A second try tells nothing either: the record just registered is one the leader can see.
    let mut twice = new_member(world.c1.id, "elsewhere@example.no");
    twice["phone"] = json!("917 89 012");
    create(&app, &leader, &world.a.slug, &twice).await.expect_problem(409, "email_registered");
    let mut fresh_twice = new_member(world.c1.id, "fresh@example.no");
    fresh_twice["phone"] = json!("917 89 012");
    create(&app, &leader, &world.a.slug, &fresh_twice).await.expect_problem(409, "email_registered");

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
    // The record that holds the address is edited like any other.
    let phone = json!({"phone": "920 12 345"});
    app.patch(&format!("/api/v1/members/{elsewhere}"), Some(&admin), &phone).await.expect(200);
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
    let status_in = |chapter: fellesskap::ids::ChapterId| {
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

#[actix_web::test]
async fn an_expired_signup_is_not_purged_from_under_a_record_waiting_on_it() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let form = app.get(&format!("/api/v1/public/orgs/{}/signup-form?lang=nb", world.a.slug), None).await.expect(200);
    let signup = json!({"given_name": "Kari", "family_name": "Nordmann", "email": "stale@example.no",
        "chapter_id": world.c2.id, "language": "nb", "consent": true, "consent_version": form.body["consent"]["version"]});
    app.post(&format!("/api/v1/public/orgs/{}/signups", world.a.slug), None, &signup).await.expect(202);
    app.handle_public_requests().await;
    let leader = app.token(world.leader).await;
    create(&app, &leader, &world.a.slug, &new_member(world.c1.id, "stale@example.no")).await.expect(201);
    let conn = &mut app.conn().await;
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query("UPDATE signups SET expires_at = now() - interval '1 minute'"),
        conn,
    )
    .await
    .unwrap();

    assert_eq!(fellesskap::signup::registration::purge_expired(conn).await.unwrap(), 1);
    assert_eq!(app.count("people WHERE email = 'stale@example.no'").await, 2, "the request still has both records");
    assert_eq!(app.count("memberships WHERE status = 'pending'").await, 0, "the unconfirmed membership went");
    assert_eq!(app.count("member_requests WHERE decision IS NULL").await, 1);
}

/// Signs up in C1 with `email` and `phone`, and lets the worker handle it.
async fn sign_up(app: &TestApp, world: &World, email: &str, phone: &str) {
    let form = app.get(&format!("/api/v1/public/orgs/{}/signup-form?lang=nb", world.a.slug), None).await.expect(200);
    let body = json!({"given_name": "Ukjent", "family_name": "Person", "email": email, "phone": phone,
        "chapter_id": world.c1.id, "language": "nb", "consent": true, "consent_version": form.body["consent"]["version"]});
    app.post(&format!("/api/v1/public/orgs/{}/signups", world.a.slug), None, &body).await.expect(202);
    app.handle_public_requests().await;
}

#[actix_web::test]
async fn a_signup_with_a_members_phone_number_gets_what_a_strangers_gets() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let (elsewhere, _) = members_here_and_elsewhere(&app, &world).await;
    sign_up(&app, &world, "prober@example.no", "912 34 567").await;
    sign_up(&app, &world, "control@example.no", "918 90 123").await;
    for address in ["prober@example.no", "control@example.no"] {
        assert_eq!(app.mails_to(address).await.len(), 1, "a confirmation link to {address}, member's number or not");
    }
    assert!(app.mails_to("elsewhere@example.no").await.iter().all(|m| !m.contains("#token=")));
    assert_eq!(app.count(&format!("consents WHERE person_id = '{elsewhere}'")).await, 0, "nothing added to the member");
    let admin = app.token(world.org_admin).await;
    let list = format!("/api/v1/orgs/{}/member-requests", world.a.slug);
    assert_eq!(
        app.get(&list, Some(&admin)).await.expect(200).body["items"],
        json!([]),
        "not before the address is proven"
    );
    let token = app.mailed_token("prober@example.no").await;
    app.post("/api/v1/public/signups/confirm", None, &json!({"token": token})).await.expect(200);
    let open = app.get(&list, Some(&admin)).await.expect(200).body;
    assert_eq!(open["items"].as_array().unwrap().len(), 1, "{open}");
    assert_eq!(open["items"][0]["existing"]["id"], json!(elsewhere));
    assert!(open["items"][0]["requested_by"].is_null(), "it came from the public form");

    // Two people sharing a number: declined, the new record keeps its number held back (the
    // member has it), and its own address, which nobody else has, still reaches it.
    let request = open["items"][0]["id"].as_str().unwrap();
    app.post(&format!("/api/v1/member-requests/{request}/decline"), Some(&admin), &json!({})).await.expect(200);
    assert_eq!(app.count("people WHERE email = 'prober@example.no' AND contact_held").await, 1);
    let link = json!({"email": "prober@example.no", "purpose": "export"});
    app.post(&format!("/api/v1/public/orgs/{}/self-service-links", world.a.slug), None, &link).await.expect(202);
    app.handle_public_requests().await;
    assert_eq!(app.count("self_service_links").await, 1);
}

#[actix_web::test]
async fn a_request_whose_record_was_changed_to_its_own_address_is_moot() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    members_here_and_elsewhere(&app, &world).await;
    let leader = app.token(world.leader).await;
    let clash = create(&app, &leader, &world.a.slug, &new_member(world.c1.id, "elsewhere@example.no")).await;
    let held = clash.expect(201).body["id"].as_str().unwrap().to_owned();
    let admin = app.token(world.org_admin).await;
    let list = format!("/api/v1/orgs/{}/member-requests", world.a.slug);
    let request = app.get(&list, Some(&admin)).await.expect(200).body["items"][0]["id"].as_str().unwrap().to_owned();
    let own = json!({"email": "own@example.no", "phone": "919 01 234"});
    app.patch(&format!("/api/v1/members/{held}"), Some(&leader), &own).await.expect(200);
    assert_eq!(app.count(&format!("people WHERE id = '{held}' AND NOT contact_held")).await, 1);
    assert_eq!(app.get(&list, Some(&admin)).await.expect(200).body["items"], json!([]));
    app.post(&format!("/api/v1/member-requests/{request}/confirm"), Some(&admin), &json!({}))
        .await
        .expect_problem(409, "request_closed");
}

#[actix_web::test]
async fn a_signup_still_queued_when_its_person_is_erased_does_not_bring_them_back() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let (elsewhere, _) = members_here_and_elsewhere(&app, &world).await;
    let form = app.get(&format!("/api/v1/public/orgs/{}/signup-form?lang=nb", world.a.slug), None).await.expect(200);
    let body = json!({"given_name": "Kari", "family_name": "Nordmann", "email": "elsewhere@example.no",
        "chapter_id": world.c1.id, "language": "nb", "consent": true, "consent_version": form.body["consent"]["version"]});
    app.post(&format!("/api/v1/public/orgs/{}/signups", world.a.slug), None, &body).await.expect(202);
    let admin = app.token(world.org_admin).await;
    app.post(&format!("/api/v1/members/{elsewhere}/erasure"), Some(&admin), &json!({})).await.expect(200);
    app.handle_public_requests().await;
    assert_eq!(app.count("people WHERE email = 'elsewhere@example.no'").await, 0);
    assert_eq!(app.count("public_requests").await, 0);
}
