//! A flood of 200 concurrent logins, with the production Argon2 parameters and the limits
//! raised so that every one of them hashes, does not starve other requests: hashes run on
//! low-priority threads, `hash_concurrency` at a time, and sign-ins wait for their turn without
//! holding a database connection.
//!
//! The flood is sustained: 200 clients each send a login as soon as their last one is
//! answered. Other requests sent once all 200 first requests are in must all be answered, none
//! slower than a generous absolute bound, and memory must stay bounded. How much slower they
//! are than on a quiet service depends on what else the machine runs, so that ratio is
//! measured in `bench/timing.sh`, not asserted here.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::helpers::{spawn_app_with, test_config};
use crate::world::World;
use crate::{alone, quantile};

const LOGINS: usize = 200;
const PROBES: usize = 400;
/// No request may take longer than this under the flood. Measured: a few milliseconds; the
/// bound only catches starvation (requests waiting behind the hashes), not slowness.
const SLOWEST_ALLOWED: Duration = Duration::from_secs(5);

/// Login attempts counted so far (every attempt hits the address bucket once).
async fn login_attempts(conn: &mut diesel_async::AsyncPgConnection) -> i64 {
    use diesel::prelude::*;
    use diesel_async::RunQueryDsl;
    use fellesskap::db::schema::rate_limit_windows;
    rate_limit_windows::table
        .filter(rate_limit_windows::bucket.like("login:address:%"))
        .select(diesel::dsl::sum(rate_limit_windows::hits))
        .first::<Option<i64>>(conn)
        .await
        .unwrap()
        .unwrap_or(0)
}

fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Probes from a thread and runtime of their own, so the flood's client side cannot delay them.
fn probe_on_own_thread(address: &str, token: &str) -> std::thread::JoinHandle<Vec<Duration>> {
    let (address, token) = (address.to_owned(), token.to_owned());
    std::thread::spawn(move || actix_web::rt::System::new().block_on(probe_latencies(&address, &token)))
}

async fn probe_latencies(address: &str, token: &str) -> Vec<Duration> {
    let client = awc::Client::default();
    let mut samples = Vec::with_capacity(PROBES);
    for _ in 0..PROBES {
        let started = Instant::now();
        let mut res = client.get(format!("{address}/api/v1/me")).bearer_auth(token).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 200);
        res.body().await.unwrap();
        samples.push(started.elapsed());
    }
    samples
}

#[test]
fn a_login_flood_does_not_starve_other_requests() {
    let _alone = alone();
    actix_web::rt::System::new().block_on(async {
        let mut config = test_config();
        config.argon2_memory_kib = 19_456;
        config.argon2_iterations = 2;
        config.hash_concurrency = 1;
        config.workers = Some(2);
        config.db_pool_size = 16;
        config.login_limit_per_account = 10_000;
        config.login_limit_per_address = 10_000;
        let app = spawn_app_with(config).await;
        let world = World::build(&app).await;
        let token = app.token(world.member).await;
        probe_on_own_thread(&app.address, &token).join().unwrap();
        let rss_before = resident_kib();

        let client = awc::Client::builder().timeout(Duration::from_secs(120)).finish();
        let stop = Rc::new(Cell::new(false));
        let logins: Vec<_> = (0..LOGINS)
            .map(|i| {
                let (address, client, stop) = (app.address.clone(), client.clone(), Rc::clone(&stop));
                let body = json!({"email": format!("flood{i}@test.example"), "password": "a guess"});
                actix_web::rt::spawn(async move {
                    let mut statuses = Vec::new();
                    while !stop.get() {
                        let res = client.post(format!("{address}/api/v1/auth/login")).send_json(&body).await;
                        statuses.push(res.unwrap().status().as_u16());
                    }
                    statuses
                })
            })
            .collect();
        // Probe while the flood is sustained: once all its first requests are in.
        let mut conn = app.conn().await;
        while login_attempts(&mut conn).await < LOGINS as i64 {
            actix_web::rt::task::yield_now().await;
        }
        let mut flooded = probe_on_own_thread(&app.address, &token).join().unwrap();
        stop.set(true);
        let mut statuses = Vec::new();
        for login in logins {
            statuses.extend(login.await.unwrap());
        }
        let under_flood = quantile(&mut flooded, 0.99);
        let slowest = quantile(&mut flooded, 1.0);
        let rss_growth_mib = resident_kib().saturating_sub(rss_before) / 1024;

        assert!(statuses.iter().all(|s| *s == 401), "every login is answered: {statuses:?}");
        eprintln!(
            "under {LOGINS} concurrent logins: p99 {under_flood:?}, slowest {slowest:?} ({} logins), RSS +{rss_growth_mib} MiB",
            statuses.len()
        );
        assert_eq!(flooded.len(), PROBES, "every other request is answered");
        assert!(slowest < SLOWEST_ALLOWED, "a request waited {slowest:?} under the flood");
        assert!(rss_growth_mib < 100, "memory grew by {rss_growth_mib} MiB");
    });
}
