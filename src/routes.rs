//! The route table. Registering a handler here also documents it: the OpenAPI document is
//! collected from this table, and standard error responses and security are added to every
//! operation from its policy, so no operation can go undocumented.

use actix_web::App;
use utoipa::openapi::path::{Operation as OpenApiOperation, ParameterIn};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi as _};
use utoipa_actix_web::service_config::ServiceConfig;
use utoipa_actix_web::{AppExt, scope};

use crate::auth::policy::{Operation, Policy};
use crate::{
    access, accounts, activities, aggregates, audit, catalogues, chapters, followups, groups, health, imports, members,
    organisations, pages, peer_support, projects, reference, signup, targets, volunteers,
};

pub fn register(cfg: &mut ServiceConfig) {
    cfg.service(health::live).service(health::ready).service(
        scope::scope("/api/v1")
            .service(accounts::sessions::login)
            .service(accounts::sessions::refresh)
            .service(accounts::sessions::logout)
            .service(accounts::me::get_me)
            .service(activities::routes::list_my_activities)
            .service(reference::routes::list_regions)
            .service(reference::routes::put_region)
            .service(reference::routes::list_counties)
            .service(reference::routes::put_county)
            .service(organisations::routes::list_orgs)
            .service(organisations::routes::create_org)
            .service(organisations::routes::get_org)
            .service(organisations::routes::update_org)
            .service(organisations::logo::put_org_logo)
            .service(imports::routes::start_import)
            .service(imports::routes::get_import)
            .service(imports::routes::get_import_report)
            .service(organisations::logo::delete_org_logo)
            .service(chapters::routes::list_chapters)
            .service(chapters::routes::get_chapter)
            .service(chapters::routes::create_chapter)
            .service(chapters::routes::update_chapter)
            .service(access::grants::list_org_grants)
            .service(access::grants::list_chapter_grants)
            .service(access::grants::create_org_grant)
            .service(access::grants::create_chapter_grant)
            .service(access::grants::revoke_grant)
            .service(access::invitations::create_org_invitation)
            .service(access::invitations::create_chapter_invitation)
            .service(access::invitations::accept_invitation)
            .service(audit::routes::list_audit)
            .service(catalogues::routes::list_catalogue)
            .service(catalogues::routes::put_catalogue_entry)
            .service(members::routes::create_member)
            .service(members::routes::list_members)
            .service(members::list_export::export_members)
            .service(members::routes::get_member)
            .service(members::routes::update_member)
            .service(members::routes::add_membership)
            .service(members::routes::change_membership)
            .service(members::routes::record_fee)
            .service(members::counts::chapter_counts)
            .service(members::counts::org_counts)
            .service(members::duplicates::list_duplicates)
            .service(members::duplicates::merge_members)
            .service(members::requests::list_member_requests)
            .service(members::requests::confirm_member_request)
            .service(members::requests::decline_member_request)
            .service(members::rights::export_member)
            .service(accounts::links::link_account)
            .service(accounts::links::unlink_account)
            .service(members::rights::erase_member)
            .service(followups::routes::list_follow_ups)
            .service(followups::routes::list_follow_up_kinds)
            .service(followups::routes::put_follow_up_kind)
            .service(followups::routes::record_contact)
            .service(signup::routes::get_signup_form)
            .service(signup::routes::create_signup)
            .service(signup::routes::confirm_signup)
            .service(signup::self_service::request_self_service_link)
            .service(signup::self_service::self_service_export)
            .service(signup::self_service::self_service_erase)
            .service(volunteers::courses::list_course_types)
            .service(volunteers::courses::put_course_type)
            .service(volunteers::courses::create_course_run)
            .service(volunteers::courses::list_course_runs)
            .service(volunteers::courses::record_completion)
            .service(volunteers::routes::assign_role)
            .service(volunteers::routes::end_role)
            .service(volunteers::routes::list_volunteers)
            .service(volunteers::routes::newly_qualified)
            .service(groups::routes::create_group)
            .service(groups::routes::list_groups)
            .service(groups::routes::update_group)
            .service(groups::routes::add_group_leader)
            .service(groups::routes::record_meeting)
            .service(activities::routes::log_activity)
            .service(activities::routes::list_activities)
            .service(activities::routes::log_org_activity)
            .service(activities::routes::list_org_activities)
            .service(peer_support::routes::get_conversation_form)
            .service(peer_support::routes::create_public_conversation_request)
            .service(peer_support::routes::record_conversation_request)
            .service(peer_support::routes::list_conversation_requests)
            .service(peer_support::routes::get_conversation_request)
            .service(peer_support::routes::propose_peer_supporters)
            .service(peer_support::routes::assign_conversation_request)
            .service(peer_support::routes::close_conversation_request)
            .service(peer_support::routes::conversation_report)
            .service(peer_support::routes::put_peer_profile)
            .service(peer_support::own::accept_assignment)
            .service(peer_support::own::decline_assignment)
            .service(peer_support::own::log_conversation)
            .service(peer_support::own::close_assigned_request)
            .service(projects::routes::create_project)
            .service(projects::routes::list_projects)
            .service(aggregates::routes::chapter_aggregates)
            .service(aggregates::routes::org_aggregates)
            .service(targets::routes::list_targets)
            .service(targets::routes::create_target)
            .service(targets::routes::get_target)
            .service(targets::routes::update_target)
            .service(targets::routes::evaluate_target)
            .service(targets::routes::org_dashboard)
            .service(targets::routes::chapter_dashboard)
            .service(targets::routes::org_series)
            .service(targets::routes::chapter_series)
            .service(targets::routes::org_coverage)
            .service(targets::routes::status_report)
            .service(targets::routes::grant_report),
    );
}

