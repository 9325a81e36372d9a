use serde_json::json;

use crate::helpers::spawn_app;
use crate::world::World;

#[actix_web::test]
async fn an_org_admin_founds_a_chapter_whose_region_follows_its_county() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let body = json!({"kind": "local", "name": "LPP Steinkjer", "county_code": "50", "founded_on": "2025-03-01"});
    let created =
        app.post(&format!("/api/v1/chapters/{}/children", world.c1.id), Some(&token), &body).await.expect(201);
    assert_eq!(created.body["region_code"], "midt");
    assert_eq!(created.body["depth"], 3);
    assert_eq!(created.body["ancestor_ids"], json!([world.a.root.id, world.c1.id]));
    app.post(&format!("/api/v1/chapters/{}/children", world.c1.id), Some(&token), &body)
        .await
        .expect_problem(409, "chapter_name_taken");
}

#[actix_web::test]
async fn chapters_sit_where_the_tree_allows() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let county_under_county = json!({"kind": "county", "name": "Nested"});
    let reply =
        app.post(&format!("/api/v1/chapters/{}/children", world.c1.id), Some(&token), &county_under_county).await;
    reply.expect_problem(409, "chapter_placement");
    let national = json!({"kind": "national", "name": "Second root"});
    app.post(&format!("/api/v1/chapters/{}/children", world.a.root.id), Some(&token), &national)
        .await
        .expect_problem(400, "invalid_body");
    let unknown_county = json!({"kind": "county", "name": "Nowhere", "county_code": "99"});
    app.post(&format!("/api/v1/chapters/{}/children", world.a.root.id), Some(&token), &unknown_county)
        .await
        .expect_problem(404, "unknown_county");
}

#[actix_web::test]
async fn lists_filter_by_subtree_and_kind_and_page_through() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.leader).await;
    let subtree =
        app.get(&format!("/api/v1/orgs/org-a/chapters?under={}", world.c1.id), Some(&token)).await.expect(200);
    let names: Vec<&str> =
        subtree.body["items"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["C1", "L1"]);
    let counties = app.get("/api/v1/orgs/org-a/chapters?kind=county", Some(&token)).await.expect(200);
    assert_eq!(counties.body["items"].as_array().unwrap().len(), 2);
    let mut seen = Vec::new();
    let mut path = "/api/v1/orgs/org-a/chapters?limit=2".to_owned();
    loop {
        let page = app.get(&path, Some(&token)).await.expect(200);
        seen.extend(page.body["items"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap().to_owned()));
        match page.body["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/orgs/org-a/chapters?limit=2&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen, ["C1", "C2", "L1", "org-a national"]);
}

#[actix_web::test]
async fn moving_a_chapter_moves_its_subtree() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let l1 = app.get(&format!("/api/v1/chapters/{}", world.l1.id), Some(&token)).await.expect(200);
    let req = app
        .request("PATCH", &format!("/api/v1/chapters/{}", world.l1.id))
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("if-match", l1.header("etag").unwrap().to_owned()));
    let moved = app.send(req, Some(&json!({"parent_id": world.c2.id}))).await.expect(200);
    assert_eq!(moved.body["ancestor_ids"], json!([world.a.root.id, world.c2.id]));
    let under_c1 = app.get(&format!("/api/v1/orgs/org-a/chapters?under={}", world.c1.id), Some(&token)).await;
    assert_eq!(under_c1.body["items"].as_array().unwrap().len(), 1);
    app.patch(&format!("/api/v1/chapters/{}", world.c2.id), Some(&token), &json!({"parent_id": world.l1.id}))
        .await
        .expect_problem(409, "chapter_cycle");
    app.patch(&format!("/api/v1/chapters/{}", world.l1.id), Some(&token), &json!({"parent_id": world.cb.id}))
        .await
        .expect_problem(404, "unknown_chapter");
}

#[actix_web::test]
async fn a_chapter_with_open_chapters_under_it_cannot_close() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let path = format!("/api/v1/chapters/{}", world.c1.id);
    app.patch(&path, Some(&token), &json!({"closed_on": "2026-01-01"})).await.expect_problem(409, "open_children");
    app.patch(&format!("/api/v1/chapters/{}", world.l1.id), Some(&token), &json!({"closed_on": "2026-01-01"}))
        .await
        .expect(200);
    let closed =
        app.patch(&path, Some(&token), &json!({"closed_on": "2026-01-01", "county_code": "50"})).await.expect(200);
    assert_eq!(closed.body["region_code"], "midt");
    let open = app.get("/api/v1/orgs/org-a/chapters", Some(&token)).await;
    assert!(open.body["items"].as_array().unwrap().iter().all(|c| c["name"] != "C1"));
    let all = app.get("/api/v1/orgs/org-a/chapters?include_closed=true", Some(&token)).await;
    assert!(all.body["items"].as_array().unwrap().iter().any(|c| c["name"] == "C1"));
    let cleared = app.patch(&path, Some(&token), &json!({"closed_on": null})).await.expect(200);
    assert!(cleared.body["closed_on"].is_null());
}
