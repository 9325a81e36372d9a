//! The registry of where a person is held: it classifies everything in the real schema and names
//! what it does not; export, erasure and merge reach every table it lists.

use std::collections::HashMap;

use chrono::{Days, Months, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Uuid as SqlUuid};
use diesel::{QueryableByName, sql_query};
use diesel_async::{RunQueryDsl, SimpleAsyncConnection};
use fellesskap::db::schema::{follow_ups, outbox, people};
use fellesskap::members::registry::{self, Empty, Erasure, HOLDINGS, Merge, queries::rows_of};
use fellesskap::volunteers::reminders::send_due;
use serde_json::json;
use uuid::Uuid;

use crate::activity::{group, lead};
use crate::helpers::{TestApp, spawn_app};
use crate::world::{World, grant, user};
use fellesskap::auth::Role;

#[actix_web::test]
async fn the_registry_names_every_table_and_column_it_does_not_classify() {
    let app = spawn_app().await;
    let conn = &mut app.conn().await;
    assert_eq!(registry::check(conn).await.unwrap(), Vec::<String>::new(), "the real schema is classified");

    conn.batch_execute(
        "CREATE TABLE scratch_notes (id uuid PRIMARY KEY, person_id uuid NOT NULL REFERENCES people (id),
                                     reply_email text, helper_ids uuid[]);
         CREATE TABLE scratch_receipts (id uuid PRIMARY KEY, fee_id uuid NOT NULL REFERENCES membership_fees (id));
         CREATE UNIQUE INDEX scratch_one_role_each ON volunteer_roles (chapter_id, person_id);",
    )
    .await
    .unwrap();
    let found = registry::check(conn).await.unwrap();
    let expected = [
        "scratch_notes.helper_ids:",
        "scratch_notes.person_id:",
        "scratch_notes.reply_email:",
        "scratch_receipts.fee_id:",
        "volunteer_roles.person_id: the unique key scratch_one_role_each",
    ];
    for name in expected {
        assert!(found.iter().any(|f| f.starts_with(name)), "{name} is not named in {found:#?}");
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
}

/// Signs `n` up publicly (consent, sign-up, confirmation e-mail) with an `Idempotency-Key`,
/// confirms, and gives them a fee, a contact with a note, a self-service link and a role in C1.
async fn member_with_history(app: &TestApp, world: &World, n: usize) -> Uuid {
    let admin = app.token(world.org_admin).await;
    let email = format!("holder{n}@example.no");
    let form =
        app.get(&format!("/api/v1/public/orgs/{}/signup-form?lang=nb", world.a.slug), None).await.expect(200).body;
    let signup = json!({"given_name": format!("Ragnhild{n}"), "family_name": "Oppbevaren", "email": email,
        "chapter_id": world.c1.id, "language": "nb", "consent": true, "consent_version": form["consent"]["version"]});
    let url = format!("/api/v1/public/orgs/{}/signups", world.a.slug);
    let key = format!("registry-{n}");
    app.call_with("POST", &url, None, &[("idempotency-key", &key)], Some(&signup)).await.expect(202);
    app.handle_public_requests().await;
    let conn = &mut app.conn().await;
    let id: Uuid = people::table.filter(people::email.eq(&email)).select(people::id).first(conn).await.unwrap();
    let confirmation: String =
        outbox::table.filter(outbox::person_id.eq(id)).select(outbox::body).first(conn).await.unwrap();
    let token = crate::helpers::token_in(&confirmation);
    app.post("/api/v1/public/signups/confirm", None, &json!({"token": token})).await.expect(200);

    let member = app.get(&format!("/api/v1/members/{id}"), Some(&admin)).await.expect(200).body;
    let membership = member["memberships"][0]["id"].as_str().unwrap();
    let fee = json!({"year": 2026, "amount_ore": 25000, "paid_on": "2026-01-15", "method": "vipps"});
    app.post(&format!("/api/v1/memberships/{membership}/fees"), Some(&admin), &fee).await.expect(201);
    let follow_up: Uuid =
        follow_ups::table.filter(follow_ups::person_id.eq(id)).select(follow_ups::id).first(conn).await.unwrap();
    let contact = json!({"channel": "phone", "outcome": "reached", "note": format!("Snakket med Ragnhild{n}")});
    app.post(&format!("/api/v1/follow-ups/{follow_up}/contacts"), Some(&admin), &contact).await.expect(201);
    let link = json!({"email": email, "purpose": "export"});
    app.post(&format!("/api/v1/public/orgs/{}/self-service-links", world.a.slug), None, &link).await.expect(202);
    app.handle_public_requests().await;
    let role = json!({"person_id": id, "role": "peer_supporter", "from_on": "2025-01-01"});
    app.post(&format!("/api/v1/chapters/{}/volunteers", world.c1.id), Some(&admin), &role).await.expect(201);
    let account = user(app, conn, &format!("holder-account{n}@test.example")).await;
    grant(conn, account, Role::Volunteer, Some(world.a.id), Some(world.c1.id)).await;
    let link = json!({"user_id": account});
    app.call("PUT", &format!("/api/v1/members/{id}/account"), Some(&admin), Some(&link)).await.expect(200);
    // A leader of C2, who cannot see them, registers the same address: a member request.
    let c2_leader = user(app, conn, &format!("c2-leader{n}@test.example")).await;
    grant(conn, c2_leader, Role::ChapterLeader, Some(world.a.id), Some(world.c2.id)).await;
    let again = json!({"given_name": "Ola", "family_name": "Oppbevaren", "email": email,
                       "membership": {"chapter_id": world.c2.id, "membership_type": "ordinary"}});
    let token = app.token(c2_leader).await;
    app.post(&format!("/api/v1/orgs/{}/members", world.a.slug), Some(&token), &again).await.expect(201);
    id
}

