//! SIGTERM during a stream of writes (staff creating chapters, the public signing up): the
//! service stops accepting, finishes what it accepted, exits cleanly, and every write it
//! answered 2xx is in the database (a sign-up in the queue of public requests, which another
//! replica's worker then registers).

use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use fellesskap::db::schema::{chapters, people, public_requests};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::alone;
use crate::helpers::{JWT_SECRET_B64, clone_database, serve, test_config};
use crate::world::World;
use fellesskap::ids::ChapterId;

const WRITERS: usize = 8;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One kind of write the test keeps sending.
#[derive(Clone)]
enum Write {
    /// A chapter under this parent, by an org admin.
    Chapter { parent: ChapterId, token: String },
    /// A public sign-up to this organisation, with the consent version its form shows.
    Signup { org: String, chapter: ChapterId, consent_version: String },
}

impl Write {
    /// The path, the body of write `n` of `writer`, and the key it is found by afterwards.
    fn request(&self, writer: usize, n: usize) -> (String, Value, String) {
        match self {
            Self::Chapter { parent, .. } => {
                let name = format!("writer {writer} chapter {n}");
                (format!("/api/v1/chapters/{parent}/children"), json!({"kind": "local", "name": name}), String::new())
            }
            Self::Signup { org, chapter, consent_version } => {
                let email = format!("writer{writer}.signup{n}@example.no");
                let body = json!({"given_name": "Signe", "family_name": "Opp", "email": email, "chapter_id": chapter,
                                  "language": "nb", "consent": true, "consent_version": consent_version});
                (format!("/api/v1/public/orgs/{org}/signups"), body, email)
            }
        }
    }
}

/// Sends writes one after another until the service stops answering; returns the keys of
/// those it acknowledged (a chapter's id, a sign-up's e-mail address).
async fn write_until_refused(address: String, write: Write, writer: usize) -> Vec<String> {
    let client = awc::Client::builder().timeout(Duration::from_secs(30)).finish();
    let mut acknowledged = Vec::new();
    for n in 0.. {
        let (path, body, key) = write.request(writer, n);
        let mut req = client.post(format!("{address}{path}"));
        if let Write::Chapter { token, .. } = &write {
            req = req.bearer_auth(token);
        }
        let Ok(mut res) = req.send_json(&body).await else { break };
        match res.status().as_u16() {
            201 => {
                let body: Value = res.json().await.unwrap();
                acknowledged.push(body["id"].as_str().unwrap().to_owned());
            }
            202 => acknowledged.push(key),
            503 => continue,
            other => panic!("unexpected status {other}"),
        }
    }
    acknowledged
}

#[test]
fn sigterm_finishes_accepted_writes_and_keeps_every_acknowledged_one() {
    let _alone = alone();
    actix_web::rt::System::new().block_on(async {
        let (db_name, db_url) = clone_database();
        let fixtures = serve(test_config(), db_url.clone(), Some(db_name)).await;
        let world = World::build(&fixtures).await;
        let token = fixtures.token(world.org_admin).await;
        let port = free_port();
        let mut service = Command::new(env!("CARGO_BIN_EXE_fellesskap"))
            .arg("serve")
            .env("DATABASE_URL", &db_url)
            .env("FELLESSKAP_BIND", format!("127.0.0.1:{port}"))
            .env("FELLESSKAP_JWT_KEYS", format!("test:{JWT_SECRET_B64}"))
            .env("FELLESSKAP_SHUTDOWN_TIMEOUT_SECS", "10")
            .env("FELLESSKAP_SIGNUP_LIMIT_PER_ADDRESS", "1000000")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting the service");
        let address = format!("http://127.0.0.1:{port}");
        let client = awc::Client::default();
        let started = Instant::now();
        while client.get(format!("{address}/health/ready")).send().await.map(|r| r.status().as_u16()).ok() != Some(200)
        {
            assert!(started.elapsed() < Duration::from_secs(30), "the service did not start");
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
        }

        let form = fixtures.get(&format!("/api/v1/public/orgs/{}/signup-form?lang=nb", world.a.slug), None).await;
        let consent_version = form.body["consent"]["version"].as_str().unwrap().to_owned();
        let staff = Write::Chapter { parent: world.c1.id, token };
        let public = Write::Signup { org: world.a.slug.clone(), chapter: world.c2.id, consent_version };
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| {
                let write = if w % 2 == 0 { staff.clone() } else { public.clone() };
                (w % 2 == 0, actix_web::rt::spawn(write_until_refused(address.clone(), write, w)))
            })
            .collect();
        let mut conn = AsyncPgConnection::establish(&db_url).await.unwrap();
        let parent = world.c1.id;
        while chapters::table.filter(chapters::parent_id.eq(parent)).count().get_result::<i64>(&mut conn).await.unwrap()
            < 20
            || people::table.count().get_result::<i64>(&mut conn).await.unwrap()
                + public_requests::table.count().get_result::<i64>(&mut conn).await.unwrap()
                < 20
        {
            actix_web::rt::time::sleep(Duration::from_millis(10)).await;
        }
        let term = Command::new("kill").args(["-TERM", &service.id().to_string()]).status().unwrap();
        assert!(term.success());

        let (mut chapters_acknowledged, mut signups_acknowledged) = (Vec::new(), Vec::new());
        for (staff, writer) in writers {
            let keys = writer.await.unwrap();
            if staff { chapters_acknowledged.extend(keys) } else { signups_acknowledged.extend(keys) }
        }
        let exit = service.wait().expect("waiting for the service");
        assert!(exit.success(), "the service exited with {exit}");
        // A sign-up is kept once it is queued; the worker of any replica registers it.
        fixtures.handle_public_requests().await;
        let stored: Vec<String> = chapters::table
            .filter(chapters::parent_id.eq(parent))
            .select(chapters::id)
            .load::<Uuid>(&mut conn)
            .await
            .unwrap()
            .iter()
            .map(Uuid::to_string)
            .collect();
        let signed_up: Vec<String> =
            people::table.select(people::email.assume_not_null()).load(&mut conn).await.unwrap();
        for (kind, acknowledged, stored) in
            [("chapters", &chapters_acknowledged, &stored), ("sign-ups", &signups_acknowledged, &signed_up)]
        {
            let lost = acknowledged.iter().filter(|key| !stored.contains(key)).count();
            assert!(acknowledged.len() >= 10, "only {} {kind} were acknowledged", acknowledged.len());
            assert_eq!(lost, 0, "{lost} acknowledged {kind} are missing");
        }
    });
}
