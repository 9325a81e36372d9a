use serde_json::json;

use crate::helpers::spawn_app;
use crate::world::World;

#[actix_web::test]
async fn writes_are_audited_with_actor_request_and_field_names_only() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let req = app
        .request("PATCH", &format!("/api/v1/chapters/{}", world.c1.id))
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("x-request-id", "audit-test-1"))
        .insert_header(("if-match", "*"));
    app.send(req, Some(&json!({"name": "Secret New Name"}))).await.expect(200);
    let audit = app.get("/api/v1/orgs/org-a/audit", Some(&token)).await.expect(200);
    let event = &audit.body["items"][0];
    assert_eq!(event["action"], "update");
    assert_eq!(event["entity_type"], "chapter");
    assert_eq!(event["entity_id"], world.c1.id.to_string());
    assert_eq!(event["actor_user_id"], world.org_admin.to_string());
    assert_eq!(event["request_id"], "audit-test-1");
    assert_eq!(event["changed_fields"], json!(["name"]));
    assert!(!audit.body.to_string().contains("Secret New Name"), "values must not reach the audit trail");
}

#[actix_web::test]
async fn the_audit_trail_is_for_org_admins_of_that_organisation() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    app.get("/api/v1/orgs/org-a/audit", Some(&app.token(world.leader).await)).await.expect_problem(403, "forbidden");
    app.get("/api/v1/orgs/org-a/audit", Some(&app.token(world.other_org_admin).await))
        .await
        .expect_problem(404, "not_found");
    app.get("/api/v1/orgs/org-b/audit", Some(&app.token(world.other_org_admin).await)).await.expect(200);
}

#[actix_web::test]
async fn the_audit_trail_filters_and_pages_newest_first() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    for name in ["one", "two", "three"] {
        app.patch(&format!("/api/v1/chapters/{}", world.c2.id), Some(&token), &json!({"name": name})).await.expect(200);
    }
    app.get("/api/v1/orgs/org-a/grants", Some(&token)).await.expect(200);
    let updates = app
        .get(&format!("/api/v1/orgs/org-a/audit?action=update&entity_id={}&limit=2", world.c2.id), Some(&token))
        .await
        .expect(200);
    assert_eq!(updates.body["items"].as_array().unwrap().len(), 2);
    let cursor = updates.body["next_cursor"].as_str().unwrap().to_owned();
    let rest = app
        .get(
            &format!("/api/v1/orgs/org-a/audit?action=update&entity_id={}&limit=2&cursor={cursor}", world.c2.id),
            Some(&token),
        )
        .await;
    assert_eq!(rest.body["items"].as_array().unwrap().len(), 1);
    assert!(rest.body["next_cursor"].is_null());
    let first = updates.body["items"][0]["id"].as_str().unwrap();
    let last = rest.body["items"][0]["id"].as_str().unwrap();
    assert!(first > last, "newest first");
    let reads = app.get("/api/v1/orgs/org-a/audit?action=list", Some(&token)).await;
    assert_eq!(reads.body["items"][0]["entity_type"], "grant");
}
