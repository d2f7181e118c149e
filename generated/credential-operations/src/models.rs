//! The request and response bodies of the API.
//!
//! A field marked *Read-only* is set by the server and ignored in requests; one marked
//! *Write-only* is sent in requests and never returned.
#![allow(
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
#[allow(unused_imports)]
use super::runtime::macros::serde_struct;
#[cfg(feature = "credential-operations")]
/// The request body of `POST /api/v1/users/{userId}/credentials/change_password`.
#[derive(Debug, Clone, Default)]
pub struct ChangePasswordRequest {
    /// See [`ChangePasswordRequestNewPassword`].
    pub new_password: Option<ChangePasswordRequestNewPassword>,
    /// See [`ChangePasswordRequestOldPassword`].
    pub old_password: Option<ChangePasswordRequestOldPassword>,
}
#[cfg(feature = "credential-operations")]
serde_struct!(
    ChangePasswordRequest, [opt new_password "newPassword", opt old_password
    "oldPassword"]
);
#[cfg(feature = "credential-operations")]
/// The `newPassword` property of the request body of `POST /api/v1/users/{userId}/credentials/change_password`.
#[derive(Clone, Default)]
pub struct ChangePasswordRequestNewPassword {
    /// The `value` property.
    pub value: Option<String>,
}
#[cfg(feature = "credential-operations")]
impl std::fmt::Debug for ChangePasswordRequestNewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ChangePasswordRequestNewPassword");
        let d = &mut d;
        let d = d.field("value", &self.value.as_ref().map(|_| Redacted));
        d.finish()
    }
}
#[cfg(feature = "credential-operations")]
serde_struct!(ChangePasswordRequestNewPassword, [opt value]);
#[cfg(feature = "credential-operations")]
/// The `oldPassword` property of the request body of `POST /api/v1/users/{userId}/credentials/change_password`.
#[derive(Clone, Default)]
pub struct ChangePasswordRequestOldPassword {
    /// The `value` property.
    pub value: Option<String>,
}
#[cfg(feature = "credential-operations")]
impl std::fmt::Debug for ChangePasswordRequestOldPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ChangePasswordRequestOldPassword");
        let d = &mut d;
        let d = d.field("value", &self.value.as_ref().map(|_| Redacted));
        d.finish()
    }
}
#[cfg(feature = "credential-operations")]
serde_struct!(ChangePasswordRequestOldPassword, [opt value]);
#[cfg(feature = "credential-operations")]
/// The request body of `POST /api/v1/users/{userId}/credentials/change_recovery_question`.
#[derive(Debug, Clone, Default)]
pub struct ChangeRecoveryQuestionRequest {
    /// See [`ChangeRecoveryQuestionRequestPassword`].
    pub password: Option<ChangeRecoveryQuestionRequestPassword>,
    /// See [`ChangeRecoveryQuestionRequestRecoveryQuestion`].
    pub recovery_question: Option<ChangeRecoveryQuestionRequestRecoveryQuestion>,
}
#[cfg(feature = "credential-operations")]
serde_struct!(ChangeRecoveryQuestionRequest, [opt password, opt recovery_question]);
#[cfg(feature = "credential-operations")]
/// The `password` property of the request body of `POST /api/v1/users/{userId}/credentials/change_recovery_question`.
pub type ChangeRecoveryQuestionRequestPassword = ChangePasswordRequestOldPassword;
#[cfg(feature = "credential-operations")]
/// The `recovery_question` property of the request body of `POST /api/v1/users/{userId}/credentials/change_recovery_question`.
#[derive(Clone, Default)]
pub struct ChangeRecoveryQuestionRequestRecoveryQuestion {
    /// The `answer` property.
    pub answer: Option<String>,
    /// The `question` property.
    pub question: Option<String>,
}
#[cfg(feature = "credential-operations")]
impl std::fmt::Debug for ChangeRecoveryQuestionRequestRecoveryQuestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ChangeRecoveryQuestionRequestRecoveryQuestion");
        let d = &mut d;
        let d = d.field("answer", &self.answer.as_ref().map(|_| Redacted));
        let d = d.field("question", &self.question);
        d.finish()
    }
}
#[cfg(feature = "credential-operations")]
serde_struct!(ChangeRecoveryQuestionRequestRecoveryQuestion, [opt answer, opt question]);
#[cfg(feature = "credential-operations")]
/// The request body of `PUT /api/v1/users/{userId}`.
#[derive(Debug, Clone, Default)]
pub struct SetRecoveryCredentialRequest {
    /// See [`SetRecoveryCredentialRequestCredentials`].
    pub credentials: Option<SetRecoveryCredentialRequestCredentials>,
}
#[cfg(feature = "credential-operations")]
serde_struct!(SetRecoveryCredentialRequest, [opt credentials]);
#[cfg(feature = "credential-operations")]
/// The `credentials` property of the request body of `PUT /api/v1/users/{userId}`.
#[derive(Debug, Clone, Default)]
pub struct SetRecoveryCredentialRequestCredentials {
    /// See [`SetRecoveryCredentialRequestCredentialsRecoveryQuestion`].
    pub recovery_question: Option<
        SetRecoveryCredentialRequestCredentialsRecoveryQuestion,
    >,
}
#[cfg(feature = "credential-operations")]
serde_struct!(SetRecoveryCredentialRequestCredentials, [opt recovery_question]);
#[cfg(feature = "credential-operations")]
/// The `recovery_question` property of the `credentials` property of the request body of `PUT /api/v1/users/{userId}`.
#[derive(Clone, Default)]
pub struct SetRecoveryCredentialRequestCredentialsRecoveryQuestion {
    /// The `answer` property.
    pub answer: Option<String>,
    /// The `question` property.
    pub question: Option<String>,
}
#[cfg(feature = "credential-operations")]
impl std::fmt::Debug for SetRecoveryCredentialRequestCredentialsRecoveryQuestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f
            .debug_struct("SetRecoveryCredentialRequestCredentialsRecoveryQuestion");
        let d = &mut d;
        let d = d.field("answer", &self.answer.as_ref().map(|_| Redacted));
        let d = d.field("question", &self.question);
        d.finish()
    }
}
#[cfg(feature = "credential-operations")]
serde_struct!(
    SetRecoveryCredentialRequestCredentialsRecoveryQuestion, [opt answer, opt question]
);
#[cfg(feature = "credential-operations")]
/// Stands in for a secret in `Debug` output.
struct Redacted;
#[cfg(feature = "credential-operations")]
impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}
