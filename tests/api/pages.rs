//! The served pages over HTTP, without a browser: what each page holds, the plain form posts that
//! work with JavaScript off, what landed in the database, and the pages' security headers. The
//! browser tests (`browser_pages.rs`) drive the same pages in chromium.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use fellesskap::db::schema::{memberships, people};
use fellesskap::i18n::Lang;
use serde_json::json;

use crate::helpers::{Reply, TestApp, spawn_app};
use crate::signup::{sign_up, signup_body};
use crate::world::World;

fn html(reply: &Reply) -> &str {
    assert!(reply.header("content-type").is_some_and(|t| t.starts_with("text/html")), "{reply:?}");
    reply.body.as_str().expect("a page")
}

async fn post_form(app: &TestApp, path: &str, pairs: &[(&str, &str)]) -> Reply {
    let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    app.post_raw(path, None, "application/x-www-form-urlencoded", body.into_bytes()).await
}

/// The value of `name="…" value="…"` in a page.
fn input_value(page: &str, name: &str) -> String {
    let at = page.find(&format!("name=\"{name}\" value=\"")).unwrap_or_else(|| panic!("no {name} in {page}"));
    let rest = &page[at + name.len() + 15..];
    rest[..rest.find('"').unwrap()].to_owned()
}

#[actix_web::test]
async fn the_join_page_draws_the_form_in_the_chosen_language_under_a_strict_policy() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let reply = app.get(&format!("/join/{}?lang=nb", world.a.slug), None).await.expect(200);
    let page = html(&reply);
    assert!(page.contains("<html lang=\"nb\" dir=\"ltr\""), "{page}");
    assert!(page.contains("Mobiltelefon") && page.contains(&world.c1.name), "{page}");
    let csp = reply.header("content-security-policy").expect("a policy");
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe"));
    assert!(!page.contains("<script>") && !page.contains("style=\""), "no inline script or style");
    // The honeypot is out of sight, out of the tab order and out of the accessibility tree.
    let honeypot = &page[page.find("class=\"hp\"").expect("the honeypot")..];
    let honeypot = &honeypot[..honeypot.find("</div>").unwrap()];
    assert!(honeypot.contains("aria-hidden=\"true\"") && honeypot.contains("tabindex=\"-1\""), "{honeypot}");
    let form = app.get(&format!("/api/v1/public/orgs/{}/signup-form?lang=nb", world.a.slug), None).await;
    let consent = form.body["consent"]["text"].as_str().unwrap();
    assert!(page.contains(consent) && page.contains(form.body["consent"]["version"].as_str().unwrap()));
    for code in ["nb", "nn", "en", "se", "pl", "uk", "ar", "so"] {
        assert!(page.contains(&format!("hreflang=\"{code}\"")), "{code} missing from the picker");
    }

    let arabic = app.get(&format!("/join/{}?lang=ar", world.a.slug), None).await.expect(200);
    let arabic = html(&arabic);
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert!(arabic.contains("<bdi>Organisation org-a</bdi>"), "names are isolated");
    app.get("/join/no-such-org", None).await.expect(404);
}

#[actix_web::test]
async fn a_plain_form_post_signs_up_and_answers_with_the_thank_you_page() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let page = app.get(&format!("/join/{}?lang=nn", world.a.slug), None).await;
    let version = input_value(html(&page), "consent_version");
    let chapter = world.c1.id.to_string();
    let fields = [
        ("language", "nn"),
        ("consent_version", version.as_str()),
        ("given_name", "Kari"),
        ("family_name", "Nordmann"),
        ("email", "kari.page@example.no"),
        ("phone", ""),
        ("chapter_id", chapter.as_str()),
        ("birth_year", "1980"),
        ("consent", "true"),
        ("website", ""),
    ];
    let reply = post_form(&app, &format!("/join/{}", world.a.slug), &fields).await.expect(303);
    let thanks = reply.header("location").expect("where to go").to_owned();
    assert_eq!(thanks, format!("/join/{}/thanks?lang=nn", world.a.slug));
    app.handle_public_requests().await;
    let mail = app.mails_to("kari.page@example.no").await.pop().expect("the confirmation");
    assert!(mail.contains("/signup/confirm?lang=nn#token="), "{mail}");
    let stored: (Option<i16>, String) = people::table
        .filter(people::email.eq("kari.page@example.no"))
        .select((people::birth_year, people::language))
        .first(&mut app.conn().await)
        .await
        .unwrap();
    assert_eq!(stored, (Some(1980), "nn".to_owned()));
    let page = app.get(&thanks, None).await.expect(200);
    assert!(html(&page).contains(&Lang::parse_supported("nn").unwrap().text("signup-received")));
}

