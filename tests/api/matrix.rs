//! The authorisation matrix: every operation in the route table (read from the OpenAPI
//! document the table generates), called by every role against its own chapter, a child, a
//! sibling, the parent and another organisation. Allowed where the policy allows; 403 or 404
//! elsewhere, 404 whenever the target is in an organisation the caller has no role in.

use std::sync::atomic::{AtomicUsize, Ordering};

use fellesskap::auth::Role;
use fellesskap::auth::policy::{Operation, Policy};
use fellesskap::chapters::queries::Chapter;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::spawn_app;
use crate::world::{World, grant, user};
use fellesskap::ids::UserId;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Caller {
    Anonymous,
    PlatformAdmin,
    OrgAdmin,
    Leader,
    Volunteer,
    Member,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    Own,
    Child,
    Sibling,
    Parent,
    OtherOrg,
}

const CALLERS: [Caller; 6] =
    [Caller::Anonymous, Caller::PlatformAdmin, Caller::OrgAdmin, Caller::Leader, Caller::Volunteer, Caller::Member];
const PLACES: [Place; 5] = [Place::Own, Place::Child, Place::Sibling, Place::Parent, Place::OtherOrg];

/// Who may call each operation, restated here by hand so that a change to the policy table
/// must be made twice, deliberately.
fn expected_policy(operation: Operation) -> Policy {
    use Operation::*;
    match operation {
        Live | Ready | Login | Refresh | Logout | AcceptInvitation | ListRegions | ListCounties => Policy::Public,
        GetMe | ListMyActivities | ListOrgs => Policy::Authenticated,
        PutRegion | PutCounty | CreateOrg => Policy::PlatformAdmin,
        GetOrg | ListChapters | GetChapter => Policy::OrgMember,
        UpdateOrg | PutOrgLogo | DeleteOrgLogo | CreateChapter | UpdateChapter | ListOrgGrants | ListAudit => {
            Policy::OrgAdmin
        }
        StartImport | GetImport | GetImportReport => Policy::OrgAdmin,
        ListChapterGrants => Policy::ChapterLeader,
        CreateOrgGrant | CreateOrgInvitation => Policy::OrgAdmin,
        CreateChapterGrant | RevokeGrant | CreateChapterInvitation => Policy::GrantRole,
        ListCatalogue => Policy::OrgMember,
        PutCatalogueEntry | OrgCounts | EraseMember => Policy::OrgAdmin,
        ListMemberRequests | ConfirmMemberRequest | DeclineMemberRequest => Policy::OrgAdmin,
        CreateMember | ListMembers | ExportMembers | GetMember | UpdateMember | AddMembership | ChangeMembership
        | RecordFee | ChapterCounts | ListDuplicates | MergeMembers | ExportMember | ListFollowUps | RecordContact => {
            Policy::ChapterLeader
        }
        LinkAccount | UnlinkAccount | PutFollowUpKind => Policy::OrgAdmin,
        ListFollowUpKinds => Policy::OrgMember,
        GetSignupForm
        | CreateSignup
        | ConfirmSignup
        | RequestSelfServiceLink
        | SelfServiceExport
        | SelfServiceErase => Policy::Public,
        ListCourseTypes | ListCourseRuns => Policy::OrgMember,
        PutCourseType => Policy::OrgAdmin,
        CreateCourseRun | RecordCompletion | AssignRole | EndRole | ListVolunteers | NewlyQualified => {
            Policy::ChapterLeader
        }
        CreateGroup | ListGroups | UpdateGroup | AddGroupLeader | ListActivities | ChapterAggregates => {
            Policy::ChapterLeader
        }
        RecordMeeting | LogActivity => Policy::ChapterVolunteer,
        LogOrgActivity | ListOrgActivities | CreateProject | OrgAggregates => Policy::OrgAdmin,
        ListProjects => Policy::OrgMember,
        ListTargets | GetTarget => Policy::OrgMember,
        CreateTarget | UpdateTarget | EvaluateTarget | OrgDashboard => Policy::OrgAdmin,
        ChapterDashboard | ChapterSeries => Policy::ChapterLeader,
        OrgSeries | OrgCoverage | StatusReport | GrantReport => Policy::OrgAdmin,
        GetConversationForm | CreatePublicConversationRequest => Policy::Public,
        RecordConversationRequest
        | ListConversationRequests
        | GetConversationRequest
        | ProposePeerSupporters
        | AssignConversationRequest
        | CloseConversationRequest
        | PutPeerProfile => Policy::ChapterLeader,
        AcceptAssignment | DeclineAssignment | LogConversation | CloseAssignedRequest => Policy::Assignee,
        ConversationReport => Policy::OrgAdmin,
    }
}

