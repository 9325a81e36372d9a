//! HTTP plumbing shared by every domain area: extractors, middleware, pagination, versions.

pub mod connection;
pub mod cors;
pub mod download;
pub mod extract;
pub mod fallback;
pub mod middleware;
pub mod pagination;
pub mod versioning;

pub use connection::Db;
pub use download::{BinaryFile, csv_attachment};
pub use extract::{
    ClientIp, RequestMeta, SpokenJson, ValidJson, ValidQuery, idempotency_key, not_in_future, parse_json, present,
};
pub use pagination::{Page, PageParams};
pub use versioning::{IfMatch, with_etag};
