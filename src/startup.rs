//! Builds the HTTP server from its parts; `serve` and the tests run exactly this.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpResponse, HttpServer, web};
use utoipa_actix_web::service_config::ServiceConfig;
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::throttle;
use crate::error::ApiError;
use crate::http::cors::{check_origins, cors};
use crate::http::fallback::{KnownPaths, unmatched};
use crate::http::middleware::{problem_documents, request_context};
use crate::outbox::{self, worker};
use crate::routes;
use crate::signup;
use crate::state::AppState;

/// The server, listening on `listener`, not yet awaited. SIGTERM and SIGINT stop it
/// gracefully: it stops accepting and gives in-flight requests the shutdown timeout to finish.
pub fn server(state: web::Data<AppState>, listener: TcpListener) -> anyhow::Result<Server> {
    check_origins(&state.config.cors_origins)?;
    let openapi = routes::openapi();
    let known_paths = web::Data::new(KnownPaths::from_openapi(&openapi));
    let workers = state.config.workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let shutdown_timeout = state.config.shutdown_timeout_secs;
    spawn_housekeeping(state.clone());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(known_paths.clone())
            .app_data(
                web::PathConfig::default()
                    .error_handler(|_, _| ApiError::BadRequest { code: "invalid_path", errors: Vec::new() }.into()),
            )
            // The last wrap is the outermost: each request is counted as it was answered,
            // errors become problem documents before CORS decorates them, and every answer,
            // CORS's own too, gets the request id.
            .wrap(from_fn(crate::metrics::observe))
            .wrap(from_fn(problem_documents))
            .wrap(cors(&state.config.cors_origins))
            .wrap(from_fn(request_context))
            .configure(|cfg| routes::register(&mut ServiceConfig::new(cfg)))
            .configure(routes::register_pages)
            .service(
                SwaggerUi::new("/docs/{_:.*}")
                    .url("/openapi.json", openapi.clone())
                    .config(utoipa_swagger_ui::Config::from("/openapi.json").validator_url("none")),
            )
            .default_service(web::to(unmatched))
    })
    .workers(workers)
    .shutdown_timeout(shutdown_timeout)
    .listen(listener)?
    .run();
    Ok(server)
}

/// The metrics server on `listener`: `GET /metrics` (Prometheus' text format) and nothing else.
pub fn metrics_server(state: web::Data<AppState>, listener: TcpListener) -> anyhow::Result<Server> {
    crate::metrics::spawn_upkeep(crate::metrics::recorder()?);
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .route("/metrics", web::get().to(scrape))
            .default_service(web::to(HttpResponse::NotFound))
    })
    .workers(1)
    .disable_signals()
    .listen(listener)?
    .run();
    Ok(server)
}

/// Reads the gauges that live in the pool and the database, then renders every series.
async fn scrape(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let handle = crate::metrics::recorder().map_err(ApiError::Internal)?;
    let mut conn = state.conn().await?;
    let backlog = outbox::backlog(&mut conn).await?;
    drop(conn);
    let text = crate::metrics::render(handle, &state.pool.status(), &backlog);
    Ok(HttpResponse::Ok().content_type("text/plain; version=0.0.4; charset=utf-8").body(text))
}

/// Periodic clean-up (hourly by default), and the frequent work: handling queued public
/// requests, delivering the outbox and counting member days. Safe on every replica at
/// once: clean-up steps are idempotent deletes of claimed rows, and the frequent work claims
/// its rows with SKIP LOCKED.
/// All first run one period after start, so a replica's start-up costs nothing more than
/// serving.
fn spawn_housekeeping(state: web::Data<AppState>) {
    let cleaner = state.clone();
    actix_web::rt::spawn(async move {
        let period = Duration::from_secs(cleaner.config.housekeeping_secs.max(1));
        let mut tick = actix_web::rt::time::interval_at(actix_web::rt::time::Instant::now() + period, period);
        loop {
            tick.tick().await;
            if let Err(err) = clean_up(&cleaner).await {
                tracing::warn!(error = %err, "clean-up failed");
            }
        }
    });
    let period = Duration::from_millis(state.config.outbox_poll_ms.max(10));
    for work in Frequent::ALL {
        let state = state.clone();
        actix_web::rt::spawn(async move {
            loop {
                actix_web::rt::time::sleep(period).await;
                while work.run(&state).await {}
            }
        });
    }
}

