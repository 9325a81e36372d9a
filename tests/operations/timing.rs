//! An unknown e-mail and a wrong password take as long to answer: both verify a hash of the
//! same cost (a dummy one for unknown accounts), so timing does not reveal who has an account.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::helpers::{spawn_app_with, test_config};
use crate::world::World;
use crate::{alone, quantile};

/// Enough rounds that a scheduling hiccup on a loaded 2-core machine does not move a median.
const ROUNDS: usize = 41;
/// Rounds run first and not measured: the first sign-ins open pool connections and warm caches.
const WARM_UP: usize = 5;

#[test]
fn unknown_accounts_and_wrong_passwords_answer_in_alike_time() {
    let _alone = alone();
    actix_web::rt::System::new().block_on(async {
        let mut config = test_config();
        config.argon2_memory_kib = 19_456;
        config.argon2_iterations = 2;
        config.login_limit_per_account = 1_000;
        config.login_limit_per_address = 1_000;
        // One hashing thread. With two, sign-ins sent one after another take turns between
        // them, so every wrong-password hash ran on one thread and every unknown-account hash on
        // the other, and whichever thread shared its core with other work looked slower.
        config.hash_concurrency = 1;
        let app = spawn_app_with(config).await;
        World::build(&app).await;
        let client = awc::Client::default();
        let login = |email: &'static str| {
            let (client, address) = (client.clone(), app.address.clone());
            async move {
                let started = Instant::now();
                let res = client
                    .post(format!("{address}/api/v1/auth/login"))
                    .send_json(&json!({"email": email, "password": "not the password"}))
                    .await
                    .unwrap();
                assert_eq!(res.status().as_u16(), 401);
                started.elapsed()
            }
        };
        for _ in 0..WARM_UP {
            login("member-c1@test.example").await;
            login("nobody@test.example").await;
        }
        let (mut known, mut unknown): (Vec<Duration>, Vec<Duration>) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            // Each goes first in half the rounds, so neither always follows the other.
            if round % 2 == 0 {
                known.push(login("member-c1@test.example").await);
                unknown.push(login("nobody@test.example").await);
            } else {
                unknown.push(login("nobody@test.example").await);
                known.push(login("member-c1@test.example").await);
            }
        }
        let (known, unknown) = (quantile(&mut known, 0.5), quantile(&mut unknown, 0.5));
        eprintln!("median: wrong password {known:?}, unknown e-mail {unknown:?}");
        let (slow, fast) = if known > unknown { (known, unknown) } else { (unknown, known) };
        assert!(
            slow.as_secs_f64() <= fast.as_secs_f64() * 1.25,
            "wrong password {known:?}, unknown e-mail {unknown:?}"
        );
    });
}
