//! Cursor pagination: `limit` (1–200, default 50) and an opaque `cursor` from `next_cursor`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::error::{ApiError, FieldError};

pub const DEFAULT_LIMIT: u32 = 50;
pub const MAX_LIMIT: u32 = 200;

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Items per page (1–200, default 50).
    #[validate(range(min = 1, max = 200))]
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    #[validate(length(max = 512))]
    #[param(max_length = 512)]
    pub cursor: Option<String>,
}

impl PageParams {
    pub fn limit(&self) -> i64 {
        i64::from(self.limit.unwrap_or(DEFAULT_LIMIT))
    }

    /// The position after which this page starts, decoded from the cursor.
    pub fn after<K: DeserializeOwned>(&self) -> Result<Option<K>, ApiError> {
        let Some(cursor) = &self.cursor else { return Ok(None) };
        let invalid = || ApiError::BadRequest {
            code: "invalid_cursor",
            errors: vec![FieldError::new("cursor", "invalid_cursor")],
        };
        let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| invalid())?;
        serde_json::from_slice(&bytes).map(Some).map_err(|_| invalid())
    }

    /// Cuts one extra row (fetched to learn whether another page exists) and builds the page.
    pub fn page<T, K: Serialize>(&self, mut rows: Vec<T>, key: impl Fn(&T) -> K) -> Page<T> {
        let limit = usize::try_from(self.limit()).unwrap_or(usize::MAX);
        let next_cursor = if rows.len() > limit {
            rows.truncate(limit);
            rows.last().map(|last| encode(&key(last)))
        } else {
            None
        };
        Page { items: rows, next_cursor }
    }

    /// Rows to fetch: one more than the page holds.
    pub fn fetch(&self) -> i64 {
        self.limit() + 1
    }
}

fn encode<K: Serialize>(key: &K) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap_or_default())
}

/// One page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page { items: self.items.into_iter().map(f).collect(), next_cursor: self.next_cursor }
    }
}
