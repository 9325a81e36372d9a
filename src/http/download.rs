//! Answers that a browser saves as a file.

use actix_web::http::header;
use actix_web::{HttpResponse, HttpResponseBuilder};

/// A 200 response of CSV that a browser saves as `name`.csv.
pub fn csv_attachment(name: &str) -> HttpResponseBuilder {
    let mut builder = HttpResponse::Ok();
    builder
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.csv\"")));
    builder
}