/// The pages served as HTML, outside the API and its document; who may open each is in
/// [`crate::auth::policy::PAGES`].
pub fn register_pages(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.service(pages::routes::join_form)
        .service(pages::routes::join_submit)
        .service(pages::routes::join_thanks)
        .service(pages::routes::talk_form)
        .service(pages::routes::talk_submit)
        .service(pages::routes::talk_thanks)
        .service(pages::routes::confirm_page)
        .service(pages::routes::confirm_submit)
        .service(pages::routes::my_data)
        .service(pages::routes::my_data_submit)
        .service(pages::routes::my_data_link)
        .service(pages::routes::my_data_use_link)
        .service(pages::routes::org_theme)
        .service(pages::routes::org_logo)
        .service(pages::routes::asset)
        .service(pages::routes::docs);
}

#[derive(utoipa::OpenApi)]
#[openapi(
    info(title = "Fellesskap", description = "Member and volunteer registry for voluntary organisations. Errors are RFC 9457 problem documents; see docs/API-DESIGN.md."),
    components(schemas(
        crate::error::Problem,
        crate::error::FieldError,
        crate::catalogues::types::Catalogue,
        crate::members::types::AgeBand,
        crate::aggregates::types::AggregateFormat,
        crate::members::types::ExportFormat,
        crate::targets::types::ReportFormat,
        crate::targets::types::GrantFormat
    )),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Sign-in and the caller's own account"),
        (name = "organisations", description = "Organisations (tenants)"),
        (name = "chapters", description = "The chapter tree of an organisation"),
        (name = "members", description = "Members, memberships, fees, counts and follow-ups"),
        (name = "imports", description = "Member lists brought in from spreadsheets and other systems"),
        (name = "public", description = "Sign-up and the member's own data, without an account"),
        (name = "volunteers", description = "Volunteer roles, courses and qualifications"),
        (name = "groups", description = "Groups, their leaders and meetings"),
        (name = "activities", description = "The activity log, projects and aggregates"),
        (name = "peer support", description = "Requests for a peer conversation, matched to a peer supporter and followed through"),
        (name = "access", description = "Roles (grants) and invitations"),
        (name = "targets", description = "The plan's targets, their evaluation and the dashboards"),
        (name = "audit", description = "The audit trail"),
        (name = "reference", description = "Regions and counties"),
        (name = "health", description = "Liveness and readiness"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
        );
    }
}

