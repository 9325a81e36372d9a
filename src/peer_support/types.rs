//! Request and response types for conversation requests, their assignments and peer
//! supporters' profiles.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::{Validate, ValidationError};

use super::matching::Fit;
use super::queries::{
    AgeGroup, Answer, AssignmentRow, CandidateRow, Gender, GenderPreference, RequestChannel, RequestOutcome,
    RequestRow, RequestSource, RequestState,
};
use crate::activities::queries::ActivityChannel;
use crate::catalogues::codes::Code;
use crate::field::{agreed, always_true, between_fields};
use crate::i18n::LanguageTag;
use crate::ids::{ChapterId, PersonId};
use crate::members::contact::{Email, PersonName, Phone};

/// A request for a peer conversation: where, about what, in which language and how, and how to
/// reach the requester. Give a chapter or a county, and an e-mail address or a phone number.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(clippy::duplicated_attributes)]
#[validate(
    schema(function = "reachable", skip_on_field_errors = false),
    schema(function = "placed", skip_on_field_errors = false)
)]
pub struct NewConversationRequest {
    /// One of the form's chapters; this or `county_code`.
    pub chapter_id: Option<ChapterId>,
    /// A county: the request goes to the organisation's chapter for it.
    #[validate(length(min = 2, max = 10))]
    #[schema(min_length = 2, max_length = 10, example = "50")]
    pub county_code: Option<String>,
    /// The kind of loss or relation the conversation is about: a code of the organisation's
    /// `peer_relation` catalogue.
    pub relation: Code,
    pub age_group: AgeGroup,
    /// The language to talk in; e-mails to the requester follow it where it is offered.
    pub language: LanguageTag,
    pub gender_preference: Option<GenderPreference>,
    pub channel: RequestChannel,
    /// What to call the requester; optional.
    pub name: Option<PersonName>,
    /// This, `phone` or both.
    pub email: Option<Email>,
    pub phone: Option<Phone>,
    /// The requester agreed to the consent text shown: only `true` is taken.
    #[validate(custom(function = "agreed"))]
    #[schema(schema_with = always_true)]
    pub consent: bool,
    /// The `consent.version` of the form that was shown (or read out on the phone).
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub consent_version: String,
    /// The honeypot of the public form: anything in it and the request is quietly dropped.
    #[validate(length(max = 200))]
    #[schema(max_length = 200)]
    pub website: Option<String>,
}

fn reachable(request: &NewConversationRequest) -> Result<(), ValidationError> {
    match (&request.email, &request.phone) {
        (None, None) => Err(between_fields("email", "contact_required")),
        _ => Ok(()),
    }
}

fn placed(request: &NewConversationRequest) -> Result<(), ValidationError> {
    match (&request.chapter_id, &request.county_code) {
        (None, None) => Err(between_fields("chapter_id", "place_required")),
        _ => Ok(()),
    }
}

