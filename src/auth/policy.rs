//! The one place that decides whether a caller may perform an operation on a target.
//!
//! Every operation in the route table has an entry in [`operations!`] naming its [`Policy`];
//! handlers load their target, then call [`authorize`]. The authorisation matrix test walks the
//! OpenAPI document and fails for any operation without an entry here.

use chrono::{DateTime, Utc};

use super::caller::Caller;
use super::role::Role;
use crate::error::ApiError;
use crate::ids::{ChapterId, OrgId, UserId};

/// Who may call an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Anyone, without a token.
    Public,
    /// Any signed-in account; the handler limits what it returns to the caller's own.
    Authenticated,
    PlatformAdmin,
    /// Anyone holding a role in the target's organisation.
    OrgMember,
    OrgAdmin,
    /// A leader of the target chapter or of a chapter above it, or an org admin.
    ChapterLeader,
    /// As `ChapterLeader`, and also a volunteer of the target chapter itself: volunteers log
    /// what their own chapter does.
    ChapterVolunteer,
    /// Someone who may hand out the target role at the target place: org admins any role in
    /// their organisation, chapter leaders chapter roles within their subtree.
    GrantRole,
    /// The peer supporter a conversation request is assigned to, on their linked account, and
    /// nobody else: not their leaders, not an admin, who may reassign the request instead.
    Assignee,
}

macro_rules! operations {
    ($($variant:ident = $id:literal => $policy:ident,)*) => {
        /// Every operation of the API, named as its OpenAPI `operationId`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Operation { $($variant,)* }

        impl Operation {
            pub const ALL: &'static [Operation] = &[$(Operation::$variant,)*];

            pub fn id(self) -> &'static str {
                match self { $(Operation::$variant => $id,)* }
            }

            pub fn policy(self) -> Policy {
                match self { $(Operation::$variant => Policy::$policy,)* }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|op| op.id() == id)
            }
        }
    };
}

