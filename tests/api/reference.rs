use serde_json::json;

use crate::helpers::spawn_app;
use crate::world::World;

#[actix_web::test]
async fn anyone_reads_the_five_regions_and_the_counties() {
    let app = spawn_app().await;
    let regions = app.get("/api/v1/regions", None).await.expect(200);
    let codes: Vec<&str> =
        regions.body["items"].as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["midt", "nord", "ost", "sor", "vest"]);
    let counties = app.get("/api/v1/counties", None).await.expect(200);
    let items = counties.body["items"].as_array().unwrap();
    let current = items.iter().filter(|c| c["valid_to"].is_null() && c["code"] != "21").count();
    assert_eq!(current, 15, "fifteen counties from 2024");
    let trondelag = items.iter().find(|c| c["code"] == "50").unwrap();
    assert_eq!(trondelag["region_code"], "midt");
    let nord_trondelag = items.iter().find(|c| c["code"] == "17").unwrap();
    assert_eq!(nord_trondelag["name"], "Nord-Trøndelag");
    assert!(!nord_trondelag["valid_to"].is_null());
}

#[actix_web::test]
async fn a_platform_admin_corrects_a_countys_region_and_it_is_audited() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.platform_admin).await;
    let body = json!({"name": "Buskerud", "region_code": "ost", "valid_from": "2024-01-01"});
    let stored = app.call("PUT", "/api/v1/counties/33", Some(&token), Some(&body)).await.expect(200);
    assert_eq!(stored.body["region_code"], "ost");
    app.call("PUT", "/api/v1/counties/33", Some(&token), Some(&json!({"name": "Buskerud", "region_code": "nowhere"})))
        .await
        .expect_problem(404, "unknown_region");
    app.call("PUT", "/api/v1/counties/3x", Some(&token), Some(&body)).await.expect_problem(422, "validation_failed");
    app.call("PUT", "/api/v1/regions/sor", Some(&token), Some(&json!({"name": "RVTS Sør"}))).await.expect(200);
    app.call("PUT", "/api/v1/regions/S0R", Some(&token), Some(&json!({"name": "x"}))).await.expect(422);
    app.call("PUT", "/api/v1/counties/33", Some(&app.token(world.org_admin).await), Some(&body)).await.expect(403);
    assert_eq!(app.count("audit_events WHERE entity_type IN ('county', 'region')").await, 2);
}
