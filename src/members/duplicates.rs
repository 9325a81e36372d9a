//! Likely duplicates (same birth year and postal code, similar name) and merging two records
//! of one person into one, keeping every membership, consent and piece of history.

use actix_web::{HttpResponse, get, post, web};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use super::queries::{self, MergedDetails, Person};
use super::registry;
use super::types::{MemberResponse, MemberSummary};
use super::types::{member_response, summarise};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, authorize};
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_target;
use crate::guards::{person_for, visible_person};
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::ids::{ChapterId, PersonId, UserId};

#[derive(Debug, Serialize, ToSchema)]
pub struct DuplicateGroup {
    pub member: MemberSummary,
    /// Others with the same birth year and postal code and a similar name.
    pub candidates: Vec<MemberSummary>,
}

/// Likely duplicates among the members of a chapter and the chapters under it (chapter leaders).
#[utoipa::path(operation_id = "list_duplicates", tag = "members",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), PageParams),
    responses((status = 200, description = "One page of groups of likely duplicates", body = Page<DuplicateGroup>)))]
#[get("/chapters/{chapter_id}/duplicates")]
pub async fn list_duplicates(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let page = page.0;
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ListDuplicates, chapter_target(&chapter))?;
    if let Some(after) = page.after() {
        let (person, _) = queries::find_person(&mut conn, after.into()).await?;
        if person.organisation_id != chapter.organisation_id {
            return Err(ApiError::NotFound);
        }
    }
    let pairs = queries::likely_duplicates(&mut conn, chapter.id, page.after(), page.fetch()).await?;
    let mut ids: Vec<PersonId> = pairs.iter().flat_map(|p| [p.a, p.b]).collect();
    ids.sort_unstable();
    ids.dedup();
    let people = queries::people_by_ids(&mut conn, &ids).await?;
    let summaries = summarise(&mut conn, people).await?;
    let find = |id: PersonId| summaries.iter().find(|s| s.id == id);
    let mut firsts: Vec<PersonId> = pairs.iter().map(|p| p.a).collect();
    firsts.dedup();
    let groups: Vec<(PersonId, Vec<PersonId>)> =
        firsts.into_iter().map(|a| (a, pairs.iter().filter(|p| p.a == a).map(|p| p.b).collect())).collect();
    audit::record_list_read(&mut conn, &meta, &caller, chapter.organisation_id, "duplicate", Some(chapter.id)).await?;
    let page = page.page(groups, |(a, _)| a.uuid());
    let items = page
        .items
        .into_iter()
        .filter_map(|(a, bs)| {
            Some(DuplicateGroup {
                member: find(a)?.clone(),
                candidates: bs.into_iter().filter_map(|b| find(b).cloned()).collect(),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeMembers {
    /// The other record of the same person; it is folded into this one and then removed.
    pub duplicate_id: PersonId,
}

/// Fold a duplicate record into this member: everything the duplicate holds (memberships, fees,
/// consents, sign-ups, follow-ups, contacts, messages, roles, courses taken and taught, group
/// leaderships, activities) moves over, empty details are filled from the duplicate, and the
/// duplicate is removed. The caller must be allowed to see both.
#[utoipa::path(operation_id = "merge_members", tag = "members",
    params(("member_id" = Uuid, Path, description = "The member (person) to keep")),
    request_body = MergeMembers,
    responses(
        (status = 200, description = "Merged", body = MemberResponse),
        (status = 409, description = "Both have an open membership, or one was erased", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/members/{member_id}/merge")]
pub async fn merge_members(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<MergeMembers>,
) -> ApiResult<HttpResponse> {
    let keep = person_for(&mut conn, &caller, Operation::MergeMembers, PersonId::from(*id)).await?;
    let org = keep.organisation_id;
    let duplicate =
        visible_person(&mut conn, &caller, Operation::MergeMembers, org, body.0.duplicate_id, "duplicate_id").await?;
    if keep.id == duplicate.id {
        return Err(ApiError::unprocessable("duplicate_id", "merge_with_self"));
    }
    if keep.erased_at.is_some() || duplicate.erased_at.is_some() {
        return Err(ApiError::conflict("duplicate_id", "member_erased"));
    }
    let merged = conn
        .transaction::<_, ApiError, _>(async |conn| merge(conn, &meta, caller.user_id, &keep, &duplicate).await)
        .await?;
    Ok(HttpResponse::Ok().json(member_response(&mut conn, merged).await?))
}

/// Folds `dup` into `keep` (refused while both hold an open membership) and records it in the
/// audit trail as `actor`'s; returns the kept record.
pub(super) async fn merge(
    conn: &mut AsyncPgConnection,
    meta: &RequestMeta,
    actor: Option<UserId>,
    keep: &Person,
    dup: &Person,
) -> Result<Person, ApiError> {
    let open = |ms: &[queries::Membership]| ms.iter().any(|m| m.status.is_open());
    let kept_memberships = queries::memberships_of_person(conn, keep.id).await?;
    let dup_memberships = queries::memberships_of_person(conn, dup.id).await?;
    if open(&kept_memberships) && open(&dup_memberships) {
        return Err(ApiError::conflict("duplicate_id", "both_memberships_open"));
    }
    let (from, to) = (dup.id, keep.id);
    registry::queries::merge(conn, from, to).await?;
    queries::delete_person(conn, from).await?;
    let mut relations = keep.relations.clone();
    relations.extend(dup.relations.iter().cloned());
    relations.sort_unstable();
    relations.dedup();
    let newest_chapter = queries::newest_membership_chapter(conn, to).await?.unwrap_or(keep.home_chapter_id);
    // A detail taken from a record that held it back stays held back on the kept one if another
    // record holds it; the kept record then inherits the open member request too. A request
    // that now asks whether the kept record is itself goes.
    let copied_email = keep.email.is_none().then(|| dup.email.clone()).flatten();
    let copied_phone = keep.phone.is_none().then(|| dup.phone.clone()).flatten();
    let holders = queries::contact_holders(
        conn,
        keep.organisation_id,
        copied_email.as_deref(),
        copied_phone.as_deref(),
        Some(to),
    )
    .await?;
    let held = keep.contact_held || (dup.contact_held && holders.iter().any(|h| !h.contact_held));
    queries::drop_requests_about_itself(conn, to).await?;
    let details = MergedDetails {
        contact_held: held,
        email: keep.email.clone().or_else(|| dup.email.clone()),
        phone: keep.phone.clone().or_else(|| dup.phone.clone()),
        postal_code: keep.postal_code.clone().or_else(|| dup.postal_code.clone()),
        birth_year: keep.birth_year.or(dup.birth_year),
        birth_date: keep.birth_date.or(dup.birth_date),
        relations,
        home_chapter_id: newest_chapter,
    };
    let merged = queries::save_merged(conn, to, details).await?;
    let org = Some(keep.organisation_id);
    audit::record(
        conn,
        meta,
        actor,
        Event::new(org, "merge", "member", Some(keep.id.into())).fields(vec!["duplicate_id"]),
    )
    .await?;
    audit::record(conn, meta, actor, Event::new(org, "delete", "member", Some(dup.id.into()))).await?;
    Ok(merged)
}
