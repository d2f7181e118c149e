//! Secrets in the generated code's error paths, for schemes the two checked-in clients do not
//! use (their wire behaviour is tested in `client-tests/`).

use std::path::Path;

fn client_rs(spec: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(spec);
    let generated = oapigen::generate_files(&path, &oapigen::Options::default()).unwrap();
    generated.files["src/client.rs"].clone()
}

/// reqwest's errors show the request URL: with an API key in the query, that URL holds the key,
/// so transport errors drop it when that scheme was applied (and only then).
#[test]
fn a_query_api_key_never_reaches_a_transport_error() {
    let client = client_rs("../shared/specs/features/security.json");
    assert!(
        client.contains("Some(Auth::ApiKeyQueryKey) => Error::Transport(error.without_url())"),
        "{client}"
    );
    assert_eq!(
        client
            .matches(".map_err(|error| self.transport_error(request.auth, error))")
            .count(),
        2
    );
    // Only building the reqwest client maps its error directly: no request, no URL.
    assert_eq!(
        client.matches(".map_err(Error::Transport)").count(),
        1,
        "{client}"
    );
}

#[test]
fn header_keys_keep_the_url_in_transport_errors() {
    let client = client_rs("spec/okta-user-credentials.yaml");
    assert!(!client.contains("without_url"));
    // Sending, reading the body, and building the reqwest client.
    assert_eq!(client.matches(".map_err(Error::Transport)").count(), 3);
}
