//! Generates the Okta user-credentials client into `OUT_DIR` (see `src/lib.rs`).

fn main() {
    let result = oapigen::Config::new()
        // The output file is `$OUT_DIR/okta.rs`, and the client's User-Agent `okta/<version>`.
        .crate_name("okta")
        // Every model gets `Eq` too (enums already have it; it is not derived twice).
        .extra_derives(["Eq"])
        .generate("openapi.yaml");
    if let Err(error) = result {
        // `Display`, not `Debug`: `openapi.yaml:12 (#/paths/...): message`.
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
