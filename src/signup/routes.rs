//! `POST /public/orgs/{org}/signups` and `POST /public/signups/confirm`: sign-up with double
//! opt-in. The answer is the same whether or not the person was known, the same person twice
//! is one person with one membership (also when both arrive at once), nothing is added to a
//! known person until they use the link sent to them, and an `Idempotency-Key` makes a retried
//! request a no-op.

use actix_web::http::header::HeaderMap;
use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::{Duration, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::form::{consent, org_args};
use super::types::{Receipt, SignupRequest, TokenRequest};
use crate::audit::{self, Event};
use crate::auth::throttle;
use crate::auth::tokens::{digest, new_opaque_token};
use crate::catalogues::queries as catalogues;
use crate::catalogues::types::Catalogue;
use crate::db::schema::{consents, memberships, signups};
use crate::error::{ApiError, ApiResult};
use crate::http::{ClientIp, RequestMeta, ValidJson};
use crate::i18n::Lang;
use crate::members::contact::{normalise_email, normalise_phone};
use crate::members::lifecycle::{self, Change, Status};
use crate::members::queries::{self as members, Person, PersonDetails};
use crate::members::routes::chapter_in;
use crate::organisations::queries::{Organisation, find_by_id, find_by_slug, root_chapter_id};
use crate::outbox::{self, Message};
use crate::state::AppState;

/// Attempts at a sign-up that races another for the same person.
const ATTEMPTS: usize = 5;
/// A person who signs up again gets a new confirmation e-mail at most this often.
const RESEND_AFTER_MINUTES: i64 = 10;

/// Sign up (anyone). Answers 202 whether or not the person was already registered.
#[utoipa::path(operation_id = "create_signup", tag = "public",
    params(("org" = String, Path, description = "Organisation slug"),
           ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry of the same request a no-op", pattern = "^[!-~]{1,200}$")),
    request_body = SignupRequest,
    responses(
        (status = 202, description = "Received; an e-mail sign-up gets a confirmation link", body = Receipt),
        (status = 409, description = "The consent text changed since the form was loaded", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many sign-ups from this address", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/orgs/{org}/signups")]
pub async fn create_signup(
    state: web::Data<AppState>,
    request: HttpRequest,
    ip: ClientIp,
    org: web::Path<String>,
    body: ValidJson<SignupRequest>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let key = idempotency_key(request.headers())?;
    let lang = Lang::parse_supported(&body.language).unwrap_or_default();
    let mut conn = state.conn().await?;
    let bucket = format!("signup:address:{}", ip.0);
    throttle::hit(
        &mut conn,
        &[(bucket.as_str(), state.config.signup_limit_per_address)],
        state.config.signup_window_secs,
    )
    .await?;
    let received =
        || HttpResponse::Accepted().json(Receipt { status: "received".into(), message: lang.text("signup-received") });
    if body.website.as_deref().is_some_and(|w| !w.trim().is_empty()) {
        return Ok(received());
    }
    let org = find_by_slug(&mut conn, &org).await?;
    let signup = checked(&mut conn, &org, &body, &lang).await?;
    let request_hash = Sha256::digest(serde_json::to_vec(&body).map_err(anyhow::Error::from)?).to_vec();
    for attempt in 1..=ATTEMPTS {
        let outcome = conn
            .transaction::<_, ApiError, _>(async |conn| {
                register(conn, &state, &org, &signup, key.as_deref(), &request_hash).await
            })
            .await;
        match outcome {
            Ok(()) => return Ok(received()),
            Err(ApiError::Conflict { code: "concurrent_signup", .. }) if attempt < ATTEMPTS => {}
            Err(err) => return Err(err),
        }
    }
    Err(ApiError::Conflict { code: "concurrent_update", errors: Vec::new() })
}

/// The `Idempotency-Key` header: 1–200 visible ASCII characters. It is stored, so it may not
/// hold an identity number either.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else { return Ok(None) };
    match value.to_str() {
        Ok(key) if crate::privacy::contains_national_id(key) => {
            Err(ApiError::validation("Idempotency-Key", "national_id_number"))
        }
        Ok(key) if (1..=200).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic()) => {
            Ok(Some(key.to_owned()))
        }
        _ => Err(ApiError::BadRequest { code: "invalid_idempotency_key", errors: Vec::new() }),
    }
}

