//! `fellesskap import members`: the real command line against the test's own database.

use std::path::PathBuf;
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

use diesel::QueryableByName;
use diesel::sql_query;
use diesel::sql_types::Text;
use diesel_async::RunQueryDsl;

use crate::helpers::{TestApp, spawn_app};
use crate::members::{create, new_member};
use crate::world::{self, World};
use fellesskap::chapters::queries::ChapterKind;

static FILES: AtomicUsize = AtomicUsize::new(0);

/// A path of this test run's own for a file.
fn path(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "imports-{}-{}",
        std::process::id(),
        FILES.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("a directory for the test's files");
    dir.join(name)
}

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let file = path(name);
    std::fs::write(&file, bytes).expect("writing the member list");
    file
}

/// Runs `fellesskap import members` against the app's database, in English.
async fn import(app: &TestApp, org: &str, file: &std::path::Path, args: &[&str]) -> Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_fellesskap"));
    command
        .args(["--database-url", &app.db_url, "import", "members", "--org", org, "--lang", "en"])
        .args(args)
        .arg(file)
        .env("RUST_LOG", "warn");
    tokio::task::spawn_blocking(move || command.output().expect("running the command line")).await.expect("joined")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "the import failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).expect("utf-8")
}

/// The report's rows (header left out), cell by cell.
fn report(file: &std::path::Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(file).expect("the report was written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "the report has a byte-order mark for spreadsheet programs");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    reader.records().map(|r| r.expect("a csv record").iter().map(str::to_owned).collect()).collect()
}

/// A digest of everything the registry holds of members, to tell whether anything changed.
async fn registry_digest(app: &TestApp) -> String {
    #[derive(QueryableByName)]
    struct Digest {
        #[diesel(sql_type = Text)]
        digest: String,
    }
    let tables = [
        "people",
        "memberships",
        "membership_periods",
        "membership_fees",
        "member_fee_counts",
        "follow_ups",
        "outbox",
        "member_imports",
    ];
    let parts: Vec<String> = tables
        .iter()
        .map(|t| format!("(SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM {t} x)"))
        .collect();
    let query = format!("SELECT {} AS digest", parts.join(" || ' ' || "));
    sql_query(query).get_result::<Digest>(&mut app.conn().await).await.expect("digest").digest
}

const HEADER: &str = "Fornavn,Etternavn,E-post,Mobil,Postnummer,Fødselsår,Lokallag,Medlemstype,Innmeldt,Status,Utmeldt,Kontingent betalt,Medlemsnummer";

/// One row of every kind: imported, refused for each reason, a duplicate, similar to a member,
/// already registered.
fn every_kind_of_row() -> String {
    [
        HEADER,
        "Ola,Hansen,ola@example.no,,7030,1975,C1,Ordinært medlem,01.02.2020,,,\"2025, 2026\",1",
        "Nils,Uten,,,,,C1,,2020-01-01,,,,2",
        "Liv,Borte,liv@example.no,,,,Atlantis,,2020-01-01,,,,3",
        "Per,Dato,per@example.no,,,,C1,,31.02.2020,,,,4",
        "Kari,Nordmann 01017012262,kari.n@example.no,,,,C1,,2020-01-01,,,,5",
        "Ola,Hansen,OLA@example.no,,,,L1,,2021-01-01,,,,6",
        "Karin,Nordman,karin@example.no,,7010,1980,C1,,2019-05-05,,,2026,7",
        "Kari,Nordmann,registered@example.no,,7010,1980,C1,,2018-01-01,,,,8",
        "Åse,Ødegård,,41234567,0150,1960,L1,Støttemedlem,15.03.2015,utmeldt,31.12.2022,2021,9",
    ]
    .join("\n")
}

/// A member registered before the import: "Kari Nordmann", born 1980, 7010.
async fn registered(app: &TestApp, world: &World) {
    let token = app.token(world.org_admin).await;
    let reply = create(app, &token, &world.a.slug, &new_member(world.c1.id, "registered@example.no")).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
}

#[actix_web::test]
async fn a_file_with_every_kind_of_bad_row_gives_exactly_the_expected_report_and_rows() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    registered(&app, &world).await;
    let (people, outbox, follow_ups) =
        (app.count("people").await, app.count("outbox").await, app.count("follow_ups").await);
    let file = write("members.csv", every_kind_of_row().as_bytes());
    let report_file = path("report.csv");
    let output = import(&app, &world.a.slug, &file, &["--report", report_file.to_str().unwrap()]).await;
    let printed = stdout(&output);
    assert!(
        printed.contains("9 rows: 3 imported, 1 already registered, 4 refused, 1 duplicates, 1 to check."),
        "{printed}"
    );
    assert!(printed.contains("Columns not read: Medlemsnummer"), "{printed}");
    let registered_id: String =
        app.one_text("SELECT id::text AS v FROM people WHERE email = 'registered@example.no'").await;
    let expected = [
        ["3", "Refused", "E-post", "Give an e-mail address or a phone number."],
        ["4", "Refused", "Lokallag", "No such chapter in this organisation."],
        ["5", "Refused", "Innmeldt", "Not a date. Write it as 31.12.2024 or 2024-12-31."],
        ["6", "Refused", "Etternavn", "National identity numbers are never stored. Remove it."],
        [
            "7",
            "Duplicate",
            "",
            "The same e-mail address or phone number as row 2: the person is imported once, from that row.",
        ],
        [
            "8",
            "Imported, to check",
            "",
            &format!(
                "Imported, and much like member {registered_id} (same birth year and postal code, a similar name). Check whether they are one person."
            ),
        ],
    ];
    assert_eq!(report(&report_file), expected.map(|row| row.map(str::to_owned).to_vec()));
    assert_eq!(app.count("people").await, people + 3, "Ola, Karin and Åse");
    assert_eq!(app.count("outbox").await, outbox, "no welcome without --welcome");
    assert_eq!(app.count("follow_ups").await, follow_ups, "no follow-up without --welcome");
    let ola = app
        .one_text(
            "SELECT concat_ws(' ', p.postal_code, p.birth_year, p.language, c.name, m.type_code, m.status, m.joined_on,
                    (SELECT string_agg(year::text, ',' ORDER BY year) FROM membership_fees f WHERE f.membership_id = m.id)) AS v
             FROM people p JOIN memberships m ON m.person_id = p.id JOIN chapters c ON c.id = m.chapter_id
             WHERE p.email = 'ola@example.no'",
        )
        .await;
    assert_eq!(ola, "7030 1975 nb C1 ordinary active 2020-02-01 2025,2026");
    let ase = app
        .one_text(
            "SELECT string_agg(concat_ws(' ', status, valid_from, valid_to, starts_membership, ends_membership), ' / '
                               ORDER BY valid_from) AS v
             FROM membership_periods WHERE membership_id = (SELECT m.id FROM memberships m JOIN people p
                                                          ON p.id = m.person_id WHERE p.phone = '+4741234567')",
        )
        .await;
    assert_eq!(ase, "active 2015-03-15 2022-12-31 t f / resigned 2022-12-31 f t", "the history kept");
    let record = app
        .one_text(
            "SELECT concat_ws(' ', state, rows_total, created, unchanged, refused, duplicates, flagged) AS v
             FROM member_imports",
        )
        .await;
    assert_eq!(record, "done 9 3 1 4 1 1");
    let audited = app
        .one_text(
            "SELECT count(*)::text AS v FROM audit_events WHERE action = 'import' AND entity_type = 'member_import'",
        )
        .await;
    assert_eq!(audited, "1", "the import is one audit event");
}

