//! Issue 4, on the wire: every operation of `credential-operations` (4) against a local server.
//!
//! Covers: method and path of each operation, the path parameter as ONE percent-encoded
//! segment; the string query parameter `sendEmail` as given, absent when unset; `Content-Type`
//! (`application/json` with a body, none without, `text/plain` with the spec's fixed empty text
//! for `forgot_password_one_time_code`), no `Accept` ("Not defined"), no `Authorization`, the
//! crate's `User-Agent`; JSON bodies equal to the spec's request examples, optional fields and
//! bodies omitted when `None`; `()` for the empty 200s; statuses kept raw with `model: None`
//! (the spec declares no error model); a refused connection is `Error::Transport`.
use client_tests::{
    CREDENTIAL_OPERATIONS_SPEC, RawReply, RawRequest, RawServer, query_pairs, refused_base_url,
    request_body_example,
};
use credential_operations::{Client, Error, models};
use reqwest::StatusCode;
use serde_json::{Value, json};

const USER: &str = "00ub0oNGTSWTBKOLGLNR";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    ChangePassword,
    ChangeRecoveryQuestion,
    ForgotPasswordOneTimeCode,
    SetRecoveryCredential,
}

const OPS: [Op; 4] = [
    Op::ChangePassword,
    Op::ChangeRecoveryQuestion,
    Op::ForgotPasswordOneTimeCode,
    Op::SetRecoveryCredential,
];

impl Op {
    fn method(self) -> &'static str {
        match self {
            Op::SetRecoveryCredential => "PUT",
            _ => "POST",
        }
    }
    /// The path after `/api/v1/users/{userId}` (empty for `PUT /api/v1/users/{userId}`).
    fn tail(self) -> &'static str {
        match self {
            Op::ChangePassword => "/credentials/change_password",
            Op::ChangeRecoveryQuestion => "/credentials/change_recovery_question",
            Op::ForgotPasswordOneTimeCode => "/credentials/forgot_password",
            Op::SetRecoveryCredential => "",
        }
    }
    /// The spec's path template, to look its request example up.
    fn template(self) -> String {
        format!("/api/v1/users/{{userId}}{}", self.tail())
    }
}

/// The spec's example body for change_password.
fn change_password_body() -> models::ChangePasswordRequest {
    models::ChangePasswordRequest {
        new_password: Some(models::ChangePasswordRequestNewPassword {
            value: Some("uTVM,TPw55".into()),
        }),
        old_password: Some(models::ChangePasswordRequestOldPassword {
            value: Some("{{password}}".into()),
        }),
    }
}

/// The spec's example body for change_recovery_question.
fn change_recovery_question_body() -> models::ChangeRecoveryQuestionRequest {
    models::ChangeRecoveryQuestionRequest {
        password: Some(models::ChangeRecoveryQuestionRequestPassword {
            value: Some("{{password}}".into()),
        }),
        recovery_question: Some(models::ChangeRecoveryQuestionRequestRecoveryQuestion {
            answer: Some("My recovery credentials are updated".into()),
            question: Some("What happens when I update my question".into()),
        }),
    }
}

/// The spec's example body for set_recovery_credential.
fn set_recovery_credential_body() -> models::SetRecoveryCredentialRequest {
    models::SetRecoveryCredentialRequest {
        credentials: Some(models::SetRecoveryCredentialRequestCredentials {
            recovery_question: Some(
                models::SetRecoveryCredentialRequestCredentialsRecoveryQuestion {
                    answer: Some("Annie Oakley".into()),
                    question: Some("Who's a major player in the cowboy scene?".into()),
                },
            ),
        }),
    }
}

/// Send `op` for `id`, with the spec's example body where there is one (`with_body`).
async fn call(client: &Client, op: Op, id: &str, with_body: bool) -> Result<StatusCode, Error> {
    let api = client.credential_operations();
    let response = match op {
        Op::ChangePassword => {
            let mut request = api.change_password(id);
            if with_body {
                request = request.change_password_request(change_password_body());
            }
            request.send_with_response().await?
        }
        Op::ChangeRecoveryQuestion => {
            let mut request = api.change_recovery_question(id);
            if with_body {
                request = request.change_recovery_question_request(change_recovery_question_body());
            }
            request.send_with_response().await?
        }
        Op::ForgotPasswordOneTimeCode => {
            api.forgot_password_one_time_code(id)
                .send_with_response()
                .await?
        }
        Op::SetRecoveryCredential => {
            let mut request = api.set_recovery_credential(id);
            if with_body {
                request = request.set_recovery_credential_request(set_recovery_credential_body());
            }
            request.send_with_response().await?
        }
    };
    let () = response.body;
    Ok(response.status)
}