/// The frequent work, each kind in a loop of its own, so that e-mail keeps going out while a
/// campaign's sign-ups are registered and days are counted.
#[derive(Clone, Copy)]
enum Frequent {
    PublicRequests,
    Outbox,
    MemberDayCounts,
    Imports,
}

impl Frequent {
    const ALL: [Self; 4] = [Self::PublicRequests, Self::Outbox, Self::MemberDayCounts, Self::Imports];

    /// One round; whether it left more waiting, so that a campaign's sign-ups and their e-mails
    /// are worked off back to back rather than a batch per poll.
    async fn run(self, state: &AppState) -> bool {
        match self {
            Self::PublicRequests => {
                timed("public_requests", signup::intake::drain(state)).await.unwrap_or_else(|err| {
                    tracing::warn!(error = %err, "handling public requests failed");
                    false
                })
            }
            Self::Outbox => match timed("outbox", worker::deliver_due(state)).await {
                Ok(delivered) => i64::try_from(delivered).unwrap_or(i64::MAX) >= worker::BATCH,
                Err(err) => {
                    tracing::warn!(error = %err, "outbox delivery failed");
                    false
                }
            },
            Self::MemberDayCounts => timed("member_day_counts", keep_counts(state)).await.unwrap_or_else(|err| {
                tracing::warn!(error = %err, "counting member days failed");
                false
            }),
            Self::Imports => timed("imports", crate::imports::jobs::work_next(state)).await.unwrap_or_else(|err| {
                tracing::warn!(error = %err, "importing an upload failed");
                false
            }),
        }
    }
}

/// One round of each kind of frequent work, one after another (what a test waits for); whether
/// any left more waiting.
pub async fn frequent_work(state: &AppState) -> bool {
    let mut more = false;
    for work in Frequent::ALL {
        more |= work.run(state).await;
    }
    more
}

/// Runs one piece of background work, counting the run and its duration for `/metrics`.
async fn timed<T>(task: &'static str, work: impl Future<Output = Result<T, ApiError>>) -> Result<T, ApiError> {
    let started = std::time::Instant::now();
    let outcome = work.await;
    crate::metrics::background_run(task, started.elapsed(), outcome.is_ok());
    outcome
}

/// Folds corrections into the counted days and counts the days not counted yet; a failure of
/// one leaves the other to do its work.
async fn keep_counts(state: &AppState) -> Result<bool, ApiError> {
    let mut conn = state.conn().await?;
    let folded = crate::members::queries::counts::fold_corrections(&mut conn).await;
    let counted = crate::members::queries::counts::count_days(&mut conn).await;
    let corrections_waiting = folded.unwrap_or_else(|err| {
        tracing::warn!(error = %err, "folding member day corrections failed");
        false
    });
    Ok(counted? || corrections_waiting)
}

/// Each step on its own, so one that fails leaves the others to do their work.
async fn clean_up(state: &AppState) -> Result<(), ApiError> {
    let mut conn = state.conn().await?;
    let conn = &mut conn;
    done("rate-limit windows purged", timed("purge_rate_limits", throttle::purge_expired(conn)).await);
    done("expired sign-ups purged", timed("purge_signups", signup::registration::purge_expired(conn)).await);
    let handled = async { signup::queries::purge_handled(conn).await.map_err(ApiError::from) };
    done("handled public requests purged", timed("purge_public_requests", handled).await);
    let delivered = async { outbox::purge_delivered(conn).await.map_err(ApiError::from) };
    done("delivered e-mails purged", timed("purge_outbox", delivered).await);
    done(
        "qualification reminders queued",
        timed("qualification_reminders", crate::volunteers::reminders::send_due(conn)).await,
    );
    done("yearly follow-ups opened", timed("yearly_follow_ups", crate::followups::yearly::open_due(conn)).await);
    done(
        "first-contact reminders and escalations queued",
        timed("peer_contact_notices", crate::peer_support::reminders::send_due(conn)).await,
    );
    done(
        "closed requests' contact details removed",
        timed("peer_request_retention", crate::peer_support::reminders::remove_expired_contacts(conn)).await,
    );
    done("targets checked for alerts", timed("target_alerts", crate::targets::alerts::check_due(conn)).await);
    Ok(())
}

fn done(step: &'static str, outcome: Result<usize, ApiError>) {
    match outcome {
        Ok(count) => tracing::info!(count, "{step}"),
        Err(err) => tracing::warn!(error = %err, "{step}: failed"),
    }
}
