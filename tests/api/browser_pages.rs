//! The served pages in a real browser, as a person with only a phone uses them: sign up in
//! bokmål with the keyboard alone and in Arabic with JavaScript off, confirm from the link that
//! reached the SMTP sink, then see, download and erase one's data from `/my-data`; axe-core finds
//! no WCAG 2.1 A or AA violation on any page. Debian's chromium, driven by
//! `tests/browser/pages.mjs`; screenshots land in `target/screenshots/`.

use std::net::TcpListener;
use std::path::Path;

use actix_web::{App, HttpResponse, HttpServer, web};
use fellesskap::config::Secret;
use fellesskap::i18n::Lang;
use fellesskap::outbox::worker::deliver_due;
use serde_json::{Value, json};

use crate::browser::{require_browser, run_script};
use crate::helpers::{TestApp, spawn_app_with, test_config};
use crate::smtp::SmtpSink;
use crate::world::World;

const NB_EMAIL: &str = "kari.browser@example.no";
const AR_EMAIL: &str = "layla.browser@example.no";

async fn step(app: &TestApp, name: &str, fixture: Value) -> Value {
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("screenshots");
    let args = vec![name.to_owned(), app.address.clone(), fixture.to_string(), shots.display().to_string()];
    run_script("pages.mjs", args).await
}

/// Lets the background work register what was posted and send its e-mail to the sink, then
/// returns the newest link to `recipient` whose path holds `path`, pointed at this app.
async fn mailed_link(app: &TestApp, sink: &SmtpSink, recipient: &str, path: &str) -> String {
    app.handle_public_requests().await;
    deliver_due(&app.state).await.expect("delivering the outbox");
    let mail = sink.mails().into_iter().rev().find(|m| m.to == recipient && m.body.contains(path));
    let body = mail.unwrap_or_else(|| panic!("no e-mail to {recipient} with {path}")).body;
    let base = &app.state.config.link_base_url;
    let start = body.find(base.as_str()).expect("a link in the e-mail");
    let link: String = body[start..].chars().take_while(|c| c.is_ascii_graphic()).collect();
    link.replacen(base.as_str(), &app.address, 1)
}

fn text(lang: &str, id: &str) -> String {
    Lang::parse_supported(lang).expect("a language we have").text(id)
}

#[actix_web::test]
async fn a_person_joins_confirms_sees_and_erases_their_data_in_a_real_browser() {
    require_browser();
    let sink = SmtpSink::start();
    let mut config = test_config();
    config.smtp_url = Some(Secret::new(sink.url.clone()));
    let app = spawn_app_with(config).await;
    let world = World::build(&app).await;

    let fixture = json!({
        "org": world.a.slug,
        "nb": {"given_name": "Kari", "family_name": "Nordmann", "email": NB_EMAIL},
        "ar": {"given_name": "ليلى", "family_name": "حداد", "email": AR_EMAIL},
    });
    let signup = step(&app, "signup", fixture).await;
    let errors = &signup["nb_errors"];
    assert_eq!(errors["not_reloaded"], true, "errors arrive without a reload: {signup}");
    assert_eq!(errors["focused"], true, "the error summary takes focus");
    assert_eq!(errors["invalid"], "true");
    assert!(errors["given_name"].as_str().is_some_and(|m| !m.trim().is_empty()), "{errors}");
    let links: Vec<&str> = errors["summary_links"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(links.contains(&"#f-given_name") && links.contains(&"#f-consent"), "{links:?}");
    assert_eq!(errors["link_focuses"], "f-given_name", "a summary link puts focus on its field");
    assert_eq!(signup["first_tab"], "skip", "the first Tab reaches the skip link");
    assert_eq!(signup["after_consent"], "BUTTON", "after the consent comes the button, the honeypot is skipped");
    assert_eq!(signup["nb_thanks"]["url"], format!("/join/{}/thanks?lang=nb", world.a.slug));
    assert!(signup["nb_thanks"]["text"].as_str().unwrap().contains(&text("nb", "signup-received")));
    assert_eq!(signup["ar_layout"], json!({"dir": "rtl", "lang": "ar", "overflow": 0}), "{signup}");
    assert_eq!(signup["zoom_overflow"], 0, "nothing to scroll sideways at 200 %");
    let refused = &signup["ar_refused"];
    assert_eq!(refused["rtl"], true);
    assert!(refused["summary_links"].as_array().unwrap().contains(&json!("#f-given_name")), "{refused}");
    let arabic = refused["given_name"].as_str().unwrap_or_default();
    assert!(arabic.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)), "the error is in Arabic: {arabic}");
    assert_eq!(signup["ar_thanks"]["url"], format!("/join/{}/thanks?lang=ar", world.a.slug));
    assert!(signup["ar_thanks"]["text"].as_str().unwrap().contains(&text("ar", "signup-received")));

    let nb_link = mailed_link(&app, &sink, NB_EMAIL, "/signup/confirm").await;
    let ar_link = mailed_link(&app, &sink, AR_EMAIL, "/signup/confirm").await;
    assert!(nb_link.contains("?lang=nb#token=") && ar_link.contains("?lang=ar#token="), "{nb_link} {ar_link}");
    let fixture = json!({"links": {"nb": nb_link, "ar": ar_link}, "org": world.a.slug,
                         "exportEmail": NB_EMAIL, "eraseEmail": AR_EMAIL});
    let confirmed = step(&app, "confirm", fixture).await;
    assert_eq!(confirmed["confirm_nb_fragment"], "", "the token leaves the address bar once read");
    let said: Vec<&str> = confirmed["confirmed"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    for lang in ["nb", "ar"] {
        assert!(said.iter().any(|page| page.contains(&text(lang, "signup-confirmed"))), "{lang}: {said:?}");
    }
    assert_eq!(app.count("memberships WHERE status = 'active'").await, 2, "both confirmed");
    assert!(confirmed["asked_export"].as_str().unwrap().contains(&text("en", "self-service-requested")));

    let export_link = mailed_link(&app, &sink, NB_EMAIL, "/my-data/export").await;
    let erase_link = mailed_link(&app, &sink, AR_EMAIL, "/my-data/erase").await;
    let rights = step(&app, "rights", json!({"exportLink": export_link, "eraseLink": erase_link})).await;
    let download: Value = serde_json::from_str(rights["download"]["body"].as_str().unwrap()).expect("a JSON file");
    assert_eq!(download["member"]["email"], NB_EMAIL, "the download is the person's own data");
    assert!(rights["download"]["name"].as_str().unwrap().ends_with(".json"));
    assert!(rights["erased"].as_str().unwrap().contains(&text("ar", "self-service-erased")));
    assert_eq!(app.count(&format!("people WHERE email = '{AR_EMAIL}'")).await, 0, "erased");
    assert_eq!(app.count(&format!("people WHERE email = '{NB_EMAIL}'")).await, 1, "the other stays");

    for seen in [&signup, &confirmed, &rights] {
        for (page, violations) in seen["axe"].as_object().unwrap() {
            assert_eq!(violations, &json!([]), "axe on {page}");
        }
    }
    let embedding = embedding(&app, &world).await;
    assert_eq!(embedding["embedded"].as_str(), embedding["expected_title"].as_str(), "the own site frames the form");
    assert_ne!(embedding["foreign"], embedding["expected_title"], "another site cannot: {embedding}");

    let audited: usize = [&signup, &confirmed, &rights].iter().map(|s| s["axe"].as_object().unwrap().len()).sum();
    assert!(audited >= 14, "axe ran on every page: {audited}");
}