#[actix_web::test]
async fn a_refused_post_shows_each_error_beside_its_field_in_the_language_written_in() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let people_before = app.count("people").await;
    let fields = [("language", "ar"), ("consent_version", "x"), ("given_name", ""), ("birth_year", "nineteen")];
    let reply = post_form(&app, &format!("/join/{}", world.a.slug), &fields).await.expect(422);
    let page = html(&reply);
    assert!(page.contains("dir=\"rtl\""), "the page speaks the form's language");
    assert!(page.contains("href=\"#f-given_name\"") && page.contains("href=\"#f-birth_year\""), "{page}");
    assert!(page.contains("id=\"f-birth_year\" name=\"birth_year\" type=\"text\" value=\"nineteen\""), "kept");
    assert!(page.contains("aria-invalid=\"true\""));
    // The API says the same, in the language of the body rather than of the browser.
    let body = json!({"given_name": "", "family_name": "N", "language": "ar", "consent": true, "consent_version": "x"});
    let path = format!("/api/v1/public/orgs/{}/signups", world.a.slug);
    let request = app.request("POST", &path).insert_header(("Accept-Language", "en"));
    let problem = app.send(request, Some(&body)).await.expect(422);
    assert_eq!(problem.header("content-language"), Some("ar"));
    let errors = problem.body["errors"].as_array().unwrap();
    let message =
        errors.iter().find(|e| e["field"] == "given_name").expect("the name's error")["message"].as_str().unwrap();
    assert!(page.contains(message), "{message} not in the page");
    assert!(message.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)), "{message} is not Arabic");
    assert_eq!(app.count("people").await, people_before, "nothing written");
}

#[actix_web::test]
async fn the_confirmation_link_opens_a_page_that_confirms_once() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    sign_up(&app, &world.a.slug, &signup_body(&app, &world, Some("confirm.page@example.no")).await).await.expect(202);
    let token = app.mailed_token("confirm.page@example.no").await;
    let page = app.get("/signup/confirm?lang=nb", None).await.expect(200);
    assert!(html(&page).contains("data-link-form") && html(&page).contains("<noscript>"));
    let confirm = [("token", token.as_str()), ("language", "nb")];
    let done = post_form(&app, "/signup/confirm", &confirm).await.expect(200);
    assert!(html(&done).contains(&Lang::parse_supported("nb").unwrap().text("signup-confirmed")));
    let status: String = memberships::table
        .inner_join(people::table)
        .filter(people::email.eq("confirm.page@example.no"))
        .select(memberships::status)
        .first(&mut app.conn().await)
        .await
        .unwrap();
    assert_eq!(status, "active");
    let again = post_form(&app, "/signup/confirm", &confirm).await.expect(404);
    assert!(html(&again).contains(&Lang::parse_supported("nb").unwrap().text("problem-invalid-link")));
}