/// What a policy means: who may act at which place.
fn allowed(policy: Policy, caller: Caller, place: Place) -> bool {
    let in_org = place != Place::OtherOrg;
    let leads = matches!(place, Place::Own | Place::Child);
    match (policy, caller) {
        (Policy::Public, _) => true,
        (_, Caller::Anonymous) => false,
        // Every assignment of the fixture is the volunteer's, whose account is linked in both
        // organisations but holds a role only in the first.
        (Policy::Assignee, caller) => caller == Caller::Volunteer && in_org,
        (Policy::Authenticated, _) | (_, Caller::PlatformAdmin) => true,
        (Policy::PlatformAdmin, _) => false,
        (Policy::OrgMember, _) => in_org,
        (Policy::OrgAdmin, caller) => in_org && caller == Caller::OrgAdmin,
        (Policy::ChapterLeader | Policy::GrantRole, Caller::OrgAdmin) => in_org,
        (Policy::ChapterLeader | Policy::GrantRole, Caller::Leader) => leads,
        (Policy::ChapterLeader | Policy::GrantRole, _) => false,
        (Policy::ChapterVolunteer, Caller::OrgAdmin) => in_org,
        (Policy::ChapterVolunteer, Caller::Leader) => leads,
        (Policy::ChapterVolunteer, Caller::Volunteer) => place == Place::Own,
        (Policy::ChapterVolunteer, Caller::Member) => false,
    }
}

struct Fixture {
    world: World,
    /// A volunteer grant at each place, for revoke.
    grants: Vec<(Place, Uuid)>,
    subject: UserId,
    /// A member at each place, with their membership, follow-up and a likely duplicate.
    members: Vec<(Place, PlaceMember)>,
}

struct PlaceMember {
    id: Uuid,
    membership: Uuid,
    follow_up: Uuid,
    duplicate: Uuid,
    /// A volunteer role the member holds there, and a course run the chapter organised.
    role: Uuid,
    course_run: Uuid,
    /// A grief group of the chapter.
    group: Uuid,
    /// A question to the secretariat whether the member and the look-alike are one person.
    member_request: Uuid,
    /// A target of the organisation.
    target: Uuid,
    /// A conversation request of the chapter, assigned to the volunteer's linked person.
    conversation_request: Uuid,
    assignment: Uuid,
    /// The version of the organisation's conversation consent text in English.
    consent_version: String,
    /// A finished import of the organisation.
    import: Uuid,
}

impl Fixture {
    fn chapter(&self, place: Place) -> &Chapter {
        match place {
            Place::Own => &self.world.c1,
            Place::Child => &self.world.l1,
            Place::Sibling => &self.world.c2,
            Place::Parent => &self.world.a.root,
            Place::OtherOrg => &self.world.cb,
        }
    }

    fn org_slug(&self, place: Place) -> &str {
        if place == Place::OtherOrg { &self.world.b.slug } else { &self.world.a.slug }
    }

    fn caller(&self, caller: Caller) -> Option<UserId> {
        match caller {
            Caller::Anonymous => None,
            Caller::PlatformAdmin => Some(self.world.platform_admin),
            Caller::OrgAdmin => Some(self.world.org_admin),
            Caller::Leader => Some(self.world.leader),
            Caller::Volunteer => Some(self.world.volunteer),
            Caller::Member => Some(self.world.member),
        }
    }
}

static UNIQUE: AtomicUsize = AtomicUsize::new(0);

