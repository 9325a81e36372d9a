//! One error type for every handler, rendered as RFC 9457 `application/problem+json` with a
//! stable `code`, a translated `title` and `detail`, and per-field errors where they apply.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::i18n::{Args, Lang};

pub type ApiResult<T> = Result<T, ApiError>;

/// What went wrong with one field of the input.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct FieldError {
    /// Path of the field in the input, e.g. `name` or `chapter_kind_labels.county`.
    pub field: String,
    /// Stable machine code of the rule that failed, e.g. `length`, `unknown_field`.
    pub code: String,
    /// The rule explained in the caller's language.
    pub message: String,
    #[serde(skip)]
    #[schema(ignore)]
    pub args: Vec<(String, String)>,
}

impl FieldError {
    /// `field` may echo what the client sent (an unknown key): control characters are
    /// replaced and the length bounded, so the echo is always printable and short.
    pub fn new(field: impl Into<String>, code: impl Into<String>) -> Self {
        let field = field.into().chars().take(200).map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect();
        Self { field, code: code.into(), message: String::new(), args: Vec::new() }
    }

    pub fn with_arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.push((name.to_owned(), value.to_string()));
        self
    }

    /// Looks up `field-<code>-<param names>` (e.g. `field-length-max-min`), then
    /// `field-<code>`, then the generic `field-invalid`.
    pub fn translated(&self, lang: &Lang) -> Self {
        let mut args = Args::new();
        for (name, value) in &self.args {
            args.insert(name.clone().into(), value.clone().into());
        }
        let base = format!("field-{}", self.code.replace('_', "-"));
        let mut names: Vec<&str> = self.args.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_unstable();
        let with_params = std::iter::once(base.as_str()).chain(names).collect::<Vec<_>>().join("-");
        let id = [with_params.as_str(), base.as_str()]
            .into_iter()
            .find(|id| Lang::default().has(id))
            .unwrap_or("field-invalid");
        Self { message: lang.text_with(id, &args), ..self.clone() }
    }
}

/// The problem document sent for every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem: `urn:fellesskap:problem:<code>`.
    #[serde(rename = "type")]
    #[schema(example = "urn:fellesskap:problem:validation_failed")]
    pub problem_type: String,
    #[schema(example = "The input is not valid")]
    pub title: String,
    #[schema(example = 422)]
    pub status: u16,
    pub detail: String,
    /// Stable machine-readable code; docs/API-DESIGN.md says when each is given.
    #[schema(schema_with = problem_codes)]
    pub code: String,
    /// The request id, also in the `X-Request-Id` header and the server's logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Every problem code: each has its translated title, `problem-<code>` in `locales/en.ftl`
