//! Chapter and organisation counts against a hand-computed history.
//!
//! ```text
//! A  C1  ordinary  born 2000  active 2025-01-10, fee 2025
//! B  L1  youth     born 1960  active 2025-03-01, resigned 2025-05-01
//! C  L1  ordinary  no year    active 2025-02-01, moved to C2 2025-04-01
//! D  C1  ordinary  born 1990  pending since 2025-01-01
//! E  C2  ordinary  born 1990  active 2025-01-01, fee 2025
//! ```

use chrono::{Days, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_query;
use diesel_async::RunQueryDsl;
use fellesskap::db::schema::{member_day_coverage, memberships};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};
use crate::members::create;
use crate::world::World;
use fellesskap::ids::ChapterId;

struct Member<'a> {
    chapter: ChapterId,
    membership_type: &'a str,
    born: Option<i32>,
    status: &'a str,
    since: &'a str,
}

async fn add(app: &TestApp, token: &str, slug: &str, n: usize, m: Member<'_>) -> String {
    let body = json!({"given_name": format!("M{n}"), "family_name": "Count", "email": format!("m{n}@example.no"),
        "birth_year": m.born,
        "membership": {"chapter_id": m.chapter, "membership_type": m.membership_type, "status": m.status, "joined_on": m.since}});
    let reply = create(app, token, slug, &body).await.expect(201);
    reply.body["memberships"][0]["id"].as_str().unwrap().to_owned()
}

async fn change(app: &TestApp, token: &str, membership: &str, body: Value) {
    app.post(&format!("/api/v1/memberships/{membership}/changes"), Some(token), &body).await.expect(200);
}

async fn fee(app: &TestApp, token: &str, membership: &str) {
    let fee = json!({"year": 2025, "amount_ore": 30000, "paid_on": "2025-02-01", "method": "bank_transfer"});
    app.post(&format!("/api/v1/memberships/{membership}/fees"), Some(token), &fee).await.expect(201);
}

async fn history(app: &TestApp, world: &World) {
    let token = app.token(world.org_admin).await;
    let slug = &world.a.slug;
    let m = |chapter, membership_type, born, status, since| Member { chapter, membership_type, born, status, since };
    let a = add(app, &token, slug, 1, m(world.c1.id, "ordinary", Some(2000), "active", "2025-01-10")).await;
    fee(app, &token, &a).await;
    let b = add(app, &token, slug, 2, m(world.l1.id, "youth", Some(1960), "active", "2025-03-01")).await;
    change(app, &token, &b, json!({"status": "resigned", "effective_on": "2025-05-01"})).await;
    let c = add(app, &token, slug, 3, m(world.l1.id, "ordinary", None, "active", "2025-02-01")).await;
    change(app, &token, &c, json!({"chapter_id": world.c2.id, "effective_on": "2025-04-01"})).await;
    add(app, &token, slug, 4, m(world.c1.id, "ordinary", Some(1990), "pending", "2025-01-01")).await;
    let e = add(app, &token, slug, 5, m(world.c2.id, "ordinary", Some(1990), "active", "2025-01-01")).await;
    fee(app, &token, &e).await;
}

fn statuses(pending: i64, active: i64, lapsed: i64, resigned: i64, deceased: i64) -> Value {
    json!({"pending": pending, "active": active, "lapsed": lapsed, "resigned": resigned, "deceased": deceased})
}

fn bands(under: i64, youth: i64, over: i64, unknown: i64) -> Value {
    json!({"under_youth": under, "youth": youth, "over_youth": over, "unknown": unknown})
}

