//! The intermediate model and every emitted file, pinned as snapshots (read each one before
//! accepting it: a snapshot of wrong output is a bug written down).

use oapigen::{Options, generate_files};
use std::path::Path;

fn snapshot_spec(spec: &str) {
    let generated = generate_files(Path::new(spec), &Options::default()).unwrap();
    let crate_name = generated.api.crate_name.clone();
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_yaml_snapshot!(format!("{crate_name}__ir"), generated.api);
        // The runtime is the same for every spec, printed from `src/runtime/`; its output is
        // pinned by the checked-in `generated/*/src/runtime/` (see `checked_in_generated_is_fresh`).
        for (path, content) in generated.files.iter().filter(|(p, _)| !p.starts_with("src/runtime/")) {
            insta::assert_snapshot!(format!("{crate_name}__{}", path.replace('/', "__")), content);
        }
    });
}

#[test]
fn credential_operations() {
    snapshot_spec("spec/credential-operations.yaml");
}

#[test]
fn okta_user_credentials() {
    snapshot_spec("spec/okta-user-credentials.yaml");
}

/// Two runs give the same bytes: output order never depends on hashing or timing.
#[test]
fn output_is_deterministic() {
    for spec in [
        "spec/credential-operations.yaml",
        "spec/okta-user-credentials.yaml",
    ] {
        let first = generate_files(Path::new(spec), &Options::default()).unwrap();
        let second = generate_files(Path::new(spec), &Options::default()).unwrap();
        assert_eq!(first.files, second.files, "{spec}");
    }
}

/// The checked-in `generated/` is what the specs produce now (what `check` asserts in CI, as a
/// test so `cargo test` catches it too).
#[test]
fn checked_in_generated_is_fresh() {
    for spec in oapigen::spec_files(Path::new("spec")).unwrap() {
        let generated = generate_files(&spec, &Options::default()).unwrap();
        let dir = Path::new("generated").join(&generated.api.crate_name);
        let stale = oapigen::write::stale_files(&dir, &generated.files, true).unwrap();
        assert!(
            stale.is_empty(),
            "{} is stale: {stale:?}; run `cargo run --release`",
            dir.display()
        );
    }
}
