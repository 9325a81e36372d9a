//! The rules of a conversation request, whoever acts: checking a new one (the public form, the
//! API and staff taking one by phone check alike), recording it, assigning it to a proposed
//! peer supporter, and closing it.

use chrono::{DateTime, Duration, Utc};
use diesel_async::AsyncPgConnection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::matching::{self, Wanted};
use super::queries::{
    self, AgeGroup, AssignmentRow, GenderPreference, RequestChannel, RequestOutcome, RequestRow, RequestSource,
};
use super::types::NewConversationRequest;
use crate::audit::{self, Event};
use crate::catalogues::queries::{self as catalogues, Catalogue};
use crate::chapters::queries::{self as chapters, Chapter};
use crate::error::ApiError;
use crate::guards::chapter_in;
use crate::http::RequestMeta;
use crate::i18n::{Args, Lang};
use crate::ids::{ChapterId, PersonId, UserId};
use crate::members::queries as members;
use crate::organisations::queries::Organisation;
use crate::outbox::{self, Message};
use crate::signup::form::consent_to;

/// The volunteer role that takes peer conversations.
pub const PEER_SUPPORTER: &str = "peer_supporter";

/// The consent text a request is made under, per language.
pub const CONSENT: &str = "consent-peer-conversation";

/// A request once it passes every rule, as it is queued and then recorded.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Draft {
    pub chapter_id: ChapterId,
    pub relation: String,
    pub age_group: AgeGroup,
    pub language: String,
    pub gender_preference: Option<GenderPreference>,
    pub channel: RequestChannel,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub consent_version: String,
    pub consent_language: String,
}

/// The open chapter a request is for: the one named, else the organisation's chapter for the
/// county named.
pub async fn place(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    body: &NewConversationRequest,
) -> Result<Chapter, ApiError> {
    let chapter = match (body.chapter_id, &body.county_code) {
        (Some(id), _) => chapter_in(conn, org.id, id).await?,
        (None, Some(county)) => chapters::county_chapter(conn, org.id, county)
            .await?
            .ok_or_else(|| ApiError::missing("county_code", "unknown_county"))?,
        (None, None) => return Err(ApiError::unprocessable("chapter_id", "place_required")),
    };
    if chapter.closed_on.is_some() {
        return Err(ApiError::missing("chapter_id", "unknown_chapter"));
    }
    Ok(chapter)
}

/// Checks the rest of a request for `chapter`: a current kind of loss or relation, and the
/// consent text the requester was shown (its version names its language).
pub async fn draft(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: &Chapter,
    body: &NewConversationRequest,
) -> Result<Draft, ApiError> {
    if !catalogues::is_current(conn, org.id, Catalogue::PeerRelation, body.relation.as_ref()).await? {
        return Err(ApiError::missing("relation", "unknown_relation"));
    }
    let shown_in = body.consent_version.split_once('-').and_then(|(tag, _)| Lang::parse_supported(tag));
    let consent_language = match shown_in {
        Some(lang) if consent_to(org, &lang, CONSENT).version == body.consent_version => lang.tag(),
        _ => return Err(ApiError::conflict("consent_version", "consent_outdated")),
    };
    Ok(Draft {
        chapter_id: chapter.id,
        relation: body.relation.to_string(),
        age_group: body.age_group,
        language: body.language.to_string(),
        gender_preference: body.gender_preference,
        channel: body.channel,
        name: body.name.as_ref().map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()),
        email: body.email.clone().map(String::from),
        phone: body.phone.clone().map(String::from),
        consent_version: body.consent_version.clone(),
        consent_language,
    })
}