/// The path and body that aim `operation` at `place`. A new operation needs an entry here.
fn request(fx: &Fixture, operation: Operation, path: &str, place: Place) -> (String, Option<Value>) {
    let chapter = fx.chapter(place);
    let grant_id = fx.grants.iter().find(|(p, _)| *p == place).map(|(_, id)| *id).unwrap();
    let member = fx.members.iter().find(|(p, _)| *p == place).map(|(_, m)| m).unwrap();
    let code = if path.contains("regions") {
        "midt"
    } else if path.contains("catalogues") {
        "matrix_entry"
    } else if path.contains("course-types") {
        "matrix_course"
    } else if path.contains("follow-up-kinds") {
        "matrix_kind"
    } else {
        "50"
    };
    let path = path
        .replace("{org}", fx.org_slug(place))
        .replace("{chapter_id}", &chapter.id.to_string())
        .replace("{grant_id}", &grant_id.to_string())
        .replace("{member_id}", &member.id.to_string())
        .replace("{membership_id}", &member.membership.to_string())
        .replace("{follow_up_id}", &member.follow_up.to_string())
        .replace("{catalogue}", "membership_type")
        .replace("{role_id}", &member.role.to_string())
        .replace("{course_run_id}", &member.course_run.to_string())
        .replace("{group_id}", &member.group.to_string())
        .replace("{request_id}", &member.member_request.to_string())
        .replace("{target_id}", &member.target.to_string())
        .replace("{conversation_request_id}", &member.conversation_request.to_string())
        .replace("{assignment_id}", &member.assignment.to_string())
        .replace("{import_id}", &member.import.to_string())
        .replace("{code}", code);
    let path = match operation {
        Operation::NewlyQualified => format!("{path}?year=2026"),
        Operation::OrgSeries | Operation::ChapterSeries => format!("{path}?metric=active_members"),
        _ => path,
    };
    let n = UNIQUE.fetch_add(1, Ordering::Relaxed);
    let body = match operation {
        Operation::Live | Operation::Ready | Operation::GetMe | Operation::ListRegions | Operation::ListCounties => {
            None
        }
        Operation::ListMyActivities | Operation::UnlinkAccount | Operation::ListFollowUpKinds => None,
        Operation::PutFollowUpKind => {
            Some(json!({"labels": {"en": "Matrix"}, "opens": {"kind": "after_joining", "days": 90}}))
        }
        // The subject holds a role at every place, so each caller allowed here reaches them.
        Operation::LinkAccount => Some(json!({"user_id": fx.subject})),
        Operation::ListOrgs | Operation::GetOrg | Operation::ListChapters | Operation::GetChapter => None,
        // Without an image the logo is refused as the wrong type, once the caller may send one.
        Operation::PutOrgLogo | Operation::DeleteOrgLogo => None,
        // Without a file the upload is refused as empty, once the caller may send one.
        Operation::StartImport | Operation::GetImport | Operation::GetImportReport => None,
        Operation::ListOrgGrants | Operation::ListChapterGrants | Operation::RevokeGrant | Operation::ListAudit => None,
        Operation::Login => Some(json!({"email": "nobody@test.example", "password": "irrelevant"})),
        Operation::Refresh | Operation::Logout => Some(json!({"refresh_token": "not-a-real-token"})),
        Operation::AcceptInvitation => Some(json!({"token": "x".repeat(40)})),
        Operation::PutCounty => Some(json!({"name": "Trøndelag", "region_code": "midt"})),
        Operation::PutRegion => Some(json!({"name": "RVTS Midt"})),
        Operation::CreateOrg => Some(json!({
            "slug": format!("matrix-{n}"), "name": "M", "default_language": "nb",
            "youth_age_min": 15, "youth_age_max": 35, "root_chapter_name": "Root"
        })),
        Operation::UpdateOrg => Some(json!({"name": format!("Renamed {n}")})),
        Operation::CreateChapter => Some(json!({"kind": "local", "name": format!("New {n}")})),
        Operation::UpdateChapter => Some(json!({"founded_on": "2020-01-01"})),
        Operation::CreateOrgGrant => Some(json!({"user_id": fx.subject, "role": "org_admin"})),
        Operation::CreateChapterGrant => Some(json!({"user_id": fx.subject, "role": "volunteer"})),
        Operation::CreateOrgInvitation => {
            Some(json!({"email": format!("invitee{n}@test.example"), "role": "org_admin"}))
        }
        Operation::CreateChapterInvitation => {
            Some(json!({"email": format!("invitee{n}@test.example"), "role": "volunteer"}))
        }
        Operation::ListCatalogue
        | Operation::ListMembers
        | Operation::ExportMembers
        | Operation::GetMember
        | Operation::ChapterCounts
        | Operation::OrgCounts
        | Operation::ListDuplicates
        | Operation::ExportMember
        | Operation::EraseMember
        | Operation::ListFollowUps
        | Operation::ListMemberRequests
        | Operation::ConfirmMemberRequest
        | Operation::DeclineMemberRequest
        | Operation::GetSignupForm => None,
        Operation::PutCatalogueEntry => Some(json!({"labels": {"en": "Matrix"}})),
        Operation::CreateMember => Some(json!({
            "given_name": "Matrix", "family_name": format!("Member {n}"), "email": format!("matrix{n}@test.example"),
            "membership": {"chapter_id": chapter.id, "membership_type": "ordinary"}
        })),
        Operation::UpdateMember => Some(json!({"postal_code": "7010"})),
        Operation::AddMembership => Some(json!({"chapter_id": chapter.id, "membership_type": "ordinary"})),
        Operation::ChangeMembership => Some(json!({"membership_type": "supporting"})),
        Operation::RecordFee => {
            Some(json!({"year": 1950 + n % 100, "amount_ore": 25000, "paid_on": "2026-01-15", "method": "vipps"}))
        }
        Operation::MergeMembers => Some(json!({"duplicate_id": member.duplicate})),
        Operation::RecordContact => Some(json!({"channel": "phone", "outcome": "not_reached"})),
        Operation::CreateSignup => Some(json!({
            "given_name": "Matrix", "family_name": "Signup", "email": "matrix-signup@test.example",
            "chapter_id": chapter.id, "language": "en", "consent": true, "consent_version": "stale"
        })),
        Operation::ConfirmSignup | Operation::SelfServiceExport | Operation::SelfServiceErase => {
            Some(json!({"token": "x".repeat(40)}))
        }
        Operation::RequestSelfServiceLink => Some(json!({"email": "nobody@test.example", "purpose": "export"})),
        Operation::ListCourseTypes
        | Operation::ListCourseRuns
        | Operation::ListVolunteers
        | Operation::NewlyQualified => None,
        Operation::PutCourseType => {
            Some(json!({"labels": {"en": "Matrix"}, "validity_months": 24, "qualifies_for": ["peer_supporter"]}))
        }
        Operation::CreateCourseRun => {
            Some(json!({"course_type": "peer_supporter_course", "chapter_id": chapter.id, "held_on": "2026-01-10"}))
        }
        Operation::RecordCompletion => Some(json!({"person_id": member.id})),
        Operation::AssignRole => Some(json!({"person_id": member.id, "role": "supervisor"})),
        Operation::EndRole => Some(json!({})),
        Operation::ListGroups
        | Operation::ListActivities
        | Operation::ListOrgActivities
        | Operation::ListProjects
        | Operation::ChapterAggregates
        | Operation::OrgAggregates
        | Operation::ListTargets
        | Operation::GetTarget
        | Operation::EvaluateTarget
        | Operation::OrgDashboard
        | Operation::ChapterDashboard => None,
        Operation::OrgSeries
        | Operation::ChapterSeries
        | Operation::OrgCoverage
        | Operation::StatusReport
        | Operation::GrantReport => None,
        Operation::CreateTarget => Some(json!({
            "code": format!("MX{n}"), "names": {"en": "Matrix"}, "metric": "active_members",
            "scope": {"kind": "organisation"}, "comparison": "at_least", "threshold": 10,
            "schedule": {"kind": "continuous"}
        })),
        Operation::UpdateTarget => Some(json!({"threshold": 5 + n % 100})),
        Operation::CreateGroup => {
            Some(json!({"kind": "grief_group", "name": format!("Matrix {n}"), "starts_on": "2026-01-01"}))
        }
        Operation::UpdateGroup => Some(json!({"name": format!("Renamed {n}")})),
        Operation::AddGroupLeader => Some(json!({"person_id": member.id, "leader_kind": "professional"})),
        Operation::RecordMeeting => Some(json!({"held_on": "2026-02-01", "duration_minutes": 90, "participants": 5})),
        Operation::LogActivity | Operation::LogOrgActivity => Some(json!({
            "kind": "peer_conversation", "held_on": "2026-02-01", "duration_minutes": 30, "participants": 1,
            "channel": "phone"
        })),
        Operation::GetConversationForm
        | Operation::ListConversationRequests
        | Operation::GetConversationRequest
        | Operation::ProposePeerSupporters
        | Operation::AcceptAssignment
        | Operation::DeclineAssignment
        | Operation::ConversationReport => None,
        Operation::CreatePublicConversationRequest => Some(json!({
            "chapter_id": chapter.id, "relation": "child", "age_group": "30_49", "language": "en", "channel": "phone",
            "email": "matrix-talk@test.example", "consent": true, "consent_version": "stale"
        })),
        Operation::RecordConversationRequest => Some(json!({
            "chapter_id": chapter.id, "relation": "child", "age_group": "30_49", "language": "en", "channel": "phone",
            "phone": format!("+47 4{n:07}"), "consent": true, "consent_version": member.consent_version
        })),
        Operation::AssignConversationRequest => Some(json!({"person_id": member.id})),
        Operation::CloseConversationRequest => Some(json!({"outcome": "withdrawn"})),
        Operation::CloseAssignedRequest => Some(json!({"outcome": "supported"})),
        Operation::PutPeerProfile => Some(json!({"languages": ["ar"], "relations": ["child"], "gender": "woman"})),
        Operation::LogConversation => {
            Some(json!({"held_on": "2026-02-01", "duration_minutes": 30, "channel": "phone"}))
        }
        Operation::CreateProject => {
            let (a, b) = if place == Place::OtherOrg {
                (fx.world.cb.id, fx.world.b.root.id)
            } else {
                (fx.world.c1.id, fx.world.c2.id)
            };
            Some(json!({"name": format!("Matrix {n}"), "year": 2026, "chapter_ids": [a, b]}))
        }
    };
    (path, body)
}

