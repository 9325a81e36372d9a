//! Conversation requests: asked for publicly or recorded by staff, matched to active peer
//! supporters of the chapter and then the region, assigned, accepted or declined on the peer
//! supporter's own account, and followed through.

use chrono::{Days, Utc};
use fellesskap::ids::{ChapterId, UserId};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};
use crate::own_work::invite_and_accept;
use crate::volunteers::assign;
use crate::world::World;

/// The chapters of the tests: C1 is Trøndelag (with L1 under it), C2 Møre og Romsdal, both in
/// region midt; Oslo is a county chapter of another region.
struct Places {
    oslo: ChapterId,
}

async fn places(app: &TestApp, world: &World) -> Places {
    let admin = app.token(world.org_admin).await;
    for (chapter, county) in [(world.c1.id, "50"), (world.c2.id, "15")] {
        app.patch(&format!("/api/v1/chapters/{chapter}"), Some(&admin), &json!({"county_code": county}))
            .await
            .expect(200);
    }
    let oslo = json!({"kind": "county", "name": "Oslo", "county_code": "03"});
    let oslo =
        app.post(&format!("/api/v1/chapters/{}/children", world.a.root.id), Some(&admin), &oslo).await.expect(201);
    Places { oslo: oslo.body["id"].as_str().unwrap().parse::<Uuid>().unwrap().into() }
}

/// A peer supporter as [`unlinked_supporter`], whose record is linked to an account that
/// accepted an invitation to a volunteer role (see [`account`]).
async fn supporter(
    app: &TestApp,
    world: &World,
    chapter: ChapterId,
    name: &str,
    language: &str,
    course_days_ago: Option<u64>,
) -> Uuid {
    let person = unlinked_supporter(app, world, chapter, name, language, course_days_ago).await;
    invite_and_accept(app, world, &format!("{}@example.no", name.to_lowercase())).await;
    person
}

/// The account with this address.
async fn account(app: &TestApp, email: &str) -> UserId {
    let found = fellesskap::accounts::queries::find_by_email(&mut app.conn().await, email).await.unwrap();
    found.expect("an account").id
}

/// A person of the organisation of `chapter`'s world holding the peer supporter role in
/// `chapter` since 60 days ago, qualified by a course `course_days_ago` (none: never qualified).
async fn unlinked_supporter(
    app: &TestApp,
    world: &World,
    chapter: ChapterId,
    name: &str,
    language: &str,
    course_days_ago: Option<u64>,
) -> Uuid {
    let admin = app.token(world.platform_admin).await;
    let slug = if chapter == world.cb.id { &world.b.slug } else { &world.a.slug };
    let body = json!({"given_name": name, "family_name": "Likeperson", "email": format!("{}@example.no", name.to_lowercase()),
                      "language": language, "birth_year": 1980,
                      "membership": {"chapter_id": chapter, "membership_type": "ordinary"}});
    let created = app.post(&format!("/api/v1/orgs/{slug}/members"), Some(&admin), &body).await.expect(201);
    let person: Uuid = created.body["id"].as_str().unwrap().parse().unwrap();
    let today = Utc::now().date_naive();
    let role = json!({"person_id": person, "role": "peer_supporter", "from_on": today - Days::new(60)});
    assign(app, &admin, chapter, role).await.expect(201);
    if let Some(days) = course_days_ago {
        let held_on = today - Days::new(days);
        let run = json!({"course_type": "peer_supporter_course", "chapter_id": chapter, "held_on": held_on});
        let run = app.post(&format!("/api/v1/orgs/{slug}/course-runs"), Some(&admin), &run).await.expect(201);
        let url = format!("/api/v1/course-runs/{}/completions", run.body["id"].as_str().unwrap());
        app.post(&url, Some(&admin), &json!({"person_id": person})).await.expect(201);
    }
    person
}

async fn consent_version(app: &TestApp, slug: &str, lang: &str) -> String {
    let form = app.get(&format!("/api/v1/public/orgs/{slug}/conversation-form?lang={lang}"), None).await.expect(200);
    form.body["consent"]["version"].as_str().unwrap().to_owned()
}

