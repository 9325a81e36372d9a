use diesel_async::RunQueryDsl;
use fellesskap::auth::Role;
use serde_json::json;

use crate::helpers::{PASSWORD, spawn_app};
use crate::world::{World, grant, user};

#[actix_web::test]
async fn a_leader_grants_chapter_roles_within_their_subtree_only() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let newcomer = user(&app, conn, "new@test.example").await;
    grant(conn, newcomer, Role::Member, Some(world.a.id), Some(world.l1.id)).await;
    let token = app.token(world.leader).await;
    let grant = |role: &str| json!({"user_id": newcomer, "role": role});
    let path = |chapter: fellesskap::ids::ChapterId| format!("/api/v1/chapters/{chapter}/grants");
    let created = app.post(&path(world.l1.id), Some(&token), &grant("volunteer")).await.expect(201);
    assert_eq!(created.body["user_email"], "new@test.example");
    assert_eq!(created.body["chapter_id"], world.l1.id.to_string());
    app.post(&path(world.c1.id), Some(&token), &grant("chapter_leader")).await.expect(201);
    app.post(&path(world.c2.id), Some(&token), &grant("volunteer")).await.expect_problem(403, "forbidden");
    app.post("/api/v1/orgs/org-a/grants", Some(&token), &grant("org_admin")).await.expect_problem(403, "forbidden");
    app.post(&path(world.cb.id), Some(&token), &grant("volunteer")).await.expect_problem(404, "not_found");
    assert_eq!(app.count(&format!("grants WHERE user_id = '{newcomer}'")).await, 3);
}

#[actix_web::test]
async fn a_role_is_given_directly_only_to_an_account_already_in_reach() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let stranger = user(&app, &mut app.conn().await, "stranger@test.example").await;
    let token = app.token(world.leader).await;
    let path = format!("/api/v1/chapters/{}/grants", world.c1.id);
    for outsider in [stranger, world.platform_admin, world.org_admin, world.other_org_admin] {
        let reply = app.post(&path, Some(&token), &json!({"user_id": outsider, "role": "volunteer"})).await;
        let reply = reply.expect_problem(404, "unknown_user");
        assert!(!reply.body.to_string().contains("@test.example"), "{}", reply.body);
    }
    let admin = app.token(world.org_admin).await;
    app.post(&path, Some(&admin), &json!({"user_id": world.other_org_admin, "role": "volunteer"}))
        .await
        .expect_problem(404, "unknown_user");
    app.post(&path, Some(&admin), &json!({"user_id": stranger, "role": "volunteer"}))
        .await
        .expect_problem(404, "unknown_user");
    let platform = app.token(world.platform_admin).await;
    app.post(&path, Some(&platform), &json!({"user_id": stranger, "role": "volunteer"})).await.expect(201);
    assert_eq!(
        app.count(&format!("grants WHERE user_id IN ('{}', '{}')", world.platform_admin, world.org_admin)).await,
        2
    );
}

#[actix_web::test]
async fn nobody_gives_themselves_a_role() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let before = app.count("grants").await;
    let token = app.token(world.leader).await;
    let own = json!({"user_id": world.leader, "role": "chapter_leader"});
    app.post(&format!("/api/v1/chapters/{}/grants", world.l1.id), Some(&token), &own)
        .await
        .expect_problem(422, "own_grant");
    let invite = json!({"email": "Leader-C1@test.example", "role": "chapter_leader"});
    app.post(&format!("/api/v1/chapters/{}/invitations", world.c1.id), Some(&token), &invite)
        .await
        .expect_problem(422, "own_grant");
    let admin = app.token(world.org_admin).await;
    app.post("/api/v1/orgs/org-a/grants", Some(&admin), &json!({"user_id": world.org_admin, "role": "org_admin"}))
        .await
        .expect_problem(422, "own_grant");
    assert_eq!(app.count("grants").await, before);
    assert_eq!(app.count("invitations").await, 0);
}

