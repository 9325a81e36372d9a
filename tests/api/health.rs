use crate::helpers::spawn_app;

#[actix_web::test]
async fn liveness_and_readiness_answer_ok_with_a_database() {
    let app = spawn_app().await;
    app.get("/health/live", None).await.expect(200);
    let ready = app.get("/health/ready", None).await.expect(200);
    assert_eq!(ready.body["status"], "ok");
}

#[actix_web::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let app = spawn_app().await;
    let reply = app.get("/health/live", None).await;
    assert!(reply.header("x-request-id").is_some_and(|id| !id.is_empty()));
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    assert!(reply.header("content-security-policy").is_some_and(|csp| csp.contains("default-src 'none'")));
}

#[actix_web::test]
async fn a_callers_request_id_is_echoed_in_the_response_and_the_problem() {
    let app = spawn_app().await;
    let req = app.request("GET", "/no/such/route").insert_header(("x-request-id", "trace-42"));
    let reply = app.send(req, None).await.expect_problem(404, "not_found");
    assert_eq!(reply.header("x-request-id"), Some("trace-42"));
    assert_eq!(reply.body["request_id"], "trace-42");
}

#[actix_web::test]
async fn interactive_docs_are_served_without_outside_hosts() {
    let app = spawn_app().await;
    let page = app.get("/docs/", None).await.expect(200);
    let html = page.body.as_str().unwrap_or_default();
    assert!(html.contains("swagger-ui"));
    assert!(!html.contains("https://"), "the docs page must not load anything from outside");
    app.get("/openapi.json", None).await.expect(200);
}

#[actix_web::test]
async fn an_exhausted_pool_answers_503_after_its_timeout_and_liveness_stays_up() {
    let mut config = crate::helpers::test_config();
    config.db_pool_size = 1;
    config.db_timeout_ms = 200;
    let app = crate::helpers::spawn_app_with(config).await;
    let held = app.state.pool.get().await.expect("taking the only connection");
    let started = std::time::Instant::now();
    app.get("/health/ready", None).await.expect_problem(503, "service_unavailable");
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "waited past the pool timeout");
    app.get("/health/live", None).await.expect(200);
    drop(held);
    app.get("/health/ready", None).await.expect(200);
}

#[actix_web::test]
async fn only_configured_origins_may_call_from_a_browser() {
    let mut config = crate::helpers::test_config();
    config.cors_origins = vec!["https://app.example".to_owned()];
    let app = crate::helpers::spawn_app_with(config).await;
    let preflight = |origin: &'static str| {
        app.request("OPTIONS", "/api/v1/me")
            .insert_header(("origin", origin))
            .insert_header(("access-control-request-method", "GET"))
            .insert_header(("access-control-request-headers", "authorization"))
    };
    let allowed = app.send(preflight("https://app.example"), None).await.expect(200);
    assert_eq!(allowed.header("access-control-allow-origin"), Some("https://app.example"));
    let refused = app.send(preflight("https://evil.example"), None).await;
    assert!(refused.status.is_client_error());
    assert_eq!(refused.header("access-control-allow-origin"), None);
    let req = app.request("GET", "/health/live").insert_header(("origin", "https://app.example"));
    let simple = app.send(req, None).await.expect(200);
    assert_eq!(simple.header("access-control-allow-origin"), Some("https://app.example"));
    assert!(simple.header("access-control-expose-headers").is_some_and(|h| h.to_lowercase().contains("etag")));
}
