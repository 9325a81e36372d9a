//! Bad input gets a clear 4xx problem document in the caller's language, and writes nothing.

use serde_json::json;

use crate::helpers::spawn_app;
use crate::world::World;

fn new_org() -> serde_json::Value {
    json!({"slug": "new-org", "name": "New", "default_language": "nb", "youth_age_min": 15, "youth_age_max": 35, "root_chapter_name": "Root"})
}

#[actix_web::test]
async fn malformed_json_is_a_400_and_writes_nothing() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let before = app.count("organisations").await;
    let token = app.token(world.platform_admin).await;
    app.post_raw("/api/v1/orgs", Some(&token), "application/json", b"{\"slug\": ".to_vec())
        .await
        .expect_problem(400, "malformed_json");
    assert_eq!(app.count("organisations").await, before);
}

#[actix_web::test]
async fn unknown_fields_such_as_privilege_fields_are_refused() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.platform_admin).await;
    let before = app.count("organisations").await;
    for extra in ["role", "is_admin", "organisation_id", "id"] {
        let mut body = new_org();
        body[extra] = json!("x");
        let reply = app.post("/api/v1/orgs", Some(&token), &body).await.expect_problem(400, "invalid_body");
        assert_eq!(reply.body["errors"][0]["field"], extra);
        assert_eq!(reply.body["errors"][0]["code"], "unknown_field");
    }
    assert_eq!(app.count("organisations").await, before);
}

#[actix_web::test]
async fn wrong_types_and_missing_fields_name_the_field() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.platform_admin).await;
    let mut body = new_org();
    body["youth_age_min"] = json!("fifteen");
    let reply = app.post("/api/v1/orgs", Some(&token), &body).await.expect_problem(400, "invalid_body");
    assert_eq!(reply.body["errors"][0]["field"], "youth_age_min");
    assert_eq!(reply.body["errors"][0]["code"], "invalid_type");
    let reply =
        app.post("/api/v1/orgs", Some(&token), &json!({"slug": "x-y"})).await.expect_problem(400, "invalid_body");
    assert_eq!(reply.body["errors"][0]["code"], "missing_field");
}

#[actix_web::test]
async fn validation_errors_are_per_field_and_translated() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.platform_admin).await;
    let mut body = new_org();
    body["slug"] = json!("Not A Slug");
    body["name"] = json!("");
    let req = app
        .request("POST", "/api/v1/orgs")
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("accept-language", "nn-NO, en;q=0.5"));
    let reply = app.send(req, Some(&body)).await.expect_problem(422, "validation_failed");
    assert_eq!(reply.header("content-language"), Some("nn"));
    assert_eq!(reply.body["title"], "Opplysingane er ikkje gyldige");
    let errors = reply.body["errors"].as_array().unwrap();
    let name = errors.iter().find(|e| e["field"] == "name").expect("name error");
    assert_eq!(name["code"], "length");
    assert_eq!(name["message"], "Må vere mellom 1 og 200 teikn.");
    assert!(errors.iter().any(|e| e["field"] == "slug" && e["code"] == "slug"));
}

#[actix_web::test]
async fn the_lang_parameter_wins_and_no_means_bokmal() {
    let app = spawn_app().await;
    let reply = app.get("/api/v1/me?lang=no", None).await.expect_problem(401, "unauthenticated");
    assert_eq!(reply.header("content-language"), Some("nb"));
    assert_eq!(reply.body["title"], "Innlogging kreves");
    let req = app.request("GET", "/api/v1/me?lang=en").insert_header(("accept-language", "nb"));
    let reply = app.send(req, None).await;
    assert_eq!(reply.header("content-language"), Some("en"));
}

#[actix_web::test]
async fn oversized_bodies_are_refused_with_413() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.platform_admin).await;
    let mut body = new_org();
    body["name"] = json!("x".repeat(40_000));
    app.post("/api/v1/orgs", Some(&token), &body).await.expect_problem(413, "payload_too_large");
    let login = json!({"email": "a@b.c", "password": "p".repeat(5000)});
    app.post("/api/v1/auth/login", None, &login).await.expect_problem(413, "payload_too_large");
}

#[actix_web::test]
async fn a_body_that_is_not_json_is_refused_with_415() {
    let app = spawn_app().await;
    app.post_raw("/api/v1/auth/login", None, "text/plain", b"email=a".to_vec())
        .await
        .expect_problem(415, "unsupported_media_type");
}

