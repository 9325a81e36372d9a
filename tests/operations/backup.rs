//! The documented backup procedure round-trips: `pg_dump --format=custom` of a database with
//! the demo data, `pg_restore` into an empty one, and every table holds the same rows.

use std::process::Command;

use diesel::prelude::*;
use diesel::{PgConnection, sql_query};

use crate::alone;
use crate::helpers::{clone_database, database_url, serve, test_config};

#[derive(QueryableByName)]
struct Text {
    #[diesel(sql_type = diesel::sql_types::Text)]
    value: String,
}

/// A digest of every row of every table, in a stable order.
fn fingerprint(url: &str) -> Vec<(String, String)> {
    let mut conn = PgConnection::establish(url).unwrap();
    let tables: Vec<Text> =
        sql_query("SELECT tablename AS value FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
            .load(&mut conn)
            .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let digest: Text = sql_query(format!(
                "SELECT coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), 'empty') AS value FROM {} r",
                t.value
            ))
            .get_result(&mut conn)
            .unwrap();
            (t.value, digest.value)
        })
        .collect()
}

#[test]
fn a_dump_restores_into_an_identical_database() {
    let _alone = alone();
    let (source_name, source_url) = clone_database();
    actix_web::rt::System::new().block_on(async {
        let app = serve(test_config(), source_url.clone(), Some(source_name)).await;
        fellesskap::seed::demo(&mut app.conn().await, &app.state.hasher).await.unwrap();
        let dump = std::env::temp_dir().join(format!("fellesskap-backup-{}.dump", std::process::id()));
        let status = Command::new("pg_dump")
            .args(["--format=custom", "--no-owner", "--file"])
            .arg(&dump)
            .arg("--dbname")
            .arg(&source_url)
            .status()
            .expect("running pg_dump");
        assert!(status.success());

        let target = format!("fellesskap_restore_{}", std::process::id());
        let mut admin = PgConnection::establish(&database_url("postgres")).unwrap();
        sql_query(format!("DROP DATABASE IF EXISTS {target}")).execute(&mut admin).unwrap();
        sql_query(format!("CREATE DATABASE {target}")).execute(&mut admin).unwrap();
        let target_url = database_url(&target);
        let status = Command::new("pg_restore")
            .args(["--no-owner", "--exit-on-error", "--dbname"])
            .arg(&target_url)
            .arg(&dump)
            .status()
            .expect("running pg_restore");
        let _ = std::fs::remove_file(&dump);
        assert!(status.success());

        let (before, after) = (fingerprint(&source_url), fingerprint(&target_url));
        assert!(before.iter().any(|(table, digest)| table == "chapters" && digest != "empty"));
        assert_eq!(before, after);
        sql_query(format!("DROP DATABASE {target} WITH (FORCE)")).execute(&mut admin).unwrap();
    });
}