/// Each person's peer-supporter profile, a conversation request from their address assigned to
/// the other, accepted and held once on the other's linked account.
async fn peer_support_of_both(app: &TestApp, world: &World, people: [(Uuid, usize); 2]) {
    let admin = app.token(world.org_admin).await;
    let form = app.get(&format!("/api/v1/public/orgs/{}/conversation-form?lang=nb", world.a.slug), None).await;
    let version = form.expect(200).body["consent"]["version"].clone();
    for (i, (person, n)) in people.into_iter().enumerate() {
        let profile = json!({"languages": ["en"], "relations": ["sibling"]});
        app.call("PUT", &format!("/api/v1/members/{person}/peer-profile"), Some(&admin), Some(&profile))
            .await
            .expect(200);
        let ask = json!({"chapter_id": world.c1.id, "relation": "sibling", "age_group": "50_66", "language": "nb",
                         "channel": "meeting", "email": format!("holder{n}@example.no"), "consent": true,
                         "consent_version": version});
        let url = format!("/api/v1/orgs/{}/conversation-requests", world.a.slug);
        let request = app.post(&url, Some(&admin), &ask).await.expect(201).body;
        let other = people[1 - i].0;
        let url = format!("/api/v1/conversation-requests/{}/assignment", request["id"].as_str().unwrap());
        let assigned = app.post(&url, Some(&admin), &json!({"person_id": other})).await.expect(201).body;
        let assignment = assigned["assignments"][0]["id"].as_str().unwrap().to_owned();
        let account: Uuid = diesel::sql_query("SELECT user_id AS id FROM account_people WHERE person_id = $1")
            .bind::<SqlUuid, _>(other)
            .get_result::<IdRow>(&mut app.conn().await)
            .await
            .unwrap()
            .id;
        let token = app.token(account.into()).await;
        app.call("POST", &format!("/api/v1/assignments/{assignment}/accept"), Some(&token), None).await.expect(200);
        let held = json!({"held_on": Utc::now().date_naive(), "duration_minutes": 45, "channel": "in_person"});
        app.post(&format!("/api/v1/assignments/{assignment}/conversations"), Some(&token), &held).await.expect(201);
    }
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
}

/// Two records with a row in every table the registry lists, sharing a course run (taught and
/// completed by both, and reminded of), a grief group and an activity.
async fn two_records_held_everywhere(app: &TestApp, world: &World) -> (Uuid, Uuid) {
    let admin = app.token(world.org_admin).await;
    let (a, b) = (member_with_history(app, world, 1).await, member_with_history(app, world, 2).await);
    let lapsing = Utc::now().date_naive() - Months::new(24) + Days::new(30);
    let run = json!({"course_type": "peer_supporter_course", "chapter_id": world.c1.id, "held_on": lapsing,
                     "instructor_ids": [a, b]});
    let run = app.post(&format!("/api/v1/orgs/{}/course-runs", world.a.slug), Some(&admin), &run).await.expect(201);
    let completions = format!("/api/v1/course-runs/{}/completions", run.body["id"].as_str().unwrap());
    for person in [a, b] {
        app.post(&completions, Some(&admin), &json!({"person_id": person})).await.expect(201);
    }
    assert_eq!(send_due(&mut app.conn().await).await.unwrap(), 2, "both qualifications lapse within 60 days");
    let grief_group = group(app, &admin, world.c1.id, "2025-01-01").await;
    lead(app, &admin, grief_group, a, "trained_bereaved", "2025-01-01").await.expect(201);
    lead(app, &admin, grief_group, b, "co_leader", "2025-01-01").await.expect(201);
    let yesterday = Utc::now().date_naive() - Days::new(1);
    let activity = json!({"kind": "peer_conversation", "held_on": yesterday, "duration_minutes": 40,
                          "participants": 1, "channel": "phone", "volunteer_ids": [a, b]});
    app.post(&format!("/api/v1/chapters/{}/activities", world.c1.id), Some(&admin), &activity).await.expect(201);
    peer_support_of_both(app, world, [(a, 1), (b, 2)]).await;
    let conn = &mut app.conn().await;
    for person in [a, b] {
        let held = registry::held_rows(conn, person.into()).await.unwrap();
        let missing: Vec<_> = held.iter().filter(|(_, n)| **n == 0).map(|(t, _)| *t).collect();
        assert!(missing.is_empty(), "the fixture holds nothing of {person} in {missing:?}");
    }
    (a, b)
}

