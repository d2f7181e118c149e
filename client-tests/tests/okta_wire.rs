//! Issue 4, on the wire: every operation of `okta-user-credentials` (7) against a local server.
//!
//! Covers: method and path of each operation; the path parameter as ONE percent-encoded
//! segment; query parameters present/absent and their spelling; `Content-Type`, `Accept`,
//! `Authorization` (one scheme only) and `User-Agent`; JSON bodies with wire names and `None`
//! omitted, no body where there is none; success bodies decoded from the spec's examples;
//! 400/403/404/429 decoded into `ErrorBody::Error`, undeclared statuses and 5xx kept raw;
//! `Error::Decode` and `Error::Transport`; headers of a success via `send_with_response`.
use client_tests::{
    RawReply, RawRequest, RawServer, example, percent_decode, query_pairs, refused_base_url,
};
use okta_user_credentials::{
    ApiResponse, Client, Error, ErrorBody, RetryPolicy, StatusError, models,
};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "00a-test-token";
const USER: &str = "00ub0oNGTSWTBKOLGLNR";

/// The seven operations, with what the spec says about each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    ChangePassword,
    ChangeRecoveryQuestion,
    ExpirePassword,
    ExpirePasswordWithTempPassword,
    ForgotPassword,
    ForgotPasswordSetNewPassword,
    ResetPassword,
}

const OPS: [Op; 7] = [
    Op::ChangePassword,
    Op::ChangeRecoveryQuestion,
    Op::ExpirePassword,
    Op::ExpirePasswordWithTempPassword,
    Op::ForgotPassword,
    Op::ForgotPasswordSetNewPassword,
    Op::ResetPassword,
];

impl Op {
    /// The path after `/api/v1/users/{id}/`.
    fn tail(self) -> &'static str {
        match self {
            Op::ChangePassword => "credentials/change_password",
            Op::ChangeRecoveryQuestion => "credentials/change_recovery_question",
            Op::ExpirePassword => "lifecycle/expire_password",
            Op::ExpirePasswordWithTempPassword => "lifecycle/expire_password_with_temp_password",
            Op::ForgotPassword => "credentials/forgot_password",
            Op::ForgotPasswordSetNewPassword => "credentials/forgot_password_recovery_question",
            Op::ResetPassword => "lifecycle/reset_password",
        }
    }
    /// Whether the operation has a (JSON) request body; those also declare a 400.
    fn has_body(self) -> bool {
        matches!(
            self,
            Op::ChangePassword | Op::ChangeRecoveryQuestion | Op::ForgotPasswordSetNewPassword
        )
    }
    /// The spec's example of the 200 response.
    fn success_example(self) -> &'static str {
        match self {
            Op::ChangePassword => "ChangePwdResponse",
            Op::ChangeRecoveryQuestion => "UpdateRecQuestionResponse",
            Op::ExpirePassword => "ExpirePwdResponse",
            Op::ExpirePasswordWithTempPassword => "ExpirePwdWithTempPwdResponse",
            Op::ForgotPassword => "ForgotPwdResponse",
            Op::ForgotPasswordSetNewPassword => "ForgotPwdRecoveryQuestionResponse",
            Op::ResetPassword => "ResetPwdWithoutSendingEmailResponse",
        }
    }
    /// The error statuses the spec declares, with their example.
    fn declared_errors(self) -> Vec<(u16, &'static str)> {
        let mut errors = vec![
            (403, "ErrorAccessDenied"),
            (404, "ErrorResourceNotFound"),
            (429, "ErrorTooManyRequests"),
        ];
        if self.has_body() {
            errors.insert(0, (400, "ErrorApiValidationFailed"));
        }
        errors
    }
}

fn password(value: &str) -> models::PasswordCredential {
    models::PasswordCredential {
        value: Some(value.to_string()),
        ..Default::default()
    }
}

