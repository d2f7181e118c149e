//! Decisions in the emitted request code that the two checked-in clients do not exercise,
//! pinned as fragments (STYLE §10). The crate this fixture generates is compiled by
//! `tests/generated_crates.rs`.

use std::path::Path;

fn default_api() -> String {
    let path = Path::new("tests/fixtures/parameter_types.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    generated.files["src/apis/default.rs"].clone()
}

/// `404` has its own model inside a `4XX` range: the exact code must come first, or its arm is
/// unreachable (a warning, and the wrong model).
#[test]
fn exact_error_codes_come_before_ranges_and_default_last() {
    let path = Path::new("tests/fixtures/parameter_types.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    // The operation names its decoder; the decoder lives once in the spec module.
    let api = &generated.files["src/apis/default.rs"];
    let name = "decode_4xx_problem_404_not_found_default_problem";
    assert!(api.contains(&format!("ErrorBody::{name},")), "{api}");
    let spec = &generated.files["src/spec.rs"];
    let decoder = &spec[spec.find(&format!("fn {name}")).expect("the decoder")..];
    let exact = decoder
        .find("404 => serde_json::from_slice(body).ok().map(Self::NotFound)")
        .expect("404 arm");
    let range = decoder.find("400..=499 =>").expect("4XX arm");
    let default = decoder
        .find("_ => serde_json::from_slice(body).ok().map(Self::Problem)")
        .expect("default arm");
    assert!(exact < range && range < default, "{decoder}");
}

/// Each parameter goes to the runtime with its place's default style: arrays in a path or
/// header are one comma-separated value (`style: simple`); in a query, the name repeats per
/// value (`style: form`, `explode: true`). What each style puts on the wire is tested as a
/// table in `src/runtime/params.rs`.
#[test]
fn parameters_carry_their_style() {
    let code: String = default_api().split_whitespace().collect();
    for call in [
        r#"d.param("ids",&ids,Style::Simple,false);"#,
        r#"d.header("X-Trace",value,false);"#,
        r#"d.query_opt("tags",&tags,Style::Form,true);"#,
    ] {
        assert!(code.contains(call), "{call} in {code}");
    }
}

/// `/things/` and `/things` can be different resources (and a redirect between them loses a
/// POST body): the trailing slash is kept.
#[test]
fn a_trailing_slash_is_kept() {
    let path = Path::new("tests/fixtures/parameter_types.yaml");
    let api = oapigen::build_ir(path, &oapigen::Options::default()).unwrap();
    let ops = &api.tags[0].operations;
    let slash: Vec<(&str, bool)> = ops
        .iter()
        .map(|o| (o.path.as_str(), o.trailing_slash))
        .collect();
    assert_eq!(slash, [("/items/{ids}/{kind}", false), ("/things/", true)]);
    let code = default_api();
    assert_eq!(code.matches("d.trailing_slash();").count(), 1, "{code}");
}

/// A request builder holding a secret parameter (a token, a `format: password` header, a `key`
/// described as an API key) names it among its secrets, which its `Debug` does not show.
#[test]
fn request_builders_redact_secret_parameters() {
    let path = Path::new("tests/fixtures/secret_params.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    let secrets: Vec<(&str, bool)> = generated.api.tags[0].operations[0]
        .params
        .iter()
        .map(|p| (p.api_name.as_str(), p.secret))
        .collect();
    assert_eq!(
        secrets,
        [
            ("sessionToken", true),
            ("X-Api-Key", true),
            ("tokenType", false),
            // Google's `?key=`, described as an API key; a page token is a cursor.
            ("key", true),
            ("pageToken", false)
        ]
    );
    // The builder's `Debug` (the runtime's, for every operation) shows these as `[redacted]`:
    // `tests/secrets.rs` of client-tests checks it on a built request.
    let code = &generated.files["src/apis/default.rs"];
    assert!(
        code.contains(
            r#"fields: &["session_token", "x_api_key", "token_type", "key", "page_token"],"#
        ),
        "{code}"
    );
    assert!(
        code.contains(r#"secrets: &["session_token", "x_api_key", "key"],"#),
        "{code}"
    );
}

/// Issue 14: a crate generated from a spec that names no vendor names none either: the
/// runtime's docs (retries, rate-limit headers) are the same for every API.
#[test]
fn a_generic_spec_s_crate_names_no_vendor() {
    let spec = Path::new("../shared/specs/features/petstore.json");
    let generated = oapigen::generate_files(spec, &oapigen::Options::default()).unwrap();
    for (path, text) in &generated.files {
        for vendor in ["okta", "github", "stripe"] {
            assert!(
                !text.to_ascii_lowercase().contains(vendor),
                "{path} names {vendor}"
            );
        }
    }
}

/// Issue 14: `missing_docs` is met, not allowed away. Every generated crate warns on it (and
/// `tests/generated_crates.rs` fails on any warning, for every fixture and feature spec; the
/// README's build-script crate denies it); no file allows it, and models without a spec
/// description still get a doc.
#[test]
fn missing_docs_is_met_not_allowed() {
    let spec = Path::new("../shared/specs/features/petstore.json");
    let generated = oapigen::generate_files(spec, &oapigen::Options::default()).unwrap();
    assert!(generated.files["src/lib.rs"].contains("#![warn(missing_docs)]"));
    for (path, text) in &generated.files {
        assert!(
            !text.contains("missing_docs)]") || path == "src/lib.rs",
            "{path}"
        );
        assert!(!text.contains("allow(missing_docs"), "{path}");
    }
    let dir = tempfile::tempdir().unwrap();
    let output = oapigen::Config::new()
        .out_dir(dir.path())
        .generate_with(spec, &mut Vec::new())
        .unwrap();
    let single = std::fs::read_to_string(output.path).unwrap();
    assert!(
        !single.contains("missing_docs"),
        "the single file allows it"
    );
    // Every `pub struct` and `pub enum` of the models has a doc line right above its
    // attributes.
    let models = &generated.files["src/models.rs"];
    let lines: Vec<&str> = models.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("pub struct") || line.starts_with("pub enum") {
            let above = lines[..i]
                .iter()
                .rev()
                .find(|l| !l.starts_with("#["))
                .unwrap();
            assert!(above.starts_with("///"), "no doc on {line}");
        }
    }
}

/// Issue 12: a model many tags reach names one feature group in its `cfg`, not every tag
/// (Okta's management API has models that forty tags reach); each tag's feature turns on the
/// groups it is in, so `features = ["user"]` still compiles every model `user` needs.
#[test]
fn long_feature_lists_become_groups_each_tag_turns_on() {
    let path = Path::new("../shared/specs/okta-management-2026.06.3.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    let models = &generated.files["src/models.rs"];
    // Every model's `cfg` is one short line.
    for model in generated.api.models.values() {
        let predicate: usize = model.features.iter().map(|f| f.len() + 14).sum();
        assert!(
            model.features.len() == 1 || predicate + 5 <= 72,
            "{}: {:?}",
            model.name,
            model.features
        );
    }
    let groups = &generated.api.feature_groups;
    assert!(groups.len() >= 10, "{groups:?}");
    let manifest = &generated.files["Cargo.toml"];
    for (group, members) in groups {
        assert!(members.len() >= 2, "{group}: {members:?}");
        assert!(
            models.contains(&format!("#[cfg(feature = \"{group}\")]")),
            "{group}"
        );
        assert!(
            manifest.contains(&format!("\n{group} = []\n")),
            "{manifest}"
        );
        for member in members {
            let line = manifest
                .lines()
                .find(|l| l.starts_with(&format!("{member} = [")))
                .unwrap_or_else(|| panic!("no feature {member}"));
            assert!(
                line.contains(&format!("\"{group}\"")),
                "{line} lacks {group}"
            );
        }
    }
    // A model reached by one tag keeps that tag's own feature.
    let one_tag = generated
        .api
        .models
        .values()
        .find(|m| m.features.len() == 1 && !m.features[0].starts_with("models-"));
    assert!(one_tag.is_some());
}

/// A spec with one object schema `Wide` of `count` string properties `p0`, `p1`...
fn wide_struct_models(count: usize) -> String {
    let properties: String = (0..count)
        .map(|i| format!("        p{i}:\n          type: string\n"))
        .collect();
    let spec = format!(
        "openapi: 3.0.3\ninfo:\n  title: Wide\n  version: '1'\npaths:\n  /wide:\n    get:\n      \
         operationId: getWide\n      responses:\n        '200':\n          description: ok\n          \
         content:\n            application/json:\n              schema:\n                \
         $ref: '#/components/schemas/Wide'\ncomponents:\n  schemas:\n    Wide:\n      \
         type: object\n      properties:\n{properties}"
    );
    let dir = std::env::temp_dir().join(format!("oapigen-wide-{}-{count}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("wide.yaml");
    std::fs::write(&path, spec).unwrap();
    let generated = oapigen::generate_files(&path, &oapigen::Options::default()).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    generated.files["src/models.rs"].clone()
}

/// Issue 12: `serde_struct!` takes a struct's fields in groups of at most 16 (the runtime reads
/// tuples of up to 16 slots); a struct of more than 16 x 16 fields keeps serde's derive rather
/// than failing to compile.
#[test]
fn struct_fields_come_in_groups_of_sixteen_and_very_wide_structs_keep_serdes_derive() {
    let models = wide_struct_models(20);
    let call = &models[models.find("serde_struct!(").expect("serde_struct! call")..];
    let call = &call[..call.find(");").unwrap()];
    assert_eq!(call.matches('[').count(), 2, "{call}");
    assert!(call.contains("opt p15]"), "{call}");
    assert!(call.contains("[opt p16"), "{call}");
    assert!(!models.contains("serde::Deserialize"), "{models}");

    let models = wide_struct_models(257);
    assert!(!models.contains("serde_struct!("), "{models}");
    assert!(
        models.contains("serde::Serialize, serde::Deserialize"),
        "{models}"
    );
}

// Guard: blank prose (`description: ""`) is no prose: the parameter's setter, the model and
// its field get the docs written for undescribed ones (the crate warns on missing docs).
#[test]
fn blank_descriptions_get_the_docs_of_missing_ones() {
    let generated = oapigen::generate_files(
        Path::new("tests/fixtures/parameter_types.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    let apis = &generated.files["src/apis/default.rs"];
    assert!(
        apis.contains("/// The `segment` query parameter.\n    pub fn segment("),
        "{apis}"
    );
    let models = &generated.files["src/models.rs"];
    assert!(models.contains("/// The `NotFound` schema."), "{models}");
    assert!(models.contains("/// The `id` property."), "{models}");
}

/// A docs example of an untagged union takes the variant whose type holds the example value:
/// `amount` (`anyOf: [string, integer]`, the integer tried first when decoding) has the
/// string example the spec's first branch makes, so it is the `String` variant, not a zero
/// `Integer` that drops the example.
#[test]
fn union_examples_take_the_variant_that_holds_the_value() {
    let path = Path::new("tests/fixtures/union_example_values.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    let readme = &generated.files["README.md"];
    assert!(
        readme.contains(r#"amount: models::PickAmount::String("amount_example".to_string()),"#),
        "{readme}"
    );
}

/// A docs example parses its dates, date-times and UUIDs with `?`: an example that does not
/// fit its format (a timestamp for a `date`, a date for a `date-time`, a placeholder for a
/// UUID) would make the example fail when run. It gets the example's own date where it has
/// one, else a plain value; a fitting example is kept as it is.
#[test]
fn examples_that_do_not_fit_their_format_still_parse() {
    let path = Path::new("tests/fixtures/example_formats.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    let readme = &generated.files["README.md"];
    for line in [
        r#"day: "2025-10-15".parse::<chrono::NaiveDate>()?,"#,
        r#"at: "2025-10-16T00:00:00Z".parse::<chrono::DateTime<chrono::Utc>>()?,"#,
        r#"id: "3fa85f64-5717-4562-b3fc-2c963f66afa6".parse::<uuid::Uuid>()?,"#,
        r#"leap_day: "2024-02-29".parse::<chrono::NaiveDate>()?,"#,
    ] {
        assert!(readme.contains(line), "no `{line}` in:\n{readme}");
    }
}

/// An operation with neither summary nor description: its method's docs start with the route,
/// not a blank line; an enum value that is the empty string is documented as `""`, never as an
/// empty code span.
#[test]
fn docs_of_bare_operations_and_empty_values_read_well() {
    let path = Path::new("tests/fixtures/empty_enum.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    let api = &generated.files["src/apis/default.rs"];
    assert!(
        api.contains("    }\n    /// `POST /customers`: "),
        "the route is not the first doc line:\n{api}"
    );
    let models = &generated.files["src/models.rs"];
    assert!(models.contains("    /// `\"\"`\n    Empty,"), "{models}");
}

/// A crate with paged operations says how to stream them in its README; one without says
/// nothing of it.
#[test]
fn the_readme_tells_how_to_stream_only_when_something_pages() {
    let readme = |spec: &str| {
        let generated =
            oapigen::generate_files(Path::new(spec), &oapigen::Options::default()).unwrap();
        generated.files["README.md"].clone()
    };
    let paged = readme("tests/fixtures/paging.yaml");
    assert!(
        paged.contains("- A list operation that pages has `.stream()`"),
        "{paged}"
    );
    let unpaged = readme("spec/credential-operations.yaml");
    assert!(!unpaged.contains("`.stream()`"), "{unpaged}");
}

/// The docs page of a paged operation says how it pages, naming the body's property and the
/// parameter it goes back in.
#[test]
fn docs_pages_say_how_each_list_pages() {
    let generated = oapigen::generate_files(
        Path::new("tests/fixtures/paging.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    let page = &generated.files["docs/EventsApi.md"];
    for how in [
        "following the cursor in its body, `nextPageToken`, sent back as `pageToken`",
        "following the cursor in its body, `response_metadata.next_cursor`, sent back as \
         `cursor`",
        "following the offsets its body counts, from 0, sent as `offset` up to the total",
        "following the offsets its body counts, from 1, sent as `startIndex` up to the total",
        "following the page numbers its body counts, sent as `page` up to the last",
    ] {
        assert!(page.contains(how), "{how}\n{page}");
    }
    // The example of a list that pages by `Link` leaves out the cursor its next links carry
    // (`after`, as Okta's lists): a made-up one would start the stream nowhere.
    assert!(
        page.contains("let mut items = client.events().list_apps().stream();"),
        "{page}"
    );
    assert!(!page.contains("let after = "), "{page}");
}

/// The README's Getting Started calls what a newcomer tries first: a read that returns
/// something, a list that streams where there is one, with its required inputs only; an API
/// without a read shows its first operation.
#[test]
fn getting_started_calls_a_read_and_streams_a_list() {
    let example = |spec: &str| {
        let generated =
            oapigen::generate_files(Path::new(spec), &oapigen::Options::default()).unwrap();
        let readme = &generated.files["README.md"];
        let start = readme
            .find("## Getting Started")
            .expect("a Getting Started");
        let end = readme[start..].find("\n```\n").unwrap() + start;
        readme[start..end].to_string()
    };
    let paged = example("tests/fixtures/paging.yaml");
    assert!(paged.contains(".stream();"), "{paged}");
    // `listFiles` comes first but returns nothing to show.
    let read = example("tests/fixtures/shared_params.yaml");
    assert!(read.contains(".get_file(id)"), "{read}");
    assert!(!read.contains("list_files"), "{read}");
    // Only what the call needs: the optional `alt`, `$.xgafv`, ... are the docs page's to show.
    assert!(!read.contains(".alt("), "{read}");
    let only_writes = example("tests/fixtures/secret_params.yaml");
    assert!(only_writes.contains(".create_session("), "{only_writes}");
}
