//! Optimistic concurrency: resources carry a `version`, sent as a strong `ETag`; an update with
//! `If-Match` naming an older version is refused with 412.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, HttpResponseBuilder};

use crate::error::ApiError;

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
            if v == "*" { Some(None) } else { v.trim_start_matches("W/").trim_matches('"').parse().ok().map(Some) }
        });
        ready(parsed.map(Self).ok_or(ApiError::PreconditionFailed))
    }
}

/// A 200 response with the resource's version as its `ETag`.
pub fn with_etag(version: i32) -> HttpResponseBuilder {
    let mut builder = HttpResponse::Ok();
    builder.insert_header((header::ETAG, format!("\"{version}\"")));
    builder
}
