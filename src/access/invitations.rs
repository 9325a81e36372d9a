//! Invitations: an org admin or chapter leader invites someone by e-mail to a role; the
//! invitee accepts with the one-time token, creating their account if they have none.

use actix_web::{HttpResponse, post, web};
use chrono::{Duration, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Grant, Invitation};
use super::types::{AcceptInvitation, AcceptedInvitation, ChapterRole, CreateInvitation, InvitationResponse, OrgRole};
use crate::accounts::queries::{self as accounts, NewUser};
use crate::audit::{self, Event};
use crate::auth::tokens::{digest, new_opaque_token};
use crate::auth::{Caller, Operation, Role, Target, authorize};
use crate::chapters::queries as chapter_queries;
use crate::error::{ApiError, ApiResult};
use crate::http::{RequestMeta, ValidJson};
use crate::organisations::queries::find_by_slug;
use crate::state::AppState;

/// Invite someone by e-mail to an organisation-wide role (org admins).
#[utoipa::path(operation_id = "create_org_invitation", tag = "access",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = CreateInvitation<OrgRole>,
    responses((status = 201, description = "Invited; the token is shown only here", body = InvitationResponse)))]
#[post("/orgs/{org}/invitations")]
pub async fn create_org_invitation(
    state: web::Data<AppState>,
    caller: Caller,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<CreateInvitation<OrgRole>>,
) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::CreateOrgInvitation, Target::Org(org.id))?;
    invite(&state, &mut conn, &caller, &meta, org.id, None, &body.0.email, body.0.role.into()).await
}

/// Invite someone by e-mail to a role in this chapter (its leaders and those above, org admins).
#[utoipa::path(operation_id = "create_chapter_invitation", tag = "access",
    params(("chapter_id" = Uuid, Path, description = "Chapter id")),
    request_body = CreateInvitation<ChapterRole>,
    responses((status = 201, description = "Invited; the token is shown only here", body = InvitationResponse)))]
#[post("/chapters/{chapter_id}/invitations")]
pub async fn create_chapter_invitation(
    state: web::Data<AppState>,
    caller: Caller,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<CreateInvitation<ChapterRole>>,
) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let chapter = chapter_queries::find(&mut conn, *id).await?;
    let role = Role::from(body.0.role);
    let target = Target::Role { org: chapter.organisation_id, ancestors: Some(&chapter.ancestors), role };
    authorize(&caller, Operation::CreateChapterInvitation, target)?;
    invite(&state, &mut conn, &caller, &meta, chapter.organisation_id, Some(chapter.id), &body.0.email, role).await
}

#[allow(clippy::too_many_arguments)]
async fn invite(
    state: &AppState,
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    meta: &RequestMeta,
    org: Uuid,
    chapter: Option<Uuid>,
    email: &str,
    role: Role,
) -> ApiResult<HttpResponse> {
    let (token, token_hash) = new_opaque_token();
    let now = Utc::now();
    let invitation = Invitation {
        id: Uuid::now_v7(),
        organisation_id: org,
        chapter_id: chapter,
        role: role.as_str().to_owned(),
        email: accounts::normalise_email(email),
        token_hash,
        invited_by: caller.id()?,
        created_at: now,
        expires_at: now + Duration::hours(i64::from(state.config.invitation_ttl_hours)),
        accepted_at: None,
        accepted_by: None,
    };
    conn.transaction::<_, ApiError, _>(async |conn| {
        queries::insert_invitation(conn, &invitation).await?;
        let event = Event::new(Some(org), "create", "invitation", Some(invitation.id)).fields(vec![
            "email",
            "role",
            "chapter_id",
        ]);
        audit::record(conn, meta, caller.user_id, event).await?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::Created().json(InvitationResponse {
        id: invitation.id,
        email: invitation.email,
        role,
        chapter_id: invitation.chapter_id,
        expires_at: invitation.expires_at,
        token,
    }))
}

/// Accept an invitation with its token. Creates the account when the e-mail has none (then
/// `display_name` and `password` are required); otherwise adds the role to the existing account.
#[utoipa::path(operation_id = "accept_invitation", tag = "access",
    request_body = AcceptInvitation,
    responses(
        (status = 201, description = "Accepted", body = AcceptedInvitation),
        (status = 404, description = "No open invitation has this token", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/invitations/accept")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    meta: RequestMeta,
    body: ValidJson<AcceptInvitation>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let invalid = || ApiError::missing("token", "invalid_invitation");
    let mut conn = state.conn().await?;
    let invitation = queries::find_open_invitation(&mut conn, &digest(&body.token)).await?.ok_or_else(invalid)?;
    let role = Role::parse(&invitation.role).ok_or_else(invalid)?;
    let existing = accounts::find_by_email(&mut conn, &invitation.email).await?;
    let new_user = match existing {
        Some(_) => None,
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
            let grant = Grant::new(
                user_id,
                role,
                Some(invitation.organisation_id),
                invitation.chapter_id,
                Some(invitation.invited_by),
            );
            let grant = queries::insert(conn, &grant).await?;
            let org = Some(invitation.organisation_id);
            audit::record(conn, &meta, Some(user_id), Event::new(org, "accept", "invitation", Some(invitation.id)))
                .await?;
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
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(accepted))
}