/// A sign-up with its rules checked and its values normalised.
struct Signup {
    details: PersonDetails,
    chapter_id: Uuid,
    type_code: String,
    consent_version: String,
    lang: Lang,
}

async fn checked(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    body: &SignupRequest,
    lang: &Lang,
) -> Result<Signup, ApiError> {
    if !body.consent {
        return Err(ApiError::unprocessable("consent", "consent_required"));
    }
    let email = body.email.as_deref().map(normalise_email);
    let phone = body.phone.as_deref().and_then(normalise_phone);
    if email.is_none() && phone.is_none() {
        return Err(ApiError::unprocessable("email", "contact_required"));
    }
    let chapter_id = match body.chapter_id {
        Some(id) => {
            let chapter = chapter_in(conn, org.id, id).await?;
            if chapter.closed_on.is_some() {
                return Err(ApiError::missing("chapter_id", "unknown_chapter"));
            }
            chapter.id
        }
        None if body.postal_code.is_some() => root_chapter_id(conn, org.id).await?,
        None => return Err(ApiError::unprocessable("chapter_id", "place_required")),
    };
    let type_code = offered_type(conn, org.id, body.membership_type.as_deref()).await?;
    if consent(org, lang).version != body.consent_version {
        return Err(ApiError::conflict("consent_version", "consent_outdated"));
    }
    Ok(Signup {
        details: PersonDetails {
            given_name: body.given_name.trim().to_owned(),
            family_name: body.family_name.trim().to_owned(),
            email,
            phone,
            postal_code: body.postal_code.clone(),
            birth_year: body.birth_year,
            birth_date: None,
            language: lang.tag(),
            relations: Vec::new(),
        },
        chapter_id,
        type_code,
        consent_version: body.consent_version.clone(),
        lang: lang.clone(),
    })
}

/// The membership type asked for if the form offers it, else the first one offered.
async fn offered_type(conn: &mut AsyncPgConnection, org: Uuid, asked: Option<&str>) -> Result<String, ApiError> {
    let offered: Vec<String> = catalogues::list(conn, org, Catalogue::MembershipType)
        .await?
        .into_iter()
        .filter(|e| e.public && !e.retired)
        .map(|e| e.code)
        .collect();
    match asked {
        Some(code) if offered.iter().any(|c| c == code) => Ok(code.to_owned()),
        Some(_) => Err(ApiError::missing("membership_type", "unknown_membership_type")),
        None => {
            offered.into_iter().next().ok_or_else(|| ApiError::missing("membership_type", "unknown_membership_type"))
        }
    }
}

/// Records the sign-up in one transaction. A unique violation means another request for the
/// same person (or key) won a race: the caller retries and then finds what it wrote.
async fn register(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    org: &Organisation,
    signup: &Signup,
    key: Option<&str>,
    request_hash: &[u8],
) -> Result<(), ApiError> {
    if let Some(key) = key {
        let earlier: Option<Vec<u8>> = signups::table
            .filter(signups::organisation_id.eq(org.id).and(signups::idempotency_key.eq(key)))
            .select(signups::request_hash)
            .first(conn)
            .await
            .optional()?;
        match earlier {
            Some(hash) if hash == request_hash => return Ok(()),
            Some(_) => return Err(ApiError::unprocessable("Idempotency-Key", "idempotency_key_reused")),
            None => {}
        }
    }
    let d = &signup.details;
    match members::find_person_by_contact(conn, org.id, d.email.as_deref(), d.phone.as_deref()).await? {
        Some(person) => offer_to_known(conn, state, org, signup, &person, key, request_hash).await,
        None => register_new(conn, state, org, signup, key, request_hash).await,
    }
}

