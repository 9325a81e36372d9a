//! Nothing personal and no secret reaches the log: canary contact details and the one-time
//! links sent to them go through sign-up, confirmation, self-service and reminders, and the
//! captured log holds none of them. The development mail log, when asked for, shows them.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use chrono::{Days, Months, Utc};
use fellesskap::outbox::worker::deliver_due;
use fellesskap::volunteers::reminders::send_due;
use serde_json::json;

use crate::helpers::{TestApp, spawn_app_with, test_config};
use crate::signup::signup_body;
use crate::volunteers::{assign, course, person};
use crate::world::World;

static CAPTURING: AtomicBool = AtomicBool::new(false);
static CAPTURED: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// Held by a test while it captures, so captures do not overlap.
static ONE_CAPTURE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

struct Capture;

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        CAPTURED.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The service's own subscriber setup (JSON lines, info and up), installed once for this test
/// binary; it writes only while a test captures, so other tests pay nothing.
fn install() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        use tracing_subscriber::prelude::*;
        let layer =
            tracing_subscriber::fmt::layer().json().with_current_span(true).with_writer(|| Capture).with_filter(
                tracing_subscriber::filter::filter_fn(|meta| {
                    CAPTURING.load(Ordering::SeqCst) && *meta.level() <= tracing::Level::INFO
                }),
            );
        tracing_subscriber::registry().with(layer).init();
    });
}

/// Runs `work` with the log captured, and returns what was logged meanwhile.
async fn captured<F: Future<Output = ()>>(work: F) -> String {
    install();
    CAPTURED.lock().unwrap().clear();
    CAPTURING.store(true, Ordering::SeqCst);
    work.await;
    CAPTURING.store(false, Ordering::SeqCst);
    String::from_utf8(std::mem::take(&mut *CAPTURED.lock().unwrap())).unwrap()
}

const EMAIL: &str = "canary.e4f1@example.no";
const PHONE: &str = "93 45 67 12";
const NAME: &str = "Kanarifugl";

/// Sign-up, confirmation, self-service export and a qualification reminder for the canaries;
/// returns the one-time tokens that were mailed.
async fn every_mailing_flow(app: &TestApp, world: &World) -> Vec<String> {
    let mut body = signup_body(app, world, Some(EMAIL)).await;
    body["given_name"] = json!(NAME);
    body["phone"] = json!(PHONE);
    app.post(&format!("/api/v1/public/orgs/{}/signups", world.a.slug), None, &body).await.expect(202);
    app.handle_public_requests().await;
    deliver_due(&app.state).await.unwrap();
    let confirm = app.mailed_token(EMAIL).await;
    app.post("/api/v1/public/signups/confirm", None, &json!({"token": confirm})).await.expect(200);
    let link = json!({"email": EMAIL, "purpose": "export"});
    app.post(&format!("/api/v1/public/orgs/{}/self-service-links", world.a.slug), None, &link).await.expect(202);
    app.handle_public_requests().await;
    deliver_due(&app.state).await.unwrap();
    let export = app.mailed_token(EMAIL).await;
    app.post("/api/v1/public/self-service/export", None, &json!({"token": export})).await.expect(200);

    let volunteer = person(app, world, world.c1.id, 7, "nb").await;
    let taken = Utc::now().date_naive() - Months::new(24) + Days::new(10);
    let leader = app.token(world.leader).await;
    assign(app, &leader, world.c1.id, json!({"person_id": volunteer, "role": "peer_supporter", "from_on": taken}))
        .await
        .expect(201);
    course(app, world, world.c1.id, "peer_supporter_course", taken, &[volunteer]).await;
    assert_eq!(send_due(&mut app.conn().await).await.unwrap(), 1);
    deliver_due(&app.state).await.unwrap();
    vec![confirm, export]
}

#[actix_web::test]
async fn the_log_holds_no_contact_details_and_no_links() {
    let _one = ONE_CAPTURE.lock().await;
    let app = spawn_app_with(test_config()).await;
    let world = World::build(&app).await;
    let mut tokens = Vec::new();
    let log = captured(async { tokens = every_mailing_flow(&app, &world).await }).await;
    assert!(log.contains("e-mail queued") && log.contains("\"kind\":\"confirm\""), "the log is captured: {log}");
    assert!(log.contains("\"kind\":\"qualification-lapsing\""), "{log}");
    let canaries = [EMAIL, "canary.e4f1", PHONE, "93456712", NAME, "vera7@example.no", "Vera7"];
    for canary in canaries.iter().copied().chain(tokens.iter().map(String::as_str)) {
        assert!(!log.contains(canary), "{canary} is in the log");
    }
}

#[actix_web::test]
async fn the_development_mail_log_shows_whole_messages_only_when_asked_for() {
    let _one = ONE_CAPTURE.lock().await;
    let mut config = test_config();
    config.dev_mail_log = true;
    let app = spawn_app_with(config).await;
    let world = World::build(&app).await;
    let mut tokens = Vec::new();
    let log = captured(async { tokens = every_mailing_flow(&app, &world).await }).await;
    assert!(log.contains(EMAIL) && log.contains(&tokens[0]), "the development log shows the message: {log}");
}
