//! What a request costs the database: how many statements it sends, and whether a read waits
//! for a WAL flush. Counted with `pg_stat_statements` on the test's own database.

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl, SimpleAsyncConnection};
use fellesskap::db::schema::audit_events;
use serde_json::json;
use uuid::Uuid;

use crate::helpers::spawn_app;
use crate::members::{create, new_member};
use crate::world::World;

/// A member of `chapter` with contact details of their own.
fn member_with(chapter: fellesskap::ids::ChapterId, n: u8) -> serde_json::Value {
    let mut body = new_member(chapter, &format!("m{n}@example.no"));
    body["phone"] = json!(format!("91234 56{n}"));
    body
}

/// The statements sent, less the set-up of a newly opened connection (the one that reads the
/// statistics is new).
fn total(statements: &BTreeMap<String, i64>) -> i64 {
    statements.iter().filter(|(query, _)| !query.starts_with("SET ")).map(|(_, calls)| calls).sum()
}

fn ran(statements: &BTreeMap<String, i64>, fragment: &str) -> i64 {
    statements.iter().filter(|(query, _)| query.contains(fragment)).map(|(_, calls)| calls).sum()
}

#[actix_web::test]
async fn reading_a_member_sends_three_statements_and_its_audit_record_does_not_wait_for_the_disk() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.leader).await;
    let created = create(&app, &token, &world.a.slug, &new_member(world.l1.id, "kari@example.no")).await.expect(201);
    let id = created.body["id"].as_str().unwrap().to_owned();
    // A second membership after the first ended, so the one statement has two histories to
    // bring back.
    let first = created.body["memberships"][0]["id"].as_str().unwrap().to_owned();
    let resign = json!({"status": "resigned"});
    app.post(&format!("/api/v1/memberships/{first}/changes"), Some(&token), &resign).await.expect(200);
    let rejoin = json!({"chapter_id": world.l1.id, "membership_type": "ordinary"});
    app.post(&format!("/api/v1/members/{id}/memberships"), Some(&token), &rejoin).await.expect(201);

    app.reset_statements().await;
    let reply = app.get(&format!("/api/v1/members/{id}"), Some(&token)).await.expect(200);
    let statements = app.take_statements().await;

    assert_eq!(reply.body["memberships"].as_array().unwrap().len(), 2);
    assert_eq!(reply.body["memberships"][0]["periods"].as_array().unwrap().len(), 2, "joined, then resigned");
    assert_eq!(total(&statements), 3, "the caller, the member with its history, the audit record: {statements:#?}");
    assert_eq!(ran(&statements, "record_read_event"), 1, "{statements:#?}");
    assert_eq!(ran(&statements, "INSERT INTO \"audit_events\""), 0, "a read's record is not a plain insert");
    let conn = &mut app.conn().await;
    let reads: i64 = audit_events::table
        .filter(audit_events::entity_id.eq(id.parse::<Uuid>().unwrap()).and(audit_events::action.eq("read")))
        .count()
        .get_result(conn)
        .await
        .unwrap();
    assert_eq!(reads, 1);
}

#[actix_web::test]
async fn a_member_list_sends_six_statements() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.leader).await;
    for n in 0..3 {
        create(&app, &token, &world.a.slug, &member_with(world.l1.id, n)).await.expect(201);
    }
    app.reset_statements().await;
    let reply = app.get(&format!("/api/v1/chapters/{}/members?limit=50", world.c1.id), Some(&token)).await.expect(200);
    let statements = app.take_statements().await;
    assert_eq!(reply.body["items"].as_array().unwrap().len(), 3);
    // The caller, the chapter with its organisation, the subtree's chapters, the page, the
    // page's memberships, the audit record.
    assert_eq!(total(&statements), 6, "{statements:#?}");
    assert_eq!(ran(&statements, "record_read_event"), 1, "{statements:#?}");
}

/// A read's audit record and a rate-limit hit commit without waiting for the disk; neither may
/// relax a transaction that has written something else.
#[actix_web::test]
async fn the_relaxed_commits_refuse_a_transaction_that_has_written() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let relaxed = [
        format!("SELECT record_read_event('{}', NULL, NULL, 'read', 'member', NULL, NULL)", Uuid::now_v7()),
        "SELECT * FROM count_rate_limit_hits(ARRAY['login:address:127.0.0.1'], 900)".to_owned(),
    ];
    for statement in relaxed {
        let refused = conn
            .transaction::<(), diesel::result::Error, _>(async |conn| {
                conn.batch_execute(&format!("UPDATE organisations SET name = name WHERE id = '{}'", world.a.id.uuid()))
                    .await?;
                conn.batch_execute(&statement).await
            })
            .await;
        let message = refused.expect_err("refused inside a transaction that wrote").to_string();
        assert!(message.contains("inside a transaction that has written"), "{statement}: {message}");
    }
}

/// A rate-limit hit is refused inside a transaction, even one that has not written yet: its
/// relaxed commit would hold for whatever the transaction writes after it.
#[actix_web::test]
async fn a_rate_limit_hit_is_refused_inside_a_transaction() {
    let app = spawn_app().await;
    let conn = &mut app.conn().await;
    let inside = conn
        .transaction::<(), fellesskap::error::ApiError, _>(async |conn| {
            fellesskap::auth::throttle::hit(conn, &[("login:address:127.0.0.1", 10)], 900).await
        })
        .await;
    assert!(inside.is_err(), "refused inside a transaction");
    fellesskap::auth::throttle::hit(conn, &[("login:address:127.0.0.1", 10)], 900).await.expect("counted on its own");
    assert_eq!(app.count("rate_limit_windows").await, 1);
}
