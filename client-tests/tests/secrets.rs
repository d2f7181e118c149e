//! Issue 4, secrets: no token and no password from a request body shows in the `Debug` (plain
//! or `{:#?}`) or `Display` of a client, a client builder, a request builder or any error:
//! status errors (401, 404, 429, 500), decode errors, transport errors (refused, timed out) and
//! request errors (a token that is not a valid header value).
use std::time::Duration;

use client_tests::{RawReply, RawServer, assert_no_secrets, example, refused_base_url};
use okta_user_credentials::{Client, ClientBuilder, Error, RetryPolicy, models};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const API_TOKEN: &str = "ssws-SECRET-api-token-7f3a";
const OAUTH_TOKEN: &str = "bearer-SECRET-access-token-91c2";
const OLD_PASSWORD: &str = "old-SECRET-hunter2";
const NEW_PASSWORD: &str = "new-SECRET-correct-horse";
const ANSWER: &str = "answer-SECRET-forty-two";
const SECRETS: [&str; 5] = [API_TOKEN, OAUTH_TOKEN, OLD_PASSWORD, NEW_PASSWORD, ANSWER];
const USER: &str = "00ub0oNGTSWTBKOLGLNR";

fn builder(base_url: &str) -> ClientBuilder {
    Client::builder(base_url)
        .api_token(API_TOKEN)
        .oauth2_token(OAUTH_TOKEN)
        .retry(RetryPolicy::none())
}

fn password(value: &str) -> models::PasswordCredential {
    models::PasswordCredential {
        value: Some(value.to_string()),
        ..Default::default()
    }
}

fn change_password_body() -> models::ChangePasswordRequest {
    models::ChangePasswordRequest {
        new_password: Some(password(NEW_PASSWORD)),
        old_password: Some(password(OLD_PASSWORD)),
        revoke_sessions: Some(true),
    }
}

fn credentials_body() -> models::UserCredentials {
    models::UserCredentials {
        password: Some(password(NEW_PASSWORD)),
        recovery_question: Some(models::RecoveryQuestionCredential {
            answer: Some(ANSWER.into()),
            question: Some("the question".into()),
        }),
        provider: None,
    }
}

/// `Debug`, `{:#?}` of a value.
fn debugs(value: &impl std::fmt::Debug) -> String {
    format!("{value:?}\n{value:#?}")
}

/// `Debug`, `{:#?}` and `Display` of an error.
fn formatted(error: &Error) -> String {
    format!("{error:?}\n{error:#?}\n{error}")
}

// Guards: the Debug of Client and ClientBuilder redacts both tokens (and still says a token is
// set, so the output is useful).
#[test]
fn client_and_builder_debug_hide_tokens() {
    let b = builder("https://subdomain.okta.com");
    let text = debugs(&b);
    assert_no_secrets("ClientBuilder", &text, &SECRETS);
    assert!(text.contains("[redacted]"), "{text}");
    let client = b.build().unwrap();
    let text = debugs(&client);
    assert_no_secrets("Client", &text, &SECRETS);
    assert!(text.contains("[redacted]"), "{text}");
    assert!(text.contains("subdomain.okta.com"), "{text}");
}

// Guards: the Debug of every request builder (which holds the client and the body) hides the
// tokens, the passwords and the recovery answer.
#[test]
fn request_builder_debug_hides_tokens_and_passwords() {
    let client = builder("https://subdomain.okta.com").build().unwrap();
    let api = client.user_cred();
    let texts = [
        debugs(
            &api.change_password(USER, change_password_body())
                .strict(true),
        ),
        debugs(&api.change_recovery_question(USER, credentials_body())),
        debugs(&api.forgot_password_set_new_password(USER, credentials_body())),
        debugs(&api.expire_password(USER)),
        debugs(&api.expire_password_with_temp_password(USER)),
        debugs(&api.forgot_password(USER)),
        debugs(&api.reset_password(USER, true)),
    ];
    for text in &texts {
        assert_no_secrets("request builder", text, &SECRETS);
        assert!(text.contains(USER), "non-secret fields still show: {text}");
    }
    assert!(texts[0].contains("[redacted]"));
    assert_no_secrets("UserCredApi", &debugs(&api), &SECRETS);
}

