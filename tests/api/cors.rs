//! A front-end on a configured origin can read every answer: errors of every kind carry the CORS
//! headers, the preflight allows every header front-ends send, and the response headers they
//! read are exposed. (`browser.rs` checks the same from a real browser.)

use serde_json::json;

use crate::helpers::{Reply, TestApp, spawn_app_with, test_config};
use crate::world::World;

const ORIGIN: &str = "https://app.example";

async fn app_for(mut config: fellesskap::config::Config) -> TestApp {
    config.cors_origins = vec![ORIGIN.to_owned()];
    spawn_app_with(config).await
}

/// A request as a script on [`ORIGIN`] sends it, optionally signed in.
fn from_front_end(app: &TestApp, method: &str, path: &str, token: Option<&str>) -> awc::ClientRequest {
    let req = app.request(method, path).insert_header(("origin", ORIGIN));
    match token {
        Some(token) => req.insert_header(("authorization", format!("Bearer {token}"))),
        None => req,
    }
}

/// Asserts what a browser needs to hand `reply` to the script that asked for it.
#[track_caller]
fn assert_readable(reply: Reply) -> Reply {
    let status = reply.status;
    assert_eq!(reply.header("access-control-allow-origin"), Some(ORIGIN), "{status}: {:?}", reply.headers);
    let exposed = reply.header("access-control-expose-headers").unwrap_or_default().to_ascii_lowercase();
    for name in ["etag", "retry-after", "x-request-id", "content-disposition", "content-language"] {
        assert!(exposed.contains(name), "{status}: `{name}` is not exposed: {exposed}");
    }
    let vary = reply.header("vary").unwrap_or_default().to_ascii_lowercase();
    assert!(vary.contains("origin") && vary.contains("accept-language"), "{status}: Vary: {vary}");
    reply
}

async fn send(app: &TestApp, method: &str, path: &str, token: Option<&str>, body: Option<serde_json::Value>) -> Reply {
    app.send(from_front_end(app, method, path, token), body.as_ref()).await
}

async fn send_json(app: &TestApp, method: &str, path: &str, token: Option<&str>, body: serde_json::Value) -> Reply {
    send(app, method, path, token, Some(body)).await
}

fn new_org(slug: &str) -> serde_json::Value {
    json!({"slug": slug, "name": "New", "default_language": "nb", "youth_age_min": 15, "youth_age_max": 35,
           "root_chapter_name": "Root"})
}

#[actix_web::test]
async fn errors_of_every_kind_carry_the_cors_headers() {
    let mut config = test_config();
    config.login_limit_per_account = 1;
    let app = app_for(config).await;
    let world = World::build(&app).await;
    let admin = app.token(world.platform_admin).await;
    let member = app.token(world.member).await;
    // The extractors' errors: a body, a path and a query that cannot be read.
    let req = from_front_end(&app, "POST", "/api/v1/orgs", Some(&admin));
    assert_readable(
        app.send_raw(req, "application/json", b"{\"slug\": ".to_vec()).await.expect_problem(400, "malformed_json"),
    );
    assert_readable(
        send(&app, "GET", "/api/v1/chapters/not-an-id", Some(&admin), None).await.expect_problem(400, "invalid_path"),
    );
    assert_readable(
        send(&app, "GET", "/api/v1/chapters/%00", Some(&admin), None).await.expect_problem(400, "invalid_path"),
    );
    assert_readable(
        send(&app, "GET", "/api/v1/orgs/org-a/chapters?limit=many", Some(&admin), None)
            .await
            .expect_problem(400, "invalid_query"),
    );
    let req = from_front_end(&app, "POST", "/api/v1/auth/login", None);
    assert_readable(
        app.send_raw(req, "text/plain", b"hello".to_vec()).await.expect_problem(415, "unsupported_media_type"),
    );
    let oversized = json!({"email": "a@test.example", "password": "x".repeat(8_000)});
    assert_readable(
        send_json(&app, "POST", "/api/v1/auth/login", None, oversized).await.expect_problem(413, "payload_too_large"),
    );

    // The handlers' errors.
    assert_readable(send(&app, "GET", "/api/v1/me", None, None).await.expect_problem(401, "unauthenticated"));
    assert_readable(
        send(&app, "GET", "/api/v1/orgs/org-a/audit", Some(&member), None).await.expect_problem(403, "forbidden"),
    );
    assert_readable(
        send(&app, "GET", "/api/v1/orgs/org-b", Some(&member), None).await.expect_problem(404, "not_found"),
    );
    assert_readable(
        send_json(&app, "POST", "/api/v1/orgs", Some(&admin), new_org("org-a")).await.expect_problem(409, "slug_taken"),
    );
    let stale = from_front_end(&app, "PATCH", "/api/v1/orgs/org-a", Some(&admin)).insert_header(("if-match", "\"7\""));
    assert_readable(
        app.send(stale, Some(&json!({"name": "Lost update"}))).await.expect_problem(412, "precondition_failed"),
    );
    let invalid = assert_readable(send_json(&app, "POST", "/api/v1/orgs", Some(&admin), new_org("Not A Slug")).await);
    assert_eq!(invalid.expect_problem(422, "validation_failed").body["errors"][0]["field"], "slug");
    send_json(
        &app,
        "POST",
        "/api/v1/auth/login",
        None,
        json!({"email": "member-c1@test.example", "password": "wrong"}),
    )
    .await
    .expect(401);
    let throttled = json!({"email": "member-c1@test.example", "password": "wrong"});
    let throttled = assert_readable(send_json(&app, "POST", "/api/v1/auth/login", None, throttled).await);
    assert!(throttled.expect_problem(429, "too_many_requests").header("retry-after").is_some());

    // Routing's own: no such path, and a path under another method.
    assert_readable(send(&app, "GET", "/no/such/route", None, None).await.expect_problem(404, "not_found"));
    let wrong_method = assert_readable(send(&app, "DELETE", "/api/v1/me", Some(&admin), None).await);
    assert_eq!(wrong_method.expect_problem(405, "method_not_allowed").header("allow"), Some("GET"));
}

