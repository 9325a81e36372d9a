//! Chapter and organisation counts against a hand-computed history.
//!
//! ```text
//! A  C1  ordinary  born 2000  active 2025-01-10, fee 2025
//! B  L1  youth     born 1960  active 2025-03-01, resigned 2025-05-01
//! C  L1  ordinary  no year    active 2025-02-01, moved to C2 2025-04-01
//! D  C1  ordinary  born 1990  pending since 2025-01-01
//! E  C2  ordinary  born 1990  active 2025-01-01, fee 2025
//! ```

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

#[actix_web::test]
async fn todays_counts_come_from_the_running_totals_before_and_after_folding() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    history(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let url = format!("/api/v1/orgs/{}/counts", world.a.slug);
    let chapter = format!("/api/v1/chapters/{}/counts", world.c1.id);
    let past = format!("{url}?as_of=2025-12-31");
    let expected = app.get(&past, Some(&admin)).await.expect(200).body["subtree"]["by_status"].clone();
    assert_eq!(expected, statuses(1, 3, 0, 1, 0));
    let conn = &mut app.conn().await;
    for folded in [false, true] {
        if folded {
            assert!(fellesskap::members::queries::counts::fold_changes(conn).await.unwrap() > 0);
            assert_eq!(fellesskap::members::queries::counts::fold_changes(conn).await.unwrap(), 0);
        }
        let today = app.get(&url, Some(&admin)).await.expect(200).body;
        assert_eq!(today["subtree"]["by_status"], expected, "folded: {folded}");
        assert_eq!(today["subtree"]["by_type"], json!({"ordinary": 3}));
        let c1 = app.get(&chapter, Some(&admin)).await.expect(200).body;
        assert_eq!(c1["subtree"]["by_status"], statuses(1, 1, 0, 1, 0), "folded: {folded}");
        assert_eq!(c1["chapter"]["by_status"], statuses(1, 1, 0, 0, 0), "folded: {folded}");
    }
    let membership = app.get(&format!("/api/v1/chapters/{}/members?status=active", world.c2.id), Some(&admin)).await;
    let moved = membership.body["items"][0]["membership_id"].as_str().unwrap().to_owned();
    change(&app, &admin, &moved, json!({"chapter_id": world.c1.id})).await;
    let c1 = app.get(&chapter, Some(&admin)).await.expect(200).body;
    assert_eq!(c1["chapter"]["by_status"], statuses(1, 2, 0, 0, 0), "a move counts at once, unfolded");
}