// Guards: errors from error statuses (401, 404, 429, 500) after a request carrying tokens and
// passwords show none of them.
#[tokio::test]
async fn status_errors_hide_tokens_and_passwords() {
    let server = MockServer::start().await;
    let client = builder(&server.uri()).build().unwrap();
    for (status, body) in [
        (
            401,
            json!({"errorCode": "E0000011", "errorSummary": "Invalid token provided"}),
        ),
        (404, example("ErrorResourceNotFound")),
        (429, example("ErrorTooManyRequests")),
        (500, json!("internal")),
    ] {
        server.reset().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .mount(&server)
            .await;
        let error = client
            .user_cred()
            .change_password(USER, change_password_body())
            .await
            .unwrap_err();
        assert_eq!(error.status().unwrap().as_u16(), status);
        assert_no_secrets("status error", &formatted(&error), &SECRETS);
        let error = client
            .user_cred()
            .change_recovery_question(USER, credentials_body())
            .await
            .unwrap_err();
        assert_no_secrets("status error", &formatted(&error), &SECRETS);
    }
}

// A server that echoes a credential in its error body ("Incorrect API key provided: sk-...", as
// OpenAI's did) does not put it in the error: the body and its decoded model have it cut out,
// the rest of the message stays.
#[tokio::test]
async fn an_error_body_that_echoes_a_token_shows_it_redacted() {
    let server = MockServer::start().await;
    let client = builder(&server.uri())
        .header("X-Tenant-Key", "tenant-SECRET-key-5")
        .build()
        .unwrap();
    let echo = format!(
        "Invalid token provided: SSWS {API_TOKEN} or Bearer {OAUTH_TOKEN} for tenant-SECRET-key-5"
    );
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_json(json!({"errorCode": "E0000011", "errorSummary": echo})),
        )
        .mount(&server)
        .await;
    let error = client
        .user_cred()
        .change_password(USER, change_password_body())
        .await
        .unwrap_err();
    let secrets = [API_TOKEN, OAUTH_TOKEN, "tenant-SECRET-key-5"];
    assert_no_secrets("echoing status error", &formatted(&error), &secrets);
    let Error::Status(status) = &error else {
        panic!("{error:?}")
    };
    assert_no_secrets("its body", &status.body_text(), &secrets);
    let Some(okta_user_credentials::ErrorBody::Error(model)) = &status.model else {
        panic!("the body still decodes: {:?}", status.model)
    };
    assert_eq!(
        model.error_summary.as_deref(),
        Some("Invalid token provided: SSWS [redacted] or Bearer [redacted] for [redacted]")
    );
    assert!(
        error.to_string().contains("Invalid token provided"),
        "{error}"
    );
}

// Guards: a decode error (a success body that does not decode) shows no request secret.
#[tokio::test]
async fn decode_errors_hide_tokens_and_passwords() {
    let server = RawServer::start(RawReply::json("not json")).await;
    let client = builder(server.base_url()).build().unwrap();
    let error = client
        .user_cred()
        .forgot_password_set_new_password(USER, credentials_body())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert_no_secrets("decode error", &formatted(&error), &SECRETS);
}

// Guards: transport errors (refused connection, timeout) show no request secret.
#[tokio::test]
async fn transport_errors_hide_tokens_and_passwords() {
    let client = builder(&refused_base_url()).build().unwrap();
    let error = client
        .user_cred()
        .change_password(USER, change_password_body())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_no_secrets("refused", &formatted(&error), &SECRETS);

    let stalled = RawServer::start(RawReply::Stall).await;
    let client = builder(stalled.base_url())
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let error = client
        .user_cred()
        .change_recovery_question(USER, credentials_body())
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_no_secrets("timeout", &formatted(&error), &SECRETS);
}

