//! Extractors that turn requests into typed, validated input or a problem response.

use chrono::{NaiveDate, Utc};
use std::future::{Future, Ready, ready};
use std::net::IpAddr;
use std::pin::Pin;

use actix_web::body::{BodyStream, to_bytes_limited};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::DeserializeOwned;
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use crate::error::{ApiError, FieldError};
use crate::field::Refusal;
use crate::i18n::Lang;
use crate::state::AppState;

/// Set by the request middleware for every request.
#[derive(Debug, Clone)]
pub struct RequestMeta {
    pub request_id: String,
    pub lang: Lang,
}

impl RequestMeta {
    /// The id and language `request_context` gave the request (English, no id, outside it).
    pub fn of(req: &impl HttpMessage) -> Self {
        req.extensions()
            .get::<RequestMeta>()
            .cloned()
            .unwrap_or_else(|| RequestMeta { request_id: String::new(), lang: Lang::default() })
    }

    /// From now on the request is answered in `lang`: the middleware reads the language again
    /// once the handler is done, so errors found later are given in it too.
    pub fn answer_in(req: &impl HttpMessage, lang: Lang) {
        let meta = RequestMeta { lang, ..Self::of(req) };
        req.extensions_mut().insert(meta);
    }
}

impl FromRequest for RequestMeta {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::of(req)))
    }
}

/// A JSON body, limited to `LIMIT` bytes, parsed strictly (unknown fields refused) and validated.
pub struct ValidJson<T, const LIMIT: usize = 16_384>(pub T);

impl<T, const LIMIT: usize> FromRequest for ValidJson<T, LIMIT>
where
    T: DeserializeOwned + Validate + 'static,
{
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = json_body::<LIMIT>(req, payload);
        Box::pin(async move { parse_json::<T>(&body.await?).map(Self) })
    }
}

/// As [`ValidJson`], for a body written by the person it is about in their own language (a
/// public sign-up): its `language`, when it names one we have, is the language the answer and
/// its errors are given in, whatever the browser's `Accept-Language` says.
pub struct SpokenJson<T, const LIMIT: usize = 16_384>(pub T);

impl<T, const LIMIT: usize> FromRequest for SpokenJson<T, LIMIT>
where
    T: DeserializeOwned + Validate + 'static,
{
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = json_body::<LIMIT>(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let bytes = body.await?;
            let spoken = serde_json::from_slice::<serde_json::Value>(&bytes)
                .ok()
                .and_then(|v| v.get("language")?.as_str().and_then(Lang::parse_supported));
            if let Some(lang) = spoken {
                RequestMeta::answer_in(&req, lang);
            }
            parse_json::<T>(&bytes).map(Self)
        })
    }
}

/// The body of a JSON request, at most `LIMIT` bytes; refused early when its declared length
/// is over the limit or it is not JSON.
fn json_body<const LIMIT: usize>(
    req: &HttpRequest,
    payload: &mut Payload,
) -> impl Future<Output = Result<web::Bytes, ApiError>> + 'static {
    let is_json = req
        .mime_type()
        .ok()
        .flatten()
        .is_some_and(|m| m.subtype() == "json" || m.suffix().is_some_and(|s| s == "json"));
    let declared_too_long = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
        .is_some_and(|len| len > LIMIT);
    let payload = payload.take();
    async move {
        if declared_too_long {
            return Err(ApiError::PayloadTooLarge);
        }
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        to_bytes_limited(BodyStream::new(payload), LIMIT)
            .await
            .map_err(|_| ApiError::PayloadTooLarge)?
            .map_err(|_| ApiError::BadRequest { code: "malformed_json", errors: Vec::new() })
    }
}

