//! The two middlewares every request passes. `request_context`, outermost, names the request
//! (id, language), logs it and sets the security headers; `problem_documents`, innermost,
//! renders every error as a translated problem document. CORS runs between them, so it adds its
//! headers to the finished problem documents too and a front-end on another origin can read
//! every error (a response replaced after CORS would lose them).

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};
use percent_encoding::percent_decode_str;
use tracing::Instrument;
use uuid::Uuid;

use super::extract::RequestMeta;
use crate::error::ApiError;
use crate::i18n::Lang;
use crate::privacy::contains_national_id;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What a response depends on besides its address (CORS adds the request headers it reads).
const VARIES_ON: &str = "Accept-Language, Authorization";
const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'";
const DOCS_CSP: &str =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let request_id = incoming_request_id(&req).unwrap_or_else(|| Uuid::now_v7().to_string());
    let lang = Lang::negotiate(
        query_lang(req.query_string()).as_deref(),
        req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    req.extensions_mut().insert(RequestMeta { request_id: request_id.clone(), lang: lang.clone() });
    // A request carrying an identity number outside its body is refused inside, where CORS
    // still applies; its path is not logged, since that may be what holds the number.
    let refused = national_id_outside_body(&req);
    let logged_path = if refused.is_some() { "[refused]" } else { req.path() };
    if let Some(field) = refused {
        req.extensions_mut().insert(RefusedInput(field));
    }
    let span = tracing::info_span!("request", request_id = %request_id, method = %req.method(), path = %logged_path);
    let is_docs = req.path().starts_with("/docs");
    async move {
        let started = Instant::now();
        // Nothing inside answers `Err`: CORS and `problem_documents` answer with responses.
        let res = next.call(req).await?.map_into_boxed_body();
        // The handler may have learnt the language from the body (see `SpokenJson`).
        let lang = RequestMeta::of(res.request()).lang;
        // CORS answers a refused preflight itself, outside `problem_documents`.
        let mut res = if is_problem(&res) { res } else { render_problem(res, &lang, &request_id) };
        set_headers(res.headers_mut(), &request_id, &lang, is_docs);
        tracing::info!(
            status = res.status().as_u16(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "request finished"
        );
        Ok(res)
    }
    .instrument(span)
    .await
}

/// Renders every error, a handler's, an extractor's or actix's own, as a problem document in the
/// caller's language, before CORS sees the response.
pub async fn problem_documents(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let RequestMeta { request_id, lang } = RequestMeta::of(&req);
    let refusal = if holds_nul(req.path()) {
        Some(ApiError::BadRequest { code: "invalid_path", errors: Vec::new() })
    } else {
        let refused = req.extensions().get::<RefusedInput>().map(|r| r.0);
        refused.map(|field| ApiError::validation(field, "national_id_number"))
    };
    if let Some(error) = refusal {
        return Ok(req.into_response(error.render(&lang, Some(&request_id))));
    }
    // Handlers' errors arrive as responses (no middleware runs inside this one), so there is no
    // `Err` to render; the request cannot be kept for one either, routing needs it unshared.
    let res = next.call(req).await?.map_into_boxed_body();
    let lang = RequestMeta::of(res.request()).lang;
    Ok(if is_page(&res) { res } else { render_problem(res, &lang, &request_id) })
}

/// Set by `request_context` on a request that names an identity number outside its body:
/// which input held it.
#[derive(Clone, Copy)]
struct RefusedInput(&'static str);

/// A problem document already, or an error page rendered for people.
fn is_problem(res: &ServiceResponse<BoxBody>) -> bool {
    is_page(res) || res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes() == b"application/problem+json")
}

/// An error page a served page rendered, in the reader's language: it stays a page.
fn is_page(res: &ServiceResponse<BoxBody>) -> bool {
    res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
}

/// Replaces any error body, ours or actix's, with the problem document in the caller's language.
fn render_problem(res: ServiceResponse<BoxBody>, lang: &Lang, request_id: &str) -> ServiceResponse<BoxBody> {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let rendered = match res.response().error().and_then(|e| e.as_error::<ApiError>()) {
        Some(api_error) => api_error.render(lang, Some(request_id)),
        None => ApiError::from_status(status).render(lang, Some(request_id)),
    };
    res.into_response(rendered)
}

fn set_headers(headers: &mut actix_web::http::header::HeaderMap, request_id: &str, lang: &Lang, is_docs: bool) {
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert(REQUEST_ID, value);
    }
    if !headers.contains_key(header::CONTENT_LANGUAGE)
        && let Ok(value) = HeaderValue::from_str(&lang.tag())
    {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    // An organisation's sign-up page may be framed by its own site, as its policy's
    // `frame-ancestors` says; everything else may not be framed at all.
    let framable = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|csp| csp.contains("frame-ancestors") && !csp.contains("frame-ancestors 'none'"));
    if !framable {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    // A page the service renders sets its own, stricter policy; everything else gets one here.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let csp = if is_docs { DOCS_CSP } else { API_CSP };
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    // Added to, not replaced: CORS has put `Origin` there.
    let vary = match headers.get(header::VARY).and_then(|v| v.to_str().ok()) {
        Some(cors) => format!("{cors}, {VARIES_ON}"),
        None => VARIES_ON.to_owned(),
    };
    if let Ok(value) = HeaderValue::from_str(&vary) {
        headers.insert(header::VARY, value);
    }
}

/// A caller-supplied id is kept when it is short and printable, so ids can span services,
/// and holds no identity number (such a request is refused under an id of our own).
fn incoming_request_id(req: &ServiceRequest) -> Option<String> {
    let value = req.headers().get(REQUEST_ID)?.to_str().ok()?;
    let ok = !value.is_empty()
        && value.len() <= 64
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
        && !contains_national_id(value);
    ok.then(|| value.to_owned())
}

/// Where, outside the body, a request carries what looks like an identity number: the
/// `X-Request-Id` (kept in the audit trail and the log) or a path segment (codes such as a
/// catalogue entry's are stored, and every path is logged).
fn national_id_outside_body(req: &ServiceRequest) -> Option<&'static str> {
    let header = req.headers().get(REQUEST_ID).map(|v| String::from_utf8_lossy(v.as_bytes()));
    if header.is_some_and(|value| contains_national_id(&value)) {
        return Some("X-Request-Id");
    }
    req.path()
        .split('/')
        .map(|segment| percent_decode_str(segment).decode_utf8_lossy())
        .any(|segment| contains_national_id(&segment))
        .then_some("path")
}

/// A percent-encoded NUL in the path (PostgreSQL cannot compare text holding one).
fn holds_nul(path: &str) -> bool {
    path.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"%00"))
}

fn query_lang(query: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "lang").map(|(_, v)| v.into_owned())
}