/// The body of the spec's `ChangePwdRequest` example.
fn change_password_body() -> models::ChangePasswordRequest {
    models::ChangePasswordRequest {
        new_password: Some(password("uTVM,TPw55")),
        old_password: Some(password("tlpWENT2m")),
        revoke_sessions: Some(true),
    }
}

/// The body of the spec's `UpdateRecQuestionRequest` example.
fn update_recovery_question_body() -> models::UserCredentials {
    models::UserCredentials {
        password: Some(password("tlpWENT2m")),
        recovery_question: Some(models::RecoveryQuestionCredential {
            answer: Some("forty two".into()),
            question: Some("How many roads must a man walk down?".into()),
        }),
        provider: None,
    }
}

/// The body of the spec's `ForgotPwdRecoveryQuestionRequest` example.
fn forgot_password_recovery_body() -> models::UserCredentials {
    models::UserCredentials {
        password: Some(password("uTVM,TPw55")),
        recovery_question: Some(models::RecoveryQuestionCredential {
            answer: Some("Annie Oakley".into()),
            question: None,
        }),
        provider: None,
    }
}

type Sent = (StatusCode, HeaderMap, Value);

fn pack<T: serde::Serialize>(response: ApiResponse<T>) -> Sent {
    let body = serde_json::to_value(&response.body).expect("re-serialize");
    (response.status, response.headers, body)
}

/// Send `op` for user `id` with no optional parameter set; the body re-serialized as JSON.
async fn call(client: &Client, op: Op, id: &str) -> Result<Sent, Error> {
    let api = client.user_cred();
    Ok(match op {
        Op::ChangePassword => pack(
            api.change_password(id, change_password_body())
                .send_with_response()
                .await?,
        ),
        Op::ChangeRecoveryQuestion => pack(
            api.change_recovery_question(id, update_recovery_question_body())
                .send_with_response()
                .await?,
        ),
        Op::ExpirePassword => pack(api.expire_password(id).send_with_response().await?),
        Op::ExpirePasswordWithTempPassword => pack(
            api.expire_password_with_temp_password(id)
                .send_with_response()
                .await?,
        ),
        Op::ForgotPassword => pack(api.forgot_password(id).send_with_response().await?),
        Op::ForgotPasswordSetNewPassword => pack(
            api.forgot_password_set_new_password(id, forgot_password_recovery_body())
                .send_with_response()
                .await?,
        ),
        Op::ResetPassword => pack(api.reset_password(id, false).send_with_response().await?),
    })
}

