//! Demo data: two organisations shaped like LPP (local chapters under a few county chapters)
//! and LEVE (county chapters, some under pre-2024 county names), with an org admin and a
//! chapter leader or two each, and a few fictional members in every chapter with some history
//! (pending, lapsed and resigned members, fees, a likely duplicate). Loading twice changes
//! nothing. Passwords are for demos only. `targets` adds each plan's targets, and the history
//! that makes their statuses varied.

mod targets;

use chrono::{Datelike, Days, Months, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use crate::access::queries::{self as access, Grant};
use crate::accounts::queries::{self as accounts, NewUser};
use crate::activities::queries::{self as activities, Activity, ActivityChannel};
use crate::auth::Role;
use crate::auth::password::PasswordHasher;
use crate::chapters::queries::{self as chapters, Chapter, ChapterKind};
use crate::db::schema::{follow_ups, organisations as organisations_table, outbox, people};
use crate::groups::queries::{self as groups, Group, GroupStatus, Leader, LeaderKind, Meeting};
use crate::http::RequestMeta;
use crate::i18n::Lang;
use crate::ids::{ChapterId, OrgId, PersonId, UserId};
use crate::members::lifecycle::{self, Change, Status};
use crate::members::queries::{self as members, Fee, PaymentMethod, Person, PersonDetails};
use crate::organisations::queries::{self as organisations, Organisation};
use crate::peer_support::queries::{AgeGroup, RequestChannel, RequestSource};
use crate::peer_support::requests;
use crate::projects::queries::{self as projects, Project, ProjectStatus};
use crate::signup::form::consent_to;
use crate::volunteers::queries::{self as volunteers, Completion, CourseRun, RoleRow};

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
    /// The relation category the organisation's members mostly have.
    relation: &'static str,
    /// A peer supporter of the first county chapter, whose record is linked to this account.
    peer_supporter: &'static str,
    /// A county chapter with only two active peer supporters, short of the target of three.
    short_of_peer_supporters: &'static str,
    /// A county chapter with three active peer supporters, one of whom lapses next month.
    thin_on_peer_supporters: &'static str,
    /// County chapters without a grief group.
    without_grief_group: &'static [&'static str],
    /// The leaders a group needs; organisations with one run grief groups in the demo.
    leadership_rule: Option<serde_json::Value>,
    plan: targets::Plan,
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
            relation: "relative",
            peer_supporter: "likeperson@lpp.example",
            short_of_peer_supporters: "LPP Nordland",
            thin_on_peer_supporters: "LPP Agder",
            without_grief_group: &[],
            leadership_rule: None,
            plan: targets::Plan::Lpp,
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
            relation: "bereaved",
            peer_supporter: "likeperson@leve.example",
            short_of_peer_supporters: "LEVE Nord-Trøndelag",
            thin_on_peer_supporters: "LEVE Oslo",
            // The whole of region Nord.
            without_grief_group: &["LEVE Nordland", "LEVE Troms", "LEVE Finnmark"],
            leadership_rule: Some(json!({"professional": 1, "trained_bereaved": 1})),
            plan: targets::Plan::Leve,
        },
    ]
}

