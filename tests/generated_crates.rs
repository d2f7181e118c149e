//! Every crate we generate for the tests is built once, in one scratch workspace, and then
//! used twice:
//!
//! - **Compiled clean** (STYLE §9: a text snapshot does not catch output that fails to
//!   compile): the crates of every fixture, every bad spec that generates (with its warning)
//!   and every one-feature spec in `../shared/specs/features` build with clippy as the
//!   compiler (`RUSTC_WORKSPACE_WRAPPER=clippy-driver`, what `cargo clippy` does, but with
//!   code generation, so the one build serves both checks); none may warn. The two
//!   checked-in clients are workspace members and compiled by every build.
//! - **Issue 10 against a validating server**: every docs example of every one-feature spec
//!   goes through Stoplight Prism (`prism proxy --errors SPEC UPSTREAM`, in front of
//!   `prism mock SPEC`), which answers `422` with the violations for any request its spec
//!   does not allow. Each example must succeed: a request Prism accepts, and an answer the
//!   client decodes. A `runner` binary holds every example as a function
//!   (`tests/common/docs_examples.rs` says how a page's program becomes one).
//!
//! The workspace builds with this workspace's target directory and lockfile, offline (the
//! dependencies are built there already). Files are written only when they change, so a
//! rerun rebuilds only the crates whose code changed.
//!
//! Where Prism itself cannot read what the spec allows (it crashes on some parameter styles
//! and multipart forms; see `NOT_SENT`), the example must fail with exactly that
//! crash, so the list shrinks when Prism is fixed; those requests are checked byte for byte
//! on a loopback server in `client-tests/tests/forms_wire.rs`.

#[path = "common/progress.rs"]
#[macro_use]
mod progress;
#[path = "common/docs_examples.rs"]
mod docs_examples;
#[path = "common/prism.rs"]
mod prism;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

// Why an example cannot come back a success through Prism, by cause.
const ONE_OF_AMBIGUOUS: &str = "the oneOf members accept the same objects (no `additionalProperties: false`, the \
     discriminator only on a base schema), so under JSON Schema no value matches exactly one; \
     the client sends the variant it is given";
const NO_VALUE: &str = "the schema allows no value at all (allOf of incompatible types, or a required \
     property that recurses without end); the generator warns";
const SPEC_EXAMPLE_INVALID: &str =
    "the spec's own example breaks its schema, and the docs example uses it";
const SPEC_REQUIRED_UNDEFINED: &str =
    "`required` names a property the schema does not define; the generator warns";
const TWO_AUTHORIZATIONS: &str = "the requirement asks for HTTP Basic and OAuth2 at once, both in the one \
     `Authorization` header; the client sends both values (tests/security_requirements.rs)";
const MOCK_INVALID: &str = "Prism's mock answers with a body that breaks the spec (a recursive or \
     polymorphic schema, a `url` format, a primitive example); the request passed";
const PROXY_SCALAR_BODY: &str = "Prism's proxy forwards a JSON scalar body (a string, number or boolean) \
     other than it came, so the upstream cannot read it; direct to the mock it passes";
const PROXY_GET_BODY: &str =
    "Prism's proxy does not forward a GET with a body (stoplightio/prism#2259)";
const PROXY_1XX: &str =
    "an informational (1xx) status cannot be a final answer; Prism's proxy hangs up";
const PRISM_JSON_PARTS: &str = "Prism does not read multipart parts that are JSON objects or arrays of \
     files as the spec defines them; checked byte for byte in client-tests/tests/forms_wire.rs";
const PRISM_HEADER_OBJECTS: &str = "Prism reads an array of objects in a header as strings (OpenAPI defines \
     no serialization for it; the client sends each object as JSON)";