fn client(base_url: &str) -> Client {
    Client::builder(base_url)
        .api_token(TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .expect("client")
}

/// Run each of `ops` once, with one client, against one raw server answering `200 {}`; the
/// requests in the order of `ops`. (A client is built once: building one costs ~30 ms.)
async fn raw_calls(client_for: impl Fn(&str) -> Client, ops: &[Op], id: &str) -> Vec<RawRequest> {
    let server = RawServer::start(RawReply::json("{}")).await;
    let client = client_for(server.base_url());
    for op in ops {
        call(&client, *op, id)
            .await
            .unwrap_or_else(|e| panic!("{op:?}: {e}"));
    }
    let requests = server.requests();
    assert_eq!(requests.len(), ops.len(), "{requests:#?}");
    requests
}

fn status_error(error: Error) -> Box<StatusError> {
    match error {
        Error::Status(e) => e,
        other => panic!("expected Error::Status, got {other:?}"),
    }
}

// Guards: the method and path template of every operation.
#[tokio::test]
async fn every_operation_sends_its_method_and_path() {
    let requests = raw_calls(client, &OPS, USER).await;
    for (op, request) in OPS.into_iter().zip(requests) {
        assert_eq!(request.method, "POST", "{op:?}");
        assert_eq!(
            request.path(),
            format!("/api/v1/users/{USER}/{}", op.tail()),
            "{op:?}"
        );
    }
}

// Guards: a path parameter is percent-encoded as ONE segment: `/`, `?`, `#` and space never
// become extra path, a query or a fragment, and a space is `%20`, never `+`.
#[tokio::test]
async fn path_parameter_is_one_encoded_segment_for_every_operation() {
    let id = "00u/../admin?x=1#frag ment";
    let requests = raw_calls(client, &OPS, id).await;
    for (op, request) in OPS.into_iter().zip(requests) {
        assert_eq!(
            request.path(),
            format!(
                "/api/v1/users/00u%2F..%2Fadmin%3Fx%3D1%23frag%20ment/{}",
                op.tail()
            ),
            "{op:?}"
        );
        assert!(!request.target.contains('#'), "{op:?}: {}", request.target);
        assert!(!request.target.contains('+'), "{op:?}: {}", request.target);
        // Only reset_password has a query without setters (its required sendEmail).
        let query = query_pairs(request.query());
        let expected = match op {
            Op::ResetPassword => vec![("sendEmail".to_string(), "false".to_string())],
            _ => vec![],
        };
        assert_eq!(query, expected, "{op:?}: {}", request.target);
    }
}

/// The id segment of a raw request to `/api/v1/users/{id}/<tail>`, checking the segment count.
fn id_segment(request: &RawRequest, op: Op) -> String {
    let segments: Vec<&str> = request.path().split('/').collect();
    let expected = 4 + op.tail().split('/').count() + 1;
    assert_eq!(
        segments.len(),
        expected,
        "{op:?}: the id is not one segment: {}",
        request.target
    );
    segments[4].to_string()
}

// Guards: other characters that mean something in a URL (`%`, `\`, `&`, `;`, quotes, non-ASCII)
// arrive as one segment that decodes back to the id exactly.
#[tokio::test]
async fn path_parameter_round_trips_reserved_and_unicode_characters() {
    let ids = [
        "100%",
        "%2e%2e",
        "a\\b",
        "a&b=c;d,e",
        "\"quoted\" <tag> `tick` {brace}",
        "jos\u{e9}@example.com",
        "a+b",
        "...",
    ];
    let server = RawServer::start(RawReply::json("{}")).await;
    let c = client(server.base_url());
    for id in ids {
        c.user_cred().expire_password(id).await.expect("sent");
    }
    for (id, request) in ids.into_iter().zip(server.requests()) {
        let segment = id_segment(&request, Op::ExpirePassword);
        assert_eq!(percent_decode(&segment), id, "sent as {}", request.target);
        assert!(
            !segment.contains(' ') && !segment.contains('\\'),
            "{segment}"
        );
    }
}

// Guards: `.`, `..` and an empty id are refused before anything is sent. Every URL parser
// resolves dot segments (even percent-encoded as `%2E%2E`), so sending one would address
// another resource: `/api/v1/users/lifecycle/expire_password`.
#[tokio::test]
async fn path_parameter_dot_segments_are_refused_not_sent() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let c = client(server.base_url());
    for id in ["", ".", ".."] {
        for op in OPS {
            let error = call(&c, op, id)
                .await
                .expect_err("a dot segment is refused");
            assert!(matches!(error, Error::Request(_)), "{op:?} {id:?}: {error}");
        }
    }
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

// Guards: control characters in an id (tab, newline) are encoded, not stripped: `a\tb` must not
// become user `ab`.
#[tokio::test]
async fn path_parameter_control_characters_are_encoded_not_stripped() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let c = client(server.base_url());
    let ids = ["a\tb", "a\nb", "a\rb"];
    for id in ids {
        c.user_cred().expire_password(id).await.expect("sent");
    }
    for (id, request) in ids.into_iter().zip(server.requests()) {
        let segment = id_segment(&request, Op::ExpirePassword);
        assert_eq!(percent_decode(&segment), id, "sent as {}", request.target);
    }
}