/// Records a checked request. When staff took it and its address or phone number is one a
/// person record of the organisation holds, the request is that person's too: in their export,
/// erasure and merge.
pub async fn record(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    org: &Organisation,
    draft: Draft,
    source: RequestSource,
    recorded_by: Option<UserId>,
) -> Result<RequestRow, ApiError> {
    // Anyone can type anyone's address into the public form, so only a request staff took from
    // the person is taken for a record's; erasure reaches the others by their contact details.
    let requester = match source {
        RequestSource::Staff => {
            members::find_person_by_contact(conn, org.id, draft.email.as_deref(), draft.phone.as_deref())
                .await?
                .filter(|p| p.erased_at.is_none())
                .map(|p| p.id)
        }
        RequestSource::Public => None,
    };
    let request = RequestRow {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        chapter_id: draft.chapter_id,
        relation: draft.relation,
        age_group: draft.age_group,
        language: draft.language,
        gender_preference: draft.gender_preference,
        channel: draft.channel,
        contact_name: draft.name,
        contact_email: draft.email,
        contact_phone: draft.phone,
        consent_version: draft.consent_version,
        consent_language: draft.consent_language,
        source,
        recorded_by,
        requester_person_id: requester,
        first_contact_at: None,
        outcome: None,
        closed_at: None,
        contact_removed_at: None,
        created_at: Utc::now(),
    };
    queries::insert_request(conn, &request).await?;
    let event = Event::new(Some(org.id), "create", "conversation_request", Some(request.id));
    audit::record(conn, meta, recorded_by, event).await?;
    Ok(request)
}

/// The peer supporters who may take the request today, best fit first (see [`matching`]).
pub async fn proposals(
    conn: &mut AsyncPgConnection,
    request: &RequestRow,
) -> Result<Vec<(queries::CandidateRow, matching::Fit)>, ApiError> {
    let today = Utc::now().date_naive();
    let candidates = queries::candidates(conn, request.id, today, PEER_SUPPORTER).await?;
    let wanted = Wanted {
        language: &request.language,
        relation: &request.relation,
        age_group: request.age_group,
        gender_preference: request.gender_preference,
        year: chrono::Datelike::year(&today),
    };
    Ok(matching::rank(&wanted, candidates))
}

/// Assigns the request to `person`, who must be among its proposals, ending the assignment it
/// had; first contact is due within the organisation's hours. The peer supporter is told by
/// e-mail that a request waits on their account, without a word about the requester. Call
/// with the request locked.
pub async fn assign(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    org: &Organisation,
    request: &RequestRow,
    person: PersonId,
    by: Option<UserId>,
) -> Result<AssignmentRow, ApiError> {
    if request.closed_at.is_some() {
        return Err(ApiError::conflict("request_id", "conversation_closed"));
    }
    let proposed = proposals(conn, request).await?;
    let Some((candidate, _)) = proposed.into_iter().find(|(c, _)| c.person_id == person) else {
        return Err(ApiError::unprocessable("person_id", "not_a_candidate"));
    };
    let now = Utc::now();
    queries::end_open_assignment(conn, request.id, now).await?;
    let assignment = AssignmentRow {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        request_id: request.id,
        person_id: person,
        assigned_by: by,
        assigned_at: now,
        contact_due_at: now + Duration::hours(i64::from(org.first_contact_hours)),
        answer: None,
        answered_at: None,
        ended_at: None,
        reminded_at: None,
        escalated_at: None,
    };
    queries::insert_assignment(conn, &assignment).await?;
    if let Some(message) = assignment_message(conn, org, &candidate).await? {
        outbox::enqueue(conn, message).await?;
    }
    let event = Event::new(Some(org.id), "assign", "conversation_request", Some(request.id)).fields(vec!["person_id"]);
    audit::record(conn, meta, by, event).await?;
    Ok(assignment)
}

async fn assignment_message(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    candidate: &queries::CandidateRow,
) -> Result<Option<Message>, ApiError> {
    let person = members::find_person(conn, candidate.person_id).await?.0;
    let Some(email) = person.email.as_deref() else { return Ok(None) };
    let lang = Lang::parse_supported(&person.language).unwrap_or_default();
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    args.insert("name".into(), person.given_name.clone().unwrap_or_default().into());
    args.insert("hours".into(), org.first_contact_hours.into());
    Ok(Some(Message::compose(org.id, Some(person.id), email, &lang, "peer-assignment", &args)))
}

/// Closes the request with its outcome and ends its open assignment; closing a closed request
/// is refused. Call with the request locked.
pub async fn close(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    request: &RequestRow,
    outcome: RequestOutcome,
    by: Option<UserId>,
) -> Result<DateTime<Utc>, ApiError> {
    let now = Utc::now();
    if !queries::close_request(conn, request.id, outcome, now).await? {
        return Err(ApiError::conflict("request_id", "conversation_closed"));
    }
    queries::end_open_assignment(conn, request.id, now).await?;
    let event = Event::new(Some(request.organisation_id), "close", "conversation_request", Some(request.id))
        .fields(vec!["outcome"]);
    audit::record(conn, meta, by, event).await?;
    Ok(now)
}
