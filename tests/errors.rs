//! Bad specs get a clear error that says where (file, line, JSON pointer), never a panic.
//! One fixture per case in `tests/fixtures/err_*.yaml`, each error message pinned.

use oapigen::{Options, generate_files};

#[test]
fn bad_specs_give_located_errors() {
    insta::glob!("fixtures/err_*.yaml", |path| {
        let error = generate_files(path, &Options::default()).expect_err("a bad spec must fail");
        let relative = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        let message = error
            .to_string()
            .replace(&path.display().to_string(), &relative.display().to_string());
        // Every error about the spec names the file and says where in it.
        let location = error.location().expect("spec errors carry a location");
        assert!(
            location.line.is_some() || !location.pointer.is_empty(),
            "{message}"
        );
        insta::assert_snapshot!(message);
    });
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let error =
        generate_files("tests/fixtures/nope.yaml".as_ref(), &Options::default()).unwrap_err();
    assert!(matches!(error, oapigen::Error::Io { .. }));
    assert!(
        error.to_string().starts_with("tests/fixtures/nope.yaml: "),
        "{error}"
    );
}
