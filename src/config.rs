//! Settings, read from the command line or the environment (README lists every variable).

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::Args;

/// A value that must never reach a log line: `Debug` prints a placeholder.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_owned()))
    }
}

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// PostgreSQL connection string. Unset: a private cluster under the data directory.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<Secret>,

    /// Where the private PostgreSQL cluster lives when DATABASE_URL is unset.
    #[arg(long, env = "FELLESSKAP_DATA_DIR", default_value = ".data")]
    pub data_dir: PathBuf,

    /// Address and port the HTTP server listens on.
    #[arg(long, env = "FELLESSKAP_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Address and port of the Prometheus metrics listener (`GET /metrics`), kept off the
    /// public one; unset, no metrics are served.
    #[arg(long, env = "FELLESSKAP_METRICS_BIND")]
    pub metrics_bind: Option<SocketAddr>,

    /// HMAC keys for access tokens as `kid:secret` pairs, comma-separated; the first signs.
    /// Unset: a random key per process (tokens then do not survive a restart or cross replicas).
    #[arg(long, env = "FELLESSKAP_JWT_KEYS", hide_env_values = true)]
    pub jwt_keys: Option<Secret>,

    #[arg(long, env = "FELLESSKAP_JWT_ISSUER", default_value = "fellesskap")]
    pub jwt_issuer: String,

    #[arg(long, env = "FELLESSKAP_JWT_AUDIENCE", default_value = "fellesskap-api")]
    pub jwt_audience: String,

    /// Lifetime of an access token, in seconds.
    #[arg(long, env = "FELLESSKAP_ACCESS_TOKEN_TTL", default_value_t = 900)]
    pub access_token_ttl_secs: u32,

    /// Lifetime of a refresh token, in days.
    #[arg(long, env = "FELLESSKAP_REFRESH_TOKEN_TTL_DAYS", default_value_t = 30)]
    pub refresh_token_ttl_days: u32,

    /// Lifetime of an invitation, in hours.
    #[arg(long, env = "FELLESSKAP_INVITATION_TTL_HOURS", default_value_t = 168)]
    pub invitation_ttl_hours: u32,

    /// Argon2id memory cost in KiB (OWASP minimum: 19456).
    #[arg(long, env = "FELLESSKAP_ARGON2_MEMORY_KIB", default_value_t = 19456)]
    pub argon2_memory_kib: u32,

    #[arg(long, env = "FELLESSKAP_ARGON2_ITERATIONS", default_value_t = 2)]
    pub argon2_iterations: u32,

    #[arg(long, env = "FELLESSKAP_ARGON2_PARALLELISM", default_value_t = 1)]
    pub argon2_parallelism: u32,

    /// Password hashes computed at once; further logins wait their turn. One: a hash takes about
    /// 40 ms of a core, and a flood of wrong guesses should never take more than one core of a
    /// small machine from everything else (nice values do not reach across to PostgreSQL's
    /// processes). Raise it on a machine with many cores.
    #[arg(long, env = "FELLESSKAP_HASH_CONCURRENCY", default_value_t = 1)]
    pub hash_concurrency: usize,

    /// Sign-ins checking their limits and account at once; the rest wait without holding a
    /// database connection, so a flood of sign-ins leaves the pool to other requests.
    #[arg(long, env = "FELLESSKAP_LOGIN_CONCURRENCY", default_value_t = 1)]
    pub login_concurrency: usize,

    /// Login attempts allowed per account within one window.
    #[arg(long, env = "FELLESSKAP_LOGIN_LIMIT_PER_ACCOUNT", default_value_t = 10)]
    pub login_limit_per_account: u32,

    /// Login attempts allowed per client address within one window.
    #[arg(long, env = "FELLESSKAP_LOGIN_LIMIT_PER_ADDRESS", default_value_t = 50)]
    pub login_limit_per_address: u32,

    /// Length of a login throttling window, in seconds.
    #[arg(long, env = "FELLESSKAP_LOGIN_WINDOW_SECS", default_value_t = 900)]
    pub login_window_secs: u32,

    /// Browser origins allowed to call the API (CORS), comma-separated, e.g.
    /// `https://app.lpp.no`. None by default: only same-origin pages.
    #[arg(long, env = "FELLESSKAP_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,

    /// Proxies whose X-Forwarded-For is believed, comma-separated IP addresses.
    #[arg(long, env = "FELLESSKAP_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<IpAddr>,

    /// Largest number of database connections per process.
    #[arg(long, env = "FELLESSKAP_DB_POOL_SIZE", default_value_t = 16)]
    pub db_pool_size: usize,

    /// How long a request waits for a database connection before it is answered 503.
    #[arg(long, env = "FELLESSKAP_DB_TIMEOUT_MS", default_value_t = 2000)]
    pub db_timeout_ms: u64,

    /// Run pending migrations when `serve` starts.
    #[arg(long, env = "FELLESSKAP_MIGRATE_ON_START", default_value_t = true, action = clap::ArgAction::Set)]
    pub migrate_on_start: bool,

    /// Seconds in-flight requests get to finish after SIGTERM.
    #[arg(long, env = "FELLESSKAP_SHUTDOWN_TIMEOUT_SECS", default_value_t = 30)]
    pub shutdown_timeout_secs: u64,

    /// SMTP server for outgoing e-mail, e.g. `smtp://user:pass@mail.example:587?tls=required`
    /// (or `smtps://…`). Unset: e-mails are not sent; the log says only that one was queued.
    #[arg(long, env = "FELLESSKAP_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<Secret>,

    /// Development only: without an SMTP server, write each e-mail whole (recipient, subject,
    /// body with its one-time links) to the log. Off by default, because those links work.
    #[arg(long, env = "FELLESSKAP_DEV_MAIL_LOG", default_value_t = false, action = clap::ArgAction::Set)]
    pub dev_mail_log: bool,

    /// Sender of outgoing e-mail.
    #[arg(long, env = "FELLESSKAP_MAIL_FROM", default_value = "Fellesskap <no-reply@fellesskap.invalid>")]
    pub mail_from: String,

    /// How often each replica handles queued public requests, delivers e-mail and folds member
    /// count changes, in milliseconds.
    #[arg(long, env = "FELLESSKAP_OUTBOX_POLL_MS", default_value_t = 2000)]
    pub outbox_poll_ms: u64,

    /// How often each replica runs the clean-up (purges, qualification reminders, target
    /// alerts), in seconds.
    #[arg(long, env = "FELLESSKAP_HOUSEKEEPING_SECS", default_value_t = 3600)]
    pub housekeeping_secs: u64,

    /// Where links in e-mails point: the front-end that serves `/signup/confirm` and
    /// `/my-data`. Tokens travel in the fragment (`#token=…`), which browsers never send to a server.
    #[arg(long, env = "FELLESSKAP_LINK_BASE_URL", default_value = "http://localhost:8080")]
    pub link_base_url: String,

    /// Public sign-ups and self-service link requests allowed per client address within one window.
    #[arg(long, env = "FELLESSKAP_SIGNUP_LIMIT_PER_ADDRESS", default_value_t = 20)]
    pub signup_limit_per_address: u32,

    /// Length of the sign-up throttling window, in seconds.
    #[arg(long, env = "FELLESSKAP_SIGNUP_WINDOW_SECS", default_value_t = 3600)]
    pub signup_window_secs: u32,

    /// Minutes a self-service link (export or erase one's own data) stays valid.
    #[arg(long, env = "FELLESSKAP_SELF_SERVICE_LINK_MINUTES", default_value_t = 60)]
    pub self_service_link_minutes: u32,

    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "FELLESSKAP_WORKERS")]
    pub workers: Option<usize>,
}

impl Config {
    /// The defaults, with the environment applied, as `serve` would see them.
    pub fn from_env() -> Self {
        #[derive(clap::Parser)]
        struct Wrapper {
            #[command(flatten)]
            config: Config,
        }
        <Wrapper as clap::Parser>::parse_from(["fellesskap"]).config
    }
}