/// Examples that cannot come back a success here, each with why and a text its outcome must
/// contain: an entry that starts passing, or fails another way, fails the test (and is then
/// removed or looked at again).
#[rustfmt::skip]
const KNOWN: &[(&str, &str, &str, &str)] = &[
    ("circular-paths", "put_anything", PRISM_HEADER_OBJECTS, "must be object"),
    ("circular-request-bodies", "direct_circular", NO_VALUE, "must have required property 'parent'"),
    ("circular-request-bodies", "indirect_circular", MOCK_INVALID, "Response body property"),
    ("circular-request-bodies", "multiple_circular", MOCK_INVALID, "Response body property"),
    ("discriminators", "one_of_with_top_level_discriminator_and_mapping", ONE_OF_AMBIGUOUS, ONE_OF),
    ("discriminators", "one_of_with_top_level_discriminator_no_mapping", ONE_OF_AMBIGUOUS, ONE_OF),
    ("discriminators", "patch_embedded_discriminator", ONE_OF_AMBIGUOUS, ONE_OF),
    ("discriminators", "patch_mapping_of_schema_names", ONE_OF_AMBIGUOUS, ONE_OF),
    ("discriminators", "patch_mapping_with_duplicate_schemas", ONE_OF_AMBIGUOUS, ONE_OF),
    ("discriminators", "patch_nested_one_of_object_with_nested_one_of", ONE_OF_AMBIGUOUS, ONE_OF),
    ("discriminators", "patch_oneof_allof_top_level_disc", ONE_OF_AMBIGUOUS, ONE_OF),
    ("discriminators", "post_potentially_undefined_form_data", ONE_OF_AMBIGUOUS, ONE_OF),
    ("file-uploads", "put_anything_multipart_formdata", PRISM_JSON_PARTS, "must be array"),
    ("parameters-style", "form_data_deep_object_exploded", PRISM_JSON_PARTS, RESERVED),
    ("parameters-style", "form_data_form_exploded", PRISM_JSON_PARTS, RESERVED),
    ("parameters-style", "form_data_form_non_exploded", PRISM_JSON_PARTS, RESERVED),
    ("parameters-style", "form_data_pipe_delimited_non_exploded", PRISM_JSON_PARTS, RESERVED),
    ("parameters-style", "form_data_space_delimited_non_exploded", PRISM_JSON_PARTS, RESERVED),
    ("parameters-style", "form_data_standard", PRISM_JSON_PARTS, "must be array"),
    ("polymorphism", "patch_pets", ONE_OF_AMBIGUOUS, ONE_OF),
    ("polymorphism", "post_anything_any_of_primitive", PROXY_SCALAR_BODY, "Invalid JSON"),
    ("polymorphism", "post_anything_nested_one_of_object_ref", ONE_OF_AMBIGUOUS, ONE_OF),
    ("polymorphism", "post_anything_nested_one_of_object_with_nested_one_of", ONE_OF_AMBIGUOUS, ONE_OF),
    ("polymorphism", "post_anything_nested_one_of_ref", ONE_OF_AMBIGUOUS, ONE_OF),
    ("polymorphism", "post_anything_one_of_object", ONE_OF_AMBIGUOUS, ONE_OF),
    ("polymorphism", "post_anything_one_of_object_ref", ONE_OF_AMBIGUOUS, ONE_OF),
    ("polymorphism", "post_anything_one_of_primitive", PROXY_SCALAR_BODY, "Invalid JSON"),
    ("polymorphism", "post_one_of_complex", ONE_OF_AMBIGUOUS, ONE_OF),
    ("readme-legacy", "create_doc", ONE_OF_AMBIGUOUS, ONE_OF),
    ("readme-legacy", "get_project", MOCK_INVALID, "Response body property baseUrl"),
    ("request-examples", "patch_request_body_primitive_example", MOCK_INVALID, "Response body must be"),
    ("request-examples", "post_request_body_primitive_example", PROXY_SCALAR_BODY, "Invalid JSON"),
    ("request-examples", "put_request_body_primitive_example", MOCK_INVALID, "Response body must be"),
    ("response-schemas", "get_anything_object", PROXY_GET_BODY, "PROXY_UNSUPPORTED_REQUEST_BODY"),
    ("response-schemas", "get_anything_polymorphism", MOCK_INVALID, "Response body must be"),
    ("schema-deprecated", "post_anything", ONE_OF_AMBIGUOUS, ONE_OF),
    ("schema-encoding-style", "encoding_form", PRISM_JSON_PARTS, RESERVED),
    ("schema-enums", "boolean_enum_support", SPEC_REQUIRED_UNDEFINED, "'enum (with example) *required'"),
    ("schema-enums", "number_enum_support", PROXY_GET_BODY, "PROXY_UNSUPPORTED_REQUEST_BODY"),
    ("schema-types", "entirely_incompatible_all_of", NO_VALUE, "must be integer"),
    ("schema-types", "incompatible_nested_all_of", NO_VALUE, "must be integer"),
    ("schema-types", "partially_usable_incompatible_all_of", NO_VALUE, "must be integer"),
    ("schema-types", "string_top_level", PROXY_SCALAR_BODY, "Invalid JSON"),
    ("schema-types", "string_top_level_json", PROXY_SCALAR_BODY, "Invalid JSON"),
    ("schema-validation", "get_anything_jsonschema_formats", SPEC_EXAMPLE_INVALID, "must match format"),
    ("security-multiple", "post_anything_and", TWO_AUTHORIZATIONS, "UNAUTHORIZED"),
    // The 3.1 specs (`-31`) fail where their 3.0 twins do (looked up by the base name), and:
    ("readme-31", "create_api", MOCK_PATTERN, "Response body property"),
    ("readme-31", "create_branch", MOCK_PATTERN, "Response body property"),
    ("readme-31", "create_category", MOCK_PATTERN, "Response body property"),
    ("readme-31", "create_changelog", MOCK_PATTERN, "Response body property"),
    ("readme-31", "create_custom_page", MOCK_PATTERN, "Response body property"),
    ("readme-31", "create_guide", MOCK_PATTERN, "Response body property"),
    ("readme-31", "create_recipe", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_api_key", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_apis", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_branch", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_branches", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_categories", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_category", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_category_pages", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_custom_page", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_custom_pages", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_guide", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_image", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_recipe", MOCK_PATTERN, "Response body property"),
    ("readme-31", "get_recipes", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_api", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_api_key", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_branch", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_category", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_changelog", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_custom_page", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_guide", MOCK_PATTERN, "Response body property"),
    ("readme-31", "update_recipe", MOCK_PATTERN, "Response body property"),
    ("readme-31", "create_api_key", MOCK_INVALID, "Response body property"),
    ("readme-31", "get_api_keys", MOCK_INVALID, "Response body property"),
    ("readme-31", "get_changelog", MOCK_INVALID, "Response body property"),
    ("readme-31", "get_changelogs", MOCK_INVALID, "Response body property"),
    ("readme-31", "get_images", MOCK_INVALID, "Response body property"),
    ("readme-31", "get_project", MOCK_INVALID, "Response body property"),
    ("readme-31", "upload_image", MOCK_INVALID, "Response body property"),
    ("schema-validation-local-31", "get_anything_jsonschema_formats", SPEC_EXAMPLE_INVALID, "must match format"),
    ("security-31", "post_anything_mutual_tls", PRISM_MUTUAL_TLS, "mutualTLS"),

];
const ONE_OF: &str = "must match exactly one schema in oneOf";
const MOCK_PATTERN: &str = "Prism's mock answers with strings that break the spec's `pattern`s (it \
    makes no values from regular expressions); the request, its values made to match, passed";
const PRISM_MUTUAL_TLS: &str = "Prism refuses an operation secured by `mutualTLS` (oapigen drops the \
    scheme: TLS is the reqwest client's business)";
const RESERVED: &str = "Reserved characters used in request body";

/// Examples not sent through Prism at all, because Prism fails on them in a way that costs
/// the other examples: it crashes (`value.split is not a function` in its `simple`, `matrix`
/// and delimited deserializers) and takes the proxy down, or it hangs until the client's
/// timeout. `client-tests/tests/forms_wire.rs` checks the parameter styles byte for byte
/// against the OpenAPI style table instead.
#[rustfmt::skip]
const NOT_SENT: &[(&str, &str, &str)] = &[
    ("http-status-codes", "get_status_100", PROXY_1XX),
    ("http-status-codes", "get_status_102", PROXY_1XX),
    ("http-status-codes", "get_status_103", PROXY_1XX),
    ("parameters-style", "paths_label_non_exploded", CRASH),
    ("parameters-style", "paths_matrix_exploded", CRASH),
    ("parameters-style", "paths_matrix_non_exploded", CRASH),
    ("parameters-style", "paths_simple_exploded", CRASH),
    ("parameters-style", "paths_simple_non_exploded", CRASH),
    ("parameters-style", "paths_standard", CRASH),
    ("parameters-style", "pipe_delimited_non_exploded", CRASH),
    ("parameters-style", "space_delimited_non_exploded", CRASH),
    ("schema-types", "boolean_top_level", PROXY_SCALAR_BODY),
    ("schema-types", "number_top_level", PROXY_SCALAR_BODY),
];
const CRASH: &str = "Prism 5 crashes on the style (`value.split is not a function`)";

/// The features `client-tests` builds tokio with, so that the runner reuses that build (the
/// examples need `macros` and a runtime).
const TOKIO_FEATURES: &str = r#""fs", "macros", "rt-multi-thread", "time", "net", "io-util""#;

/// How many specs get a Prism pair at once (two Node processes each).
const BATCH: usize = 11;

fn scratch_root() -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_MANIFEST_DIR").hash(&mut hasher);
    std::env::temp_dir().join(format!("oapigen-feature-examples-{:016x}", hasher.finish()))
}

