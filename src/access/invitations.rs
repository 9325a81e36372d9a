//! Invitations: an org admin or chapter leader invites someone by e-mail to a role. The
//! one-time token goes only to the invitee's address, through the outbox; the inviter never
//! sees it. Accepting creates the account when the address has none, and otherwise requires
//! being signed in as that account, so nobody can bind a role to someone else's account.

use actix_web::{HttpResponse, post, web};
use chrono::{Duration, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::grants::check_not_own;
use super::queries::{self, Grant, Invitation};
use super::types::{AcceptInvitation, AcceptedInvitation, ChapterRole, CreateInvitation, InvitationResponse, OrgRole};
use crate::accounts::queries::{self as accounts, NewUser};
use crate::audit::{self, Event};
use crate::auth::caller::{OptionalCaller, load_active_grants};
use crate::auth::policy::grant_ceiling;
use crate::auth::tokens::{digest, new_opaque_token};
use crate::auth::{Caller, Operation, Role, Target, authorize};
use crate::chapters::queries as chapter_queries;
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, RequestMeta, ValidJson};
use crate::i18n::{Args, Lang};
use crate::ids::{ChapterId, UserId};
use crate::members::contact::Email;
use crate::members::queries as members;
use crate::organisations::queries::{Organisation, find_by_id, find_by_slug};
use crate::outbox::{self, Message};
use crate::state::AppState;

/// Invite someone by e-mail to an organisation-wide role (org admins).
#[utoipa::path(operation_id = "create_org_invitation", tag = "access",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = CreateInvitation<OrgRole>,
    responses((status = 202, description = "Invited; the link is e-mailed to the invitee", body = InvitationResponse)))]
#[post("/orgs/{org}/invitations")]
pub async fn create_org_invitation(
    state: web::Data<AppState>,
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<CreateInvitation<OrgRole>>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::CreateOrgInvitation, Target::Org(org.id))?;
    let (email, role, language) = (body.0.email, Role::from(body.0.role), body.0.language.map(String::from));
    invite(&state, &mut conn, &caller, &meta, &org, None, &email, role, language).await
}

/// Invite someone by e-mail to a role in this chapter (its leaders and those above, org admins).
#[utoipa::path(operation_id = "create_chapter_invitation", tag = "access",
    params(("chapter_id" = Uuid, Path, description = "Chapter id")),
    request_body = CreateInvitation<ChapterRole>,
    responses((status = 202, description = "Invited; the link is e-mailed to the invitee", body = InvitationResponse)))]
