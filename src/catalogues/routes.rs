//! `/api/v1/orgs/{org}/catalogues/{catalogue}`: an organisation's vocabularies.

use actix_web::{HttpResponse, get, put, web};
use diesel_async::AsyncConnection;

use super::codes::is_code;
use super::queries::{self, Entry};
use super::types::{Catalogue, EntryResponse, MAX_ENTRIES, PutEntry};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, Page, RequestMeta, ValidJson};
use crate::organisations::queries::find_by_slug;

/// List one catalogue, in display order (anyone holding a role in the organisation).
#[utoipa::path(operation_id = "list_catalogue", tag = "organisations",
    params(("org" = String, Path, description = "Organisation slug"),
           ("catalogue" = Catalogue, Path, description = "Which catalogue")),
    responses((status = 200, description = "Every entry (at most 100)", body = Page<EntryResponse>)))]
#[get("/orgs/{org}/catalogues/{catalogue}")]
pub async fn list_catalogue(
    caller: Caller,
    mut conn: Db,
    path: web::Path<(String, Catalogue)>,
) -> ApiResult<HttpResponse> {
    let (org, catalogue) = path.into_inner();
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListCatalogue, Target::Org(org.id))?;
    let entries = queries::list(&mut conn, org.id, catalogue).await?;
    Ok(HttpResponse::Ok().json(Page::whole(entries.into_iter().map(EntryResponse::from).collect())))
}

/// Add or change an entry (org admins). Entries are never deleted: retire them instead, so
/// that history keeps its meaning.
#[utoipa::path(operation_id = "put_catalogue_entry", tag = "organisations",
    params(("org" = String, Path, description = "Organisation slug"),
           ("catalogue" = Catalogue, Path, description = "Which catalogue"),
           ("code" = crate::catalogues::codes::Code, Path, description = "The entry's code")),
    request_body = PutEntry,
    responses(
        (status = 200, description = "Replaced", body = EntryResponse),
        (status = 201, description = "Created", body = EntryResponse),
        (status = 409, description = "The catalogue is full (100 entries)", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[put("/orgs/{org}/catalogues/{catalogue}/{code}")]
pub async fn put_catalogue_entry(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    path: web::Path<(String, Catalogue, String)>,
    body: ValidJson<PutEntry>,
) -> ApiResult<HttpResponse> {
    let (org, catalogue, code) = path.into_inner();
    let body = body.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::PutCatalogueEntry, Target::Org(org.id))?;
    if !is_code(&code) {
        return Err(ApiError::BadRequest { code: "invalid_path", errors: Vec::new() });
    }
    let entry = Entry {
        organisation_id: org.id,
        catalogue,
        code,
        labels: serde_json::to_value(&body.labels).map_err(anyhow::Error::from)?,
        public: body.public,
        retired: body.retired,
        position: body.position,
    };
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let created = queries::upsert(conn, &entry).await?;
            if created && queries::count(conn, org.id, catalogue).await? > MAX_ENTRIES {
                return Err(ApiError::conflict("code", "catalogue_full"));
            }
            let event = Event::new(Some(org.id), if created { "create" } else { "update" }, catalogue.as_str(), None)
                .fields(vec!["labels", "public", "retired", "position"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(created)
        })
        .await?;
    let response = EntryResponse::from(entry);
    Ok(if created { HttpResponse::Created().json(response) } else { HttpResponse::Ok().json(response) })
}

#[cfg(test)]
mod tests {
    #[test]
    fn code_rule_matches_its_documented_pattern() {
        assert_eq!(super::super::codes::CODE_PATTERN, "^[a-z][a-z0-9_]{0,39}$");
        for ok in ["ordinary", "a", "peer_2"] {
            assert!(super::is_code(ok), "{ok}");
        }
        for bad in ["", "Ordinary", "2peer", "a-b", &"a".repeat(41)] {
            assert!(!super::is_code(bad), "{bad}");
        }
    }
}