// Guards: a base URL with a path prefix (with or without a trailing slash) keeps the prefix.
#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    for suffix in ["/okta", "/okta/"] {
        let server = RawServer::start(RawReply::json("{}")).await;
        let client = client(&format!("{}{suffix}", server.base_url()));
        call(&client, Op::ForgotPassword, USER).await.expect("sent");
        assert_eq!(
            server.single_request().path(),
            format!("/okta/api/v1/users/{USER}/credentials/forgot_password")
        );
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<_> = list
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    v.sort();
    v
}

// Guards: optional query parameters are sent only when set, as `true`/`false`, under their wire
// names (`strict`, `revokeSessions`, `sendEmail`); the required `sendEmail` of reset_password is
// always sent.
#[tokio::test]
async fn query_parameters_present_when_set_and_absent_when_not() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let c = client(server.base_url());
    let api = c.user_cred();
    let mut expected = Vec::new();

    // change_password: strict
    api.change_password(USER, change_password_body())
        .await
        .unwrap();
    expected.push(pairs(&[]));
    for value in [true, false] {
        api.change_password(USER, change_password_body())
            .strict(value)
            .await
            .unwrap();
        expected.push(pairs(&[("strict", &value.to_string())]));
    }

    // expire_password_with_temp_password: revokeSessions
    api.expire_password_with_temp_password(USER).await.unwrap();
    expected.push(pairs(&[]));
    for value in [true, false] {
        api.expire_password_with_temp_password(USER)
            .revoke_sessions(value)
            .await
            .unwrap();
        expected.push(pairs(&[("revokeSessions", &value.to_string())]));
    }

    // forgot_password: sendEmail
    api.forgot_password(USER).await.unwrap();
    expected.push(pairs(&[]));
    for value in [true, false] {
        api.forgot_password(USER).send_email(value).await.unwrap();
        expected.push(pairs(&[("sendEmail", &value.to_string())]));
    }

    // forgot_password_set_new_password: sendEmail
    api.forgot_password_set_new_password(USER, forgot_password_recovery_body())
        .await
        .unwrap();
    expected.push(pairs(&[]));
    for value in [true, false] {
        api.forgot_password_set_new_password(USER, forgot_password_recovery_body())
            .send_email(value)
            .await
            .unwrap();
        expected.push(pairs(&[("sendEmail", &value.to_string())]));
    }

    // reset_password: sendEmail required and positional, revokeSessions optional
    for send_email in [true, false] {
        api.reset_password(USER, send_email).await.unwrap();
        expected.push(pairs(&[("sendEmail", &send_email.to_string())]));
        api.reset_password(USER, send_email)
            .revoke_sessions(true)
            .await
            .unwrap();
        expected.push(pairs(&[
            ("sendEmail", &send_email.to_string()),
            ("revokeSessions", "true"),
        ]));
    }

    // expire_password and change_recovery_question have no query parameters at all.
    api.expire_password(USER).await.unwrap();
    expected.push(pairs(&[]));
    api.change_recovery_question(USER, update_recovery_question_body())
        .await
        .unwrap();
    expected.push(pairs(&[]));

    let requests = server.requests();
    assert_eq!(requests.len(), expected.len());
    for (request, expected) in requests.iter().zip(expected) {
        assert_eq!(query_pairs(request.query()), expected, "{}", request.target);
        if expected.is_empty() {
            assert_eq!(
                request.query(),
                None,
                "a `?` with nothing: {}",
                request.target
            );
        }
    }
}

// Guards: per operation, `Content-Type: application/json` exactly when there is a body (and
// never otherwise), `Accept: application/json`, the crate's `User-Agent`, and one
// `Authorization: SSWS <token>`.
#[tokio::test]
async fn headers_of_every_operation() {
    let requests = raw_calls(client, &OPS, USER).await;
    for (op, request) in OPS.into_iter().zip(requests) {
        let content_type = request.header_values("content-type");
        if op.has_body() {
            assert_eq!(content_type, ["application/json"], "{op:?}");
        } else {
            assert!(content_type.is_empty(), "{op:?}: {content_type:?}");
        }
        assert_eq!(
            request.header_values("accept"),
            ["application/json"],
            "{op:?}"
        );
        assert_eq!(
            request.header_values("user-agent"),
            ["okta-user-credentials/5.1.0"],
            "{op:?}"
        );
        assert_eq!(
            request.header_values("authorization"),
            [format!("SSWS {TOKEN}")],
            "{op:?}"
        );
    }
    assert_eq!(
        okta_user_credentials::USER_AGENT,
        "okta-user-credentials/5.1.0"
    );
}

