//! The served pages' handlers. Each answers with a page, its errors too, in the reader's
//! language, and does its work through the same functions as the public API's handlers.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use diesel_async::AsyncPgConnection;
use serde::Deserialize;

use super::assets;
use super::join::{self, Entered};
use super::views::{Branding, Chrome, ExportPage, JoinPage, LinkPage, MyDataPage, NoticePage, Problems, render};
use crate::error::ApiError;
use crate::http::{ClientIp, RequestMeta};
use crate::i18n::Lang;
use crate::organisations::queries::{Organisation, find_by_slug, logo_by_slug, logo_set_at};
use crate::peer_support::form::conversation_form;
use crate::peer_support::reception as peer_reception;
use crate::signup::form::{logo_path, signup_form};
use crate::signup::types::SelfServicePurpose;
use crate::signup::{reception, redemption};
use crate::state::AppState;

/// Scripts and styles from this service only and never inline, forms that post back to it;
/// `frame-ancestors` follows (see [`policy`]).
const PAGE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; form-action 'self'; base-uri 'none'";

/// The pages' policy: framed by nobody, or, for an organisation's sign-up pages, by the origins
/// it allows (stored as checked origins only, so none can widen the policy).
fn policy(frame_ancestors: &[String]) -> String {
    let ancestors = if frame_ancestors.is_empty() { "'none'".to_owned() } else { frame_ancestors.join(" ") };
    format!("{PAGE_CSP}; frame-ancestors {ancestors}")
}

/// Most bytes a page's form post may hold.
const FORM_LIMIT: usize = 16_384;

/// The sign-up form of an organisation, in the language of `?lang=` or the browser (anyone).
#[get("/join/{org}")]
pub async fn join_form(state: web::Data<AppState>, meta: RequestMeta, org: web::Path<String>) -> HttpResponse {
    show_form(PublicForm::Join, &state, meta, &org).await
}

/// A sign-up posted by the form without JavaScript: the thank-you page, or the form again with
/// each error beside its field (anyone).
#[post("/join/{org}")]
pub async fn join_submit(
    state: web::Data<AppState>,
    request: HttpRequest,
    meta: RequestMeta,
    ip: ClientIp,
    org: web::Path<String>,
    body: web::Bytes,
) -> HttpResponse {
    submit_form(PublicForm::Join, &state, &request, meta, ip, &org, &body).await
}

/// After a sign-up: what happens next, in the person's language (anyone).
#[get("/join/{org}/thanks")]
pub async fn join_thanks(state: web::Data<AppState>, meta: RequestMeta, org: web::Path<String>) -> HttpResponse {
    thank(PublicForm::Join, &state, meta, &org).await
}

/// The form that asks for a peer conversation, in the language of `?lang=` or the browser
/// (anyone).
#[get("/talk/{org}")]
pub async fn talk_form(state: web::Data<AppState>, meta: RequestMeta, org: web::Path<String>) -> HttpResponse {
    show_form(PublicForm::Talk, &state, meta, &org).await
}

/// A conversation request posted by the form without JavaScript: the thank-you page, or the
/// form again with each error beside its field (anyone).
#[post("/talk/{org}")]
pub async fn talk_submit(
    state: web::Data<AppState>,
    request: HttpRequest,
    meta: RequestMeta,
    ip: ClientIp,
    org: web::Path<String>,
    body: web::Bytes,
) -> HttpResponse {
    submit_form(PublicForm::Talk, &state, &request, meta, ip, &org, &body).await
}

/// After a conversation request: what happens next, in the person's language (anyone).
#[get("/talk/{org}/thanks")]
pub async fn talk_thanks(state: web::Data<AppState>, meta: RequestMeta, org: web::Path<String>) -> HttpResponse {
    thank(PublicForm::Talk, &state, meta, &org).await
}

/// The organisation's public forms, which its own sites may frame: the sign-up
/// (`/join/{org}`) and the request for a peer conversation (`/talk/{org}`).
#[derive(Debug, Clone, Copy)]
enum PublicForm {
    Join,
    Talk,
}

