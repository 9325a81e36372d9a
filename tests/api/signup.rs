//! The public sign-up: the form, double opt-in over real SMTP, idempotency, races, the honeypot,
//! rate limits, and the purge of expired sign-ups.

use chrono::Utc;
use diesel::prelude::*;
use diesel_async::{RunQueryDsl, SimpleAsyncConnection};
use fellesskap::config::Secret;
use fellesskap::db::schema::{consents, follow_ups, memberships, outbox, people, signups};
use fellesskap::outbox::worker::deliver_due;
use fellesskap::signup::registration::purge_expired;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{Reply, TestApp, spawn_app, spawn_app_with, test_config, token_in};
use crate::members::{create, new_member};
use crate::smtp::SmtpSink;
use crate::world::World;

async fn form(app: &TestApp, slug: &str, lang: &str) -> Value {
    app.get(&format!("/api/v1/public/orgs/{slug}/signup-form?lang={lang}"), None).await.expect(200).body
}

pub async fn signup_body(app: &TestApp, world: &World, email: Option<&str>) -> Value {
    let form = form(app, &world.a.slug, "nb").await;
    json!({"given_name": "Kari", "family_name": "Nordmann", "email": email, "chapter_id": world.c1.id,
           "language": "nb", "consent": true, "consent_version": form["consent"]["version"]})
}

/// Posts a sign-up, then lets the background worker handle what was queued, as it does moments
/// later in a running service.
pub async fn sign_up(app: &TestApp, slug: &str, body: &Value) -> Reply {
    let reply = post_signup(app, slug, body).await;
    app.handle_public_requests().await;
    reply
}

async fn post_signup(app: &TestApp, slug: &str, body: &Value) -> Reply {
    app.post(&format!("/api/v1/public/orgs/{slug}/signups"), None, body).await
}

async fn app_with_smtp(sink: &SmtpSink) -> TestApp {
    let mut config = test_config();
    config.smtp_url = Some(Secret::new(sink.url.clone()));
    spawn_app_with(config).await
}

#[actix_web::test]
async fn the_form_has_everything_a_front_end_needs_in_the_chosen_language() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let nb = form(&app, &world.a.slug, "nb").await;
    assert_eq!(nb["language"]["code"], "nb");
    assert_eq!(nb["language"]["direction"], "ltr");
    let names: Vec<&str> = nb["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    for field in ["given_name", "family_name", "email", "phone", "chapter_id", "postal_code", "consent", "website"] {
        assert!(names.contains(&field), "{field} missing from {names:?}");
    }
    let phone = nb["fields"].as_array().unwrap().iter().find(|f| f["name"] == "phone").unwrap();
    assert_eq!(phone["label"], "Mobiltelefon");
    assert_eq!(phone["kind"], "tel");
    let honeypot = nb["fields"].as_array().unwrap().iter().find(|f| f["name"] == "website").unwrap();
    assert_eq!(honeypot["kind"], "hidden");
    assert!(nb["rules"][0]["one_of"].as_array().unwrap().contains(&json!("email")));
    let chapters: Vec<&Value> = nb["chapters"].as_array().unwrap().iter().map(|c| &c["id"]).collect();
    assert!(chapters.contains(&&json!(world.c1.id)) && !chapters.contains(&&json!(world.cb.id)));
    let types: Vec<&str> =
        nb["membership_types"].as_array().unwrap().iter().map(|t| t["code"].as_str().unwrap()).collect();
    assert!(types.contains(&"ordinary") && !types.contains(&"lifelong"), "lifelong is not offered: {types:?}");
    let version = nb["consent"]["version"].as_str().unwrap();
    assert!(version.starts_with("nb-"), "{version}");
    let codes: Vec<&str> = nb["languages"].as_array().unwrap().iter().map(|l| l["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["nb", "nn", "en", "se", "pl", "uk", "ar", "so"]);

    let ar = form(&app, &world.a.slug, "ar").await;
    assert_eq!(ar["language"]["direction"], "rtl");
    assert_eq!(ar["language"]["review"], "awaiting_review");
    assert_ne!(ar["title"], nb["title"]);
    assert_ne!(ar["consent"]["version"], nb["consent"]["version"], "the version names the text shown");
    let en = form(&app, &world.a.slug, "en").await;
    assert_eq!(en["language"]["review"], "complete");
    app.get("/api/v1/public/orgs/no-such-org/signup-form", None).await.expect_problem(404, "not_found");
}

#[actix_web::test]
async fn an_email_signup_is_confirmed_by_the_link_it_sends_and_welcomed() {
    let sink = SmtpSink::start();
    let app = app_with_smtp(&sink).await;
    let world = World::build(&app).await;
    let body = signup_body(&app, &world, Some("Kari@Example.no")).await;
    let reply = sign_up(&app, &world.a.slug, &body).await.expect(202);
    assert_eq!(reply.body["status"], "received");
    let conn = &mut app.conn().await;
    let status: String = memberships::table.select(memberships::status).first(conn).await.unwrap();
    assert_eq!(status, "pending");
    let consent: (String, String) =
        consents::table.select((consents::text_version, consents::language)).first(conn).await.unwrap();
    assert_eq!(consent, (body["consent_version"].as_str().unwrap().to_owned(), "nb".to_owned()));

    assert_eq!(deliver_due(&app.state).await.unwrap(), 1);
    let mails = sink.mails();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, "kari@example.no");
    assert_eq!(mails[0].subject, "Bekreft medlemskapet ditt i Organisation org-a");
    assert!(mails[0].body.starts_with("Hei Kari,"), "{}", mails[0].body);
    let token = token_in(&mails[0].body);

    let confirm = json!({"token": token});
    app.post("/api/v1/public/signups/confirm", None, &confirm).await.expect(200);
    let status: String = memberships::table.select(memberships::status).first(conn).await.unwrap();
    assert_eq!(status, "active");
    let follow_ups: i64 =
        follow_ups::table.filter(follow_ups::kind.eq("welcome")).count().get_result(conn).await.unwrap();
    assert_eq!(follow_ups, 1);
    app.post("/api/v1/public/signups/confirm", None, &confirm).await.expect_problem(404, "invalid_link");

    assert_eq!(deliver_due(&app.state).await.unwrap(), 1);
    let mails = sink.mails();
    assert_eq!(mails[1].subject, "Velkommen til Organisation org-a");
}