/// Parses strictly: the body is an object (serde would also fill a struct from an array), numbers
/// such as `3.0` count as integers, as JSON Schema says they are, strings may not contain NUL,
/// which PostgreSQL cannot store (the OpenAPI document says so too), and no field may hold a
/// national identity number, which the registry never stores. Then it is validated; every
/// value refused by its type and every failed check is a field error of one answer.
pub fn parse_json<T: DeserializeOwned + Validate>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|_| ApiError::BadRequest { code: "malformed_json", errors: Vec::new() })?;
    if !value.is_object() {
        return Err(ApiError::BadRequest { code: "invalid_body", errors: vec![FieldError::new(".", "invalid_type")] });
    }
    match normalise(&mut value, "") {
        Some(Refused::Nul(path)) => {
            return Err(ApiError::BadRequest {
                code: "invalid_body",
                errors: vec![FieldError::new(path, "nul_character")],
            });
        }
        Some(Refused::NationalId(path)) => return Err(ApiError::validation(&path, "national_id_number")),
        None => {}
    }
    let mut refused = Vec::new();
    loop {
        let err = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(parsed) => return validated(parsed, refused),
            Err(err) => err,
        };
        let path = err.path().clone();
        let message = err.into_inner().to_string();
        let Some(refusal) = Refusal::carried_by(&message) else {
            let errors = vec![serde_field_error(path.to_string(), &message)];
            return Err(ApiError::BadRequest { code: "invalid_body", errors });
        };
        let field = path.to_string();
        // A stand-in is refused only if its type is wrong; then stop rather than loop.
        if refused.iter().any(|e: &FieldError| e.field == field) {
            return Err(ApiError::Validation(refused));
        }
        let stood_in = stand_in(&mut value, &path, &refusal.stand_in);
        refused.push(refusal_error(field, refusal));
        if !stood_in || refused.len() >= MAX_REFUSALS {
            return Err(ApiError::Validation(refused));
        }
    }
}

/// Each refused value costs one more pass over the input, so a body of thousands of bad list
/// items is answered with the first ones.
const MAX_REFUSALS: usize = 50;

/// The parsed input, if its checks pass and no value of it was refused.
fn validated<T: Validate>(parsed: T, mut refused: Vec<FieldError>) -> Result<T, ApiError> {
    if let Err(failed) = parsed.validate() {
        refused.extend(field_errors(&failed));
    }
    if refused.is_empty() { Ok(parsed) } else { Err(ApiError::Validation(refused)) }
}

fn refusal_error(path: String, refusal: Refusal) -> FieldError {
    refusal.args.iter().fold(FieldError::new(path, refusal.code), |error, (name, value)| error.with_arg(name, value))
}

/// Puts `stand_in` where `path` points, so that parsing can go on past a refused value; false
/// when the path leads nowhere (then parsing stops at this value).
fn stand_in(value: &mut serde_json::Value, path: &serde_path_to_error::Path, stand_in: &str) -> bool {
    use serde_path_to_error::Segment;
    let mut here = value;
    for segment in path.iter() {
        let next = match segment {
            Segment::Seq { index } => here.get_mut(*index),
            Segment::Map { key } => here.get_mut(key.as_str()),
            Segment::Enum { .. } | Segment::Unknown => None,
        };
        match next {
            Some(next) => here = next,
            None => return false,
        }
    }
    *here = serde_json::Value::String(stand_in.to_owned());
    true
}

/// Why a body was refused before deserialising, with the path of the offending value.
#[derive(Debug, PartialEq)]
enum Refused {
    Nul(String),
    NationalId(String),
}

/// Secrets are checked, hashed and forgotten, never stored: an identity number in one is not
/// kept, and refusing it would lock its owner out.
const SECRET_FIELDS: &[&str] = &["password", "token", "refresh_token"];

/// Turns integral floats into integers; finds the first string holding NUL or an identity number.
fn normalise(value: &mut serde_json::Value, path: &str) -> Option<Refused> {
    use serde_json::Value;
    let join = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
    let here = || if path.is_empty() { ".".to_owned() } else { path.to_owned() };
    match value {
        Value::String(s) if s.contains('\0') => Some(Refused::Nul(here())),
        Value::String(s) if crate::privacy::contains_national_id(s) => Some(Refused::NationalId(here())),
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|f| n.is_f64() && f.fract() == 0.0 && f.abs() < 9.0e15) {
                *value = Value::from(f as i64);
            }
            None
        }
        Value::Array(items) => {
            items.iter_mut().enumerate().find_map(|(i, item)| normalise(item, &format!("{path}[{i}]")))
        }
        Value::Object(map) => map.iter_mut().find_map(|(key, item)| {
            if key.contains('\0') {
                Some(Refused::Nul(join(key)))
            } else if let Some(secret) = item.as_str().filter(|_| SECRET_FIELDS.contains(&key.as_str())) {
                secret.contains('\0').then(|| Refused::Nul(join(key)))
            } else {
                normalise(item, &join(key))
            }
        }),
        _ => None,
    }
}

