//! The request and response bodies of the API.
//!
//! A field marked *Read-only* is set by the server and ignored in requests; one marked
//! *Write-only* is sent in requests and never returned.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::tabs_in_doc_comments,
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
#[cfg(feature = "credential-operations")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangePasswordRequest {
    pub new_password: Option<ChangePasswordRequestNewPassword>,
    pub old_password: Option<ChangePasswordRequestOldPassword>,
}
#[cfg(feature = "credential-operations")]
super::runtime::macros::serde_struct!(
    ChangePasswordRequest, [opt new_password "newPassword", opt old_password
    "oldPassword"]
);
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default)]
pub struct ChangePasswordRequestNewPassword {
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
super::runtime::macros::serde_struct!(
    ChangePasswordRequestNewPassword, [opt value "value"]
);
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default)]
pub struct ChangePasswordRequestOldPassword {
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
super::runtime::macros::serde_struct!(
    ChangePasswordRequestOldPassword, [opt value "value"]
);
#[cfg(feature = "credential-operations")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeRecoveryQuestionRequest {
    pub password: Option<ChangeRecoveryQuestionRequestPassword>,
    pub recovery_question: Option<ChangeRecoveryQuestionRequestRecoveryQuestion>,
}
#[cfg(feature = "credential-operations")]
super::runtime::macros::serde_struct!(
    ChangeRecoveryQuestionRequest, [opt password "password", opt recovery_question
    "recovery_question"]
);
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default)]
pub struct ChangeRecoveryQuestionRequestPassword {
    pub value: Option<String>,
}
#[cfg(feature = "credential-operations")]
impl std::fmt::Debug for ChangeRecoveryQuestionRequestPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ChangeRecoveryQuestionRequestPassword");
        let d = &mut d;
        let d = d.field("value", &self.value.as_ref().map(|_| Redacted));
        d.finish()
    }
}
#[cfg(feature = "credential-operations")]
super::runtime::macros::serde_struct!(
    ChangeRecoveryQuestionRequestPassword, [opt value "value"]
);
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default)]
pub struct ChangeRecoveryQuestionRequestRecoveryQuestion {
    pub answer: Option<String>,
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
super::runtime::macros::serde_struct!(
    ChangeRecoveryQuestionRequestRecoveryQuestion, [opt answer "answer", opt question
    "question"]
);
#[cfg(feature = "credential-operations")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetRecoveryCredentialRequest {
    pub credentials: Option<SetRecoveryCredentialRequestCredentials>,
}
#[cfg(feature = "credential-operations")]
super::runtime::macros::serde_struct!(
    SetRecoveryCredentialRequest, [opt credentials "credentials"]
);
#[cfg(feature = "credential-operations")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetRecoveryCredentialRequestCredentials {
    pub recovery_question: Option<
        SetRecoveryCredentialRequestCredentialsRecoveryQuestion,
    >,
}
#[cfg(feature = "credential-operations")]
super::runtime::macros::serde_struct!(
    SetRecoveryCredentialRequestCredentials, [opt recovery_question "recovery_question"]
);
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default)]
pub struct SetRecoveryCredentialRequestCredentialsRecoveryQuestion {
    pub answer: Option<String>,
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
super::runtime::macros::serde_struct!(
    SetRecoveryCredentialRequestCredentialsRecoveryQuestion, [opt answer "answer", opt
    question "question"]
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
