//! The database goes away under load and comes back: requests in the gap get 503 within the
//! pool timeout (never 500, never a hang), readiness follows the database while liveness stays
//! up, and the service serves again within two seconds, without a restart.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use fellesskap::db::local_cluster::LocalCluster;

use crate::alone;
use crate::helpers::{serve, test_config};

const POOL_TIMEOUT: Duration = Duration::from_millis(500);
const LOAD_CLIENTS: usize = 4;

async fn status(client: &awc::Client, url: &str) -> (u16, Duration) {
    let started = Instant::now();
    let status = client.get(url).send().await.map(|r| r.status().as_u16()).unwrap_or(0);
    (status, started.elapsed())
}

#[test]
fn a_database_restart_under_load_gives_503s_then_recovers() {
    let _alone = alone();
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(".data/postgres-faults-{}", std::process::id()));
    let cluster = LocalCluster::new(dir.clone(), true);
    let running = cluster.ensure_running().expect("starting a cluster of its own");
    running.ensure_database("fellesskap").unwrap();
    let url = running.url("fellesskap");
    fellesskap::db::run_migrations(&url).unwrap();

    actix_web::rt::System::new().block_on(async {
        let mut config = test_config();
        config.db_timeout_ms = POOL_TIMEOUT.as_millis() as u64;
        let app = serve(config, url, None).await;
        let client = awc::Client::builder().timeout(Duration::from_secs(10)).finish();
        let counties = format!("{}/api/v1/counties", app.address);
        let ready = format!("{}/health/ready", app.address);
        let live = format!("{}/health/live", app.address);
        for _ in 0..20 {
            assert_eq!(status(&client, &counties).await.0, 200);
        }
        let stop_load = Rc::new(Cell::new(false));
        let load: Vec<_> = (0..LOAD_CLIENTS)
            .map(|_| {
                let (client, url, stop) = (client.clone(), counties.clone(), Rc::clone(&stop_load));
                actix_web::rt::spawn(async move {
                    let mut seen = Vec::new();
                    while !stop.get() {
                        seen.push(status(&client, &url).await);
                    }
                    seen
                })
            })
            .collect();

        actix_web::rt::task::spawn_blocking(move || running.stop()).await.unwrap().expect("stopping the database");
        let mut gap = Vec::new();
        for _ in 0..20 {
            gap.push(status(&client, &counties).await);
        }
        assert_eq!(status(&client, &ready).await.0, 503);
        assert_eq!(status(&client, &live).await.0, 200);
        for (code, took) in &gap {
            assert_eq!(*code, 503, "while the database is away: {gap:?}");
            assert!(*took < POOL_TIMEOUT + Duration::from_secs(2), "hung for {took:?}");
        }

        let restart = cluster.clone();
        let running = actix_web::rt::task::spawn_blocking(move || restart.ensure_running())
            .await
            .unwrap()
            .expect("starting the database again");
        let back = Instant::now();
        while status(&client, &counties).await.0 != 200 {
            assert!(
                back.elapsed() < Duration::from_secs(2),
                "still not serving {:?} after the database returned",
                back.elapsed()
            );
        }
        eprintln!("serving again {:?} after the database returned", back.elapsed());
        assert_eq!(status(&client, &ready).await.0, 200);
        stop_load.set(true);
        let mut answers = Vec::new();
        for client in load {
            answers.extend(client.await.unwrap());
        }
        let unavailable = answers.iter().filter(|(code, _)| *code == 503).count();
        assert!(answers.iter().all(|(code, _)| *code == 200 || *code == 503), "under load: {answers:?}");
        assert!(answers.iter().all(|(_, took)| *took < POOL_TIMEOUT + Duration::from_secs(2)), "a request hung");
        assert!(unavailable > 0, "the load never met the outage");
        eprintln!("{} requests under load, {unavailable} answered 503", answers.len());
        running.stop().unwrap();
    });
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_file(dir.with_extension("lock"));
}
