//! Every migration runs up, down and up again on an empty database.

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