fn targets_a_place(path: &str) -> bool {
    [
        "{org}",
        "{chapter_id}",
        "{grant_id}",
        "{member_id}",
        "{membership_id}",
        "{follow_up_id}",
        "{role_id}",
        "{course_run_id}",
        "{request_id}",
        "{target_id}",
        "{conversation_request_id}",
        "{assignment_id}",
        "{import_id}",
    ]
    .iter()
    .any(|p| path.contains(p))
}

/// An active member in `chapter` (which opens a follow-up) and a pending look-alike.
/// A member of `chapter` whose record is linked to the volunteer's account, written straight to
/// the database: in the second organisation the volunteer holds no role, so no one could link it.
async fn linked_supporter(app: &crate::helpers::TestApp, world: &World, chapter: &Chapter) -> Uuid {
    let admin = app.token(world.platform_admin).await;
    let slug = if chapter.organisation_id == world.a.id { &world.a.slug } else { &world.b.slug };
    let body = json!({"given_name": "Lina", "family_name": "Likeperson", "email": format!("lina-{}@place.example", chapter.id),
                      "membership": {"chapter_id": chapter.id, "membership_type": "ordinary"}});
    let created = app.post(&format!("/api/v1/orgs/{slug}/members"), Some(&admin), &body).await.expect(201);
    let person: Uuid = created.body["id"].as_str().unwrap().parse().unwrap();
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query("INSERT INTO account_people (person_id, organisation_id, user_id) VALUES ($1, $2, $3)")
            .bind::<diesel::sql_types::Uuid, _>(person)
            .bind::<diesel::sql_types::Uuid, _>(chapter.organisation_id)
            .bind::<diesel::sql_types::Uuid, _>(world.volunteer.uuid()),
        &mut app.conn().await,
    )
    .await
    .unwrap();
    person
}