struct Spec {
    path: PathBuf,
    stem: String,
    krate: String,
}

/// The feature specs that generate (the others are pinned in `tests/features.rs`), generated
/// into `root/crates`; the fixtures and bad specs that generate, into `root/fixtures` (their
/// names: the second list); and a copy of each per feature (`write_alone`; the third).
fn generate(root: &Path) -> (Vec<Spec>, Vec<String>, Vec<String>) {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut specs = Vec::new();
    let mut alone = Vec::new();
    // The 3.0 specs, then the 3.1 ones (issue 13), under `-31` names.
    let shared = manifest.join("../shared/specs");
    let mut paths: Vec<(PathBuf, &str)> = Vec::new();
    for (dir, suffix) in [("features", ""), ("features-3.1", "-31")] {
        for path in oapigen::spec_files(&shared.join(dir)).unwrap() {
            paths.push((path, suffix));
        }
    }
    for (path, suffix) in paths {
        let stem = format!("{}{suffix}", path.file_stem().unwrap().to_string_lossy());
        let krate = format!("gen-{stem}");
        if generate_one(&path, &krate, &root.join("crates").join(&stem), &mut alone) {
            specs.push(Spec { path, stem, krate });
        }
    }
    // The bad specs that generate (with a warning) must compile clean too; the fixtures named
    // `err_` are refused (tests/errors.rs).
    let mut fixtures = Vec::new();
    let mut paths: Vec<PathBuf> = oapigen::spec_files(&manifest.join("tests/fixtures"))
        .unwrap()
        .into_iter()
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with("err_"))
        .collect();
    paths.extend(oapigen::spec_files(&manifest.join("tests/bad-specs")).unwrap());
    paths.extend(oapigen::spec_files(&manifest.join("tests/fixtures/v31")).unwrap());
    for path in paths {
        let stem = path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .replace(['_', '.'], "-");
        let krate = format!("fixture-{stem}");
        if generate_one(
            &path,
            &krate,
            &root.join("fixtures").join(&stem),
            &mut alone,
        ) {
            fixtures.push(stem);
        }
    }
    (specs, fixtures, alone)
}

