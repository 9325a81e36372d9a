//! Which browser origins may call the API: an allow-list from the configuration.

use actix_cors::Cors;
use actix_web::http::{Method, header};
use anyhow::bail;

use super::middleware::REQUEST_ID;

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

/// The CORS middleware for `origins` (checked by [`check_origins`]).
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
            REQUEST_ID,
        ])
        .expose_headers([header::ETAG, header::RETRY_AFTER, header::CONTENT_LANGUAGE, REQUEST_ID])
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