/// Each op once with one client against one raw server answering an empty `200`.
async fn raw_calls(id: &str, with_body: bool) -> Vec<RawRequest> {
    let server = RawServer::start(RawReply::Respond {
        status: 200,
        headers: vec![],
        body: vec![],
    })
    .await;
    let client = Client::new(server.base_url()).expect("client");
    for op in OPS {
        let status = call(&client, op, id, with_body)
            .await
            .unwrap_or_else(|e| panic!("{op:?}: {e}"));
        assert_eq!(status, StatusCode::OK);
    }
    let requests = server.requests();
    assert_eq!(requests.len(), OPS.len());
    requests
}

// Guards: method and path template of every operation (including the PUT on the user itself).
#[tokio::test]
async fn every_operation_sends_its_method_and_path() {
    for (op, request) in OPS.into_iter().zip(raw_calls(USER, true).await) {
        assert_eq!(request.method, op.method(), "{op:?}");
        assert_eq!(
            request.path(),
            format!("/api/v1/users/{USER}{}", op.tail()),
            "{op:?}"
        );
        assert_eq!(request.query(), None, "{op:?}");
    }
}

// Guards: the path parameter is ONE percent-encoded segment: never extra path, a query or a
// fragment, and a space is `%20`, never `+`.
#[tokio::test]
async fn path_parameter_is_one_encoded_segment_for_every_operation() {
    let id = "00u/../admin?x=1#frag ment";
    for (op, request) in OPS.into_iter().zip(raw_calls(id, true).await) {
        assert_eq!(
            request.path(),
            format!(
                "/api/v1/users/00u%2F..%2Fadmin%3Fx%3D1%23frag%20ment{}",
                op.tail()
            ),
            "{op:?}"
        );
        assert_eq!(request.query(), None, "{op:?}: {}", request.target);
        assert!(!request.target.contains('+'), "{op:?}");
    }
}

// Guards: the headers per operation: Content-Type as documented, no Accept of its own ("Not
// defined": reqwest's default `*/*`, which means the same as no Accept, is all that may be
// sent), no Authorization (no security), the crate's User-Agent.
#[tokio::test]
async fn headers_of_every_operation() {
    for (op, request) in OPS.into_iter().zip(raw_calls(USER, true).await) {
        let expected_type = match op {
            Op::ForgotPasswordOneTimeCode => "text/plain",
            _ => "application/json",
        };
        assert_eq!(
            request.header_values("content-type"),
            [expected_type],
            "{op:?}"
        );
        let accept = request.header_values("accept");
        assert!(
            accept.is_empty() || accept == ["*/*"],
            "{op:?}: Accept {accept:?}"
        );
        assert!(request.header_values("authorization").is_empty(), "{op:?}");
        assert_eq!(
            request.header_values("user-agent"),
            ["credential-operations/1.0.0"],
            "{op:?}"
        );
    }
    assert_eq!(
        credential_operations::USER_AGENT,
        "credential-operations/1.0.0"
    );
}

// Guards: JSON bodies equal the spec's request examples (wire names `newPassword`,
// `oldPassword`, `recovery_question`); forgot_password_one_time_code sends the spec's fixed
// empty `text/plain` body.
#[tokio::test]
async fn request_bodies_match_the_spec_examples() {
    for (op, request) in OPS.into_iter().zip(raw_calls(USER, true).await) {
        if op == Op::ForgotPasswordOneTimeCode {
            assert!(request.body.is_empty(), "{:?}", request.body);
            continue;
        }
        let body: Value = serde_json::from_slice(&request.body).expect("JSON body");
        let method = op.method().to_ascii_lowercase();
        let expected = request_body_example(CREDENTIAL_OPERATIONS_SPEC, &op.template(), &method);
        assert_eq!(body, expected, "{op:?}");
    }
}

// Guards: the empty text/plain body is announced with `Content-Length: 0`. RFC 9110 8.6: a
// user agent SHOULD send Content-Length when the method (POST) defines a meaning for content;
// some proxies answer 411 Length Required without it.
#[tokio::test]
async fn empty_text_body_is_sent_with_content_length_zero() {
    let requests = raw_calls(USER, true).await;
    let request = &requests[2];
    assert_eq!(request.header_values("content-type"), ["text/plain"]);
    assert_eq!(request.header_values("content-length"), ["0"]);
}

