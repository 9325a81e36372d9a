//! The test harness: every test gets the real application on its own port, backed by its own
//! database cloned from a template that is migrated once per run.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use actix_web::web;
use awc::http::StatusCode;
use awc::http::header::HeaderMap;
use diesel::prelude::*;
use diesel::{PgConnection, sql_query};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use fellesskap::config::{Config, Secret};
use fellesskap::db::local_cluster::{LocalCluster, Running};
use fellesskap::state::AppState;
use serde_json::Value;

pub const JWT_SECRET_B64: &str = "dGVzdC1rZXktdGhhdC1pcy1sb25nLWVub3VnaC0zMmJ5dGVz";
pub const PASSWORD: &str = "correct horse battery";

/// Where test databases live: `DATABASE_URL`'s server, or a private throwaway cluster.
enum Server {
    Url(String),
    Local(Running),
}

impl Server {
    fn url(&self, database: &str) -> String {
        match self {
            Self::Url(url) => with_database(url, database),
            Self::Local(running) => running.url(database),
        }
    }
}

/// Replaces the database name in a `postgres://…/name?…` URL.
fn with_database(url: &str, database: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let authority_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[authority_end..].find('/').map_or(base.len(), |i| authority_end + i);
    let mut out = format!("{}/{database}", &base[..path_start]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

struct Template {
    server: Server,
    name: String,
}

static TEMPLATE: OnceLock<Template> = OnceLock::new();
static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn template() -> &'static Template {
    TEMPLATE.get_or_init(|| {
        let server = match std::env::var("DATABASE_URL") {
            Ok(url) => Server::Url(url),
            Err(_) => {
                let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(".data").join("postgres-test");
                Server::Local(LocalCluster::new(dir, true).ensure_running().expect("starting the test cluster"))
            }
        };
        let name = format!("fellesskap_tpl_{:016x}", migrations_fingerprint());
        let mut admin =
            PgConnection::establish(&server.url("postgres")).expect("connecting to the maintenance database");
        sql_query("SELECT pg_advisory_lock(727274)").execute(&mut admin).expect("taking the template lock");
        sweep(&mut admin, &name);
        if !database_exists(&mut admin, &name) {
            sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).expect("creating the template");
            fellesskap::db::run_migrations(&server.url(&name)).expect("migrating the template");
        }
        sql_query("SELECT pg_advisory_unlock(727274)").execute(&mut admin).expect("releasing the template lock");
        Template { server, name }
    })
}

/// Changes whenever a migration file changes, so a new template is built.
fn migrations_fingerprint() -> u64 {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations"))
        .expect("migrations directory")
        .flatten()
        .flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten().map(|f| f.path()))
        .collect();
    files.sort();
    files.iter().fold(0xcbf29ce484222325u64, |hash, path| {
        let text = std::fs::read(path).unwrap_or_default();
        path.to_string_lossy().bytes().chain(text).fold(hash, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
    })
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = diesel::sql_types::Text)]
    datname: String,
}

fn database_exists(admin: &mut PgConnection, name: &str) -> bool {
    sql_query("SELECT datname FROM pg_database WHERE datname = $1")
        .bind::<diesel::sql_types::Text, _>(name)
        .load::<Name>(admin)
        .is_ok_and(|rows| !rows.is_empty())
}