#[post("/chapters/{chapter_id}/invitations")]
pub async fn create_chapter_invitation(
    state: web::Data<AppState>,
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<CreateInvitation<ChapterRole>>,
) -> ApiResult<HttpResponse> {
    let chapter = chapter_queries::find(&mut conn, ChapterId::from(*id)).await?;
    let role = Role::from(body.0.role);
    let target = Target::Role { org: chapter.organisation_id, ancestors: Some(&chapter.ancestors), role };
    authorize(&caller, Operation::CreateChapterInvitation, target)?;
    let org = find_by_id(&mut conn, chapter.organisation_id).await?;
    invite(
        &state,
        &mut conn,
        &caller,
        &meta,
        &org,
        Some(chapter.id),
        &body.0.email,
        role,
        body.0.language.map(String::from),
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn invite(
    state: &AppState,
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    meta: &RequestMeta,
    org: &Organisation,
    chapter: Option<ChapterId>,
    email: &Email,
    role: Role,
    language: Option<String>,
) -> ApiResult<HttpResponse> {
    let inviter = accounts::find(conn, caller.id()?).await?;
    let email = email.to_string();
    if inviter.email == email {
        check_not_own(caller, inviter.id)?;
    }
    let (token, token_hash) = new_opaque_token();
    let now = Utc::now();
    let invitation = Invitation {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        chapter_id: chapter,
        role,
        email,
        token_hash,
        invited_by: inviter.id,
        created_at: now,
        expires_at: now + Duration::hours(i64::from(state.config.invitation_ttl_hours)),
        accepted_at: None,
        accepted_by: None,
    };
    let lang = language.as_deref().and_then(Lang::parse_supported).unwrap_or_else(|| meta.lang.clone());
    let message = invitation_message(state, org, &invitation, &inviter.display_name, &lang, &token);
    conn.transaction::<_, ApiError, _>(async |conn| {
        queries::insert_invitation(conn, &invitation).await?;
        outbox::enqueue(conn, message).await?;
        let event = Event::new(Some(org.id), "create", "invitation", Some(invitation.id)).fields(vec![
            "email",
            "role",
            "chapter_id",
        ]);
        audit::record(conn, meta, caller.user_id, event).await?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::Accepted().json(InvitationResponse {
        id: invitation.id,
        email: invitation.email,
        role,
        chapter_id: invitation.chapter_id,
        expires_at: invitation.expires_at,
    }))
}

/// The e-mail that carries the one-time link; the same whether or not the address has an
/// account, so nothing about the invitee is decided, or revealed, when inviting.
fn invitation_message(
    state: &AppState,
    org: &Organisation,
    invitation: &Invitation,
    inviter: &str,
    lang: &Lang,
    token: &str,
) -> Message {
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    args.insert("inviter".into(), inviter.to_owned().into());
    args.insert("role".into(), invitation.role.as_str().into());
    args.insert("link".into(), format!("{}/invitations/accept#token={token}", state.config.link_base_url).into());
    Message::compose(org.id, None, &invitation.email, lang, "invitation", &args)
}

/// Accept an invitation with the token from its e-mail. When the invited address has no
/// account yet, `display_name` and `password` create it; when it has one, the request must be
/// signed in as that account.
#[utoipa::path(operation_id = "accept_invitation", tag = "access",
    request_body = AcceptInvitation,
    responses(
        (status = 201, description = "Accepted", body = AcceptedInvitation),
        (status = 401, description = "The invited address has an account: sign in as it and accept again", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No open invitation has this token", body = crate::error::Problem, content_type = "application/problem+json"),
    ),
    security((), ("bearer" = [])))]
#[post("/invitations/accept")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    meta: RequestMeta,
    caller: OptionalCaller,
    body: ValidJson<AcceptInvitation>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let invalid = || ApiError::missing("token", "invalid_invitation");
    let mut conn = state.conn().await?;
    let invitation = queries::find_open_invitation(&mut conn, &digest(&body.token)).await?.ok_or_else(invalid)?;
    let role = invitation.role;
    let valid_to = inviter_still_may_grant(&mut conn, &invitation, role).await?.ok_or_else(invalid)?;
    let existing = accounts::find_by_email(&mut conn, &invitation.email).await?;
    let new_user = match &existing {
        Some(user) if caller.0.as_ref().and_then(|c| c.user_id) == Some(user.id) => None,
        Some(_) => return Err(ApiError::Unauthenticated { code: "sign_in_required" }),
        None => {
            let (Some(display_name), Some(password)) = (body.display_name, body.password) else {
                return Err(ApiError::unprocessable("password", "account_details_required"));
            };
            drop(conn);
            let password_hash = state.hasher.hash(password).await?;
            conn = state.conn().await?;
            Some(NewUser::new(invitation.email.clone(), display_name, password_hash))
        }
    };
    if existing.as_ref().is_some_and(|user| user.id == invitation.invited_by) {
        return Err(ApiError::unprocessable("token", "own_grant"));
    }
    let accepted = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let user_id = match (&existing, &new_user) {
                (Some(user), _) => user.id,
                (None, Some(new_user)) => accounts::insert(conn, new_user).await?,
                (None, None) => return Err(invalid()),
            };
            if !queries::claim_invitation(conn, invitation.id, user_id).await? {
                return Err(invalid());
            }
            let mut grant = Grant::new(
                user_id,
                role,
                Some(invitation.organisation_id),
                invitation.chapter_id,
                Some(invitation.invited_by),
            );
            grant.valid_to = valid_to;
            let grant = queries::insert(conn, &grant).await?;
            let org = Some(invitation.organisation_id);
            audit::record(conn, &meta, Some(user_id), Event::new(org, "accept", "invitation", Some(invitation.id)))
                .await?;
            let person_linked = link_invitee(conn, &meta, &invitation, user_id).await?;
            audit::record(
                conn,
                &meta,
                Some(user_id),
                Event::new(org, "create", "grant", Some(grant.id)).fields(vec!["user_id", "role", "chapter_id"]),
            )
            .await?;
            Ok(AcceptedInvitation {
                user_id,
                grant_id: grant.id,
                organisation_id: invitation.organisation_id,
                account_created: new_user.is_some(),
                person_linked,
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(accepted))
}

/// Links the account to the organisation's person record with the invited address, when there
/// is one and neither is linked yet: accepting proves the invitee reads mail at that address.
async fn link_invitee(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    invitation: &Invitation,
    user_id: UserId,
) -> ApiResult<bool> {
    let org = invitation.organisation_id;
    let Some(person) = members::person_with_email(conn, org, &invitation.email).await? else { return Ok(false) };
    if !accounts::link_person(conn, org, person, user_id, None).await? {
        return Ok(false);
    }
    let event = Event::new(Some(org), "link_account", "member", Some(person.into())).fields(vec!["account"]);
    audit::record(conn, meta, Some(user_id), event).await?;
    Ok(true)
}

/// Whether whoever sent the invitation may still hand out its role there, judged by their
/// grants now; if so, when the new grant must end at the latest (`Some(None)`: open-ended).
async fn inviter_still_may_grant(
    conn: &mut AsyncPgConnection,
    invitation: &Invitation,
    role: Role,
) -> ApiResult<Option<Option<chrono::DateTime<Utc>>>> {
    let inviter =
        Caller { user_id: Some(invitation.invited_by), grants: load_active_grants(conn, invitation.invited_by).await? };
    let chapter = match invitation.chapter_id {
        Some(id) => Some(chapter_queries::find(conn, id).await?),
        None => None,
    };
    let org = invitation.organisation_id;
    let (operation, target) = match &chapter {
        Some(chapter) => {
            (Operation::CreateChapterInvitation, Target::Role { org, ancestors: Some(&chapter.ancestors), role })
        }
        None => (Operation::CreateOrgInvitation, Target::Role { org, ancestors: None, role }),
    };
    if authorize(&inviter, operation, target).is_err() {
        return Ok(None);
    }
    Ok(Some(grant_ceiling(&inviter, target)))
}