// Guards: a token that cannot be a header value fails the request without echoing the token.
#[tokio::test]
async fn invalid_token_errors_do_not_echo_the_token() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let bad_api = "ssws-SECRET\nbad";
    let bad_oauth = "bearer-SECRET\nbad";
    let secrets = ["ssws-SECRET", "bearer-SECRET"];
    let api = Client::builder(server.base_url())
        .api_token(bad_api)
        .build()
        .unwrap();
    let error = api.user_cred().expire_password(USER).await.unwrap_err();
    assert_no_secrets("bad api token", &formatted(&error), &secrets);
    let oauth = Client::builder(server.base_url())
        .oauth2_token(bad_oauth)
        .build()
        .unwrap();
    let error = oauth.user_cred().expire_password(USER).await.unwrap_err();
    assert_no_secrets("bad oauth token", &formatted(&error), &secrets);
    assert!(server.requests().is_empty(), "a request went out");
}

// Guards: credential-operations: the Debug of its request builders hides the passwords of
// change_password and change_recovery_question; its errors show none of them.
#[tokio::test]
async fn credential_operations_hide_passwords() {
    use credential_operations::models as co;
    let change = co::ChangePasswordRequest {
        new_password: Some(co::ChangePasswordRequestNewPassword {
            value: Some(NEW_PASSWORD.into()),
        }),
        old_password: Some(co::ChangePasswordRequestOldPassword {
            value: Some(OLD_PASSWORD.into()),
        }),
    };
    let recovery = co::ChangeRecoveryQuestionRequest {
        password: Some(co::ChangeRecoveryQuestionRequestPassword {
            value: Some(OLD_PASSWORD.into()),
        }),
        recovery_question: None,
    };
    let server = RawServer::start(RawReply::Respond {
        status: 401,
        headers: vec![],
        body: b"unauthorized".to_vec(),
    })
    .await;
    let client = credential_operations::Client::new(server.base_url()).unwrap();
    let api = client.credential_operations();
    let request = api.change_password(USER).change_password_request(change);
    let text = debugs(&request);
    assert_no_secrets("change_password builder", &text, &SECRETS);
    assert!(text.contains("[redacted]") && text.contains(USER), "{text}");
    let error = request.await.unwrap_err();
    let text = format!("{error:?}\n{error:#?}\n{error}");
    assert_no_secrets("credential-operations error", &text, &SECRETS);

    let request = api
        .change_recovery_question(USER)
        .change_recovery_question_request(recovery);
    assert_no_secrets(
        "change_recovery_question builder",
        &debugs(&request),
        &SECRETS,
    );
}

// Guards: credential-operations' recovery-question answers are secrets too (the Okta spec marks
// the same `answer` write-only and the generated Okta client redacts it).
#[test]
fn credential_operations_recovery_answers_are_redacted() {
    use credential_operations::models as co;
    let change = co::ChangeRecoveryQuestionRequestRecoveryQuestion {
        answer: Some(ANSWER.into()),
        question: Some("q".into()),
    };
    let set = co::SetRecoveryCredentialRequestCredentialsRecoveryQuestion {
        answer: Some(ANSWER.into()),
        question: Some("q".into()),
    };
    assert_no_secrets("change answer", &debugs(&change), &[ANSWER]);
    assert_no_secrets("set answer", &debugs(&set), &[ANSWER]);
}