#[actix_web::test]
async fn a_grant_never_outlives_the_one_it_was_made_under() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let short_leader = user(&app, conn, "short@test.example").await;
    let grant_id = grant(conn, short_leader, Role::ChapterLeader, Some(world.a.id), Some(world.c1.id)).await;
    diesel::sql_query(format!("UPDATE grants SET valid_to = now() + interval '1 hour' WHERE id = '{grant_id}'"))
        .execute(conn)
        .await
        .unwrap();
    let ends: String = diesel::sql_query(format!("SELECT valid_to::text AS t FROM grants WHERE id = '{grant_id}'"))
        .get_result::<Text>(conn)
        .await
        .unwrap()
        .t;
    let token = app.token(short_leader).await;
    let path = format!("/api/v1/chapters/{}/grants", world.l1.id);
    let open_ended = json!({"user_id": world.volunteer, "role": "chapter_leader"});
    let made = app.post(&path, Some(&token), &open_ended).await.expect(201);
    let made_ends = made.body["valid_to"].as_str().expect("an end").to_owned();
    assert_eq!(chrono::DateTime::parse_from_rfc3339(&made_ends).unwrap(), parse_pg(&ends));
    let longer = json!({"user_id": world.member, "role": "volunteer", "valid_to": "2099-01-01T00:00:00Z"});
    app.post(&path, Some(&token), &longer).await.expect_problem(422, "grant_outlives_granter");

    let invite = json!({"email": "invited@test.example", "role": "volunteer"});
    app.post(&path.replace("grants", "invitations"), Some(&token), &invite).await.expect(202);
    let accept = json!({"token": app.mailed_token("invited@test.example").await, "display_name": "Invited", "password": "a long enough password"});
    let accepted = app.post("/api/v1/invitations/accept", None, &accept).await.expect(201);
    let ends_of = |id: &str| format!("grants WHERE id = '{id}' AND valid_to = '{ends}'::timestamptz");
    assert_eq!(app.count(&ends_of(accepted.body["grant_id"].as_str().unwrap())).await, 1);
}

#[derive(diesel::QueryableByName)]
struct Text {
    #[diesel(sql_type = diesel::sql_types::Text)]
    t: String,
}

fn parse_pg(timestamp: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_str(timestamp, "%Y-%m-%d %H:%M:%S%.f%#z").expect("a PostgreSQL timestamp")
}

#[actix_web::test]
async fn roles_fit_their_place_by_construction() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
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
    let token = app.token(world.leader).await;
    let grants = app.get(&format!("/api/v1/chapters/{}/grants", world.c1.id), Some(&token)).await.expect(200);
    let emails: Vec<&str> =
        grants.body["items"].as_array().unwrap().iter().map(|g| g["user_email"].as_str().unwrap()).collect();
    assert_eq!(emails, ["leader-c1@test.example", "volunteer-c1@test.example", "member-c1@test.example"]);
    app.get(&format!("/api/v1/chapters/{}/grants", world.c2.id), Some(&token)).await.expect(403);
    app.get(&format!("/api/v1/chapters/{}/grants", world.cb.id), Some(&token)).await.expect(404);
    app.get(&format!("/api/v1/chapters/{}/grants", world.c1.id), Some(&app.token(world.volunteer).await))
        .await
        .expect(403);
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
        .get(
            &format!("/api/v1/chapters/{}/grants?role=volunteer", world.c1.id),
            Some(&app.token(world.org_admin).await),
        )
        .await;
    let grant_id = list.body["items"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/grants/{grant_id}");
    app.call("DELETE", &path, Some(&app.token(world.other_org_admin).await), None).await.expect(404);
    app.call("DELETE", &path, Some(&app.token(world.volunteer).await), None).await.expect(403);
    app.call("DELETE", &path, Some(&app.token(world.leader).await), None).await.expect(204);
    app.call("DELETE", &path, Some(&app.token(world.leader).await), None).await.expect(204);
    assert_eq!(app.count("audit_events WHERE action = 'revoke'").await, 1);
    let active = app
        .get(
            &format!("/api/v1/chapters/{}/grants?role=volunteer", world.c1.id),
            Some(&app.token(world.org_admin).await),
        )
        .await;
    assert_eq!(active.body["items"].as_array().unwrap().len(), 0);
    let all = app
        .get(
            &format!("/api/v1/chapters/{}/grants?role=volunteer&include_inactive=true", world.c1.id),
            Some(&app.token(world.org_admin).await),
        )
        .await;
    assert_eq!(all.body["items"].as_array().unwrap().len(), 1);
}

