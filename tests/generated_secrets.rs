//! Secrets in the generated code's error paths, for schemes the two checked-in clients do not
//! use (their wire behaviour is tested in `client-tests/`).

use std::path::Path;

/// A generated file, without white space: prettyplease breaks long chains across lines, and
/// what matters here is which call maps to what.
fn generated(spec: &str, file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(spec);
    let generated = oapigen::generate_files(&path, &oapigen::Options::default()).unwrap();
    generated.files[file].split_whitespace().collect()
}

/// reqwest's errors show the request URL: with an API key in the query, that URL holds the key,
/// so transport errors drop it when that scheme was applied (and otherwise only when the base
/// URL holds a secret: `client-tests/tests/secrets.rs`).
#[test]
fn a_query_api_key_never_reaches_a_transport_error() {
    let spec = generated("../shared/specs/features/security.json", "src/spec.rs");
    assert!(
        spec.contains(
            "fnin_url(&self,auth:&[&'static[Auth]])->bool{self.chosen(auth).iter().any(|scheme|matches!(scheme,Auth::ApiKeyQueryKey))}"
        ),
        "{spec}"
    );
    let client = generated(
        "../shared/specs/features/security.json",
        "src/runtime/client.rs",
    );
    assert!(
        client.contains(
            "ifclient.credentials.in_url(auth)||BASE_URL_PATH_SECRET||client.base_url.password().is_some()||client.servers.iter().any(|(_,url)|url.password().is_some()){Error::Transport(error.without_url())}else{Error::Transport(error)}"
        ),
        "{client}"
    );
    // Both calls that have a request (and so a URL) go through it: sending, and reading a
    // body (`read_body`, for successes and errors alike).
    for (call, mapped) in [
        (
            "builder.send().await",
            "builder.send().await.map_err(|error|transport_error(client,request.auth,error))",
        ),
        (
            "response.bytes().await",
            "letbytes=response.bytes().await;Ok(bytes.map_err(|error|transport_error(client,auth,error))",
        ),
    ] {
        assert!(
            client.contains(mapped),
            "{call} keeps the URL in its error:\n{client}"
        );
    }
    assert_eq!(
        client
            .matches("read_body(client,request.auth,response)")
            .count(),
        2
    );
}

#[test]
fn header_keys_keep_the_url_in_transport_errors() {
    let spec = generated("spec/okta-user-credentials.yaml", "src/spec.rs");
    assert!(
        spec.contains("fnin_url(&self,_auth:&[&'static[Auth]])->bool{false}"),
        "{spec}"
    );
}

/// An API key in a cookie (`in: cookie`) rides in the request's one `Cookie` header (merged
/// with cookie parameters by the runtime: see `cookies_are_one_header` in
/// `src/runtime/client.rs`), and only when a requirement with that scheme was chosen; it is never skipped.
#[test]
fn a_cookie_api_key_is_sent_as_a_cookie() {
    let spec = generated("../shared/specs/features/security.json", "src/spec.rs");
    assert!(
        spec.contains(
            "fncookies(&self,auth:&[&'static[Auth]],)->Vec<(&'staticstr,String)>{self.chosen(auth).iter().filter_map(|scheme|matchscheme{Auth::ApiKeyCookieKey=>{self.api_key_cookie_key.as_ref().map(|token|(\"api_key\",token.clone()))}_=>None,}).collect()}"
        ),
        "{spec}"
    );
    let client = generated(
        "../shared/specs/features/security.json",
        "src/runtime/client.rs",
    );
    assert!(
        client.contains("letkeys=client.credentials.cookies(request.auth);"),
        "{client}"
    );
}