#[actix_web::test]
async fn a_peer_conversation_is_asked_for_in_arabic_on_a_phone_in_a_real_browser() {
    require_browser();
    let app = spawn_app_with(test_config()).await;
    let world = World::build(&app).await;
    let talked = step(&app, "talk", json!({"org": world.a.slug, "phone": "+47 912 34 567"})).await;
    assert_eq!(talked["talk_layout"], json!({"dir": "rtl", "overflow": 0}), "{talked}");
    assert_eq!(talked["talk_thanks"]["url"], format!("/talk/{}/thanks?lang=ar", world.a.slug));
    assert!(talked["talk_thanks"]["text"].as_str().unwrap().contains(&text("ar", "peer-form-received")));
    for (page, violations) in talked["axe"].as_object().unwrap() {
        assert_eq!(violations, &json!([]), "axe on {page}");
    }
    assert_eq!(talked["axe"].as_object().unwrap().len(), 2);
    assert_eq!(app.handle_public_requests().await, 1, "the script's request was queued");
    let recorded =
        "conversation_requests WHERE language = 'ar' AND contact_phone = '+4791234567' AND source = 'public'";
    assert_eq!(app.count(recorded).await, 1);
}

/// Two sites on loopback, each framing the sign-up form; the organisation allows the first.
async fn embedding(app: &TestApp, world: &World) -> Value {
    let join = format!("{}/join/{}?lang=nb", app.address, world.a.slug);
    let page = format!(
        "<!doctype html><meta charset=\"utf-8\"><title>A site</title><iframe src=\"{join}\" title=\"Sign up\"></iframe>"
    );
    let listeners: Vec<TcpListener> =
        (0..2).map(|_| TcpListener::bind("127.0.0.1:0").expect("binding a port")).collect();
    let sites: Vec<String> =
        listeners.iter().map(|l| format!("http://127.0.0.1:{}", l.local_addr().unwrap().port())).collect();
    let server = listeners.into_iter().fold(
        HttpServer::new(move || {
            let page = page.clone();
            App::new().route(
                "/",
                web::get().to(move || {
                    let page = page.clone();
                    async move { HttpResponse::Ok().content_type("text/html; charset=utf-8").body(page) }
                }),
            )
        })
        .workers(1),
        |server, listener| server.listen(listener).expect("listening for the site"),
    );
    actix_web::rt::spawn(server.run());
    let admin = app.token(world.org_admin).await;
    let org = format!("/api/v1/orgs/{}", world.a.slug);
    let version = app.get(&org, Some(&admin)).await.body["version"].to_string();
    let allow = app.request("PATCH", &org).insert_header(("If-Match", version)).bearer_auth(&admin);
    app.send(allow, Some(&json!({"embed_origins": [sites[0]]}))).await.expect(200);
    let title =
        app.get(&format!("/api/v1/public/orgs/{}/signup-form?lang=nb", world.a.slug), None).await.body["title"].clone();
    let fixture =
        json!({"allowedPage": format!("{}/", sites[0]), "foreignPage": format!("{}/", sites[1]), "title": title});
    step(app, "embed", fixture).await
}
