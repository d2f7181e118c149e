//! Secrets in the generated code's error paths, for schemes the two checked-in clients do not
//! use (their wire behaviour is tested in `client-tests/`).

use std::path::Path;

/// The generated `src/client.rs`, without white space: prettyplease breaks long chains across
/// lines, and what matters here is which call maps to what.
fn client_rs(spec: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(spec);
    let generated = oapigen::generate_files(&path, &oapigen::Options::default()).unwrap();
    generated.files["src/client.rs"]
        .split_whitespace()
        .collect()
}

/// reqwest's errors show the request URL: with an API key in the query, that URL holds the key,
/// so transport errors drop it when that scheme was applied (and only then).
#[test]
fn a_query_api_key_never_reaches_a_transport_error() {
    let client = client_rs("../shared/specs/features/security.json");
    assert!(
        client.contains("Some(Auth::ApiKeyQueryKey)=>Error::Transport(error.without_url())"),
        "{client}"
    );
    // Both calls that have a request (and so a URL) go through it.
    for call in ["builder.send().await", "response.bytes().await"] {
        let mapped = format!("{call}.map_err(|error|self.transport_error(request.auth,error))");
        assert!(
            client.contains(&mapped),
            "{call} keeps the URL in its error:\n{client}"
        );
    }
}

#[test]
fn header_keys_keep_the_url_in_transport_errors() {
    let client = client_rs("spec/okta-user-credentials.yaml");
    assert!(!client.contains("without_url"));
    for call in ["builder.send().await", "response.bytes().await"] {
        assert!(
            client.contains(&format!("{call}.map_err(Error::Transport)")),
            "{call}:\n{client}"
        );
    }
}