#[actix_web::test]
async fn an_invitation_creates_the_account_and_the_role_once() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let invite = json!({"email": "Ny.Leder@Test.Example", "role": "chapter_leader", "language": "en"});
    let path = format!("/api/v1/chapters/{}/invitations", world.l1.id);
    let invitation = app.post(&path, Some(&app.token(world.leader).await), &invite).await.expect(202);
    let token = app.mailed_token("ny.leder@test.example").await;
    assert!(!invitation.body.to_string().contains(&token), "the inviter never sees the token");
    assert!(invitation.body.get("token").is_none());
    let mail = app.mails_to("ny.leder@test.example").await.remove(0);
    assert!(mail.contains("as a chapter leader") && mail.contains("/invitations/accept#token="), "{mail}");
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
async fn an_invitation_to_an_existing_account_needs_that_account_signed_in() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let invite = json!({"email": "admin-b@test.example", "role": "volunteer"});
    let path = format!("/api/v1/chapters/{}/invitations", world.c1.id);
    app.post(&path, Some(&app.token(world.org_admin).await), &invite).await.expect(202);
    let token = app.mailed_token("admin-b@test.example").await;
    let anonymous = json!({"token": token, "display_name": "Takeover", "password": "the inviter's choice"});
    app.post("/api/v1/invitations/accept", None, &anonymous).await.expect_problem(401, "sign_in_required");
    let someone_else = app.token(world.member).await;
    app.post("/api/v1/invitations/accept", Some(&someone_else), &json!({"token": token}))
        .await
        .expect_problem(401, "sign_in_required");
    assert_eq!(app.count(&format!("grants WHERE user_id = '{}'", world.other_org_admin)).await, 1);
    app.login("admin-b@test.example", PASSWORD).await.expect(200);

    let invitee = app.token(world.other_org_admin).await;
    let accepted = app.post("/api/v1/invitations/accept", Some(&invitee), &json!({"token": token})).await.expect(201);
    assert_eq!(accepted.body["account_created"], false);
    assert_eq!(accepted.body["user_id"], world.other_org_admin.to_string());
    app.get("/api/v1/orgs/org-a", Some(&invitee)).await.expect(200);
}

#[actix_web::test]
async fn inviting_answers_alike_whether_or_not_the_address_has_an_account() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.leader).await;
    let path = format!("/api/v1/chapters/{}/invitations", world.c1.id);
    let invite = |email: &str| json!({"email": email, "role": "volunteer", "language": "nb"});
    let known = app.post(&path, Some(&token), &invite("platform@test.example")).await.expect(202);
    let unknown = app.post(&path, Some(&token), &invite("nobody@test.example")).await.expect(202);
    let keys = |body: &serde_json::Value| body.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&known.body), keys(&unknown.body));
    let without_link = |mail: String| mail[..mail.find("#token=").unwrap()].to_owned();
    assert_eq!(
        without_link(app.mails_to("platform@test.example").await.remove(0)),
        without_link(app.mails_to("nobody@test.example").await.remove(0))
    );
}

#[actix_web::test]
async fn an_invitation_lapses_with_the_inviters_power() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let path = format!("/api/v1/chapters/{}/invitations", world.c1.id);
    let invite = json!({"email": "late@test.example", "role": "volunteer"});
    app.post(&path, Some(&app.token(world.leader).await), &invite).await.expect(202);
    diesel::sql_query(format!("UPDATE grants SET valid_to = now() WHERE user_id = '{}'", world.leader))
        .execute(&mut app.conn().await)
        .await
        .unwrap();
    let accept = json!({"token": app.mailed_token("late@test.example").await, "display_name": "Late", "password": "a long enough password"});
    app.post("/api/v1/invitations/accept", None, &accept).await.expect_problem(404, "invalid_invitation");
    assert_eq!(app.count("users WHERE email = 'late@test.example'").await, 0);
}

#[actix_web::test]
async fn a_volunteer_cannot_invite() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let invite = json!({"email": "x@test.example", "role": "member"});
    let path = format!("/api/v1/chapters/{}/invitations", world.c1.id);
    app.post(&path, Some(&app.token(world.volunteer).await), &invite).await.expect_problem(403, "forbidden");
    assert_eq!(app.count("invitations").await, 0);
}
