//! Issue 11, round trips: every example in Okta's management API (request and response
//! examples, inline or from `#/components/examples`, 544 of them) whose schema the IR made a
//! union decodes into that enum, through one of its typed variants, and re-encodes to JSON that
//! decodes to the same value again. Examples that break their own schema are pinned: the 26 in
//! `KNOWN`, and those whose `date-time` is not RFC 3339 (`2021-01-05 22:18:30`), which are a
//! `Decode` error by design (`string_formats` keeps such dates strings). How many come back
//! exactly as sent is printed: the others lose properties their schema does not declare. The
//! one-feature specs have no union example; their unions are decoded in
//! `client-tests/tests/unions.rs`.
//!
//! The crate is generated with only the operations that carry such examples, beside a runner
//! binary holding every example, in a scratch workspace built offline with this workspace's
//! target directory and lockfile.

#[path = "common/progress.rs"]
#[macro_use]
mod progress;

use oapigen::ir::{Api, BodyKind, ModelKind, TypeRef};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

const OKTA: &str = "../shared/specs/okta-management-2026.06.3.yaml";

/// Examples that do not decode because they do not fit their own schema in the spec (a
/// required property missing, an object where the schema has an array), with the text their
/// error must contain: an entry that starts decoding fails the test.
#[rustfmt::skip]
const KNOWN: &[(&str, &str)] = &[
    ("createApplication request (application/json, examples/BROWSER_PLUGIN_SWA_3FIELD)", "missing field `buttonField`"),
    ("createApplication 200 (application/json, examples/BROWSER_PLUGIN_SWA_3FIELD)", "missing field `buttonField`"),
    ("replaceApplication request (application/json, examples/BASIC_AUTH)", "missing field `name`"),
    ("replaceApplication request (application/json, examples/BROWSER_PLUGIN_SWA_3FIELD)", "missing field `buttonField`"),
    ("replaceApplication request (application/json, examples/OPENID_CONNECT)", "missing field `credentials`"),
    ("replaceApplication 200 (application/json, examples/BROWSER_PLUGIN_SWA_3FIELD)", "missing field `buttonField`"),
    ("createLogStream request (application/json, examples/LogStreamPostRequestExample)", "missing field `created`"),
    ("deactivateLogStream 200 (application/json, examples/LogStreamDeactivateResponseExample)", "missing field `token`"),
    ("createPolicyRule request (application/json, examples/Enable2FAPreciseAuth)", "invalid type: map, expected a sequence"),
    ("createPolicyRule request (application/json, examples/CreateAuthPolicyRule2FADisablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("createPolicyRule request (application/json, examples/DeviceConditionWithOamp)", "missing field `condition`"),
    ("createPolicyRule 200 (application/json, examples/Enable2FAPreciseAuth)", "invalid type: map, expected a sequence"),
    ("createPolicyRule 200 (application/json, examples/CreateAuthPolicyRuleDevicePlatformCondition)", "invalid type: map, expected a sequence"),
    ("createPolicyRule 200 (application/json, examples/CreateAuthPolicyRule2FAEnablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("createPolicyRule 200 (application/json, examples/CreateAuthPolicyRule2FADisablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("createPolicyRule 200 (application/json, examples/DeviceConditionWithOamp)", "missing field `condition`"),
    ("getPolicyRule 200 (application/json, examples/AuthPolicyRule2FAEnablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("getPolicyRule 200 (application/json, examples/AuthPolicyRule2FADisablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("replacePolicyRule request (application/json, examples/UpdateAuthPolicyRule2FADisablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("replacePolicyRule 200 (application/json, examples/UpdateAuthPolicyRule2FAEnablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("replacePolicyRule 200 (application/json, examples/UpdateAuthPolicyRule2FADisablePostAuthKmsi)", "invalid type: map, expected a sequence"),
    ("getUserAssignedRole 200 (application/json, examples/Custom roles)", "missing field `href`"),
    ("enrollFactor 200 (application/json, examples/sms)", "invalid type: sequence, expected an object"),
    ("enrollFactor 200 (application/json, examples/call)", "invalid type: sequence, expected an object"),
    ("enrollFactor 200 (application/json, examples/email)", "invalid type: sequence, expected an object"),
    ("resendEnrollFactor 200 (application/json, examples/sms)", "invalid type: sequence, expected an object"),
];

struct Case {
    /// `createApplication request (application/json, example BASIC_AUTH)`.
    label: String,
    operation: String,
    model: String,
    example: Value,
}

/// The union a type names, if it is one.
fn union_of<'a>(api: &'a Api, ty: &'a TypeRef) -> Option<&'a str> {
    match ty {
        TypeRef::Model(name) if matches!(api.models[name].kind, ModelKind::Union(_)) => Some(name),
        _ => None,
    }
}

/// Follow a `$ref` within the spec (`#/components/...`).
fn follow<'a>(spec: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..8 {
        let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let pointer = reference.trim_start_matches('#');
        value = spec.pointer(pointer).unwrap_or(&Value::Null);
    }
    value
}

/// The examples of a media type object: `example`, and each of `examples` (refs followed).
fn media_examples(spec: &Value, media: &Value) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    if let Some(example) = media.get("example") {
        found.push(("example".to_string(), example.clone()));
    }
    for (name, example) in media["examples"].as_object().into_iter().flatten() {
        if let Some(value) = follow(spec, example).get("value") {
            found.push((format!("examples/{name}"), value.clone()));
        }
    }
    found
}

fn cases(spec: &Value, api: &Api) -> Vec<Case> {
    let mut cases = Vec::new();
    for op in api.tags.iter().flat_map(|t| &t.operations) {
        let raw = &spec["paths"][&op.path][op.http_method.as_str().to_ascii_lowercase()];
        if let Some(body) = &op.body
            && let BodyKind::Json(ty) = &body.kind
            && let Some(model) = union_of(api, ty)
        {
            let media = &follow(spec, &raw["requestBody"])["content"][&body.content_type];
            for (name, example) in media_examples(spec, media) {
                cases.push(Case {
                    label: format!(
                        "{} request ({}, {name})",
                        op.operation_id, body.content_type
                    ),
                    operation: op.operation_id.clone(),
                    model: model.to_string(),
                    example,
                });
            }
        }
        for response in &op.responses {
            let (Some(ty), Some(content_type)) = (&response.ty, &response.content_type) else {
                continue;
            };
            let Some(model) = union_of(api, ty) else {
                continue;
            };
            let media = &follow(spec, &raw["responses"][&response.status])["content"][content_type];
            for (name, example) in media_examples(spec, media) {
                cases.push(Case {
                    label: format!(
                        "{} {} ({content_type}, {name})",
                        op.operation_id, response.status
                    ),
                    operation: op.operation_id.clone(),
                    model: model.to_string(),
                    example,
                });
            }
        }
    }
    cases
}

fn scratch_root() -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_MANIFEST_DIR").hash(&mut hasher);
    std::env::temp_dir().join(format!("oapigen-union-examples-{:016x}", hasher.finish()))
}

fn runner_source(cases: &[Case]) -> String {
    let mut table = String::new();
    for case in cases {
        writeln!(
            table,
            "    ({:?}, {:?}, round_trip::<okta::models::{}>),",
            case.label,
            case.example.to_string(),
            case.model
        )
        .unwrap();
    }
    format!(
        r#"//! @generated by tests/union_examples.rs
use serde_json::Value;

type Check = fn(&str) -> Result<(String, Value), String>;

/// Decode, name the variant, re-encode.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug>(
    json: &str,
) -> Result<(String, Value), String> {{
    let decoded: T = serde_json::from_str(json).map_err(|e| format!("does not decode: {{e}}"))?;
    let variant = format!("{{decoded:?}}").split('(').next().unwrap_or_default().to_string();
    let value = serde_json::to_value(&decoded).map_err(|e| format!("does not encode: {{e}}"))?;
    let again: T = serde_json::from_value(value.clone())
        .map_err(|e| format!("its encoding does not decode: {{e}}: {{value}}"))?;
    let twice = serde_json::to_value(&again).map_err(|e| format!("does not encode: {{e}}"))?;
    if twice != value {{
        return Err(format!("is not stable: {{value}} then {{twice}}"));
    }}
    Ok((variant, value))
}}

const CASES: &[(&str, &str, Check)] = &[
{table}];

fn main() {{
    for (label, json, check) in CASES {{
        match check(json) {{
            Ok((variant, value)) => println!("@@\t{{label}}\tok\t{{variant}}\t{{value}}"),
            Err(error) => println!("@@\t{{label}}\terror\t{{}}", error.replace('\n', " ")),
        }}
    }}
}}
"#
    )
}

/// `value` as it should come back: no `null`s (the models omit absent optional fields), and
/// every RFC 3339 date-time as one text per instant.
fn normal(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), normal(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(normal).collect()),
        Value::String(text) => match chrono_free_instant(text) {
            Some(instant) => Value::String(instant),
            None => value.clone(),
        },
        other => other.clone(),
    }
}