#[actix_web::test]
async fn my_data_sends_a_link_that_shows_the_data_once_and_erases_only_when_understood() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let email = "mine@example.no";
    sign_up(&app, &world.a.slug, &signup_body(&app, &world, Some(email)).await).await.expect(202);
    app.get(&format!("/my-data?org={}&lang=en", world.a.slug), None).await.expect(200);
    app.get("/my-data", None).await.expect(404);
    let ask = |purpose: &'static str| {
        let org = world.a.slug.clone();
        let app = &app;
        async move {
            let fields = [("org", org.as_str()), ("email", email), ("purpose", purpose), ("language", "en")];
            post_form(app, "/my-data", &fields).await.expect(202);
            app.handle_public_requests().await;
            let mail = app.mails_to(email).await.pop().unwrap();
            assert!(mail.contains(&format!("/my-data/{purpose}?lang=en#token=")), "{mail}");
            app.mailed_token(email).await
        }
    };
    let unknown = [("org", world.a.slug.as_str()), ("email", "nobody@example.no"), ("purpose", "export")];
    post_form(&app, "/my-data", &unknown).await.expect(202);
    let refused = post_form(&app, "/my-data", &[("org", world.a.slug.as_str()), ("purpose", "export")]).await;
    assert!(html(&refused.expect(422)).contains("href=\"#f-email\""));

    let token = ask("export").await;
    app.get("/my-data/export", None).await.expect(200);
    let shown = post_form(&app, "/my-data/export", &[("token", &token)]).await.expect(200);
    assert!(html(&shown).contains(email) && html(&shown).contains("href=\"data:application/json;base64,"));
    post_form(&app, "/my-data/export", &[("token", &token)]).await.expect(404);

    let token = ask("erase").await;
    post_form(&app, "/my-data/erase", &[("token", &token)]).await.expect(422);
    assert_eq!(app.count("people WHERE email = 'mine@example.no'").await, 1, "not without ticking the box");
    post_form(&app, "/my-data/erase", &[("token", &token), ("understood", "true")]).await.expect(200);
    assert_eq!(app.count("people WHERE email = 'mine@example.no'").await, 0, "erased");
    app.get("/my-data/neither", None).await.expect(404);
}

#[actix_web::test]
async fn the_assets_are_served_by_digest_and_docs_answers_without_its_slash() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let page = app.get(&format!("/join/{}", world.a.slug), None).await;
    let page = html(&page);
    for (marker, kind) in [("<link rel=\"stylesheet\" href=\"", "text/css"), ("<script src=\"", "text/javascript")] {
        let at = page.find(marker).expect("an asset") + marker.len();
        let href = &page[at..at + page[at..].find('"').unwrap()];
        let asset = app.get(href, None).await.expect(200);
        assert!(asset.header("content-type").unwrap().starts_with(kind), "{href}");
        assert!(asset.header("cache-control").unwrap().contains("immutable"));
    }
    app.get("/pages/pages.000000000000.css", None).await.expect(404);
    let docs = app.get("/docs", None).await.expect(308);
    assert_eq!(docs.header("location"), Some("/docs/"));
}

#[actix_web::test]
async fn every_page_is_open_to_anyone_as_the_policy_says() {
    use fellesskap::auth::policy::{PAGES, Policy};
    let app = spawn_app().await;
    let world = World::build(&app).await;
    for (method, path, policy) in PAGES {
        assert_eq!(*policy, Policy::Public, "{method} {path}");
        let path = path.replace("{org}", &world.a.slug).replace("{purpose}", "export").replace("{file}", "x");
        let path = if path == "/my-data" { format!("/my-data?org={}", world.a.slug) } else { path };
        let reply = match *method {
            "GET" => app.get(&path, None).await,
            _ => post_form(&app, &path, &[("language", "nb"), ("org", world.a.slug.as_str())]).await,
        };
        assert!(![401, 403, 405, 500].contains(&reply.status.as_u16()), "{method} {path}: {}", reply.status);
    }
}

/// The smallest start of a PNG the service takes: the signature, then anything.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR-a-logo";