#[actix_web::test]
async fn a_campaigns_confirmations_go_out_over_several_connections_each_exactly_once() {
    let sink = SmtpSink::start();
    let mut config = test_config();
    config.smtp_url = Some(Secret::new(sink.url.clone()));
    config.signup_limit_per_address = 1000;
    let app = spawn_app_with(config).await;
    let world = World::build(&app).await;
    let people = 60;
    let mut bodies = Vec::new();
    for n in 0..people {
        bodies.push(signup_body(&app, &world, Some(&format!("kampanje{n}@example.no"))).await);
    }
    let queued = bodies.iter().map(|body| post_signup(&app, &world.a.slug, body));
    for reply in futures_util::future::join_all(queued).await {
        reply.expect(202);
    }
    app.handle_public_requests().await;
    // Two replicas deliver at once, each with several messages in flight.
    let replicas = futures_util::future::join(deliver_due(&app.state), deliver_due(&app.state)).await;
    assert_eq!(replicas.0.unwrap() + replicas.1.unwrap(), people);
    assert_eq!(deliver_due(&app.state).await.unwrap(), 0, "nothing left, nothing twice");
    let mut recipients: Vec<String> = sink.mails().into_iter().map(|m| m.to).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), people);
    assert_eq!(sink.mails().len(), people);
    let conn = &mut app.conn().await;
    let unsent: i64 = outbox::table.filter(outbox::sent_at.is_null()).count().get_result(conn).await.unwrap();
    assert_eq!(unsent, 0);
}

