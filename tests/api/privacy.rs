//! Identity numbers outside the body: in a header or a path segment that would be stored or
//! logged, one is refused with 422 `national_id_number`, under a request id of our own, and
//! nothing is written.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use fellesskap::db::schema::{audit_events, catalogue_entries, chapters};
use serde_json::json;

use crate::helpers::{Reply, spawn_app};
use crate::signup::signup_body;
use crate::world::World;

/// Synthetic numbers with valid check digits, spelt as a client might send them.
const IN_A_REQUEST_ID: &str = "req-010101-50074";
const AS_A_KEY: &str = "01010150074";

#[track_caller]
fn assert_refused(reply: Reply, field: &str, number: &str) {
    let reply = reply.expect_problem(422, "validation_failed");
    assert_eq!(reply.body["errors"][0]["field"], field, "{}", reply.body);
    assert_eq!(reply.body["errors"][0]["code"], "national_id_number");
    let request_id = reply.header("x-request-id").expect("a request id").to_owned();
    assert!(!request_id.contains(number) && reply.body["request_id"] == request_id.as_str(), "{}", reply.body);
    assert!(!reply.body.to_string().contains(number), "the number is not echoed: {}", reply.body);
}

#[actix_web::test]
async fn an_identity_number_in_the_request_id_is_refused_and_not_audited() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let url = format!("/api/v1/chapters/{}", world.c1.id);
    let audited_before = app.count("audit_events").await;
    let rename = json!({"name": "Nytt navn"});
    let reply = app.call_with("PATCH", &url, Some(&token), &[("x-request-id", IN_A_REQUEST_ID)], Some(&rename)).await;
    assert_refused(reply, "X-Request-Id", IN_A_REQUEST_ID);

    let conn = &mut app.conn().await;
    let name: String = chapters::table.find(world.c1.id).select(chapters::name).first(conn).await.unwrap();
    assert_ne!(name, "Nytt navn");
    assert_eq!(app.count("audit_events").await, audited_before);
    let kept: i64 = audit_events::table
        .filter(audit_events::request_id.eq(IN_A_REQUEST_ID))
        .count()
        .get_result(conn)
        .await
        .unwrap();
    assert_eq!(kept, 0);
}

#[actix_web::test]
async fn an_identity_number_as_the_idempotency_key_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let body = signup_body(&app, &world, Some("kari@example.no")).await;
    let url = format!("/api/v1/public/orgs/{}/signups", world.a.slug);
    for key in [AS_A_KEY, "010101_50074", "key:01.01.01.500.74"] {
        let reply = app.call_with("POST", &url, None, &[("idempotency-key", key)], Some(&body)).await;
        assert_refused(reply, "Idempotency-Key", key);
    }
    for table in ["public_requests", "people", "memberships", "signups", "consents", "outbox"] {
        assert_eq!(app.count(table).await, 0, "{table}");
    }
}

#[actix_web::test]
async fn an_identity_number_as_a_catalogue_code_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let entries_before = app.count("catalogue_entries").await;
    let entry = json!({"labels": {"nb": "Støttemedlem", "en": "Supporting member"}});
    for code in ["k01010150074", "k010101_50074"] {
        let url = format!("/api/v1/orgs/{}/catalogues/membership_type/{code}", world.a.slug);
        assert_refused(app.call("PUT", &url, Some(&token), Some(&entry)).await, "path", code);
    }
    assert_eq!(app.count("catalogue_entries").await, entries_before);
    let conn = &mut app.conn().await;
    let codes: Vec<String> = catalogue_entries::table.select(catalogue_entries::code).load(conn).await.unwrap();
    assert!(codes.iter().all(|c| !c.starts_with('k')), "{codes:?}");

    let url = format!("/api/v1/orgs/{}/catalogues/membership_type/k2024_supporter", world.a.slug);
    app.call("PUT", &url, Some(&token), Some(&entry)).await.expect(201);
}