/// A new person: they, a pending membership and their consent are stored at once, and expire
/// with the sign-up unless its link is used.
async fn register_new(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    org: &Organisation,
    signup: &Signup,
    key: Option<&str>,
    request_hash: &[u8],
) -> Result<(), ApiError> {
    let person = members::insert_person(conn, &Person::new(org.id, signup.chapter_id, signup.details.clone()))
        .await
        .map_err(race)?;
    let today = Utc::now().date_naive();
    let membership =
        lifecycle::open(conn, org, &person, signup.chapter_id, signup.type_code.clone(), Status::Pending, today)
            .await
            .map_err(|e| match e {
                ApiError::Conflict { code: "membership_open", .. } => {
                    ApiError::Conflict { code: "concurrent_signup", errors: Vec::new() }
                }
                other => other,
            })?;
    record_consent(conn, org.id, person.id, &signup.consent_version, &signup.lang.tag()).await?;
    let token = person.email.is_some().then(new_opaque_token);
    let expires_at = Utc::now() + Duration::days(i64::from(org.signup_expiry_days));
    insert_signup(
        conn,
        &NewSignup {
            membership_id: Some(membership.id),
            token_hash: token.as_ref().map(|(_, hash)| hash.clone()),
            created_person: true,
            created_membership: true,
            expires_at: token.as_ref().map(|_| expires_at),
            ..NewSignup::of(org, &person, key, request_hash)
        },
    )
    .await?;
    if let Some((token, _)) = token {
        send_confirmation(conn, state, org, signup, &person, &token).await?;
    }
    audit_signup(conn, org, signup, &person).await
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
    key: Option<&str>,
    request_hash: &[u8],
) -> Result<(), ApiError> {
    if person.erased_at.is_some() || person.email.is_none() || recently_sent(conn, person.id).await? {
        return Ok(());
    }
    // A person still unconfirmed from an earlier sign-up is passed on, so that whichever of the
    // sign-ups expires last purges them.
    let created_person = diesel::select(diesel::dsl::exists(
        signups::table.filter(signups::person_id.eq(person.id).and(signups::created_person)),
    ))
    .get_result::<bool>(conn)
    .await?;
    let (token, token_hash) = new_opaque_token();
    let expires_at = Utc::now() + Duration::days(i64::from(org.signup_expiry_days));
    insert_signup(
        conn,
        &NewSignup {
            token_hash: Some(token_hash),
            created_person,
            expires_at: Some(expires_at),
            chapter_id: Some(signup.chapter_id),
            type_code: Some(signup.type_code.clone()),
            consent_version: Some(signup.consent_version.clone()),
            consent_language: Some(signup.lang.tag()),
            ..NewSignup::of(org, person, key, request_hash)
        },
    )
    .await?;
    send_confirmation(conn, state, org, signup, person, &token).await?;
    audit_signup(conn, org, signup, person).await
}

/// A sign-up row: a new person's (with the membership it opened) or a known person's (with what
/// to add once they confirm).
#[derive(Insertable)]
#[diesel(table_name = signups)]
struct NewSignup {
    id: Uuid,
    organisation_id: Uuid,
    person_id: Uuid,
    membership_id: Option<Uuid>,
    token_hash: Option<Vec<u8>>,
    idempotency_key: Option<String>,
    request_hash: Vec<u8>,
    created_person: bool,
    created_membership: bool,
    expires_at: Option<chrono::DateTime<Utc>>,
    chapter_id: Option<Uuid>,
    type_code: Option<String>,
    consent_version: Option<String>,
    consent_language: Option<String>,
}

impl NewSignup {
    fn of(org: &Organisation, person: &Person, key: Option<&str>, request_hash: &[u8]) -> Self {
        Self {
            id: Uuid::now_v7(),
            organisation_id: org.id,
            person_id: person.id,
            membership_id: None,
            token_hash: None,
            idempotency_key: key.map(str::to_owned),
            request_hash: request_hash.to_vec(),
            created_person: false,
            created_membership: false,
            expires_at: None,
            chapter_id: None,
            type_code: None,
            consent_version: None,
            consent_language: None,
        }
    }
}

async fn insert_signup(conn: &mut AsyncPgConnection, signup: &NewSignup) -> Result<(), ApiError> {
    diesel::insert_into(signups::table).values(signup).execute(conn).await.map_err(race)?;
    Ok(())
}