#[actix_web::test]
async fn chapter_counts_match_the_history_alone_and_rolled_up() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/chapters/{}/counts?as_of=2025-03-15", world.c1.id);
    let reply = app.get(&url, Some(&leader)).await.expect(200);
    let (own, all) = (&reply.body["chapter"], &reply.body["subtree"]);
    assert_eq!(reply.body["from"], "2025-01-01");
    assert_eq!(own["by_status"], statuses(1, 1, 0, 0, 0));
    assert_eq!(all["by_status"], statuses(1, 3, 0, 0, 0));
    assert_eq!(own["by_type"], json!({"ordinary": 1}));
    assert_eq!(all["by_type"], json!({"ordinary": 2, "youth": 1}));
    assert_eq!(own["by_age_band"], bands(0, 1, 0, 0));
    assert_eq!(all["by_age_band"], bands(0, 1, 1, 1));
    assert_eq!((&own["joined"], &all["joined"]), (&json!(1), &json!(3)));
    assert_eq!((&own["ended"], &all["ended"]), (&json!(0), &json!(0)));
    assert_eq!((&own["paying"], &all["paying"]), (&json!(1), &json!(1)));

    let url = format!("/api/v1/chapters/{}/counts?as_of=2025-06-01", world.c1.id);
    let reply = app.get(&url, Some(&leader)).await.expect(200);
    let all = &reply.body["subtree"];
    assert_eq!(all["by_status"], statuses(1, 1, 0, 1, 0), "B resigned, C moved away");
    assert_eq!(all["joined"], 3, "C joined here before moving");
    assert_eq!(all["ended"], 1);

    let url = format!("/api/v1/chapters/{}/counts?as_of=2025-06-01&from=2025-04-01&to=2025-12-31", world.l1.id);
    let reply = app.get(&url, Some(&leader)).await.expect(200);
    assert_eq!(reply.body["chapter"]["by_status"], statuses(0, 0, 0, 1, 0));
    assert_eq!((&reply.body["chapter"]["joined"], &reply.body["chapter"]["ended"]), (&json!(0), &json!(1)));

    let url = format!("/api/v1/chapters/{}/counts?as_of=2024-12-31&fee_year=2024", world.c1.id);
    let reply = app.get(&url, Some(&leader)).await.expect(200);
    assert_eq!(reply.body["subtree"]["by_status"], statuses(0, 0, 0, 0, 0));
    assert_eq!(reply.body["subtree"]["paying"], 0);
}

#[actix_web::test]
async fn organisation_counts_cover_every_chapter() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/orgs/{}/counts?as_of=2025-06-01", world.a.slug);
    let reply = app.get(&url, Some(&admin)).await.expect(200);
    assert_eq!(reply.body["chapter_id"], json!(world.a.root.id));
    assert_eq!(reply.body["chapter"]["by_status"], statuses(0, 0, 0, 0, 0));
    let all = &reply.body["subtree"];
    assert_eq!(all["by_status"], statuses(1, 3, 0, 1, 0));
    assert_eq!(all["by_type"], json!({"ordinary": 3}));
    assert_eq!(all["by_age_band"], bands(0, 2, 0, 1), "E turns 35 in 2025: still youth");
    assert_eq!((&all["joined"], &all["ended"], &all["paying"]), (&json!(4), &json!(1), &json!(2)));
    let url = format!("/api/v1/orgs/{}/counts?as_of=2025-06-01&from=2025-07-01&to=2025-06-30", world.a.slug);
    app.get(&url, Some(&admin)).await.expect_problem(422, "period_order");
}

#[actix_web::test]
async fn a_leader_counts_their_own_subtree_and_nothing_else() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let leader = app.token(world.leader).await;
    for chapter in [world.c2.id, world.a.root.id] {
        app.get(&format!("/api/v1/chapters/{chapter}/counts"), Some(&leader)).await.expect(403);
    }
    app.get(&format!("/api/v1/chapters/{}/counts", world.cb.id), Some(&leader)).await.expect(404);
    app.get(&format!("/api/v1/orgs/{}/counts", world.a.slug), Some(&leader)).await.expect(403);
    app.get(&format!("/api/v1/chapters/{}/counts", world.c1.id), None).await.expect(401);
}

/// What the counts answer for a spread of days, periods and scopes: the figures compared
/// while the days are counted, corrected, folded and counted again.
async fn answers(app: &TestApp, token: &str, world: &World, past_only: bool) -> Vec<Value> {
    let org = format!("/api/v1/orgs/{}/counts", world.a.slug);
    let scopes =
        [org, format!("/api/v1/chapters/{}/counts", world.c1.id), format!("/api/v1/chapters/{}/counts", world.l1.id)];
    let mut days = vec![
        "2024-06-01",
        "2024-12-31",
        "2025-01-01",
        "2025-02-15",
        "2025-03-14",
        "2025-03-15",
        "2025-04-01",
        "2025-05-01",
        "2025-05-31",
        "2025-06-01",
        "2025-12-31",
    ];
    let today = Utc::now().date_naive().to_string();
    if !past_only {
        days.push(&today);
    }
    let mut out = Vec::new();
    for scope in &scopes {
        for day in &days {
            for period in ["", "&from=2025-03-01&to=2025-04-30"] {
                let reply = app.get(&format!("{scope}?as_of={day}{period}"), Some(token)).await.expect(200);
                out.push(json!({"scope": scope, "day": day, "period": period, "counts": reply.body}));
            }
        }
    }
    out
}

