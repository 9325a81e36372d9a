//! Every migration runs up, down and up again on an empty database, and `src/db/schema.rs` is
//! what they make.

use std::path::Path;
use std::process::Command;

use diesel::migration::MigrationSource;
use diesel::prelude::*;
use diesel::{PgConnection, sql_query};
use diesel_migrations::MigrationHarness;
use fellesskap::db::MIGRATIONS;

use crate::helpers::spawn_app;

#[actix_web::test]
async fn migrations_run_up_down_and_up_again() {
    let app = spawn_app().await;
    let mut conn = PgConnection::establish(&app.db_url).unwrap();
    conn.revert_all_migrations(MIGRATIONS).expect("reverting every migration");
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let tables = sql_query(
        "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> '__diesel_schema_migrations'",
    )
    .get_result::<Count>(&mut conn)
    .unwrap();
    assert_eq!(tables.n, 0, "down migrations leave tables behind");
    let applied = conn.run_pending_migrations(MIGRATIONS).expect("re-applying every migration");
    assert_eq!(applied.len(), MigrationSource::<diesel::pg::Pg>::migrations(&MIGRATIONS).unwrap().len());
}

#[actix_web::test]
async fn the_audit_trail_refuses_updates_and_deletes() {
    let app = spawn_app().await;
    let mut conn = PgConnection::establish(&app.db_url).unwrap();
    sql_query("INSERT INTO audit_events (id, action, entity_type) VALUES (gen_random_uuid(), 'test', 'test')")
        .execute(&mut conn)
        .unwrap();
    for statement in ["UPDATE audit_events SET action = 'changed'", "DELETE FROM audit_events", "TRUNCATE audit_events"]
    {
        let err = sql_query(statement).execute(&mut conn).expect_err(statement);
        assert!(err.to_string().contains("append-only"), "{statement}: {err}");
    }
}

/// `src/db/schema.rs` is what diesel's `print-schema` makes of the migrations, with the patch
/// `diesel.toml` names: a migration committed without its regenerated schema fails here.
#[actix_web::test]
async fn the_schema_file_is_what_the_migrations_make() {
    let app = spawn_app().await;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let diesel = root.join("target/tools/bin/diesel");
    let output = Command::new(&diesel)
        .current_dir(root)
        .args(["print-schema", "--config-file", "diesel.toml", "--database-url", &libpq_uri(&app.db_url)])
        .output()
        .unwrap_or_else(|e| panic!("running {} (scripts/test installs it): {e}", diesel.display()));
    assert!(output.status.success(), "print-schema failed: {}", String::from_utf8_lossy(&output.stderr));
    let generated = String::from_utf8(output.stdout).expect("print-schema writes UTF-8");
    let committed = std::fs::read_to_string(root.join("src/db/schema.rs")).expect("reading src/db/schema.rs");
    assert!(
        generated == committed,
        "src/db/schema.rs does not match the migrations; regenerate it (see diesel.toml). Generated:\n{generated}"
    );
}

/// diesel_cli takes only URIs; the test cluster is reached by `key=value` strings.
fn libpq_uri(connection: &str) -> String {
    if connection.starts_with("postgres") {
        return connection.to_owned();
    }
    let field = |key: &str| {
        connection
            .split_whitespace()
            .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or_else(|| panic!("no {key} in the test database's connection string"))
    };
    format!("postgresql://{}@/{}?host={}&port={}", field("user"), field("dbname"), field("host"), field("port"))
}