operations! {
    Live = "health_live" => Public,
    Ready = "health_ready" => Public,
    Login = "login" => Public,
    Refresh = "refresh_token" => Public,
    Logout = "logout" => Public,
    GetMe = "get_me" => Authenticated,
    ListMyActivities = "list_my_activities" => Authenticated,
    AcceptInvitation = "accept_invitation" => Public,
    ListRegions = "list_regions" => Public,
    ListCounties = "list_counties" => Public,
    PutRegion = "put_region" => PlatformAdmin,
    PutCounty = "put_county" => PlatformAdmin,
    ListOrgs = "list_orgs" => Authenticated,
    CreateOrg = "create_org" => PlatformAdmin,
    GetOrg = "get_org" => OrgMember,
    UpdateOrg = "update_org" => OrgAdmin,
    PutOrgLogo = "put_org_logo" => OrgAdmin,
    DeleteOrgLogo = "delete_org_logo" => OrgAdmin,
    ListChapters = "list_chapters" => OrgMember,
    GetChapter = "get_chapter" => OrgMember,
    CreateChapter = "create_chapter" => OrgAdmin,
    UpdateChapter = "update_chapter" => OrgAdmin,
    ListOrgGrants = "list_org_grants" => OrgAdmin,
    ListChapterGrants = "list_chapter_grants" => ChapterLeader,
    CreateOrgGrant = "create_org_grant" => OrgAdmin,
    CreateChapterGrant = "create_chapter_grant" => GrantRole,
    RevokeGrant = "revoke_grant" => GrantRole,
    CreateOrgInvitation = "create_org_invitation" => OrgAdmin,
    CreateChapterInvitation = "create_chapter_invitation" => GrantRole,
    ListAudit = "list_audit" => OrgAdmin,
    StartImport = "start_import" => OrgAdmin,
    GetImport = "get_import" => OrgAdmin,
    GetImportReport = "get_import_report" => OrgAdmin,
    ListCatalogue = "list_catalogue" => OrgMember,
    PutCatalogueEntry = "put_catalogue_entry" => OrgAdmin,
    CreateMember = "create_member" => ChapterLeader,
    ListMembers = "list_members" => ChapterLeader,
    ExportMembers = "export_members" => ChapterLeader,
    GetMember = "get_member" => ChapterLeader,
    UpdateMember = "update_member" => ChapterLeader,
    AddMembership = "add_membership" => ChapterLeader,
    ChangeMembership = "change_membership" => ChapterLeader,
    RecordFee = "record_fee" => ChapterLeader,
    ChapterCounts = "chapter_counts" => ChapterLeader,
    OrgCounts = "org_counts" => OrgAdmin,
    ListDuplicates = "list_duplicates" => ChapterLeader,
    MergeMembers = "merge_members" => ChapterLeader,
    ListMemberRequests = "list_member_requests" => OrgAdmin,
    ConfirmMemberRequest = "confirm_member_request" => OrgAdmin,
    DeclineMemberRequest = "decline_member_request" => OrgAdmin,
    ExportMember = "export_member" => ChapterLeader,
    LinkAccount = "link_account" => OrgAdmin,
    UnlinkAccount = "unlink_account" => OrgAdmin,
    EraseMember = "erase_member" => OrgAdmin,
    ListFollowUps = "list_follow_ups" => ChapterLeader,
    RecordContact = "record_contact" => ChapterLeader,
    ListFollowUpKinds = "list_follow_up_kinds" => OrgMember,
    PutFollowUpKind = "put_follow_up_kind" => OrgAdmin,
    GetSignupForm = "get_signup_form" => Public,
    CreateSignup = "create_signup" => Public,
    ConfirmSignup = "confirm_signup" => Public,
    RequestSelfServiceLink = "request_self_service_link" => Public,
    SelfServiceExport = "self_service_export" => Public,
    SelfServiceErase = "self_service_erase" => Public,
    ListCourseTypes = "list_course_types" => OrgMember,
    PutCourseType = "put_course_type" => OrgAdmin,
    CreateCourseRun = "create_course_run" => ChapterLeader,
    ListCourseRuns = "list_course_runs" => OrgMember,
    RecordCompletion = "record_completion" => ChapterLeader,
    AssignRole = "assign_role" => ChapterLeader,
    EndRole = "end_role" => ChapterLeader,
    ListVolunteers = "list_volunteers" => ChapterLeader,
    NewlyQualified = "newly_qualified" => ChapterLeader,
    CreateGroup = "create_group" => ChapterLeader,
    ListGroups = "list_groups" => ChapterLeader,
    UpdateGroup = "update_group" => ChapterLeader,
    AddGroupLeader = "add_group_leader" => ChapterLeader,
    RecordMeeting = "record_meeting" => ChapterVolunteer,
    LogActivity = "log_activity" => ChapterVolunteer,
    ListActivities = "list_activities" => ChapterLeader,
    LogOrgActivity = "log_org_activity" => OrgAdmin,
    ListOrgActivities = "list_org_activities" => OrgAdmin,
    GetConversationForm = "get_conversation_form" => Public,
    CreatePublicConversationRequest = "create_public_conversation_request" => Public,
    RecordConversationRequest = "record_conversation_request" => ChapterLeader,
    ListConversationRequests = "list_conversation_requests" => ChapterLeader,
    GetConversationRequest = "get_conversation_request" => ChapterLeader,
    ProposePeerSupporters = "propose_peer_supporters" => ChapterLeader,
    AssignConversationRequest = "assign_conversation_request" => ChapterLeader,
    CloseConversationRequest = "close_conversation_request" => ChapterLeader,
    ConversationReport = "conversation_report" => OrgAdmin,
    PutPeerProfile = "put_peer_profile" => ChapterLeader,
    AcceptAssignment = "accept_assignment" => Assignee,
    DeclineAssignment = "decline_assignment" => Assignee,
    LogConversation = "log_conversation" => Assignee,
    CloseAssignedRequest = "close_assigned_request" => Assignee,
    CreateProject = "create_project" => OrgAdmin,
    ListProjects = "list_projects" => OrgMember,
    ChapterAggregates = "chapter_aggregates" => ChapterLeader,
    OrgAggregates = "org_aggregates" => OrgAdmin,
    ListTargets = "list_targets" => OrgMember,
    CreateTarget = "create_target" => OrgAdmin,
    GetTarget = "get_target" => OrgMember,
    UpdateTarget = "update_target" => OrgAdmin,
    EvaluateTarget = "evaluate_target" => OrgAdmin,
    OrgDashboard = "org_dashboard" => OrgAdmin,
    ChapterDashboard = "chapter_dashboard" => ChapterLeader,
    OrgSeries = "org_series" => OrgAdmin,
    OrgCoverage = "org_coverage" => OrgAdmin,
    StatusReport = "status_report" => OrgAdmin,
    GrantReport = "grant_report" => OrgAdmin,
    ChapterSeries = "chapter_series" => ChapterLeader,
}