// Guards: the Debug of a status error shows the body's length, not the body, and redacts
// cookies the server sets; its Display still shows the start of the body.
#[tokio::test]
async fn status_error_debug_hides_the_body_and_cookies() {
    let server = RawServer::start(RawReply::Respond {
        status: 403,
        headers: vec![
            ("Content-Type".into(), "application/json".into()),
            (
                "Set-Cookie".into(),
                "sid=cookie-secret-123; HttpOnly".into(),
            ),
            ("X-Rate-Limit-Remaining".into(), "7".into()),
        ],
        // `internal` is no field of the Error model: only the raw body holds it.
        body: br#"{"errorCode":"E0000006","internal":"body-text-xyz"}"#.to_vec(),
    })
    .await;
    let client = builder(server.base_url()).build().unwrap();
    let error = client.user_cred().expire_password(USER).await.unwrap_err();
    let debug = format!("{error:?}\n{error:#?}");
    assert!(!debug.contains("cookie-secret-123"), "{debug}");
    assert!(!debug.contains("body-text-xyz"), "{debug}");
    assert!(
        debug.contains("x-rate-limit-remaining"),
        "other headers still show: {debug}"
    );
    assert!(
        error.to_string().contains("body-text-xyz"),
        "Display shows the start of the body"
    );
}

// Guards: the Debug of a decode error shows the body's length, not the body: a success body
// that fails to decode may carry a secret (a reset link) the model would have redacted.
#[tokio::test]
async fn decode_error_debug_hides_the_body() {
    let server = RawServer::start(RawReply::json(
        r#"{"resetPasswordUrl":"https://x/reset/ott-secret-456","extra":[}"#,
    ))
    .await;
    let client = builder(server.base_url()).build().unwrap();
    let error = client.user_cred().forgot_password(USER).await.unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    let debug = format!("{error:?}\n{error:#?}");
    assert!(!debug.contains("ott-secret-456"), "{debug}");
    assert!(debug.contains("bytes]"), "{debug}");
}

// A token in the base URL's path (Telegram's `https://api.telegram.org/bot{token}`, a server
// variable the spec says is a token): requests go under it, but neither the client's `Debug`
// nor a transport error shows it. A password in any base URL is hidden the same way.
mod server_secret {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/server_secret.rs"));
}