/// Drops test databases of processes that are gone, and templates of older migrations.
fn sweep(admin: &mut PgConnection, current_template: &str) {
    let names = sql_query("SELECT datname FROM pg_database WHERE datname LIKE 'fellesskap\\_t%'")
        .load::<Name>(admin)
        .unwrap_or_default();
    for Name { datname } in names {
        let stale = match datname.strip_prefix("fellesskap_test_") {
            Some(rest) => rest.split('_').next().is_some_and(|pid| !Path::new("/proc").join(pid).exists()),
            None => datname.starts_with("fellesskap_tpl_") && datname != current_template,
        };
        if stale {
            let _ = sql_query(format!("DROP DATABASE IF EXISTS {datname} WITH (FORCE)")).execute(admin);
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub state: web::Data<AppState>,
    pub db_url: String,
    /// The cloned database this app owns and drops, if any.
    db_name: Option<String>,
    client: awc::Client,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let Some(db_name) = &self.db_name else { return };
        if let Ok(mut admin) = PgConnection::establish(&template().server.url("postgres")) {
            let _ = sql_query(format!("DROP DATABASE IF EXISTS {db_name} WITH (FORCE)")).execute(&mut admin);
        }
    }
}

pub fn test_config() -> Config {
    let mut config = Config::from_env();
    config.jwt_keys = Some(Secret::new(format!("test:{JWT_SECRET_B64}")));
    config.argon2_memory_kib = 64;
    config.argon2_iterations = 1;
    config.db_pool_size = 4;
    config.db_timeout_ms = 2000;
    config.workers = Some(1);
    config.signup_limit_per_address = 10_000;
    // Tests deliver the outbox themselves (`deliver_due`), so no background worker races them.
    config.outbox_poll_ms = 3_600_000;
    config
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(test_config()).await
}

pub async fn spawn_app_with(config: Config) -> TestApp {
    let (db_name, db_url) = clone_database();
    serve(config, db_url, Some(db_name)).await
}

/// A fresh migrated database of its own: its name and connection string.
pub fn clone_database() -> (String, String) {
    let template = template();
    let db_name = format!("fellesskap_test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let mut admin =
        PgConnection::establish(&template.server.url("postgres")).expect("connecting to the maintenance database");
    sql_query(format!("CREATE DATABASE {db_name} TEMPLATE {} STRATEGY FILE_COPY", template.name))
        .execute(&mut admin)
        .expect("cloning the template");
    let db_url = template.server.url(&db_name);
    (db_name, db_url)
}

/// The real application on a free port against `db_url`; it drops `db_name` when done.
pub async fn serve(config: Config, db_url: String, db_name: Option<String>) -> TestApp {
    let mut config = config;
    config.database_url = Some(Secret::new(db_url.clone()));
    let pool = fellesskap::db::pool(&db_url, &config).expect("building the pool");
    let state = web::Data::new(AppState::new(pool, config).expect("building the state"));
    let listener = TcpListener::bind("127.0.0.1:0").expect("binding a port");
    let address = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let server = fellesskap::startup::server(state.clone(), listener).expect("building the server");
    actix_web::rt::spawn(server);
    // Redirects are answers to assert on, not to follow.
    let client = awc::Client::builder().timeout(std::time::Duration::from_secs(30)).disable_redirects().finish();
    TestApp { address, state, db_url, db_name, client }
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts the status, with the body in the message when it differs.
    #[track_caller]
    pub fn expect(self, status: u16) -> Self {
        assert_eq!(self.status.as_u16(), status, "unexpected status; body: {}", self.body);
        self
    }

    /// Asserts a problem document with this status and code.
    #[track_caller]
    pub fn expect_problem(self, status: u16, code: &str) -> Self {
        let reply = self.expect(status);
        assert_eq!(reply.header("content-type"), Some("application/problem+json"), "{}", reply.body);
        assert_eq!(reply.body["code"], code, "{}", reply.body);
        assert_eq!(reply.body["status"], status);
        reply
    }
}

impl TestApp {
    pub async fn conn(&self) -> AsyncPgConnection {
        AsyncPgConnection::establish(&self.db_url).await.expect("connecting to the test database")
    }

    /// An access token for `user` in a session of its own, as signing in would give.
    pub async fn token(&self, user: fellesskap::ids::UserId) -> String {
        let session =
            fellesskap::accounts::queries::open_session(&mut self.conn().await, user).await.expect("opening a session");
        self.state.tokens.issue_access(user, session).expect("issuing a token")
    }

    pub fn request(&self, method: &str, path: &str) -> awc::ClientRequest {
        let method = awc::http::Method::from_bytes(method.as_bytes()).expect("method");
        self.client.request(method, format!("{}{path}", self.address))
    }

    pub async fn send(&self, req: awc::ClientRequest, body: Option<&Value>) -> Reply {
        let response = match body {
            Some(body) => req.send_json(body).await,
            None => req.send().await,
        };
        read(response.expect("request failed")).await
    }

    pub async fn call(&self, method: &str, path: &str, token: Option<&str>, body: Option<&Value>) -> Reply {
        self.call_with(method, path, token, &[], body).await
    }

    /// A request with extra headers (`Accept-Language`, `If-Match`, `Idempotency-Key` …).
    pub async fn call_with(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Reply {
        let mut req = self.request(method, path);
        if let Some(token) = token {
            req = req.insert_header(("authorization", format!("Bearer {token}")));
        }
        for (name, value) in headers {
            req = req.insert_header((*name, *value));
        }
        self.send(req, body).await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        self.call("GET", path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        self.call("POST", path, token, Some(body)).await
    }

    /// An edit whatever the current version (`If-Match: *`), for tests about something else;
    /// versions and the 428 for a missing `If-Match` have tests of their own.
    pub async fn patch(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        let mut req = self.request("PATCH", path).insert_header(("if-match", "*"));
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        self.send(req, Some(body)).await
    }

    /// Sends raw bytes with the given content type.
    pub async fn post_raw(&self, path: &str, token: Option<&str>, content_type: &str, body: Vec<u8>) -> Reply {
        let mut req = self.request("POST", path);
        if let Some(token) = token {
            req = req.insert_header(("authorization", format!("Bearer {token}")));
        }
        self.send_raw(req, content_type, body).await
    }

    /// Sends `req` with a raw body of the given content type.
    pub async fn send_raw(&self, req: awc::ClientRequest, content_type: &str, body: Vec<u8>) -> Reply {
        let req = req.insert_header(("content-type", content_type));
        read(req.send_body(body).await.expect("request failed")).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Reply {
        self.post("/api/v1/auth/login", None, &serde_json::json!({"email": email, "password": password})).await
    }

    /// Rows in a table, for checking that a refused request wrote nothing.
    /// The text a query's one row holds in its column `v`.
    pub async fn one_text(&self, query: &str) -> String {
        #[derive(QueryableByName)]
        struct One {
            #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
            v: Option<String>,
        }
        diesel_async::RunQueryDsl::get_result::<One>(sql_query(query), &mut self.conn().await)
            .await
            .unwrap_or_else(|e| panic!("{e}: {query}"))
            .v
            .unwrap_or_default()
    }

    pub async fn count(&self, table: &str) -> i64 {
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        diesel_async::RunQueryDsl::get_result::<Count>(
            sql_query(format!("SELECT count(*) AS n FROM {table}")),
            &mut self.conn().await,
        )
        .await
        .expect("counting rows")
        .n
    }

    /// Handles the queued public requests (sign-ups, self-service links) as the background
    /// worker does, until none is due; returns how many were taken.
    pub async fn handle_public_requests(&self) -> usize {
        let mut taken = 0;
        loop {
            match fellesskap::signup::intake::handle_due(&self.state).await.expect("handling public requests") {
                0 => return taken,
                n => taken += n,
            }
        }
    }

    /// Starts counting, afresh, the statements this test's database runs (PostgreSQL's
    /// `pg_stat_statements`, which the server must preload; the private test cluster does).
    pub async fn reset_statements(&self) {
        reset_statements_on(&mut self.conn().await).await;
    }

    /// The statements this test's database ran since the last reset, with constants as
    /// placeholders, each with how often it ran; then counting starts afresh.
    pub async fn take_statements(&self) -> std::collections::BTreeMap<String, i64> {
        #[derive(QueryableByName)]
        struct Ran {
            #[diesel(sql_type = diesel::sql_types::Text)]
            query: String,
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            calls: i64,
        }
        let conn = &mut self.conn().await;
        let ran: Vec<Ran> = diesel_async::RunQueryDsl::load(
            sql_query(
                "SELECT query, calls FROM pg_stat_statements
                 WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                   AND query NOT LIKE '%pg_stat_statements%'",
            ),
            conn,
        )
        .await
        .expect("reading pg_stat_statements");
        reset_statements_on(conn).await;
        ran.into_iter().map(|r| (r.query, r.calls)).collect()
    }

    /// The bodies of the e-mails queued for `recipient`, oldest first.
    pub async fn mails_to(&self, recipient: &str) -> Vec<String> {
        use diesel::prelude::*;
        use fellesskap::db::schema::outbox;
        diesel_async::RunQueryDsl::load(
            outbox::table.filter(outbox::recipient.eq(recipient)).order(outbox::id).select(outbox::body),
            &mut self.conn().await,
        )
        .await
        .expect("reading the outbox")
    }

    /// The one-time token in the newest e-mail queued for `recipient`.
    pub async fn mailed_token(&self, recipient: &str) -> String {
        token_in(self.mails_to(recipient).await.last().expect("an e-mail to the recipient"))
    }
}

async fn reset_statements_on(conn: &mut AsyncPgConnection) {
    use diesel_async::SimpleAsyncConnection;
    conn.batch_execute(
        "CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
         SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0);",
    )
    .await
    .expect("resetting pg_stat_statements (is it in shared_preload_libraries?)");
}

/// The token from the link in an e-mail (`…#token=…`).
pub fn token_in(text: &str) -> String {
    let start = text.find("#token=").expect("a link with a token") + "#token=".len();
    text[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

async fn read(mut response: awc::ClientResponse) -> Reply {
    let bytes = response.body().limit(16 * 1024 * 1024).await.expect("reading the body");
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into_owned()))
    };
    Reply { status: response.status(), headers: response.headers().clone(), body }
}

/// A connection string for `database` on the server the tests use.
#[allow(dead_code)] // used by the operations tests, which share this file
pub fn database_url(database: &str) -> String {
    template().server.url(database)
}