async fn count_every_day(app: &TestApp) {
    let conn = &mut app.conn().await;
    while fellesskap::members::queries::counts::count_days(conn).await.unwrap() {}
}

/// The last day counted for `org`, if any is.
async fn counted_through(app: &TestApp, org: fellesskap::ids::OrgId) -> Option<NaiveDate> {
    let conn = &mut app.conn().await;
    member_day_coverage::table.find(org).select(member_day_coverage::through).first(conn).await.optional().unwrap()
}

async fn fold_every_correction(app: &TestApp) {
    let conn = &mut app.conn().await;
    while fellesskap::members::queries::counts::fold_corrections(conn).await.unwrap() {}
}

#[actix_web::test]
async fn counted_days_answer_what_the_periods_answer_through_corrections_and_erasure() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let from_periods = answers(&app, &admin, &world, false).await;

    count_every_day(&app).await;
    let conn = &mut app.conn().await;
    assert_eq!(counted_through(&app, world.a.id).await, Some(Utc::now().date_naive() - Days::new(1)));
    assert!(app.count("member_day_counts").await > 0);
    assert_eq!(answers(&app, &admin, &world, false).await, from_periods, "counted days answer as the periods do");

    // Today's changes touch no counted day.
    let today_only = add(
        &app,
        &admin,
        &world.a.slug,
        6,
        Member {
            chapter: world.c1.id,
            membership_type: "ordinary",
            born: Some(1980),
            status: "active",
            since: &Utc::now().date_naive().to_string(),
        },
    )
    .await;
    change(&app, &admin, &today_only, json!({"status": "resigned", "effective_on": Utc::now().date_naive()})).await;
    assert_eq!(app.count("member_day_count_corrections").await, 0);

    // History corrected backwards: a move, a resignation and a member who joined long ago.
    let token = &admin;
    let c1_member = app.get(&format!("/api/v1/chapters/{}/members?status=active", world.c1.id), Some(token)).await;
    let a = c1_member.body["items"][0]["membership_id"].as_str().unwrap().to_owned();
    change(&app, token, &a, json!({"chapter_id": world.l1.id, "effective_on": "2025-03-15"})).await;
    let c2_member = app.get(&format!("/api/v1/chapters/{}/members?status=active", world.c2.id), Some(token)).await;
    let e = c2_member.body["items"].as_array().unwrap().iter().find(|m| m["given_name"] == "M5").unwrap();
    let e = e["membership_id"].as_str().unwrap().to_owned();
    change(&app, token, &e, json!({"status": "resigned", "effective_on": "2025-06-01"})).await;
    add(
        &app,
        token,
        &world.a.slug,
        7,
        Member {
            chapter: world.l1.id,
            membership_type: "ordinary",
            born: Some(2001),
            status: "active",
            since: "2024-06-01",
        },
    )
    .await;
    assert!(app.count("member_day_count_corrections").await > 0);
    let corrected = answers(&app, token, &world, false).await;
    assert_ne!(corrected, from_periods);
    let late_2025 = app.get(&format!("/api/v1/orgs/{}/counts?as_of=2025-12-31", world.a.slug), Some(token)).await;
    assert_eq!(late_2025.body["subtree"]["by_status"], statuses(1, 3, 0, 2, 0), "{}", late_2025.body);

    fold_every_correction(&app).await;
    assert_eq!(app.count("member_day_count_corrections").await, 0);
    assert_eq!(answers(&app, token, &world, false).await, corrected, "folded corrections answer as before");

    sql_query(format!("SELECT recount_member_days('{}', '2000-01-01')", world.a.id)).execute(conn).await.unwrap();
    assert_eq!(answers(&app, token, &world, false).await, corrected, "the periods alone answer the same");
    count_every_day(&app).await;
    assert_eq!(answers(&app, token, &world, false).await, corrected, "counted again, the same");

    // Erasure keeps the periods and the birth years they were counted with.
    let membership: uuid::Uuid = a.parse().unwrap();
    let person: uuid::Uuid =
        memberships::table.find(membership).select(memberships::person_id).first(conn).await.unwrap();
    let before = answers(&app, token, &world, true).await;
    app.post(&format!("/api/v1/members/{person}/erasure"), Some(token), &json!({})).await.expect(200);
    assert_eq!(answers(&app, token, &world, true).await, before, "erasure changes no past day");
}

