//! Issue 13: OpenAPI 3.1 documents. The load stage rewrites a 3.1 document as the 3.0 one that
//! means the same (`src/load/v31.rs`), so both give one intermediate model; what 3.1 can say
//! and a Rust type cannot is a warning that says where. That the 3.1 feature specs generate
//! crates that compile clean and whose docs examples run is `tests/generated_crates.rs`.

use std::path::Path;

fn ir(fixture: &str) -> oapigen::ir::Api {
    let options = oapigen::Options {
        crate_name: Some("pets".into()),
        ..Default::default()
    };
    oapigen::build_ir(&Path::new("tests/fixtures/v31").join(fixture), &options).unwrap()
}

/// `pets-3.1.yaml` says what `pets-3.0.yaml` says in 3.1's words: a path item from
/// `components/pathItems`, `exclusiveMinimum: 0`, `const`, `examples`, `type: [string,
/// "null"]`, `contentEncoding: base64`, `$ref` beside `description`, `oneOf` with
/// `type: "null"`, `$defs`, `info.summary`, `license.identifier`. The models are equal, and
/// the snapshot shows the model they share.
#[test]
fn a_3_1_document_and_its_3_0_twin_have_one_model() {
    let v30 = ir("pets-3.0.yaml");
    let v31 = ir("pets-3.1.yaml");
    assert_eq!(
        serde_yaml::to_string(&v31).unwrap(),
        serde_yaml::to_string(&v30).unwrap()
    );
    insta::assert_yaml_snapshot!(v30);
}

/// Each 3.1 keyword with no Rust meaning is a warning at its line; the schema around it is
/// still generated, degraded as the message says. What has a Rust meaning is typed:
/// `prefixItems` is a tuple struct, an `allOf` of two strings a `String`.
#[test]
fn what_rust_cannot_say_is_a_located_warning() {
    let spec = Path::new("tests/fixtures/v31/degraded-3.1.yaml");
    let generated = oapigen::generate_files(spec, &oapigen::Options::default()).unwrap();
    let text = std::fs::read_to_string(spec).unwrap();
    let line_of = |needle: &str| {
        1 + text
            .lines()
            .position(|l| l.trim_start().starts_with(needle))
            .unwrap_or_else(|| panic!("{needle}"))
    };
    for (keyword, message) in [
        ("patternProperties:", "is read as `additionalProperties`"),
        ("if:", "has no Rust type to express it"),
        ("then:", "has no Rust type to express it"),
        ("dependentSchemas:", "has no Rust type to express it"),
        ("$dynamicRef:", "has no Rust type to express it"),
        ("type: 'null'", "alone has no Rust type"),
        (
            "unevaluatedProperties:",
            "is read as `additionalProperties`",
        ),
    ] {
        let at = format!("degraded-3.1.yaml:{} ", line_of(keyword));
        assert!(
            generated
                .warnings
                .iter()
                .any(|w| w.contains(&at) && w.contains(message)),
            "no warning `{message}` at {at} in {:#?}",
            generated.warnings
        );
    }
    let shapes = &generated.api.models["Shapes"];
    let oapigen::ir::ModelKind::Struct(s) = &shapes.kind else {
        panic!("{shapes:?}")
    };
    let field = |name: &str| s.fields.iter().find(|f| f.api_name == name).unwrap();
    // Properties matched by a pattern: a map of their values.
    assert_eq!(format!("{:?}", field("labels").ty), "Map(String)");
    // `prefixItems` is a tuple struct of its members.
    assert_eq!(
        format!("{:?}", field("point").ty),
        r#"Model("ShapesPoint")"#
    );
    assert_eq!(
        format!("{:?}", generated.api.models["ShapesPoint"].kind),
        "Tuple([Number, String])"
    );
    assert!(
        generated.files["src/models.rs"].contains("pub struct ShapesPoint(pub f64, pub String);")
    );
    // Constraints on one primitive type (`allOf` of two strings) are that type.
    assert_eq!(format!("{:?}", field("label").ty), "String");
    // Two non-null types are a union of both.
    assert!(
        matches!(&field("id").ty, oapigen::ir::TypeRef::Model(_)),
        "{:?}",
        field("id").ty
    );
}

/// A webhooks-only document (no `paths`) generates: its payload schemas are models (an
/// inline one named `<Webhook>Payload`), `webhooks::Webhook::decode` reads a body by the
/// webhook's name, and the README lists them.
#[test]
fn a_webhooks_only_document_generates_its_payloads() {
    let spec = Path::new("tests/fixtures/v31/degraded-3.1.yaml");
    let generated = oapigen::generate_files(spec, &oapigen::Options::default()).unwrap();
    assert!(generated.api.tags.iter().all(|t| t.operations.is_empty()));
    assert!(generated.api.models.contains_key("Shapes"));
    assert!(generated.api.models.contains_key("PetLostPayload"));
    let code: String = generated.files["src/webhooks.rs"]
        .split_whitespace()
        .collect();
    for expected in [
        "PetLost(super::models::PetLostPayload),",
        "PetAdopted(super::models::Shapes),",
        r#""petLost"=>Some(serde_json::from_slice(body).map(Webhook::PetLost)),"#,
        r#""petAdopted"=>Some(serde_json::from_slice(body).map(Webhook::PetAdopted)),"#,
    ] {
        assert!(code.contains(expected), "{expected} in {code}");
    }
    let readme = &generated.files["README.md"];
    assert!(
        readme.contains("| `petLost` | **POST** | [PetLostPayload](docs/PetLostPayload.md) | A pet went missing |"),
        "{readme}"
    );
}
