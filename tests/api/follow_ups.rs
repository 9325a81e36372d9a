//! Kinds of follow-up as organisation data: what joining opens (the welcome and later contacts),
//! the yearly check-in with every peer supporter, and who is due and overdue.

use chrono::{Days, Months, Utc};
use fellesskap::followups::yearly::open_due;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::volunteers::{assign, person};
use crate::world::World;

async fn open_of(app: &TestApp, token: &str, chapter: fellesskap::ids::ChapterId, query: &str) -> Vec<Value> {
    let url = format!("/api/v1/chapters/{chapter}/follow-ups?{query}");
    app.get(&url, Some(token)).await.expect(200).body["items"].as_array().unwrap().clone()
}

fn of_person(items: &[Value], person: Uuid) -> Vec<&Value> {
    items.iter().filter(|f| f["person_id"] == json!(person)).collect()
}

#[actix_web::test]
async fn joining_opens_the_organisations_kinds_each_once() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let kinds = app.get(&format!("/api/v1/orgs/{}/follow-up-kinds", world.a.slug), Some(&admin)).await;
    let codes: Vec<String> = kinds.expect(200).body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["code"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes, ["peer_supporter_check_in", "second_contact", "welcome"]);

    let first = person(&app, &world, world.c1.id, 0, "nb").await;
    let today = Utc::now().date_naive();
    let open = open_of(&app, &admin, world.c1.id, "").await;
    let mine: Vec<(&str, &str)> =
        of_person(&open, first).iter().map(|f| (f["kind"].as_str().unwrap(), f["due_on"].as_str().unwrap())).collect();
    let (welcome, second) = ((today + Days::new(14)).to_string(), (today + Days::new(182)).to_string());
    assert_eq!(mine, [("welcome", welcome.as_str()), ("second_contact", second.as_str())]);

    // The organisation adds a contact after a month and retires the one after six.
    let put = |code: &str, body: Value| {
        let url = format!("/api/v1/orgs/{}/follow-up-kinds/{code}", world.a.slug);
        let admin = admin.clone();
        let app = &app;
        async move { app.call("PUT", &url, Some(&admin), Some(&body)).await }
    };
    let month = json!({"labels": {"nb": "Etter en måned", "en": "After a month"}, "opens": {"kind": "after_joining", "days": 30}});
    put("after_a_month", month).await.expect(201);
    let retired =
        json!({"labels": {"en": "Second contact"}, "opens": {"kind": "after_joining", "days": 182}, "retired": true});
    put("second_contact", retired).await.expect(200);
    let later = person(&app, &world, world.c1.id, 1, "nb").await;
    let open = open_of(&app, &admin, world.c1.id, "kind=after_a_month").await;
    assert_eq!(of_person(&open, later)[0]["due_on"], json!((today + Days::new(30)).to_string()));
    assert!(of_person(&open_of(&app, &admin, world.c1.id, "kind=second_contact").await, later).is_empty());

    put("greeting", json!({"labels": {"en": "Hi"}, "opens": {"kind": "welcome"}}))
        .await
        .expect_problem(409, "welcome_kind_exists");
    let unknown = json!({"labels": {"en": "X"}, "opens": {"kind": "yearly_in_role", "role": "astronaut"}});
    put("check", unknown).await.expect_problem(404, "unknown_role");
    let long = json!({"labels": {"en": "X"}, "opens": {"kind": "after_joining", "days": 4000}});
    put("late", long).await.expect_problem(422, "validation_failed");
    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/orgs/{}/follow-up-kinds/x", world.a.slug);
    let body = json!({"labels": {"en": "X"}, "opens": {"kind": "welcome"}});
    app.call("PUT", &url, Some(&leader), Some(&body)).await.expect_problem(403, "forbidden");
}

#[actix_web::test]
async fn every_peer_supporter_is_due_a_yearly_check_in_once_a_year() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let today = Utc::now().date_naive();
    let long_ago = today - Months::new(14);
    let veteran = person(&app, &world, world.c1.id, 0, "nb").await;
    assign(&app, &admin, world.c1.id, json!({"person_id": veteran, "role": "peer_supporter", "from_on": long_ago}))
        .await
        .expect(201);
    let newcomer = person(&app, &world, world.c2.id, 1, "nb").await;
    let recently = today - Days::new(30);
    assign(&app, &admin, world.c2.id, json!({"person_id": newcomer, "role": "peer_supporter", "from_on": recently}))
        .await
        .expect(201);
    let ended = person(&app, &world, world.c1.id, 2, "nb").await;
    let role =
        assign(&app, &admin, world.c1.id, json!({"person_id": ended, "role": "peer_supporter", "from_on": long_ago}))
            .await;
    let role = role.expect(201).body["id"].as_str().unwrap().to_owned();
    app.post(&format!("/api/v1/volunteer-roles/{role}/end"), Some(&admin), &json!({"to_on": today - Days::new(1)}))
        .await
        .expect(200);

    assert_eq!(open_due(&mut app.conn().await).await.unwrap(), 2);
    assert_eq!(open_due(&mut app.conn().await).await.unwrap(), 0, "opened once");
    let root = world.a.root.id;
    let due = open_of(&app, &admin, root, "kind=peer_supporter_check_in").await;
    let veteran_due = of_person(&due, veteran);
    assert_eq!(veteran_due[0]["due_on"], json!((long_ago + Months::new(12)).to_string()));
    assert_eq!(veteran_due[0]["overdue"], true);
    assert_eq!(of_person(&due, newcomer)[0]["overdue"], false);
    assert!(of_person(&due, ended).is_empty(), "no check-in for a role that ended");
    let overdue_now = open_of(&app, &admin, root, &format!("kind=peer_supporter_check_in&due_by={today}")).await;
    assert_eq!(overdue_now.len(), 1, "only the veteran is due by today");

    // Checked in with: the next one is due a year from then.
    let follow_up = veteran_due[0]["id"].as_str().unwrap();
    let reached = json!({"channel": "phone", "outcome": "reached"});
    app.post(&format!("/api/v1/follow-ups/{follow_up}/contacts"), Some(&admin), &reached).await.expect(201);
    assert_eq!(open_due(&mut app.conn().await).await.unwrap(), 1);
    let next = open_of(&app, &admin, root, "kind=peer_supporter_check_in").await;
    assert_eq!(of_person(&next, veteran)[0]["due_on"], json!((today + Months::new(12)).to_string()));
}
