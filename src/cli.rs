//! The command line: `serve`, `migrate`, `seed --demo`, `create-admin`, `openapi`.

use std::io::{BufRead, IsTerminal};
use std::net::TcpListener;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use diesel_async::{AsyncConnection, AsyncPgConnection};

use crate::auth::password::PasswordHasher;
use crate::config::Config;
use crate::state::AppState;
use crate::{db, routes, seed, startup};

const DATABASE: &str = "fellesskap";

#[derive(Parser)]
#[command(name = "fellesskap", version, about = "Member and volunteer registry for voluntary organisations")]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP service (applies pending migrations first unless told not to).
    Serve {
        /// Load the demo organisations and accounts before serving (idempotent).
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Load data into the database.
    Seed {
        /// The demo organisations, chapters and accounts listed in README.
        #[arg(long, required = true)]
        demo: bool,
    },
    /// Create a platform administrator; the password comes from standard input or a prompt.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Print the OpenAPI document.
    Openapi,
}

pub fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_tracing();
    if let Command::Openapi = cli.command {
        println!("{}", routes::openapi().to_pretty_json()?);
        return Ok(());
    }
    let (url, cluster) = db::resolve_url(&cli.config, DATABASE)?;
    let result = actix_web::rt::System::new().block_on(execute(cli, &url));
    if let Some(cluster) = cluster {
        cluster.stop()?;
    }
    result
}

async fn execute(cli: Cli, url: &str) -> anyhow::Result<()> {
    let config = cli.config;
    match cli.command {
        Command::Migrate => {
            let applied = db::run_migrations(url)?;
            tracing::info!(applied, "migrations applied");
        }
        Command::Seed { .. } => {
            db::run_migrations(url)?;
            seed::demo(&mut connect(url).await?, &PasswordHasher::from_config(&config)?).await?;
        }
        Command::CreateAdmin { email, name } => {
            db::run_migrations(url)?;
            let password = read_password()?;
            let hasher = PasswordHasher::from_config(&config)?;
            crate::access::admin::create_admin(&mut connect(url).await?, &hasher, &email, &name, password).await?;
            tracing::info!("platform administrator ready");
        }
        Command::Serve { demo } => {
            if config.migrate_on_start {
                db::run_migrations(url)?;
            }
            if demo {
                seed::demo(&mut connect(url).await?, &PasswordHasher::from_config(&config)?).await?;
            }
            let listener = TcpListener::bind(config.bind).with_context(|| format!("binding {}", config.bind))?;
            tracing::info!(address = %config.bind, "serving; API docs at /docs");
            let metrics = match config.metrics_bind {
                Some(address) => {
                    tracing::info!(%address, "metrics at /metrics");
                    Some(TcpListener::bind(address).with_context(|| format!("binding {address}"))?)
                }
                None => None,
            };
            let state = actix_web::web::Data::new(AppState::new(db::pool(url, &config)?, config)?);
            if let Some(listener) = metrics {
                actix_web::rt::spawn(startup::metrics_server(state.clone(), listener)?);
            }
            startup::server(state, listener)?.await?;
        }
        Command::Openapi => unreachable!("handled before connecting"),
    }
    Ok(())
}

async fn connect(url: &str) -> anyhow::Result<AsyncPgConnection> {
    AsyncPgConnection::establish(url).await.context("connecting to the database")
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let second = rpassword::prompt_password("Repeat password: ")?;
        if first != second {
            bail!("the passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

/// JSON logs by default; `FELLESSKAP_LOG_FORMAT=pretty` for reading in a terminal.
fn init_tracing() {
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,actix_server=warn".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if std::env::var("FELLESSKAP_LOG_FORMAT").is_ok_and(|f| f == "pretty") {
        builder.init();
    } else {
        builder.json().with_current_span(true).init();
    }
}
