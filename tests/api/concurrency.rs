//! No lost updates: concurrent editors of one record, each retrying on 412, end in a state that
//! holds every write that succeeded, and only those.

use serde_json::{Value, json};

use crate::helpers::spawn_app;
use crate::world::World;

const EDITORS: usize = 8;
const WRITES_EACH: usize = 3;

/// Appends one letter to the chapter's name with read-modify-write under If-Match, retrying
/// until it lands; returns how many attempts were refused as stale.
async fn append(address: String, token: String, chapter: String, letter: char) -> usize {
    let client = awc::Client::default();
    let url = format!("{address}/api/v1/chapters/{chapter}");
    let mut stale = 0;
    for _ in 0..WRITES_EACH {
        loop {
            let mut read = client.get(&url).bearer_auth(&token).send().await.unwrap();
            let etag = read.headers().get("etag").unwrap().to_str().unwrap().to_owned();
            let body: Value = read.json().await.unwrap();
            let name = format!("{}{letter}", body["name"].as_str().unwrap());
            let write = client
                .patch(&url)
                .bearer_auth(&token)
                .insert_header(("if-match", etag))
                .send_json(&json!({"name": name}))
                .await
                .unwrap();
            match write.status().as_u16() {
                200 => break,
                412 => stale += 1,
                other => panic!("unexpected status {other}"),
            }
        }
    }
    stale
}

#[actix_web::test]
async fn concurrent_editors_lose_no_update() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let editors: Vec<_> = ('a'..)
        .take(EDITORS)
        .map(|letter| actix_web::rt::spawn(append(app.address.clone(), token.clone(), world.c2.id.to_string(), letter)))
        .collect();
    let mut stale = 0;
    for editor in editors {
        stale += editor.await.unwrap();
    }
    let chapter = app.get(&format!("/api/v1/chapters/{}", world.c2.id), Some(&token)).await.expect(200);
    let name = chapter.body["name"].as_str().unwrap();
    assert_eq!(name.len(), "C2".len() + EDITORS * WRITES_EACH, "{name}");
    for letter in ('a'..).take(EDITORS) {
        assert_eq!(name.matches(letter).count(), WRITES_EACH, "{name}");
    }
    assert_eq!(chapter.body["version"], 1 + (EDITORS * WRITES_EACH) as i64);
    assert_eq!(app.count("audit_events WHERE action = 'update'").await, (EDITORS * WRITES_EACH) as i64);
    assert!(stale > 0, "the editors never collided, so the test proved nothing");
}