/// Generate the crate `krate` from `path` into `dir`, and its one-feature copies (their names
/// added to `alone`); false when the spec does not generate.
fn generate_one(path: &Path, krate: &str, dir: &Path, alone: &mut Vec<String>) -> bool {
    let options = oapigen::Options {
        crate_name: Some(krate.to_string()),
        ..Default::default()
    };
    let Ok(generated) = oapigen::generate_files(path, &options) else {
        return false;
    };
    oapigen::write::write_files(dir, &generated.files, true).unwrap();
    let root = dir.parent().and_then(Path::parent).unwrap();
    alone.extend(write_alone(
        root,
        krate.trim_start_matches("gen-"),
        &generated.files,
    ));
    true
}

/// A copy of a generated crate per cargo feature (a tag's, or `other-models`: then no
/// operation at all), with only that feature on by default, under
/// `root/alone/<stem>-<feature>`: each must build alone without a warning, as a user who
/// turns the others off gets it. Their directory names; none for a crate of one feature.
fn write_alone(root: &Path, stem: &str, files: &oapigen::emit::Files) -> Vec<String> {
    let manifest = &files["Cargo.toml"];
    // The tags' features (and `other-models`): not `default`, not `tracing` (checked on its
    // own), not the internal model groups (`models-N`), which turn on no operation.
    let features: Vec<&str> = manifest
        .lines()
        .skip_while(|l| *l != "[features]")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = [").map(|(name, _)| name))
        .filter(|name| !["default", "tracing"].contains(name))
        .filter(|name| {
            !(name.starts_with("models-") && name[7..].chars().all(|c| c.is_ascii_digit()))
        })
        .collect();
    let mut names = Vec::new();
    // One feature is the default build itself.
    if features.len() < 2 {
        return names;
    }
    for feature in features {
        let name = format!("{stem}-{feature}");
        let mut copy = files.clone();
        let toml: String = manifest
            .lines()
            .map(|line| {
                if line.starts_with("name = ") {
                    format!("name = \"alone-{name}\"")
                } else if line.starts_with("default = [") {
                    format!("default = [\"{feature}\"]")
                } else {
                    line.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        copy.insert("Cargo.toml".into(), toml + "\n");
        oapigen::write::write_files(&root.join("alone").join(&name), &copy, true).unwrap();
        names.push(name);
    }
    names
}

/// The runner's `main.rs`: every example as `mod example_N`, a table, and a `main` that runs
/// the examples of the crates named on its command line (`stem=base_url`), printing one line
/// per example: `@@<TAB>stem<TAB>operation<TAB>ok`, or `...<TAB>status<TAB>code<TAB>
/// violations<TAB>body`, or `...<TAB>failed<TAB>error`.
fn runner_source(specs: &[Spec], examples: &[(String, docs_examples::Example)]) -> String {
    // Examples of deprecated operations use them, as a user's program would; the spec's own
    // names (`foo`) are the examples' data.
    let mut out = String::from(
        "//! @generated by tests/generated_crates.rs\n\
         #![allow(deprecated, clippy::disallowed_names)]\n",
    );
    let mut table = String::new();
    for (i, (stem, e)) in examples.iter().enumerate() {
        writeln!(
            out,
            "#[allow(non_snake_case)]\nmod example_{i} {{\n{}}}",
            e.transformed
        )
        .unwrap();
        writeln!(
            table,
            "    ({stem:?}, {:?}, |u| Box::pin(async move {{ example_{i}::run(&u).await }})),",
            e.operation
        )
        .unwrap();
    }
    let mut describe = String::new();
    for spec in specs {
        let krate = spec.krate.replace('-', "_");
        writeln!(
            describe,
            "    if let Some({krate}::Error::Status(s)) = error.downcast_ref::<{krate}::Error>() {{\n        \
             let violations = s.headers.get(\"sl-violations\").and_then(|v| v.to_str().ok()).unwrap_or(\"-\");\n        \
             return format!(\"status\\t{{}}\\t{{violations}}\\t{{}}\", s.status.as_u16(), s.body_text());\n    }}"
        )
        .unwrap();
    }
    write!(
        out,
        r#"
type RunFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), Box<dyn std::error::Error>>>>>;

type Entry = (&'static str, &'static str, fn(String) -> RunFuture);

const EXAMPLES: &[Entry] = &[
{table}];

/// `status<TAB>code<TAB>sl-violations<TAB>body` for a status error (Prism's violations are in
/// its body, or in the `sl-violations` header of an answer it passed on), else the error.
fn describe(error: &(dyn std::error::Error + 'static)) -> String {{
{describe}    format!("failed\t{{error}}")
}}

#[tokio::main(flavor = "current_thread")]
async fn main() {{
    let skip = std::env::var("SKIP_EXAMPLES").unwrap_or_default();
    for arg in std::env::args().skip(1) {{
        let (stem, base_url) = arg.split_once('=').expect("stem=base_url");
        for (_, operation, run) in EXAMPLES.iter().filter(|e| e.0 == stem) {{
            if skip.split(' ').any(|s| s == format!("{{stem}}/{{operation}}")) {{
                continue;
            }}
            match run(base_url.to_string()).await {{
                Ok(()) => println!("@@\t{{stem}}\t{{operation}}\tok"),
                Err(e) => println!("@@\t{{stem}}\t{{operation}}\t{{}}", describe(&*e).replace('\n', " ")),
            }}
        }}
    }}
}}
"#
    )
    .unwrap();
    out
}

#[test]
fn every_generated_crate_compiles_clean_and_every_docs_example_passes_a_validating_proxy() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let started = Instant::now();
    let root = scratch_root();
    let (specs, fixtures, alone) = generate(&root);
    assert!(alone.len() >= 90, "only {} one-feature copies", alone.len());
    assert!(specs.len() >= 40, "only {} specs generated", specs.len());
    assert!(
        fixtures.len() >= 15,
        "only {} fixtures generated",
        fixtures.len()
    );
    let mut examples = Vec::new();
    for page in docs_examples::api_pages(&root.join("crates"), |_| {}) {
        let stem = page
            .parent()
            .and_then(Path::parent)
            .and_then(Path::file_name)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for example in docs_examples::page_examples(&page) {
            examples.push((stem.clone(), example));
        }
    }
    assert!(examples.len() >= 400, "only {} examples", examples.len());
    // A method's name is unique within its tag, not its crate (`schema_support` under both
    // `null` and `mixed`): such an example is named by its page too (`NullApi/schema_support`).
    let mut count: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (stem, e) in &examples {
        *count
            .entry((stem.clone(), e.operation.clone()))
            .or_default() += 1;
    }
    for (stem, e) in &mut examples {
        if count[&(stem.clone(), e.operation.clone())] > 1 {
            let page = e.page.trim_end_matches(".md");
            e.operation = format!("{page}/{}", e.operation);
        }
    }

    // The runner and the workspace around it.
    let deps: String = specs
        .iter()
        .map(|s| format!("{} = {{ path = \"../crates/{}\" }}\n", s.krate, s.stem))
        .collect();
    let manifest_text = format!(
        "[package]\nname = \"runner\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nserde_json = \"1\"\n\
         tokio = {{ version = \"1\", features = [{TOKIO_FEATURES}] }}\n{deps}"
    );
    oapigen::write::write_file(&root.join("runner/Cargo.toml"), &manifest_text).unwrap();
    oapigen::write::write_file(
        &root.join("runner/src/main.rs"),
        &runner_source(&specs, &examples),
    )
    .unwrap();
    let members: Vec<String> = std::iter::once("\"runner\"".to_string())
        .chain(specs.iter().map(|s| format!("\"crates/{}\"", s.stem)))
        .chain(fixtures.iter().map(|f| format!("\"fixtures/{f}\"")))
        .chain(alone.iter().map(|a| format!("\"alone/{a}\"")))
        .collect();
    let workspace = format!(
        "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
        members.join(", ")
    );
    oapigen::write::write_file(&root.join("Cargo.toml"), &workspace).unwrap();
    let lock = std::fs::read_to_string(manifest.join("Cargo.lock")).unwrap();
    oapigen::write::write_file(&root.join("Cargo.lock"), &lock).unwrap();
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| manifest.join("target"), PathBuf::from);
    say!(
        "building {} crates with clippy as the compiler ({} of them one feature alone), and {} \
         docs examples ({:?} so far)",
        specs.len() + fixtures.len() + alone.len(),
        alone.len(),
        examples.len(),
        started.elapsed()
    );
    // Prism takes a while to start (two Node processes per spec): the first batch starts now,
    // beside the build, and each next one while the one before runs.
    let prism = prism::prism(manifest);
    // Only specs with operations (a webhooks-only spec has no docs example, and Prism
    // refuses a document without operations).
    let served: Vec<&Spec> = specs
        .iter()
        .filter(|s| examples.iter().any(|(stem, _)| *stem == s.stem))
        .collect();
    let batches: Vec<&[&Spec]> = served.chunks(BATCH).collect();
    let spawn_batch = |prism: &Path, batch: &[&Spec]| -> Vec<_> {
        batch
            .iter()
            .map(|s| prism::spawn_proxy(prism, &s.path))
            .collect()
    };
    let pending = prism.as_deref().map(|p| spawn_batch(p, batches[0]));
    // clippy-driver compiles as rustc does and lints as `cargo clippy` does, for the workspace
    // members only; it sits beside the cargo that runs the tests.
    let clippy_driver = Path::new(env!("CARGO")).with_file_name("clippy-driver");
    assert!(
        clippy_driver.exists(),
        "clippy-driver is not beside cargo ({}): install the clippy component",
        clippy_driver.display()
    );
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--offline",
            "--workspace",
            "--exclude",
            "alone-*",
            "--keep-going",
            "--message-format",
            "short",
        ])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target)
        // Built once: incremental caches would only fill the disk (15 of 22 GB in CI).
        .env("CARGO_INCREMENTAL", "0")
        .env("RUSTC_WORKSPACE_WRAPPER", &clippy_driver)
        .output()
        .expect("cargo runs");
    let mut stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "the generated crates or the docs examples do not build:\n{stderr}"
    );
    // The one-feature copies are only type-checked and linted (no code generation).
    say!(
        "checking the {} one-feature copies ({:?} so far)",
        alone.len(),
        started.elapsed()
    );
    let output = cargo(
        &root,
        &target,
        &["clippy", "--package", "alone-*", "--lib", "--keep-going"],
    );
    stderr.push_str(&String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "the generated crates or the docs examples do not build:\n{stderr}"
    );
    // Issue 15: with the `tracing` feature on, the runtime traces; the crate of the paging
    // fixture (which has a paged operation too) must still build clean.
    say!("checking the paging fixture with its `tracing` feature");
    let output = cargo(
        &root,
        &target,
        &[
            "clippy",
            "--package",
            "fixture-paging",
            "--features",
            "tracing",
            "--all-targets",
        ],
    );
    stderr.push_str(&String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "the paging fixture does not build with `tracing`:\n{stderr}"
    );
    // Its docs pages' examples (a paged operation's streams its items) compile.
    say!("compiling the paging fixture's docs examples");
    let output = cargo(
        &root,
        &target,
        &["test", "--doc", "--package", "fixture-paging"],
    );
    assert!(
        output.status.success(),
        "the paging fixture's docs examples do not compile:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // rustc's and clippy's `path:line:col: warning: ...` (paths relative to the scratch
    // workspace) and cargo's `warning: `x` (lib) generated 1 warning`; registry crates never
    // warn here.
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(": warning:") || l.starts_with("warning: `"))
        .collect();
    assert!(
        warnings.is_empty(),
        "the generated crates or the docs examples have warnings:\n{}",
        warnings.join("\n")
    );
    let runner = target.join("debug/runner");
    let (Some(prism), Some(pending)) = (prism, pending) else {
        return;
    };
    let mut pending = Some(pending);

    // Every secret an example reads from the environment, set to a placeholder.
    let mut variables = BTreeSet::new();
    for (_, e) in &examples {
        for piece in e.transformed.split("std::env::var(\"").skip(1) {
            variables.insert(piece.split('"').next().unwrap().to_string());
        }
    }

    // Through Prism, a batch of specs at a time.
    let mut outcomes: BTreeMap<(String, String), String> = BTreeMap::new();
    for (i, batch) in batches.iter().enumerate() {
        say!(
            "running the examples of {} through Prism ({:?} so far)",
            batch
                .iter()
                .map(|s| s.stem.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            started.elapsed()
        );
        let proxies = pending
            .take()
            .expect("each batch is started before it runs");
        for (_, port, _) in &proxies {
            prism::wait_for(*port);
        }
        pending = batches.get(i + 1).map(|next| spawn_batch(&prism, next));
        // One runner per spec, side by side: an example that waits on a slow answer holds up
        // only its own spec.
        // A 3.1 spec (`<stem>-31`) has its 3.0 twin's operations: what crashes Prism there
        // crashes it here too.
        let skip: Vec<String> = NOT_SENT
            .iter()
            .flat_map(|(s, o, _)| [format!("{s}/{o}"), format!("{s}-31/{o}")])
            .collect();
        let runners: Vec<_> = batch
            .iter()
            .zip(&proxies)
            .map(|(spec, (base, _, _))| {
                let mut command = Command::new(&runner);
                command
                    .arg(format!("{}={base}", spec.stem))
                    .env("SKIP_EXAMPLES", skip.join(" "))
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped());
                for variable in &variables {
                    command.env(variable, "example-secret");
                }
                command.spawn().expect("the runner runs")
            })
            .collect();
        for child in runners {
            let output = child.wait_with_output().expect("the runner runs");
            assert!(
                output.status.success(),
                "the runner failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
            // The examples print their responses too; the outcomes are the lines marked `@@`.
            let stdout = String::from_utf8_lossy(&output.stdout);
            for line in stdout.lines().filter_map(|l| l.strip_prefix("@@\t")) {
                let mut fields = line.splitn(3, '\t');
                let (stem, operation, outcome) = (
                    fields.next().unwrap().to_string(),
                    fields.next().unwrap().to_string(),
                    fields.next().unwrap().to_string(),
                );
                outcomes.insert((stem, operation), outcome);
            }
        }
    }
    let not_sent = examples
        .iter()
        .filter(|(stem, e)| {
            NOT_SENT
                .iter()
                .any(|(s, o, _)| e.operation == *o && (stem == s || *stem == format!("{s}-31")))
        })
        .count();
    assert_eq!(
        outcomes.len() + not_sent,
        examples.len(),
        "an example did not report"
    );

    let mut failures = Vec::new();
    let known: BTreeMap<(&str, &str), (&str, &str)> = KNOWN
        .iter()
        .map(|(stem, operation, why, text)| ((*stem, *operation), (*why, *text)))
        .collect();
    let documented: BTreeMap<(&str, &str), (Vec<u16>, bool)> = examples
        .iter()
        .map(|(stem, e)| {
            let spec = specs.iter().find(|s| &s.stem == stem).unwrap();
            (
                (stem.as_str(), e.operation.as_str()),
                documented_statuses(&spec.path, &e.method, &e.path),
            )
        })
        .collect();
    for ((stem, operation), outcome) in &outcomes {
        let key = (stem.as_str(), operation.as_str());
        let passed = outcome == "ok" || spec_answer(outcome, &documented[&key]);
        // A 3.1 spec fails where its 3.0 twin does, for the same reasons.
        let twin = stem
            .strip_suffix("-31")
            .map(|base| (base, operation.as_str()));
        match known.get(&key).or_else(|| twin.and_then(|t| known.get(&t))) {
            None if passed => {}
            None => failures.push(format!("{stem} {operation}: {outcome}")),
            Some((why, _)) if passed => failures.push(format!(
                "{stem} {operation} passes now: remove it from KNOWN ({why})"
            )),
            Some((why, text)) if !outcome.contains(text) => failures.push(format!(
                "{stem} {operation}: known ({why}) to fail with `{text}`, but: {outcome}"
            )),
            Some(_) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} docs examples failed:\n{}",
        failures.len(),
        outcomes.len(),
        failures.join("\n")
    );
    say!(
        "{} docs examples through Prism in {:?}",
        outcomes.len(),
        started.elapsed()
    );
}

