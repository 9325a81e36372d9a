//! A small world of fixtures, written straight to the database: two organisations, a chapter
//! tree in the first, and one account per role.
//!
//! ```text
//! org A:  national ── county C1 (the leader's) ── local L1
//!                  └─ county C2 (sibling)
//! org B:  national ── county CB
//! ```

use diesel_async::AsyncPgConnection;
use fellesskap::access::queries::{self as access, Grant};
use fellesskap::accounts::queries::{self as accounts, NewUser};
use fellesskap::auth::Role;
use fellesskap::chapters::queries::{self as chapters, Chapter, ChapterKind};
use fellesskap::ids::{ChapterId, OrgId, UserId};
use fellesskap::organisations::queries::{self as organisations, Organisation};
use uuid::Uuid;

use crate::helpers::{PASSWORD, TestApp};

pub struct Org {
    pub id: OrgId,
    pub slug: String,
    pub root: Chapter,
}

pub struct World {
    pub a: Org,
    pub b: Org,
    /// County chapter C1 in org A: the chapter leader's own.
    pub c1: Chapter,
    /// Local chapter under C1.
    pub l1: Chapter,
    /// County chapter C2 in org A: C1's sibling.
    pub c2: Chapter,
    /// County chapter in org B.
    pub cb: Chapter,
    pub platform_admin: UserId,
    pub org_admin: UserId,
    pub leader: UserId,
    pub volunteer: UserId,
    pub member: UserId,
    pub other_org_admin: UserId,
}

pub async fn org(conn: &mut AsyncPgConnection, slug: &str) -> Org {
    let new = Organisation::new(slug.to_owned(), format!("Organisation {slug}"), "nb".to_owned(), (15, 35));
    let org = organisations::insert(conn, &new).await.unwrap();
    let root = chapters::insert(conn, &Chapter::new(org.id, None, ChapterKind::National, format!("{slug} national")))
        .await
        .unwrap();
    Org { id: org.id, slug: org.slug, root }
}

pub async fn chapter(conn: &mut AsyncPgConnection, parent: &Chapter, kind: ChapterKind, name: &str) -> Chapter {
    chapters::insert(conn, &Chapter::new(parent.organisation_id, Some(parent), kind, name.to_owned())).await.unwrap()
}

/// An account whose password is [`PASSWORD`], hashed with the app's (cheap) test parameters.
pub async fn user(app: &TestApp, conn: &mut AsyncPgConnection, email: &str) -> UserId {
    let hash = app.state.hasher.hash(PASSWORD.to_owned()).await.unwrap();
    accounts::insert(conn, &NewUser::new(email.to_owned(), email.split('@').next().unwrap().to_owned(), hash))
        .await
        .unwrap()
}

pub async fn grant(
    conn: &mut AsyncPgConnection,
    user: UserId,
    role: Role,
    org: Option<OrgId>,
    chapter: Option<ChapterId>,
) -> Uuid {
    access::insert(conn, &Grant::new(user, role, org, chapter, None)).await.unwrap().id
}

impl World {
    pub async fn build(app: &TestApp) -> Self {
        let conn = &mut app.conn().await;
        let a = org(conn, "org-a").await;
        let b = org(conn, "org-b").await;
        let c1 = chapter(conn, &a.root, ChapterKind::County, "C1").await;
        let l1 = chapter(conn, &c1, ChapterKind::Local, "L1").await;
        let c2 = chapter(conn, &a.root, ChapterKind::County, "C2").await;
        let cb = chapter(conn, &b.root, ChapterKind::County, "CB").await;
        let platform_admin = user(app, conn, "platform@test.example").await;
        grant(conn, platform_admin, Role::PlatformAdmin, None, None).await;
        let org_admin = user(app, conn, "admin-a@test.example").await;
        grant(conn, org_admin, Role::OrgAdmin, Some(a.id), None).await;
        let leader = user(app, conn, "leader-c1@test.example").await;
        grant(conn, leader, Role::ChapterLeader, Some(a.id), Some(c1.id)).await;
        let volunteer = user(app, conn, "volunteer-c1@test.example").await;
        grant(conn, volunteer, Role::Volunteer, Some(a.id), Some(c1.id)).await;
        let member = user(app, conn, "member-c1@test.example").await;
        grant(conn, member, Role::Member, Some(a.id), Some(c1.id)).await;
        let other_org_admin = user(app, conn, "admin-b@test.example").await;
        grant(conn, other_org_admin, Role::OrgAdmin, Some(b.id), None).await;
        Self { a, b, c1, l1, c2, cb, platform_admin, org_admin, leader, volunteer, member, other_org_admin }
    }
}
