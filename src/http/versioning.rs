//! Optimistic concurrency: resources carry a `version`, sent as a strong `ETag`; an update must
//! send it back in `If-Match`. Without one it is refused with 428, naming an older version 412,
//! so no edit overwrites another unseen. `*` says, explicitly, "whatever the version".

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, HttpResponseBuilder};

use crate::error::{ApiError, FieldError};

/// What `If-Match` may hold: `*`, or a version as this service sends it in `ETag` (the quotes
/// may be left out).
pub const IF_MATCH_PATTERN: &str = r#"^(\*|(W/)?"[0-9]{1,9}"|[0-9]{1,9})$"#;

/// What `If-Match` named: nothing (absent), any version (`*`), one version, or a value that
/// could not be read. Reading it never fails the request by itself, so that authorisation is
/// decided first.
pub struct IfMatch(Result<Option<Expected>, ()>);

#[derive(Clone, Copy)]
enum Expected {
    Any,
    Version(i32),
}

impl IfMatch {
    /// Refuses the write when the header is missing (428), malformed (400) or names another
    /// version (412).
    pub fn check(&self, current: i32) -> Result<(), ApiError> {
        match self.0 {
            Err(()) => Err(ApiError::BadRequest {
                code: "invalid_header",
                errors: vec![FieldError::new("If-Match", "if_match")],
            }),
            Ok(None) => Err(ApiError::PreconditionRequired),
            Ok(Some(Expected::Version(expected))) if expected != current => Err(ApiError::PreconditionFailed),
            Ok(Some(_)) => Ok(()),
        }
    }
}

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(value) = req.headers().get(header::IF_MATCH) else { return ready(Ok(Self(Ok(None)))) };
        let parsed = value.to_str().ok().map(str::trim).and_then(|v| {
            if v == "*" {
                return Some(Expected::Any);
            }
            let tag = v.strip_prefix("W/").unwrap_or(v);
            let digits = tag.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(tag);
            let digits_only = !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
            digits_only.then(|| digits.parse().ok()).flatten().map(Expected::Version)
        });
        ready(Ok(Self(parsed.map(Some).ok_or(()))))
    }
}

/// A 200 response with the resource's version as its `ETag`.
pub fn with_etag(version: i32) -> HttpResponseBuilder {
    let mut builder = HttpResponse::Ok();
    builder.insert_header((header::ETAG, format!("\"{version}\"")));
    builder
}

#[cfg(test)]
mod tests {
    /// The pattern documented on every `If-Match` parameter.
    #[test]
    fn documented_pattern_is_the_one_parsed() {
        let doc = serde_json::to_string(&crate::routes::openapi()).unwrap();
        let documented = serde_json::to_string(super::IF_MATCH_PATTERN).unwrap();
        let parameters = doc.matches("\"name\":\"If-Match\"").count();
        assert!(parameters >= 2);
        assert_eq!(doc.matches(&format!("\"pattern\":{documented}")).count(), parameters);
    }
}