impl PublicForm {
    fn segment(self) -> &'static str {
        match self {
            Self::Join => "join",
            Self::Talk => "talk",
        }
    }

    /// The form as a page, with what was entered and what was refused, if anything.
    async fn page(
        self,
        conn: &mut AsyncPgConnection,
        org: &Organisation,
        lang: &Lang,
        entered: &Entered,
        problems: Option<Problems>,
    ) -> Result<String, ApiError> {
        let path = format!("/{}/{}", self.segment(), org.slug);
        let page = match self {
            Self::Join => {
                let form = signup_form(conn, org, lang).await?;
                let branding = Branding::of(org, form.logo.clone());
                let chrome = Chrome::new(lang, form.title.clone(), Some(branding), &path, "");
                JoinPage::new(chrome, form, entered, problems, lang)
            }
            Self::Talk => {
                let form = conversation_form(conn, org, lang).await?;
                let branding = branding(conn, org).await?;
                let chrome = Chrome::new(lang, form.title.clone(), Some(branding), &path, "");
                JoinPage::talk(chrome, form, entered, problems, lang)
            }
        };
        render(&page)
    }

    /// Parses the post as the API's request and receives it as the API does.
    async fn receive(
        self,
        state: &AppState,
        meta: &RequestMeta,
        client: std::net::IpAddr,
        org: &str,
        entered: &Entered,
    ) -> Result<(), ApiError> {
        match self {
            Self::Join => {
                let signup = join::signup_request(entered)?;
                reception::receive_signup(state, meta, client, org, &signup, None).await.map(drop)
            }
            Self::Talk => {
                let asked = join::conversation_request(entered)?;
                peer_reception::receive(state, meta, client, org, &asked, None).await
            }
        }
    }

    /// What the thank-you page says, and where it links on to.
    fn thanks(self, org: &Organisation, lang: &Lang) -> (String, Option<(String, String)>) {
        match self {
            Self::Join => {
                let link = (format!("/my-data?org={}&lang={}", org.slug, lang.tag()), lang.text("page-my-data-link"));
                (lang.text("signup-received"), Some(link))
            }
            Self::Talk => (lang.text("peer-form-received"), None),
        }
    }
}

async fn show_form(form: PublicForm, state: &AppState, meta: RequestMeta, org: &str) -> HttpResponse {
    let lang = meta.lang;
    outcome(&lang, async {
        let mut conn = state.conn().await?;
        let org = find_by_slug(&mut conn, org).await?;
        let page = form.page(&mut conn, &org, &lang, &Entered::default(), None).await?;
        Ok(respond_framed(StatusCode::OK, page, &org))
    })
    .await
}

async fn submit_form(
    form: PublicForm,
    state: &AppState,
    request: &HttpRequest,
    meta: RequestMeta,
    ip: ClientIp,
    org: &str,
    body: &[u8],
) -> HttpResponse {
    let entered = Entered::parse(body);
    let lang = spoken(request, &entered, &meta);
    let meta = RequestMeta { lang: lang.clone(), ..meta };
    outcome(&lang, async {
        let received = match too_long(body) {
            Ok(()) => form.receive(state, &meta, ip.0, org, &entered).await,
            Err(refused) => Err(refused),
        };
        match received {
            Ok(()) => Ok(see_other(&format!("/{}/{org}/thanks?lang={}", form.segment(), lang.tag()))),
            Err(refused @ (ApiError::NotFound | ApiError::Internal(_) | ApiError::Unavailable)) => Err(refused),
            Err(refused) => {
                let mut conn = state.conn().await?;
                let organisation = find_by_slug(&mut conn, org).await?;
                let status = actix_web::ResponseError::status_code(&refused);
                let problems = Some(Problems::of(&refused, &lang));
                let page = form.page(&mut conn, &organisation, &lang, &entered, problems).await?;
                Ok(respond_framed(status, page, &organisation))
            }
        }
    })
    .await
}

async fn thank(form: PublicForm, state: &AppState, meta: RequestMeta, org: &str) -> HttpResponse {
    let lang = meta.lang;
    outcome(&lang, async {
        let mut conn = state.conn().await?;
        let org = find_by_slug(&mut conn, org).await?;
        let branding = branding(&mut conn, &org).await?;
        let path = format!("/{}/{}/thanks", form.segment(), org.slug);
        let chrome = Chrome::new(&lang, lang.text("page-thanks-title"), Some(branding), &path, "");
        let (message, link) = form.thanks(&org, &lang);
        let page = NoticePage { chrome, heading: lang.text("page-thanks-title"), message, link };
        Ok(respond_framed(StatusCode::OK, render(&page)?, &org))
    })
    .await
}

/// The page the confirmation e-mail links to: one button that confirms (anyone).
#[get("/signup/confirm")]
pub async fn confirm_page(meta: RequestMeta) -> HttpResponse {
    let lang = meta.lang;
    outcome(&lang, async { Ok(respond(StatusCode::OK, render(&confirm_view(&lang, None))?)) }).await
}

