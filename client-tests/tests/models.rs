//! Issue 3, run-time behaviour of the generated models (no server):
//! - enums are forward compatible: a value the spec does not list (`"SOMETHING_NEW"`) decodes
//!   into the catch-all `Unknown(String)` and serializes back unchanged; `Display`, `FromStr`
//!   and serde agree; every value the spec lists maps to its own variant;
//! - secrets are redacted in `Debug` (`[redacted]`), non-secret fields still show, and the wire
//!   form still carries them;
//! - every example in the Okta spec's `components/examples` decodes into the model it is used
//!   with and re-serializes to the same JSON (documented exceptions: two examples the spec's own
//!   schema cannot hold); the credential-operations request examples likewise;
//! - `User` keeps `_links`, `_embedded`, unknown `profile` properties (additionalProperties) and
//!   extra link properties, and takes `null` for its nullable dates.
use std::collections::BTreeSet;
use std::convert::Infallible;
use std::fmt::{Debug, Display};
use std::str::FromStr;

use client_tests::{CREDENTIAL_OPERATIONS_SPEC, OKTA_SPEC, same_instants, spec};
use okta_user_credentials::models;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

const NEW: &str = "SOMETHING_NEW";

/// The `enum` list of a schema (given as a JSON pointer into the Okta spec).
fn spec_enum(pointer: &str) -> BTreeSet<String> {
    spec(OKTA_SPEC)
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no enum at {pointer}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Checks one generated enum against the spec's list: known values map to their variants in
/// every direction, an unknown value round-trips through the catch-all.
fn check_enum<T>(pointer: &str, known: &[(&str, T)], unknown: fn(String) -> T)
where
    T: FromStr<Err = Infallible> + Display + Serialize + DeserializeOwned + PartialEq + Debug,
{
    let listed: BTreeSet<String> = known.iter().map(|(w, _)| w.to_string()).collect();
    assert_eq!(
        listed,
        spec_enum(pointer),
        "{pointer}: variants and spec differ"
    );
    // Variants are equal by wire value, so which variant a value decodes to is compared by
    // `Debug` (`Active`, never `Unknown("ACTIVE")`).
    let debug = |value: &T| format!("{value:?}");
    for (wire, variant) in known {
        assert_eq!(debug(&T::from_str(wire).unwrap()), debug(variant));
        assert_eq!(variant.to_string(), *wire);
        let decoded = serde_json::from_value::<T>(json!(wire)).unwrap();
        assert_eq!(debug(&decoded), debug(variant));
        assert_eq!(serde_json::to_value(variant).unwrap(), json!(wire));
        assert_ne!(
            debug(variant),
            debug(&unknown(wire.to_string())),
            "{wire} decoded as unknown"
        );
    }
    let decoded: T = serde_json::from_value(json!(NEW)).expect("an unknown value decodes");
    assert_eq!(decoded, unknown(NEW.to_string()));
    assert_eq!(T::from_str(NEW).unwrap(), decoded);
    assert_eq!(decoded.to_string(), NEW);
    assert_eq!(serde_json::to_value(&decoded).unwrap(), json!(NEW));
    // Case matters on the wire: a value in another case is a different, unknown value.
    let lower = known[0].0.to_ascii_lowercase();
    assert_eq!(T::from_str(&lower).unwrap(), unknown(lower.clone()));
}

// Guards: forward compatibility and exact wire values of every enum in the Okta client.
#[test]
fn enums_are_forward_compatible() {
    use models::UserStatus as S;
    check_enum(
        "/components/schemas/UserStatus/enum",
        &[
            ("ACTIVE", S::Active),
            ("DEPROVISIONED", S::Deprovisioned),
            ("LOCKED_OUT", S::LockedOut),
            ("PASSWORD_EXPIRED", S::PasswordExpired),
            ("PROVISIONED", S::Provisioned),
            ("RECOVERY", S::Recovery),
            ("STAGED", S::Staged),
            ("SUSPENDED", S::Suspended),
        ],
        S::Unknown,
    );
    use models::AuthenticationProviderType as A;
    check_enum(
        "/components/schemas/AuthenticationProviderType/enum",
        &[
            ("ACTIVE_DIRECTORY", A::ActiveDirectory),
            ("FEDERATION", A::Federation),
            ("IMPORT", A::Import),
            ("LDAP", A::Ldap),
            ("OKTA", A::Okta),
            ("SOCIAL", A::Social),
        ],
        A::Unknown,
    );
    use models::DigestAlgorithm as D;
    check_enum(
        "/components/schemas/DigestAlgorithm/enum",
        &[
            ("SHA256_HMAC", D::Sha256Hmac),
            ("SHA512_HMAC", D::Sha512Hmac),
        ],
        D::Unknown,
    );
    use models::HttpMethod as H;
    check_enum(
        "/components/schemas/HttpMethod/enum",
        &[
            ("DELETE", H::Delete),
            ("GET", H::Get),
            ("PATCH", H::Patch),
            ("POST", H::Post),
            ("PUT", H::Put),
        ],
        H::Unknown,
    );
    use models::PasswordCredentialHashAlgorithm as P;
    check_enum(
        "/components/schemas/PasswordCredentialHashAlgorithm/enum",
        &[
            ("BCRYPT", P::Bcrypt),
            ("MD5", P::Md5),
            ("PBKDF2", P::Pbkdf2),
            ("SHA-1", P::Sha1),
            ("SHA-256", P::Sha256),
            ("SHA-512", P::Sha512),
        ],
        P::Unknown,
    );
    use models::UserTransitioningToStatus as T;
    check_enum(
        "/components/schemas/User/properties/transitioningToStatus/enum",
        &[
            ("ACTIVE", T::Active),
            ("DEPROVISIONED", T::Deprovisioned),
            ("PROVISIONED", T::Provisioned),
        ],
        T::Unknown,
    );
}

// Guards: an unknown enum value inside a response does not break decoding the whole model,
// and survives a round trip.
#[test]
fn unknown_enum_values_inside_models() {
    let body = json!({
        "status": NEW,
        "transitioningToStatus": NEW,
        "credentials": {"provider": {"type": NEW, "name": "X"}},
        "_links": {"self": {"href": "https://x", "hints": {"allow": ["GET", NEW]}}}
    });
    let user: models::User = serde_json::from_value(body.clone()).expect("decodes");
    assert_eq!(user.status, Some(models::UserStatus::Unknown(NEW.into())));
    assert_eq!(
        user.credentials
            .as_ref()
            .unwrap()
            .provider
            .as_ref()
            .unwrap()
            .r#type,
        Some(models::AuthenticationProviderType::Unknown(NEW.into()))
    );
    let allow = &user.links.as_ref().unwrap().self_.as_ref().unwrap().hints;
    assert_eq!(
        allow.as_ref().unwrap().allow,
        Some(vec![
            models::HttpMethod::Get,
            models::HttpMethod::Unknown(NEW.into())
        ])
    );
    assert_eq!(serde_json::to_value(&user).unwrap(), body);
}

// Guards: the secrets of the Okta models are `[redacted]` in Debug (plain and `{:#?}`), the
// other fields still show, and serialization (the wire) is unaffected.
#[test]
fn okta_secrets_are_redacted_in_debug() {
    let password = models::PasswordCredential {
        value: Some("hunter2".into()),
        hook: Some(models::PasswordCredentialHook {
            r#type: Some("default".into()),
        }),
        hash: Some(models::PasswordCredentialHash {
            algorithm: Some(models::PasswordCredentialHashAlgorithm::Bcrypt),
            value: Some("hash-secret-value".into()),
            work_factor: Some(10),
            ..Default::default()
        }),
    };
    let question = models::RecoveryQuestionCredential {
        answer: Some("forty two".into()),
        question: Some("How many roads?".into()),
    };
    let credentials = models::UserCredentials {
        password: Some(password.clone()),
        recovery_question: Some(question.clone()),
        provider: None,
    };
    let change = models::ChangePasswordRequest {
        new_password: Some(password.clone()),
        old_password: Some(models::PasswordCredential {
            value: Some("old-hunter1".into()),
            ..Default::default()
        }),
        revoke_sessions: Some(true),
    };
    let secrets = ["hunter2", "hash-secret-value", "forty two", "old-hunter1"];
    let cases: Vec<(String, &[&str])> = vec![
        (format!("{password:?}"), &["default", "Bcrypt", "10"]),
        (format!("{password:#?}"), &["default"]),
        (format!("{question:?}"), &["How many roads?"]),
        (format!("{credentials:?}"), &["How many roads?", "default"]),
        (format!("{credentials:#?}"), &["How many roads?"]),
        (format!("{change:?}"), &["revoke_sessions: Some(true)"]),
    ];
    for (text, shown) in cases {
        client_tests::assert_no_secrets("Debug", &text, &secrets);
        assert!(text.contains("[redacted]"), "{text}");
        for s in shown {
            assert!(text.contains(s), "{s:?} is not shown: {text}");
        }
    }
    // Absent secrets show as None, not as a redaction of nothing.
    let empty = format!("{:?}", models::PasswordCredential::default());
    assert!(
        empty.contains("value: None") && !empty.contains("[redacted]"),
        "{empty}"
    );
    // The wire form still carries them.
    let wire = serde_json::to_string(&credentials).unwrap();
    assert!(
        wire.contains("hunter2") && wire.contains("forty two"),
        "{wire}"
    );
}

// Guards: the one-time reset links (a bearer credential in a URL) are redacted in Debug.
#[test]
fn reset_links_are_redacted_in_debug() {
    let url = "https://example.okta.com/signin/reset-password/XE6wE17zmphl3KqAPFxO";
    let forgot = models::ForgotPasswordResponse {
        reset_password_url: Some(url.into()),
    };
    let reset = models::ResetPasswordToken {
        reset_password_url: Some(url.into()),
    };
    for text in [format!("{forgot:?}"), format!("{reset:#?}")] {
        client_tests::assert_no_secrets("Debug", &text, &["XE6wE17zmphl3KqAPFxO"]);
        assert!(text.contains("[redacted]"), "{text}");
    }
}

// Guards: credential-operations' password values are redacted in Debug; the rest shows.
#[test]
fn credential_operations_secrets_are_redacted_in_debug() {
    use credential_operations::models as co;
    let new = co::ChangePasswordRequestNewPassword {
        value: Some("hunter2".into()),
    };
    let request = co::ChangePasswordRequest {
        new_password: Some(new.clone()),
        old_password: Some(co::ChangePasswordRequestOldPassword {
            value: Some("old-hunter1".into()),
        }),
    };
    let recovery = co::ChangeRecoveryQuestionRequest {
        password: Some(co::ChangeRecoveryQuestionRequestPassword {
            value: Some("hunter3".into()),
        }),
        recovery_question: Some(co::ChangeRecoveryQuestionRequestRecoveryQuestion {
            answer: None,
            question: Some("Which city?".into()),
        }),
    };
    for text in [
        format!("{new:?}"),
        format!("{request:?}"),
        format!("{request:#?}"),
        format!("{recovery:?}"),
    ] {
        client_tests::assert_no_secrets("Debug", &text, &["hunter2", "old-hunter1", "hunter3"]);
        assert!(text.contains("[redacted]"), "{text}");
    }
    assert!(format!("{recovery:?}").contains("Which city?"));
    assert!(serde_json::to_string(&request).unwrap().contains("hunter2"));
}

/// Decode `value` as the model named `schema` and re-serialize it.
fn round_trip(schema: &str, value: &Value) -> Value {
    fn via<T: DeserializeOwned + Serialize>(value: &Value) -> Value {
        let model: T = serde_json::from_value(value.clone())
            .unwrap_or_else(|e| panic!("does not decode: {e}\n{value:#}"));
        serde_json::to_value(model).unwrap()
    }
    match schema {
        "ChangePasswordRequest" => via::<models::ChangePasswordRequest>(value),
        "UserCredentials" => via::<models::UserCredentials>(value),
        "User" => via::<models::User>(value),
        "ForgotPasswordResponse" => via::<models::ForgotPasswordResponse>(value),
        "ResetPasswordToken" => via::<models::ResetPasswordToken>(value),
        "Error" => via::<models::Error>(value),
        other => panic!("an example is used with {other}: add it to round_trip"),
    }
}

/// Every `(example name, schema name)` pair the Okta spec uses: request bodies and responses
/// (following `$ref`s to `components/responses`).
fn example_uses(spec: &Value) -> Vec<(String, String)> {
    let mut uses = Vec::new();
    let mut media_of = |content: &Value| {
        for media in content.as_object().into_iter().flat_map(|c| c.values()) {
            let schema = media["schema"]["$ref"].as_str().unwrap_or_default();
            let schema = schema.rsplit('/').next().unwrap().to_string();
            for example in media["examples"]
                .as_object()
                .into_iter()
                .flat_map(|e| e.values())
            {
                let name = example["$ref"].as_str().expect("examples are $refs");
                let name = name.rsplit('/').next().unwrap().to_string();
                uses.push((name, schema.clone()));
            }
        }
    };
    for item in spec["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            media_of(&operation["requestBody"]["content"]);
            for response in operation["responses"]
                .as_object()
                .into_iter()
                .flat_map(|r| r.values())
            {
                let response = match response["$ref"].as_str() {
                    Some(r) => &spec["components"]["responses"][r.rsplit('/').next().unwrap()],
                    None => response,
                };
                media_of(&response["content"]);
            }
        }
    }
    uses.sort();
    uses.dedup();
    uses
}

