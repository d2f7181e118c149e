//! `openapi.json`, the document `build.rs` generates the client from, is the one utoipa writes
//! for the server (`server_api`). A test binary of its own: it builds whatever the client is.

mod server_api;

/// `openapi.json` (what `build.rs` generates the client from) is the document utoipa writes
/// now; `OAPIGEN_UPDATE=1` rewrites it after a change to the server's types.
#[test]
fn the_checked_in_document_is_utoipa_s() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
    let now = server_api::document();
    assert!(
        now.contains("\"openapi\": \"3.1.0\""),
        "utoipa 5 writes 3.1"
    );
    if std::env::var_os("OAPIGEN_UPDATE").is_some() {
        std::fs::write(path, &now).unwrap();
    }
    let checked_in = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        checked_in, now,
        "openapi.json is stale: rerun with OAPIGEN_UPDATE=1"
    );
}