/// The confirmation, posted with the link's token (anyone holding the link).
#[post("/signup/confirm")]
pub async fn confirm_submit(
    state: web::Data<AppState>,
    request: HttpRequest,
    meta: RequestMeta,
    body: web::Bytes,
) -> HttpResponse {
    let entered = Entered::parse(&body);
    let lang = spoken(&request, &entered, &meta);
    let meta = RequestMeta { lang: lang.clone(), ..meta };
    outcome(&lang, async {
        let token = token(&body, &entered)?;
        match redemption::confirm_signup(&state, &meta, &token).await {
            Ok(()) => {
                let title = lang.text("page-confirm-title");
                let chrome = Chrome::new(&lang, title.clone(), None, "/signup/confirm", "");
                let page = NoticePage { chrome, heading: title, message: lang.text("signup-confirmed"), link: None };
                Ok(respond(StatusCode::OK, render(&page)?))
            }
            Err(refused @ ApiError::Missing { .. }) => {
                let page = confirm_view(&lang, Some(Problems::of(&refused, &lang)));
                Ok(respond(StatusCode::NOT_FOUND, render(&page)?))
            }
            Err(failed) => Err(failed),
        }
    })
    .await
}

fn confirm_view(lang: &Lang, problems: Option<Problems>) -> LinkPage {
    let texts = ["page-confirm-title", "page-confirm-intro", "page-confirm-button"];
    LinkPage::new(lang, "/signup/confirm", texts, problems)
}

#[derive(Debug, Deserialize)]
pub struct MyDataParams {
    org: Option<String>,
}

/// `/my-data?org=…`: ask for a one-time link to see, download or erase one's data (anyone).
#[get("/my-data")]
pub async fn my_data(state: web::Data<AppState>, meta: RequestMeta, params: web::Query<MyDataParams>) -> HttpResponse {
    let lang = meta.lang;
    outcome(&lang, async {
        let slug = params.into_inner().org.ok_or(ApiError::NotFound)?;
        let mut conn = state.conn().await?;
        let org = find_by_slug(&mut conn, &slug).await?;
        let branding = branding(&mut conn, &org).await?;
        Ok(respond(StatusCode::OK, render(&my_data_view(&org, branding, &lang, &Entered::default(), None))?))
    })
    .await
}

/// The request for a link, posted: the same receipt whether or not the address is known.
#[post("/my-data")]
pub async fn my_data_submit(
    state: web::Data<AppState>,
    request: HttpRequest,
    meta: RequestMeta,
    ip: ClientIp,
    body: web::Bytes,
) -> HttpResponse {
    let entered = Entered::parse(&body);
    let lang = spoken(&request, &entered, &meta);
    let meta = RequestMeta { lang: lang.clone(), ..meta };
    outcome(&lang, async {
        let mut conn = state.conn().await?;
        let org = find_by_slug(&mut conn, entered.get("org")).await?;
        let branding = branding(&mut conn, &org).await?;
        drop(conn);
        let asked = too_long(&body).and_then(|()| join::link_request(&entered));
        let received = match asked {
            Ok(ask) => reception::receive_link_request(&state, &meta, ip.0, &org.slug, &ask).await,
            Err(refused) => Err(refused),
        };
        match received {
            Ok(()) => {
                let title = lang.text("page-my-data-title");
                let chrome =
                    Chrome::new(&lang, title.clone(), Some(branding), "/my-data", &format!("org={}&", org.slug));
                let page =
                    NoticePage { chrome, heading: title, message: lang.text("self-service-requested"), link: None };
                Ok(respond(StatusCode::ACCEPTED, render(&page)?))
            }
            Err(
                refused @ (ApiError::Validation(_) | ApiError::TooManyRequests { .. } | ApiError::BadRequest { .. }),
            ) => {
                let status = actix_web::ResponseError::status_code(&refused);
                let page = my_data_view(&org, branding, &lang, &entered, Some(Problems::of(&refused, &lang)));
                Ok(respond(status, render(&page)?))
            }
            Err(failed) => Err(failed),
        }
    })
    .await
}

