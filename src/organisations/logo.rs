//! `PUT` and `DELETE /api/v1/orgs/{org}/logo`: the logo the organisation's served pages show.
//! It is stored, not linked, so the pages load nothing from elsewhere; only PNG, JPEG and WebP
//! are taken (an SVG could carry script), and the bytes must be what the type says.

use actix_web::http::header::CONTENT_TYPE;
use actix_web::{HttpRequest, HttpResponse, delete, put, web};
use diesel_async::AsyncConnection;

use super::queries;
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, RequestMeta};

/// The image types taken.
const IMAGE_TYPES: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];

/// Whether the bytes begin as an image of that type does.
fn begins_as(content_type: &str, image: &[u8]) -> bool {
    match content_type {
        "image/png" => image.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => image.starts_with(b"\xff\xd8\xff"),
        "image/webp" => image.starts_with(b"RIFF") && image.get(8..12) == Some(b"WEBP"),
        _ => false,
    }
}

/// The largest logo taken (the table's check says the same).
pub const MAX_LOGO_BYTES: usize = 262_144;

/// Set the organisation's logo (org admins): the body is the image, PNG, JPEG or WebP, at most
/// 256 KiB.
#[utoipa::path(operation_id = "put_org_logo", tag = "organisations",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body(description = "The image", content((crate::http::BinaryFile = "image/png"), (crate::http::BinaryFile = "image/jpeg"), (crate::http::BinaryFile = "image/webp"))),
    responses(
        (status = 204, description = "Stored; the pages show it at `/pages/orgs/{org}/logo`"),
        (status = 413, description = "Larger than 256 KiB", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not a PNG, JPEG or WebP image", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[put("/orgs/{org}/logo")]
pub async fn put_org_logo(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    request: HttpRequest,
    org: web::Path<String>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    let org = queries::find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::PutOrgLogo, Target::Org(org.id))?;
    let declared = request.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let image = body
        .to_bytes_limited(MAX_LOGO_BYTES)
        .await
        .map_err(|_| ApiError::PayloadTooLarge)?
        .map_err(|_| ApiError::BadRequest { code: "invalid_body", errors: Vec::new() })?;
    let content_type = image_type(declared, &image).ok_or(ApiError::UnsupportedMediaType)?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        queries::put_logo(conn, org.id, content_type, &image).await?;
        let event = Event::new(Some(org.id), "update", "organisation", Some(org.id.uuid())).fields(vec!["logo"]);
        Ok(audit::record(conn, &meta, caller.user_id, event).await?)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The type of an image whose declared type is one we take and whose bytes begin as that type's do.
fn image_type(declared: &str, image: &[u8]) -> Option<&'static str> {
    let declared = declared.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    IMAGE_TYPES.into_iter().find(|name| *name == declared && begins_as(name, image))
}

/// Remove the organisation's logo (org admins); the pages then show its name alone.
#[utoipa::path(operation_id = "delete_org_logo", tag = "organisations",
    params(("org" = String, Path, description = "Organisation slug")),
    responses((status = 204, description = "Removed, or there was none")))]
#[delete("/orgs/{org}/logo")]
pub async fn delete_org_logo(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let org = queries::find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::DeleteOrgLogo, Target::Org(org.id))?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        if queries::delete_logo(conn, org.id).await? {
            let event = Event::new(Some(org.id), "update", "organisation", Some(org.id.uuid())).fields(vec!["logo"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_is_taken_only_when_its_bytes_are_what_its_type_says() {
        assert_eq!(image_type("image/png", b"\x89PNG\r\n\x1a\nrest"), Some("image/png"));
        assert_eq!(image_type("IMAGE/JPEG; q=1", b"\xff\xd8\xff\xe0"), Some("image/jpeg"));
        assert_eq!(image_type("image/png", b"\xff\xd8\xff\xe0"), None, "a JPEG called a PNG");
        assert_eq!(image_type("image/svg+xml", b"<svg onload=alert(1)>"), None);
        assert_eq!(image_type("image/webp", b"RIFF\0\0\0\0WAVEfmt "), None, "a sound is no picture");
        assert_eq!(image_type("image/webp", b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
    }
}
