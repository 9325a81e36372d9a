//! Operations under stress: login floods, a database that goes away, SIGTERM mid-stream,
//! backup and restore, two replicas on one database. These measure the service, so they run one at a time.

// The harness is shared with the API tests; this binary uses only part of it.
#[allow(dead_code)]
#[path = "../api/helpers.rs"]
mod helpers;
#[allow(dead_code)]
#[path = "../api/smtp.rs"]
mod smtp;
#[allow(dead_code)]
#[path = "../api/world.rs"]
mod world;

mod backup;
mod faults;
mod flood;
mod replicas;
mod shutdown;

use std::sync::{Mutex, MutexGuard};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Held for a whole test, so timings are not disturbed by the other tests of this binary.
fn alone() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The `q`-quantile of `samples` (sorted in place).
fn quantile(samples: &mut [std::time::Duration], q: f64) -> std::time::Duration {
    samples.sort_unstable();
    let index = ((samples.len() as f64 - 1.0) * q).round() as usize;
    samples[index]
}