// Guards: the authorization schemes: `SSWS <token>` for api_token, `Bearer <token>` for
// oauth2_token, only the first scheme the operation lists (apiToken) when both are configured,
// and no `Authorization` at all when none is.
#[tokio::test]
async fn authorization_one_scheme_per_request() {
    let api_only = |base: &str| Client::builder(base).api_token("api-1").build().unwrap();
    let oauth_only = |base: &str| {
        Client::builder(base)
            .oauth2_token("oauth-1")
            .build()
            .unwrap()
    };
    let both = |base: &str| {
        Client::builder(base)
            .oauth2_token("oauth-1")
            .api_token("api-1")
            .build()
            .unwrap()
    };
    let neither = |base: &str| Client::new(base).unwrap();
    let api_only = raw_calls(api_only, &OPS, USER).await;
    let oauth_only = raw_calls(oauth_only, &OPS, USER).await;
    let both = raw_calls(both, &OPS, USER).await;
    let neither = raw_calls(neither, &OPS, USER).await;
    for (i, op) in OPS.into_iter().enumerate() {
        let r = &api_only[i];
        assert_eq!(r.header_values("authorization"), ["SSWS api-1"], "{op:?}");
        let r = &oauth_only[i];
        assert_eq!(
            r.header_values("authorization"),
            ["Bearer oauth-1"],
            "{op:?}"
        );
        let r = &both[i];
        assert_eq!(r.header_values("authorization"), ["SSWS api-1"], "{op:?}");
        let r = &neither[i];
        assert!(r.header_values("authorization").is_empty(), "{op:?}");
    }
}

// Guards: JSON request bodies use the wire names (`newPassword`, `oldPassword`,
// `revokeSessions`, `recovery_question`) and equal the spec's request examples.
#[tokio::test]
async fn request_bodies_match_the_spec_examples() {
    let cases = [
        (Op::ChangePassword, "ChangePwdRequest"),
        (Op::ChangeRecoveryQuestion, "UpdateRecQuestionRequest"),
        (
            Op::ForgotPasswordSetNewPassword,
            "ForgotPwdRecoveryQuestionRequest",
        ),
    ];
    let ops: Vec<Op> = cases.iter().map(|(op, _)| *op).collect();
    let requests = raw_calls(client, &ops, USER).await;
    for ((op, name), request) in cases.into_iter().zip(requests) {
        let body: Value = serde_json::from_slice(&request.body).expect("JSON body");
        assert_eq!(body, example(name), "{op:?}");
    }
}

// Guards: optional body fields that are `None` are omitted, not sent as `null`.
#[tokio::test]
async fn none_fields_are_omitted_from_bodies() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let c = client(server.base_url());
    let body = models::ChangePasswordRequest {
        new_password: Some(password("new")),
        ..Default::default()
    };
    c.user_cred().change_password(USER, body).await.unwrap();
    c.user_cred()
        .change_recovery_question(USER, models::UserCredentials::default())
        .await
        .unwrap();
    let requests = server.requests();
    let bodies: Vec<Value> = requests
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    assert_eq!(
        bodies,
        [json!({"newPassword": {"value": "new"}}), json!({})]
    );
}

