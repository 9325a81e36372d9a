use serde_json::json;

use crate::helpers::{PASSWORD, spawn_app};
use crate::world::{World, user};

#[actix_web::test]
async fn a_leader_grants_chapter_roles_within_their_subtree_only() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let newcomer = user(&app, &mut app.conn().await, "new@test.example").await;
    let token = app.token(world.leader);
    let grant = |role: &str| json!({"user_id": newcomer, "role": role});
    let path = |chapter: uuid::Uuid| format!("/api/v1/chapters/{chapter}/grants");
    let created = app.post(&path(world.l1.id), Some(&token), &grant("volunteer")).await.expect(201);
    assert_eq!(created.body["user_email"], "new@test.example");
    assert_eq!(created.body["chapter_id"], world.l1.id.to_string());
    app.post(&path(world.c1.id), Some(&token), &grant("chapter_leader")).await.expect(201);
    app.post(&path(world.c2.id), Some(&token), &grant("volunteer")).await.expect_problem(403, "forbidden");
    app.post("/api/v1/orgs/org-a/grants", Some(&token), &grant("org_admin")).await.expect_problem(403, "forbidden");
    app.post(&path(world.cb.id), Some(&token), &grant("volunteer")).await.expect_problem(404, "not_found");
    assert_eq!(app.count(&format!("grants WHERE user_id = '{newcomer}'")).await, 2);
}

#[actix_web::test]
async fn roles_fit_their_place_by_construction() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin);
    let org_grants = "/api/v1/orgs/org-a/grants";
    let chapter_grants = format!("/api/v1/chapters/{}/grants", world.c1.id);
    for (path, role) in
        [(org_grants, "volunteer"), (org_grants, "platform_admin"), (chapter_grants.as_str(), "org_admin")]
    {
        let reply = app.post(path, Some(&token), &json!({"user_id": world.member, "role": role})).await;
        reply.expect_problem(400, "invalid_body");
    }
    let made =
        app.post(org_grants, Some(&token), &json!({"user_id": world.member, "role": "org_admin"})).await.expect(201);
    assert!(made.body["chapter_id"].is_null());
    let unknown = json!({"user_id": uuid::Uuid::now_v7(), "role": "volunteer"});
    app.post(&chapter_grants, Some(&token), &unknown).await.expect_problem(404, "unknown_user");
    let backwards = json!({"user_id": world.member, "role": "volunteer", "valid_from": "2030-01-01T00:00:00Z", "valid_to": "2029-01-01T00:00:00Z"});
    app.post(&chapter_grants, Some(&token), &backwards).await.expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn reading_a_chapters_grants_is_scoped_and_audited() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.leader);
    let grants = app.get(&format!("/api/v1/chapters/{}/grants", world.c1.id), Some(&token)).await.expect(200);
    let emails: Vec<&str> =
        grants.body["items"].as_array().unwrap().iter().map(|g| g["user_email"].as_str().unwrap()).collect();
    assert_eq!(emails, ["leader-c1@test.example", "volunteer-c1@test.example", "member-c1@test.example"]);
    app.get(&format!("/api/v1/chapters/{}/grants", world.c2.id), Some(&token)).await.expect(403);
    app.get(&format!("/api/v1/chapters/{}/grants", world.cb.id), Some(&token)).await.expect(404);
    app.get(&format!("/api/v1/chapters/{}/grants", world.c1.id), Some(&app.token(world.volunteer))).await.expect(403);
    assert_eq!(
        app.count(&format!(
            "audit_events WHERE action = 'list' AND entity_type = 'grant' AND actor_user_id = '{}'",
            world.leader
        ))
        .await,
        1
    );
}

#[actix_web::test]
async fn revoking_is_limited_to_those_who_could_grant_and_repeats_harmlessly() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let list = app
        .get(&format!("/api/v1/chapters/{}/grants?role=volunteer", world.c1.id), Some(&app.token(world.org_admin)))
        .await;
    let grant_id = list.body["items"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/grants/{grant_id}");
    app.call("DELETE", &path, Some(&app.token(world.other_org_admin)), None).await.expect(404);
    app.call("DELETE", &path, Some(&app.token(world.volunteer)), None).await.expect(403);
    app.call("DELETE", &path, Some(&app.token(world.leader)), None).await.expect(204);
    app.call("DELETE", &path, Some(&app.token(world.leader)), None).await.expect(204);
    assert_eq!(app.count("audit_events WHERE action = 'revoke'").await, 1);
    let active = app
        .get(&format!("/api/v1/chapters/{}/grants?role=volunteer", world.c1.id), Some(&app.token(world.org_admin)))
        .await;
    assert_eq!(active.body["items"].as_array().unwrap().len(), 0);
    let all = app
        .get(
            &format!("/api/v1/chapters/{}/grants?role=volunteer&include_inactive=true", world.c1.id),
            Some(&app.token(world.org_admin)),
        )
        .await;
    assert_eq!(all.body["items"].as_array().unwrap().len(), 1);
}

#[actix_web::test]
async fn an_invitation_creates_the_account_and_the_role_once() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let invite = json!({"email": "Ny.Leder@Test.Example", "role": "chapter_leader"});
    let path = format!("/api/v1/chapters/{}/invitations", world.l1.id);
    let invitation = app.post(&path, Some(&app.token(world.leader)), &invite).await.expect(201);
    let token = invitation.body["token"].as_str().unwrap().to_owned();
    app.post("/api/v1/invitations/accept", None, &json!({"token": token}))
        .await
        .expect_problem(422, "account_details_required");
    let accept = json!({"token": token, "display_name": "Ny Leder", "password": "a long enough password"});
    let accepted = app.post("/api/v1/invitations/accept", None, &accept).await.expect(201);
    assert_eq!(accepted.body["account_created"], true);
    app.post("/api/v1/invitations/accept", None, &accept).await.expect_problem(404, "invalid_invitation");
    let login = app.login("ny.leder@test.example", "a long enough password").await.expect(200);
    let me = app.get("/api/v1/me", login.body["access_token"].as_str()).await;
    assert_eq!(me.body["grants"][0]["role"], "chapter_leader");
    assert_eq!(me.body["grants"][0]["chapter_id"], world.l1.id.to_string());
}

#[actix_web::test]
async fn an_invitation_to_an_existing_account_adds_the_role() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let invite = json!({"email": "admin-b@test.example", "role": "volunteer"});
    let path = format!("/api/v1/chapters/{}/invitations", world.c1.id);
    let invitation = app.post(&path, Some(&app.token(world.org_admin)), &invite).await.expect(201);
    let accepted =
        app.post("/api/v1/invitations/accept", None, &json!({"token": invitation.body["token"]})).await.expect(201);
    assert_eq!(accepted.body["account_created"], false);
    assert_eq!(accepted.body["user_id"], world.other_org_admin.to_string());
    app.login("admin-b@test.example", PASSWORD).await.expect(200);
    app.get("/api/v1/orgs/org-a", Some(&app.token(world.other_org_admin))).await.expect(200);
}

#[actix_web::test]
async fn a_volunteer_cannot_invite() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let invite = json!({"email": "x@test.example", "role": "member"});
    let path = format!("/api/v1/chapters/{}/invitations", world.c1.id);
    app.post(&path, Some(&app.token(world.volunteer)), &invite).await.expect_problem(403, "forbidden");
    assert_eq!(app.count("invitations").await, 0);
}
