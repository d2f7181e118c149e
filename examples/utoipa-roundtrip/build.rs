//! Generates the client from `openapi.json`, the OpenAPI 3.1 document utoipa writes for the
//! server in `tests/server.rs` (the test `the_checked_in_document_is_utoipa_s` keeps it so).

fn main() {
    println!("cargo:rerun-if-changed=openapi.json");
    if let Err(error) = oapigen::Config::new()
        .crate_name("pets")
        .generate("openapi.json")
    {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