// Guards: operations without a request body send none (no bytes, no Content-Type).
#[tokio::test]
async fn bodiless_operations_send_no_body() {
    let ops: Vec<Op> = OPS.into_iter().filter(|op| !op.has_body()).collect();
    let requests = raw_calls(client, &ops, USER).await;
    for (op, request) in ops.into_iter().zip(requests) {
        assert!(request.body.is_empty(), "{op:?}: {:?}", request.body);
        assert!(request.header_values("content-type").is_empty(), "{op:?}");
        let length = request.header_values("content-length");
        assert!(length.is_empty() || length == ["0"], "{op:?}: {length:?}");
    }
}

// Guards: a POST without content still says `Content-Length: 0`. RFC 9110 8.6: a user agent
// SHOULD send Content-Length when the method (POST) defines a meaning for content; some
// proxies answer 411 Length Required without it.
#[tokio::test]
async fn bodiless_posts_send_content_length_zero() {
    let ops: Vec<Op> = OPS.into_iter().filter(|op| !op.has_body()).collect();
    let requests = raw_calls(client, &ops, USER).await;
    for (op, request) in ops.into_iter().zip(requests) {
        assert_eq!(request.header_values("content-length"), ["0"], "{op:?}");
    }
}

async fn mock_server(status: u16, body: Value, headers: &[(&str, &str)]) -> MockServer {
    let server = MockServer::start().await;
    respond(&server, status, body, headers).await;
    server
}

/// Make `server` answer every POST with `status`, the JSON `body` and `headers` (and nothing
/// else: earlier mocks are removed), so one server and one client serve a whole table.
async fn respond(server: &MockServer, status: u16, body: Value, headers: &[(&str, &str)]) {
    server.reset().await;
    let mut response = ResponseTemplate::new(status).set_body_json(body);
    for (name, value) in headers {
        response = response.insert_header(*name, *value);
    }
    Mock::given(method("POST"))
        .respond_with(response)
        .mount(server)
        .await;
}

// Guards: each 200 decodes into its model; for the examples the model can hold, re-serializing
// gives the example back (wire names, nested models, enums).
#[tokio::test]
async fn success_bodies_decode_from_the_spec_examples() {
    let server = MockServer::start().await;
    let c = client(&server.uri());
    for op in OPS {
        let body = example(op.success_example());
        respond(&server, 200, body.clone(), &[]).await;
        let (status, _, decoded) = call(&c, op, USER)
            .await
            .unwrap_or_else(|e| panic!("{op:?}: {e}"));
        assert_eq!(status, StatusCode::OK);
        let expected = match op {
            // The spec's example for this `User` response is `{"tempPassword": ...}`, a
            // property `User` does not have: it decodes, as an empty `User`.
            Op::ExpirePasswordWithTempPassword => json!({}),
            // The example carries a stray `summary` inside its value; the model drops it.
            Op::ResetPassword => {
                let mut b = body.clone();
                b.as_object_mut().unwrap().remove("summary");
                b
            }
            _ => body.clone(),
        };
        // Dates come back as the same instants, not always the same text.
        assert_eq!(
            client_tests::same_instants(&decoded),
            client_tests::same_instants(&expected),
            "{op:?}"
        );
    }
}