pub async fn demo(conn: &mut AsyncPgConnection, hasher: &PasswordHasher) -> anyhow::Result<()> {
    let hash = hasher.hash(DEMO_PASSWORD.to_owned()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    crate::access::admin::create_admin(conn, hasher, PLATFORM_ADMIN, "Demo Platform Admin", DEMO_PASSWORD.to_owned())
        .await?;
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
    let mut root = Chapter::new(org.id, None, ChapterKind::National, demo.root.to_owned());
    root.founded_on = NaiveDate::from_ymd_opt(1995, 3, 1);
    let root = chapters::insert(conn, &root).await?;
    let mut chapters_by_name = Vec::new();
    let today = Utc::now().date_naive();
    let mut local_number = 0;
    for (county_name, county_code, locals) in demo.counties {
        let region = chapters::region_of_county(conn, county_code).await?;
        let place = Place { code: county_code, region: &region, founded: NaiveDate::from_ymd_opt(2005, 1, 1) };
        let county = chapters::insert(conn, &placed(org.id, &root, ChapterKind::County, county_name, &place)).await?;
        chapters_by_name.push((*county_name, county.id));
        for local_name in *locals {
            // One local chapter founded a few months ago, the others a year or more apart before it.
            let founded = today.checked_sub_days(Days::new(100 + 400 * local_number));
            local_number += 1;
            let place = Place { founded, ..place };
            let local =
                chapters::insert(conn, &placed(org.id, &county, ChapterKind::Local, local_name, &place)).await?;
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
    let mut n = 0;
    let mut firsts = Vec::new();
    for (_, chapter) in &chapters_by_name {
        firsts.push(n + 1);
        for _ in 0..3 + n % 5 {
            n += 1;
            seed_member(conn, &org, *chapter, demo.relation, n).await?;
        }
    }
    seed_duplicate(conn, &org, chapters_by_name[1].1, demo.relation, firsts[1]).await?;
    let counties: Vec<(&str, ChapterId)> = chapters_by_name
        .iter()
        .filter(|(name, _)| demo.counties.iter().any(|(county, _, _)| county == name))
        .copied()
        .collect();
    seed_volunteers(conn, &org, &counties, demo).await?;
    seed_peer_support(conn, &org, counties[0].1, demo.peer_supporter, hash, admin).await?;
    seed_activity(conn, &org, &counties).await?;
    if let Some(rule) = &demo.leadership_rule {
        let with_groups: Vec<(&str, ChapterId)> =
            counties.iter().filter(|(name, _)| !demo.without_grief_group.contains(name)).copied().collect();
        seed_grief_groups(conn, &org, &with_groups, rule).await?;
    }
    let locals: Vec<(&str, ChapterId)> =
        chapters_by_name.iter().filter(|chapter| !counties.contains(chapter)).copied().collect();
    targets::seed(conn, &org, demo.plan, &counties, &locals).await?;
    settle_history(conn, org.id).await
}

const GIVEN_NAMES: [&str; 16] = [
    "Kari", "Ola", "Ingrid", "Lars", "Marit", "Per", "Sigrid", "Jon", "Anne", "Nils", "Hilde", "Tor", "Liv", "Arne",
    "Eli", "Knut",
];
const FAMILY_NAMES: [&str; 14] = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Bakke",
    "Dahl",
];

/// Demo member number `n`: its details and history follow from `n`, so every load is alike.
async fn seed_member(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: ChapterId,
    relation: &str,
    n: usize,
) -> anyhow::Result<()> {
    let given = GIVEN_NAMES[n * 7 % GIVEN_NAMES.len()];
    let family = FAMILY_NAMES[n * 5 % FAMILY_NAMES.len()];
    let birth_year = 1940 + i16::try_from(n * 13 % 70)?;
    let details = PersonDetails {
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        email: Some(format!("{}.{}.{n}@example.no", given.to_lowercase(), family.to_lowercase())),
        phone: n.is_multiple_of(3).then(|| format!("+474{:07}", 1_000_000 + n)),
        postal_code: Some(format!("{:04}", 1000 + n * 97 % 8999)),
        birth_year: Some(birth_year),
        birth_date: None,
        language: if n.is_multiple_of(11) { "en" } else { "nb" }.to_owned(),
        relations: vec![relation.to_owned()],
    };
    let person = members::insert_person(conn, &Person::new(org.id, chapter, details)).await?;
    let today = Utc::now().date_naive();
    let joined = today - Days::new(u64::try_from(n * 37 % 1500)? + 1);
    let type_code = match n {
        n if n % 23 == 0 => "lifelong",
        n if n % 13 == 0 => "family",
        n if n % 17 == 0 => "supporting",
        _ if today.year() - i32::from(birth_year) <= i32::from(org.youth_age_max) => "youth",
        _ => "ordinary",
    };
    let status = if n.is_multiple_of(10) { Status::Pending } else { Status::Active };
    let membership = lifecycle::open(conn, org, &person, chapter, type_code.to_owned(), status, joined).await?;
    if status == Status::Pending {
        return Ok(());
    }
    let ended = match n % 10 {
        1 => Some(Status::Lapsed),
        2 => Some(Status::Resigned),
        _ => None,
    };
    let ended_on = joined + Days::new((today - joined).num_days().unsigned_abs() / 2);
    let last_paid = if ended.is_some() { ended_on.year() - 1 } else { today.year() };
    for year in joined.year()..=last_paid {
        if year < today.year() || !n.is_multiple_of(3) {
            pay(conn, &membership, year, joined.max(first_of(year))).await?;
        }
    }
    if let Some(status) = ended {
        let change = Change { status: Some(status), chapter_id: None, type_code: None, effective_on: ended_on };
        lifecycle::apply(conn, org, &person, &membership, &change).await?;
    }
    Ok(())
}

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 15).unwrap_or_default()
}

