//! SIGTERM during a stream of writes: the service stops accepting, finishes what it accepted,
//! exits cleanly, and every write it answered 2xx is in the database.

use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use fellesskap::db::schema::chapters;
use serde_json::json;
use uuid::Uuid;

use crate::alone;
use crate::helpers::{JWT_SECRET_B64, clone_database, serve, test_config};
use crate::world::World;

const WRITERS: usize = 8;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Creates chapters one after another until the service stops answering; returns the ids of
/// those it answered 201 for.
async fn write_until_refused(address: String, token: String, parent: Uuid, writer: usize) -> Vec<Uuid> {
    let client = awc::Client::builder().timeout(Duration::from_secs(30)).finish();
    let mut created = Vec::new();
    for n in 0.. {
        let body = json!({"kind": "local", "name": format!("writer {writer} chapter {n}")});
        let Ok(mut res) = client
            .post(format!("{address}/api/v1/chapters/{parent}/children"))
            .bearer_auth(&token)
            .send_json(&body)
            .await
        else {
            break;
        };
        match res.status().as_u16() {
            201 => {
                let body: serde_json::Value = res.json().await.unwrap();
                created.push(body["id"].as_str().unwrap().parse().unwrap());
            }
            503 => continue,
            other => panic!("unexpected status {other}"),
        }
    }
    created
}

#[test]
fn sigterm_finishes_accepted_writes_and_keeps_every_acknowledged_one() {
    let _alone = alone();
    actix_web::rt::System::new().block_on(async {
        let (db_name, db_url) = clone_database();
        let fixtures = serve(test_config(), db_url.clone(), Some(db_name)).await;
        let world = World::build(&fixtures).await;
        let token = fixtures.token(world.org_admin);
        let port = free_port();
        let mut service = Command::new(env!("CARGO_BIN_EXE_fellesskap"))
            .arg("serve")
            .env("DATABASE_URL", &db_url)
            .env("FELLESSKAP_BIND", format!("127.0.0.1:{port}"))
            .env("FELLESSKAP_JWT_KEYS", format!("test:{JWT_SECRET_B64}"))
            .env("FELLESSKAP_SHUTDOWN_TIMEOUT_SECS", "10")
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

        let writers: Vec<_> = (0..WRITERS)
            .map(|w| actix_web::rt::spawn(write_until_refused(address.clone(), token.clone(), world.c1.id, w)))
            .collect();
        let mut conn = AsyncPgConnection::establish(&db_url).await.unwrap();
        let parent = world.c1.id;
        while chapters::table.filter(chapters::parent_id.eq(parent)).count().get_result::<i64>(&mut conn).await.unwrap()
            < 20
        {
            actix_web::rt::time::sleep(Duration::from_millis(10)).await;
        }
        let term = Command::new("kill").args(["-TERM", &service.id().to_string()]).status().unwrap();
        assert!(term.success());

        let mut acknowledged = Vec::new();
        for writer in writers {
            acknowledged.extend(writer.await.unwrap());
        }
        let exit = service.wait().expect("waiting for the service");
        assert!(exit.success(), "the service exited with {exit}");
        let stored: Vec<Uuid> =
            chapters::table.filter(chapters::parent_id.eq(parent)).select(chapters::id).load(&mut conn).await.unwrap();
        let lost: Vec<&Uuid> = acknowledged.iter().filter(|id| !stored.contains(id)).collect();
        assert!(acknowledged.len() >= 20, "only {} writes were acknowledged", acknowledged.len());
        assert!(lost.is_empty(), "{} acknowledged writes are missing", lost.len());
    });
}
