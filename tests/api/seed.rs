use fellesskap::seed::{self, DEMO_PASSWORD};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[actix_web::test]
async fn demo_data_loads_twice_without_change_and_its_accounts_sign_in_as_the_docs_show() {
    let app = spawn_app().await;
    let conn = &mut app.conn().await;
    seed::demo(conn, &app.state.hasher).await.unwrap();
    let (chapters, people) = (app.count("chapters").await, app.count("people").await);
    seed::demo(conn, &app.state.hasher).await.unwrap();
    assert_eq!((app.count("chapters").await, app.count("people").await), (chapters, people));
    assert!(people > 200, "{people} demo members");
    assert_eq!(app.count("outbox").await, 0, "demo members get no welcome e-mail");
    let lpp_locals = app
        .count("chapters c JOIN organisations o ON o.id = c.organisation_id WHERE o.slug = 'lpp' AND c.kind = 'local'")
        .await;
    assert_eq!(lpp_locals, 25);
    let historical =
        app.count("chapters c JOIN counties k ON k.code = c.county_code WHERE k.valid_to IS NOT NULL").await;
    assert!(historical >= 2, "LEVE keeps chapters under pre-2024 county names");
    for email in [
        "admin@fellesskap.example",
        "sekretariat@lpp.example",
        "leder.trondheim@lpp.example",
        "leder.steinkjer@lpp.example",
        "sekretariat@leve.example",
        "leder.nord-trondelag@leve.example",
        "likeperson@lpp.example",
        "likeperson@leve.example",
    ] {
        app.login(email, DEMO_PASSWORD).await.expect(200);
    }
    // Each organisation's demo peer supporter is proposed for its waiting request.
    let admin = app.login("sekretariat@lpp.example", DEMO_PASSWORD).await;
    let token = admin.body["access_token"].as_str().unwrap().to_owned();
    let peer = app.login("likeperson@lpp.example", DEMO_PASSWORD).await;
    let me = app.get("/api/v1/me", peer.body["access_token"].as_str()).await.expect(200).body;
    let person = me["people"][0]["person_id"].clone();
    assert_eq!(me["people"][0]["roles"][0]["active"], true, "{me}");
    assert_eq!(app.count("conversation_requests").await, 2, "one waiting request in each organisation");
    let chapter = me["grants"][0]["chapter_id"].as_str().unwrap();
    let requests = app.get(&format!("/api/v1/chapters/{chapter}/conversation-requests"), Some(&token)).await;
    let requests = requests.expect(200).body;
    let request = requests["items"][0]["id"].as_str().unwrap().to_owned();
    let proposals = app.get(&format!("/api/v1/conversation-requests/{request}/proposals"), Some(&token)).await;
    let proposals = proposals.expect(200).body;
    assert_eq!(proposals["items"][0]["person_id"], person);
    let document = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    let example = &document["components"]["schemas"]["LoginRequest"]["properties"];
    let (email, password) = (example["email"]["example"].as_str(), example["password"]["example"].as_str());
    app.login(email.expect("an example address"), password.expect("an example password")).await.expect(200);
    let leader = app.login("leder.trondheim@lpp.example", DEMO_PASSWORD).await;
    let me = app.get("/api/v1/me", leader.body["access_token"].as_str()).await;
    assert_eq!(me.body["grants"][0]["chapter_name"], "LPP Trondheim");
    let chapter = me.body["grants"][0]["chapter_id"].as_str().unwrap();
    let token = leader.body["access_token"].as_str();
    let members = app.get(&format!("/api/v1/chapters/{chapter}/members"), token).await.expect(200);
    assert!(!members.body["items"].as_array().unwrap().is_empty());
    let duplicates = app.get(&format!("/api/v1/chapters/{chapter}/duplicates"), token).await.expect(200);
    assert_eq!(duplicates.body["items"].as_array().unwrap().len(), 1, "{}", duplicates.body);
    let counts = app.get(&format!("/api/v1/chapters/{chapter}/counts"), token).await.expect(200);
    let status = &counts.body["chapter"]["by_status"];
    assert!(status["active"].as_i64().unwrap() > 0 && status["pending"].as_i64().unwrap() > 0, "{status}");

    let leve = app.login("leder.nord-trondelag@leve.example", DEMO_PASSWORD).await;
    let token = leve.body["access_token"].as_str();
    let me = app.get("/api/v1/me", token).await;
    let county = me.body["grants"][0]["chapter_id"].as_str().unwrap();
    let url = format!("/api/v1/chapters/{county}/volunteers?role=peer_supporter&active=true");
    let active = app.get(&url, token).await.expect(200);
    assert_eq!(active.body["items"].as_array().unwrap().len(), 2, "Nord-Trøndelag is one short of three");
    let admin = app.login("sekretariat@leve.example", DEMO_PASSWORD).await;
    let token = admin.body["access_token"].as_str();
    let root = app.get("/api/v1/orgs/leve", token).await.body["root_chapter_id"].as_str().unwrap().to_owned();
    let url = format!("/api/v1/chapters/{root}/volunteers?lapsing_within_days=60&limit=200");
    let lapsing = app.get(&url, token).await.expect(200);
    assert!(lapsing.body["items"].as_array().unwrap().len() > 1, "peer supporters lapse next month");
    let groups = app.get(&format!("/api/v1/chapters/{root}/groups"), token).await.expect(200);
    let incomplete: Vec<&str> = groups.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| !g["leadership_complete"].as_bool().unwrap())
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(incomplete, ["Sorggruppe Akershus"], "LEVE Akershus's grief group lacks its trained bereaved leader");
    let aggregates = app.get("/api/v1/orgs/leve/aggregates?from=2000-01-01", token).await.expect(200);
    assert_eq!(
        aggregates.body["subtree"]["groups"]["grief_group"],
        serde_json::json!({"count": 14, "leadership_complete": 13}),
        "every county chapter but the three of region Nord runs a grief group"
    );
}

