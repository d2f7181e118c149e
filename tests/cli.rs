//! The `oapigen` command as users run it.

use std::path::Path;
use std::process::Command;

fn oapigen(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_oapigen"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A project directory with `spec/credential-operations.yaml` (optionally edited).
fn project(edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("spec")).unwrap();
    let spec = std::fs::read_to_string("spec/credential-operations.yaml").unwrap();
    std::fs::write(
        dir.path().join("spec/credential-operations.yaml"),
        edit(spec),
    )
    .unwrap();
    dir
}

fn snapshot_tree(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let meta = std::fs::metadata(&path).unwrap();
                out.push((
                    path.display().to_string(),
                    std::fs::read(&path).unwrap(),
                    meta.modified().unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn regenerate_then_check_passes_and_a_second_run_writes_nothing() {
    let dir = project(|s| s);
    let first = oapigen(dir.path(), &[]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let stdout = text(&first.stdout);
    assert!(stdout.contains("4 operations, 9 models"), "{stdout}");
    // The Postman conversion's second server is `","`: skipped, with a warning that says where.
    assert!(
        text(&first.stderr)
            .contains("warning: spec/credential-operations.yaml:4 (#/servers/1/url)"),
        "{}",
        text(&first.stderr)
    );
    assert!(
        dir.path()
            .join("generated/credential-operations/docs/CredentialOperationsApi.md")
            .exists()
    );

    let before = snapshot_tree(&dir.path().join("generated"));
    let second = oapigen(dir.path(), &[]);
    assert!(
        text(&second.stdout).contains("0 files written"),
        "{}",
        text(&second.stdout)
    );
    assert_eq!(
        before,
        snapshot_tree(&dir.path().join("generated")),
        "unchanged files were rewritten"
    );

    let check = oapigen(dir.path(), &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}

#[test]
fn check_fails_naming_the_page_when_a_summary_changes() {
    let dir = project(|s| s);
    assert!(oapigen(dir.path(), &[]).status.success());
    let spec = dir.path().join("spec/credential-operations.yaml");
    let edited = std::fs::read_to_string(&spec)
        .unwrap()
        .replace("summary: Change Password", "summary: Change the Password");
    std::fs::write(&spec, edited).unwrap();

    let check = oapigen(dir.path(), &["check"]);
    assert_eq!(check.status.code(), Some(1));
    let stderr = text(&check.stderr);
    assert!(
        stderr.contains("changed: docs/CredentialOperationsApi.md"),
        "{stderr}"
    );
    // The rustdoc of the method changes too; nothing else does.
    assert!(
        stderr.contains("changed: src/apis/credential_operations.rs"),
        "{stderr}"
    );
    assert!(!stderr.contains("models.rs"), "{stderr}");
}

#[test]
fn check_lists_missing_and_extra_files() {
    let dir = project(|s| s);
    assert!(oapigen(dir.path(), &[]).status.success());
    let out = dir.path().join("generated/credential-operations");
    std::fs::remove_file(out.join("docs/ChangePasswordRequest.md")).unwrap();
    std::fs::write(out.join("docs/Stale.md"), "old").unwrap();
    let check = oapigen(dir.path(), &["check"]);
    assert_eq!(check.status.code(), Some(1));
    let stderr = text(&check.stderr);
    assert!(
        stderr.contains("missing: docs/ChangePasswordRequest.md"),
        "{stderr}"
    );
    assert!(
        stderr.contains("not generated any more: docs/Stale.md"),
        "{stderr}"
    );
}

#[test]
fn a_failed_run_leaves_generated_as_it_was() {
    let dir = project(|s| s);
    assert!(oapigen(dir.path(), &[]).status.success());
    let before = snapshot_tree(&dir.path().join("generated"));
    // A second, broken spec: nothing may be written, not even for the good one.
    std::fs::write(
        dir.path().join("spec/broken.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '#/components/responses/Nope'\n",
    )
    .unwrap();
    let spec = dir.path().join("spec/credential-operations.yaml");
    let edited = std::fs::read_to_string(&spec)
        .unwrap()
        .replace("Change Password", "Changed");
    std::fs::write(&spec, edited).unwrap();

    let run = oapigen(dir.path(), &[]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains("spec/broken.yaml:7 (#/paths/~1a/get/responses/200): `$ref: #/components/responses/Nope` points at nothing"),
        "{stderr}"
    );
    assert_eq!(before, snapshot_tree(&dir.path().join("generated")));
}

#[test]
fn generate_writes_a_crate_anywhere_with_a_crate_name() {
    let dir = tempfile::tempdir().unwrap();
    let spec = std::fs::canonicalize("spec/okta-user-credentials.yaml").unwrap();
    let run = oapigen(
        dir.path(),
        &[
            "generate",
            spec.to_str().unwrap(),
            "--out",
            "out",
            "--crate-name",
            "my-okta",
        ],
    );
    assert!(run.status.success(), "{}", text(&run.stderr));
    let manifest = std::fs::read_to_string(dir.path().join("out/Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"my-okta\""), "{manifest}");
    assert!(dir.path().join("out/docs/UserCredApi.md").exists());
}

/// A spec file named for what it is (`openapi.yaml`) names no API: the crate is named after
/// the spec's title instead.
#[test]
fn a_generic_file_name_gives_way_to_the_title() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "spec/okta-user-credentials.yaml",
        dir.path().join("openapi.yaml"),
    )
    .unwrap();
    let run = oapigen(dir.path(), &["generate", "openapi.yaml", "--out", "out"]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let manifest = std::fs::read_to_string(dir.path().join("out/Cargo.toml")).unwrap();
    assert!(
        manifest.contains("name = \"okta-admin-management\""),
        "{manifest}"
    );
}

/// `--string-formats` reaches the generator: dates stay `String`s and chrono is not a
/// dependency.
#[test]
fn generate_keeps_string_formats_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let spec = std::fs::canonicalize("spec/okta-user-credentials.yaml").unwrap();
    let spec = spec.to_str().unwrap();
    let typed = oapigen(dir.path(), &["generate", spec, "--out", "typed"]);
    assert!(typed.status.success(), "{}", text(&typed.stderr));
    let strings = oapigen(
        dir.path(),
        &["generate", spec, "--out", "strings", "--string-formats"],
    );
    assert!(strings.status.success(), "{}", text(&strings.stderr));
    let read = |path: &str| std::fs::read_to_string(dir.path().join(path)).unwrap();
    assert!(
        read("typed/src/models.rs").contains("pub created: Option<chrono::DateTime<chrono::Utc>>")
    );
    assert!(read("typed/Cargo.toml").contains("chrono"));
    assert!(read("strings/src/models.rs").contains("pub created: Option<String>"));
    assert!(!read("strings/Cargo.toml").contains("chrono"));
}

#[test]
fn ir_prints_the_model() {
    let run = oapigen(Path::new("."), &["ir", "spec/credential-operations.yaml"]);
    assert!(run.status.success());
    let ir = text(&run.stdout);
    assert!(
        ir.contains("method_name: forgot_password_one_time_code"),
        "{ir}"
    );
    assert!(
        ir.contains("operation_id: forgotPassword(oneTimeCode)"),
        "{ir}"
    );
}

/// Each subcommand's help lists its own options only (no project directories on `generate`
/// or `ir`), with an example.
#[test]
fn help() {
    for (name, args) in [
        ("help", &["--help"][..]),
        ("help_check", &["check", "--help"]),
        ("help_generate", &["generate", "--help"]),
        ("help_ir", &["ir", "--help"]),
    ] {
        let run = oapigen(Path::new("."), args);
        assert!(run.status.success(), "{}", text(&run.stderr));
        let help = text(&run.stdout);
        assert!(help.contains("Example"), "{name}: {help}");
        if name != "help" && name != "help_check" {
            assert!(!help.contains("--spec-dir"), "{name}: {help}");
        }
        insta::assert_snapshot!(name, help);
    }
}

/// The generator's options on `generate` (and `ir`), each seen in what it writes: the same
/// options `oapigen::Config` sets in a build script.
#[test]
fn every_generator_option_has_a_flag_that_reaches_the_generator() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::fs::canonicalize("tests/fixtures/tag_features.yaml").unwrap();
    let spec = fixture.to_str().unwrap();
    let run = |args: &[&str]| {
        let run = oapigen(dir.path(), args);
        assert!(run.status.success(), "{args:?}: {}", text(&run.stderr));
        text(&run.stdout)
    };
    let read = |path: &str| std::fs::read_to_string(dir.path().join(path)).unwrap();

    // --tag and --derive: only the `pets` operations, every model deriving `Hash`.
    run(&[
        "generate", spec, "--out", "tagged", "--tag", "pets", "--derive", "Hash",
    ]);
    let apis = read("tagged/src/apis/mod.rs");
    assert!(
        apis.contains("pub mod pets;") && !apis.contains("pub mod store;"),
        "{apis}"
    );
    assert!(read("tagged/src/models.rs").contains("Hash"));

    // --operation (repeated): those operations only.
    run(&[
        "generate",
        spec,
        "--out",
        "ops",
        "--operation",
        "ping",
        "--operation",
        "createOrder",
    ]);
    let apis = read("ops/src/apis/mod.rs");
    assert!(
        apis.contains("pub mod store;") && !apis.contains("pub mod pets;"),
        "{apis}"
    );

    // --name-from-title: the package is named after `Tag features`.
    run(&["generate", spec, "--out", "titled", "--name-from-title"]);
    assert!(read("titled/Cargo.toml").contains("name = \"tag-features\""));

    // --single-file with --docs-dir: what a build script writes, plus the pages.
    run(&[
        "generate",
        spec,
        "--single-file",
        "one/client.rs",
        "--docs-dir",
        "one/docs",
    ]);
    let code = read("one/client.rs");
    assert!(code.starts_with("// @generated by oapigen"), "{code}");
    assert!(code.contains("pub mod models {"), "{code}");
    assert!(dir.path().join("one/docs/README.md").is_file());
    assert!(!dir.path().join("one/Cargo.toml").exists());

    // --link-paging, --cursor-paging, --url-paging and --tracing (issue 15), on the paging
    // fixture.
    let paging = std::fs::canonicalize("tests/fixtures/paging.yaml").unwrap();
    let paging = paging.to_str().unwrap();
    run(&[
        "generate",
        paging,
        "--single-file",
        "paged.rs",
        "--link-paging",
        "listGroups",
        "--cursor-paging",
        "listEvents:data:next_cursor:cursor",
        "--url-paging",
        "listDroplets:droplets:links.pages.next",
        "--tracing",
    ]);
    let code = read("paged.rs");
    // listUsers and listRuns (a declared Link), listGroups, listEvents and listDroplets (the
    // flags), listServers, listVaults, listDomains, listCharges, listApps, listSources,
    // listFiles, listChanges, listChannels, listEntries and queryDatabase (found without
    // options), searchMessages (its `x-ms-pageable`), listContributors (a declared Link, its
    // page in one success outcome), listRepos, listIssues, listAnswers, listPhotos and
    // listTopics (numbers until an empty page), listProjects and listScimUsers (offsets by
    // other names).
    assert_eq!(code.matches(" paged!(").count(), 25, "{code}");
    assert!(
        code.contains("Follow::BodyCursor(\"start_cursor\")"),
        "{code}"
    );
    assert!(code.contains("Follow::Url"), "{code}");
    assert!(code.contains("Follow::Cursor(\"cursor\")"), "{code}");
    assert!(code.contains("tracing::info_span!"), "{code}");
    let bad = oapigen(
        dir.path(),
        &[
            "generate",
            paging,
            "--out",
            "x",
            "--cursor-paging",
            "listEvents",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("OPERATION:ITEMS:CURSOR:PARAM"),
        "{}",
        text(&bad.stderr)
    );

    // `ir` takes the same options.
    let ir = run(&["ir", spec, "--operation", "ping", "--crate-name", "pinger"]);
    assert!(ir.contains("crate_name: pinger"), "{ir}");
    assert!(
        ir.contains("operation_id: ping") && !ir.contains("operation_id: listPets"),
        "{ir}"
    );

    // Usage errors are errors, before anything is written.
    let both = oapigen(
        dir.path(),
        &["generate", spec, "--out", "a", "--single-file", "b.rs"],
    );
    assert_eq!(both.status.code(), Some(2), "{}", text(&both.stderr));
    let neither = oapigen(dir.path(), &["generate", spec]);
    assert_eq!(neither.status.code(), Some(2), "{}", text(&neither.stderr));
    let project_flag = oapigen(
        dir.path(),
        &["generate", spec, "--out", "c", "--spec-dir", "x"],
    );
    assert_eq!(project_flag.status.code(), Some(2));
    assert!(!dir.path().join("a").exists() && !dir.path().join("c").exists());
}