async fn pay(
    conn: &mut AsyncPgConnection,
    m: &members::Membership,
    year: i32,
    paid_on: NaiveDate,
) -> anyhow::Result<()> {
    let fee = Fee {
        id: Uuid::now_v7(),
        organisation_id: m.organisation_id,
        membership_id: m.id,
        chapter_id: m.chapter_id,
        year: i16::try_from(year)?,
        amount_ore: 30_000,
        paid_on,
        method: if year % 2 == 0 { PaymentMethod::Vipps } else { PaymentMethod::BankTransfer },
        created_at: Utc::now(),
    };
    members::insert_fee(conn, &fee).await?;
    Ok(())
}

/// A second record of demo member `first`, as a paper form typed in twice would give.
async fn seed_duplicate(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: ChapterId,
    relation: &str,
    first: usize,
) -> anyhow::Result<()> {
    let details = PersonDetails {
        given_name: GIVEN_NAMES[first * 7 % GIVEN_NAMES.len()].to_owned(),
        family_name: format!("{}-Berg", FAMILY_NAMES[first * 5 % FAMILY_NAMES.len()]),
        email: Some("dobbeltregistrert@example.no".to_owned()),
        phone: None,
        postal_code: Some(format!("{:04}", 1000 + first * 97 % 8999)),
        birth_year: Some(1940 + i16::try_from(first * 13 % 70)?),
        birth_date: None,
        language: "nb".to_owned(),
        relations: vec![relation.to_owned()],
    };
    let person = members::insert_person(conn, &Person::new(org.id, chapter, details)).await?;
    let today = Utc::now().date_naive();
    lifecycle::open(conn, org, &person, chapter, "ordinary".to_owned(), Status::Pending, today).await?;
    Ok(())
}

/// Up to four peer supporters in every county chapter, trained on national courses: three
/// recently and one whose qualification lapses within a month, so that the chapter keeps three
/// when it does. In the thin chapter the third lapses within a month and the fourth has lapsed
/// (three active, at risk); in the short one both have lapsed (two active).
async fn seed_volunteers(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    counties: &[(&str, ChapterId)],
    demo: &DemoOrg,
) -> anyhow::Result<()> {
    let today = Utc::now().date_naive();
    let recent = run(conn, org.id, today - Months::new(13)).await?;
    let lapsing = run(conn, org.id, today - Months::new(24) + Days::new(30)).await?;
    let lapsed = run(conn, org.id, today - Months::new(30)).await?;
    for (name, chapter) in counties {
        let people: Vec<Uuid> = people::table
            .filter(people::home_chapter_id.eq(chapter))
            .order(people::id)
            .limit(4)
            .select(people::id)
            .load(conn)
            .await?;
        let courses = match *name {
            n if n == demo.short_of_peer_supporters => [&recent, &recent, &lapsed, &lapsed],
            n if n == demo.thin_on_peer_supporters => [&recent, &recent, &lapsing, &lapsed],
            _ => [&recent, &recent, &recent, &lapsing],
        };
        for (person, course) in people.iter().zip(courses) {
            let role = RoleRow {
                id: Uuid::now_v7(),
                organisation_id: org.id,
                person_id: PersonId::from(*person),
                chapter_id: *chapter,
                role_code: "peer_supporter".to_owned(),
                from_on: today - Months::new(36),
                to_on: None,
                created_at: Utc::now(),
            };
            volunteers::insert_role(conn, &role).await?;
            let completion = Completion {
                id: Uuid::now_v7(),
                organisation_id: org.id,
                course_run_id: course.id,
                person_id: PersonId::from(*person),
                course_type: course.course_type.clone(),
                completed_on: course.held_on,
                expires_on: course.held_on.checked_add_months(Months::new(24)),
                created_at: Utc::now(),
            };
            volunteers::insert_completion(conn, &completion).await?;
        }
    }
    Ok(())
}