#[actix_web::test]
async fn mail_is_retried_after_the_smtp_server_was_down() {
    let sink = SmtpSink::start();
    let app = app_with_smtp(&sink).await;
    let world = World::build(&app).await;
    let mut body = signup_body(&app, &world, Some("kari@example.no")).await;
    body["language"] = json!("en");
    body["consent_version"] = form(&app, &world.a.slug, "en").await["consent"]["version"].clone();
    sign_up(&app, &world.a.slug, &body).await.expect(202);
    sink.set_down(true);
    assert_eq!(deliver_due(&app.state).await.unwrap(), 0);
    let conn = &mut app.conn().await;
    let (attempts, error, sent): (i32, Option<String>, Option<chrono::DateTime<Utc>>) =
        outbox::table.select((outbox::attempts, outbox::last_error, outbox::sent_at)).first(conn).await.unwrap();
    assert_eq!((attempts, sent), (1, None));
    assert!(error.is_some());
    assert_eq!(deliver_due(&app.state).await.unwrap(), 0, "not before its back-off has passed");

    sink.set_down(false);
    diesel::update(outbox::table).set(outbox::next_attempt_at.eq(diesel::dsl::now)).execute(conn).await.unwrap();
    assert_eq!(deliver_due(&app.state).await.unwrap(), 1);
    let mails = sink.mails();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].subject, "Confirm your membership of Organisation org-a");
    let (attempts, sent): (i32, Option<chrono::DateTime<Utc>>) =
        outbox::table.select((outbox::attempts, outbox::sent_at)).first(conn).await.unwrap();
    assert_eq!(attempts, 2);
    assert!(sent.is_some());
}

#[actix_web::test]
async fn fifty_concurrent_signups_of_one_person_are_one_person_with_one_membership() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let body = signup_body(&app, &world, Some("kari@example.no")).await;
    let replies = futures_util::future::join_all((0..50).map(|_| post_signup(&app, &world.a.slug, &body))).await;
    for reply in replies {
        reply.expect(202);
    }
    assert_eq!(app.count("people").await, 0, "nothing but the queue before the worker runs");
    // Three replicas take their batches at once and race each other for the same new person.
    let replicas = (0..3).map(|_| fellesskap::signup::intake::handle_due(&app.state));
    let taken: usize = futures_util::future::join_all(replicas).await.into_iter().map(Result::unwrap).sum();
    assert!(taken > 0);
    app.handle_public_requests().await;
    assert_eq!(app.count("public_requests").await, 0, "every request handled and, without a key, gone");
    assert_eq!(app.count("people").await, 1);
    assert_eq!(app.count("memberships").await, 1);
    assert_eq!(app.count("membership_periods").await, 1);
    assert_eq!(app.count("outbox").await, 1, "one confirmation e-mail");
}

/// A campaign's queue drains as fast as it fills because newcomers are registered a batch at a
/// time, with statements that do not grow with the batch; a known address and an address that
/// comes twice are still handled one by one, with the same outcome as ever.
#[actix_web::test]
async fn newcomers_are_registered_together_with_a_statement_per_table() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    create(&app, &admin, &world.a.slug, &new_member(world.c1.id, "kari@example.no")).await.expect(201);
    let slug = &world.a.slug;
    let mut emails: Vec<String> = (0..40).map(|n| format!("new{n}@example.no")).collect();
    emails.extend(["kari@example.no", "twin@example.no", "twin@example.no"].map(String::from));
    for email in &emails {
        post_signup(&app, slug, &signup_body(&app, &world, Some(email)).await).await.expect(202);
    }
    app.reset_statements().await;

    assert_eq!(app.handle_public_requests().await, 43);
    let statements = app.take_statements().await;
    let ran = |fragment: &str| -> i64 {
        statements.iter().filter(|(query, _)| query.contains(fragment)).map(|(_, calls)| calls).sum()
    };
    assert_eq!(ran("INSERT INTO \"people\""), 2, "the forty together, then the first twin: {statements:#?}");
    assert_eq!(ran("INSERT INTO \"outbox\""), 3, "the forty, the first twin, the known member");
    assert_eq!(ran("INSERT INTO \"audit_events\""), 3, "the forty, the first twin, the known member");
    let conn = &mut app.conn().await;
    let newcomers: Vec<Uuid> =
        people::table.filter(people::email.like("new%")).select(people::id).load(conn).await.unwrap();
    assert_eq!(newcomers.len(), 40);
    for (table, rows) in [
        ("memberships WHERE status = 'pending'", 41),
        ("consents", 41),
        ("signups WHERE token_hash IS NOT NULL", 42),
        ("outbox WHERE kind = 'confirm'", 42),
        // The second twin's address was sent a link a moment ago: nothing more is done.
        ("audit_events WHERE action = 'signup'", 42),
        ("people WHERE email = 'twin@example.no'", 1),
        ("public_requests", 0),
    ] {
        assert_eq!(app.count(table).await, rows, "{table}");
    }
    for email in &emails[..40] {
        let mails = app.mails_to(email).await;
        assert_eq!(mails.len(), 1, "{email}");
        assert!(mails[0].contains("/signup/confirm?lang=nb#token="), "{email}");
    }
}

