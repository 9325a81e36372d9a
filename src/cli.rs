//! The command line: `serve`, `migrate`, `seed --demo`, `create-admin`, `openapi`, `import members`.

use std::io::{BufRead, IsTerminal};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use indicatif::{ProgressBar, ProgressStyle};

use crate::auth::password::PasswordHasher;
use crate::config::Config;
use crate::i18n::{Args, Lang};
use crate::imports::columns::Mapping;
use crate::imports::{report, run};
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
    /// Bring data in from elsewhere.
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Import a member list: CSV (comma or semicolon; UTF-8 or Windows-1252) or Excel (.xlsx).
    Members(ImportMembers),
}

#[derive(clap::Args)]
struct ImportMembers {
    /// The organisation's slug.
    #[arg(long)]
    org: String,
    /// The member list.
    file: PathBuf,
    /// A TOML file of `"their heading" = "column"` lines, for headings the import does not know.
    #[arg(long)]
    mapping: Option<PathBuf>,
    /// Check everything and report what would happen, changing nothing.
    #[arg(long)]
    dry_run: bool,
    /// Send each new active member the welcome e-mail and open their welcome follow-ups.
    #[arg(long)]
    welcome: bool,
    /// Where to write the report of rows not simply imported (default: beside the file, as
    /// `<file>.report.csv`).
    #[arg(long)]
    report: Option<PathBuf>,
    /// The language of the report and the summary (default: from `LANG`, else English).
    #[arg(long)]
    lang: Option<String>,
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
    let mut config = cli.config;
    // Imports connect on their own (to copy their rows), to the database resolved here.
    config.database_url = Some(crate::config::Secret::new(url));
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
        Command::Import { what: ImportCommand::Members(args) } => {
            db::run_migrations(url)?;
            import_members(url, args).await?;
        }
        Command::Openapi => unreachable!("handled before connecting"),
    }
    Ok(())
}

async fn import_members(url: &str, args: ImportMembers) -> anyhow::Result<()> {
    let lang = operator_language(args.lang.as_deref());
    let mut conn = connect(url).await?;
    let org = crate::organisations::queries::find_by_slug(&mut conn, &args.org)
        .await
        .with_context(|| format!("no organisation has the slug {}", args.org))?;
    let mapping = match &args.mapping {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            Mapping::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        }
        None => Mapping::default(),
    };
    let file = std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let request = run::Request {
        id: uuid::Uuid::now_v7(),
        file,
        mapping,
        dry_run: args.dry_run,
        welcome: args.welcome,
        requested_by: None,
        today: chrono::Local::now().date_naive(),
    };
    let bar = Arc::new(Bar::new(lang.clone()));
    let summary = match run::import(&mut conn, url, &org, request, bar.clone()).await {
        Ok(summary) => summary,
        Err(err) => {
            bar.0.finish_and_clear();
            return Err(match err.code() {
                Some(code) => anyhow::anyhow!("{}", import_error_text(&lang, code, &err)),
                None => err.into(),
            });
        }
    };
    bar.0.finish_and_clear();
    println!("{}", report::summary_line(&summary, args.dry_run, &lang));
    if !summary.ignored.is_empty() {
        let mut named = Args::new();
        named.insert("columns".into(), summary.ignored.join(", ").into());
        println!("{}", lang.text_with("import-ignored", &named));
    }
    if !summary.problems.is_empty() {
        let path = args.report.unwrap_or_else(|| {
            let mut name = args.file.clone().into_os_string();
            name.push(".report.csv");
            PathBuf::from(name)
        });
        std::fs::write(&path, report::csv(&summary.problems, &summary.headings, &lang))
            .with_context(|| format!("writing {}", path.display()))?;
        let mut named = Args::new();
        named.insert("path".into(), path.display().to_string().into());
        println!("{}", lang.text_with("import-report-written", &named));
    }
    Ok(())
}

/// What a file that cannot be imported is told, in the operator's language.
fn import_error_text(lang: &Lang, code: &str, err: &run::ImportError) -> String {
    let mut args = Args::new();
    if let run::ImportError::Header(header) = err {
        args.insert("columns".into(), header.columns().into());
    }
    lang.text_with(&format!("problem-{}.detail", code.replace('_', "-")), &args)
}

/// `--lang`, else the language `LANG` names (`nb_NO.UTF-8` is bokmål), else English.
fn operator_language(arg: Option<&str>) -> Lang {
    let from_env = std::env::var("LANG").ok().map(|v| v.split(['.', '@']).next().unwrap_or_default().replace('_', "-"));
    arg.and_then(Lang::parse_supported)
        .or_else(|| from_env.as_deref().and_then(Lang::parse_supported))
        .unwrap_or_default()
}

/// The import's progress on the terminal: rows per second and the time left, per stage. Drawn
/// only when standard error is a terminal.
struct Bar(ProgressBar, Lang);

impl Bar {
    fn new(lang: Lang) -> Self {
        let style = ProgressStyle::with_template("{msg:10} {wide_bar} {pos}/{len} · {per_sec} · {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        Self(ProgressBar::new(0).with_style(style), lang)
    }
}

impl run::Progress for Bar {
    fn stage(&self, stage: run::Stage, rows: u64) {
        let id = match stage {
            run::Stage::Reading => "import-stage-reading",
            run::Stage::Copying => "import-stage-copying",
            run::Stage::Writing => "import-stage-writing",
        };
        self.0.reset();
        self.0.set_length(rows);
        self.0.set_message(self.1.text(id));
        if stage == run::Stage::Writing {
            self.0.set_style(
                ProgressStyle::with_template("{msg:10} {spinner} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            self.0.enable_steady_tick(std::time::Duration::from_millis(120));
        }
    }

    fn advance(&self, rows: u64) {
        self.0.inc(rows);
    }
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