/// Cargo in the scratch workspace `root`, offline, with short messages and the shared
/// target directory.
fn cargo(root: &Path, target: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO"))
        .args(args)
        .args(["--offline", "--message-format", "short"])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        // Built once: incremental caches would only fill the disk (15 of 22 GB in CI).
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .expect("cargo runs")
}

/// The statuses the spec documents for an operation, and whether one is a success.
fn documented_statuses(spec: &Path, method: &str, path: &str) -> (Vec<u16>, bool) {
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(spec).unwrap()).unwrap();
    let responses = &spec["paths"][path][method.to_ascii_lowercase()]["responses"];
    let codes: Vec<u16> = responses
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(code, _)| code.parse().ok())
        .collect();
    let success = codes.iter().any(|c| (200..300).contains(c))
        || responses.get("2XX").is_some()
        || responses.get("default").is_some();
    (codes, success)
}

/// Whether an outcome is the spec's own answer to a valid request: an operation that documents
/// no success answers with a status it documents, which Prism passed on without a violation
/// (the upstream mock chose it; Prism's own errors name their type in the body); one that
/// documents no response at all gets Prism's `NO_RESPONSE_DEFINED`.
fn spec_answer(outcome: &str, (codes, success): &(Vec<u16>, bool)) -> bool {
    let mut fields = outcome.splitn(4, '\t');
    let (Some("status"), Some(code), Some(violations), Some(body)) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return false;
    };
    let code: u16 = code.parse().unwrap();
    // An operation that documents no response at all (3.1 allows it): the proxy passed the
    // request, and the mock had nothing to answer with.
    if codes.is_empty() && !success {
        return body.contains("No response defined") && !violations.contains("\"Error\"");
    }
    !success
        && codes.contains(&code)
        && !violations.contains("\"Error\"")
        && !body.contains("stoplight.io/prism/errors")
        && !body.contains("\"FetchError\"")
}