/// The pages served as HTML (see `crate::pages`), outside the API document: method, path as
/// registered, and who may open it. Each is public: a page holds nothing until a one-time
/// link's token or a sign-up is posted to it, and then does what the public API does.
pub const PAGES: &[(&str, &str, Policy)] = &[
    ("GET", "/join/{org}", Policy::Public),
    ("POST", "/join/{org}", Policy::Public),
    ("GET", "/join/{org}/thanks", Policy::Public),
    ("GET", "/talk/{org}", Policy::Public),
    ("POST", "/talk/{org}", Policy::Public),
    ("GET", "/talk/{org}/thanks", Policy::Public),
    ("GET", "/signup/confirm", Policy::Public),
    ("POST", "/signup/confirm", Policy::Public),
    ("GET", "/my-data", Policy::Public),
    ("POST", "/my-data", Policy::Public),
    ("GET", "/my-data/{purpose}", Policy::Public),
    ("POST", "/my-data/{purpose}", Policy::Public),
    ("GET", "/pages/{file}", Policy::Public),
    ("GET", "/pages/orgs/{org}/theme.css", Policy::Public),
    ("GET", "/pages/orgs/{org}/logo", Policy::Public),
    ("GET", "/docs", Policy::Public),
];

/// What an operation acts on, loaded by the handler before it authorises.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Nothing,
    Org(OrgId),
    /// A chapter, with the ids from its organisation's root down to itself.
    Chapter {
        org: OrgId,
        ancestors: &'a [ChapterId],
    },
    /// A role at a place: the organisation (org-wide roles) or a chapter.
    Role {
        org: OrgId,
        ancestors: Option<&'a [ChapterId]>,
        role: Role,
    },
    /// An assignment of a conversation request, with the account linked to the peer supporter
    /// it is for (if any).
    Assignment {
        org: OrgId,
        assignee: Option<UserId>,
    },
}

impl Target<'_> {
    fn org(&self) -> Option<OrgId> {
        match *self {
            Self::Nothing => None,
            Self::Org(org) | Self::Chapter { org, .. } | Self::Role { org, .. } | Self::Assignment { org, .. } => {
                Some(org)
            }
        }
    }

    fn ancestors(&self) -> Option<&[ChapterId]> {
        match *self {
            Self::Chapter { ancestors, .. } => Some(ancestors),
            Self::Role { ancestors, .. } => ancestors,
            _ => None,
        }
    }
}