#[actix_web::test]
async fn a_known_person_gets_the_same_answer_and_no_second_record() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    create(&app, &admin, &world.a.slug, &new_member(world.c1.id, "kari@example.no")).await.expect(201);
    let body = signup_body(&app, &world, Some("kari@example.no")).await;
    let known = sign_up(&app, &world.a.slug, &body).await.expect(202);
    let fresh =
        sign_up(&app, &world.a.slug, &signup_body(&app, &world, Some("new@example.no")).await).await.expect(202);
    assert_eq!(known.body, fresh.body);
    assert_eq!(app.count("people").await, 2);
    assert_eq!(app.count("memberships").await, 2);
}

/// Timing cannot tell a member from a stranger when the answer runs the same statements for
/// both: what differs is left to the worker. (The timings themselves are in `bench/timing.sh`.)
#[actix_web::test]
async fn the_answer_runs_the_same_statements_for_members_and_strangers() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    create(&app, &admin, &world.a.slug, &new_member(world.c1.id, "kari@example.no")).await.expect(201);
    let member = signup_body(&app, &world, Some("kari@example.no")).await;
    let stranger = signup_body(&app, &world, Some("stranger@example.no")).await;
    let slug = &world.a.slug;
    let link = |email: &str| json!({"email": email, "purpose": "export"});
    let links = format!("/api/v1/public/orgs/{slug}/self-service-links");
    app.reset_statements().await;

    post_signup(&app, slug, &member).await.expect(202);
    let for_member = app.take_statements().await;
    post_signup(&app, slug, &stranger).await.expect(202);
    let for_stranger = app.take_statements().await;
    assert!(for_member.keys().any(|q| q.contains("INSERT INTO \"public_requests\"")), "{for_member:#?}");
    assert_eq!(for_member, for_stranger, "a sign-up's answer");

    app.post(&links, None, &link("kari@example.no")).await.expect(202);
    let for_member = app.take_statements().await;
    app.post(&links, None, &link("stranger@example.no")).await.expect(202);
    assert_eq!(for_member, app.take_statements().await, "a self-service link's answer");

    // The worker's work does differ, so the comparison above can fail.
    app.handle_public_requests().await;
    app.post(&links, None, &link("kari@example.no")).await.expect(202);
    app.take_statements().await;
    app.handle_public_requests().await;
    let worker_for_member = app.take_statements().await;
    app.post(&links, None, &link("nobody@example.no")).await.expect(202);
    app.take_statements().await;
    app.handle_public_requests().await;
    assert_ne!(worker_for_member, app.take_statements().await);
}

#[actix_web::test]
async fn strangers_add_nothing_to_a_known_person_until_the_link_is_used() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let member = create(&app, &admin, &world.a.slug, &new_member(world.c1.id, "kari@example.no")).await.expect(201);
    let id = member.body["id"].as_str().unwrap().to_owned();
    let resigned = member.body["memberships"][0]["id"].as_str().unwrap().to_owned();
    let change = json!({"status": "resigned", "effective_on": Utc::now().date_naive()});
    app.post(&format!("/api/v1/memberships/{resigned}/changes"), Some(&admin), &change).await.expect(200);
    let person_rows = |table: &str| format!("{table} WHERE person_id = '{id}'");
    let before = (app.count(&person_rows("consents")).await, app.count(&person_rows("memberships")).await);
    let mut body = signup_body(&app, &world, Some("kari@example.no")).await;
    body["given_name"] = json!("Stranger");
    for _ in 0..20 {
        sign_up(&app, &world.a.slug, &body).await.expect(202);
    }
    assert_eq!((app.count(&person_rows("consents")).await, app.count(&person_rows("memberships")).await), before);
    assert_eq!(app.count("people WHERE given_name = 'Stranger'").await, 0);
    let links = app.mails_to("kari@example.no").await.into_iter().filter(|m| m.contains("#token=")).count();
    assert_eq!(links, 1, "one link, however often they try");

    let token = app.mailed_token("kari@example.no").await;
    app.post("/api/v1/public/signups/confirm", None, &json!({"token": token})).await.expect(200);
    assert_eq!(app.count(&person_rows("consents")).await, before.0 + 1);
    assert_eq!(app.count(&format!("memberships WHERE person_id = '{id}' AND status = 'active'")).await, 1);
    app.post("/api/v1/public/signups/confirm", None, &json!({"token": token}))
        .await
        .expect_problem(404, "invalid_link");
}

