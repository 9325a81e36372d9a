//! Which browser origins may call the API (an allow-list from the configuration), which request
//! headers they may send and which response headers their scripts may read.

use actix_cors::Cors;
use actix_web::http::{Method, header};
use anyhow::bail;

use super::middleware::REQUEST_ID;

/// Sent with a public sign-up so that a retry does nothing twice.
const IDEMPOTENCY_KEY: header::HeaderName = header::HeaderName::from_static("idempotency-key");

/// Checks that every origin is `scheme://host[:port]`, as browsers send it.
pub fn check_origins(origins: &[String]) -> anyhow::Result<()> {
    for origin in origins {
        let Some((scheme, rest)) = origin.split_once("://") else { bail!("CORS origin `{origin}` lacks a scheme") };
        let valid = matches!(scheme, "http" | "https") && !rest.is_empty() && !rest.contains(['/', '*', '?', '#']);
        if !valid {
            bail!("CORS origin `{origin}` must be scheme://host[:port]");
        }
    }
    Ok(())
}

/// The CORS middleware for `origins` (checked by [`check_origins`]). Every header a front-end
/// sends is allowed, and every header it has to read is exposed: a browser hides the others
/// from scripts on another origin.
pub fn cors(origins: &[String]) -> Cors {
    origins
        .iter()
        .fold(Cors::default(), |cors, origin| cors.allowed_origin(origin))
        .allowed_methods([Method::GET, Method::POST, Method::PUT, Method::PATCH, Method::DELETE])
        .allowed_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::ACCEPT_LANGUAGE,
            IDEMPOTENCY_KEY,
            REQUEST_ID,
        ])
        .expose_headers([
            header::ETAG,
            header::RETRY_AFTER,
            header::CONTENT_LANGUAGE,
            header::CONTENT_DISPOSITION,
            REQUEST_ID,
        ])
        .max_age(3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_bare_scheme_host_and_port() {
        assert!(check_origins(&["https://app.lpp.no".into(), "http://localhost:5173".into()]).is_ok());
        for bad in ["app.lpp.no", "https://app.lpp.no/", "*", "https://*.lpp.no", "ftp://x"] {
            assert!(check_origins(&[bad.into()]).is_err(), "{bad}");
        }
    }
}