/// A request recorded by the org admin for Trøndelag, in `language`, about a child.
async fn recorded(app: &TestApp, world: &World, language: &str, email: &str) -> Value {
    let admin = app.token(world.org_admin).await;
    let body = json!({"county_code": "50", "relation": "child", "age_group": "30_49", "language": language,
                      "channel": "phone", "name": "Amina", "email": email,
                      "consent": true, "consent_version": consent_version(app, &world.a.slug, "en").await});
    app.post(&format!("/api/v1/orgs/{}/conversation-requests", world.a.slug), Some(&admin), &body)
        .await
        .expect(201)
        .body
}

async fn proposals(app: &TestApp, token: &str, request: &str) -> Vec<Value> {
    let url = format!("/api/v1/conversation-requests/{request}/proposals");
    app.get(&url, Some(token)).await.expect(200).body["items"].as_array().unwrap().clone()
}

fn ids(proposals: &[Value]) -> Vec<String> {
    proposals.iter().map(|p| p["person_id"].as_str().unwrap().to_owned()).collect()
}

#[actix_web::test]
async fn matching_proposes_the_chapter_then_the_region_and_never_the_lapsed_or_another_organisation() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let places = places(&app, &world).await;
    let local_arabic = supporter(&app, &world, world.l1.id, "Layla", "ar", Some(30)).await;
    let county_norwegian = supporter(&app, &world, world.c1.id, "Kari", "nb", Some(30)).await;
    let regional_arabic = supporter(&app, &world, world.c2.id, "Samir", "ar", Some(30)).await;
    supporter(&app, &world, places.oslo, "Oslo", "ar", Some(30)).await;
    supporter(&app, &world, world.c1.id, "Lapsed", "ar", Some(25 * 31)).await;
    supporter(&app, &world, world.c1.id, "Untrained", "ar", None).await;
    supporter(&app, &world, world.cb.id, "Foreign", "ar", Some(30)).await;
    unlinked_supporter(&app, &world, world.c1.id, "Unlinked", "ar", Some(30)).await;
    let request = recorded(&app, &world, "ar", "amina@example.org").await;
    assert_eq!(request["chapter_id"], json!(world.c1.id));
    assert_eq!(request["state"], "waiting");

    let leader = app.token(world.leader).await;
    let proposed = proposals(&app, &leader, request["id"].as_str().unwrap()).await;
    let expected: Vec<String> =
        [local_arabic, county_norwegian, regional_arabic].iter().map(ToString::to_string).collect();
    assert_eq!(ids(&proposed), expected, "{proposed:#?}");
    assert_eq!(
        proposed[0]["fits"],
        json!({"in_chapter": true, "language": true, "other_fits": 1}),
        "the age group fits"
    );
    assert_eq!(proposed[2]["fits"]["in_chapter"], false);

    // A peer supporter's own kind of loss lifts them above one who only speaks the language.
    let kari = format!("/api/v1/members/{county_norwegian}/peer-profile");
    let profile = json!({"languages": ["ar"], "relations": ["child"], "gender": "woman"});
    app.call("PUT", &kari, Some(&leader), Some(&profile)).await.expect(200);
    let proposed = proposals(&app, &leader, request["id"].as_str().unwrap()).await;
    assert_eq!(proposed[0]["person_id"], json!(county_norwegian));
    let unknown = json!({"relations": ["no_such_kind"]});
    app.call("PUT", &kari, Some(&leader), Some(&unknown)).await.expect_problem(404, "unknown_relation");
}