fn my_data_view(
    org: &Organisation,
    branding: Branding,
    lang: &Lang,
    entered: &Entered,
    problems: Option<Problems>,
) -> MyDataPage {
    let title = lang.text("page-my-data-title");
    let asked = entered.get("purpose");
    let purposes = [SelfServicePurpose::Export, SelfServicePurpose::Erase]
        .into_iter()
        .map(|p| {
            let value = p.as_str();
            (
                value,
                lang.text(&format!("page-my-data-{value}")),
                asked == value || (asked.is_empty() && p == SelfServicePurpose::Export),
            )
        })
        .collect();
    MyDataPage {
        chrome: Chrome::new(lang, title, Some(branding), "/my-data", &format!("org={}&", org.slug)),
        intro: lang.text("page-my-data-intro"),
        organisation: org.slug.clone(),
        language: lang.tag(),
        email_label: lang.text("signup-field-email"),
        email: entered.get("email").to_owned(),
        purpose_label: lang.text("page-my-data-purpose"),
        purposes,
        button: lang.text("page-my-data-send"),
        problems,
    }
}

/// The page an e-mailed export or erasure link opens (anyone holding the link).
#[get("/my-data/{purpose}")]
pub async fn my_data_link(meta: RequestMeta, purpose: web::Path<String>) -> HttpResponse {
    let lang = meta.lang;
    outcome(&lang, async {
        let purpose = purpose_of(&purpose)?;
        Ok(respond(StatusCode::OK, render(&link_view(purpose, &lang, None))?))
    })
    .await
}

/// An export or erasure, posted with the link's token: the data, or the receipt of its erasure.
#[post("/my-data/{purpose}")]
pub async fn my_data_use_link(
    state: web::Data<AppState>,
    request: HttpRequest,
    meta: RequestMeta,
    purpose: web::Path<String>,
    body: web::Bytes,
) -> HttpResponse {
    let entered = Entered::parse(&body);
    let lang = spoken(&request, &entered, &meta);
    let meta = RequestMeta { lang: lang.clone(), ..meta };
    outcome(&lang, async {
        let purpose = purpose_of(&purpose)?;
        let token = token(&body, &entered)?;
        let done = match purpose {
            SelfServicePurpose::Export => match redemption::export(&state, &meta, &token).await {
                Ok(export) => {
                    let chrome = Chrome::new(&lang, lang.text("page-export-title"), None, "/my-data/export", "");
                    return Ok(respond(StatusCode::OK, render(&ExportPage::new(chrome, &export, &lang)?)?));
                }
                Err(refused) => refused,
            },
            SelfServicePurpose::Erase if !entered.ticked("understood") => {
                ApiError::unprocessable("understood", "erase_not_confirmed")
            }
            SelfServicePurpose::Erase => match redemption::erase(&state, &meta, &token).await {
                Ok(()) => {
                    let title = lang.text("page-erase-title");
                    let chrome = Chrome::new(&lang, title.clone(), None, "/my-data/erase", "");
                    let page =
                        NoticePage { chrome, heading: title, message: lang.text("self-service-erased"), link: None };
                    return Ok(respond(StatusCode::OK, render(&page)?));
                }
                Err(refused) => refused,
            },
        };
        match done {
            refused @ (ApiError::Missing { .. } | ApiError::Unprocessable { .. }) => {
                let status = actix_web::ResponseError::status_code(&refused);
                Ok(respond(status, render(&link_view(purpose, &lang, Some(Problems::of(&refused, &lang))))?))
            }
            failed => Err(failed),
        }
    })
    .await
}

fn link_view(purpose: SelfServicePurpose, lang: &Lang, problems: Option<Problems>) -> LinkPage {
    let path = format!("/my-data/{}", purpose.as_str());
    match purpose {
        SelfServicePurpose::Export => {
            let texts = ["page-export-title", "page-export-intro", "page-export-button"];
            LinkPage::new(lang, &path, texts, problems)
        }
        SelfServicePurpose::Erase => {
            let texts = ["page-erase-title", "page-my-data-erase", "page-erase-button"];
            LinkPage {
                warning: Some(lang.text("page-erase-warning")),
                understood: Some(lang.text("page-erase-understood")),
                ..LinkPage::new(lang, &path, texts, problems)
            }
        }
    }
}

/// The pages' stylesheet and script, by their digest names; kept for a year.
#[get("/pages/{file}")]
pub async fn asset(file: web::Path<String>) -> HttpResponse {
    match assets::named(&file) {
        Some(asset) => HttpResponse::Ok()
            .content_type(asset.content_type)
            .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
            .body(asset.body),
        None => HttpResponse::NotFound().finish(),
    }
}

