//! `GET /api/v1/me`: the signed-in account, the roles it holds now, and what the account holder
//! does as a volunteer in each organisation where the account is linked to their person record.

use actix_web::{HttpResponse, get};
use chrono::{NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::queries::{self, LinkedPerson};
use super::types::{MeResponse, MyGrant, MyGroup, MyPerson, MyQualification, MyRole};
use crate::access::queries as access;
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::ApiResult;
use crate::groups::queries as groups;
use crate::http::Db;
use crate::ids::PersonId;
use crate::peer_support::queries as peer_support;
use crate::peer_support::types::MyAssignment;
use crate::volunteers::queries as volunteers;

/// The caller's own account, current roles, and their own volunteer work.
#[utoipa::path(operation_id = "get_me", tag = "auth",
    responses((status = 200, description = "The signed-in account", body = MeResponse)))]
#[get("/me")]
pub async fn get_me(caller: Caller, mut conn: Db) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::GetMe, Target::Nothing)?;
    let user = queries::find(&mut conn, caller.id()?).await?;
    let ids: Vec<Uuid> = caller.grants.iter().map(|g| g.id).collect();
    let places = access::places_of(&mut conn, &ids).await?;
    let grants = caller
        .grants
        .iter()
        .map(|g| {
            let place = places.iter().find(|(id, _, _)| *id == g.id);
            MyGrant {
                id: g.id,
                role: g.role,
                organisation_id: g.organisation_id,
                organisation_slug: place.and_then(|p| p.1.clone()),
                chapter_id: g.chapter_id,
                chapter_name: place.and_then(|p| p.2.clone()),
            }
        })
        .collect();
    // A link stays when a role is revoked, but what it shows is for people of the organisation.
    let linked = queries::linked_people(&mut conn, user.id)
        .await?
        .into_iter()
        .filter(|l| caller.belongs_to(l.organisation_id))
        .collect();
    let people = own_work(&mut conn, linked, Utc::now().date_naive()).await?;
    Ok(HttpResponse::Ok().json(MeResponse {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        language: user.language,
        grants,
        people,
    }))
}

/// The roles, courses, groups and open assignments of the linked people, with one statement
/// each for all of them.
async fn own_work(
    conn: &mut AsyncPgConnection,
    linked: Vec<LinkedPerson>,
    today: NaiveDate,
) -> ApiResult<Vec<MyPerson>> {
    if linked.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<PersonId> = linked.iter().map(|l| l.person_id).collect();
    let roles = volunteers::roles_held_on(conn, &ids, today).await?;
    let completions = volunteers::completions_of_people(conn, &ids).await?;
    let leaderships = groups::leaderships_from(conn, &ids, today).await?;
    let assignments = peer_support::open_assignments_of(conn, &ids).await?;
    Ok(linked
        .into_iter()
        .map(|l| MyPerson {
            roles: roles.iter().filter(|r| r.person_id == l.person_id).map(my_role).collect(),
            qualifications: completions
                .iter()
                .filter(|c| c.person_id == l.person_id)
                .map(|c| MyQualification {
                    course_run_id: c.course_run_id,
                    course_type: c.course_type.clone(),
                    completed_on: c.completed_on,
                    expires_on: c.expires_on,
                    days_to_expiry: c.expires_on.map(|e| (e - today).num_days()),
                })
                .collect(),
            groups: leaderships
                .iter()
                .filter(|g| g.person_id == l.person_id)
                .map(|g| MyGroup {
                    group_id: g.group_id,
                    name: g.name.clone(),
                    chapter_id: g.chapter_id,
                    status: g.status,
                    leader_kind: g.leader_kind,
                    from_on: g.from_on,
                    to_on: g.to_on,
                })
                .collect(),
            assignments: assignments
                .iter()
                .filter(|(a, _)| a.person_id == l.person_id)
                .map(|(a, r)| MyAssignment::new(a, r))
                .collect(),
            organisation_id: l.organisation_id,
            organisation_slug: l.organisation_slug,
            person_id: l.person_id,
            linked_at: l.linked_at,
        })
        .collect())
}

fn my_role(r: &volunteers::HeldRole) -> MyRole {
    MyRole {
        id: r.id,
        chapter_id: r.chapter_id,
        chapter_name: r.chapter_name.clone(),
        role: r.role_code.clone(),
        from_on: r.from_on,
        to_on: r.to_on,
        active: r.active,
        needs_qualification: r.needs_qualification,
        qualified_until: r.expires_on,
    }
}