#[actix_web::test]
async fn the_peer_supporter_answers_on_their_own_account_and_a_decline_goes_back_to_the_coordinator() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let first = supporter(&app, &world, world.c1.id, "Vera0", "ar", Some(30)).await;
    let second = supporter(&app, &world, world.c1.id, "Vera1", "ar", Some(30)).await;
    let first_account = account(&app, "vera0@example.no").await;
    let second_account = account(&app, "vera1@example.no").await;
    let request = recorded(&app, &world, "ar", "amina@example.org").await;
    let id = request["id"].as_str().unwrap();
    let leader = app.token(world.leader).await;

    let assign_to = |person: Uuid| json!({"person_id": person});
    let url = format!("/api/v1/conversation-requests/{id}/assignment");
    let assigned = app.post(&url, Some(&leader), &assign_to(first)).await.expect(201);
    assert_eq!(assigned.body["state"], "assigned");
    let mail = app.mails_to("vera0@example.no").await.pop().unwrap();
    assert!(mail.contains("48") && !mail.contains("Amina") && !mail.contains("amina@"), "{mail}");

    let mine = me_assignments(&app, first_account).await;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["language"], "ar");
    assert_eq!(mine[0]["contact"], Value::Null, "no contact details before accepting");
    assert!(me_assignments(&app, second_account).await.is_empty());
    let assignment = mine[0]["id"].as_str().unwrap().to_owned();

    // Nobody but the peer supporter answers: not their leader, not another volunteer.
    let decline = format!("/api/v1/assignments/{assignment}/decline");
    app.call("POST", &decline, Some(&leader), None).await.expect_problem(403, "forbidden");
    let other = app.token(second_account).await;
    app.call("POST", &decline, Some(&other), None).await.expect_problem(403, "forbidden");
    let foreign = app.token(world.other_org_admin).await;
    app.call("POST", &decline, Some(&foreign), None).await.expect_problem(404, "not_found");

    let own = app.token(first_account).await;
    app.call("POST", &decline, Some(&own), None).await.expect(200);
    app.call("POST", &decline, Some(&own), None).await.expect_problem(409, "assignment_answered");
    let coordinator_mail = app.mails_to("leader-c1@test.example").await.pop().unwrap();
    assert!(coordinator_mail.contains(id), "{coordinator_mail}");
    let back = app.get(&format!("/api/v1/conversation-requests/{id}"), Some(&leader)).await.expect(200).body;
    assert_eq!(back["state"], "waiting");
    assert!(me_assignments(&app, first_account).await.is_empty());

    // The next proposals leave out whoever declined.
    assert_eq!(ids(&proposals(&app, &leader, id).await), [second.to_string()]);
    app.post(&url, Some(&leader), &assign_to(first)).await.expect_problem(422, "not_a_candidate");
    app.post(&url, Some(&leader), &assign_to(second)).await.expect(201);
    let theirs = me_assignments(&app, second_account).await;
    let accept = format!("/api/v1/assignments/{}/accept", theirs[0]["id"].as_str().unwrap());
    let accepted = app.call("POST", &accept, Some(&other), None).await.expect(200).body;
    assert_eq!(accepted["contact"]["email"], "amina@example.org");
    assert_eq!(me_assignments(&app, second_account).await[0]["contact"]["name"], "Amina");

    // While she has it, her record's link to her account stays as it is.
    let admin = app.token(world.org_admin).await;
    let link = format!("/api/v1/members/{second}/account");
    app.call("DELETE", &link, Some(&admin), None).await.expect_problem(409, "assignment_open");
    // Once her role in the organisation is revoked, her account shows nothing of it.
    run_sql(&app, &format!("UPDATE grants SET valid_to = now() WHERE user_id = '{second_account}'")).await;
    assert!(me_assignments(&app, second_account).await.is_empty());
    app.call("POST", &accept, Some(&app.token(second_account).await), None).await.expect(404);
}

async fn me_assignments(app: &TestApp, account: UserId) -> Vec<Value> {
    let me = app.get("/api/v1/me", Some(&app.token(account).await)).await.expect(200).body;
    me["people"].as_array().unwrap().iter().flat_map(|p| p["assignments"].as_array().unwrap().clone()).collect()
}

#[actix_web::test]
async fn leaders_see_their_subtrees_requests_only() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let request = recorded(&app, &world, "nb", "ola@example.org").await;
    let id = request["id"].as_str().unwrap();
    let leader = app.token(world.leader).await;
    let listed = app.get(&format!("/api/v1/chapters/{}/conversation-requests", world.c1.id), Some(&leader)).await;
    let items = listed.expect(200).body["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 1);
    assert!(items[0].get("contact").is_none(), "lists carry no contact details");

    let conn = &mut app.conn().await;
    let c2_leader = crate::world::user(&app, conn, "leader-c2@test.example").await;
    crate::world::grant(conn, c2_leader, fellesskap::auth::Role::ChapterLeader, Some(world.a.id), Some(world.c2.id))
        .await;
    let c2 = app.token(c2_leader).await;
    app.get(&format!("/api/v1/conversation-requests/{id}"), Some(&c2)).await.expect_problem(403, "forbidden");
    let theirs = app.get(&format!("/api/v1/chapters/{}/conversation-requests", world.c2.id), Some(&c2)).await;
    assert_eq!(theirs.expect(200).body["items"], json!([]));
    let volunteer = app.token(world.volunteer).await;
    app.get(&format!("/api/v1/conversation-requests/{id}"), Some(&volunteer)).await.expect_problem(403, "forbidden");
    let foreign = app.token(world.other_org_admin).await;
    app.get(&format!("/api/v1/conversation-requests/{id}"), Some(&foreign)).await.expect_problem(404, "not_found");
}

