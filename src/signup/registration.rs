//! What a sign-up does once the background worker takes it from the queue: a new person is
//! stored with a pending membership and their consent and gets a confirmation link; someone
//! already registered gets only the link, and nothing is added to them until they use it (at
//! most one such e-mail every few minutes). Unconfirmed sign-ups expire and are purged.

use chrono::{Duration, Utc};
use diesel::QueryResult;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde::{Deserialize, Serialize};

use super::form::org_args;
use super::queries::{self, NewConsent, NewSignup, PURGED_WITH_PERSON};
use crate::audit::{self, Event};
use crate::auth::tokens::new_opaque_token;
use crate::error::ApiError;
use crate::http::RequestMeta;
use crate::i18n::Lang;
use crate::ids::{ChapterId, PersonId};
use crate::members::lifecycle::{self, Opening, Status};
use crate::members::queries::{self as members, Person, PersonDetails};
use crate::members::registry;
use crate::organisations::queries::Organisation;
use crate::outbox::{self, Message};
use crate::state::AppState;

/// A person who signs up again gets a new confirmation e-mail at most this often.
const RESEND_AFTER_MINUTES: i64 = 10;

/// A sign-up with its rules checked and its values normalised, as it waits in the queue.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Signup {
    pub details: PersonDetails,
    pub chapter_id: ChapterId,
    pub type_code: String,
    pub consent_version: String,
    /// The language the form was shown in.
    pub language: String,
}

impl Signup {
    fn lang(&self) -> Lang {
        Lang::parse_supported(&self.language).unwrap_or_default()
    }

    /// What the audit trail and the messages of this sign-up know of the request it came in.
    pub fn meta(&self, request_id: &str) -> RequestMeta {
        RequestMeta { request_id: request_id.to_owned(), lang: self.lang() }
    }
}

/// Registers a queued sign-up. A unique violation means another replica registered the same
/// person at the same moment: the error is `concurrent_signup`, and the retry finds them.
///
/// Whoever signs up gets the confirmation e-mail at the address they gave, or nothing if they
/// gave none, so what reaches them never depends on who else is registered: a known address
/// gets the link, a new one a new record with the link, and a new address with a known phone
/// number a new record that holds its contact back until the secretariat has told the two
/// apart (as when staff register someone registered elsewhere).
pub async fn register(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    org: &Organisation,
    signup: &Signup,
    request_id: &str,
) -> Result<(), ApiError> {
    let d = &signup.details;
    let meta = signup.meta(request_id);
    if let Some(email) = d.email.as_deref()
        && let Some(person) = members::find_person_by_contact(conn, org.id, Some(email), None).await?
    {
        return offer_to_known(conn, state, org, signup, &person, &meta).await;
    }
    match (members::find_person_by_contact(conn, org.id, None, d.phone.as_deref()).await?, &d.email) {
        (Some(_), Some(_)) => register_newcomers(conn, state, org, &[Newcomer { signup, held: true, meta }]).await,
        (Some(by_phone), None) => offer_to_known(conn, state, org, signup, &by_phone, &meta).await,
        (None, _) => register_newcomers(conn, state, org, &[Newcomer { signup, held: false, meta }]).await,
    }
}

/// A sign-up of someone the organisation holds no record of by their address.
pub struct Newcomer<'a> {
    pub signup: &'a Signup,
    /// Their phone number is someone else's, so their contact details are held back; once
    /// their address is proven by the link, the secretariat is asked whether they are that
    /// person.
    pub held: bool,
    /// The request the sign-up came in, for the audit trail.
    pub meta: RequestMeta,
}