// Guards: an optional request body that is not set is not sent (no bytes, no Content-Type);
// `None` fields inside a body are omitted, not `null`.
#[tokio::test]
async fn unset_bodies_and_none_fields_are_omitted() {
    for (op, request) in OPS.into_iter().zip(raw_calls(USER, false).await) {
        if op == Op::ForgotPasswordOneTimeCode {
            continue;
        }
        assert!(request.body.is_empty(), "{op:?}: {:?}", request.body);
        assert!(request.header_values("content-type").is_empty(), "{op:?}");
    }
    let server = RawServer::start(RawReply::json("")).await;
    let client = Client::new(server.base_url()).unwrap();
    let body = models::ChangePasswordRequest {
        new_password: Some(models::ChangePasswordRequestNewPassword { value: None }),
        old_password: None,
    };
    client
        .credential_operations()
        .change_password(USER)
        .change_password_request(body)
        .await
        .unwrap();
    let sent: Value = serde_json::from_slice(&server.single_request().body).unwrap();
    assert_eq!(sent, json!({"newPassword": {}}));
}

// Guards: the string query parameter `sendEmail` is sent as given (one value, even with `&`,
// `=`, `#` or spaces in it, a space as `%20`) and absent when unset.
#[tokio::test]
async fn send_email_query_is_sent_as_given() {
    let server = RawServer::start(RawReply::json("")).await;
    let client = Client::new(server.base_url()).unwrap();
    let api = client.credential_operations();
    api.forgot_password_one_time_code(USER).await.unwrap();
    api.forgot_password_one_time_code(USER)
        .send_email("false")
        .await
        .unwrap();
    api.forgot_password_one_time_code(USER)
        .send_email("a b&c=d#e")
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].query(), None);
    assert_eq!(requests[1].query(), Some("sendEmail=false"));
    assert_eq!(
        query_pairs(requests[2].query()),
        [("sendEmail".to_string(), "a b&c=d#e".to_string())]
    );
    assert!(!requests[2].target.contains('#'), "{}", requests[2].target);
    // Percent-encoded, a space as `%20`: a server that is not a form decoder reads `+` as `+`.
    assert_eq!(requests[2].query(), Some("sendEmail=a%20b%26c%3Dd%23e"));
}

// Guards: the empty 200 of every operation is `()`, with status and headers reachable through
// `send_with_response`, and a body the spec does not describe is ignored.
#[tokio::test]
async fn success_is_unit_with_status_and_headers() {
    let server = RawServer::start(RawReply::Respond {
        status: 200,
        headers: vec![("X-Rate-Limit-Remaining".into(), "42".into())],
        body: b"ignored".to_vec(),
    })
    .await;
    let client = Client::new(server.base_url()).unwrap();
    let response = client
        .credential_operations()
        .set_recovery_credential(USER)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.headers["x-rate-limit-remaining"], "42");
    let () = response.body;
    for op in OPS {
        assert_eq!(call(&client, op, USER, true).await.unwrap(), StatusCode::OK);
    }
}

// Guards: error statuses (none is declared) keep status, headers and the raw body, with
// `model: None`; 5xx is not retried.
#[tokio::test]
async fn error_statuses_keep_the_raw_body() {
    for status in [400u16, 401, 404, 429, 500, 503] {
        let server = RawServer::start(RawReply::Respond {
            status,
            headers: vec![("X-Request-Id".into(), "r-9".into())],
            body: br#"{"errorCode":"E0000007"}"#.to_vec(),
        })
        .await;
        let client = Client::builder(server.base_url())
            .retry(credential_operations::RetryPolicy::none())
            .build()
            .unwrap();
        for op in OPS {
            let error = call(&client, op, USER, true).await.unwrap_err();
            assert_eq!(error.status().map(|s| s.as_u16()), Some(status), "{op:?}");
            assert!(error.to_string().contains("E0000007"), "{error}");
            match error {
                Error::Status(e) => {
                    assert_eq!(e.headers["x-request-id"], "r-9");
                    assert_eq!(e.body_text(), r#"{"errorCode":"E0000007"}"#);
                    assert!(e.model.is_none());
                }
                other => panic!("{op:?}: expected Error::Status, got {other:?}"),
            }
        }
        assert_eq!(server.requests().len(), OPS.len(), "{status} was retried");
    }
}

// Guards: a refused connection is `Error::Transport` with no status.
#[tokio::test]
async fn refused_connection_is_a_transport_error() {
    let client = Client::new(refused_base_url()).unwrap();
    for op in OPS {
        let error = call(&client, op, USER, true).await.unwrap_err();
        assert!(matches!(error, Error::Transport(_)), "{op:?}: {error:?}");
        assert_eq!(error.status(), None);
    }
}
