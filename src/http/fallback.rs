//! Requests that match no handler: 405 with `Allow` when the path exists under another method
//! (known from the route table's OpenAPI document), 404 otherwise.

use actix_web::{HttpRequest, HttpResponse, web};
use utoipa::openapi::OpenApi;

use crate::error::ApiError;

/// Path templates of the route table and the methods each accepts.
pub struct KnownPaths(Vec<(Vec<String>, Vec<&'static str>)>);

impl KnownPaths {
    pub fn from_openapi(doc: &OpenApi) -> Self {
        let paths = doc
            .paths
            .paths
            .iter()
            .map(|(template, item)| {
                let methods = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ]
                .into_iter()
                .filter_map(|(method, present)| present.then_some(method))
                .collect();
                (template.split('/').map(str::to_owned).collect(), methods)
            })
            .collect();
        Self(paths)
    }

    /// The methods allowed on `path`, if some template matches it.
    fn allowed(&self, path: &str) -> Option<String> {
        let segments: Vec<&str> = path.split('/').collect();
        self.0
            .iter()
            .find(|(template, _)| {
                template.len() == segments.len()
                    && template.iter().zip(&segments).all(|(t, s)| t == s || (t.starts_with('{') && !s.is_empty()))
            })
            .map(|(_, methods)| methods.join(", "))
    }
}

pub async fn unmatched(req: HttpRequest, known: web::Data<KnownPaths>) -> Result<HttpResponse, ApiError> {
    match known.allowed(req.path()) {
        Some(allow) => Err(ApiError::MethodNotAllowed { allow }),
        None => Err(ApiError::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_whole_segments() {
        let known = KnownPaths(vec![(
            "/api/v1/chapters/{chapter_id}".split('/').map(str::to_owned).collect(),
            vec!["GET", "PATCH"],
        )]);
        assert_eq!(known.allowed("/api/v1/chapters/abc").as_deref(), Some("GET, PATCH"));
        assert_eq!(known.allowed("/api/v1/chapters/"), None);
        assert_eq!(known.allowed("/api/v1/chapters/abc/more"), None);
    }
}