#[actix_web::test]
async fn an_idempotency_key_makes_a_retry_a_no_op() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let body = signup_body(&app, &world, Some("kari@example.no")).await;
    let url = format!("/api/v1/public/orgs/{}/signups", world.a.slug);
    let send = |body: Value, key: &'static str| {
        let (app, url) = (&app, &url);
        async move { app.call_with("POST", url, None, &[("idempotency-key", key)], Some(&body)).await }
    };
    send(body.clone(), "key-1").await.expect(202);
    send(body.clone(), "key-1").await.expect(202);
    assert_eq!(app.count("public_requests").await, 1, "the retry is not queued");
    app.handle_public_requests().await;
    assert_eq!(app.count("signups").await, 1);
    send(body.clone(), "key-1").await.expect(202);
    assert_eq!(app.handle_public_requests().await, 0, "handled, the key is still remembered");
    let mut other = body.clone();
    other["given_name"] = json!("Karianne");
    send(other, "key-1").await.expect_problem(422, "idempotency_key_reused");
    send(body, "ugyldig nøkkel").await.expect_problem(400, "invalid_idempotency_key");
    app.handle_public_requests().await;
    assert_eq!(app.count("signups").await, 1);
    assert_eq!(app.count("public_requests WHERE request IS NULL AND handled_at IS NOT NULL").await, 1);
}

#[actix_web::test]
async fn bad_signups_are_refused_and_write_nothing() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let body = signup_body(&app, &world, Some("kari@example.no")).await;
    let with = |field: &str, value: Value| {
        let mut b = body.clone();
        b[field] = value;
        b
    };
    let slug = &world.a.slug;
    let refused_field = |reply: Reply| {
        let errors = reply.expect_problem(422, "validation_failed").body["errors"].clone();
        (errors[0]["field"].as_str().unwrap().to_owned(), errors[0]["code"].as_str().unwrap().to_owned())
    };
    let consent = refused_field(sign_up(&app, slug, &with("consent", json!(false))).await);
    assert_eq!(consent, ("consent".to_owned(), "consent_required".to_owned()));
    sign_up(&app, slug, &with("consent_version", json!("nb-0000"))).await.expect_problem(409, "consent_outdated");
    let contact = refused_field(sign_up(&app, slug, &with("email", Value::Null)).await);
    assert_eq!(contact, ("email".to_owned(), "contact_required".to_owned()));
    let id_number = sign_up(&app, slug, &with("given_name", json!("010170 12262"))).await;
    assert_eq!(id_number.expect_problem(422, "validation_failed").body["errors"][0]["code"], "national_id_number");
    sign_up(&app, slug, &with("chapter_id", json!(world.cb.id))).await.expect_problem(404, "unknown_chapter");
    let place = refused_field(sign_up(&app, slug, &with("chapter_id", Value::Null)).await);
    assert_eq!(place, ("chapter_id".to_owned(), "place_required".to_owned()));
    // Everything missing at once is refused at once, each error beside its own field.
    let empty =
        json!({"given_name": "", "family_name": "", "language": "nb", "consent": false, "consent_version": "v"});
    let all = sign_up(&app, slug, &empty).await.expect_problem(422, "validation_failed");
    let mut fields: Vec<&str> =
        all.body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    fields.sort_unstable();
    assert_eq!(fields, ["chapter_id", "consent", "email", "family_name", "given_name"], "{}", all.body);
    sign_up(&app, slug, &with("membership_type", json!("lifelong")))
        .await
        .expect_problem(404, "unknown_membership_type");
    let honeypot = sign_up(&app, slug, &with("website", json!("http://spam.example"))).await.expect(202);
    assert_eq!(honeypot.body["status"], "received", "a bot sees success");
    for table in ["public_requests", "people", "memberships", "consents", "signups", "outbox"] {
        assert_eq!(app.count(table).await, 0, "{table}");
    }
}

