//! `ClientBuilder::header`: a header for every request to the API, for a token the spec
//! declares no scheme for (GitHub's published spec has none) or an API version. It goes where
//! the spec's credentials go and nowhere else: on redirects within the API's origin, never
//! to another; `Debug` output and errors show its name, never its value.
use okta_user_credentials::{Client, Error};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "Bearer header-token-SECRET";
const USER: &str = "00ub0oNGTSWTBKOLGLNR";
const EXPIRE: &str = "/api/v1/users/00ub0oNGTSWTBKOLGLNR/lifecycle/expire_password";

fn client(server: &MockServer) -> Client {
    Client::builder(server.uri())
        .header("Authorization", TOKEN)
        .header("X-Api-Version", "2022-11-28")
        .build()
        .unwrap()
}

/// The API answers `expire_password` with `status` and a `Location`.
async fn api_redirecting(status: u16, location: &str) -> MockServer {
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(EXPIRE))
        .respond_with(ResponseTemplate::new(status).insert_header("Location", location))
        .mount(&api)
        .await;
    api
}

async fn answering_anything() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn the_headers_go_to_the_api_and_its_origin_only() {
    // A 303: the POST becomes a GET, on the same origin here.
    let api = api_redirecting(303, "/moved").await;
    Mock::given(method("GET"))
        .and(path("/moved"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&api)
        .await;
    client(&api)
        .user_cred()
        .expire_password(USER)
        .await
        .unwrap();
    let got = api.received_requests().await.unwrap();
    assert_eq!(got.len(), 2);
    for request in &got {
        assert_eq!(request.headers["authorization"], TOKEN, "{}", request.url);
        assert_eq!(request.headers["x-api-version"], "2022-11-28");
    }

    let other = answering_anything().await;
    let api = api_redirecting(303, &format!("{}/elsewhere", other.uri())).await;
    client(&api)
        .user_cred()
        .expire_password(USER)
        .await
        .unwrap();
    let got = other.received_requests().await.unwrap();
    assert_eq!(got.len(), 1);
    assert!(!got[0].headers.contains_key("authorization"), "{got:?}");
    assert!(!got[0].headers.contains_key("x-api-version"), "{got:?}");
}

#[test]
fn debug_output_names_the_headers_and_hides_their_values() {
    let builder = Client::builder("https://example.okta.com").header("Authorization", TOKEN);
    let shown = format!("{builder:?}");
    assert!(shown.contains("Authorization: [redacted]"), "{shown}");
    assert!(!shown.contains("SECRET"), "{shown}");
    let shown = format!("{:?}", builder.build().unwrap());
    assert!(shown.contains("authorization: [redacted]"), "{shown}");
    assert!(!shown.contains("SECRET"), "{shown}");
}

#[test]
fn a_header_that_cannot_be_sent_is_refused_by_build_without_its_value() {
    let refused = |name: &str, value: &str| match Client::builder("https://example.okta.com")
        .header(name, value)
        .build()
    {
        Err(Error::Request(message)) => message,
        other => panic!("expected a request error, got {other:?}"),
    };
    let message = refused("Authorization", "Bearer SECRET\r\nX-Injected: 1");
    assert!(message.contains("`authorization` header"), "{message}");
    assert!(!message.contains("SECRET"), "{message}");
    assert!(refused("Bad Name", "x").contains("\"Bad Name\""));
}