#[actix_web::test]
async fn merging_leaves_nothing_with_the_duplicate_and_the_export_shows_every_section() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let (keep, duplicate) = two_records_held_everywhere(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let member = app.get(&format!("/api/v1/members/{duplicate}"), Some(&admin)).await.expect(200).body;
    let membership = member["memberships"][0]["id"].as_str().unwrap();
    let resign = json!({"status": "resigned"});
    app.post(&format!("/api/v1/memberships/{membership}/changes"), Some(&admin), &resign).await.expect(200);
    let merge = json!({"duplicate_id": duplicate});
    app.post(&format!("/api/v1/members/{keep}/merge"), Some(&admin), &merge).await.expect(200);

    let left = registry::held_rows(&mut app.conn().await, duplicate.into()).await.unwrap();
    for h in HOLDINGS {
        let stays = matches!(h.merge, Merge::Keep(_));
        assert_eq!(left[h.table] > 0, stays, "{}: {} rows left with the duplicate", h.table, left[h.table]);
    }
    let runs = app.get(&format!("/api/v1/orgs/{}/course-runs", world.a.slug), Some(&admin)).await.expect(200);
    assert_eq!(runs.body["items"][0]["instructor_ids"], json!([keep]), "listed once, as the kept person");
    let export = app.get(&format!("/api/v1/members/{keep}/export"), Some(&admin)).await.expect(200).body;
    for section in registry::sections() {
        let shown = &export[section];
        assert!(shown.is_object() || shown.as_array().is_some_and(|s| !s.is_empty()), "{section} is empty");
    }
    assert_eq!(export["member"]["memberships"].as_array().unwrap().len(), 2);
    let one_each = ["course_completions", "qualification_reminders", "courses_taught"];
    for section in one_each {
        assert_eq!(export[section].as_array().unwrap().len(), 1, "{section}: the kept record's row stays");
    }
    // The activity both took part in, once, and the conversation each held for the other.
    assert_eq!(export["activities"].as_array().unwrap().len(), 3);
    assert_eq!(export["conversation_requests"].as_array().unwrap().len(), 2);
    assert_eq!(export["peer_assignments"].as_array().unwrap().len(), 2);
    assert_eq!(export["group_leaderships"].as_array().unwrap().len(), 2);
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// The condition that a row of `h` still holds what erasure should have removed or ended.
fn left_unerased(h: &registry::Holding) -> Option<String> {
    match h.erasure {
        Erasure::Delete => Some("true".to_owned()),
        Erasure::Clear { columns, .. } => Some(
            columns
                .iter()
                .map(|(c, empty)| match empty {
                    Empty::Null => format!("{c} IS NOT NULL"),
                    Empty::Array => format!("{c} <> '{{}}'"),
                })
                .collect::<Vec<_>>()
                .join(" OR "),
        ),
        Erasure::End { to, .. } => Some(format!("{to} IS NULL OR {to} >= current_date")),
        Erasure::Close(c) => Some(format!("{c} IS NULL")),
        Erasure::Resign => Some("status IN ('pending', 'active')".to_owned()),
        Erasure::Keep(_) => None,
    }
}

#[actix_web::test]
async fn erasure_removes_ends_or_keeps_every_holding_as_the_registry_says() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let (erased, other) = two_records_held_everywhere(&app, &world).await;
    let conn = &mut app.conn().await;
    let before: HashMap<&str, i64> = registry::held_rows(conn, erased.into()).await.unwrap();
    let others_before = registry::held_rows(conn, other.into()).await.unwrap();
    let admin = app.token(world.org_admin).await;
    app.post(&format!("/api/v1/members/{erased}/erasure"), Some(&admin), &json!({})).await.expect(200);

    let after = registry::held_rows(conn, erased.into()).await.unwrap();
    for h in HOLDINGS {
        match left_unerased(h) {
            Some(condition) => {
                let sql = format!("SELECT count(*) AS n FROM {} WHERE ({}) AND ({condition})", h.table, rows_of(h));
                let left = sql_query(sql).bind::<SqlUuid, _>(erased).get_result::<Count>(conn).await.unwrap().n;
                assert_eq!(left, 0, "{}: erasure left {left} rows as they were", h.table);
            }
            // Kept rows stay; the resignation adds a period, and the erasure an audit event.
            None => assert!(after[h.table] >= before[h.table], "{}: kept rows were removed", h.table),
        }
    }
    assert_eq!(registry::held_rows(conn, other.into()).await.unwrap(), others_before, "the other record is untouched");
    let dump = crate::rights::dump(&app.db_url);
    for needle in ["holder1@example.no", "Ragnhild1"] {
        assert!(!dump.contains(needle), "{needle} is still in the database");
    }
}