/// New people: each, with a pending membership and their consent, is stored at once, and
/// expires with the sign-up unless its link is used. However many there are, each table gets
/// one statement, so a campaign's queue is worked off a batch at a time.
pub async fn register_newcomers(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    org: &Organisation,
    newcomers: &[Newcomer<'_>],
) -> Result<(), ApiError> {
    let people: Vec<Person> = newcomers
        .iter()
        .map(|n| Person { contact_held: n.held, ..Person::new(org.id, n.signup.chapter_id, n.signup.details.clone()) })
        .collect();
    members::insert_people(conn, &people).await.map_err(race)?;
    let today = Utc::now().date_naive();
    let openings: Vec<Opening> = people
        .iter()
        .zip(newcomers)
        .map(|(person, n)| Opening {
            person,
            chapter_id: n.signup.chapter_id,
            type_code: n.signup.type_code.clone(),
            status: Status::Pending,
            from: today,
        })
        .collect();
    let memberships = lifecycle::open_many(conn, org, &openings).await.map_err(|e| match e {
        ApiError::Conflict { code: "membership_open", .. } => {
            ApiError::Conflict { code: "concurrent_signup", errors: Vec::new() }
        }
        other => other,
    })?;
    let consents: Vec<NewConsent> = people
        .iter()
        .zip(newcomers)
        .map(|(person, n)| NewConsent {
            organisation_id: org.id,
            person_id: person.id,
            version: &n.signup.consent_version,
            language: &n.signup.language,
        })
        .collect();
    queries::record_consents(conn, &consents).await?;
    let tokens: Vec<Option<(String, Vec<u8>)>> =
        people.iter().map(|person| person.email.is_some().then(new_opaque_token)).collect();
    let expires_at = Utc::now() + Duration::days(i64::from(org.signup_expiry_days));
    let signups: Vec<NewSignup> = people
        .iter()
        .zip(&memberships)
        .zip(&tokens)
        .map(|((person, membership), token)| NewSignup {
            membership_id: Some(membership.id),
            token_hash: token.as_ref().map(|(_, hash)| hash.clone()),
            created_person: true,
            created_membership: true,
            expires_at: token.as_ref().map(|_| expires_at),
            ..NewSignup::of(org, person)
        })
        .collect();
    queries::insert_signups(conn, &signups).await.map_err(race)?;
    let confirmations = people
        .iter()
        .zip(newcomers)
        .zip(&tokens)
        .filter_map(|((person, n), token)| confirmation(state, org, n.signup, person, &token.as_ref()?.0))
        .collect();
    outbox::enqueue_all(conn, confirmations).await?;
    audit::record_all(conn, people.iter().zip(newcomers).map(|(person, n)| (&n.meta, None, signup_event(org, person))))
        .await?;
    Ok(())
}

/// Someone already registered: nothing is added to them until they use the link sent to
/// their address, so a stranger who knows their address can only cause that e-mail (at most
/// once every few minutes). What the sign-up asks for waits in it until then.
async fn offer_to_known(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    org: &Organisation,
    signup: &Signup,
    person: &Person,
    meta: &RequestMeta,
) -> Result<(), ApiError> {
    // Locked, so that replicas handling two sign-ups of this person at once send one link, and
    // read again, so the link goes where the record says now.
    let person = &members::lock_person(conn, person.id).await?;
    if person.erased_at.is_some() || person.email.is_none() || recently_sent(conn, person.id).await? {
        return Ok(());
    }
    // A person still unconfirmed from an earlier sign-up is passed on, so that whichever of the
    // sign-ups expires last purges them.
    let created_person = queries::created_by_signup(conn, person.id).await?;
    let (token, token_hash) = new_opaque_token();
    let expires_at = Utc::now() + Duration::days(i64::from(org.signup_expiry_days));
    let offer = NewSignup {
        token_hash: Some(token_hash),
        created_person,
        expires_at: Some(expires_at),
        chapter_id: Some(signup.chapter_id),
        type_code: Some(signup.type_code.clone()),
        consent_version: Some(signup.consent_version.clone()),
        consent_language: Some(signup.language.clone()),
        ..NewSignup::of(org, person)
    };
    queries::insert_signups(conn, &[offer]).await.map_err(race)?;
    if let Some(message) = confirmation(state, org, signup, person, &token) {
        outbox::enqueue(conn, message).await?;
    }
    audit::record(conn, meta, None, signup_event(org, person)).await?;
    Ok(())
}

/// The confirmation e-mail with the link `token`, in the person's language; none for a person
/// without an address.
fn confirmation(
    state: &AppState,
    org: &Organisation,
    signup: &Signup,
    person: &Person,
    token: &str,
) -> Option<Message> {
    let email = person.email.as_ref()?;
    let mut args = org_args(org);
    args.insert("name".into(), person.given_name.clone().unwrap_or_default().into());
    let lang = Lang::parse_supported(&person.language).unwrap_or_else(|| signup.lang());
    // The page the link opens speaks the person's language; the token stays in the fragment,
    // which browsers never send, so it reaches neither a log nor a proxy.
    let link = format!("{}/signup/confirm?lang={}#token={token}", state.config.link_base_url, lang.tag());
    args.insert("link".into(), link.into());
    args.insert("days".into(), i64::from(org.signup_expiry_days).into());
    Some(Message::compose(org.id, Some(person.id), email, &lang, "confirm", &args))
}

fn signup_event<'a>(org: &Organisation, person: &Person) -> Event<'a> {
    Event::new(Some(org.id), "signup", "member", Some(person.id.into()))
}

/// Whether the person was sent a confirmation link within the last few minutes: then they get
/// no other yet.
async fn recently_sent(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<bool> {
    queries::link_sent_since(conn, person, Utc::now() - Duration::minutes(RESEND_AFTER_MINUTES)).await
}

/// A unique violation inside a sign-up: another request for the same person got there first.
fn race(err: DieselError) -> ApiError {
    match err {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            ApiError::Conflict { code: "concurrent_signup", errors: Vec::new() }
        }
        other => other.into(),
    }
}

/// Deletes what unconfirmed, expired sign-ups created: the pending membership with its
/// history, and the person if the sign-up created them and nothing else holds them. Safe on
/// every replica at once (rows are claimed with SKIP LOCKED). Returns how many were purged.
pub async fn purge_expired(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let expired = queries::claim_expired(conn, 500).await?;
        for signup in &expired {
            queries::delete_signup(conn, signup.id).await?;
            if let (true, Some(membership)) = (signup.created_membership, signup.membership_id) {
                queries::purge_pending_membership(conn, membership).await?;
            }
            if signup.created_person {
                purge_person_if_unused(conn, signup.person_id).await?;
            }
        }
        Ok(expired.len())
    })
    .await
}

/// Deletes the person if the registry finds nothing else held of them; anything else (a
/// membership, a role, a record waiting to be told apart from them …) keeps them.
async fn purge_person_if_unused(conn: &mut AsyncPgConnection, person: PersonId) -> QueryResult<()> {
    let held = registry::held_rows(conn, person).await?;
    let kept_or_purged =
        |table: &str| table == "people" || table == "audit_events" || PURGED_WITH_PERSON.contains(&table);
    if held.iter().any(|(table, rows)| *rows > 0 && !kept_or_purged(table)) {
        return Ok(());
    }
    queries::purge_held_with_person(conn, person).await?;
    members::delete_person(conn, person).await
}