/// The value of `name="…" value="…"` in a page.
fn input_value(page: &str, name: &str) -> String {
    let at = page.find(&format!("name=\"{name}\" value=\"")).unwrap_or_else(|| panic!("no {name} in {page}"));
    let rest = &page[at + name.len() + 15..];
    rest[..rest.find('"').unwrap()].to_owned()
}

#[actix_web::test]
async fn a_request_made_in_arabic_on_the_served_page_is_taken_held_twice_and_closed_and_counted() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let layla = supporter(&app, &world, world.c1.id, "Layla", "ar", Some(30)).await;
    supporter(&app, &world, world.c2.id, "Samir", "ar", Some(30)).await;
    supporter(&app, &world, world.c1.id, "Kari", "nb", Some(30)).await;
    let account = account(&app, "layla@example.no").await;

    let page = app.get(&format!("/talk/{}?lang=ar", world.a.slug), None).await.expect(200);
    let page = page.body.as_str().unwrap().to_owned();
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\""), "{page}");
    let arabic = fellesskap::i18n::Lang::parse_supported("ar").unwrap();
    assert!(page.contains(&arabic.text("peer-field-relation")) && page.contains("value=\"child\""));
    let chapter = world.c1.id.to_string();
    let version = input_value(&page, "consent_version");
    let fields = [
        ("language", "ar"),
        ("consent_version", version.as_str()),
        ("chapter_id", chapter.as_str()),
        ("relation", "child"),
        ("age_group", "30_49"),
        ("channel", "phone"),
        ("gender_preference", ""),
        ("name", "أمينة"),
        ("email", ""),
        ("phone", "+47 912 34 567"),
        ("consent", "true"),
        ("website", ""),
    ];
    let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
    let url = format!("/talk/{}", world.a.slug);
    let posted = app.post_raw(&url, None, "application/x-www-form-urlencoded", body.into_bytes()).await.expect(303);
    let thanks = posted.header("location").unwrap().to_owned();
    assert_eq!(thanks, format!("/talk/{}/thanks?lang=ar", world.a.slug));
    let thanks = app.get(&thanks, None).await.expect(200);
    assert!(thanks.body.as_str().unwrap().contains(&arabic.text("peer-form-received")));
    assert_eq!(app.handle_public_requests().await, 1);

    // The chapter's leader sees it, proposes the Arabic-speaking peer supporter of the county.
    let leader = app.token(world.leader).await;
    let listed = app.get(&format!("/api/v1/chapters/{}/conversation-requests", world.c1.id), Some(&leader)).await;
    let request = listed.expect(200).body["items"][0].clone();
    assert_eq!((request["language"].as_str(), request["source"].as_str()), (Some("ar"), Some("public")));
    let id = request["id"].as_str().unwrap();
    assert_eq!(proposals(&app, &leader, id).await[0]["person_id"], json!(layla));
    app.post(&format!("/api/v1/conversation-requests/{id}/assignment"), Some(&leader), &json!({"person_id": layla}))
        .await
        .expect(201);

    // She accepts on her own account, holds two conversations and closes it.
    let own = app.token(account).await;
    let assignment = me_assignments(&app, account).await[0]["id"].as_str().unwrap().to_owned();
    let conversation = |days_ago: u64| json!({"held_on": Utc::now().date_naive() - Days::new(days_ago), "duration_minutes": 50, "channel": "phone"});
    let log = format!("/api/v1/assignments/{assignment}/conversations");
    app.post(&log, Some(&own), &conversation(0)).await.expect_problem(409, "assignment_not_accepted");
    let accepted = app.call("POST", &format!("/api/v1/assignments/{assignment}/accept"), Some(&own), None).await;
    let accepted = accepted.expect(200).body;
    app.post(&log, Some(&own), &conversation(1)).await.expect_problem(422, "held_before_assignment");
    assert_eq!(
        (accepted["contact"]["phone"].as_str(), accepted["contact"]["name"].as_str()),
        (Some("+4791234567"), Some("أمينة"))
    );
    let held = app.post(&log, Some(&own), &conversation(0)).await.expect(201).body;
    assert_eq!((held["kind"].as_str(), held["chapter_id"].clone()), (Some("peer_conversation"), json!(world.c1.id)));
    assert_eq!(held["conversation_request_id"], json!(id));
    app.post(&log, Some(&own), &conversation(0)).await.expect(201);
    let close = format!("/api/v1/assignments/{assignment}/close");
    app.post(&close, Some(&own), &json!({"outcome": "supported"})).await.expect(200);
    app.post(&close, Some(&own), &json!({"outcome": "supported"})).await.expect_problem(409, "assignment_not_accepted");
    assert!(me_assignments(&app, account).await.is_empty(), "a closed request leaves the account");

    // The secretariat sees the counts, and never the person.
    let admin = app.token(world.org_admin).await;
    let done = app.get(&format!("/api/v1/conversation-requests/{id}"), Some(&admin)).await.expect(200).body;
    assert_eq!((done["state"].as_str(), done["outcome"].as_str()), (Some("closed"), Some("supported")));
    assert!(done["first_contact_at"].is_string());
    assert!(done.get("contact").is_none() && done["contact_held"] == true, "coordinators never see the contact");
    let report = format!("/api/v1/orgs/{}/conversation-requests/report", world.a.slug);
    let report = app.get(&report, Some(&admin)).await.expect(200).body;
    assert_eq!((report["requests"].as_i64(), report["conversations"].as_i64()), (Some(1), Some(2)));
    assert_eq!(report["conversations_per_request"], 2.0);
    assert_eq!(report["lines"][0]["region_code"], "midt");
    // The phone is looked for whole: three digits alone turn up in a random UUID now and then.
    for trace in ["أمينة", "91234567", "912 34 567", "Layla"] {
        assert!(!done.to_string().contains(trace) && !report.to_string().contains(trace), "{trace} shown");
    }
}