/// The OpenAPI document of everything in [`register`].
pub fn openapi() -> OpenApi {
    let (_, mut doc) = App::new().into_utoipa_app().openapi(ApiDoc::openapi()).configure(register).split_for_parts();
    for item in doc.paths.paths.values_mut() {
        for operation in
            [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete].into_iter().flatten()
        {
            document_operation(operation);
        }
    }
    doc.servers = Some(vec![
        utoipa::openapi::server::ServerBuilder::new()
            .url("/")
            .description(Some("This service, wherever it is deployed"))
            .build(),
    ]);
    single_values_as_const(refer_to_type_arguments(close_tagged_variants(document_no_nul(doc))))
}

/// utoipa copies the schema of a generic type's argument into each of its instances
/// (`Page_MemberSummary` holds a copy of `MemberSummary`): each copy becomes a reference to
/// the argument's own component, so clients get one type for it, not one per instance.
fn refer_to_type_arguments(doc: OpenApi) -> OpenApi {
    use serde_json::{Value, json};
    fn replace_copies(value: &mut Value, original: &Value, reference: &Value) {
        if value == original {
            *value = reference.clone();
            return;
        }
        match value {
            Value::Object(map) => map.values_mut().for_each(|v| replace_copies(v, original, reference)),
            Value::Array(items) => items.iter_mut().for_each(|v| replace_copies(v, original, reference)),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(&doc).expect("the OpenAPI document serialises");
    let Some(schemas) = value.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else { return doc };
    let instances: Vec<(String, String)> = schemas
        .keys()
        .filter_map(|name| {
            let (_, argument) = name.split_once('_')?;
            schemas.contains_key(argument).then(|| (name.clone(), argument.to_owned()))
        })
        .collect();
    for (instance, argument) in instances {
        let original = schemas[&argument].clone();
        let reference = json!({ "$ref": format!("#/components/schemas/{argument}") });
        if let Some(Value::Object(properties)) = schemas.get_mut(&instance).and_then(|s| s.get_mut("properties")) {
            properties.values_mut().for_each(|p| replace_copies(p, &original, &reference));
        }
    }
    serde_json::from_value(value).expect("the OpenAPI document deserialises")
}

/// An `enum` of one value (a box that must be ticked) is stated as `const`, which generated
/// clients read as that literal. Last, on the document itself: `const` is not a field of
/// utoipa's schema, so it lives among the extensions, which a round trip through JSON drops.
fn single_values_as_const(mut doc: OpenApi) -> OpenApi {
    use utoipa::openapi::schema::Schema;
    fn walk(schema: &mut Schema) {
        let Schema::Object(object) = schema else { return };
        if let Some(only) = object.enum_values.take_if(|values| values.len() == 1).and_then(|mut v| v.pop()) {
            object.extensions.get_or_insert_with(Default::default).insert("const".to_owned(), only);
        }
        for property in object.properties.values_mut() {
            if let RefOr::T(property) = property {
                walk(property);
            }
        }
    }
    let schemas = doc.components.iter_mut().flat_map(|c| c.schemas.values_mut());
    for schema in schemas {
        if let RefOr::T(schema) = schema {
            walk(schema);
        }
    }
    doc
}

/// Inputs that are internally tagged enums with `deny_unknown_fields`: utoipa leaves their
/// variants open, though serde refuses a field a variant does not have.
const TAGGED_INPUTS: [&str; 3] = ["Scope", "ScheduleSpec", "Opens"];

/// Says of each variant of [`TAGGED_INPUTS`] that it takes no other fields.
fn close_tagged_variants(doc: OpenApi) -> OpenApi {
    let mut value = serde_json::to_value(&doc).expect("the OpenAPI document serialises");
    for name in TAGGED_INPUTS {
        let variants = value.pointer_mut(&format!("/components/schemas/{name}/oneOf")).and_then(|v| v.as_array_mut());
        for variant in variants.into_iter().flatten() {
            if let Some(variant) = variant.as_object_mut() {
                variant.insert("additionalProperties".to_owned(), false.into());
            }
        }
    }
    serde_json::from_value(value).expect("the OpenAPI document deserialises")
}

/// PostgreSQL cannot store NUL, so no text input may hold one (the extractors refuse it); every
/// free-form string in the document says so with a pattern. A file's bytes (`binary`) are not
/// text: an image or a workbook holds NUL bytes.
fn document_no_nul(doc: OpenApi) -> OpenApi {
    fn walk(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                let is_string = map
                    .get("type")
                    .is_some_and(|t| t == "string" || t.as_array().is_some_and(|a| a.contains(&"string".into())));
                let strict_format = map
                    .get("format")
                    .is_some_and(|f| ["uuid", "date", "date-time", "email", "binary"].iter().any(|s| f == *s));
                let free = !strict_format && !["enum", "pattern", "const"].iter().any(|k| map.contains_key(*k));
                if is_string && free {
                    map.insert("pattern".to_owned(), NO_NUL_PATTERN.into());
                }
                map.values_mut().for_each(walk);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(&doc).expect("the OpenAPI document serialises");
    walk(&mut value);
    serde_json::from_value(value).expect("the OpenAPI document deserialises")
}

/// Any text without NUL.
pub const NO_NUL_PATTERN: &str = "^[^\\u0000]*$";

/// Adds the error responses every operation can give, and its security requirement.
fn document_operation(operation: &mut OpenApiOperation) {
    let policy = operation.operation_id.as_deref().and_then(Operation::from_id).map(Operation::policy);
    let params = operation.parameters.as_deref().unwrap_or_default();
    let has_input = operation.request_body.is_some() || !params.is_empty();
    let has_path_params = params.iter().any(|p| p.parameter_in == ParameterIn::Path);
    let has_cursor = params.iter().any(|p| p.name == "cursor");
    let mut errors = vec![("400", "The request could not be read: malformed JSON, unknown fields, wrong types")];
    if policy == Some(Policy::Public) {
        // Stated, not left out: an empty list says that no token is needed.
        operation.security = Some(Vec::new());
    } else {
        errors.push(("401", "No valid access token"));
        operation.security = Some(vec![SecurityRequirement::new("bearer", Vec::<String>::new())]);
    }
    if !matches!(policy, Some(Policy::Public | Policy::Authenticated)) {
        errors.push(("403", "The caller's role does not allow this here"));
    }
    if has_path_params || has_cursor {
        errors.push(("404", "No such resource, or not visible to the caller"));
    }
    if operation.request_body.is_some() {
        errors.push(("413", "The body is larger than this operation accepts"));
        errors.push(("415", "The body is not JSON"));
    }
    if params.iter().any(|p| p.name == "If-Match") {
        errors.push(("428", "`If-Match` is missing: send the version (ETag) the change is based on"));
    }
    if has_input {
        errors.push(("422", "The input breaks a rule; `errors` lists each field"));
    }
    errors.push(("500", "An unexpected error; the request id identifies it in the logs"));
    errors.push(("503", "The database is unavailable or busy; retry later"));
    for (status, description) in errors {
        operation.responses.responses.entry(status.to_owned()).or_insert_with(|| problem_response(description));
    }
    for (status, response) in &mut operation.responses.responses {
        let RefOr::T(response) = response else { continue };
        response.headers.insert("X-Request-Id".to_owned(), text_header(REQUEST_ID_HEADER));
        if status == "429" {
            response.headers.insert("Retry-After".to_owned(), text_header("Seconds to wait before trying again"));
        }
    }
}

const REQUEST_ID_HEADER: &str = "The request's id, as sent in `X-Request-Id` (1–64 letters, digits and `-_.:`) or made \
     by the service; it names the request in the service's logs and audit trail";

fn text_header(description: &str) -> utoipa::openapi::header::Header {
    utoipa::openapi::header::HeaderBuilder::new()
        .schema(utoipa::openapi::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::String))
        .description(Some(description))
        .build()
}

fn problem_response(description: &str) -> RefOr<utoipa::openapi::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content("application/problem+json", Content::new(Some(Ref::from_schema_name("Problem"))))
            .build(),
    )
}