async fn place_member(app: &crate::helpers::TestApp, world: &World, chapter: &Chapter, supporter: Uuid) -> PlaceMember {
    let admin = app.token(world.platform_admin).await;
    let slug = if chapter.organisation_id == world.a.id { &world.a.slug } else { &world.b.slug };
    let create = |email: String, status: &str| {
        json!({"given_name": "Ola", "family_name": "Place", "email": email, "birth_year": 1980, "postal_code": "7010",
               "membership": {"chapter_id": chapter.id, "membership_type": "ordinary", "status": status}})
    };
    let url = format!("/api/v1/orgs/{slug}/members");
    let member =
        app.post(&url, Some(&admin), &create(format!("{}@place.example", chapter.id), "active")).await.expect(201);
    let duplicate =
        app.post(&url, Some(&admin), &create(format!("dup-{}@place.example", chapter.id), "pending")).await.expect(201);
    let id: Uuid = member.body["id"].as_str().unwrap().parse().unwrap();
    let follow_ups = app.get(&format!("/api/v1/chapters/{}/follow-ups", chapter.id), Some(&admin)).await.expect(200);
    let follow_up = follow_ups.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["person_id"] == json!(id))
        .map(|f| f["id"].as_str().unwrap().parse().unwrap())
        .unwrap();
    // Begun before today, so that erasing the member ends the role rather than removing it.
    let assign = json!({"person_id": id, "role": "peer_supporter", "from_on": "2026-01-01"});
    let role =
        app.post(&format!("/api/v1/chapters/{}/volunteers", chapter.id), Some(&admin), &assign).await.expect(201);
    let run = json!({"course_type": "peer_supporter_course", "chapter_id": chapter.id, "held_on": "2026-01-10"});
    let run = app.post(&format!("/api/v1/orgs/{slug}/course-runs"), Some(&admin), &run).await.expect(201);
    let group = json!({"kind": "grief_group", "name": "Matrix group", "starts_on": "2026-01-01"});
    let group = app.post(&format!("/api/v1/chapters/{}/groups", chapter.id), Some(&admin), &group).await.expect(201);
    let uuid = |reply: &crate::helpers::Reply| reply.body["id"].as_str().unwrap().parse().unwrap();
    // Two records of their own, since confirming folds one into the other.
    let existing = app.post(&url, Some(&admin), &create(format!("req-{}@place.example", chapter.id), "active")).await;
    let held = app.post(&url, Some(&admin), &create(format!("held-{}@place.example", chapter.id), "pending")).await;
    let member_request = Uuid::now_v7();
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(
            "INSERT INTO member_requests (id, organisation_id, person_id, existing_person_id) VALUES ($1, $2, $3, $4)",
        )
        .bind::<diesel::sql_types::Uuid, _>(member_request)
        .bind::<diesel::sql_types::Uuid, _>(chapter.organisation_id)
        .bind::<diesel::sql_types::Uuid, _>(uuid(&held.expect(201)))
        .bind::<diesel::sql_types::Uuid, _>(uuid(&existing.expect(201))),
        &mut app.conn().await,
    )
    .await
    .unwrap();
    let target = json!({
        "code": format!("P{}", UNIQUE.fetch_add(1, Ordering::Relaxed)), "names": {"en": "Matrix target"},
        "metric": "active_volunteers", "parameter": "peer_supporter",
        "scope": {"kind": "chapters_of_kind", "chapter_kind": "county"}, "comparison": "at_least", "threshold": 3,
        "schedule": {"kind": "continuous"}
    });
    let target = app.post(&format!("/api/v1/orgs/{slug}/targets"), Some(&admin), &target).await.expect(201);
    let form = app.get(&format!("/api/v1/public/orgs/{slug}/conversation-form?lang=en"), None).await.expect(200);
    let consent_version = form.body["consent"]["version"].as_str().unwrap().to_owned();
    let ask = json!({"chapter_id": chapter.id, "relation": "child", "age_group": "30_49", "language": "en",
                     "channel": "phone", "email": format!("talk-{}@place.example", chapter.id), "consent": true,
                     "consent_version": consent_version});
    let asked = app.post(&format!("/api/v1/orgs/{slug}/conversation-requests"), Some(&admin), &ask).await.expect(201);
    let conversation_request: Uuid = uuid(&asked);
    let assignment = Uuid::now_v7();
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(
            "INSERT INTO conversation_assignments (id, organisation_id, request_id, person_id, contact_due_at)
             VALUES ($1, $2, $3, $4, now() + interval '2 days')",
        )
        .bind::<diesel::sql_types::Uuid, _>(assignment)
        .bind::<diesel::sql_types::Uuid, _>(chapter.organisation_id)
        .bind::<diesel::sql_types::Uuid, _>(conversation_request)
        .bind::<diesel::sql_types::Uuid, _>(supporter),
        &mut app.conn().await,
    )
    .await
    .unwrap();
    let import = Uuid::now_v7();
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(
            "INSERT INTO member_imports (id, organisation_id, state, dry_run, welcome, finished_at)
             VALUES ($1, $2, 'done', false, false, now())",
        )
        .bind::<diesel::sql_types::Uuid, _>(import)
        .bind::<diesel::sql_types::Uuid, _>(chapter.organisation_id),
        &mut app.conn().await,
    )
    .await
    .unwrap();
    PlaceMember {
        import,
        conversation_request,
        assignment,
        consent_version,
        target: uuid(&target),
        id,
        membership: member.body["memberships"][0]["id"].as_str().unwrap().parse().unwrap(),
        follow_up,
        duplicate: uuid(&duplicate),
        role: uuid(&role),
        course_run: uuid(&run),
        group: uuid(&group),
        member_request,
    }
}

