//! What operators watch, in Prometheus' text format, on a listener of its own
//! (`FELLESSKAP_METRICS_BIND`), never on the public one: requests by route template and status
//! with their latency, the database pool, the outbox's backlog and the age of its oldest
//! message, the background work's runs and durations, and refused sign-ins and sign-ups. No
//! label holds anything personal: routes are templates, throttling counts only its kind.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use deadpool::Status as PoolStatus;
use metrics::{Label, counter, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::outbox;

/// Upper bounds of the latency buckets, in seconds.
const LATENCY_BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];
/// How often histograms are folded when nobody scrapes, so they never grow without bound.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// The process's recorder, installed by the first call; later calls (several servers in one
/// test process) share it.
pub fn recorder() -> anyhow::Result<&'static PrometheusHandle> {
    if let Some(handle) = HANDLE.get() {
        return Ok(handle);
    }
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".to_owned()), LATENCY_BUCKETS)?
        .install_recorder()?;
    Ok(HANDLE.get_or_init(|| handle))
}

/// Folds the histograms, as the scrape does, every few seconds, so they never grow without
/// bound when nobody scrapes.
pub fn spawn_upkeep(handle: &'static PrometheusHandle) {
    actix_web::rt::spawn(async move {
        let mut tick = actix_web::rt::time::interval(UPKEEP_EVERY);
        loop {
            tick.tick().await;
            handle.run_upkeep();
        }
    });
}

/// Sets the gauges read at scrape time, then renders every series.
pub fn render(handle: &PrometheusHandle, pool: &PoolStatus, backlog: &outbox::Backlog) -> String {
    gauge!("fellesskap_db_pool_connections", "state" => "in_use").set(pool.size.saturating_sub(pool.available) as f64);
    gauge!("fellesskap_db_pool_connections", "state" => "idle").set(pool.available as f64);
    gauge!("fellesskap_db_pool_max_connections").set(pool.max_size as f64);
    gauge!("fellesskap_db_pool_waiting").set(pool.waiting as f64);
    gauge!("fellesskap_outbox_backlog").set(backlog.messages as f64);
    gauge!("fellesskap_outbox_oldest_age_seconds").set(backlog.oldest_age_secs);
    handle.run_upkeep();
    handle.render()
}

/// Middleware: counts each request by method, route template and status, and records how long
/// it took. A path that matched no route counts as `unmatched`, so scanners cannot blow up the
/// number of series.
pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = req.method().to_string();
    let outcome = next.call(req).await;
    let (route, status) = match &outcome {
        Ok(res) => (res.request().match_pattern(), res.status()),
        Err(err) => (None, err.as_response_error().status_code()),
    };
    let route = route.unwrap_or_else(|| "unmatched".to_owned());
    let mut labels = vec![Label::new("method", method), Label::new("route", route)];
    histogram!("fellesskap_http_request_duration_seconds", labels.clone()).record(started.elapsed().as_secs_f64());
    labels.push(Label::new("status", status.as_u16().to_string()));
    counter!("fellesskap_http_requests_total", labels).increment(1);
    outcome
}

/// A checkout from the database pool: how long it waited, and whether it got a connection.
pub fn pool_checkout(waited: Duration, got_one: bool) {
    histogram!("fellesskap_db_pool_wait_seconds").record(waited.as_secs_f64());
    if !got_one {
        counter!("fellesskap_db_pool_timeouts_total").increment(1);
    }
}

/// E-mails this replica handed to the SMTP server.
pub fn delivered(messages: usize) {
    counter!("fellesskap_outbox_delivered_total").increment(u64::try_from(messages).unwrap_or(u64::MAX));
}

/// One run of a piece of background work.
pub fn background_run(task: &'static str, took: Duration, succeeded: bool) {
    let outcome = if succeeded { "ok" } else { "failed" };
    counter!("fellesskap_background_runs_total", "task" => task, "outcome" => outcome).increment(1);
    histogram!("fellesskap_background_run_duration_seconds", "task" => task).record(took.as_secs_f64());
}

/// A request refused by a rate limit; `bucket` is the limit's name, of which only the kind
/// (`login:account`, `signup:address` …) is kept.
pub fn throttled(bucket: &str) {
    let kind: String = bucket.splitn(3, ':').take(2).collect::<Vec<_>>().join(":");
    counter!("fellesskap_throttled_total", "limit" => kind).increment(1);
}
