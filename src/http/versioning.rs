//! Optimistic concurrency: resources carry a `version`, sent as a strong `ETag`; an update with
//! `If-Match` naming an older version is refused with 412.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, HttpResponseBuilder};

use crate::error::{ApiError, FieldError};

/// What `If-Match` may hold: `*`, or a version as this service sends it in `ETag`.
pub const IF_MATCH_PATTERN: &str = r#"^(\*|(W/)?"[0-9]{1,9}")$"#;

/// The version named by `If-Match`, if the request sent one.
pub struct IfMatch(pub Option<i32>);

impl IfMatch {
    /// Refuses the write when the caller edited an older version than `current`.
    pub fn check(&self, current: i32) -> Result<(), ApiError> {
        match self.0 {
            Some(expected) if expected != current => Err(ApiError::PreconditionFailed),
            _ => Ok(()),
        }
    }
}

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(value) = req.headers().get(header::IF_MATCH) else { return ready(Ok(Self(None))) };
        let parsed = value.to_str().ok().map(str::trim).and_then(|v| {
            if v == "*" {
                return Some(None);
            }
            let quoted = v.strip_prefix("W/").unwrap_or(v).strip_prefix('"')?.strip_suffix('"')?;
            let digits_only = !quoted.is_empty() && quoted.len() <= 9 && quoted.bytes().all(|b| b.is_ascii_digit());
            digits_only.then(|| quoted.parse().ok()).flatten().map(Some)
        });
        ready(parsed.map(Self).ok_or_else(|| ApiError::BadRequest {
            code: "invalid_header",
            errors: vec![FieldError::new("If-Match", "if_match")],
        }))
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
        assert_eq!(doc.matches(&format!("\"pattern\":{documented}")).count(), 2);
    }
}
