use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

use crate::helpers::{JWT_SECRET_B64, PASSWORD, spawn_app, spawn_app_with, test_config};
use crate::world::World;

#[actix_web::test]
async fn login_returns_tokens_that_open_me() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let tokens = app.login("admin-a@test.example", PASSWORD).await.expect(200);
    assert_eq!(tokens.body["token_type"], "Bearer");
    assert!(tokens.body["refresh_token"].as_str().is_some_and(|t| t.len() >= 40));
    let me = app.get("/api/v1/me", tokens.body["access_token"].as_str()).await.expect(200);
    assert_eq!(me.body["id"], world.org_admin.to_string());
    assert_eq!(me.body["grants"][0]["role"], "org_admin");
    assert_eq!(me.body["grants"][0]["organisation_slug"], "org-a");
    assert_eq!(app.count("audit_events WHERE action = 'login'").await, 1);
}

#[actix_web::test]
async fn login_is_case_insensitive_on_the_email() {
    let app = spawn_app().await;
    World::build(&app).await;
    app.login("Admin-A@Test.Example", PASSWORD).await.expect(200);
}

#[actix_web::test]
async fn wrong_password_and_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    World::build(&app).await;
    let wrong = app.login("admin-a@test.example", "not the password").await.expect_problem(401, "invalid_credentials");
    let unknown = app.login("nobody@test.example", "not the password").await.expect_problem(401, "invalid_credentials");
    assert_eq!(wrong.body["title"], unknown.body["title"]);
    assert_eq!(wrong.body["detail"], unknown.body["detail"]);
}

#[actix_web::test]
async fn repeated_failures_on_one_account_are_throttled_with_retry_after() {
    let mut config = test_config();
    config.login_limit_per_account = 3;
    let app = spawn_app_with(config).await;
    World::build(&app).await;
    for _ in 0..3 {
        app.login("admin-a@test.example", "wrong").await.expect(401);
    }
    let limited = app.login("admin-a@test.example", PASSWORD).await.expect_problem(429, "too_many_requests");
    let retry_after: u64 = limited.header("retry-after").and_then(|v| v.parse().ok()).expect("Retry-After");
    assert!((1..=900).contains(&retry_after));
    app.login("member-c1@test.example", PASSWORD).await.expect(200);
}

#[actix_web::test]
async fn many_attempts_from_one_address_are_throttled() {
    let mut config = test_config();
    config.login_limit_per_address = 4;
    let app = spawn_app_with(config).await;
    World::build(&app).await;
    for i in 0..4 {
        app.login(&format!("nobody{i}@test.example"), "wrong").await.expect(401);
    }
    app.login("admin-a@test.example", PASSWORD).await.expect_problem(429, "too_many_requests");
}

#[actix_web::test]
async fn refresh_rotates_and_reuse_revokes_the_whole_family() {
    let app = spawn_app().await;
    World::build(&app).await;
    let first = app.login("leader-c1@test.example", PASSWORD).await.expect(200).body["refresh_token"].clone();
    let second = app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": first})).await.expect(200);
    let second = second.body["refresh_token"].clone();
    assert_ne!(first, second);
    app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": first}))
        .await
        .expect_problem(401, "invalid_refresh_token");
    app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": second}))
        .await
        .expect_problem(401, "invalid_refresh_token");
    assert_eq!(app.count("refresh_tokens WHERE revoked_at IS NULL").await, 0);
}

#[actix_web::test]
async fn logout_ends_the_session() {
    let app = spawn_app().await;
    World::build(&app).await;
    let refresh = app.login("leader-c1@test.example", PASSWORD).await.expect(200).body["refresh_token"].clone();
    app.post("/api/v1/auth/logout", None, &json!({"refresh_token": refresh})).await.expect(204);
    app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": refresh})).await.expect(401);
    app.post("/api/v1/auth/logout", None, &json!({"refresh_token": "unknown-token"})).await.expect(204);
}

#[actix_web::test]
async fn logout_ends_access_at_once() {
    let app = spawn_app().await;
    World::build(&app).await;
    let tokens = app.login("leader-c1@test.example", PASSWORD).await.expect(200).body;
    let access = tokens["access_token"].as_str().unwrap();
    app.get("/api/v1/me", Some(access)).await.expect(200);
    app.post("/api/v1/auth/logout", None, &json!({"refresh_token": tokens["refresh_token"]})).await.expect(204);
    app.get("/api/v1/me", Some(access)).await.expect_problem(401, "invalid_token");
    assert_eq!(app.count("sessions WHERE ended_at IS NOT NULL").await, 1);
}