#[actix_web::test]
async fn a_request_by_the_public_api_is_answered_alike_and_recorded_by_the_worker() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let form = app.get(&format!("/api/v1/public/orgs/{}/conversation-form?lang=so", world.a.slug), None).await;
    let form = form.expect(200).body;
    assert_eq!(form["language"]["direction"], "ltr");
    assert!(form["relations"].as_array().unwrap().iter().any(|r| r["code"] == "child"));
    assert_eq!(form["fields"][0]["options"], "chapters");
    let body = |email: &str| {
        json!({"county_code": "50", "relation": "parent", "age_group": "18_29", "language": "so", "channel": "video",
               "email": email, "consent": true, "consent_version": form["consent"]["version"]})
    };
    let url = format!("/api/v1/public/orgs/{}/conversation-requests", world.a.slug);
    // Someone the registry holds and someone it does not get the same answer.
    let vera = crate::volunteers::person(&app, &world, world.c1.id, 3, "nb").await;
    let known = app.post(&url, None, &body("vera3@example.no")).await.expect(202).body;
    let stranger = app.post(&url, None, &body("stranger@example.org")).await.expect(202).body;
    assert_eq!(known, stranger);
    assert_eq!(known["message"], form["success_message"]);
    assert_eq!(app.count("conversation_requests").await, 0, "queued, not yet recorded");
    assert_eq!(app.handle_public_requests().await, 2);
    assert_eq!(app.count("conversation_requests WHERE source = 'public' AND language = 'so'").await, 2);
    // Anyone may type anyone's address, so a public request is no record's; erasing the person
    // the address belongs to still removes it from the request.
    assert_eq!(app.count("conversation_requests WHERE requester_person_id IS NOT NULL").await, 0);
    let admin = app.token(world.org_admin).await;
    app.post(&format!("/api/v1/members/{vera}/erasure"), Some(&admin), &json!({})).await.expect(200);
    assert_eq!(app.count("conversation_requests WHERE contact_email IS NOT NULL").await, 1, "the stranger's stays");
}