/// `2013-06-24T16:39:18.000Z` → `2013-06-24T16:39:18Z`: the zero fraction chrono drops.
fn chrono_free_instant(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let looks_like_date_time = bytes.len() >= 20 && bytes[4] == b'-' && bytes[10] == b'T';
    if !looks_like_date_time {
        return None;
    }
    let trimmed = text.replace(".000Z", "Z").replace("+00:00", "Z");
    (trimmed != text).then_some(trimmed)
}

/// Whether a value holds, under a date's name (`created`, `lastUpdated`, `expiresAt`,
/// `expirationDate`, ...), a string that is not an RFC 3339 date-time: `2021-01-05 22:18:30`,
/// `Wed Mar 29 18:34:31 UTC 2023`, or a placeholder such as `createdDate`.
fn has_non_rfc3339_date(value: &Value) -> bool {
    let rfc3339 = |text: &str| {
        let b = text.as_bytes();
        b.len() >= 20
            && b[4] == b'-'
            && b[10] == b'T'
            && (text.ends_with('Z') || text[19..].contains(['+', '-']))
    };
    let date_name = |key: &str| {
        let key = key.to_ascii_lowercase();
        ["created", "updated", "date", "expires"]
            .iter()
            .any(|w| key.contains(w))
            || key.ends_with("at")
    };
    match value {
        Value::Array(items) => items.iter().any(has_non_rfc3339_date),
        Value::Object(map) => map.iter().any(|(key, v)| match v {
            Value::String(text) => date_name(key) && !rfc3339(text),
            other => has_non_rfc3339_date(other),
        }),
        _ => false,
    }
}