/// The first peer supporter of `chapter` signs in as `email`, and a request for a conversation
/// there, taken by phone, waits to be assigned to them.
async fn seed_peer_support(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: ChapterId,
    email: &str,
    hash: &str,
    admin: UserId,
) -> anyhow::Result<()> {
    let person: Uuid = people::table
        .filter(people::home_chapter_id.eq(chapter))
        .order(people::id)
        .select(people::id)
        .first(conn)
        .await?;
    let user =
        accounts::insert(conn, &NewUser::new(email.to_owned(), "Likeperson".to_owned(), hash.to_owned())).await?;
    access::insert(conn, &Grant::new(user, Role::Volunteer, Some(org.id), Some(chapter), Some(admin))).await?;
    accounts::link_person(conn, org.id, PersonId::from(person), user, Some(admin)).await?;
    let lang = Lang::parse_supported("nb").unwrap_or_default();
    let draft = requests::Draft {
        chapter_id: chapter,
        relation: "child".to_owned(),
        age_group: AgeGroup::From30To49,
        language: "nb".to_owned(),
        gender_preference: None,
        channel: RequestChannel::Phone,
        name: Some("Demo".to_owned()),
        email: None,
        phone: Some("+4740000000".to_owned()),
        consent_version: consent_to(org, &lang, requests::CONSENT).version,
        consent_language: lang.tag(),
    };
    let meta = RequestMeta { request_id: String::new(), lang };
    requests::record(conn, &meta, org, draft, RequestSource::Staff, Some(admin))
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(())
}

/// A recent log in every county chapter (two peer conversations and a theme evening), and
/// one project of the first two county chapters.
async fn seed_activity(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    counties: &[(&str, ChapterId)],
) -> anyhow::Result<()> {
    let today = Utc::now().date_naive();
    let entries = [
        ("peer_conversation", 40, 1, ActivityChannel::Phone),
        ("peer_conversation", 60, 1, ActivityChannel::InPerson),
        ("theme_evening", 120, 18, ActivityChannel::InPerson),
    ];
    for (i, (_, chapter)) in counties.iter().enumerate() {
        for (j, (kind, minutes, people, channel)) in entries.iter().enumerate() {
            let activity = Activity {
                id: Uuid::now_v7(),
                organisation_id: org.id,
                chapter_id: Some(*chapter),
                kind_code: (*kind).to_owned(),
                held_on: today - Days::new(u64::try_from(7 * (i + j) + 1)?),
                duration_minutes: *minutes,
                participants: *people,
                channel: *channel,
                note: None,
                logged_by: None,
                created_at: Utc::now(),
                conversation_request_id: None,
            };
            activities::insert(conn, &activity, &[]).await?;
        }
    }
    let project = Project {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        name: "Verdensdagen for selvmordsforebygging".to_owned(),
        year: i16::try_from(today.year())?,
        status: ProjectStatus::Active,
        created_at: Utc::now(),
    };
    let chapters: Vec<ChapterId> = counties.iter().take(2).map(|(_, id)| *id).collect();
    projects::insert(conn, &project, &chapters).await?;
    Ok(())
}