async fn record_consent(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    person: Uuid,
    version: &str,
    language: &str,
) -> QueryResult<()> {
    diesel::insert_into(consents::table)
        .values((
            consents::id.eq(Uuid::now_v7()),
            consents::organisation_id.eq(org),
            consents::person_id.eq(person),
            consents::purpose.eq("membership"),
            consents::text_version.eq(version),
            consents::language.eq(language),
        ))
        .execute(conn)
        .await
        .map(drop)
}

async fn send_confirmation(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    org: &Organisation,
    signup: &Signup,
    person: &Person,
    token: &str,
) -> Result<(), ApiError> {
    let Some(email) = &person.email else { return Ok(()) };
    let mut args = org_args(org);
    args.insert("name".into(), person.given_name.clone().unwrap_or_default().into());
    args.insert("link".into(), format!("{}/signup/confirm#token={token}", state.config.link_base_url).into());
    args.insert("days".into(), i64::from(org.signup_expiry_days).into());
    let lang = Lang::parse_supported(&person.language).unwrap_or_else(|| signup.lang.clone());
    outbox::enqueue(conn, Message::compose(org.id, Some(person.id), email, &lang, "confirm", &args)).await?;
    Ok(())
}

async fn audit_signup(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    signup: &Signup,
    person: &Person,
) -> Result<(), ApiError> {
    let meta = RequestMeta { request_id: String::new(), lang: signup.lang.clone() };
    audit::record(conn, &meta, None, Event::new(Some(org.id), "signup", "member", Some(person.id))).await?;
    Ok(())
}

async fn recently_sent(conn: &mut AsyncPgConnection, person: Uuid) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        signups::table
            .filter(signups::person_id.eq(person))
            .filter(signups::token_hash.is_not_null())
            .filter(signups::created_at.gt(Utc::now() - Duration::minutes(RESEND_AFTER_MINUTES))),
    ))
    .get_result(conn)
    .await
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

/// Confirm an e-mail sign-up with the token from its link (anyone holding the link).
#[utoipa::path(operation_id = "confirm_signup", tag = "public",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "Confirmed: the membership is active", body = Receipt),
        (status = 404, description = "The link is unknown, used or expired", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/public/signups/confirm")]
pub async fn confirm_signup(
    state: web::Data<AppState>,
    meta: RequestMeta,
    body: ValidJson<TokenRequest, 4096>,
) -> ApiResult<HttpResponse> {
    let hash = digest(&body.0.token);
    let mut conn = state.conn().await?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        let signup: ConfirmedSignup = signups::table
            .filter(signups::token_hash.eq(&hash))
            .filter(signups::confirmed_at.is_null())
            .filter(signups::expires_at.gt(Utc::now()))
            .select(ConfirmedSignup::as_select())
            .for_update()
            .first(conn)
            .await
            .optional()?
            .ok_or_else(|| ApiError::missing("token", "invalid_link"))?;
        let (person, _) = members::find_person(conn, signup.person_id).await?;
        let org = find_by_id(conn, person.organisation_id).await?;
        let membership = match signup.membership_id {
            Some(id) => memberships::table.find(id).select(members::Membership::as_select()).first(conn).await?,
            None => join_known(conn, &org, &person, &signup).await?,
        };
        diesel::update(signups::table.find(signup.id))
            .set((
                signups::confirmed_at.eq(diesel::dsl::now),
                signups::token_hash.eq(None::<Vec<u8>>),
                signups::membership_id.eq(membership.id),
            ))
            .execute(conn)
            .await?;
        if membership.status == Status::Pending.as_str() {
            let change = Change {
                status: Some(Status::Active),
                chapter_id: None,
                type_code: None,
                effective_on: Utc::now().date_naive(),
            };
            lifecycle::apply(conn, &org, &person, &membership, &change).await?;
        }
        let event = Event::new(Some(membership.organisation_id), "confirm", "membership", Some(membership.id));
        audit::record(conn, &meta, None, event).await?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::Ok().json(Receipt { status: "confirmed".into(), message: meta.lang.text("signup-confirmed") }))
}