// Guards: every example of the Okta spec decodes into the model it documents and comes back
// unchanged. Two examples do not fit their schema, in the spec itself: they decode, and lose
// exactly what the schema does not have.
#[test]
fn every_spec_example_decodes_and_round_trips() {
    let spec = spec(OKTA_SPEC);
    let uses = example_uses(&spec);
    let all: BTreeSet<String> = spec["components"]["examples"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let used: BTreeSet<String> = uses.iter().map(|(n, _)| n.clone()).collect();
    assert_eq!(used, all, "an example is not used by any operation");
    for (name, schema) in &uses {
        let value = spec["components"]["examples"][name]["value"].clone();
        let mut expected = value.clone();
        match name.as_str() {
            // `{"tempPassword": ...}` documents a `User` response: `User` has no such property.
            "ExpirePwdWithTempPwdResponse" => expected = json!({}),
            // A stray `summary` inside the example's value.
            "ResetPwdWithoutSendingEmailResponse" => {
                expected.as_object_mut().unwrap().remove("summary");
            }
            _ => {}
        }
        assert_eq!(
            same_instants(&round_trip(schema, &value)),
            same_instants(&expected),
            "{name} as {schema}"
        );
    }
    assert!(uses.len() >= 14, "{uses:?}");
}

// Guards: credential-operations' request examples decode into its models and round-trip.
#[test]
fn credential_operations_examples_round_trip() {
    use credential_operations::models as co;
    fn via<T: DeserializeOwned + Serialize>(value: &Value) -> Value {
        serde_json::to_value(serde_json::from_value::<T>(value.clone()).unwrap()).unwrap()
    }
    let spec = spec(CREDENTIAL_OPERATIONS_SPEC);
    type RoundTrip = fn(&Value) -> Value;
    let cases: [(&str, &str, RoundTrip); 3] = [
        (
            "/api/v1/users/{userId}/credentials/change_password",
            "post",
            via::<co::ChangePasswordRequest>,
        ),
        (
            "/api/v1/users/{userId}/credentials/change_recovery_question",
            "post",
            via::<co::ChangeRecoveryQuestionRequest>,
        ),
        (
            "/api/v1/users/{userId}",
            "put",
            via::<co::SetRecoveryCredentialRequest>,
        ),
    ];
    for (path, method, round_trip) in cases {
        let example =
            &spec["paths"][path][method]["requestBody"]["content"]["application/json"]["example"];
        assert!(example.is_object(), "{method} {path}");
        assert_eq!(&round_trip(example), example, "{method} {path}");
    }
}

/// `value` without its `null` members (recursively): a nullable `None` is omitted on output.
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

// Guards: `User` with everything a real response carries: `_links` (with extra link
// properties), `_embedded`, unknown profile properties (additionalProperties: true), `null`
// for the nullable dates and status; all kept, and only the nulls dropped on output.
#[test]
fn user_keeps_links_embedded_and_custom_profile_properties() {
    let body = json!({
        "id": "00u1",
        "status": "ACTIVE",
        "created": "2013-06-24T16:39:18.000Z",
        "activated": null,
        "statusChanged": null,
        "lastLogin": null,
        "passwordChanged": null,
        "transitioningToStatus": null,
        "lastUpdated": "2013-06-27T16:35:28.000Z",
        "realmId": "guo1bfiNtSnZYILxO0g4",
        "type": {"id": "oty1"},
        "profile": {
            "firstName": "Isaac",
            "login": "isaac@example.com",
            "nickName": null,
            "customAttr": "x",
            "customNested": {"a": [1, 2], "b": null}
        },
        "credentials": {"password": {}, "provider": {"type": "OKTA", "name": "OKTA"}},
        "_embedded": {"blocks": {"count": 2, "items": [1]}},
        "_links": {
            "self": {"href": "https://x/api/v1/users/00u1", "templated": false, "customLinkProp": true},
            "activate": {"href": "https://x/api/v1/users/00u1/lifecycle/activate", "method": "POST"}
        }
    });
    let user: models::User = serde_json::from_value(body.clone()).expect("decodes");
    assert_eq!(user.activated, None);
    assert_eq!(user.last_login, None);
    assert_eq!(user.transitioning_to_status, None);
    // `format: date-time` is a `chrono::DateTime<Utc>` (re-exported by the crate).
    let created: okta_user_credentials::chrono::DateTime<okta_user_credentials::chrono::Utc> =
        user.created.expect("created");
    assert_eq!(created.timestamp(), 1_372_091_958);
    let profile = user.profile.as_ref().unwrap();
    assert_eq!(profile.first_name.as_deref(), Some("Isaac"));
    assert_eq!(profile.nick_name, None);
    assert_eq!(profile.additional_properties["customAttr"], json!("x"));
    assert_eq!(
        profile.additional_properties["customNested"],
        json!({"a": [1, 2], "b": null})
    );
    let embedded = user.embedded.as_ref().unwrap();
    assert_eq!(embedded["blocks"]["count"], json!(2));
    let links = user.links.as_ref().unwrap();
    let self_link = links.self_.as_ref().unwrap();
    assert_eq!(self_link.href, "https://x/api/v1/users/00u1");
    assert_eq!(self_link.templated, Some(false));
    assert_eq!(
        self_link.additional_properties["customLinkProp"],
        json!(true)
    );
    assert_eq!(
        links.activate.as_ref().unwrap().additional_properties["method"],
        json!("POST")
    );
    assert_eq!(user.r#type.as_ref().unwrap().id.as_deref(), Some("oty1"));

    // Nulls inside additional properties are data and stay; nullable fields that were null are
    // omitted.
    let mut expected = without_nulls(&body);
    expected["profile"]["customNested"]["b"] = Value::Null;
    // The dates come back as the same instants (`.000Z` written `Z`).
    assert_eq!(
        serde_json::to_value(&user).unwrap()["created"],
        json!("2013-06-24T16:39:18Z")
    );
    assert_eq!(
        same_instants(&serde_json::to_value(&user).unwrap()),
        same_instants(&expected)
    );
}

// Guards: a link object without its required `href` is a decode error, not a silent default.
#[test]
fn link_without_href_does_not_decode() {
    let error = serde_json::from_value::<models::User>(json!({"_links": {"self": {}}}))
        .expect_err("href is required");
    assert!(error.to_string().contains("href"), "{error}");
}

// Guards: the error model decodes its causes.
#[test]
fn error_model_decodes_causes() {
    let error: models::Error = serde_json::from_value(json!({
        "errorCode": "E0000001",
        "errorSummary": "Api validation failed: password",
        "errorCauses": [{"errorSummary": "password: too short"}]
    }))
    .unwrap();
    assert_eq!(
        error.error_causes.unwrap()[0].error_summary.as_deref(),
        Some("password: too short")
    );
}

// Guards: a struct of more than 16 fields (`UserProfile`, read in two groups of slots) reads
// and writes properties of both groups, keeps the ones it does not name, and leaves unset
// optional ones out.
#[test]
fn wide_struct_reads_every_group_and_writes_only_what_is_set() {
    let wire = json!({
        "city": "Lyon",
        "zipCode": "69001",
        "login": "ada@example.com",
        "favoriteColor": "green"
    });
    let profile: models::UserProfile = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(profile.city.as_deref(), Some("Lyon"));
    assert_eq!(profile.zip_code.as_deref(), Some("69001"));
    assert_eq!(profile.login.as_deref(), Some("ada@example.com"));
    assert_eq!(
        profile.additional_properties["favoriteColor"],
        json!("green")
    );
    assert_eq!(profile.first_name, None);
    assert_eq!(serde_json::to_value(&profile).unwrap(), wire);
}

// Guards: a property sent twice is an error naming it (not the last value silently kept), and a
// body that is not an object says which model it was read as.
#[test]
fn duplicate_property_and_wrong_shape_are_errors_that_name_them() {
    let error = serde_json::from_str::<models::UserProfile>(r#"{"zipCode": "1", "zipCode": "2"}"#)
        .expect_err("zipCode twice");
    assert!(
        error.to_string().contains("duplicate field `zipCode`"),
        "{error}"
    );
    let error = serde_json::from_value::<models::UserProfile>(json!([1, 2]))
        .expect_err("an array is not a profile");
    assert!(
        error.to_string().contains("an object (UserProfile)"),
        "{error}"
    );
}

// Guards: string enums compare, hash and sort by their wire values, as `Display` and serde see
// them: a catch-all holding a listed value is that value, and sets of them order as strings.
#[test]
fn enums_compare_hash_and_order_by_wire_value() {
    use models::UserStatus as S;
    use std::collections::HashSet;
    assert_eq!(S::Unknown("ACTIVE".to_string()), S::Active);
    assert_ne!(S::Unknown("active".to_string()), S::Active);
    let set: HashSet<S> = [S::Active, S::Unknown("ACTIVE".to_string())]
        .into_iter()
        .collect();
    assert_eq!(set.len(), 1);
    let mut sorted = [
        S::Suspended,
        S::Unknown("BRAND_NEW".into()),
        S::Active,
        S::LockedOut,
    ];
    sorted.sort();
    let wire: Vec<&str> = sorted.iter().map(S::as_str).collect();
    assert_eq!(wire, ["ACTIVE", "BRAND_NEW", "LOCKED_OUT", "SUSPENDED"]);
}

// Guard: a model's `PartialEq` (written by `serde_struct!`, not derived) compares every field,
// in every group of sixteen, and the properties kept beside them.
#[test]
fn models_are_equal_only_when_every_field_and_kept_property_is() {
    let wire = json!({"city": "Lyon", "zipCode": "69001", "favoriteColor": "green"});
    let profile: models::UserProfile = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(profile, serde_json::from_value(wire).unwrap());
    assert_eq!(profile, profile.clone());
    let mut other = profile.clone();
    other.zip_code = Some("69002".into());
    assert_ne!(profile, other, "a field of the second group differs");
    let mut other = profile.clone();
    other.city = None;
    assert_ne!(profile, other, "a field of the first group differs");
    let mut other = profile.clone();
    other
        .additional_properties
        .insert("favoriteColor".into(), json!("blue"));
    assert_ne!(profile, other, "a kept property differs");
}