// Guards: typed access to decoded success bodies (not just JSON equality).
#[tokio::test]
async fn success_bodies_decode_into_typed_models() {
    let server = mock_server(200, example("ExpirePwdResponse"), &[]).await;
    let user = client(&server.uri())
        .user_cred()
        .expire_password(USER)
        .await
        .unwrap();
    assert_eq!(user.id.as_deref(), Some(USER));
    assert_eq!(user.status, Some(models::UserStatus::PasswordExpired));
    assert_eq!(
        user.profile.as_ref().unwrap().login.as_deref(),
        Some("isaac.brock@example.com")
    );
    assert_eq!(
        user.credentials.unwrap().provider.unwrap().r#type,
        Some(models::AuthenticationProviderType::Okta)
    );
    assert!(
        user.links
            .unwrap()
            .change_password
            .unwrap()
            .href
            .ends_with("/credentials/change_password")
    );

    let server = mock_server(200, example("ForgotPwdResponse"), &[]).await;
    let reset = client(&server.uri())
        .user_cred()
        .forgot_password(USER)
        .await
        .unwrap();
    assert_eq!(
        reset.reset_password_url.as_deref(),
        Some("https://{yourOktaDomain}/signin/reset-password/XE6wE17zmphl3KqAPFxO")
    );

    let server = mock_server(200, example("ResetPwdWithoutSendingEmailResponse"), &[]).await;
    let token = client(&server.uri())
        .user_cred()
        .reset_password(USER, false)
        .await
        .unwrap();
    assert_eq!(
        token.reset_password_url.as_deref(),
        Some("https://{yourOktaDomain}/reset_password/XE6wE17zmphl3KqAPFxO")
    );

    let server = mock_server(200, example("ChangePwdResponse"), &[]).await;
    let credentials = client(&server.uri())
        .user_cred()
        .change_password(USER, change_password_body())
        .await
        .unwrap();
    assert_eq!(
        credentials.recovery_question.unwrap().question.as_deref(),
        Some("Who's a major player in the cowboy scene?")
    );
    assert_eq!(credentials.password, Some(Default::default()));
}

// Guards: every declared error status (400 where declared, 403, 404, 429) decodes into
// `ErrorBody::Error` with the status, the raw body and the response headers reachable.
#[tokio::test]
async fn declared_error_statuses_decode_into_the_error_model() {
    let server = MockServer::start().await;
    let c = client(&server.uri());
    for op in OPS {
        for (status, name) in op.declared_errors() {
            let body = example(name);
            respond(
                &server,
                status,
                body.clone(),
                &[("X-Rate-Limit-Remaining", "7")],
            )
            .await;
            let error = call(&c, op, USER).await.unwrap_err();
            assert_eq!(error.status(), Some(StatusCode::from_u16(status).unwrap()));
            assert_eq!(
                error.headers().unwrap()["x-rate-limit-remaining"],
                "7",
                "{op:?} {status}"
            );
            let e = status_error(error);
            assert_eq!(e.status.as_u16(), status);
            assert_eq!(e.headers["x-rate-limit-remaining"], "7");
            assert_eq!(serde_json::from_slice::<Value>(&e.body).unwrap(), body);
            match &e.model {
                Some(ErrorBody::Error(model)) => {
                    assert_eq!(
                        serde_json::to_value(model).unwrap(),
                        body,
                        "{op:?} {status}"
                    );
                }
                None => panic!("{op:?} {status}: no model decoded"),
            }
        }
    }
    // The typed fields, once.
    respond(&server, 404, example("ErrorResourceNotFound"), &[]).await;
    let e = status_error(c.user_cred().expire_password(USER).await.unwrap_err());
    let Some(ErrorBody::Error(model)) = e.model else {
        panic!("no model")
    };
    assert_eq!(model.error_code.as_deref(), Some("E0000007"));
    assert_eq!(model.error_causes, Some(vec![]));
}

// Guards: statuses the spec does not declare for an operation (a 400 for the bodiless ones,
// 401, 418, 5xx) keep status, headers and the raw body, with `model: None` even when the body
// happens to look like an Okta error.
#[tokio::test]
async fn undeclared_statuses_keep_the_raw_body_without_a_model() {
    let okta_error = example("ErrorApiValidationFailed");
    let server = MockServer::start().await;
    let c = client(&server.uri());
    for op in OPS {
        let mut statuses = vec![401, 418, 500, 502, 503];
        if !op.has_body() {
            statuses.push(400);
        }
        for status in statuses {
            respond(
                &server,
                status,
                okta_error.clone(),
                &[("X-Request-Id", "r-1")],
            )
            .await;
            let e = status_error(call(&c, op, USER).await.unwrap_err());
            assert_eq!(e.status.as_u16(), status, "{op:?}");
            assert_eq!(e.headers["x-request-id"], "r-1", "{op:?} {status}");
            assert_eq!(
                serde_json::from_slice::<Value>(&e.body).unwrap(),
                okta_error
            );
            assert!(e.model.is_none(), "{op:?} {status}: {:?}", e.model);
        }
    }
    // A non-JSON 5xx body is kept byte for byte and shown in the message.
    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_string("upstream down"))
        .mount(&server)
        .await;
    let error = call(&c, Op::ForgotPassword, USER).await.unwrap_err();
    assert!(error.to_string().contains("503"), "{error}");
    assert!(error.to_string().contains("upstream down"), "{error}");
    let e = status_error(error);
    assert_eq!(e.body_text(), "upstream down");
    assert!(e.model.is_none());
}

