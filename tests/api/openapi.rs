use fellesskap::auth::policy::Operation;

use crate::helpers::spawn_app;

const REGENERATE: &str = "cargo run --quiet -- openapi > openapi/openapi.json";

#[test]
fn the_committed_openapi_document_is_current() {
    let generated = fellesskap::routes::openapi().to_pretty_json().unwrap();
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json")).unwrap_or_default();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi/openapi.json is stale; regenerate it with `{REGENERATE}`"
    );
}

#[test]
fn every_policy_entry_is_a_documented_operation() {
    let doc = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    let ids: Vec<String> = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| {
            item.as_object().unwrap().values().filter_map(|op| op["operationId"].as_str().map(str::to_owned))
        })
        .collect();
    for operation in Operation::ALL {
        assert!(ids.iter().any(|id| id == operation.id()), "{} is in the policy table but not routed", operation.id());
    }
    assert_eq!(ids.len(), Operation::ALL.len());
}

#[test]
fn every_operation_documents_its_errors_as_problems() {
    let doc = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for status in ["400", "500", "503"] {
                let response = &op["responses"][status];
                assert!(response["content"]["application/problem+json"].is_object(), "{method} {path} lacks {status}");
            }
        }
    }
}

#[actix_web::test]
async fn the_served_document_is_the_generated_one() {
    let app = spawn_app().await;
    let served = app.get("/openapi.json", None).await.expect(200);
    assert_eq!(served.body, serde_json::to_value(fellesskap::routes::openapi()).unwrap());
}

/// Every `$ref` names a component that exists: a type used only in a query parameter is not
/// collected by utoipa by itself, and a dangling reference leaves that parameter undocumented.
#[test]
fn every_reference_resolves() {
    fn refs<'a>(value: &'a serde_json::Value, found: &mut Vec<&'a str>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(target) = map.get("$ref").and_then(|r| r.as_str()) {
                    found.push(target);
                }
                map.values().for_each(|v| refs(v, found));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| refs(v, found)),
            _ => {}
        }
    }
    let doc = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    let mut found = Vec::new();
    refs(&doc, &mut found);
    let dangling: Vec<&&str> = found
        .iter()
        .filter(|target| {
            let path: Vec<&str> = target.trim_start_matches("#/").split('/').collect();
            path.iter().try_fold(&doc, |node, key| node.get(*key)).is_none()
        })
        .collect();
    assert!(dangling.is_empty(), "references to nothing: {dangling:?}");
}

/// A tagged union (variants told apart by a `kind` of one value) is closed in every variant:
/// serde refuses a field a variant does not have, so the document must say so too.
#[test]
fn every_tagged_variant_takes_no_other_fields() {
    let doc = serde_json::to_value(fellesskap::routes::openapi()).unwrap();
    let mut open = Vec::new();
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        let Some(variants) = schema["oneOf"].as_array() else { continue };
        for variant in variants {
            let tagged = variant["properties"]["kind"].get("enum").or(variant["properties"]["kind"].get("const"));
            if tagged.is_some() && variant["additionalProperties"] != false {
                open.push(format!("{name}: {}", variant["properties"]["kind"]));
            }
        }
    }
    assert!(open.is_empty(), "variants left open: {open:#?}");
}

fn client_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("clients").join("typescript")
}

/// Runs one of the TypeScript client's npm scripts; fails with its output, never skips.
fn npm_script(script: &str) {
    let installed = client_dir().join("node_modules").join(".bin");
    assert!(installed.exists(), "{} is missing: run scripts/test, which installs it", installed.display());
    let output = std::process::Command::new("npm")
        .args(["run", "--silent", script])
        .current_dir(client_dir())
        .output()
        .unwrap_or_else(|err| panic!("running npm ({err}): run scripts/test, which installs what it needs"));
    let shown = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "npm run {script} failed:\n{shown}");
}

/// Types generated from the committed document by openapi-typescript, and the small client in
/// `clients/typescript/` (sign in, list members, edit one with `If-Match`, sign up) compiled
/// against them with `tsc --strict`.
#[test]
fn a_client_typed_from_the_document_compiles() {
    npm_script("generate");
    npm_script("check");
}

/// Redocly's strict recommended rules find nothing wrong with the document.
#[test]
fn the_document_lints_clean() {
    npm_script("lint");
}
