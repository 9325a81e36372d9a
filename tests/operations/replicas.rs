//! Two service processes on loopback against one database, as two replicas behind a load
//! balancer: a token one issued works on the other, sign-in throttling is counted once for
//! both, every confirmation e-mail reaches the SMTP sink exactly once although both deliver,
//! and the housekeeping's target alerts go out once although both run it every second.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use fellesskap::db::schema::outbox;
use serde_json::{Value, json};

use crate::alone;
use crate::helpers::{JWT_SECRET_B64, clone_database};
use crate::smtp::SmtpSink;

const SIGNUPS: usize = 40;
const LOGIN_LIMIT: usize = 3;
const DEMO_ADMIN: &str = "sekretariat@lpp.example";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One replica: the service binary, killed when dropped.
struct Replica {
    process: Child,
    address: String,
    metrics: String,
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

impl Replica {
    /// Starts a replica on free ports; the first one also loads the demo data.
    async fn start(db_url: &str, smtp_url: &str, demo: bool) -> Self {
        let (port, metrics_port) = (free_port(), free_port());
        let mut command = Command::new(env!("CARGO_BIN_EXE_fellesskap"));
        command.arg("serve");
        if demo {
            command.arg("--demo");
        }
        let process = command
            .env("DATABASE_URL", db_url)
            .env("FELLESSKAP_BIND", format!("127.0.0.1:{port}"))
            .env("FELLESSKAP_METRICS_BIND", format!("127.0.0.1:{metrics_port}"))
            .env("FELLESSKAP_JWT_KEYS", format!("test:{JWT_SECRET_B64}"))
            .env("FELLESSKAP_SMTP_URL", smtp_url)
            .env("FELLESSKAP_OUTBOX_POLL_MS", "50")
            .env("FELLESSKAP_HOUSEKEEPING_SECS", "1")
            .env("FELLESSKAP_LOGIN_LIMIT_PER_ACCOUNT", LOGIN_LIMIT.to_string())
            .env("FELLESSKAP_SIGNUP_LIMIT_PER_ADDRESS", "1000000")
            .env("FELLESSKAP_ARGON2_MEMORY_KIB", "64")
            .env("FELLESSKAP_ARGON2_ITERATIONS", "1")
            .env("FELLESSKAP_WORKERS", "1")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting a replica");
        let replica = Self {
            process,
            address: format!("http://127.0.0.1:{port}"),
            metrics: format!("http://127.0.0.1:{metrics_port}/metrics"),
        };
        let ready = format!("{}/health/ready", replica.address);
        eventually("the replica's start", async || {
            awc::Client::default().get(&ready).send().await.is_ok_and(|r| r.status().as_u16() == 200)
        })
        .await;
        replica
    }

    async fn post(&self, path: &str, body: &Value) -> (u16, Value) {
        let mut res = awc::Client::default().post(format!("{}{path}", self.address)).send_json(body).await.unwrap();
        (res.status().as_u16(), res.json().await.unwrap_or(Value::Null))
    }

    async fn get(&self, path: &str, token: &str) -> u16 {
        let res = awc::Client::default().get(format!("{}{path}", self.address)).bearer_auth(token).send().await;
        res.unwrap().status().as_u16()
    }

    /// The value of a series on this replica's `/metrics` (0 when it has none yet).
    async fn metric(&self, series: &str) -> f64 {
        let mut res = awc::Client::default().get(&self.metrics).send().await.unwrap();
        let text = String::from_utf8(res.body().limit(10 << 20).await.unwrap().to_vec()).unwrap();
        text.lines().find_map(|l| l.strip_prefix(series)?.trim().parse().ok()).unwrap_or(0.0)
    }

