//! Compile what we generate (STYLE §9: a text snapshot does not catch output that fails to
//! compile). Every fixture that generates and every one-feature spec in `../shared/specs/features`
//! that generates becomes a crate in one scratch workspace, built offline with this workspace's
//! target directory and lockfile (the dependencies are built there already); none may fail or
//! warn. The two checked-in clients are workspace members and compiled by every build.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The scratch workspace: outside this one (Cargo would take it for a member) and at the same
/// path on every run. Files are written only when they change, so a rerun rebuilds only the
/// crates whose code changed.
fn scratch_root() -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_MANIFEST_DIR").hash(&mut hasher);
    std::env::temp_dir().join(format!("oapigen-generated-crates-{:016x}", hasher.finish()))
}

fn specs() -> Vec<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut specs: Vec<PathBuf> = oapigen::spec_files(&manifest.join("tests/fixtures"))
        .unwrap()
        .into_iter()
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with("err_"))
        .collect();
    specs.extend(oapigen::spec_files(&manifest.join("../shared/specs/features")).unwrap());
    // The bad specs that generate (with a warning) must compile clean too.
    specs.extend(oapigen::spec_files(&manifest.join("tests/bad-specs")).unwrap());
    specs
}

#[test]
fn every_generated_crate_compiles_without_warnings() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = scratch_root();
    let mut members = Vec::new();
    for spec in specs() {
        let stem = spec
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .replace('_', "-");
        let options = oapigen::Options {
            crate_name: Some(format!("gen-{stem}")),
            ..Default::default()
        };
        // Specs the generator refuses are pinned in tests/features.rs and tests/errors.rs.
        let Ok(generated) = oapigen::generate_files(&spec, &options) else {
            continue;
        };
        oapigen::write::write_files(&root.join(&stem), &generated.files, true).unwrap();
        members.push(format!("{stem:?}"));
    }
    assert!(
        members.len() >= 40,
        "only {} specs generated",
        members.len()
    );
    let workspace = format!(
        "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
        members.join(", ")
    );
    oapigen::write::write_file(&root.join("Cargo.toml"), &workspace).unwrap();
    // The versions this workspace is tested with, all in the local cache.
    let lock = std::fs::read_to_string(manifest.join("Cargo.lock")).unwrap();
    oapigen::write::write_file(&root.join("Cargo.lock"), &lock).unwrap();

    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| manifest.join("target"), PathBuf::from);
    // clippy: type-checks every crate as a build does, and lints it as users' CI would.
    let output = Command::new(env!("CARGO"))
        .args([
            "clippy",
            "--offline",
            "--workspace",
            "--lib",
            "--keep-going",
            "--message-format",
            "short",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the generated crates do not build or do not pass clippy:\n{stderr}"
    );
    // rustc's `path:line:col: warning: ...` (paths relative to the scratch workspace) and
    // cargo's `warning: `gen-x` (lib) generated 1 warning`; registry crates never warn here.
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(": warning:") || l.starts_with("warning: `gen-"))
        .collect();
    assert!(
        warnings.is_empty(),
        "the generated crates have warnings:\n{}",
        warnings.join("\n")
    );
}
