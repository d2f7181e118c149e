//! Which values are secrets that `Debug` must never show, for fields and parameters alike.

use super::TypeRef;
use crate::naming;

/// Whether a value holds a secret: anything `format: password` or write-only, and strings
/// named as one (specs converted from other formats rarely mark them): a password or secret
/// anywhere in the name, the `Authorization` and `Cookie` headers, a name ending in `token` or in a private/API/... `key`, the `value`
/// of a password object, and the answer to a security question. `owner` is the model holding
/// the field (empty for a parameter).
pub fn is_secret(api_name: &str, owner: &str, ty: &TypeRef, write_only: bool) -> bool {
    if write_only || *ty == TypeRef::FormattedString("password".into()) {
        return true;
    }
    // Timestamps, flags and counts named after a secret are not the secret.
    if !matches!(ty, TypeRef::String | TypeRef::FormattedString(_)) || is_not_text(ty) {
        return false;
    }
    let mentions = |name: &str| {
        let lower = name.to_ascii_lowercase();
        ["password", "passwd", "secret"]
            .iter()
            .any(|word| lower.contains(word))
    };
    let snake = naming::snake(api_name);
    let words: Vec<&str> = naming::bare(&snake).split('_').collect();
    let last_word_is_secret = match words.as_slice() {
        // A cursor (Google's `pageToken`, `syncToken`) is not a credential.
        [.., before, "token"] if PAGING_WORDS.contains(before) => false,
        [.., "token"] => true,
        [.., before, "key"] => [
            "private", "api", "secret", "access", "signing", "client", "session",
        ]
        .contains(before),
        _ => false,
    };
    let answers_a_question =
        api_name.eq_ignore_ascii_case("answer") && owner.to_ascii_lowercase().contains("question");
    let credentials_header = ["authorization", "proxy-authorization", "cookie"]
        .contains(&api_name.to_ascii_lowercase().as_str());
    mentions(api_name)
        || credentials_header
        || last_word_is_secret
        || (api_name == "value" && mentions(owner))
        || answers_a_question
}

/// The words before `token` in the name of a cursor, not a credential (`page_token`,
/// `next_page_token`, `continuation_token`, `sync_token`).
const PAGING_WORDS: [&str; 6] = [
    "page",
    "next",
    "continuation",
    "sync",
    "pagination",
    "cursor",
];

/// A parameter named `key` that its description calls an API key (Google's APIs take the
/// key as `?key=..` on every operation): a secret, though `key` alone is a name many
/// non-secrets have.
pub fn is_api_key_param(api_name: &str, description: Option<&str>) -> bool {
    api_name.eq_ignore_ascii_case("key")
        && description.is_some_and(|text| text.to_ascii_lowercase().contains("api key"))
}

/// Formatted strings that hold a date, a number or similar, not text a person chose.
fn is_not_text(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::FormattedString(f) if ["date", "date-time", "int32", "int64", "uuid", "uri", "url"].contains(&f.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_by_format_write_only_and_name() {
        let string = TypeRef::String;
        let password = TypeRef::FormattedString("password".into());
        let date = TypeRef::FormattedString("date-time".into());
        // (name, owner, type, write-only, secret?)
        let table: &[(&str, &str, &TypeRef, bool, bool)] = &[
            ("value", "PasswordCredential", &password, false, true),
            ("answer", "RecoveryQuestionCredential", &string, true, true),
            (
                "value",
                "ChangePasswordRequestNewPassword",
                &string,
                false,
                true,
            ),
            ("tempPassword", "User", &string, false, true),
            ("client_secret", "App", &string, false, true),
            ("sessionToken", "CreateSessionRequest", &string, false, true),
            ("token", "ChildOrg", &string, false, true),
            ("private_key", "DomainCertificate", &string, false, true),
            ("apiKey", "", &string, false, true),
            // Converted specs do not mark the answer write-only; it is a secret all the same.
            (
                "answer",
                "SetRecoveryCredentialRequestCredentialsRecoveryQuestion",
                &string,
                false,
                true,
            ),
            (
                "question",
                "RecoveryQuestionCredential",
                &string,
                false,
                false,
            ),
            ("value", "Email", &string, false, false),
            ("answer", "Poll", &string, false, false),
            ("tokenType", "Token", &string, false, false),
            ("pageToken", "", &string, false, false),
            ("next_page_token", "", &string, false, false),
            ("syncToken", "", &string, false, false),
            ("access_token", "", &string, false, true),
            ("oauth_token", "", &string, false, true),
            ("publicKey", "Jwk", &string, false, false),
            ("keySize", "Hash", &string, false, false),
            ("passwordChanged", "User", &date, false, false),
            ("password", "Policy", &TypeRef::Boolean, false, false),
        ];
        for &(name, owner, ty, write_only, secret) in table {
            assert_eq!(
                is_secret(name, owner, ty, write_only),
                secret,
                "{owner}.{name}"
            );
        }
    }

    #[test]
    fn a_key_is_a_secret_when_described_as_an_api_key() {
        let google = "API key. Your API key identifies your project and provides you with API \
                      access, quota, and reports.";
        assert!(is_api_key_param("key", Some(google)));
        assert!(!is_api_key_param(
            "key",
            Some("The key of the entry to read.")
        ));
        assert!(!is_api_key_param("key", None));
        assert!(!is_api_key_param("name", Some(google)));
    }
}