#[actix_web::test]
async fn running_the_same_file_twice_changes_nothing_the_second_time() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    registered(&app, &world).await;
    let file = write("members.csv", every_kind_of_row().as_bytes());
    stdout(&import(&app, &world.a.slug, &file, &[]).await);
    let people = app.count("people").await;
    let before = registry_digest(&app).await;
    let printed = stdout(&import(&app, &world.a.slug, &file, &["--dry-run"]).await);
    assert!(printed.contains("0 imported, 4 already registered"), "{printed}");
    assert_eq!(registry_digest(&app).await, before, "a dry run changes nothing");
    let printed = stdout(&import(&app, &world.a.slug, &file, &[]).await);
    assert!(
        printed.contains("9 rows: 0 imported, 4 already registered, 4 refused, 1 duplicates, 0 to check."),
        "{printed}"
    );
    assert_eq!(app.count("people").await, people);
    assert_eq!(app.count("member_imports").await, 2, "each run is recorded");
}

#[actix_web::test]
async fn a_dry_run_reports_what_the_import_then_does() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    registered(&app, &world).await;
    let file = write("members.csv", every_kind_of_row().as_bytes());
    let before = registry_digest(&app).await;
    let dry = stdout(&import(&app, &world.a.slug, &file, &["--dry-run"]).await);
    assert!(dry.starts_with("Dry run, nothing was changed."), "{dry}");
    assert_eq!(registry_digest(&app).await, before);
    let real = stdout(&import(&app, &world.a.slug, &file, &[]).await);
    let counts = |text: &str| text.lines().next().unwrap_or_default().rsplit_once("rows:").map(|(_, c)| c.to_owned());
    assert_eq!(counts(&dry), counts(&real));
}

