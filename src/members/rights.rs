//! The member's own rights: everything held about a person as one JSON document, and erasure,
//! which anonymises the person in place, ends what they held from that day, and keeps the facts
//! past counts rest on. What each table contributes to both is said in [`super::registry`].

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::lifecycle;
use super::queries::{self, Person};
use super::registry;
use super::types::MemberResponse;
use super::types::member_response;
use crate::accounts::queries as accounts;
use crate::activities::queries as activities;
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation};
use crate::error::{ApiError, ApiResult};
use crate::followups::queries as followups;
use crate::followups::types::ContactResponse;
use crate::groups::queries as groups;
use crate::guards::person_for;
use crate::http::{Db, RequestMeta};
use crate::ids::{ChapterId, PersonId};
use crate::organisations::queries::find_by_id;
use crate::outbox;
use crate::peer_support::queries::{self as peer_support, RequestChannel, RequestOutcome};
use crate::peer_support::types::{AssignmentResponse, PeerProfileResponse};
use crate::signup::queries as signup;
use crate::volunteers::queries as volunteers;
use crate::volunteers::types::{CompletionResponse, RoleResponse};

#[derive(Debug, Serialize, ToSchema)]
pub struct ConsentRecord {
    pub purpose: String,
    /// The version of the consent text that was shown.
    pub text_version: String,
    pub language: String,
    pub given_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignupRecord {
    pub created_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUpRecord {
    pub kind: String,
    pub chapter_id: ChapterId,
    pub due_on: NaiveDate,
    pub completed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MessageRecord {
    pub subject: String,
    pub language: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditRecord {
    pub occurred_at: DateTime<Utc>,
    pub action: String,
    pub entity_type: String,
    pub changed_fields: Vec<String>,
}

/// Everything held about one person.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberExport {
    pub exported_at: DateTime<Utc>,
    pub member: MemberResponse,
    pub consents: Vec<ConsentRecord>,
    pub signups: Vec<SignupRecord>,
    pub follow_ups: Vec<FollowUpRecord>,
    pub contacts: Vec<ContactResponse>,
    /// E-mails sent or waiting to be sent (their subjects; bodies may hold one-time links).
    pub messages: Vec<MessageRecord>,
    /// What was done to this person's record, and when (field names only).
    pub history: Vec<AuditRecord>,
    /// Volunteer roles held, every period.
    pub volunteer_roles: Vec<RoleResponse>,
    /// Courses completed.
    pub course_completions: Vec<CompletionResponse>,
    /// Reminders sent before a completed course stopped qualifying.
    pub qualification_reminders: Vec<ReminderRecord>,
    /// Course runs taught.
    pub courses_taught: Vec<CourseTaughtRecord>,
    /// Groups led.
    pub group_leaderships: Vec<GroupLeadershipRecord>,
    /// Activities taken part in as a volunteer.
    pub activities: Vec<ActivityRecord>,
    /// The sign-in account this record is linked to, if any.
    pub account: Option<AccountRecord>,
    /// Peer conversations asked for, with the conversations held for each.
    pub conversation_requests: Vec<ConversationRequestRecord>,
    /// Conversation requests assigned to this person as a peer supporter.
    pub peer_assignments: Vec<AssignmentResponse>,
    /// What matching knows of this person as a peer supporter.
    pub peer_profile: Option<PeerProfileResponse>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConversationRequestRecord {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub relation: String,
    pub language: String,
    pub channel: RequestChannel,
    /// Whether the contact details given with it are still held; they are shown only to the
    /// peer supporter who takes the request.
    pub contact_held: bool,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome: Option<RequestOutcome>,
    /// The conversations held: day and minutes.
    pub conversations: Vec<ConversationRecord>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConversationRecord {
    pub held_on: NaiveDate,
    pub duration_minutes: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountRecord {
    pub email: String,
    pub linked_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReminderRecord {
    pub completion_id: Uuid,
    pub sent_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CourseTaughtRecord {
    pub course_run_id: Uuid,
    pub course_type: String,
    pub held_on: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupLeadershipRecord {
    pub group_id: Uuid,
    pub leader_kind: String,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActivityRecord {
    pub activity_id: Uuid,
    pub kind: String,
    pub held_on: NaiveDate,
}

/// Everything held about a member, as JSON (leaders of their home chapter or above).
#[utoipa::path(operation_id = "export_member", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    responses((status = 200, description = "Everything held about the person", body = MemberExport)))]
#[get("/members/{member_id}/export")]
pub async fn export_member(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let person = person_for(&mut conn, &caller, Operation::ExportMember, PersonId::from(*id)).await?;
    let event = Event::new(Some(person.organisation_id), "export", "member", Some(person.id.into()));
    audit::record(&mut conn, &meta, caller.user_id, event).await?;
    Ok(HttpResponse::Ok().json(export(&mut conn, person).await?))
}

/// Erase a member: anonymise them in place, end their open memberships today and their volunteer
/// roles and group leaderships the day before (org admins). Erasing an erased member changes
/// nothing.
#[utoipa::path(operation_id = "erase_member", tag = "members",
    params(("member_id" = Uuid, Path, description = "Member (person) id")),
    responses((status = 200, description = "Erased; what is left", body = MemberResponse)))]
#[post("/members/{member_id}/erasure")]
pub async fn erase_member(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let person = person_for(&mut conn, &caller, Operation::EraseMember, PersonId::from(*id)).await?;
    let erased = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let erased = erase(conn, &person).await?;
            let event = Event::new(Some(person.organisation_id), "erase", "member", Some(person.id.into()));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(erased)
        })
        .await?;
    Ok(HttpResponse::Ok().json(member_response(&mut conn, erased).await?))
}

pub async fn export(conn: &mut AsyncPgConnection, person: Person) -> Result<MemberExport, ApiError> {
    let id = person.id;
    let consents = signup::consents_of(conn, id)
        .await?
        .into_iter()
        .map(|(purpose, text_version, language, given_at)| ConsentRecord { purpose, text_version, language, given_at })
        .collect();
    let signups = signup::signups_of(conn, id)
        .await?
        .into_iter()
        .map(|(created_at, confirmed_at, expires_at)| SignupRecord { created_at, confirmed_at, expires_at })
        .collect();
    let (follow_ups, contacts) = followups::of_person(conn, id).await?;
    let (roles, completions) = volunteers::of_person(conn, id).await?;
    let qualification_reminders = volunteers::reminders_of(conn, id)
        .await?
        .into_iter()
        .map(|(completion_id, sent_at)| ReminderRecord { completion_id, sent_at })
        .collect();
    let courses_taught = volunteers::runs_taught_by(conn, id)
        .await?
        .into_iter()
        .map(|r| CourseTaughtRecord { course_run_id: r.id, course_type: r.course_type, held_on: r.held_on })
        .collect();
    let group_leaderships = groups::leaderships_of(conn, id)
        .await?
        .into_iter()
        .map(|(group_id, leader_kind, from_on, to_on)| GroupLeadershipRecord { group_id, leader_kind, from_on, to_on })
        .collect();
    let activities = activities::volunteered_in(conn, id)
        .await?
        .into_iter()
        .map(|(activity_id, kind, held_on)| ActivityRecord { activity_id, kind, held_on })
        .collect();
    let messages = outbox::messages_to(conn, id)
        .await?
        .into_iter()
        .map(|(subject, language, created_at, sent_at)| MessageRecord { subject, language, created_at, sent_at })
        .collect();
    let history = audit::history_of(conn, id.into())
        .await?
        .into_iter()
        .map(|(occurred_at, action, entity_type, changed_fields)| AuditRecord {
            occurred_at,
            action,
            entity_type,
            changed_fields,
        })
        .collect();
    Ok(MemberExport {
        exported_at: Utc::now(),
        member: member_response(conn, person).await?,
        consents,
        signups,
        follow_ups: follow_ups
            .into_iter()
            .map(|f| FollowUpRecord {
                kind: f.kind.to_string(),
                chapter_id: f.chapter_id,
                due_on: f.due_on,
                completed_at: f.completed_at,
            })
            .collect(),
        contacts: contacts.into_iter().map(ContactResponse::from).collect(),
        messages,
        history,
        volunteer_roles: roles.into_iter().map(RoleResponse::from).collect(),
        course_completions: completions.into_iter().map(CompletionResponse::from).collect(),
        qualification_reminders,
        courses_taught,
        group_leaderships,
        activities,
        account: accounts::linked_account(conn, id).await?.map(|(email, linked_at)| AccountRecord { email, linked_at }),
        conversation_requests: conversation_requests(conn, id).await?,
        peer_assignments: peer_support::assignments_of_person(conn, id)
            .await?
            .iter()
            .map(AssignmentResponse::from)
            .collect(),
        peer_profile: peer_support::find_profile(conn, id).await?.map(PeerProfileResponse::from),
    })
}

/// Erases `person` as the registry says: open memberships end as resigned today, roles and
/// leaderships end yesterday, and every holding is deleted, emptied or kept. Records that staff
/// registered with the person's e-mail address or phone number, still waiting for the
/// secretariat to tell them apart, go too: within an organisation the same address is the same
/// person until someone decides otherwise. Run inside the caller's transaction.
pub async fn erase(conn: &mut AsyncPgConnection, person: &Person) -> Result<Person, ApiError> {
    for held in queries::held_for(conn, person.id).await? {
        erase_record(conn, &held).await?;
    }
    erase_record(conn, person).await
}

async fn erase_record(conn: &mut AsyncPgConnection, person: &Person) -> Result<Person, ApiError> {
    if person.erased_at.is_some() {
        return Ok(person.clone());
    }
    let org = find_by_id(conn, person.organisation_id).await?;
    signup::discard_waiting_for(conn, org.id, person.email.as_deref(), person.phone.as_deref()).await?;
    peer_support::forget_contact(conn, org.id, person.email.as_deref(), person.phone.as_deref()).await?;
    let today = Utc::now().date_naive();
    lifecycle::resign_open(conn, &org, person, today).await?;
    registry::queries::erase(conn, person.id, today.pred_opt().unwrap_or(today)).await?;
    Ok(queries::find_person(conn, person.id).await?.0)
}

/// The requests the person made, each with its conversations.
async fn conversation_requests(
    conn: &mut AsyncPgConnection,
    person: PersonId,
) -> Result<Vec<ConversationRequestRecord>, ApiError> {
    let requests = peer_support::requests_of_requester(conn, person).await?;
    let ids: Vec<Uuid> = requests.iter().map(|r| r.id).collect();
    let held = peer_support::conversations_of(conn, &ids).await?;
    Ok(requests
        .into_iter()
        .map(|r| ConversationRequestRecord {
            conversations: held
                .iter()
                .filter(|(request, _, _)| *request == Some(r.id))
                .map(|(_, held_on, duration_minutes)| ConversationRecord {
                    held_on: *held_on,
                    duration_minutes: *duration_minutes,
                })
                .collect(),
            contact_held: r.contact_held(),
            id: r.id,
            created_at: r.created_at,
            relation: r.relation,
            language: r.language,
            channel: r.channel,
            closed_at: r.closed_at,
            outcome: r.outcome,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use utoipa::PartialSchema;
    use utoipa::openapi::{RefOr, Schema};

    use super::*;

    #[test]
    fn the_export_has_a_section_for_everything_the_registry_exports() {
        let RefOr::T(Schema::Object(object)) = MemberExport::schema() else { panic!("an object schema") };
        let sections: BTreeSet<&str> =
            object.properties.keys().map(String::as_str).filter(|k| *k != "exported_at").collect();
        assert_eq!(sections, registry::sections());
    }
}