#[actix_web::test]
async fn bad_path_and_query_values_are_400_and_422() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    app.get("/api/v1/chapters/not-a-uuid", Some(&token)).await.expect_problem(400, "invalid_path");
    app.get("/api/v1/orgs/org-a/chapters?limit=abc", Some(&token)).await.expect_problem(400, "invalid_query");
    let reply =
        app.get("/api/v1/orgs/org-a/chapters?limit=1000", Some(&token)).await.expect_problem(422, "validation_failed");
    assert_eq!(reply.body["errors"][0]["field"], "limit");
    app.get("/api/v1/orgs/org-a/chapters?cursor=not-an-id", Some(&token)).await.expect_problem(400, "invalid_query");
    let unknown = uuid::Uuid::now_v7();
    app.get(&format!("/api/v1/orgs/org-a/chapters?cursor={unknown}"), Some(&token))
        .await
        .expect_problem(404, "not_found");
    app.get("/api/v1/orgs/%00", Some(&token)).await.expect_problem(400, "invalid_path");
    app.get("/api/v1/orgs/org-a/audit?action=%00", Some(&token)).await.expect_problem(400, "invalid_query");
}

#[actix_web::test]
async fn unknown_routes_are_404_and_unknown_methods_405_with_allow() {
    let app = spawn_app().await;
    app.get("/api/v1/nothing-here", None).await.expect_problem(404, "not_found");
    let reply = app.call("TRACE", "/health/live", None, None).await.expect_problem(405, "method_not_allowed");
    assert_eq!(reply.header("allow"), Some("GET"));
    let reply = app.call("PUT", &format!("/api/v1/chapters/{}", uuid::Uuid::now_v7()), None, None).await.expect(405);
    assert_eq!(reply.header("allow"), Some("GET, PATCH"));
}

#[actix_web::test]
async fn nul_characters_are_refused_and_integral_floats_accepted() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.platform_admin).await;
    let mut body = new_org();
    body["name"] = json!("bad\0name");
    let reply = app.post("/api/v1/orgs", Some(&token), &body).await.expect_problem(400, "invalid_body");
    assert_eq!(reply.body["errors"][0]["field"], "name");
    assert_eq!(reply.body["errors"][0]["code"], "nul_character");
    app.post("/api/v1/orgs", Some(&token), &json!([null, null])).await.expect_problem(400, "invalid_body");
    let mut body = new_org();
    body["chapter_kind_labels"] = json!([]);
    app.post("/api/v1/orgs", Some(&token), &body).await.expect_problem(400, "invalid_body");
    body["chapter_kind_labels"] = json!({"regional": {"nb": "Region"}});
    app.post("/api/v1/orgs", Some(&token), &body).await.expect_problem(400, "invalid_body");
    let mut body = new_org();
    body["youth_age_max"] = json!(35.0);
    app.post("/api/v1/orgs", Some(&token), &body).await.expect(201);
}

#[actix_web::test]
async fn a_malformed_if_match_is_a_400_and_a_stale_one_a_412() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    for (value, status) in [("null", 400), ("\"abc\"", 400), ("\"7\"", 412), ("*", 200), ("W/\"2\"", 200), ("3", 200)] {
        let req = app
            .request("PATCH", "/api/v1/orgs/org-a")
            .insert_header(("authorization", format!("Bearer {token}")))
            .insert_header(("if-match", value));
        let reply = app.send(req, Some(&json!({"name": "Same"}))).await;
        assert_eq!(reply.status.as_u16(), status, "If-Match: {value}: {}", reply.body);
    }
}

#[actix_web::test]
async fn every_edit_without_if_match_is_refused_with_428_and_changes_nothing() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.org_admin).await;
    let member = crate::members::create(
        &app,
        &token,
        &world.a.slug,
        &json!({"given_name": "Ola", "family_name": "Nordmann", "email": "ola@example.no",
                "membership": {"chapter_id": world.c1.id, "membership_type": "ordinary"}}),
    )
    .await
    .expect(201);
    let group = app
        .post(
            &format!("/api/v1/chapters/{}/groups", world.c1.id),
            Some(&token),
            &json!({"kind": "grief_group", "name": "Tirsdag", "starts_on": "2026-01-01"}),
        )
        .await
        .expect(201);
    let edits = [
        (format!("/api/v1/orgs/{}", world.a.slug), json!({"name": "Overwritten"}), "organisations"),
        (format!("/api/v1/chapters/{}", world.c1.id), json!({"name": "Overwritten"}), "chapters"),
        (
            format!("/api/v1/members/{}", member.body["id"].as_str().unwrap()),
            json!({"given_name": "Overwritten"}),
            "people",
        ),
        (format!("/api/v1/groups/{}", group.body["id"].as_str().unwrap()), json!({"name": "Overwritten"}), "groups"),
    ];
    for (path, body, table) in edits {
        let req = app.request("PATCH", &path).bearer_auth(&token);
        app.send(req, Some(&body)).await.expect_problem(428, "precondition_required");
        let column = if table == "people" { "given_name" } else { "name" };
        assert_eq!(app.count(&format!("{table} WHERE {column} = 'Overwritten'")).await, 0, "{path}");
    }
}