/// A sign-up whose link was used.
#[derive(Queryable, Selectable)]
#[diesel(table_name = signups)]
struct ConfirmedSignup {
    id: Uuid,
    person_id: Uuid,
    membership_id: Option<Uuid>,
    chapter_id: Option<Uuid>,
    type_code: Option<String>,
    consent_version: Option<String>,
    consent_language: Option<String>,
}

/// A known person confirmed a sign-up: now their consent is recorded and, unless they hold an
/// open membership already, one is opened where the sign-up asked.
async fn join_known(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    person: &Person,
    signup: &ConfirmedSignup,
) -> Result<members::Membership, ApiError> {
    let (Some(chapter_id), Some(type_code), Some(version), Some(language)) =
        (signup.chapter_id, &signup.type_code, &signup.consent_version, &signup.consent_language)
    else {
        return Err(ApiError::missing("token", "invalid_link"));
    };
    record_consent(conn, org.id, person.id, version, language).await?;
    let open = members::memberships_of_person(conn, person.id)
        .await?
        .into_iter()
        .rfind(|m| Status::parse(&m.status).is_open());
    match open {
        Some(membership) => Ok(membership),
        None => {
            let today = Utc::now().date_naive();
            lifecycle::open(conn, org, person, chapter_id, type_code.clone(), Status::Active, today).await
        }
    }
}

/// Deletes what unconfirmed, expired sign-ups created: the pending membership with its
/// history, and the person if the sign-up created them and nothing else holds them. Safe on
/// every replica at once (rows are claimed with SKIP LOCKED). Returns how many were purged.
pub async fn purge_expired(conn: &mut AsyncPgConnection) -> Result<usize, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let expired: Vec<(Uuid, Uuid, Option<Uuid>, bool, bool)> = signups::table
            .filter(signups::confirmed_at.is_null())
            .filter(signups::expires_at.lt(Utc::now()))
            .select((
                signups::id,
                signups::person_id,
                signups::membership_id,
                signups::created_person,
                signups::created_membership,
            ))
            .limit(500)
            .for_update()
            .skip_locked()
            .load(conn)
            .await?;
        for (id, person, membership, created_person, created_membership) in &expired {
            diesel::delete(signups::table.find(id)).execute(conn).await?;
            if let (true, Some(membership)) = (*created_membership, membership) {
                purge_pending_membership(conn, *membership).await?;
            }
            if *created_person {
                purge_person_if_unused(conn, *person).await?;
            }
        }
        Ok(expired.len())
    })
    .await
}

async fn purge_pending_membership(conn: &mut AsyncPgConnection, membership: Uuid) -> QueryResult<()> {
    let still_pending = diesel::sql_query(
        "DELETE FROM membership_periods WHERE membership_id = $1
           AND EXISTS (SELECT 1 FROM memberships WHERE id = $1 AND status = 'pending')
           AND NOT EXISTS (SELECT 1 FROM signups WHERE membership_id = $1)
           AND NOT EXISTS (SELECT 1 FROM membership_fees WHERE membership_id = $1)",
    )
    .bind::<diesel::sql_types::Uuid, _>(membership)
    .execute(conn)
    .await?;
    if still_pending > 0 {
        diesel::delete(memberships::table.find(membership)).execute(conn).await?;
    }
    Ok(())
}

async fn purge_person_if_unused(conn: &mut AsyncPgConnection, person: Uuid) -> QueryResult<()> {
    const PURGE: [&str; 4] = [
        "DELETE FROM consents WHERE person_id = $1",
        "DELETE FROM outbox WHERE person_id = $1",
        "DELETE FROM self_service_links WHERE person_id = $1",
        "DELETE FROM people WHERE id = $1",
    ];
    let unused: bool = diesel::select(
        diesel::dsl::not(diesel::dsl::exists(memberships::table.filter(memberships::person_id.eq(person))))
            .and(diesel::dsl::not(diesel::dsl::exists(signups::table.filter(signups::person_id.eq(person))))),
    )
    .get_result(conn)
    .await?;
    if unused {
        for statement in PURGE {
            diesel::sql_query(statement).bind::<diesel::sql_types::Uuid, _>(person).execute(conn).await?;
        }
    }
    Ok(())
}
