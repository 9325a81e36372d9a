//! Argon2id password hashing on a few dedicated threads (`hash_concurrency`), at the lowest
//! scheduling priority, so that a flood of sign-ins can neither block the async workers, nor
//! crowd out other requests, nor hold more than `hash_concurrency` Argon2 blocks of memory.
//!
//! Each thread keeps its Argon2 memory between hashes. Allocating it for every hash, as
//! `argon2`'s own `hash_password` does, maps and faults in 19 MiB each time, work that takes
//! the process's memory-map lock, which every thread that faults a page shares; kept, the
//! memory is faulted in once and the process's size stays flat under a flood of sign-ins.

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use argon2::password_hash;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::oneshot;

use crate::config::Config;
use crate::error::ApiError;

type Job = Box<dyn FnOnce(&mut Workspace) + Send>;

pub struct PasswordHasher {
    params: Params,
    /// Jobs for the hashing threads; they exit when this is dropped.
    jobs: Sender<Job>,
    /// Verified against when the account does not exist, so both cases take as long.
    dummy_hash: String,
}

impl PasswordHasher {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let params = Params::new(config.argon2_memory_kib, config.argon2_iterations, config.argon2_parallelism, None)
            .map_err(|e| anyhow::anyhow!("invalid Argon2 parameters: {e}"))?;
        let dummy_hash =
            Workspace::default().hash(&params, "not a real password").context("hashing the dummy password")?;
        Ok(Self { params, jobs: spawn_hashing_threads(config.hash_concurrency.max(1))?, dummy_hash })
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        let params = self.params.clone();
        self.run_blocking(move |workspace| workspace.hash(&params, &password)).await?.map_err(ApiError::Internal)
    }

    /// Whether `password` matches `hash`; with no hash, a dummy is checked and `false` returned.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, ApiError> {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.clone());
        let matches = self.run_blocking(move |workspace| workspace.verify(&password, &hash)).await?;
        Ok(known && matches)
    }

    async fn run_blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Workspace) -> T + Send + 'static,
    ) -> Result<T, ApiError> {
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move |workspace| {
            let _ = done.send(work(workspace));
        });
        self.jobs.send(job).map_err(|_| anyhow::anyhow!("hashing threads stopped"))?;
        Ok(result.await.map_err(|_| anyhow::anyhow!("a hashing job was dropped"))?)
    }
}

/// One hashing thread's Argon2 memory, grown to the largest parameters it has met and reused.
#[derive(Default)]
struct Workspace {
    blocks: Vec<Block>,
}

impl Workspace {
    /// `password` and `salt` hashed by `argon` into `output_len` bytes, in this workspace's
    /// memory, grown first if `argon`'s parameters need more.
    fn compute(
        &mut self,
        argon: &Argon2,
        password: &str,
        salt: &[u8],
        output_len: usize,
    ) -> password_hash::Result<Output> {
        let needed = argon.params().block_count();
        if self.blocks.len() < needed {
            self.blocks.resize(needed, Block::default());
        }
        let blocks = &mut self.blocks[..needed];
        Output::init_with(output_len, |out| {
            argon.hash_password_into_with_memory(password.as_bytes(), salt, out, &mut *blocks)?;
            Ok(())
        })
    }

    /// `password` hashed with Argon2id under `params` and a fresh salt, as a PHC string.
    fn hash(&mut self, params: &Params, password: &str) -> anyhow::Result<String> {
        let salt = SaltString::generate(&mut OsRng);
        let mut salt_bytes = [0u8; 64];
        let salt_bytes = salt.as_salt().decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
        let output_len = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
        let output = self
            .compute(&argon, password, salt_bytes, output_len)
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))?;
        let encoded = PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(params).map_err(|e| anyhow::anyhow!("Argon2 parameters: {e}"))?,
            salt: Some(salt.as_salt()),
            hash: Some(output),
        };
        Ok(encoded.to_string())
    }

    /// Whether `password` hashes to the PHC string `hash`, under the algorithm, version and
    /// parameters it names. Anything unreadable does not match.
    fn verify(&mut self, password: &str, hash: &str) -> bool {
        let Ok(parsed) = PasswordHash::new(hash) else { return false };
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
        let (Ok(algorithm), Ok(version), Ok(params)) = (
            Algorithm::try_from(parsed.algorithm),
            parsed.version.map_or(Ok(Version::default()), Version::try_from),
            Params::try_from(&parsed),
        ) else {
            return false;
        };
        let mut salt_bytes = [0u8; 64];
        let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else { return false };
        let argon = Argon2::new(algorithm, version, params);
        // `Output`'s equality is constant-time: how much of a guess matched is not told.
        self.compute(&argon, password, salt_bytes, expected.len()).is_ok_and(|computed| computed == expected)
    }
}

/// Threads that take jobs from one queue, each with its own workspace. Each lowers its own
/// priority (nice 19): hashing is the work to delay when the machine is busy.
fn spawn_hashing_threads(count: usize) -> anyhow::Result<Sender<Job>> {
    let (sender, receiver) = channel::<Job>();
    let receiver = Arc::new(Mutex::new(receiver));
    for i in 0..count {
        let receiver = Arc::clone(&receiver);
        std::thread::Builder::new().name(format!("password-hash-{i}")).spawn(move || {
            lower_own_priority();
            let mut workspace = Workspace::default();
            loop {
                let job = match receiver.lock() {
                    Ok(queue) => queue.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(&mut workspace),
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

#[cfg(test)]
mod tests {
    use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};

    use super::*;

    fn small() -> Params {
        Params::new(256, 1, 1, None).expect("valid parameters")
    }

    #[test]
    fn a_hash_from_the_workspace_is_a_standard_argon2id_hash() {
        let hash = Workspace::default().hash(&small(), "correct horse").expect("hashed");
        let parsed = PasswordHash::new(&hash).expect("a PHC string");
        assert_eq!(parsed.algorithm, Algorithm::Argon2id.ident());
        let argon = Argon2::default();
        assert!(argon.verify_password(b"correct horse", &parsed).is_ok());
        assert!(argon.verify_password(b"correct horsE", &parsed).is_err());
    }

    #[test]
    fn the_workspace_verifies_standard_hashes_of_any_parameters_it_meets() {
        let mut workspace = Workspace::default();
        let larger = Params::new(1024, 2, 1, None).expect("valid parameters");
        for params in [larger, small()] {
            let salt = SaltString::generate(&mut OsRng);
            let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
            let hash = argon.hash_password(b"correct horse", &salt).expect("hashed").to_string();
            assert!(workspace.verify("correct horse", &hash));
            assert!(!workspace.verify("correct horse ", &hash));
        }
        assert_eq!(workspace.blocks.len(), 1024, "kept at the largest size met");
    }

    #[test]
    fn what_is_not_a_hash_matches_nothing() {
        let mut workspace = Workspace::default();
        for hash in ["", "plain text", "$argon2id$v=19$m=256,t=1,p=1$c2FsdHNhbHQ", "$md5$x$y"] {
            assert!(!workspace.verify("", hash), "{hash:?}");
        }
    }
}
