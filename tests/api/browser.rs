//! A real browser on another origin reads what a front-end needs: a 422's field errors, a 412,
//! a 429's `Retry-After`, `ETag`, `X-Request-Id` and `Content-Disposition`, and may send a
//! sign-up with an `Idempotency-Key`. Debian's chromium, driven by `tests/browser/cors.mjs`
//! through playwright-core; `scripts/test` installs both.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use actix_web::{App, HttpResponse, HttpServer, web};
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, spawn_app_with, test_config};
use crate::world::World;

const CHROMIUM: &str = "/usr/bin/chromium";
const LOGIN_LIMIT: u32 = 2;
const PAGE: &str = "<!doctype html><meta charset=\"utf-8\"><title>A front-end on another origin</title>";

pub fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("browser")
}

/// Fails, never skips, when the browser or its driver is missing.
pub fn require_browser() {
    let driver = browser_dir().join("node_modules").join("playwright-core");
    assert!(
        Path::new(CHROMIUM).exists() && driver.exists(),
        "the browser tests need {CHROMIUM} and {}: run scripts/test, which installs them",
        driver.display()
    );
}

/// Serves [`PAGE`] on each listener; answers where the page's scripts run from.
fn serve_page(listeners: Vec<TcpListener>) -> Vec<String> {
    let origins = listeners.iter().map(|l| format!("http://127.0.0.1:{}", l.local_addr().unwrap().port())).collect();
    let server = listeners
        .into_iter()
        .fold(HttpServer::new(|| App::new().route("/", web::get().to(page))).workers(1), |server, listener| {
            server.listen(listener).expect("listening for the page")
        })
        .run();
    actix_web::rt::spawn(server);
    origins
}

async fn page() -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(PAGE)
}

/// Runs the browser script and returns what the page could read.
async fn run_browser(page_url: String, api_url: String, fixture: Value) -> Value {
    run_script("cors.mjs", vec![page_url, api_url, fixture.to_string()]).await
}

/// Runs a script of `tests/browser/` with node and returns the JSON object it printed.
pub async fn run_script(script: &str, args: Vec<String>) -> Value {
    let script = browser_dir().join(script);
    let output = actix_web::rt::task::spawn_blocking(move || Command::new("node").arg(script).args(args).output())
        .await
        .expect("waiting for node")
        .unwrap_or_else(|err| {
            panic!("running node ({err}): run scripts/test, which installs what the browser tests need")
        });
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the browser script failed ({}): {stderr}", output.status);
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}; {stderr}", String::from_utf8_lossy(&output.stdout)))
}

#[actix_web::test]
async fn a_front_end_on_another_origin_reads_errors_and_headers_in_a_real_browser() {
    require_browser();
    let listeners = (0..2).map(|_| TcpListener::bind("127.0.0.1:0").expect("binding a port")).collect();
    let [allowed, foreign] = <[String; 2]>::try_from(serve_page(listeners)).expect("two origins");
    let mut config = test_config();
    config.cors_origins = vec![allowed.clone()];
    config.login_limit_per_account = LOGIN_LIMIT;
    let app = spawn_app_with(config).await;
    let world = World::build(&app).await;
    let fixture = json!({
        "org": world.a.slug, "chapter": world.c1.id, "email": "admin-a@test.example", "password": PASSWORD,
        "throttledEmail": "member-c1@test.example", "loginLimit": LOGIN_LIMIT, "foreignPage": format!("{foreign}/"),
    });

    let seen = run_browser(format!("{allowed}/"), app.address.clone(), fixture).await;

    assert_eq!(seen["page_origin"], allowed.as_str(), "the page runs on its own origin");
    assert_eq!(seen["foreign"], "withheld", "a page on an origin not configured reads nothing: {seen}");
    assert_eq!(seen["unauthenticated"]["status"], 401, "{seen}");
    assert_eq!(seen["unauthenticated"]["body"]["code"], "unauthenticated");
    assert_eq!(seen["login"]["status"], 200, "{seen}");

    let org = &seen["org"];
    assert_eq!(org["status"], 200, "{seen}");
    assert_eq!(org["request_id"], "browser-trace-1", "the page's own request id comes back");
    let etag = org["etag"].as_str().expect("the page reads the ETag");
    assert_eq!(seen["stale"]["status"], 412, "{seen}");
    assert_eq!(seen["stale"]["body"]["code"], "precondition_failed");
    assert!(seen["stale"]["request_id"].as_str().is_some_and(|id| !id.is_empty()), "an error's request id: {seen}");
    assert_eq!(seen["edit"]["status"], 200, "{seen}");
    assert_ne!(seen["edit"]["etag"].as_str(), Some(etag), "the edit answers the new version");
    let csv = &seen["csv"];
    assert_eq!(csv["status"], 200, "{seen}");
    assert!(csv["content_disposition"].as_str().is_some_and(|d| d.starts_with("attachment")), "{seen}");

    let invalid = &seen["invalid"];
    assert_eq!(invalid["status"], 422, "{seen}");
    assert_eq!(invalid["content_language"], "nb");
    let errors = invalid["body"]["errors"].as_array().expect("the page reads the field errors");
    let email = errors.iter().find(|e| e["field"] == "email").expect("an error on the e-mail address");
    assert!(email["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(seen["signup"]["status"], 202, "the preflight let the Idempotency-Key through: {seen}");

    assert_eq!(seen["failed_logins"], json!(vec![401; LOGIN_LIMIT as usize]), "{seen}");
    let throttled = &seen["throttled"];
    assert_eq!(throttled["status"], 429, "{seen}");
    let retry_after: u64 = throttled["retry_after"].as_str().and_then(|s| s.parse().ok()).expect("Retry-After");
    assert!(retry_after >= 1, "{seen}");

    let org_name: String = {
        use diesel::prelude::*;
        use diesel_async::RunQueryDsl;
        use fellesskap::db::schema::organisations;
        organisations::table
            .filter(organisations::slug.eq(&world.a.slug))
            .select(organisations::name)
            .get_result(&mut app.conn().await)
            .await
            .expect("reading the organisation")
    };
    assert_eq!(org_name, "Renamed in a browser", "the edit with the fresh ETag landed, the stale one did not");
    app.handle_public_requests().await;
    assert_eq!(app.count("signups").await, 1, "the valid sign-up landed, the invalid one wrote nothing");
}