/// The plans' targets in the demo data stand as the demo is meant to show them.
#[actix_web::test]
async fn the_demo_plans_are_on_track_in_places_and_not_in_others() {
    let app = spawn_app().await;
    seed::demo(&mut app.conn().await, &app.state.hasher).await.unwrap();
    let status = |dashboard: &Value, code: &str| -> Value {
        let targets = dashboard["targets"].as_array().unwrap();
        targets.iter().find(|t| t["target"]["code"] == code).unwrap_or_else(|| panic!("no {code}")).clone()
    };
    let unit = |target: &Value, name: &str| -> Value {
        target["units"].as_array().unwrap().iter().find(|u| u["name"] == name).unwrap().clone()
    };
    let admin = app.login("sekretariat@leve.example", DEMO_PASSWORD).await;
    let token = admin.body["access_token"].as_str();
    let leve = app.get("/api/v1/orgs/leve/dashboard", token).await.expect(200).body;
    let v1 = status(&leve, "V1");
    assert_eq!(v1["status"], "missed");
    assert_eq!(unit(&v1, "LEVE Nord-Trøndelag")["value"], 2.0);
    assert_eq!(unit(&v1, "LEVE Nord-Trøndelag")["status"], "missed");
    let oslo = unit(&v1, "LEVE Oslo");
    assert_eq!((&oslo["status"], oslo["lapsing"].as_array().map(Vec::len)), (&json!("at_risk"), Some(1)), "{oslo}");
    assert!(oslo["at_risk_on"].is_string());
    assert_eq!(v1["summary"]["met"], 15);
    let v3 = status(&leve, "V3");
    assert_eq!((&v3["status"], &v3["summary"]["met"]), (&json!("missed"), &json!(4)));
    assert_eq!(unit(&v3, "RVTS Nord")["value"], 0.0);
    assert_eq!(status(&leve, "V2")["summary"]["met"], 14);
    assert_eq!(status(&leve, "V4")["status"], "missed", "one grief group lacks its trained bereaved leader");
    let counts = &leve["targets_by_status"];
    let kinds = ["met", "at_risk", "missed"].iter().filter(|k| counts[**k].as_u64().unwrap() > 0).count();
    assert_eq!(kinds, 3, "met, at risk and missed targets: {counts}");

    let admin = app.login("sekretariat@lpp.example", DEMO_PASSWORD).await;
    let lpp = app.get("/api/v1/orgs/lpp/dashboard", admin.body["access_token"].as_str()).await.expect(200).body;
    let l1 = status(&lpp, "L1");
    assert_eq!(l1["status"], "at_risk", "growing, but too slowly for 10,000 by 2035");
    let projected = l1["units"][0]["projected_on"].as_str().unwrap();
    assert!(projected > "2035-12-31", "{projected}");
    assert_eq!(l1["units"][0]["history"].as_array().unwrap().len(), 13);
    assert_eq!(status(&lpp, "L3")["status"], "met", "a local chapter was founded this year");

    let leader = app.login("leder.nord-trondelag@leve.example", DEMO_PASSWORD).await;
    let token = leader.body["access_token"].as_str();
    let me = app.get("/api/v1/me", token).await;
    let county = me.body["grants"][0]["chapter_id"].as_str().unwrap();
    let own = app.get(&format!("/api/v1/chapters/{county}/dashboard"), token).await.expect(200).body;
    let v1 = status(&own, "V1");
    assert_eq!(v1["units"].as_array().unwrap().len(), 1);
    assert_eq!((&v1["units"][0]["name"], &v1["status"]), (&json!("LEVE Nord-Trøndelag"), &json!("missed")));
    assert!(!own.to_string().contains("LEVE Oslo"));
}

#[actix_web::test]
async fn create_admin_makes_a_platform_admin_and_resets_the_password_when_run_again() {
    let app = spawn_app().await;
    let conn = &mut app.conn().await;
    let hasher = &app.state.hasher;
    fellesskap::access::admin::create_admin(conn, hasher, "ops@test.example", "Ops", "first password".to_owned())
        .await
        .unwrap();
    fellesskap::access::admin::create_admin(conn, hasher, "ops@test.example", "Ops", "second password".to_owned())
        .await
        .unwrap();
    app.login("ops@test.example", "first password").await.expect(401);
    let token = app.login("ops@test.example", "second password").await.expect(200).body["access_token"].clone();
    let me = app.get("/api/v1/me", token.as_str()).await;
    assert_eq!(me.body["grants"].as_array().unwrap().len(), 1);
    assert_eq!(me.body["grants"][0]["role"], "platform_admin");
    assert!(
        fellesskap::access::admin::create_admin(conn, hasher, "x@test.example", "X", "short".to_owned()).await.is_err()
    );
}