#[actix_web::test]
async fn a_request_from_a_known_address_is_the_persons_to_export_and_erase() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let member = crate::volunteers::person(&app, &world, world.c1.id, 7, "nb").await;
    recorded(&app, &world, "nb", "vera7@example.no").await;
    let export = app.get(&format!("/api/v1/members/{member}/export"), Some(&admin)).await.expect(200).body;
    let requests = &export["conversation_requests"];
    assert_eq!((requests[0]["relation"].as_str(), requests[0]["contact_held"].as_bool()), (Some("child"), Some(true)));
    assert!(!requests.to_string().contains("vera7@"), "the export shows no contact details of a request");
    app.post(&format!("/api/v1/members/{member}/erasure"), Some(&admin), &json!({})).await.expect(200);
    let left = app.count("conversation_requests WHERE contact_email IS NULL AND contact_name IS NULL").await;
    assert_eq!(left, 1, "erasure empties the request's contact details and keeps it for the counts");
}

#[actix_web::test]
async fn a_request_is_refused_whole_when_it_does_not_fit_the_form() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let url = format!("/api/v1/public/orgs/{}/conversation-requests", world.a.slug);
    let version = consent_version(&app, &world.a.slug, "nb").await;
    let base = json!({"county_code": "50", "relation": "child", "age_group": "30_49", "language": "nb",
                      "channel": "video", "email": "x@example.org", "consent": true, "consent_version": version});
    let with = |key: &str, value: Value| {
        let mut body = base.clone();
        body[key] = value;
        body
    };
    app.post(&url, None, &with("county_code", json!("99"))).await.expect_problem(404, "unknown_county");
    app.post(&url, None, &with("relation", json!("pets"))).await.expect_problem(404, "unknown_relation");
    app.post(&url, None, &with("consent_version", json!("nb-0000"))).await.expect_problem(409, "consent_outdated");
    app.post(&url, None, &with("consent", json!(false))).await.expect_problem(422, "validation_failed");
    let mut unreachable = base.clone();
    unreachable.as_object_mut().unwrap().remove("email");
    app.post(&url, None, &unreachable).await.expect_problem(422, "validation_failed");
    app.post(&url, None, &with("name", json!("Ola 010170 12262"))).await.expect_problem(422, "validation_failed");
    assert_eq!(app.count("public_requests").await, 0);
}

/// A request recorded for Trøndelag and assigned by C1's leader to a new peer supporter of C1
/// whose account is linked; (request id, assignment id, the peer supporter's account).
async fn assigned(app: &TestApp, world: &World) -> (String, String, UserId) {
    let person = supporter(app, world, world.c1.id, "Vera0", "en", Some(30)).await;
    let account = account(app, "vera0@example.no").await;
    let request = recorded(app, world, "en", "amina@example.org").await;
    let id = request["id"].as_str().unwrap().to_owned();
    let leader = app.token(world.leader).await;
    let url = format!("/api/v1/conversation-requests/{id}/assignment");
    let done = app.post(&url, Some(&leader), &json!({"person_id": person})).await.expect(201).body;
    (id, done["assignments"][0]["id"].as_str().unwrap().to_owned(), account)
}

async fn run_sql(app: &TestApp, sql: &str) {
    diesel_async::RunQueryDsl::execute(diesel::sql_query(sql), &mut app.conn().await).await.unwrap();
}

#[actix_web::test]
async fn the_first_contact_reminder_and_the_escalation_go_out_once_each() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let (request, _, _) = assigned(&app, &world).await;
    let send = || async { fellesskap::peer_support::reminders::send_due(&mut app.conn().await).await.unwrap() };
    assert_eq!(send().await, 0, "nothing is due at first");

    run_sql(&app, "UPDATE conversation_assignments SET assigned_at = now() - interval '30 hours', contact_due_at = now() + interval '18 hours'").await;
    assert_eq!(send().await, 1);
    assert_eq!(send().await, 0, "the reminder goes once");
    let to_supporter = app.mails_to("vera0@example.no").await;
    assert_eq!(to_supporter.iter().filter(|m| m.contains("has no first contact yet")).count(), 1, "{to_supporter:#?}");

    run_sql(&app, "UPDATE conversation_assignments SET contact_due_at = now() - interval '1 hour'").await;
    assert_eq!(send().await, 1);
    assert_eq!(send().await, 0, "the escalation goes once");
    let to_coordinator = app.mails_to("leader-c1@test.example").await;
    let overdue: Vec<_> = to_coordinator.iter().filter(|m| m.contains("none is logged")).collect();
    assert_eq!(overdue.len(), 1, "{to_coordinator:#?}");
    assert!(overdue[0].contains(&request) && !overdue[0].contains("amina"));
}