/// For `deserialize_with`: tells an absent field (`None`, with `#[serde(default)]`) from an
/// explicit `null` (`Some(None)`), so that a PATCH can clear a field.
pub fn present<'de, T: serde::Deserialize<'de>, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    <Option<T> as serde::Deserialize>::deserialize(d).map(Some)
}

/// Query parameters, validated. Unknown parameters are ignored, so one query string can feed
/// several extractors (paging and filters).
pub struct ValidQuery<T>(pub T);

impl<T: DeserializeOwned + Validate> FromRequest for ValidQuery<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(parse_query(req.query_string()).map(Self))
    }
}

fn parse_query<T: DeserializeOwned + Validate>(query: &str) -> Result<T, ApiError> {
    if let Some((name, _)) =
        form_urlencoded::parse(query.as_bytes()).find(|(k, v)| k.contains('\0') || v.contains('\0'))
    {
        return Err(ApiError::BadRequest {
            code: "invalid_query",
            errors: vec![FieldError::new(name, "nul_character")],
        });
    }
    let mut pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let mut refused = Vec::new();
    loop {
        let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(&pairs).finish();
        let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(encoded.as_bytes()));
        let err = match serde_path_to_error::deserialize::<_, T>(deserializer) {
            Ok(parsed) => return validated(parsed, refused),
            Err(err) => err,
        };
        let name = err.path().to_string();
        let message = err.into_inner().to_string();
        let Some(refusal) = Refusal::carried_by(&message) else {
            let errors = vec![serde_field_error(name, &message)];
            return Err(ApiError::BadRequest { code: "invalid_query", errors });
        };
        if refused.iter().any(|e: &FieldError| e.field == name) {
            return Err(ApiError::Validation(refused));
        }
        let mut stood_in = false;
        for (_, value) in pairs.iter_mut().filter(|(key, _)| *key == name) {
            value.clone_from(&refusal.stand_in);
            stood_in = true;
        }
        refused.push(refusal_error(name, refusal));
        if !stood_in || refused.len() >= MAX_REFUSALS {
            return Err(ApiError::Validation(refused));
        }
    }
}

/// Classifies a serde error message into a stable code; the path says which field.
fn serde_field_error(path: String, message: &str) -> FieldError {
    let code = [
        ("unknown field", "unknown_field"),
        ("missing field", "missing_field"),
        ("invalid type", "invalid_type"),
        ("unknown variant", "unknown_variant"),
        ("invalid length", "invalid_length"),
    ]
    .iter()
    .find(|(needle, _)| message.starts_with(needle))
    .map_or("invalid_value", |(_, code)| code);
    let field = match (code, message.split('`').nth(1)) {
        ("unknown_field" | "missing_field", Some(name)) if path == "." => name.to_owned(),
        ("missing_field", Some(name)) => format!("{path}.{name}"),
        _ => path,
    };
    FieldError::new(field, code)
}

/// Flattens validator's nested errors into `path` + rule code + the rule's parameters.
pub fn field_errors(errors: &ValidationErrors) -> Vec<FieldError> {
    let mut out = Vec::new();
    collect(errors, "", &mut out);
    out
}

fn collect(errors: &ValidationErrors, prefix: &str, out: &mut Vec<FieldError>) {
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() { field.to_string() } else { format!("{prefix}.{field}") };
        match kind {
            ValidationErrorsKind::Field(list) => out.extend(list.iter().map(|e| {
                // A rule between fields names the field its error stands beside.
                let path = match (field.as_ref(), e.params.get("field").and_then(|f| f.as_str())) {
                    ("__all__", Some(named)) if prefix.is_empty() => named.to_owned(),
                    ("__all__", Some(named)) => format!("{prefix}.{named}"),
                    _ => path.clone(),
                };
                e.params.iter().filter(|(name, _)| !["value", "field"].contains(&name.as_ref())).fold(
                    FieldError::new(&path, e.code.as_ref()),
                    |fe, (name, value)| {
                        fe.with_arg(name, value.as_str().map_or_else(|| value.to_string(), str::to_owned))
                    },
                )
            })),
            ValidationErrorsKind::Struct(inner) => collect(inner, &path, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect(inner, &format!("{path}[{index}]"), out);
                }
            }
        }
    }
}

