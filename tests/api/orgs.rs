use serde_json::json;

use crate::helpers::spawn_app;
use crate::world::World;

fn new_org(slug: &str) -> serde_json::Value {
    json!({
        "slug": slug, "name": "Unge LEVE", "default_language": "nn",
        "youth_age_min": 16, "youth_age_max": 35, "root_chapter_name": "Nasjonalt",
        "chapter_kind_labels": {"county": {"nb": "Fylkeslag"}}
    })
}

#[actix_web::test]
async fn a_platform_admin_creates_an_organisation_with_its_national_chapter() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.platform_admin).await;
    let created = app.post("/api/v1/orgs", Some(&token), &new_org("unge-leve")).await.expect(201);
    assert_eq!(created.body["youth_age_min"], 16);
    assert_eq!(created.body["chapter_kind_labels"]["county"]["nb"], "Fylkeslag");
    let root = app
        .get(&format!("/api/v1/chapters/{}", created.body["root_chapter_id"].as_str().unwrap()), Some(&token))
        .await
        .expect(200);
    assert_eq!(root.body["kind"], "national");
    assert_eq!(root.body["name"], "Nasjonalt");
    assert_eq!(
        app.count("audit_events WHERE entity_type IN ('organisation', 'chapter') AND action = 'create'").await,
        2
    );
    app.post("/api/v1/orgs", Some(&token), &new_org("unge-leve")).await.expect_problem(409, "slug_taken");
}

#[actix_web::test]
async fn an_inverted_youth_band_is_refused() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let mut body = new_org("band");
    body["youth_age_min"] = json!(40);
    let reply = app
        .post("/api/v1/orgs", Some(&app.token(world.platform_admin).await), &body)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(reply.body["errors"][0]["field"], "youth_age_max");
}

#[actix_web::test]
async fn only_platform_admins_create_organisations() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    app.post("/api/v1/orgs", Some(&app.token(world.org_admin).await), &new_org("nope"))
        .await
        .expect_problem(403, "forbidden");
    app.post("/api/v1/orgs", None, &new_org("nope")).await.expect_problem(401, "unauthenticated");
    assert_eq!(app.count("organisations WHERE slug = 'nope'").await, 0);
}

#[actix_web::test]
async fn each_caller_lists_only_their_own_organisations() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let mine = app.get("/api/v1/orgs", Some(&app.token(world.leader).await)).await.expect(200);
    let slugs: Vec<&str> = mine.body["items"].as_array().unwrap().iter().map(|o| o["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["org-a"]);
    let all = app.get("/api/v1/orgs?limit=1", Some(&app.token(world.platform_admin).await)).await.expect(200);
    assert_eq!(all.body["items"][0]["slug"], "org-a");
    let cursor = all.body["next_cursor"].as_str().expect("a second page").to_owned();
    let next = app
        .get(&format!("/api/v1/orgs?limit=1&cursor={cursor}"), Some(&app.token(world.platform_admin).await))
        .await
        .expect(200);
    assert_eq!(next.body["items"][0]["slug"], "org-b");
    assert!(next.body["next_cursor"].is_null());
}

#[actix_web::test]
async fn updates_are_versioned_and_stale_writes_refused() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let read = app.get("/api/v1/orgs/org-a", Some(&token)).await.expect(200);
    assert_eq!(read.header("etag"), Some("\"1\""));
    let req = app
        .request("PATCH", "/api/v1/orgs/org-a")
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("if-match", "\"1\""));
    let updated = app.send(req, Some(&json!({"name": "Renamed", "youth_age_max": 30}))).await.expect(200);
    assert_eq!(updated.body["version"], 2);
    assert_eq!(updated.body["youth_age_max"], 30);
    let req = app
        .request("PATCH", "/api/v1/orgs/org-a")
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("if-match", "\"1\""));
    app.send(req, Some(&json!({"name": "Lost update"}))).await.expect_problem(412, "precondition_failed");
    let after = app.get("/api/v1/orgs/org-a", Some(&token)).await;
    assert_eq!(after.body["name"], "Renamed");
    let audit = app.get("/api/v1/orgs/org-a/audit?action=update", Some(&token)).await.expect(200);
    assert_eq!(audit.body["items"][0]["changed_fields"], json!(["name", "youth_age_max"]));
}
