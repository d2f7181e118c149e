//! The client generated in `build.rs` sends a real request to a loopback server and decodes
//! the answer: the whole build-script path, end to end.

use build_rs_consumer::client::{Client, USER_AGENT};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Answer one HTTP/1.1 request with `status` and a JSON `body`; return the request's head
/// (request line and headers) as the server saw it.
async fn serve_once(listener: TcpListener, status: &str, body: &str) -> String {
    let (mut socket, _) = listener.accept().await.expect("a connection");
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    // The request has no body (`forgot_password` sends none): the head is all there is.
    while !head.ends_with(b"\r\n\r\n") {
        socket
            .read_exact(&mut byte)
            .await
            .expect("the request head");
        head.push(byte[0]);
    }
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    socket
        .write_all(response.as_bytes())
        .await
        .expect("the response");
    socket.shutdown().await.expect("a clean close");
    String::from_utf8(head).expect("an ASCII head")
}

#[tokio::test]
async fn forgot_password_sends_the_request_and_decodes_the_answer() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(serve_once(
        listener,
        "200 OK",
        r#"{"resetPasswordUrl": "https://example.okta.com/signin/reset-password/XE6wE17zmphl3KqAPFxO"}"#,
    ));

    let client = Client::builder(&base_url)
        .api_token("00abc")
        .build()
        .unwrap();
    let answer = client
        .user_cred()
        .forgot_password("00u1 / x")
        .send_email(false)
        .await
        .unwrap();

    assert_eq!(
        answer.reset_password_url.as_deref(),
        Some("https://example.okta.com/signin/reset-password/XE6wE17zmphl3KqAPFxO")
    );
    let head = server.await.unwrap();
    let head_lower = head.to_ascii_lowercase();
    assert!(
        head.starts_with(
            "POST /api/v1/users/00u1%20%2F%20x/credentials/forgot_password?sendEmail=false HTTP/1.1\r\n"
        ),
        "{head}"
    );
    assert!(
        head_lower.contains("\r\nauthorization: ssws 00abc\r\n"),
        "{head}"
    );
    assert!(
        head_lower.contains("\r\naccept: application/json\r\n"),
        "{head}"
    );
    // The name given to `Config::crate_name` in build.rs, with the spec's version.
    assert_eq!(USER_AGENT, "okta/5.1.0");
    assert!(
        head_lower.contains("\r\nuser-agent: okta/5.1.0\r\n"),
        "{head}"
    );
}

#[tokio::test]
async fn an_error_status_comes_back_as_the_spec_s_error_model() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(serve_once(
        listener,
        "404 Not Found",
        r#"{"errorCode": "E0000007", "errorSummary": "Not found: Resource not found: 00u1 (User)"}"#,
    ));

    let client = Client::new(&base_url).unwrap();
    let error = client
        .user_cred()
        .forgot_password("00u1")
        .await
        .unwrap_err();

    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    let build_rs_consumer::client::Error::Status(status) = &error else {
        panic!("expected a status error, got {error:?}");
    };
    let Some(build_rs_consumer::client::ErrorBody::Error(model)) = &status.model else {
        panic!("expected the spec's Error model, got {:?}", status.model);
    };
    assert_eq!(model.error_code.as_deref(), Some("E0000007"));
    server.await.unwrap();
}

#[test]
fn models_have_the_extra_derives_build_rs_asks_for() {
    fn is_eq<T: Eq>() {}
    is_eq::<build_rs_consumer::client::models::ForgotPasswordResponse>();
    is_eq::<build_rs_consumer::client::models::UserStatus>();
}