#[actix_web::test]
async fn an_organisation_sets_its_colour_logo_and_the_sites_that_may_embed_its_form() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let org_path = format!("/api/v1/orgs/{}", world.a.slug);
    let patch = |body: serde_json::Value| {
        let app = &app;
        let (admin, org_path) = (admin.clone(), org_path.clone());
        async move {
            let version = app.get(&org_path, Some(&admin)).await.body["version"].to_string();
            let request = app.request("PATCH", &org_path).insert_header(("If-Match", version)).bearer_auth(&admin);
            app.send(request, Some(&body)).await
        }
    };
    let too_light = patch(json!({"brand_colour": "#ffff00"})).await.expect_problem(422, "validation_failed");
    assert_eq!(too_light.body["errors"][0]["code"], "colour_contrast", "{}", too_light.body);
    let too_long = format!("https://{}.example", "a".repeat(200));
    let refused_origins = [
        "https://www.lpp.example/join",
        "http://www.lpp.example",
        "'self'",
        "https://a.example https://b.example",
        &too_long,
    ];
    for origin in refused_origins {
        let refused = patch(json!({"embed_origins": [origin]})).await.expect_problem(422, "validation_failed");
        assert_eq!(refused.body["errors"][0]["field"], "embed_origins[0]", "{origin}: {}", refused.body);
    }
    let set = patch(json!({"brand_colour": "#1D4F91", "embed_origins": ["https://www.lpp.example"]})).await.expect(200);
    assert_eq!(set.body["brand_colour"], "#1d4f91");
    assert_eq!(set.body["embed_origins"], json!(["https://www.lpp.example"]));

    let logo = format!("{org_path}/logo");
    let leader = app.token(world.leader).await;
    app.send_raw(app.request("PUT", &logo).bearer_auth(&leader), "image/png", PNG.to_vec()).await.expect(403);
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".to_vec();
    app.send_raw(app.request("PUT", &logo).bearer_auth(&admin), "image/svg+xml", svg).await.expect(415);
    let disguised = b"\xff\xd8\xff\xe0 a JPEG".to_vec();
    app.send_raw(app.request("PUT", &logo).bearer_auth(&admin), "image/png", disguised).await.expect(415);
    app.send_raw(app.request("PUT", &logo).bearer_auth(&admin), "image/png", PNG.to_vec()).await.expect(204);

    let form = app.get(&format!("/api/v1/public/orgs/{}/signup-form", world.a.slug), None).await.expect(200);
    assert_eq!(form.body["brand_colour"], "#1d4f91");
    let logo_at = form.body["logo"].as_str().expect("where the logo is").to_owned();
    let image = app.get(&logo_at, None).await.expect(200);
    assert_eq!(image.header("content-type"), Some("image/png"));

    let join = app.get(&format!("/join/{}", world.a.slug), None).await.expect(200);
    let csp = join.header("content-security-policy").unwrap().to_owned();
    assert!(csp.ends_with("frame-ancestors https://www.lpp.example"), "{csp}");
    assert_eq!(join.header("x-frame-options"), None, "the policy decides who may frame it");
    let page = html(&join);
    assert!(page.contains(&format!("<img class=\"logo\" src=\"{}\"", logo_at.replace('&', "&#38;"))), "{page}");
    let theme_at = format!("/pages/orgs/{}/theme.css", world.a.slug);
    assert!(page.contains(&theme_at));
    let theme = app.get(&theme_at, None).await.expect(200);
    assert!(theme.body.as_str().unwrap().contains("--accent: #1d4f91"));

    // Only the sign-up may be framed: the pages a link opens never are.
    let confirm = app.get("/signup/confirm", None).await.expect(200);
    assert_eq!(confirm.header("x-frame-options"), Some("DENY"));
    assert!(confirm.header("content-security-policy").unwrap().ends_with("frame-ancestors 'none'"));

    app.send(app.request("DELETE", &logo).bearer_auth(&admin), None).await.expect(204);
    app.get(&logo_at, None).await.expect(404);
    let form = app.get(&format!("/api/v1/public/orgs/{}/signup-form", world.a.slug), None).await;
    assert!(form.body["logo"].is_null());
    assert_eq!(app.count("audit_events WHERE 'logo' = ANY(changed_fields)").await, 2, "both audited");
}
