//! Issue 11, formats: `date-time`, `date` and `uuid` strings are `chrono::DateTime<Utc>`,
//! `chrono::NaiveDate` and `uuid::Uuid`, decided in the IR; the crate depends on chrono or uuid
//! only when it uses them, and re-exports them; `string_formats` keeps them `String`s.

use oapigen::Options;
use oapigen::ir::{ModelKind, TypeRef};
use std::path::Path;

const SCHEMA_TYPES: &str = "../shared/specs/features/schema-types.json";
const SCHEMA_VALIDATION: &str = "../shared/specs/features/schema-validation.json";

/// The type of every model field and parameter named `api_name`, from the IR.
fn field_types(spec: &str, options: &Options, api_name: &str) -> Vec<TypeRef> {
    let api = oapigen::build_ir(Path::new(spec), options).unwrap();
    let mut types = Vec::new();
    for model in api.models.values() {
        if let ModelKind::Struct(s) = &model.kind {
            types.extend(
                s.fields
                    .iter()
                    .filter(|f| f.api_name == api_name)
                    .map(|f| f.ty.clone()),
            );
        }
    }
    for op in api.tags.iter().flat_map(|t| &t.operations) {
        types.extend(
            op.params
                .iter()
                .filter(|p| p.api_name == api_name)
                .map(|p| p.ty.clone()),
        );
    }
    types
}

#[test]
fn dates_and_uuids_have_rust_types() {
    let typed = Options::default();
    assert_eq!(
        field_types(SCHEMA_TYPES, &typed, "date-time"),
        [TypeRef::DateTime]
    );
    assert_eq!(field_types(SCHEMA_TYPES, &typed, "date"), [TypeRef::Date]);
    assert!(field_types(SCHEMA_VALIDATION, &typed, "uuid").contains(&TypeRef::Uuid));
    // Formats without a Rust type of their own stay strings, the format kept for the docs.
    assert_eq!(
        field_types(SCHEMA_TYPES, &typed, "password"),
        [TypeRef::FormattedString("password".into())]
    );

    let strings = Options {
        string_formats: true,
        ..Options::default()
    };
    assert_eq!(
        field_types(SCHEMA_TYPES, &strings, "date-time"),
        [TypeRef::FormattedString("date-time".into())]
    );
    assert!(
        field_types(SCHEMA_VALIDATION, &strings, "uuid")
            .contains(&TypeRef::FormattedString("uuid".into()))
    );
}

/// The emitted crate: the types, the re-exports, and the dependencies, only where used.
#[test]
fn the_crate_depends_on_chrono_and_uuid_only_when_it_uses_them() {
    let generate = |spec: &str, options: &Options| {
        oapigen::generate_files(Path::new(spec), options)
            .unwrap()
            .files
    };
    let typed = generate(SCHEMA_TYPES, &Options::default());
    assert!(
        typed["src/models.rs"].contains("pub date_time: Option<chrono::DateTime<chrono::Utc>>")
    );
    assert!(typed["src/models.rs"].contains("pub date: Option<chrono::NaiveDate>"));
    assert!(typed["Cargo.toml"].contains("chrono = { version = \"0.4\""));
    assert!(!typed["Cargo.toml"].contains("uuid"));
    assert!(typed["src/lib.rs"].contains("pub use chrono;"));

    let validation = generate(SCHEMA_VALIDATION, &Options::default());
    assert!(
        validation["Cargo.toml"].contains("uuid = { version = \"1\", features = [\"serde\"] }")
    );
    assert!(validation["src/lib.rs"].contains("pub use uuid;"));

    let strings = generate(
        SCHEMA_TYPES,
        &Options {
            string_formats: true,
            ..Options::default()
        },
    );
    assert!(strings["src/models.rs"].contains("pub date_time: Option<String>"));
    assert!(!strings["Cargo.toml"].contains("chrono"));
    assert!(!strings["src/lib.rs"].contains("chrono"));

    // A spec without these formats builds neither crate.
    let plain = generate("spec/credential-operations.yaml", &Options::default());
    assert!(!plain["Cargo.toml"].contains("chrono") && !plain["Cargo.toml"].contains("uuid"));
}

/// The docs example builds a date through the crate's re-export, so it compiles without a
/// dependency of the caller's own.
#[test]
fn examples_build_dates_through_the_re_export() {
    let files = oapigen::generate_files(Path::new(SCHEMA_TYPES), &Options::default())
        .unwrap()
        .files;
    let page = files
        .iter()
        .filter(|(path, _)| path.starts_with("docs/") && path.ends_with("Api.md"))
        .map(|(_, text)| text.as_str())
        .find(|text| text.contains("parse::<chrono::NaiveDate>()?"))
        .expect("an example builds a date");
    assert!(page.contains("chrono, models, Client};"), "{page}");
}

/// `format: byte` is the client's `Base64` (bytes, base64 text on the wire), re-exported by
/// the models module where the API uses it; `string_formats` keeps it a `String`.
#[test]
fn base64_bytes_are_the_client_s_base64() {
    assert_eq!(
        field_types(SCHEMA_VALIDATION, &Options::default(), "byte"),
        [TypeRef::Base64]
    );
    let strings = Options {
        string_formats: true,
        ..Options::default()
    };
    assert_eq!(
        field_types(SCHEMA_VALIDATION, &strings, "byte"),
        [TypeRef::FormattedString("byte".into())]
    );
    let files = oapigen::generate_files(Path::new(SCHEMA_VALIDATION), &Options::default())
        .unwrap()
        .files;
    assert!(files["src/models.rs"].contains("pub use super::runtime::Base64;"));
    assert!(files["src/lib.rs"].contains("Base64,"));
    let api = files
        .iter()
        .find(|(path, _)| path.starts_with("src/apis/") && !path.ends_with("mod.rs"))
        .map(|(_, text)| text.as_str())
        .unwrap();
    assert!(
        api.contains("pub fn byte(mut self, value: models::Base64) -> Self"),
        "{api}"
    );
    // A crate without byte fields has no re-export to collide with.
    let plain = oapigen::generate_files(Path::new(SCHEMA_TYPES), &Options::default())
        .unwrap()
        .files;
    assert!(!plain["src/models.rs"].contains("Base64"));
}
