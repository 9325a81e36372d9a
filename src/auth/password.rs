//! Argon2id password hashing on a few dedicated threads (`hash_concurrency`), at the lowest
//! scheduling priority, so that a flood of sign-ins can neither block the async workers, nor
//! crowd out other requests, nor hold more than `hash_concurrency` Argon2 blocks of memory.

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::oneshot;

use crate::config::Config;
use crate::error::ApiError;

type Job = Box<dyn FnOnce() + Send>;

pub struct PasswordHasher {
    argon: Argon2<'static>,
    /// Jobs for the hashing threads; they exit when this is dropped.
    jobs: Sender<Job>,
    /// Verified against when the account does not exist, so both cases take as long.
    dummy_hash: String,
}

impl PasswordHasher {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let params = Params::new(config.argon2_memory_kib, config.argon2_iterations, config.argon2_parallelism, None)
            .map_err(|e| anyhow::anyhow!("invalid Argon2 parameters: {e}"))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let dummy_hash = hash_with(&argon, "not a real password").context("hashing the dummy password")?;
        Ok(Self { argon, jobs: spawn_hashing_threads(config.hash_concurrency.max(1))?, dummy_hash })
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        let argon = self.argon.clone();
        self.run_blocking(move || hash_with(&argon, &password)).await?.map_err(ApiError::Internal)
    }

    /// Whether `password` matches `hash`; with no hash, a dummy is checked and `false` returned.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, ApiError> {
        let argon = self.argon.clone();
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.clone());
        let matches = self
            .run_blocking(move || {
                PasswordHash::new(&hash).is_ok_and(|parsed| argon.verify_password(password.as_bytes(), &parsed).is_ok())
            })
            .await?;
        Ok(known && matches)
    }

    async fn run_blocking<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = done.send(work());
        });
        self.jobs.send(job).map_err(|_| anyhow::anyhow!("hashing threads stopped"))?;
        Ok(result.await.map_err(|_| anyhow::anyhow!("a hashing job was dropped"))?)
    }
}

/// Threads that take jobs from one queue. Each lowers its own priority (nice 19): hashing is
/// the work to delay when the machine is busy.
fn spawn_hashing_threads(count: usize) -> anyhow::Result<Sender<Job>> {
    let (sender, receiver) = channel::<Job>();
    let receiver = Arc::new(Mutex::new(receiver));
    for i in 0..count {
        let receiver = Arc::clone(&receiver);
        std::thread::Builder::new().name(format!("password-hash-{i}")).spawn(move || {
            lower_own_priority();
            loop {
                let job = match receiver.lock() {
                    Ok(queue) => queue.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(),
                    Err(_) => return,
                }
            }
        })?;
    }
    Ok(sender)
}

fn lower_own_priority() {
    // SAFETY: gettid has no preconditions; setpriority with a thread id changes only that
    // thread's nice value on Linux, and on failure leaves it as it was.
    unsafe {
        let thread = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, thread, 19);
    }
}

fn hash_with(argon: &Argon2<'_>, password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
}