/// A grief group in each of the county chapters given, led by two of its members: the second
/// group has only its professional leader, so its leadership is incomplete.
async fn seed_grief_groups(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    counties: &[(&str, ChapterId)],
    rule: &serde_json::Value,
) -> anyhow::Result<()> {
    diesel::update(organisations_table::table.find(org.id))
        .set(organisations_table::group_leadership_rule.eq(rule))
        .execute(conn)
        .await?;
    let today = Utc::now().date_naive();
    for (i, (name, chapter)) in counties.iter().enumerate() {
        let group = Group {
            id: Uuid::now_v7(),
            organisation_id: org.id,
            chapter_id: *chapter,
            kind_code: "grief_group".to_owned(),
            name: format!("Sorggruppe {}", name.trim_start_matches("LEVE ")),
            starts_on: today - Months::new(3),
            ends_on: None,
            status: GroupStatus::Active,
            version: 1,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let group = groups::insert(conn, &group).await?;
        let leaders: Vec<Uuid> = people::table
            .filter(people::home_chapter_id.eq(chapter))
            .order(people::id.desc())
            .limit(2)
            .select(people::id)
            .load(conn)
            .await?;
        let kinds: &[LeaderKind] =
            if i == 1 { &[LeaderKind::Professional] } else { &[LeaderKind::Professional, LeaderKind::TrainedBereaved] };
        for (person, kind) in leaders.iter().zip(kinds) {
            let leader = Leader {
                id: Uuid::now_v7(),
                organisation_id: org.id,
                group_id: group.id,
                person_id: PersonId::from(*person),
                leader_kind: *kind,
                from_on: group.starts_on,
                to_on: None,
                created_at: Utc::now(),
            };
            groups::insert_leader(conn, &leader).await?;
        }
        let meeting = Meeting {
            id: Uuid::now_v7(),
            organisation_id: org.id,
            group_id: group.id,
            held_on: today - Days::new(14),
            duration_minutes: 120,
            participants: 6,
            created_at: Utc::now(),
        };
        groups::insert_meeting(conn, &meeting).await?;
    }
    Ok(())
}

/// A national peer supporter course held on `held_on`.
async fn run(conn: &mut AsyncPgConnection, org: OrgId, held_on: NaiveDate) -> anyhow::Result<CourseRun> {
    let run = CourseRun {
        id: Uuid::now_v7(),
        organisation_id: org,
        course_type: "peer_supporter_course".to_owned(),
        chapter_id: None,
        held_on,
        instructors: Vec::new(),
        created_at: Utc::now(),
    };
    Ok(volunteers::insert_run(conn, &run).await?)
}

/// The demo members joined before this registry existed: they were welcomed long ago, so
/// only recent joiners keep an open welcome follow-up, and no welcome e-mail goes out.
async fn settle_history(conn: &mut AsyncPgConnection, org: OrgId) -> anyhow::Result<()> {
    let recent = Utc::now().date_naive() - Days::new(30);
    diesel::update(follow_ups::table.filter(follow_ups::organisation_id.eq(org)).filter(follow_ups::due_on.lt(recent)))
        .set(follow_ups::completed_at.eq(diesel::dsl::now))
        .execute(conn)
        .await?;
    diesel::delete(outbox::table.filter(outbox::organisation_id.eq(org))).execute(conn).await?;
    Ok(())
}

/// Where a chapter is, and since when.
#[derive(Clone, Copy)]
struct Place<'a> {
    code: &'a str,
    region: &'a Option<String>,
    founded: Option<NaiveDate>,
}

fn placed(org: OrgId, parent: &Chapter, kind: ChapterKind, name: &str, place: &Place<'_>) -> Chapter {
    let mut chapter = Chapter::new(org, Some(parent), kind, name.to_owned());
    chapter.county_code = Some(place.code.to_owned());
    chapter.region_code = place.region.clone();
    chapter.founded_on = place.founded;
    chapter
}