#[actix_web::test]
async fn windows_1252_semicolons_and_a_workbook_read_the_same_as_utf8_csv() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let third = world::org(conn, "org-c").await;
    for root in [&world.b.root, &third.root] {
        let c1 = world::chapter(conn, root, ChapterKind::County, "C1").await;
        world::chapter(conn, &c1, ChapterKind::Local, "L1").await;
    }
    let text = every_kind_of_row();
    let utf8 = write("members.csv", text.as_bytes());
    let semicolons = text.replace(",\"2025, 2026\",", ",2025 2026,").replace(',', ";");
    let (windows, _, lossy) = encoding_rs::WINDOWS_1252.encode(&semicolons);
    assert!(!lossy);
    let windows = write("members-excel.csv", &windows);
    let workbook = write("members.xlsx", &workbook_of(&text));
    for (org, file) in [(&world.a.slug, &utf8), (&world.b.slug, &windows), (&third.slug, &workbook)] {
        stdout(&import(&app, org, file, &[]).await);
    }
    let from_utf8 = app.one_text(&members_of(&world.a.slug)).await;
    assert!(from_utf8.contains("Åse Ødegård"), "{from_utf8}");
    assert_eq!(app.one_text(&members_of(&world.b.slug)).await, from_utf8, "Windows-1252, semicolons");
    assert_eq!(app.one_text(&members_of(&third.slug)).await, from_utf8, "the workbook");
}

/// A query for everything the import writes of each member of an organisation, one line each.
fn members_of(slug: &str) -> String {
    format!(
        "SELECT string_agg(concat_ws(' ', p.given_name, p.family_name, p.email, p.phone, p.postal_code, p.birth_year,
                p.language, c.name, m.type_code, m.status, m.joined_on, m.ended_on,
                (SELECT string_agg(year::text, ',' ORDER BY year) FROM membership_fees f WHERE f.membership_id = m.id)),
                ' / ' ORDER BY p.given_name, p.family_name) AS v
         FROM people p JOIN memberships m ON m.person_id = p.id JOIN chapters c ON c.id = m.chapter_id
         JOIN organisations o ON o.id = p.organisation_id WHERE o.slug = '{slug}'"
    )
}