#[actix_web::test]
async fn a_signup_that_fails_half_way_leaves_nothing_behind_and_is_tried_again() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    conn.batch_execute(
        "CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$;
         CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION fail();",
    )
    .await
    .unwrap();
    let body = signup_body(&app, &world, Some("kari@example.no")).await;
    sign_up(&app, &world.a.slug, &body).await.expect(202);
    for table in ["people", "memberships", "membership_periods", "consents", "signups", "outbox"] {
        assert_eq!(app.count(table).await, 0, "{table}");
    }
    assert_eq!(app.count("public_requests WHERE attempts = 1 AND next_attempt_at > now()").await, 1, "it waits");
    diesel::sql_query("DROP TRIGGER fail_outbox ON outbox").execute(conn).await.unwrap();
    diesel::sql_query("UPDATE public_requests SET next_attempt_at = now()").execute(conn).await.unwrap();
    assert_eq!(app.handle_public_requests().await, 1);
    assert_eq!(app.count("people").await, 1);
    assert_eq!(app.count("public_requests").await, 0);
}

#[actix_web::test]
async fn phone_signups_wait_for_staff_and_postal_codes_land_nationally() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let mut body = signup_body(&app, &world, None).await;
    body["phone"] = json!("912 34 567");
    body["chapter_id"] = Value::Null;
    body["postal_code"] = json!("9008");
    sign_up(&app, &world.a.slug, &body).await.expect(202);
    let conn = &mut app.conn().await;
    let (home, phone): (fellesskap::ids::ChapterId, Option<String>) =
        people::table.select((people::home_chapter_id, people::phone)).first(conn).await.unwrap();
    assert_eq!((home, phone.as_deref()), (world.a.root.id, Some("+4791234567")));
    let expires: Option<chrono::DateTime<Utc>> = signups::table.select(signups::expires_at).first(conn).await.unwrap();
    assert_eq!(expires, None, "a phone sign-up does not expire; staff confirm it");
    assert_eq!(app.count("outbox").await, 0);
    let membership: Uuid = memberships::table.select(memberships::id).first(conn).await.unwrap();
    let admin = app.token(world.org_admin).await;
    let change = json!({"status": "active", "chapter_id": world.c1.id});
    let reply = app.post(&format!("/api/v1/memberships/{membership}/changes"), Some(&admin), &change).await.expect(200);
    assert_eq!(reply.body["status"], "active");
}

#[actix_web::test]
async fn signups_are_rate_limited_per_client_address() {
    let mut config = test_config();
    config.signup_limit_per_address = 3;
    let app = spawn_app_with(config).await;
    let world = World::build(&app).await;
    for n in 0..3 {
        let body = signup_body(&app, &world, Some(&format!("p{n}@example.no"))).await;
        sign_up(&app, &world.a.slug, &body).await.expect(202);
    }
    let body = signup_body(&app, &world, Some("p9@example.no")).await;
    let reply = sign_up(&app, &world.a.slug, &body).await.expect_problem(429, "too_many_requests");
    assert!(reply.header("retry-after").is_some());
    assert_eq!(app.count("people").await, 3);
}

#[actix_web::test]
async fn expired_unconfirmed_signups_are_purged_and_nothing_else() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    create(&app, &admin, &world.a.slug, &new_member(world.c1.id, "member@example.no")).await.expect(201);
    for email in ["stale@example.no", "fresh@example.no", "member@example.no"] {
        sign_up(&app, &world.a.slug, &signup_body(&app, &world, Some(email)).await).await.expect(202);
    }
    let conn = &mut app.conn().await;
    let stale: Uuid =
        people::table.filter(people::email.eq("stale@example.no")).select(people::id).first(conn).await.unwrap();
    let member: Uuid =
        people::table.filter(people::email.eq("member@example.no")).select(people::id).first(conn).await.unwrap();
    diesel::update(signups::table.filter(signups::person_id.eq_any([stale, member])))
        .set(signups::expires_at.eq(Utc::now() - chrono::Duration::minutes(1)))
        .execute(conn)
        .await
        .unwrap();
    assert_eq!(purge_expired(conn).await.unwrap(), 2, "both sign-ups go, and only what the stale one created");
    let left: Vec<String> =
        people::table.select(people::email.assume_not_null()).order(people::email).load(conn).await.unwrap();
    assert_eq!(left, ["fresh@example.no", "member@example.no"]);
    assert_eq!(app.count("memberships").await, 2);
    let stale_rows: i64 = outbox::table.filter(outbox::person_id.eq(stale)).count().get_result(conn).await.unwrap();
    assert_eq!(stale_rows, 0);
    assert_eq!(purge_expired(conn).await.unwrap(), 0);
}