/// The client's address: the peer, or the address a trusted proxy forwarded.
pub struct ClientIp(pub IpAddr);

impl FromRequest for ClientIp {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let peer = req.peer_addr().map_or(IpAddr::from([127, 0, 0, 1]), |a| a.ip());
        let trusted =
            req.app_data::<web::Data<AppState>>().map(|s| s.config.trusted_proxies.clone()).unwrap_or_default();
        ready(Ok(Self(client_ip(peer, &trusted, req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok())))))
    }
}

/// Walks X-Forwarded-For from the right past trusted proxies; the first other address is the client.
fn client_ip(peer: IpAddr, trusted: &[IpAddr], forwarded_for: Option<&str>) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    forwarded_for
        .into_iter()
        .flat_map(|h| h.rsplit(','))
        .filter_map(|s| s.trim().parse::<IpAddr>().ok())
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
}

/// The given day, or today; a day in the future is refused.
pub fn not_in_future(day: Option<NaiveDate>, field: &str) -> Result<NaiveDate, ApiError> {
    let today = Utc::now().date_naive();
    match day {
        Some(day) if day > today => Err(ApiError::unprocessable(field, "date_in_future")),
        Some(day) => Ok(day),
        None => Ok(today),
    }
}

/// The `Idempotency-Key` header: 1–200 visible ASCII characters. It is stored, so it may not
/// hold an identity number either.
pub fn idempotency_key(headers: &actix_web::http::header::HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else { return Ok(None) };
    match value.to_str() {
        Ok(key) if crate::privacy::contains_national_id(key) => {
            Err(ApiError::validation("Idempotency-Key", "national_id_number"))
        }
        Ok(key) if (1..=200).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic()) => {
            Ok(Some(key.to_owned()))
        }
        _ => Err(ApiError::BadRequest { code: "invalid_idempotency_key", errors: Vec::new() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_address_is_believed_only_from_a_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let client: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(client_ip(proxy, &[proxy], Some("198.51.100.1, 203.0.113.9")), client);
        assert_eq!(client_ip(client, &[proxy], Some("198.51.100.1")), client);
        assert_eq!(client_ip(proxy, &[], Some("198.51.100.1")), proxy);
    }

    #[test]
    fn integral_floats_become_integers_and_nul_is_refused() {
        let mut value = serde_json::json!({"a": 3.0, "b": [1.5, {"c": "x\0y"}]});
        assert_eq!(normalise(&mut value, ""), Some(Refused::Nul("b[1].c".to_owned())));
        assert_eq!(value["a"], serde_json::json!(3));
        assert!(value["b"][0].is_f64());
    }

    #[test]
    fn identity_numbers_are_refused_except_in_secrets() {
        let mut value = serde_json::json!({"password": "01010150074", "note": ["ok", "010101 50074"]});
        assert_eq!(normalise(&mut value, ""), Some(Refused::NationalId("note[1]".to_owned())));
    }

    #[test]
    fn secrets_may_hold_identity_numbers_but_not_nul() {
        let mut value = serde_json::json!({"refresh_token": "abc\0def"});
        assert_eq!(normalise(&mut value, ""), Some(Refused::Nul("refresh_token".to_owned())));
    }

    #[test]
    fn serde_messages_become_stable_codes_with_field_paths() {
        let e = serde_field_error("role".into(), "unknown field `role`, expected one of `name`");
        assert_eq!((e.field.as_str(), e.code.as_str()), ("role", "unknown_field"));
        let e = serde_field_error("limit".into(), "invalid type: string \"x\", expected u32");
        assert_eq!((e.field.as_str(), e.code.as_str()), ("limit", "invalid_type"));
    }
}