#[test]
fn every_union_example_of_the_management_api_round_trips() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec_path = manifest.join(OKTA);
    let spec: Value = serde_yaml::from_str(&std::fs::read_to_string(&spec_path).unwrap()).unwrap();
    let api = oapigen::build_ir(&spec_path, &oapigen::Options::default()).unwrap();
    let cases = cases(&spec, &api);
    assert!(
        cases.len() >= 200,
        "only {} union examples found",
        cases.len()
    );

    // Only the operations the examples belong to: their models are all the runner needs.
    let operations: BTreeSet<String> = cases.iter().map(|c| c.operation.clone()).collect();
    let root = scratch_root();
    let options = oapigen::Options {
        crate_name: Some("okta".into()),
        operations: operations.into_iter().collect(),
        ..Default::default()
    };
    let generated = oapigen::generate_files(&spec_path, &options).unwrap();
    oapigen::write::write_files(&root.join("okta"), &generated.files, true).unwrap();
    oapigen::write::write_file(
        &root.join("runner/Cargo.toml"),
        "[package]\nname = \"union-runner\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[dependencies]\nokta = { path = \"../okta\" }\nserde = \"1\"\n\
         serde_json = \"1\"\n",
    )
    .unwrap();
    oapigen::write::write_file(&root.join("runner/src/main.rs"), &runner_source(&cases)).unwrap();
    oapigen::write::write_file(
        &root.join("Cargo.toml"),
        "[workspace]\nmembers = [\"okta\", \"runner\"]\nresolver = \"2\"\n",
    )
    .unwrap();
    let lock = std::fs::read_to_string(manifest.join("Cargo.lock")).unwrap();
    oapigen::write::write_file(&root.join("Cargo.lock"), &lock).unwrap();
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| manifest.join("target"), PathBuf::from);
    say!(
        "building {} union examples of {} operations",
        cases.len(),
        options.operations.len()
    );
    let output = Command::new(env!("CARGO"))
        .args(["run", "--offline", "-q", "-p", "union-runner"])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target)
        // Built once: incremental caches would only fill the disk (15 of 22 GB in CI).
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the runner does not build or run:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let stdout = String::from_utf8(output.stdout).unwrap();
    let outcomes: BTreeMap<&str, Vec<&str>> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("@@\t"))
        .map(|l| {
            let fields: Vec<&str> = l.splitn(4, '\t').collect();
            (fields[0], fields[1..].to_vec())
        })
        .collect();
    let known: BTreeMap<&str, &str> = KNOWN.iter().copied().collect();
    let mut failures = Vec::new();
    let mut variants = BTreeSet::new();
    let (mut exact, mut bad_dates) = (0, 0);
    for case in &cases {
        let outcome = &outcomes[case.label.as_str()];
        let problem = match outcome.as_slice() {
            ["ok", variant, json] => {
                let back: Value = serde_json::from_str(json).unwrap();
                variants.insert(format!("{}::{variant}", case.model));
                exact += usize::from(normal(&back) == normal(&case.example));
                None
            }
            ["error", error] => Some(error.to_string()),
            other => panic!("{}: {other:?}", case.label),
        };
        match (problem, known.get(case.label.as_str())) {
            (None, None) => {}
            (None, Some(_)) => {
                failures.push(format!("{}: decodes now, remove it from KNOWN", case.label))
            }
            (Some(problem), Some(text)) if problem.contains(text) => {}
            // chrono's message for a date it cannot read; the example must hold one.
            (Some(problem), None)
                if problem.contains("input contains invalid characters")
                    && has_non_rfc3339_date(&case.example) =>
            {
                bad_dates += 1;
            }
            (Some(problem), _) => failures.push(format!("{}: {problem}", case.label)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} union examples do not round-trip:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    // The examples reach many variants, not one catch-all.
    let catch_all = variants.iter().filter(|v| v.ends_with("::Other")).count();
    say!(
        "{} union examples: {} decode and re-encode stably through {} variants ({catch_all} \
         catch-alls), {exact} exactly as sent; {bad_dates} hold a date that is not RFC 3339; {} \
         break their schema",
        cases.len(),
        cases.len() - bad_dates - KNOWN.len(),
        variants.len(),
        KNOWN.len()
    );
    assert!(
        bad_dates <= 30,
        "{bad_dates} examples with dates chrono cannot read"
    );
    assert!(variants.len() >= 20, "{variants:?}");
}