#[actix_web::test]
async fn every_route_obeys_its_policy_for_every_role_and_place() {
    let app = spawn_app().await;
    let world = World::build(&app).await;
    let conn = &mut app.conn().await;
    let subject = user(&app, conn, "subject@test.example").await;
    let mut grants = Vec::new();
    let fx_world = world;
    for place in PLACES {
        let chapter = match place {
            Place::Own => &fx_world.c1,
            Place::Child => &fx_world.l1,
            Place::Sibling => &fx_world.c2,
            Place::Parent => &fx_world.a.root,
            Place::OtherOrg => &fx_world.cb,
        };
        grants.push((
            place,
            grant(conn, subject, Role::Volunteer, Some(chapter.organisation_id), Some(chapter.id)).await,
        ));
    }
    let supporters =
        [linked_supporter(&app, &fx_world, &fx_world.c1).await, linked_supporter(&app, &fx_world, &fx_world.cb).await];
    let mut members = Vec::new();
    for place in PLACES {
        let chapter = match place {
            Place::Own => &fx_world.c1,
            Place::Child => &fx_world.l1,
            Place::Sibling => &fx_world.c2,
            Place::Parent => &fx_world.a.root,
            Place::OtherOrg => &fx_world.cb,
        };
        let supporter = supporters[usize::from(place == Place::OtherOrg)];
        members.push((place, place_member(&app, &fx_world, chapter, supporter).await));
    }
    let fx = Fixture { world: fx_world, grants, subject, members };

    let doc = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap_or_default();
            let operation =
                Operation::from_id(id).unwrap_or_else(|| panic!("{method} {path} ({id}) has no policy entry"));
            let policy = expected_policy(operation);
            assert_eq!(operation.policy(), policy, "{id}: the policy table and this test disagree");
            let places: &[Place] = if targets_a_place(path) { &PLACES } else { &[Place::Own] };
            let mut anonymous_status = 0;
            for &place in places {
                for caller in CALLERS {
                    let (url, body) = request(&fx, operation, path, place);
                    let token = match fx.caller(caller) {
                        Some(id) => Some(app.token(id).await),
                        None => None,
                    };
                    let reply = app.call(&method.to_uppercase(), &url, token.as_deref(), body.as_ref()).await;
                    let status = reply.status.as_u16();
                    let expect_allowed = allowed(policy, caller, place);
                    if caller == Caller::Anonymous {
                        anonymous_status = status;
                    }
                    let ok = match (expect_allowed, caller, policy) {
                        (true, _, Policy::Public) => status == anonymous_status,
                        (true, _, _) => !matches!(status, 401 | 403 | 404) && status < 500,
                        (false, Caller::Anonymous, _) => status == 401,
                        (false, _, _) if place == Place::OtherOrg && caller != Caller::PlatformAdmin => status == 404,
                        (false, _, _) => matches!(status, 403 | 404),
                    };
                    checked += 1;
                    if !ok {
                        failures.push(format!(
                            "{id} as {caller:?} at {place:?}: {status} (expected {}) {}",
                            if expect_allowed { "allowed" } else { "denied" },
                            reply.body
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {checked} cells wrong:\n{}", failures.len(), failures.join("\n"));
    assert!(checked > 300, "only {checked} cells checked");
}