/// The organisation's colour as a stylesheet the pages load after their own (anyone).
#[get("/pages/orgs/{org}/theme.css")]
pub async fn org_theme(state: web::Data<AppState>, org: web::Path<String>) -> HttpResponse {
    let found = async {
        let mut conn = state.conn().await?;
        Ok::<_, ApiError>(find_by_slug(&mut conn, &org).await?)
    };
    let Ok(org) = found.await else { return HttpResponse::NotFound().finish() };
    let css = org.brand_colour.map(|colour| format!(":root {{ --accent: {colour}; }}\n")).unwrap_or_default();
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(css)
}

/// The organisation's logo (anyone); its address changes with the logo, so it may be kept.
#[get("/pages/orgs/{org}/logo")]
pub async fn org_logo(state: web::Data<AppState>, org: web::Path<String>) -> HttpResponse {
    let found = async {
        let mut conn = state.conn().await?;
        Ok::<_, ApiError>(logo_by_slug(&mut conn, &org).await?)
    };
    match found.await {
        Ok(Some(logo)) => HttpResponse::Ok()
            .content_type(logo.content_type)
            .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
            .body(logo.image),
        _ => HttpResponse::NotFound().finish(),
    }
}

/// `/docs` without its slash, as people type it.
#[get("/docs")]
pub async fn docs() -> HttpResponse {
    HttpResponse::PermanentRedirect().insert_header((header::LOCATION, "/docs/")).finish()
}

/// How the organisation's pages look.
async fn branding(conn: &mut AsyncPgConnection, org: &Organisation) -> Result<Branding, ApiError> {
    let logo = logo_set_at(conn, org.id).await?.map(|set_at| logo_path(org, set_at));
    Ok(Branding::of(org, logo))
}

/// The language a posted form was written in (its `language` field), which the answer and any
/// error page then speak.
fn spoken(request: &HttpRequest, entered: &Entered, meta: &RequestMeta) -> Lang {
    let lang = Lang::parse_supported(entered.get("language")).unwrap_or(meta.lang.clone());
    RequestMeta::answer_in(request, lang.clone());
    lang
}

fn token(body: &[u8], entered: &Entered) -> Result<String, ApiError> {
    too_long(body)?;
    let token = entered.get("token");
    if (16..=200).contains(&token.len()) {
        Ok(token.to_owned())
    } else {
        Err(ApiError::missing("token", "invalid_link"))
    }
}

fn too_long(body: &[u8]) -> Result<(), ApiError> {
    if body.len() > FORM_LIMIT { Err(ApiError::PayloadTooLarge) } else { Ok(()) }
}

fn purpose_of(segment: &str) -> Result<SelfServicePurpose, ApiError> {
    [SelfServicePurpose::Export, SelfServicePurpose::Erase]
        .into_iter()
        .find(|p| p.as_str() == segment)
        .ok_or(ApiError::NotFound)
}

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}

/// A rendered page with the pages' security policy.
fn respond(status: StatusCode, html: String) -> HttpResponse {
    respond_with(status, html, &[])
}

/// A page of the sign-up form, which the organisation's own sites may frame.
fn respond_framed(status: StatusCode, html: String, org: &Organisation) -> HttpResponse {
    respond_with(status, html, &org.embed_origins)
}

fn respond_with(status: StatusCode, html: String, frame_ancestors: &[String]) -> HttpResponse {
    let csp = HeaderValue::from_str(&policy(frame_ancestors)).unwrap_or(HeaderValue::from_static(PAGE_CSP));
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CONTENT_SECURITY_POLICY, csp))
        .body(html)
}

/// The page a handler made, or a page that says what went wrong, in `lang`.
async fn outcome(lang: &Lang, page: impl Future<Output = Result<HttpResponse, ApiError>>) -> HttpResponse {
    page.await.unwrap_or_else(|failed| error_page(&failed, lang))
}

fn error_page(failed: &ApiError, lang: &Lang) -> HttpResponse {
    if let ApiError::Internal(err) = failed {
        tracing::error!(error = ?err, "internal error on a page");
    }
    let problem = failed.problem(lang, None);
    let chrome = Chrome::new(lang, problem.title.clone(), None, "", "");
    let page = NoticePage { chrome, heading: problem.title, message: problem.detail, link: None };
    let status = actix_web::ResponseError::status_code(failed);
    match render(&page) {
        Ok(html) => respond(status, html),
        Err(_) => HttpResponse::build(status).finish(),
    }
}
