//! Demo data: two organisations shaped like LPP (local chapters under a few county chapters)
//! and LEVE (county chapters, some under pre-2024 county names), with an org admin and a
//! chapter leader or two each. Loading twice changes nothing. Passwords are for demos only.

use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde_json::json;
use uuid::Uuid;

use crate::access::queries::{self as access, Grant};
use crate::accounts::queries::{self as accounts, NewUser};
use crate::auth::Role;
use crate::auth::password::PasswordHasher;
use crate::chapters::queries::{self as chapters, Chapter, ChapterKind};
use crate::organisations::queries::{self as organisations, Organisation};

pub const DEMO_PASSWORD: &str = "fellesskap-demo";
pub const PLATFORM_ADMIN: &str = "admin@fellesskap.example";

struct DemoOrg {
    slug: &'static str,
    name: &'static str,
    root: &'static str,
    youth: (i16, i16),
    labels: serde_json::Value,
    /// County chapters: name, county code, and their local chapters.
    counties: &'static [(&'static str, &'static str, &'static [&'static str])],
    admin: &'static str,
    /// Chapter leaders: e-mail and the chapter each leads.
    leaders: &'static [(&'static str, &'static str)],
}

fn demo_orgs() -> [DemoOrg; 2] {
    [
        DemoOrg {
            slug: "lpp",
            name: "LPP – Landsforeningen for pårørende innen psykisk helse",
            root: "LPP Landsforeningen",
            youth: (15, 35),
            labels: json!({
                "national": {"nb": "Landsforening", "nn": "Landsforeining", "en": "National association"},
                "county": {"nb": "Fylkeslag", "nn": "Fylkeslag", "en": "County chapter"},
                "local": {"nb": "Lokallag", "nn": "Lokallag", "en": "Local chapter"}
            }),
            counties: &[
                (
                    "LPP Trøndelag",
                    "50",
                    &["LPP Trondheim", "LPP Steinkjer", "LPP Stjørdal", "LPP Levanger", "LPP Namsos"],
                ),
                ("LPP Vestland", "46", &["LPP Bergen", "LPP Voss", "LPP Førde", "LPP Sogndal", "LPP Stord"]),
                (
                    "LPP Oslo",
                    "03",
                    &["LPP Oslo vest", "LPP Oslo øst", "LPP Oslo sør", "LPP Groruddalen", "LPP Nordstrand"],
                ),
                ("LPP Nordland", "18", &["LPP Bodø", "LPP Mo i Rana", "LPP Narvik", "LPP Vesterålen", "LPP Lofoten"]),
                ("LPP Agder", "42", &["LPP Kristiansand", "LPP Arendal", "LPP Grimstad", "LPP Mandal", "LPP Lister"]),
            ],
            admin: "sekretariat@lpp.example",
            leaders: &[
                ("leder.trondheim@lpp.example", "LPP Trondheim"),
                ("leder.steinkjer@lpp.example", "LPP Steinkjer"),
            ],
        },
        DemoOrg {
            slug: "leve",
            name: "LEVE – Landsforeningen for etterlatte ved selvmord",
            root: "LEVE Landsforeningen",
            youth: (16, 35),
            labels: json!({
                "national": {"nb": "Landsforening", "nn": "Landsforeining", "en": "National association"},
                "county": {"nb": "Fylkeslag", "nn": "Fylkeslag", "en": "County chapter"},
                "local": {"nb": "Lokallag", "nn": "Lokallag", "en": "Local chapter"}
            }),
            counties: &[
                ("LEVE Oslo", "03", &[]),
                ("LEVE Akershus", "32", &[]),
                ("LEVE Østfold", "31", &[]),
                ("LEVE Buskerud", "33", &[]),
                ("LEVE Innlandet", "34", &[]),
                ("LEVE Vestfold", "39", &[]),
                ("LEVE Telemark", "40", &[]),
                ("LEVE Agder", "42", &[]),
                ("LEVE Rogaland", "11", &[]),
                ("LEVE Hordaland", "12", &[]),
                ("LEVE Sogn og Fjordane", "14", &[]),
                ("LEVE Møre og Romsdal", "15", &[]),
                ("LEVE Sør-Trøndelag", "16", &[]),
                ("LEVE Nord-Trøndelag", "17", &[]),
                ("LEVE Nordland", "18", &[]),
                ("LEVE Troms", "55", &[]),
                ("LEVE Finnmark", "56", &[]),
            ],
            admin: "sekretariat@leve.example",
            leaders: &[("leder.nord-trondelag@leve.example", "LEVE Nord-Trøndelag")],
        },
    ]
}

pub async fn demo(conn: &mut AsyncPgConnection, hasher: &PasswordHasher) -> anyhow::Result<()> {
    let hash = hasher.hash(DEMO_PASSWORD.to_owned()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    crate::cli::create_admin(conn, hasher, PLATFORM_ADMIN, "Demo Platform Admin", DEMO_PASSWORD.to_owned()).await?;
    for org in demo_orgs() {
        if organisations::find_by_slug(conn, org.slug).await.is_ok() {
            continue;
        }
        conn.transaction::<_, anyhow::Error, _>(async |conn| seed_org(conn, &org, &hash).await).await?;
        tracing::info!(org = org.slug, "demo organisation loaded");
    }
    Ok(())
}

async fn seed_org(conn: &mut AsyncPgConnection, demo: &DemoOrg, hash: &str) -> anyhow::Result<()> {
    let mut org = Organisation::new(demo.slug.to_owned(), demo.name.to_owned(), "nb".to_owned(), demo.youth);
    org.chapter_kind_labels = demo.labels.clone();
    let org = organisations::insert(conn, &org).await?;
    let root = chapters::insert(conn, &Chapter::new(org.id, None, ChapterKind::National, demo.root.to_owned())).await?;
    let mut chapters_by_name = Vec::new();
    for (county_name, county_code, locals) in demo.counties {
        let region = chapters::region_of_county(conn, county_code).await?;
        let county =
            chapters::insert(conn, &placed(org.id, &root, ChapterKind::County, county_name, county_code, &region))
                .await?;
        chapters_by_name.push((*county_name, county.id));
        for local_name in *locals {
            let local =
                chapters::insert(conn, &placed(org.id, &county, ChapterKind::Local, local_name, county_code, &region))
                    .await?;
            chapters_by_name.push((*local_name, local.id));
        }
    }
    let admin = accounts::insert(
        conn,
        &NewUser::new(demo.admin.to_owned(), format!("Sekretariatet {}", demo.slug.to_uppercase()), hash.to_owned()),
    )
    .await?;
    access::insert(conn, &Grant::new(admin, Role::OrgAdmin, Some(org.id), None, None)).await?;
    for (email, chapter_name) in demo.leaders {
        let chapter = chapters_by_name.iter().find(|(name, _)| name == chapter_name).map(|(_, id)| *id);
        let user = NewUser::new((*email).to_owned(), format!("Leder {chapter_name}"), hash.to_owned());
        let leader = accounts::insert(conn, &user).await?;
        access::insert(conn, &Grant::new(leader, Role::ChapterLeader, Some(org.id), chapter, Some(admin))).await?;
    }
    Ok(())
}

fn placed(
    org: Uuid,
    parent: &Chapter,
    kind: ChapterKind,
    name: &str,
    county_code: &str,
    region: &Option<String>,
) -> Chapter {
    let mut chapter = Chapter::new(org, Some(parent), kind, name.to_owned());
    chapter.county_code = Some(county_code.to_owned());
    chapter.region_code = region.clone();
    chapter
}
