//! Every spec in `../shared/specs` (41 one-feature specs from `@readme/oas-examples`, their 11 OpenAPI 3.1 versions in `features-3.1`, and Okta's
//! whole management API): each generates, or fails with an error that says where. Never a
//! panic. The outcomes are pinned, so a spec that stops generating shows up in review.
//!
//! That the crates generated from the one-feature specs compile without warnings is
//! `tests/generated_crates.rs`.

use std::fmt::Write;
use std::path::Path;

#[test]
fn every_shared_spec_generates_or_says_where_it_cannot() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/specs");
    let mut specs = oapigen::spec_files(&shared.join("features")).unwrap();
    specs.push(shared.join("okta-management-2026.06.3.yaml"));
    specs.extend(oapigen::spec_files(&shared.join("features-3.1")).unwrap());
    let mut outcomes = String::new();
    for spec in &specs {
        let name = spec.file_name().unwrap().to_string_lossy();
        let name = match spec.parent().and_then(|p| p.file_name()) {
            Some(dir) if dir == "features-3.1" => format!("3.1/{name}"),
            _ => name.into_owned(),
        };
        let outcome = std::panic::catch_unwind(|| {
            oapigen::generate_files(spec, &oapigen::Options::default())
        });
        let line = match outcome {
            Err(_) => panic!("{name}: the generator panicked"),
            Ok(Ok(generated)) => {
                let operations: usize = generated.api.tags.iter().map(|t| t.operations.len()).sum();
                format!(
                    "ok: {operations} operations, {} models, {} warnings",
                    generated.api.models.len(),
                    generated.warnings.len()
                )
            }
            Ok(Err(error)) => {
                let location = error
                    .location()
                    .unwrap_or_else(|| panic!("{name}: error without a location: {error}"));
                assert!(
                    location.file.ends_with(spec.file_name().unwrap()),
                    "{name}: {error}"
                );
                let message = error.to_string();
                format!(
                    "error: {}",
                    message
                        .rsplit_once("): ")
                        .map_or(message.as_str(), |(_, m)| m)
                )
            }
        };
        writeln!(outcomes, "{name}: {line}").unwrap();
    }
    insta::assert_snapshot!(outcomes);
}

/// Issue 11: every `oneOf`/`anyOf` in the shared specs has a Rust type (an enum), so none is
/// "generated as serde_json::Value" any more (only `not` could be); where two members have
/// one type, a warning says decoding cannot tell them apart. Both counts are pinned.
#[test]
fn every_union_in_the_shared_specs_is_typed() {
    let shared = Path::new("../shared/specs");
    let mut specs = oapigen::spec_files(&shared.join("features")).unwrap();
    specs.push(shared.join("okta-management-2026.06.3.yaml"));
    let (mut untyped, mut ambiguous) = (0, 0);
    for spec in &specs {
        let Ok(generated) = oapigen::generate_files(spec, &oapigen::Options::default()) else {
            continue;
        };
        untyped += generated
            .warnings
            .iter()
            .filter(|w| w.contains("serde_json::Value"))
            .count();
        ambiguous += generated
            .warnings
            .iter()
            .filter(|w| w.contains("cannot tell them apart"))
            .count();
    }
    assert_eq!((untyped, ambiguous), (0, 6));
}