#[tokio::test]
async fn a_token_in_the_base_url_path_is_sent_but_never_shown() {
    const BOT_TOKEN: &str = "424242:SECRET-bot-token";
    let server = RawServer::start(RawReply::json(r#"{"ok":true,"username":"robot"}"#)).await;
    let base_url = format!("{}/bot{BOT_TOKEN}", server.base_url());
    let client = server_secret::Client::new(&base_url).unwrap();
    let me = client.default().get_me().await.unwrap();
    assert_eq!(me.username.as_deref(), Some("robot"));
    assert_eq!(
        server.single_request().target,
        format!("/bot{BOT_TOKEN}/getMe")
    );
    let builder = server_secret::Client::builder(&base_url);
    let shown = format!("{client:?} {client:#?} {builder:?}");
    assert_no_secrets("client", &shown, &[BOT_TOKEN]);
    assert!(shown.contains("[redacted]"), "{shown}");

    let refused = format!("{}/bot{BOT_TOKEN}", refused_base_url());
    let client = server_secret::Client::new(&refused).unwrap();
    let error = client.default().get_me().await.unwrap_err();
    assert!(
        matches!(error, server_secret::Error::Transport(_)),
        "{error:?}"
    );
    assert_no_secrets(
        "transport error",
        &format!("{error} {error:?}"),
        &[BOT_TOKEN],
    );
}

// A key in the base URL's host (`https://{apiKey}.keyed.example`): requests go to that host,
// but `Debug` output and a transport error show no more of the URL than its scheme.
mod server_host_secret {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/server_host_secret.rs"));
}

#[tokio::test]
async fn a_key_in_the_base_url_host_is_sent_but_never_shown() {
    const KEY: &str = "k3y-SECRET-host";
    let host = format!("{}.keyed.example", KEY.to_ascii_lowercase());
    let server = RawServer::start(RawReply::json(r#"{"ok":true}"#)).await;
    let port = server.base_url().rsplit(':').next().unwrap().to_string();
    let loopback: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let http = reqwest::Client::builder()
        .resolve(&host, loopback)
        .build()
        .unwrap();
    let base_url = format!("http://{host}:{port}/v1");
    let builder = server_host_secret::Client::builder(&base_url).http_client(http);
    let client = builder.clone().build().unwrap();
    let pong = client.default().ping().await.unwrap();
    assert_eq!(pong.ok, Some(true));
    let request = server.single_request();
    assert_eq!(request.target, "/v1/ping");
    assert_eq!(
        request.header_values("host"),
        [format!("{host}:{port}").as_str()]
    );
    let shown = format!("{client:?} {client:#?} {builder:?}");
    assert_no_secrets("client", &shown, &[&host, "k3y"]);
    assert!(shown.contains("http://[redacted]"), "{shown}");

    // Nothing listens at the refused port: the connection fails.
    let refused = refused_base_url();
    let refused_port = refused.rsplit(':').next().unwrap();
    let refused = server_host_secret::Client::builder(format!("http://{host}:{refused_port}/v1"))
        .http_client(
            reqwest::Client::builder()
                .resolve(&host, loopback)
                .build()
                .unwrap(),
        )
        .build()
        .unwrap();
    let error = refused.default().ping().await.unwrap_err();
    assert!(
        matches!(error, server_host_secret::Error::Transport(_)),
        "{error:?}"
    );
    assert_no_secrets(
        "transport error",
        &format!("{error} {error:?}"),
        &[&host, "k3y"],
    );
}

#[tokio::test]
async fn a_password_in_the_base_url_is_never_shown() {
    const PASSWORD: &str = "pw-SECRET-in-url";
    let refused = refused_base_url().replace("http://", &format!("http://bot:{PASSWORD}@"));
    let client = builder(&refused).build().unwrap();
    let shown = format!("{client:?} {:?}", builder(&refused));
    assert_no_secrets("client", &shown, &[PASSWORD]);
    let error = client.user_cred().expire_password(USER).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_no_secrets(
        "transport error",
        &format!("{error} {error:?}"),
        &[PASSWORD],
    );
}

// A request builder's `Debug` names each parameter and hides the secret ones (a token in the
// query, a `format: password` header), in an operation with more parameters than one of its
// tuples holds (153: the builder keeps them in thirteen groups of at most twelve; real specs
// have such: NetBox's device list takes 161 filters). Each setter sets its
// own parameter, the last call winning, and every parameter reaches the wire, `d` too (named
// as the draft its request is built in).
mod many_params {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/many_params.rs"));
}

#[tokio::test]
async fn a_builder_shows_its_parameters_by_name_but_not_its_secrets() {
    const TOKEN: &str = "SECRET-query-token";
    const HEADER: &str = "SECRET-header-value";
    let server = RawServer::start(RawReply::empty(204)).await;
    let client = many_params::Client::new(server.base_url()).unwrap();
    let builder = client
        .default()
        .search(TOKEN)
        .p1("first")
        .p12("twelfth")
        .p13("overwritten")
        .p13("thirteenth")
        .p150("last")
        .d(4)
        .x_secret(HEADER);
    let shown = format!("{builder:?} {builder:#?}");
    assert_no_secrets("request builder", &shown, &[TOKEN, HEADER]);
    for field in [
        "Search {",
        "api_token: \"[redacted]\"",
        "p1: Some(\"first\")",
        "p2: None",
        "p12: Some(\"twelfth\")",
        "p13: Some(\"thirteenth\")",
        "p149: None",
        "p150: Some(\"last\")",
        "d: Some(4)",
        "x_secret: \"[redacted]\"",
    ] {
        assert!(shown.contains(field), "{field} in {shown}");
    }
    // An optional secret left unset shows as unset.
    let bare = format!("{:?}", client.default().search(TOKEN));
    assert!(bare.contains("x_secret: None"), "{bare}");
    assert!(bare.contains("api_token: \"[redacted]\""), "{bare}");
    // A clone is the same request.
    builder.clone().await.unwrap();
    builder.await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in requests {
        assert_eq!(
            request.target,
            format!("/search?apiToken={TOKEN}&p1=first&p12=twelfth&p13=thirteenth&p150=last&d=4")
        );
        assert_eq!(request.header_values("x-secret"), [HEADER]);
    }
}