// Guards: a declared error status whose body is not the error model still gives
// `Error::Status` with the raw body (the model is `None`, nothing panics).
#[tokio::test]
async fn declared_error_status_with_an_undecodable_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(404).set_body_string("<html>no</html>"))
        .mount(&server)
        .await;
    let e = status_error(
        client(&server.uri())
            .user_cred()
            .expire_password(USER)
            .await
            .unwrap_err(),
    );
    assert_eq!(e.status, StatusCode::NOT_FOUND);
    assert_eq!(e.body_text(), "<html>no</html>");
    assert!(e.model.is_none());
}

// Guards: a 2xx body that does not decode is `Error::Decode`, whose Display names the status
// and shows the start of the body (cut, for a long one), with status and headers reachable.
#[tokio::test]
async fn undecodable_success_body_is_a_decode_error() {
    let long = format!("<html>{}</html>", "x".repeat(5000));
    let server = MockServer::start().await;
    let c = client(&server.uri());
    for op in OPS {
        server.reset().await;
        Mock::given(method("POST"))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("X-Rate-Limit-Remaining", "3")
                    .set_body_string(long.clone()),
            )
            .mount(&server)
            .await;
        let error = call(&c, op, USER).await.unwrap_err();
        let message = error.to_string();
        assert!(message.contains("200"), "{op:?}: {message}");
        assert!(message.contains("<html>xxxx"), "{op:?}: {message}");
        assert!(message.len() < 1000, "{op:?}: the whole body is shown");
        assert_eq!(error.status(), Some(StatusCode::OK));
        assert_eq!(error.headers().unwrap()["x-rate-limit-remaining"], "3");
        match error {
            Error::Decode(e) => assert_eq!(e.body, long.as_bytes()),
            other => panic!("{op:?}: expected Error::Decode, got {other:?}"),
        }
    }
}

// Guards: a refused connection is `Error::Transport`, with no status.
#[tokio::test]
async fn refused_connection_is_a_transport_error() {
    let c = client(&refused_base_url());
    for op in OPS {
        let error = call(&c, op, USER).await.unwrap_err();
        assert!(matches!(error, Error::Transport(_)), "{op:?}: {error:?}");
        assert_eq!(error.status(), None);
        assert!(!error.is_timeout());
    }
}

// Guards: `send_with_response` gives the status and headers of a success with the body.
#[tokio::test]
async fn send_with_response_exposes_status_and_headers() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!(
            "/api/v1/users/{USER}/credentials/forgot_password"
        )))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Rate-Limit-Remaining", "99")
                .insert_header("X-Rate-Limit-Reset", "1700000000")
                .set_body_json(example("ForgotPwdResponse")),
        )
        .mount(&server)
        .await;
    let response = client(&server.uri())
        .user_cred()
        .forgot_password(USER)
        .send_email(false)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.headers["x-rate-limit-remaining"], "99");
    assert_eq!(response.headers["x-rate-limit-reset"], "1700000000");
    assert!(response.body.reset_password_url.is_some());
    // The same through the generic helper, for every operation.
    respond(&server, 200, json!({}), &[("X-Rate-Limit-Limit", "600")]).await;
    let c = client(&server.uri());
    for op in OPS {
        let (status, headers, _) = call(&c, op, USER).await.unwrap();
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers["x-rate-limit-limit"], "600", "{op:?}");
    }
}
