//! Issue 4, docs examples: every ```` ```rust no_run ```` example of every generated API docs
//! page (`generated/*/docs/*Api.md`), run against a local server.
//!
//! `build.rs` extracts the examples and changes each in three documented places (no
//! `#[tokio::main]`, `main` → `pub async fn run(base_url: &str)`, the base URL literal →
//! `base_url`); the generated crates compile the same pages as doc tests (`#[cfg(doctest)]`
//! `include_str!` in their `lib.rs`). Here we check that what runs is that program, then run
//! each against a server that answers with the spec's examples and check the request it sent:
//! the documented method and path, the authorization, and the spec's request example as body.
use client_tests::{CREDENTIAL_OPERATIONS_SPEC, OKTA_SPEC, operation_examples, path_matches, spec};
use serde_json::Value;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

include!(concat!(env!("OUT_DIR"), "/docs_examples.rs"));

const API_TOKEN: &str = "docs-example-token";
const GENERATED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../generated");

fn spec_of(krate: &str) -> Value {
    match krate {
        "okta-user-credentials" => spec(OKTA_SPEC),
        "credential-operations" => spec(CREDENTIAL_OPERATIONS_SPEC),
        other => panic!("a docs page of an unknown crate {other:?}: add its spec here"),
    }
}

/// Answers the one operation an example calls with the spec's `200` example (or an empty 200).
struct SpecResponder {
    spec: Value,
    path: &'static str,
    method: &'static str,
}

impl Respond for SpecResponder {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        match operation_examples(&self.spec, self.path, self.method).1 {
            Some(body) => ResponseTemplate::new(200).set_body_json(body),
            None => ResponseTemplate::new(200),
        }
    }
}

// Guards: the examples that run are the docs pages' programs, unchanged but for the three
// documented changes, and those pages are the ones the generated crates compile as doc tests;
// every page has an example for every operation in its table.
#[test]
fn examples_are_the_compiled_programs() {
    let mut pages = Vec::new();
    for krate in std::fs::read_dir(GENERATED).unwrap() {
        let dir = krate.unwrap().path();
        let Ok(docs) = std::fs::read_dir(dir.join("docs")) else {
            continue;
        };
        for page in docs {
            let page = page.unwrap().path();
            let name = page.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with("Api.md") {
                let krate = dir.file_name().unwrap().to_string_lossy().into_owned();
                pages.push((krate, name, page));
            }
        }
    }
    assert!(pages.len() >= 2, "{pages:?}");
    for (krate, name, page) in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let examples: Vec<&Example> = EXAMPLES
            .iter()
            .filter(|e| e.krate == krate && e.page == name)
            .collect();
        let operations = text
            .lines()
            .filter(|l| l.starts_with("[**") && l.contains(") | **"))
            .count();
        assert!(operations > 0, "{krate}/{name}");
        assert_eq!(
            examples.len(),
            operations,
            "{krate}/{name}: an operation has no example"
        );
        for e in examples {
            assert!(
                text.contains(&format!("```rust no_run\n{}```", e.original)),
                "{krate}/{name} `{}`: the extracted example is stale",
                e.operation
            );
            let undone = e
                .transformed
                .replacen(
                    "pub async fn run(base_url: &str)",
                    "#[tokio::main]\nasync fn main()",
                    1,
                )
                .replace(
                    "Client::builder(base_url).ignore_operation_servers().build()",
                    &format!("Client::new({:?})", base_url(&text)),
                )
                .replace(
                    "Client::builder(base_url).ignore_operation_servers()",
                    &format!("Client::builder({:?})", base_url(&text)),
                );
            assert_eq!(undone, e.original, "more than the three documented changes");
        }
        let lib = std::fs::read_to_string(format!("{GENERATED}/{krate}/src/lib.rs")).unwrap();
        let include = format!("#[doc = include_str!(\"../docs/{name}\")]");
        assert!(
            lib.contains("#[cfg(doctest)]") && lib.contains(&include),
            "{krate}: {name} is not compiled as a doc test"
        );
    }
}

fn base_url(page: &str) -> &str {
    let start = page.find("All URIs are relative to *").unwrap() + 26;
    let end = page[start..].find('*').unwrap() + start;
    &page[start..end]
}

// Guards: every docs example runs and sends what its page documents: the method and path of
// its operation, `Authorization: SSWS $API_TOKEN` where the API is secured (none otherwise),
// and the spec's request example as its body.
#[tokio::test]
async fn every_docs_example_runs_against_the_test_server() {
    // SAFETY: the only test in this binary that reads or writes the environment, and it sets the
    // variable before any client (which reads proxy variables) exists.
    unsafe { std::env::set_var("API_TOKEN", API_TOKEN) };
    assert!(EXAMPLES.len() >= 11, "{} examples", EXAMPLES.len());
    for e in EXAMPLES {
        let what = format!("{}/{} `{}`", e.krate, e.page, e.operation);
        let spec = spec_of(e.krate);
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(SpecResponder {
                spec: spec.clone(),
                path: e.path,
                method: e.method,
            })
            .mount(&server)
            .await;

        (e.run)(server.uri())
            .await
            .unwrap_or_else(|error| panic!("{what}: {error}"));

        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 1, "{what}");
        let request = &requests[0];
        assert_eq!(request.method.as_str(), e.method, "{what}");
        assert!(
            path_matches(e.path, request.url.path()),
            "{what}: {}",
            request.url
        );
        let authorization = request.headers.get("authorization");
        if e.krate == "okta-user-credentials" {
            assert_eq!(
                authorization.unwrap(),
                &format!("SSWS {API_TOKEN}"),
                "{what}"
            );
        } else {
            assert!(authorization.is_none(), "{what}");
        }
        match operation_examples(&spec, e.path, e.method).0 {
            Some(expected) => {
                let body: Value = serde_json::from_slice(&request.body)
                    .unwrap_or_else(|err| panic!("{what}: body is not JSON: {err}"));
                assert_eq!(body, expected, "{what}");
            }
            None => assert!(request.body.is_empty(), "{what}: {:?}", request.body),
        }
    }
}
