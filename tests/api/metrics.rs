//! `/metrics`: scraped from its own listener, in Prometheus' text format, with what operators
//! watch; not served on the public listener. The recorder is the process's, shared by every
//! test app, so each assertion names series this test made.

use std::net::TcpListener;

use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, spawn_app_with, test_config};
use crate::signup::signup_body;
use crate::world::World;

/// The metrics listener of `app`, started on a free port; returns its scrape URL.
fn metrics_of(app: &TestApp) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}/metrics", listener.local_addr().unwrap().port());
    actix_web::rt::spawn(fellesskap::startup::metrics_server(app.state.clone(), listener).unwrap());
    url
}

async fn scrape(url: &str) -> (String, String) {
    let mut response = awc::Client::default().get(url).send().await.expect("scraping /metrics");
    assert_eq!(response.status().as_u16(), 200);
    let content_type = response.headers().get("content-type").unwrap().to_str().unwrap().to_owned();
    let body = response.body().limit(10 << 20).await.unwrap();
    (content_type, String::from_utf8(body.to_vec()).unwrap())
}

/// The value of the series whose line starts with `series` (name and labels as rendered).
fn value(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|line| line.strip_prefix(series)?.trim().parse().ok())
}

#[actix_web::test]
async fn operators_scrape_requests_the_pool_the_outbox_and_throttling_from_a_listener_of_their_own() {
    let mut config = test_config();
    config.login_limit_per_account = 2;
    let app = spawn_app_with(config).await;
    let world = World::build(&app).await;
    let url = metrics_of(&app);

    for _ in 0..3 {
        app.get("/api/v1/counties", None).await.expect(200);
    }
    app.get("/api/v1/no-such-thing/12345678", None).await.expect(404);
    let body = signup_body(&app, &world, Some("kari@example.no")).await;
    app.post(&format!("/api/v1/public/orgs/{}/signups", world.a.slug), None, &body).await.expect(202);
    app.handle_public_requests().await;
    let wrong = json!({"email": "throttled@example.no", "password": format!("{PASSWORD}-wrong")});
    for _ in 0..2 {
        app.post("/api/v1/auth/login", None, &wrong).await.expect(401);
    }
    app.post("/api/v1/auth/login", None, &wrong).await.expect(429);

    let (content_type, text) = scrape(&url).await;
    assert!(content_type.starts_with("text/plain; version=0.0.4"), "{content_type}");
    let counties = r#"fellesskap_http_requests_total{method="GET",route="/api/v1/counties",status="200"}"#;
    assert!(value(&text, counties).unwrap() >= 3.0, "{text}");
    assert!(text.contains(r#"route="unmatched",status="404""#), "a path that matched nothing keeps its own series");
    assert!(!text.contains("no-such-thing"), "no path of a request becomes a label");
    assert!(text.contains(
        r#"fellesskap_http_request_duration_seconds_bucket{method="GET",route="/api/v1/counties",le="0.005"}"#
    ));
    assert!(value(&text, r#"fellesskap_db_pool_connections{state="idle"}"#).is_some());
    assert_eq!(value(&text, "fellesskap_db_pool_max_connections"), Some(4.0));
    assert!(value(&text, "fellesskap_db_pool_wait_seconds_count").unwrap() > 0.0);
    assert_eq!(value(&text, "fellesskap_outbox_backlog"), Some(1.0), "the confirmation waits");
    assert!(value(&text, "fellesskap_outbox_oldest_age_seconds").unwrap() >= 0.0);
    assert!(value(&text, r#"fellesskap_throttled_total{limit="login:account"}"#).unwrap() >= 1.0);
    assert!(!text.contains("throttled@example.no"), "no address in a label");

    let public = app.get("/metrics", None).await;
    assert_eq!(public.status.as_u16(), 404, "not on the public listener");
}

#[actix_web::test]
async fn the_background_works_runs_are_counted_with_their_duration() {
    let app = spawn_app_with(test_config()).await;
    let url = metrics_of(&app);
    let before = value(&scrape(&url).await.1, r#"fellesskap_background_runs_total{task="outbox",outcome="ok"}"#);
    fellesskap::startup::frequent_work(&app.state).await;
    let (_, text) = scrape(&url).await;
    let after = value(&text, r#"fellesskap_background_runs_total{task="outbox",outcome="ok"}"#).unwrap();
    assert!(after >= before.unwrap_or(0.0) + 1.0, "{text}");
    assert!(text.contains(r#"fellesskap_background_run_duration_seconds_bucket{task="outbox",le="#));
    assert!(value(&text, r#"fellesskap_background_runs_total{task="public_requests",outcome="ok"}"#).is_some());
    assert!(value(&text, r#"fellesskap_background_runs_total{task="member_day_counts",outcome="ok"}"#).is_some());
}