/// Decides. Outside the caller's organisations the answer is 404, so that the existence of
/// another organisation's data is not revealed; inside, a refusal is 403.
pub fn authorize(caller: &Caller, operation: Operation, target: Target<'_>) -> Result<(), ApiError> {
    let policy = operation.policy();
    if policy == Policy::Public {
        return Ok(());
    }
    if caller.user_id.is_none() {
        return Err(ApiError::Unauthenticated { code: "unauthenticated" });
    }
    if policy == Policy::Assignee {
        return assignee_only(caller, target);
    }
    if policy == Policy::Authenticated || caller.is_platform_admin() {
        return Ok(());
    }
    let Some(org) = target.org() else { return Err(ApiError::Forbidden) };
    if !caller.belongs_to(org) {
        return Err(ApiError::NotFound);
    }
    let allowed = caller.is_org_admin(org)
        || match policy {
            Policy::OrgMember => true,
            Policy::ChapterLeader => target.ancestors().is_some_and(|a| caller.leads_any(org, a)),
            Policy::ChapterVolunteer => target
                .ancestors()
                .is_some_and(|a| caller.leads_any(org, a) || a.last().is_some_and(|c| caller.volunteers_in(org, *c))),
            Policy::GrantRole => match target {
                Target::Role { role, ancestors: Some(ancestors), .. } => {
                    role.is_chapter_role() && caller.leads_any(org, ancestors)
                }
                _ => false,
            },
            _ => false,
        };
    if allowed { Ok(()) } else { Err(ApiError::Forbidden) }
}

/// Only the assignee, while they hold a role in the organisation; others of the organisation
/// get 403, the rest 404.
fn assignee_only(caller: &Caller, target: Target<'_>) -> Result<(), ApiError> {
    match target {
        Target::Assignment { org, assignee: Some(user) } if caller.user_id == Some(user) && caller.belongs_to(org) => {
            Ok(())
        }
        Target::Assignment { org, .. } if caller.belongs_to(org) => Err(ApiError::Forbidden),
        _ => Err(ApiError::NotFound),
    }
}

/// How far a caller's power to hand out roles reaches, for choosing whom they may give one to
/// directly: an account already holding a role there. Others must accept an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrantReach {
    /// Platform admins: every account.
    Everyone,
    /// Org admins: accounts with a role anywhere in the organisation.
    Organisation(OrgId),
    /// Chapter leaders: accounts with a role in one of these chapters or under them.
    Chapters(Vec<ChapterId>),
}

/// Whom `caller` reaches when handing out roles in `org`.
pub fn grant_reach(caller: &Caller, org: OrgId) -> GrantReach {
    if caller.is_platform_admin() {
        GrantReach::Everyone
    } else if caller.is_org_admin(org) {
        GrantReach::Organisation(org)
    } else {
        GrantReach::Chapters(caller.led_chapters(org))
    }
}

/// The latest a grant made by `caller` at `target` may last: the end of the caller's own
/// grants that allow making it, so that no grant outlives the one it was made under. `None`
/// when one of them is open-ended. Call after [`authorize`] allowed the operation.
pub fn grant_ceiling(caller: &Caller, target: Target<'_>) -> Option<DateTime<Utc>> {
    let org = target.org();
    let ancestors = target.ancestors().unwrap_or_default();
    let empowering = caller.grants.iter().filter(|g| match g.role {
        Role::PlatformAdmin => true,
        Role::OrgAdmin => g.organisation_id.is_some() && g.organisation_id == org,
        Role::ChapterLeader => g.organisation_id == org && g.chapter_id.is_some_and(|c| ancestors.contains(&c)),
        Role::Volunteer | Role::Member => false,
    });
    empowering.map(|g| g.valid_to).reduce(|a, b| a.zip(b).map(|(a, b)| a.max(b))).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_ids_are_unique() {
        let mut ids: Vec<&str> = Operation::ALL.iter().map(|op| op.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Operation::ALL.len());
    }

    #[test]
    fn roles_round_trip_through_their_names() {
        for role in [Role::PlatformAdmin, Role::OrgAdmin, Role::ChapterLeader, Role::Volunteer, Role::Member] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
    }
}