#[actix_web::test]
async fn a_database_that_does_not_answer_is_a_readable_503() {
    let mut config = test_config();
    config.db_pool_size = 1;
    config.db_timeout_ms = 200;
    let app = app_for(config).await;
    // Taking it may take longer than the service's own timeout on a busy machine.
    let long = Some(std::time::Duration::from_secs(30));
    let patient = deadpool::managed::Timeouts { wait: long, create: long, recycle: long };
    let held = app.state.pool.timeout_get(&patient).await.expect("taking the only connection");
    let reply = app.send(from_front_end(&app, "GET", "/health/ready", None), None).await;
    assert_readable(reply.expect_problem(503, "service_unavailable"));
    drop(held);
}

#[actix_web::test]
async fn the_preflight_allows_every_header_front_ends_send() {
    let app = app_for(test_config()).await;
    let preflight = |method: &str, path: &str, headers: &str| {
        from_front_end(&app, "OPTIONS", path, None)
            .insert_header(("access-control-request-method", method))
            .insert_header(("access-control-request-headers", headers))
    };
    let signup = preflight("POST", "/api/v1/public/orgs/org-a/signups", "content-type,idempotency-key,accept-language");
    let reply = app.send(signup, None).await.expect(200);
    assert_eq!(reply.header("access-control-allow-origin"), Some(ORIGIN));
    let allowed = reply.header("access-control-allow-headers").unwrap_or_default().to_ascii_lowercase();
    for name in ["authorization", "content-type", "if-match", "idempotency-key", "accept-language", "x-request-id"] {
        assert!(allowed.contains(name), "`{name}` is not allowed: {allowed}");
    }
    assert!(reply.header("x-request-id").is_some(), "the preflight has a request id too");
    let edit = preflight("PATCH", "/api/v1/orgs/org-a", "authorization,content-type,if-match,x-request-id");
    let reply = app.send(edit, None).await.expect(200);
    assert!(reply.header("access-control-allow-methods").is_some_and(|m| m.contains("PATCH")));
}

#[actix_web::test]
async fn a_refused_preflight_is_a_problem_document_without_cors_headers() {
    let app = app_for(test_config()).await;
    let req = app
        .request("OPTIONS", "/api/v1/public/orgs/org-a/signups")
        .insert_header(("origin", "https://elsewhere.example"))
        .insert_header(("access-control-request-method", "POST"));
    let reply = app.send(req, None).await.expect_problem(400, "bad_request");
    assert_eq!(reply.header("access-control-allow-origin"), None);
    assert!(reply.header("x-request-id").is_some());
}

#[actix_web::test]
async fn successful_answers_expose_their_etag_and_request_id() {
    let app = app_for(test_config()).await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let reply = app.send(from_front_end(&app, "GET", "/api/v1/orgs/org-a", Some(&admin)), None).await.expect(200);
    assert!(assert_readable(reply).header("etag").is_some());
}