/// The rows of a CSV text as a workbook, the way a spreadsheet program keeps them: numbers as
/// numbers, days as dates.
fn workbook_of(text: &str) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    for (row, record) in reader.records().enumerate() {
        for (column, cell) in record.expect("a row").iter().enumerate() {
            let (row, column) = (row as u32, column as u16);
            let day = fellesskap::imports::rows::parse_day(cell).filter(|_| row > 0 && cell != "31.02.2020");
            if let Some(day) = day {
                let when = rust_xlsxwriter::ExcelDateTime::from_ymd(
                    u16::try_from(chrono::Datelike::year(&day)).unwrap(),
                    u8::try_from(chrono::Datelike::month(&day)).unwrap(),
                    u8::try_from(chrono::Datelike::day(&day)).unwrap(),
                )
                .unwrap();
                sheet.write_datetime_with_format(row, column, &when, &date).unwrap();
            } else if let Ok(number) =
                cell.parse::<f64>().map_err(drop).and_then(|n| if row > 0 { Ok(n) } else { Err(()) })
            {
                sheet.write_number(row, column, number).unwrap();
            } else if !cell.is_empty() {
                sheet.write_string(row, column, cell).unwrap();
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[actix_web::test]
async fn welcome_asks_for_the_welcome_of_each_new_active_member() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let file = write("members.csv", every_kind_of_row().as_bytes());
    stdout(&import(&app, &world.a.slug, &file, &["--welcome"]).await);
    let welcomed = app
        .one_text("SELECT string_agg(recipient, ' ' ORDER BY recipient) AS v FROM outbox WHERE kind = 'welcome'")
        .await;
    assert_eq!(welcomed, "karin@example.no ola@example.no registered@example.no", "not Åse, who resigned");
    let follow_ups = app
        .one_text(
            "SELECT string_agg(DISTINCT (due_on - created_at::date)::text, ',') AS v FROM follow_ups WHERE kind = 'welcome'",
        )
        .await;
    assert_eq!(follow_ups, "14", "due the organisation's days from the import, not from joining years ago");
}

#[actix_web::test]
async fn a_file_without_the_columns_every_row_needs_is_refused_whole() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let before = registry_digest(&app).await;
    let file = write("members.csv", "Fornavn;Etternavn;Lokallag\nKari;Nordmann;C1\n".as_bytes());
    let output = import(&app, &world.a.slug, &file, &[]).await;
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("Every member list needs these columns: joined_on, email, phone."), "{said}");
    assert_eq!(registry_digest(&app).await, before);
}

#[actix_web::test]
async fn the_member_export_is_in_the_imports_columns_and_reads_back_as_the_same_members() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let file = write("members.csv", every_kind_of_row().as_bytes());
    stdout(&import(&app, &world.a.slug, &file, &[]).await);
    let conn = &mut app.conn().await;
    let c1 = world::chapter(conn, &world.b.root, ChapterKind::County, "C1").await;
    world::chapter(conn, &c1, ChapterKind::Local, "L1").await;
    let admin = app.token(world.org_admin).await;
    let export =
        app.get(&format!("/api/v1/chapters/{}/members/export", world.a.root.id), Some(&admin)).await.expect(200);
    let text = export.body.as_str().expect("csv").to_owned();
    assert!(
        text.starts_with(
            "given_name,family_name,email,phone,postal_code,birth_year,birth_date,language,chapter,membership_type,joined_on,status,ended_on,fees_paid\n"
        ),
        "{text}"
    );
    let exported = write("export.csv", text.as_bytes());
    let printed = stdout(&import(&app, &world.a.slug, &exported, &[]).await);
    assert!(
        printed.contains("4 rows: 0 imported, 4 already registered, 0 refused"),
        "read back, nothing changes: {printed}"
    );
    let printed = stdout(&import(&app, &world.b.slug, &exported, &[]).await);
    assert!(printed.contains("4 rows: 4 imported, 0 already registered, 0 refused"), "{printed}");
    assert_eq!(app.one_text(&members_of(&world.b.slug)).await, app.one_text(&members_of(&world.a.slug)).await);
}

async fn upload(app: &TestApp, slug: &str, token: &str, query: &str, file: &str) -> crate::helpers::Reply {
    app.post_raw(&format!("/api/v1/orgs/{slug}/imports{query}"), Some(token), "text/csv", file.as_bytes().to_vec())
        .await
}

