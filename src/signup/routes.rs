//! `POST /public/orgs/{org}/signups` and `POST /public/signups/confirm`: sign-up with double
//! opt-in. The answer is the same whether or not the person was known, the same person twice
//! is one person with one membership (also when both arrive at once), nothing is added to a
//! known person until they use the link sent to them, and an `Idempotency-Key` makes a retried
//! request a no-op.

use actix_web::http::header::HeaderMap;
use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::form::consent;
use super::intake::{self, PublicRequest};
use super::queries::{self, ConfirmedSignup, NewConsent};
use super::registration::Signup;
use super::types::{Receipt, SignupRequest, TokenRequest};
use crate::audit::{self, Event};
use crate::auth::throttle;
use crate::auth::tokens::digest;
use crate::catalogues::queries as catalogues;
use crate::catalogues::types::Catalogue;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_in;
use crate::http::{ClientIp, RequestMeta, ValidJson};
use crate::i18n::Lang;
use crate::ids::OrgId;
use crate::members::lifecycle::{self, Change, Status};
use crate::members::queries::{self as members, Person, PersonDetails};
use crate::members::requests;
use crate::organisations::queries::{Organisation, find_by_id, find_by_slug, root_chapter_id};
use crate::state::AppState;

/// Sign up (anyone). Answers 202 whether or not the person was already registered, after the
/// same work either way: the sign-up is checked against the form and queued, and the
/// background worker registers it (or, for someone known, sends them the link) moments later.
#[utoipa::path(operation_id = "create_signup", tag = "public",
    params(("org" = String, Path, description = "Organisation slug"),
           ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry of the same request a no-op for a day", pattern = "^[!-~]{1,200}$")),
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
    meta: RequestMeta,
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
    if body.website.as_deref().is_none_or(|w| w.trim().is_empty()) {
        let org = find_by_slug(&mut conn, &org).await?;
        let signup = checked(&mut conn, &org, &body, &lang).await?;
        intake::submit(&mut conn, org.id, &meta, key.as_deref(), PublicRequest::Signup(signup)).await?;
    }
    Ok(HttpResponse::Accepted().json(Receipt { status: "received".into(), message: lang.text("signup-received") }))
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

async fn checked(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    body: &SignupRequest,
    lang: &Lang,
) -> Result<Signup, ApiError> {
    if !body.consent {
        return Err(ApiError::unprocessable("consent", "consent_required"));
    }
    let email = body.email.clone().map(String::from);
    let phone = body.phone.clone().map(String::from);
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
            postal_code: body.postal_code.clone().map(String::from),
            birth_year: body.birth_year,
            birth_date: None,
            language: lang.tag(),
            relations: Vec::new(),
        },
        chapter_id,
        type_code,
        consent_version: body.consent_version.clone(),
        language: lang.tag(),
    })
}

/// The membership type asked for if the form offers it, else the first one offered.
async fn offered_type(conn: &mut AsyncPgConnection, org: OrgId, asked: Option<&str>) -> Result<String, ApiError> {
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
        let signup =
            queries::signup_to_confirm(conn, &hash).await?.ok_or_else(|| ApiError::missing("token", "invalid_link"))?;
        let (person, _) = members::find_person(conn, signup.person_id).await?;
        let org = find_by_id(conn, person.organisation_id).await?;
        let membership = match signup.membership_id {
            Some(id) => members::membership_by_id(conn, id).await?,
            None => join_known(conn, &org, &person, &signup).await?,
        };
        queries::mark_confirmed(conn, signup.id, membership.id).await?;
        if membership.status == Status::Pending {
            let change = Change {
                status: Some(Status::Active),
                chapter_id: None,
                type_code: None,
                effective_on: Utc::now().date_naive(),
            };
            lifecycle::apply(conn, &org, &person, &membership, &change).await?;
        }
        let event = Event::new(Some(membership.organisation_id), "confirm", "membership", Some(membership.id.into()));
        audit::record(conn, &meta, None, event).await?;
        if person.contact_held {
            ask_secretariat(conn, &meta, &person).await?;
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::Ok().json(Receipt { status: "confirmed".into(), message: meta.lang.text("signup-confirmed") }))
}

/// A confirmed sign-up whose details are held back (its phone number is someone else's): now
/// that the address is proven, the secretariat is asked whether the two are one person; if
/// nobody holds the details any more, the record simply takes them.
async fn ask_secretariat(conn: &mut AsyncPgConnection, meta: &RequestMeta, person: &Person) -> Result<(), ApiError> {
    let (email, phone) = (person.email.as_deref(), person.phone.as_deref());
    let holders = members::contact_holders(conn, person.organisation_id, email, phone, Some(person.id)).await?;
    match holders.into_iter().find(|h| !h.contact_held) {
        Some(existing) => requests::file(conn, meta, None, person, existing.id).await,
        None => requests::release_if_free(conn, person).await.map(drop),
    }
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
    queries::record_consents(conn, &[NewConsent { organisation_id: org.id, person_id: person.id, version, language }])
        .await?;
    let open = members::memberships_of_person(conn, person.id).await?.into_iter().rfind(|m| m.status.is_open());
    match open {
        Some(membership) => Ok(membership),
        None => {
            let today = Utc::now().date_naive();
            lifecycle::open(conn, org, person, chapter_id, type_code.clone(), Status::Active, today).await
        }
    }
}
