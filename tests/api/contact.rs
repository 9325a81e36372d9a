//! Contact details, in the public sign-up and in staff's member registration: one address is
//! one person whatever its spelling, look-alikes and invisible characters are refused, and
//! phone numbers are numbers a numbering plan assigns, stored in E.164.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use fellesskap::db::schema::people;
use serde_json::{Value, json};

use crate::helpers::{Reply, TestApp, spawn_app};
use crate::members::{create, new_member};
use crate::signup::{sign_up, signup_body};
use crate::world::World;

/// Asserts a 422 with one field error.
#[track_caller]
fn assert_field_error(reply: Reply, field: &str, code: &str) {
    let reply = reply.expect_problem(422, "validation_failed");
    let errors = reply.body["errors"].as_array().unwrap();
    assert!(errors.iter().any(|e| e["field"] == field && e["code"] == code), "{}", reply.body);
}

/// Every person's e-mail address and phone number, oldest first (ids are UUID v7).
async fn contacts(app: &TestApp) -> Vec<(Option<String>, Option<String>)> {
    let conn = &mut app.conn().await;
    people::table.order(people::id).select((people::email, people::phone)).load(conn).await.unwrap()
}

fn emails(contacts: &[(Option<String>, Option<String>)]) -> Vec<&str> {
    contacts.iter().filter_map(|(email, _)| email.as_deref()).collect()
}

#[actix_web::test]
async fn an_address_with_an_invisible_character_is_refused_not_made_a_second_person() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    create(&app, &admin, &world.a.slug, &new_member(world.c1.id, "kari@example.no")).await.expect(201);

    let hidden = "kari@example.no\u{200B}";
    let mut staff = new_member(world.c1.id, hidden);
    staff["phone"] = Value::Null;
    assert_field_error(create(&app, &admin, &world.a.slug, &staff).await, "email", "invisible_character");
    let public = signup_body(&app, &world, Some(hidden)).await;
    assert_field_error(sign_up(&app, &world.a.slug, &public).await, "email", "invisible_character");
    let joined = signup_body(&app, &world, Some("ka\u{2060}ri@example.no")).await;
    assert_field_error(sign_up(&app, &world.a.slug, &joined).await, "email", "invisible_character");

    assert_eq!(emails(&contacts(&app).await), ["kari@example.no"]);
    assert_eq!(app.count("signups").await, 0);
}

#[actix_web::test]
async fn a_domain_with_a_look_alike_letter_from_another_script_is_refused() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    // A Cyrillic "а" in "example", typed or sent in its ASCII (punycode) form.
    for spoof in ["kari@ex\u{0430}mple.no", "kari@xn--exmple-4nf.no"] {
        let staff = new_member(world.c1.id, spoof);
        assert_field_error(create(&app, &admin, &world.a.slug, &staff).await, "email", "lookalike_characters");
        let public = signup_body(&app, &world, Some(spoof)).await;
        assert_field_error(sign_up(&app, &world.a.slug, &public).await, "email", "lookalike_characters");
    }
    assert_eq!(app.count("people").await, 0);
    assert_eq!(app.count("signups").await, 0);
}

#[actix_web::test]
async fn an_international_domain_is_one_address_in_any_spelling() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let first = signup_body(&app, &world, Some("Kari@Bølgen.NO")).await;
    sign_up(&app, &world.a.slug, &first).await.expect(202);
    let ascii = signup_body(&app, &world, Some("kari@xn--blgen-vua.no")).await;
    sign_up(&app, &world.a.slug, &ascii).await.expect(202);
    assert_eq!(emails(&contacts(&app).await), ["kari@xn--blgen-vua.no"]);

    let admin = app.token(world.org_admin).await;
    let mut staff = new_member(world.c1.id, "kari@bølgen.no");
    staff["phone"] = Value::Null;
    create(&app, &admin, &world.a.slug, &staff).await.expect_problem(409, "email_registered");
    assert_eq!(app.count("people").await, 1);
}

#[actix_web::test]
async fn numbers_no_numbering_plan_assigns_are_refused() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    for bad in ["+999 12345678", "11111111", "+47 0000 0001"] {
        let mut staff = new_member(world.c1.id, "kari@example.no");
        staff["phone"] = json!(bad);
        assert_field_error(create(&app, &admin, &world.a.slug, &staff).await, "phone", "phone");
        let mut public = signup_body(&app, &world, None).await;
        public["phone"] = json!(bad);
        assert_field_error(sign_up(&app, &world.a.slug, &public).await, "phone", "phone");
    }
    assert_eq!(app.count("people").await, 0);
}

#[actix_web::test]
async fn norwegian_and_foreign_numbers_are_stored_in_e164() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    for (n, phone) in ["22 12 34 56", "+46 70 123 45 67"].into_iter().enumerate() {
        let mut staff = new_member(world.c1.id, &format!("staff{n}@example.no"));
        staff["phone"] = json!(phone);
        create(&app, &admin, &world.a.slug, &staff).await.expect(201);
    }
    let mut public = signup_body(&app, &world, None).await;
    public["phone"] = json!("0048 512 345 678");
    sign_up(&app, &world.a.slug, &public).await.expect(202);
    let mut mobile = signup_body(&app, &world, None).await;
    mobile["phone"] = json!("912.34.567");
    sign_up(&app, &world.a.slug, &mobile).await.expect(202);
    let expected = ["+4722123456", "+46701234567", "+48512345678", "+4791234567"];
    let phones: Vec<Option<String>> = contacts(&app).await.into_iter().map(|(_, phone)| phone).collect();
    assert_eq!(phones, expected.map(|p| Some(p.to_owned())));
}