#[actix_web::test]
async fn a_backlog_of_corrections_has_the_days_counted_again_with_the_same_answers() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    count_every_day(&app).await;
    let counted = answers(&app, &admin, &world, false).await;
    // Images of a period that cancel out, more than a fold takes one by one.
    let pairs = fellesskap::members::queries::counts::RECOUNT_BACKLOG / 2 + 1;
    let conn = &mut app.conn().await;
    sql_query(format!(
        "INSERT INTO member_day_count_corrections (organisation_id, chapter_id, status, type_code, birth_year,
             valid_from, valid_to, starts_membership, ends_membership, through, delta)
         SELECT '{org}', '{chapter}', 'active', 'ordinary', 1990, '2025-01-05', NULL, true, false, utc_today() - 1, d
         FROM generate_series(1, {pairs}), unnest(ARRAY[1, -1]::smallint[]) AS d",
        org = world.a.id,
        chapter = world.c1.id
    ))
    .execute(conn)
    .await
    .unwrap();
    assert_eq!(answers(&app, &admin, &world, false).await, counted);
    fold_every_correction(&app).await;
    assert_eq!(app.count("member_day_count_corrections").await, 0);
    assert_eq!(
        counted_through(&app, world.a.id).await,
        NaiveDate::from_ymd_opt(2025, 1, 4),
        "counted again from the first day changed"
    );
    assert_eq!(answers(&app, &admin, &world, false).await, counted);
    count_every_day(&app).await;
    assert_eq!(answers(&app, &admin, &world, false).await, counted);
}

#[actix_web::test]
async fn an_organisation_being_counted_or_written_is_put_off_and_the_others_are_counted() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let token = app.token(world.other_org_admin).await;
    add(
        &app,
        &token,
        &world.b.slug,
        8,
        Member { chapter: world.cb.id, membership_type: "ordinary", born: None, status: "active", since: "2025-06-01" },
    )
    .await;
    // Another replica counting organisation A, then a writer of A's periods that has not
    // committed: either way A waits and B is counted.
    for lock in [
        "SELECT pg_advisory_xact_lock(member_days_lock_key($1, 'counter'))",
        "SELECT pg_advisory_xact_lock_shared(member_days_lock_key($1, 'periods'))",
    ] {
        let holder = &mut app.conn().await;
        sql_query("BEGIN").execute(holder).await.unwrap();
        sql_query(lock).bind::<diesel::sql_types::Uuid, _>(world.a.id).execute(holder).await.unwrap();
        count_every_day(&app).await;
        assert_eq!(counted_through(&app, world.a.id).await, None, "{lock}");
        assert_eq!(counted_through(&app, world.b.id).await, Some(Utc::now().date_naive() - Days::new(1)), "{lock}");
        sql_query("ROLLBACK").execute(holder).await.unwrap();
    }
    count_every_day(&app).await;
    assert_eq!(counted_through(&app, world.a.id).await, Some(Utc::now().date_naive() - Days::new(1)));
}

#[actix_web::test]
async fn periods_are_written_only_under_read_committed() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let conn = &mut app.conn().await;
    sql_query("BEGIN ISOLATION LEVEL REPEATABLE READ").execute(conn).await.unwrap();
    let refused =
        sql_query("UPDATE membership_periods SET birth_year = 1950 WHERE birth_year = 1990").execute(conn).await;
    let message = refused.expect_err("a period written under REPEATABLE READ").to_string();
    assert!(message.contains("READ COMMITTED"), "{message}");
    sql_query("ROLLBACK").execute(conn).await.unwrap();
}