#[test]
fn every_edit_documents_a_required_if_match_and_its_428() {
    let doc = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    let edits: Vec<(&String, &serde_json::Value)> =
        doc["paths"].as_object().unwrap().iter().filter(|(_, item)| item["patch"].is_object()).collect();
    assert!(edits.len() >= 4);
    for (path, item) in edits {
        let operation = &item["patch"];
        let if_match = operation["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "If-Match");
        assert_eq!(if_match.map(|p| &p["required"]), Some(&json!(true)), "{path}");
        assert!(operation["responses"]["428"].is_object(), "{path}");
    }
}

/// A value its type refuses (an address, a code, a name) is a field error like any failed
/// check, and one answer names them all, wherever they stand in the body or the query.
#[actix_web::test]
async fn every_value_refused_by_its_type_is_named_in_one_answer() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let token = app.token(world.leader).await;
    let mut body = crate::members::new_member(world.c1.id, "kari@example.no");
    body["given_name"] = json!("K".repeat(101));
    body["language"] = json!("xx");
    body["relations"] = json!(["relative", "Not A Code"]);
    body["membership"]["membership_type"] = json!("Ordinary");
    body["birth_year"] = json!(1700);
    let people_before = app.count("people").await;
    let reply =
        crate::members::create(&app, &token, &world.a.slug, &body).await.expect_problem(422, "validation_failed");
    let mut found: Vec<(&str, &str)> = reply.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    found.sort_unstable();
    assert_eq!(
        found,
        [
            ("birth_year", "range"),
            ("given_name", "length"),
            ("language", "language"),
            ("membership.membership_type", "code"),
            ("relations[1]", "code"),
        ],
        "{}",
        reply.body
    );
    assert_eq!(app.count("people").await, people_before, "nothing was written");

    body["relations"] = json!(vec!["A"; 1500]);
    let reply =
        crate::members::create(&app, &token, &world.a.slug, &body).await.expect_problem(422, "validation_failed");
    let errors = reply.body["errors"].as_array().unwrap().len();
    assert!((5..=50).contains(&errors), "a long list of bad values is answered with the first ones: {errors}");

    let url = format!("/api/v1/chapters/{}/activities?kind=Not-A-Code", world.c1.id);
    let reply = app.get(&url, Some(&token)).await.expect_problem(422, "validation_failed");
    assert_eq!(reply.body["errors"][0]["field"], "kind", "{}", reply.body);
    assert_eq!(reply.body["errors"][0]["code"], "code");
}

/// The codes the source gives problems: `code: "…"` and the first argument after the field of
/// `ApiError::unprocessable`, `missing` and `conflict`, and the constraint table's.
fn problem_codes_in_source() -> std::collections::BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut sources = Vec::new();
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut sources);
    let quoted = |text: &str| -> Option<String> {
        let text = text.trim_start();
        let rest = text.strip_prefix('"')?;
        let code = &rest[..rest.find('"')?];
        code.chars().all(|c| c.is_ascii_lowercase() || c == '_').then(|| code.to_owned())
    };
    let mut codes = std::collections::BTreeSet::new();
    for source in &sources {
        for (at, _) in source.match_indices("code: ") {
            // `code: …` of a problem, not `kind_code: …` of a row.
            if source[..at].ends_with([' ', '{', '\n']) {
                codes.extend(quoted(&source[at + 6..]));
            }
        }
        for call in ["ApiError::unprocessable(", "ApiError::missing(", "ApiError::conflict(", "Self::conflict("] {
            for (at, _) in source.match_indices(call) {
                let args = &source[at + call.len()..];
                if let Some(comma) = args.find(',').filter(|c| !args[..*c].contains(')')) {
                    codes.extend(quoted(&args[comma + 1..]));
                }
            }
        }
    }
    codes
}

#[test]
fn every_problem_code_is_in_the_contract_with_a_title() {
    let document = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    let listed = &document["components"]["schemas"]["Problem"]["properties"]["code"]["enum"];
    let listed: Vec<&str> =
        listed.as_array().expect("the codes as an enum").iter().filter_map(|c| c.as_str()).collect();
    let english = fellesskap::i18n::Lang::default();
    let used = problem_codes_in_source();
    assert!(used.len() > 40, "the scan finds the codes: {used:?}");
    for code in used {
        assert!(listed.contains(&code.as_str()), "`{code}` is given but not in the contract's enum");
        let id = format!("problem-{}", code.replace('_', "-"));
        assert_ne!(english.text(&id), id, "`{code}` has no English title");
    }
}