/// (a test refuses a code without one), so the English file is their list.
pub fn problem_codes() -> utoipa::openapi::Object {
    let codes: Vec<String> = include_str!("../locales/en.ftl")
        .lines()
        .filter_map(|line| line.strip_prefix("problem-")?.split_once(" =").map(|(id, _)| id.replace('-', "_")))
        .collect();
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(codes))
        .description(Some("Stable machine-readable code; docs/API-DESIGN.md says when each is given."))
        .examples([serde_json::json!("validation_failed")])
        .build()
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The request could not be read: malformed JSON, unknown fields, wrong types.
    #[error("bad request ({code})")]
    BadRequest { code: &'static str, errors: Vec<FieldError> },
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("payload too large")]
    PayloadTooLarge,
    /// Well-formed input that breaks a rule of its fields.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// Well-formed, valid input that the current state does not allow.
    #[error("unprocessable ({code})")]
    Unprocessable { code: &'static str, errors: Vec<FieldError> },
    #[error("unauthenticated ({code})")]
    Unauthenticated { code: &'static str },
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Something the input refers to does not exist (or is not visible to the caller).
    #[error("missing ({code})")]
    Missing { code: &'static str, errors: Vec<FieldError> },
    #[error("method not allowed")]
    MethodNotAllowed { allow: String },
    #[error("conflict ({code})")]
    Conflict { code: &'static str, errors: Vec<FieldError> },
    #[error("precondition failed")]
    PreconditionFailed,
    /// An edit without `If-Match`: it could overwrite someone else's change unseen.
    #[error("precondition required")]
    PreconditionRequired,
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("service unavailable")]
    Unavailable,
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    pub fn validation(field: &str, code: &str) -> Self {
        Self::Validation(vec![FieldError::new(field, code)])
    }

    /// A rule between fields of the input refused it; `field` names the input it concerns.
    pub fn unprocessable(field: &str, code: &'static str) -> Self {
        Self::Unprocessable { code, errors: vec![FieldError::new(field, code)] }
    }

    /// The input refers to something that does not exist.
    pub fn missing(field: &str, code: &'static str) -> Self {
        Self::Missing { code, errors: vec![FieldError::new(field, code)] }
    }

    /// The current state of the data does not allow the change.
    pub fn conflict(field: &str, code: &'static str) -> Self {
        Self::Conflict { code, errors: vec![FieldError::new(field, code)] }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::BadRequest { code, .. }
            | Self::Unprocessable { code, .. }
            | Self::Unauthenticated { code }
            | Self::Missing { code, .. }
            | Self::Conflict { code, .. } => code,
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::PayloadTooLarge => "payload_too_large",
            Self::Validation(_) => "validation_failed",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed { .. } => "method_not_allowed",
            Self::PreconditionFailed => "precondition_failed",
            Self::PreconditionRequired => "precondition_required",
            Self::TooManyRequests { .. } => "too_many_requests",
            Self::Unavailable => "service_unavailable",
            Self::Internal(_) => "internal_error",
        }
    }

    fn field_errors(&self) -> &[FieldError] {
        match self {
            Self::BadRequest { errors, .. }
            | Self::Unprocessable { errors, .. }
            | Self::Missing { errors, .. }
            | Self::Conflict { errors, .. }
            | Self::Validation(errors) => errors,
            _ => &[],
        }
    }

    /// An error for a status that actix produced itself (e.g. 405 from a resource).
    pub fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            401 => Self::Unauthenticated { code: "unauthenticated" },
            403 => Self::Forbidden,
            404 => Self::NotFound,
            405 => Self::MethodNotAllowed { allow: String::new() },
            413 => Self::PayloadTooLarge,
            415 => Self::UnsupportedMediaType,
            503 => Self::Unavailable,
            400..=499 => Self::BadRequest { code: "bad_request", errors: Vec::new() },
            _ => Self::Internal(anyhow::anyhow!("unhandled status {status}")),
        }
    }

    /// The problem document in the caller's language.
    pub fn problem(&self, lang: &Lang, request_id: Option<&str>) -> Problem {
        let code = self.code();
        let key = code.replace('_', "-");
        Problem {
            problem_type: format!("urn:fellesskap:problem:{code}"),
            title: lang.text(&format!("problem-{key}")),
            status: self.status_code().as_u16(),
            detail: lang.text(&format!("problem-{key}.detail")),
            code: code.to_owned(),
            request_id: request_id.map(str::to_owned),
            errors: self.field_errors().iter().map(|e| e.translated(lang)).collect(),
        }
    }

    pub fn render(&self, lang: &Lang, request_id: Option<&str>) -> HttpResponse {
        if let Self::Internal(err) = self {
            tracing::error!(error = ?err, "internal error");
        }
        let mut response = HttpResponse::build(self.status_code());
        response.content_type("application/problem+json");
        if let Ok(value) = HeaderValue::from_str(&lang.tag()) {
            response.insert_header((header::CONTENT_LANGUAGE, value));
        }
        if let Self::TooManyRequests { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
        }
        if let Self::MethodNotAllowed { allow } = self
            && !allow.is_empty()
        {
            response.insert_header((header::ALLOW, allow.as_str()));
        }
        if matches!(self, Self::Unauthenticated { .. }) {
            response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        response.json(self.problem(lang, request_id))
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Validation(_) | Self::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unauthenticated { .. } => StatusCode::UNAUTHORIZED,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::NotFound | Self::Missing { .. } => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            Self::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Rendered in English here; the language middleware renders it again in the caller's.
    fn error_response(&self) -> HttpResponse {
        self.render(&Lang::default(), None)
    }
}

/// Named database constraints and the answer each one gives when violated.
const CONSTRAINTS: &[(&str, &str, &str)] = &[
    ("organisations_slug_key", "slug_taken", "slug"),
    ("chapters_sibling_name_key", "chapter_name_taken", "name"),
    ("chapters_county_code_fkey", "unknown_county", "county_code"),
    ("chapters_region_code_fkey", "unknown_region", "region_code"),
    ("counties_region_code_fkey", "unknown_region", "region_code"),
    ("users_email_key", "email_taken", "email"),
    ("grants_user_id_fkey", "unknown_user", "user_id"),
    ("grants_chapter_same_org", "unknown_chapter", "chapter_id"),
    ("invitations_chapter_same_org", "unknown_chapter", "chapter_id"),
    ("chapters_dates", "closed_before_founded", "closed_on"),
    ("counties_check", "valid_to_before_valid_from", "valid_to"),
    ("people_email_key", "email_registered", "email"),
    ("people_phone_key", "phone_registered", "phone"),
    ("membership_fees_year_key", "fee_recorded", "year"),
    ("course_completions_once", "completion_recorded", "person_id"),
    ("targets_code_key", "target_code_taken", "code"),
    ("targets_chapter_same_org", "unknown_chapter", "scope.chapter_id"),
];

impl From<DieselError> for ApiError {
    fn from(err: DieselError) -> Self {
        match &err {
            DieselError::NotFound => Self::NotFound,
            DieselError::DatabaseError(kind, info) => {
                let known = info.constraint_name().and_then(|name| CONSTRAINTS.iter().find(|(c, _, _)| *c == name));
                match (kind, known) {
                    (DatabaseErrorKind::UniqueViolation, Some((_, code, field))) => Self::conflict(field, code),
                    (DatabaseErrorKind::ForeignKeyViolation, Some((_, code, field))) => Self::missing(field, code),
                    (DatabaseErrorKind::CheckViolation, Some((_, code, field))) => Self::unprocessable(field, code),
                    (DatabaseErrorKind::SerializationFailure, _) => {
                        Self::Conflict { code: "concurrent_update", errors: Vec::new() }
                    }
                    (DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand, _) => {
                        Self::Unavailable
                    }
                    (DatabaseErrorKind::Unknown, _) if server_going_away(info.message()) => Self::Unavailable,
                    _ => Self::Internal(err.into()),
                }
            }
            _ => Self::Internal(err.into()),
        }
    }
}

/// Whether PostgreSQL ended the query because it is shutting down or restarting (SQLSTATE class
/// 57, which diesel-async reports only as an unknown error with the server's message).
fn server_going_away(message: &str) -> bool {
    const MESSAGES: [&str; 4] = [
        "terminating connection due to administrator command",
        "the database system is shutting down",
        "the database system is starting up",
        "terminating connection due to unexpected postmaster exit",
    ];
    MESSAGES.iter().any(|m| message.starts_with(m))
}

impl From<diesel_async::pooled_connection::deadpool::PoolError> for ApiError {
    fn from(err: diesel_async::pooled_connection::deadpool::PoolError) -> Self {
        tracing::warn!(error = %err, "no database connection available");
        Self::Unavailable
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(err: tokio::task::JoinError) -> Self {
        Self::Internal(err.into())
    }
}

#[cfg(test)]
mod tests {
    use diesel::result::{DatabaseErrorKind, Error as DieselError};

    use super::ApiError;

    fn unknown(message: &str) -> ApiError {
        DieselError::DatabaseError(DatabaseErrorKind::Unknown, Box::new(message.to_owned())).into()
    }

    #[test]
    fn a_database_shutting_down_mid_query_is_unavailable_not_an_internal_error() {
        assert!(matches!(unknown("terminating connection due to administrator command"), ApiError::Unavailable));
        assert!(matches!(unknown("the database system is shutting down"), ApiError::Unavailable));
        assert!(matches!(unknown("division by zero"), ApiError::Internal(_)));
    }
}