    /// How many times this replica has run `task` successfully.
    async fn runs(&self, task: &str) -> f64 {
        self.metric(&format!("fellesskap_background_runs_total{{task=\"{task}\",outcome=\"ok\"}}")).await
    }
}

/// Waits, up to a generous bound, until `done` holds.
async fn eventually(what: &str, mut done: impl AsyncFnMut() -> bool) {
    let started = Instant::now();
    while !done().await {
        assert!(started.elapsed() < Duration::from_secs(60), "{what} did not happen within 60 s");
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
}

#[test]
fn two_replicas_share_tokens_throttling_and_the_background_work() {
    let _alone = alone();
    let (_db_name, db_url) = clone_database();
    actix_web::rt::System::new().block_on(async {
        let sink = SmtpSink::start();
        let a = Replica::start(&db_url, &sink.url, true).await;
        let b = Replica::start(&db_url, &sink.url, false).await;

        let (status, login) =
            a.post("/api/v1/auth/login", &json!({"email": DEMO_ADMIN, "password": "fellesskap-demo"})).await;
        assert_eq!(status, 200);
        let token = login["access_token"].as_str().unwrap();
        assert_eq!(b.get("/api/v1/me", token).await, 200, "a token issued by one replica works on the other");

        let guess = json!({"email": "leder.trondheim@lpp.example", "password": "not the password"});
        let mut answers = Vec::new();
        for replica in [&a, &b, &a, &b] {
            answers.push(replica.post("/api/v1/auth/login", &guess).await.0);
        }
        assert_eq!(answers, [401, 401, 401, 429], "the limit of {LOGIN_LIMIT} counts sign-ins on both replicas");

        let (status, form) = {
            let mut res = awc::Client::default()
                .get(format!("{}/api/v1/public/orgs/lpp/signup-form?lang=nb", a.address))
                .send()
                .await
                .unwrap();
            (res.status().as_u16(), res.json::<Value>().limit(1 << 20).await.unwrap())
        };
        assert_eq!(status, 200);
        let (chapter, consent) = (form["chapters"][0]["id"].clone(), form["consent"]["version"].clone());
        for n in 0..SIGNUPS {
            let body = json!({"given_name": "Replika", "family_name": "Test", "email": format!("replika{n}@example.no"),
                              "chapter_id": chapter, "language": "nb", "consent": true, "consent_version": consent});
            let replica = if n % 2 == 0 { &a } else { &b };
            assert_eq!(replica.post("/api/v1/public/orgs/lpp/signups", &body).await.0, 202);
        }
        let is_signup = |to: &str| to.starts_with("replika") && to.ends_with("@example.no");
        eventually("every confirmation at the sink", async || {
            sink.mails().iter().filter(|m| is_signup(&m.to)).count() >= SIGNUPS
        })
        .await;
        eventually("two target checks on each replica", async || {
            a.runs("target_alerts").await >= 2.0 && b.runs("target_alerts").await >= 2.0
        })
        .await;
        eventually("the outbox emptied", async || a.metric("fellesskap_outbox_backlog").await == 0.0).await;
        let mails = sink.mails();
        let delivered =
            a.metric("fellesskap_outbox_delivered_total").await + b.metric("fellesskap_outbox_delivered_total").await;
        assert_eq!(delivered, mails.len() as f64, "what the replicas delivered is what arrived");
        let mut confirmed: Vec<&str> = mails.iter().map(|m| m.to.as_str()).filter(|to| is_signup(to)).collect();
        assert_eq!(confirmed.len(), SIGNUPS, "no confirmation twice");
        confirmed.sort_unstable();
        confirmed.dedup();
        assert_eq!(confirmed.len(), SIGNUPS, "one confirmation to each");
        let digests = mails.iter().filter(|m| m.to == DEMO_ADMIN).count();
        assert_eq!(digests, 1, "one alert digest to the secretariat although both replicas checked the targets");

        let mut conn = AsyncPgConnection::establish(&db_url).await.unwrap();
        let attempts: Vec<i32> = outbox::table
            .filter(outbox::recipient.like("replika%@example.no"))
            .select(outbox::attempts)
            .load(&mut conn)
            .await
            .unwrap();
        assert_eq!(attempts, vec![1; SIGNUPS], "each message was claimed by one replica, once");
    });
}