#[actix_web::test]
async fn an_escalation_whose_coordinator_left_goes_to_the_secretariat() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let (request, _, _) = assigned(&app, &world).await;
    run_sql(&app, &format!("UPDATE grants SET valid_to = now() WHERE user_id = '{}'", world.leader)).await;
    run_sql(&app, "UPDATE conversation_assignments SET contact_due_at = now() - interval '1 hour'").await;
    assert_eq!(fellesskap::peer_support::reminders::send_due(&mut app.conn().await).await.unwrap(), 2);
    let to_admin = app.mails_to("admin-a@test.example").await;
    assert!(to_admin.iter().any(|m| m.contains(&request)), "{to_admin:#?}");
    assert!(!app.mails_to("leader-c1@test.example").await.iter().any(|m| m.contains(&request)));
}

#[actix_web::test]
async fn a_first_contact_stops_the_reminders() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let (_, assignment, account) = assigned(&app, &world).await;
    let own = app.token(account).await;
    app.call("POST", &format!("/api/v1/assignments/{assignment}/accept"), Some(&own), None).await.expect(200);
    let held = json!({"held_on": Utc::now().date_naive(), "duration_minutes": 30, "channel": "video"});
    app.post(&format!("/api/v1/assignments/{assignment}/conversations"), Some(&own), &held).await.expect(201);
    run_sql(&app, "UPDATE conversation_assignments SET assigned_at = now() - interval '3 days', contact_due_at = now() - interval '1 day'").await;
    assert_eq!(fellesskap::peer_support::reminders::send_due(&mut app.conn().await).await.unwrap(), 0);
}

#[actix_web::test]
async fn retention_removes_the_contact_details_and_leaves_the_counts() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    places(&app, &world).await;
    let (request, assignment, account) = assigned(&app, &world).await;
    let own = app.token(account).await;
    app.call("POST", &format!("/api/v1/assignments/{assignment}/accept"), Some(&own), None).await.expect(200);
    let held = json!({"held_on": Utc::now().date_naive(), "duration_minutes": 30, "channel": "video"});
    app.post(&format!("/api/v1/assignments/{assignment}/conversations"), Some(&own), &held).await.expect(201);
    let leader = app.token(world.leader).await;
    let close = format!("/api/v1/conversation-requests/{request}/close");
    app.post(&close, Some(&leader), &json!({"outcome": "supported"})).await.expect(200);
    let purge =
        || async { fellesskap::peer_support::reminders::remove_expired_contacts(&mut app.conn().await).await.unwrap() };
    assert_eq!(purge().await, 0, "kept for the organisation's retention days");

    run_sql(&app, "UPDATE conversation_requests SET closed_at = now() - interval '91 days'").await;
    assert_eq!(purge().await, 1);
    assert_eq!(purge().await, 0);
    let dump = crate::rights::dump(&app.db_url);
    for needle in ["amina@example.org", "Amina"] {
        assert!(!dump.contains(needle), "{needle} is still in the database");
    }
    let read = app.get(&format!("/api/v1/conversation-requests/{request}"), Some(&leader)).await.expect(200).body;
    assert_eq!(read["contact_held"], false);

    let admin = app.token(world.org_admin).await;
    let from = Utc::now().date_naive() - Days::new(7);
    let url = format!("/api/v1/orgs/{}/conversation-requests/report?from={from}", world.a.slug);
    let report = app.get(&url, Some(&admin)).await.expect(200).body;
    assert_eq!((report["requests"].as_i64(), report["contacted"].as_i64()), (Some(1), Some(1)));
    assert_eq!((report["closed"].as_i64(), report["conversations"].as_i64()), (Some(1), Some(1)));
    assert_eq!(report["conversations_per_request"], 1.0);
    assert_eq!(
        report["lines"],
        json!([{"region_code": "midt", "relation": "child", "requests": 1, "contacted": 1,
        "closed": 1, "conversations": 1, "average_days_to_first_contact": 0.0}])
    );
    assert!(!report.to_string().contains("Vera0") && !report.to_string().contains(&request), "counts only");
    app.get(&url, Some(&leader)).await.expect_problem(403, "forbidden");
}