#[actix_web::test]
async fn an_upload_is_imported_by_the_background_work_and_followed_to_its_end() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    registered(&app, &world).await;
    let admin = app.token(world.org_admin).await;
    let queued = upload(&app, &world.a.slug, &admin, "", &every_kind_of_row()).await.expect(202);
    assert_eq!(queued.body["state"], "queued");
    let location = queued.header("location").expect("where to follow it").to_owned();
    assert!(fellesskap::imports::jobs::work_next(&app.state).await.expect("the background work"));
    assert!(!fellesskap::imports::jobs::work_next(&app.state).await.unwrap(), "nothing more waits");
    let done = app.get(&location, Some(&admin)).await.expect(200);
    assert_eq!(done.body["state"], "done", "{}", done.body);
    let counts: Vec<i64> = ["rows_total", "rows_read", "created", "unchanged", "refused", "duplicates", "flagged"]
        .iter()
        .map(|k| done.body[*k].as_i64().unwrap())
        .collect();
    assert_eq!(counts, [9, 9, 3, 1, 4, 1, 1]);
    assert_eq!(done.body["ignored_columns"], serde_json::json!(["Medlemsnummer"]));
    assert_eq!(app.one_text("SELECT count(*)::text AS v FROM member_imports WHERE file IS NOT NULL").await, "0");
    let report = app.get(&format!("{location}/report?lang=nb"), Some(&admin)).await.expect(200);
    let text = report.body.as_str().unwrap();
    assert!(text.contains("5,Avvist,joined_on,Ikke en dato."), "in the caller's language: {text}");
    assert_eq!(text.lines().count(), 7, "a header and six problems: {text}");
    let audited =
        app.one_text("SELECT string_agg(action, ',' ORDER BY occurred_at) AS v FROM audit_events WHERE entity_type = 'member_import'").await;
    assert_eq!(audited, "create,import");
}

#[actix_web::test]
async fn an_upload_is_for_org_admins_of_its_own_organisation() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let leader = app.token(world.leader).await;
    upload(&app, &world.a.slug, &leader, "", &every_kind_of_row()).await.expect(403);
    let other = app.token(world.other_org_admin).await;
    upload(&app, &world.a.slug, &other, "", &every_kind_of_row()).await.expect(404);
    let admin = app.token(world.org_admin).await;
    let queued = upload(&app, &world.a.slug, &admin, "", &every_kind_of_row()).await.expect(202);
    let location = queued.header("location").unwrap().replace(&world.a.slug, &world.b.slug);
    app.get(&location, Some(&other)).await.expect(404);
    upload(&app, &world.a.slug, &admin, "", " \n").await.expect_problem(422, "import_empty");
}

#[actix_web::test]
async fn a_dry_run_upload_reports_and_changes_nothing_and_a_bad_header_fails_with_its_reason() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let admin = app.token(world.org_admin).await;
    let before = app.count("people").await;
    let dry = upload(&app, &world.a.slug, &admin, "?dry_run=true", &every_kind_of_row()).await.expect(202);
    let bad = upload(&app, &world.a.slug, &admin, "", "Fornavn;Etternavn\nKari;Nordmann\n").await.expect(202);
    while fellesskap::imports::jobs::work_next(&app.state).await.unwrap() {}
    let dry = app.get(dry.header("location").unwrap(), Some(&admin)).await.expect(200);
    assert_eq!((dry.body["state"].as_str(), dry.body["created"].as_i64()), (Some("done"), Some(4)));
    assert_eq!(app.count("people").await, before, "a dry run changes nothing");
    let bad = app.get(bad.header("location").unwrap(), Some(&admin)).await.expect(200);
    assert_eq!(bad.body["state"], "failed");
    assert_eq!(bad.body["failure"]["code"], "import_columns_missing");
    let message = bad.body["failure"]["message"].as_str().unwrap();
    assert_eq!(message, "Columns are missing");
}