/// How to reach the requester: shown only to the peer supporter who accepted the request.
/// Absent once the retention days after closing have passed.
#[derive(Debug, Serialize, ToSchema)]
pub struct RequesterContact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl RequesterContact {
    /// `None` once the details are removed (after the retention days, or by erasure).
    fn of(request: &RequestRow) -> Option<Self> {
        request.contact_held().then(|| Self {
            name: request.contact_name.clone(),
            email: request.contact_email.clone(),
            phone: request.contact_phone.clone(),
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentResponse {
    pub id: Uuid,
    pub person_id: PersonId,
    pub assigned_at: DateTime<Utc>,
    /// First contact is due by then.
    pub contact_due_at: DateTime<Utc>,
    pub answer: Option<Answer>,
    pub answered_at: Option<DateTime<Utc>>,
    /// When it stopped being the request's current assignment (declined, closed, or assigned
    /// to someone else).
    pub ended_at: Option<DateTime<Utc>>,
}

impl From<&AssignmentRow> for AssignmentResponse {
    fn from(a: &AssignmentRow) -> Self {
        Self {
            id: a.id,
            person_id: a.person_id,
            assigned_at: a.assigned_at,
            contact_due_at: a.contact_due_at,
            answer: a.answer,
            answered_at: a.answered_at,
            ended_at: a.ended_at,
        }
    }
}

/// A request as coordinators list it: what it asks for and where it stands, without the
/// requester's contact details.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConversationRequestSummary {
    pub id: Uuid,
    pub chapter_id: ChapterId,
    pub relation: String,
    pub age_group: AgeGroup,
    pub language: String,
    pub gender_preference: Option<GenderPreference>,
    pub channel: RequestChannel,
    pub source: RequestSource,
    pub state: RequestState,
    /// The peer supporter of the current assignment, if any.
    pub assigned_to: Option<PersonId>,
    pub created_at: DateTime<Utc>,
    pub first_contact_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome: Option<RequestOutcome>,
}

impl ConversationRequestSummary {
    pub fn new(request: &RequestRow, open: Option<&AssignmentRow>) -> Self {
        Self {
            id: request.id,
            chapter_id: request.chapter_id,
            relation: request.relation.clone(),
            age_group: request.age_group,
            language: request.language.clone(),
            gender_preference: request.gender_preference,
            channel: request.channel,
            source: request.source,
            state: request.state(open),
            assigned_to: open.map(|a| a.person_id),
            created_at: request.created_at,
            first_contact_at: request.first_contact_at,
            closed_at: request.closed_at,
            outcome: request.outcome,
        }
    }
}

/// One request in full, for its coordinators: with every assignment it had, and never the
/// requester's contact details, which only the peer supporter who accepted it sees.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConversationRequestResponse {
    #[serde(flatten)]
    pub summary: ConversationRequestSummary,
    /// Whether the requester's contact details are still held (they are removed the
    /// organisation's `request_retention_days` after closing).
    pub contact_held: bool,
    /// The consent text's version the requester agreed to, and its language.
    pub consent_version: String,
    pub consent_language: String,
    pub assignments: Vec<AssignmentResponse>,
}

impl ConversationRequestResponse {
    pub fn new(request: &RequestRow, assignments: &[AssignmentRow]) -> Self {
        let open = assignments.iter().find(|a| a.ended_at.is_none());
        Self {
            summary: ConversationRequestSummary::new(request, open),
            contact_held: request.contact_held(),
            consent_version: request.consent_version.clone(),
            consent_language: request.consent_language.clone(),
            assignments: assignments.iter().map(AssignmentResponse::from).collect(),
        }
    }
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RequestFilter {
    /// Only requests in this state.
    pub state: Option<RequestState>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ProposalParams {
    /// How many to propose (1–50, default 10).
    #[validate(range(min = 1, max = 50))]
    #[param(minimum = 1, maximum = 50)]
    pub limit: Option<u32>,
}

/// How a proposed peer supporter fits the request. Which of the other fits they meet is not
/// said: it would tell their own kind of loss, age and gender to every coordinator of the region.
#[derive(Debug, Serialize, ToSchema)]
pub struct Fits {
    /// Their role is in the request's chapter or under it (else elsewhere in its region).
    pub in_chapter: bool,
    /// They talk in the requested language.
    pub language: bool,
    /// How many of the other fits they meet: the same kind of loss or relation, the same age
    /// group, the preferred gender (0–3).
    pub other_fits: u8,
}

impl From<Fit> for Fits {
    fn from(f: Fit) -> Self {
        Self { in_chapter: f.in_chapter, language: f.language, other_fits: f.points() }
    }
}

/// A peer supporter who may take the request, best fit first.
#[derive(Debug, Serialize, ToSchema)]
pub struct Proposal {
    pub person_id: PersonId,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub chapter_id: ChapterId,
    pub chapter_name: String,
    pub fits: Fits,
    pub open_assignments: i64,
}

impl From<(CandidateRow, Fit)> for Proposal {
    fn from((c, fit): (CandidateRow, Fit)) -> Self {
        Self {
            person_id: c.person_id,
            given_name: c.given_name,
            family_name: c.family_name,
            chapter_id: c.chapter_id,
            chapter_name: c.chapter_name,
            fits: fit.into(),
            open_assignments: c.open_assignments,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Assign {
    /// One of the request's proposals.
    pub person_id: PersonId,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    pub outcome: RequestOutcome,
}

/// A conversation held for an accepted request, logged as a peer conversation of the
/// request's chapter.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewConversation {
    pub held_on: NaiveDate,
    #[validate(range(min = 1, max = 600))]
    #[schema(minimum = 1, maximum = 600)]
    pub duration_minutes: i32,
    pub channel: ActivityChannel,
}

/// An assignment as the peer supporter sees it on their own account: what the request asks
/// for, and the requester's contact details once they have accepted.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyAssignment {
    pub id: Uuid,
    pub request_id: Uuid,
    pub chapter_id: ChapterId,
    pub relation: String,
    pub age_group: AgeGroup,
    pub language: String,
    pub gender_preference: Option<GenderPreference>,
    pub channel: RequestChannel,
    pub assigned_at: DateTime<Utc>,
    pub contact_due_at: DateTime<Utc>,
    pub answer: Option<Answer>,
    pub first_contact_at: Option<DateTime<Utc>>,
    /// Shown once accepted.
    pub contact: Option<RequesterContact>,
}

impl MyAssignment {
    pub fn new(a: &AssignmentRow, r: &RequestRow) -> Self {
        Self {
            id: a.id,
            request_id: r.id,
            chapter_id: r.chapter_id,
            relation: r.relation.clone(),
            age_group: r.age_group,
            language: r.language.clone(),
            gender_preference: r.gender_preference,
            channel: r.channel,
            assigned_at: a.assigned_at,
            contact_due_at: a.contact_due_at,
            answer: a.answer,
            first_contact_at: r.first_contact_at,
            contact: (a.answer == Some(Answer::Accepted)).then(|| RequesterContact::of(r)).flatten(),
        }
    }
}

/// What matching knows of a peer supporter beyond their record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PeerProfile {
    /// Languages they talk in besides their record's own (at most 10).
    #[validate(length(max = 10))]
    #[schema(max_items = 10)]
    #[serde(default)]
    pub languages: Vec<LanguageTag>,
    /// The kinds of loss or relation they know from their own life: codes of the
    /// `peer_relation` catalogue (at most 10).
    #[validate(length(max = 10))]
    #[schema(max_items = 10)]
    #[serde(default)]
    pub relations: Vec<Code>,
    /// Only if they choose to give it, for requests that prefer a gender.
    pub gender: Option<Gender>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PeerProfileResponse {
    pub person_id: PersonId,
    pub languages: Vec<String>,
    pub relations: Vec<String>,
    pub gender: Option<Gender>,
    pub updated_at: DateTime<Utc>,
}

impl From<super::queries::Profile> for PeerProfileResponse {
    fn from(p: super::queries::Profile) -> Self {
        Self {
            person_id: p.person_id,
            languages: p.languages,
            relations: p.relations,
            gender: p.gender,
            updated_at: p.updated_at,
        }
    }
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportParams {
    /// The first day requests were made on (default: 1 January this year).
    pub from: Option<NaiveDate>,
    /// The last day (default: today).
    pub to: Option<NaiveDate>,
}

/// Requests of one region and kind of loss or relation: counts only.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportLine {
    /// The region of the request's chapter; absent when it has none.
    pub region_code: Option<String>,
    pub relation: String,
    pub requests: i64,
    /// Of them, those that had a first contact.
    pub contacted: i64,
    pub closed: i64,
    pub conversations: i64,
    /// Average days from the request to its first contact, over those contacted.
    pub average_days_to_first_contact: Option<f64>,
}

/// What became of the requests made in a period, by region and kind: counts, never a person.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConversationReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub requests: i64,
    pub contacted: i64,
    pub closed: i64,
    pub conversations: i64,
    pub average_days_to_first_contact: Option<f64>,
    /// Conversations held per request.
    pub conversations_per_request: Option<f64>,
    pub lines: Vec<ReportLine>,
}

fn average(total: f64, count: i64) -> Option<f64> {
    // Counts of requests stay far below 2^52, so the conversion is exact.
    #[allow(clippy::cast_precision_loss)]
    let count = count as f64;
    (count > 0.0).then(|| (total / count * 10.0).round() / 10.0)
}

impl ConversationReport {
    pub fn new(from: NaiveDate, to: NaiveDate, rows: Vec<super::queries::ReportRow>) -> Self {
        let sum = |f: fn(&super::queries::ReportRow) -> i64| rows.iter().map(f).sum::<i64>();
        let (requests, contacted, closed, conversations) =
            (sum(|r| r.requests), sum(|r| r.contacted), sum(|r| r.closed), sum(|r| r.conversations));
        let days: f64 = rows.iter().map(|r| r.days_to_contact).sum();
        #[allow(clippy::cast_precision_loss)]
        let held = conversations as f64;
        Self {
            from,
            to,
            requests,
            contacted,
            closed,
            conversations,
            average_days_to_first_contact: average(days, contacted),
            conversations_per_request: average(held, requests),
            lines: rows
                .into_iter()
                .map(|r| ReportLine {
                    average_days_to_first_contact: average(r.days_to_contact, r.contacted),
                    region_code: r.region_code,
                    relation: r.relation,
                    requests: r.requests,
                    contacted: r.contacted,
                    closed: r.closed,
                    conversations: r.conversations,
                })
                .collect(),
        }
    }
}