#[actix_web::test]
async fn a_reused_refresh_token_ends_the_access_it_gave() {
    let app = spawn_app().await;
    World::build(&app).await;
    let first = app.login("leader-c1@test.example", PASSWORD).await.expect(200).body;
    let second = app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": first["refresh_token"]})).await;
    let access = second.expect(200).body["access_token"].as_str().unwrap().to_owned();
    app.get("/api/v1/me", Some(&access)).await.expect(200);
    app.post("/api/v1/auth/refresh", None, &json!({"refresh_token": first["refresh_token"]}))
        .await
        .expect_problem(401, "invalid_refresh_token");
    app.get("/api/v1/me", Some(&access)).await.expect_problem(401, "invalid_token");
    app.get("/api/v1/me", first["access_token"].as_str()).await.expect_problem(401, "invalid_token");
}

#[actix_web::test]
async fn a_revoked_role_stops_working_at_once() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    app.get("/api/v1/orgs/org-a/grants", Some(&token)).await.expect(200);
    let grant_id = app.get("/api/v1/me", Some(&token)).await.body["grants"][0]["id"].as_str().unwrap().to_owned();
    app.call("DELETE", &format!("/api/v1/grants/{grant_id}"), Some(&app.token(world.platform_admin).await), None)
        .await
        .expect(204);
    app.get("/api/v1/orgs/org-a/grants", Some(&token)).await.expect_problem(404, "not_found");
}

fn claims(exp_offset: i64, aud: &str, iss: &str) -> serde_json::Value {
    let now = chrono::Utc::now().timestamp();
    json!({"sub": uuid::Uuid::now_v7(), "iss": iss, "aud": aud, "iat": now, "exp": now + exp_offset})
}

fn sign(alg: Algorithm, kid: &str, secret: &[u8], claims: &serde_json::Value) -> String {
    let mut header = Header::new(alg);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &EncodingKey::from_secret(secret)).unwrap()
}

#[actix_web::test]
async fn forged_and_stale_tokens_are_refused() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let secret = STANDARD.decode(JWT_SECRET_B64).unwrap();
    let mut good = claims(600, "fellesskap-api", "fellesskap");
    good["sub"] = json!(world.org_admin);
    let session = fellesskap::accounts::queries::open_session(&mut app.conn().await, world.org_admin).await.unwrap();
    good["sid"] = json!(session);
    assert_eq!(app.get("/api/v1/me", Some(&sign(Algorithm::HS256, "test", &secret, &good))).await.status, 200);

    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT","kid":"test"}"#);
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&good).unwrap());
    let attacks = [
        ("alg none", format!("{header}.{payload}.")),
        ("another algorithm", sign(Algorithm::HS384, "test", &secret, &good)),
        ("bad signature", sign(Algorithm::HS256, "test", b"some-other-secret-of-thirty-two-bytes!", &good)),
        ("unknown key id", sign(Algorithm::HS256, "other", &secret, &good)),
        (
            "expired",
            sign(Algorithm::HS256, "test", &secret, &{
                let mut c = good.clone();
                c["exp"] = json!(chrono::Utc::now().timestamp() - 60);
                c
            }),
        ),
        (
            "wrong audience",
            sign(Algorithm::HS256, "test", &secret, &{
                let mut c = good.clone();
                c["aud"] = json!("someone-else");
                c
            }),
        ),
        (
            "wrong issuer",
            sign(Algorithm::HS256, "test", &secret, &{
                let mut c = good.clone();
                c["iss"] = json!("evil");
                c
            }),
        ),
        (
            "no session",
            sign(Algorithm::HS256, "test", &secret, &{
                let mut c = good.clone();
                c.as_object_mut().unwrap().remove("sid");
                c
            }),
        ),
        (
            "someone else's session",
            sign(Algorithm::HS256, "test", &secret, &{
                let mut c = good.clone();
                c["sub"] = json!(world.platform_admin);
                c
            }),
        ),
        (
            "unknown session",
            sign(Algorithm::HS256, "test", &secret, &{
                let mut c = good.clone();
                c["sid"] = json!(uuid::Uuid::now_v7());
                c
            }),
        ),
        ("garbage", "not.a.token".to_owned()),
    ];
    for (name, token) in attacks {
        let reply = app.get("/api/v1/me", Some(&token)).await;
        assert_eq!(reply.status.as_u16(), 401, "{name}: {}", reply.body);
        assert_eq!(reply.body["code"], "invalid_token", "{name}");
    }
}

#[actix_web::test]
async fn a_token_of_a_disabled_account_is_refused() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.leader).await;
    use diesel::prelude::*;
    use diesel_async::RunQueryDsl;
    use fellesskap::db::schema::users;
    diesel::update(users::table.find(world.leader))
        .set(users::disabled_at.eq(diesel::dsl::now))
        .execute(&mut app.conn().await)
        .await
        .unwrap();
    app.get("/api/v1/me", Some(&token)).await.expect_problem(401, "invalid_token");
    app.login("leader-c1@test.example", PASSWORD).await.expect_problem(401, "invalid_credentials");
}
