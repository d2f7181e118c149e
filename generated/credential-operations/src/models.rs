//! The request and response bodies of the API.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::tabs_in_doc_comments,
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
#[cfg(feature = "credential-operations")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangePasswordRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_password: Option<ChangePasswordRequestNewPassword>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_password: Option<ChangePasswordRequestOldPassword>,
}
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ChangePasswordRequestNewPassword {
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ChangePasswordRequestOldPassword {
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ChangeRecoveryQuestionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<ChangeRecoveryQuestionRequestPassword>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_question: Option<ChangeRecoveryQuestionRequestRecoveryQuestion>,
}
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ChangeRecoveryQuestionRequestPassword {
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ChangeRecoveryQuestionRequestRecoveryQuestion {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetRecoveryCredentialRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<SetRecoveryCredentialRequestCredentials>,
}
#[cfg(feature = "credential-operations")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetRecoveryCredentialRequestCredentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_question: Option<
        SetRecoveryCredentialRequestCredentialsRecoveryQuestion,
    >,
}
#[cfg(feature = "credential-operations")]
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetRecoveryCredentialRequestCredentialsRecoveryQuestion {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// Stands in for a secret in `Debug` output.
struct Redacted;
#[cfg(feature = "credential-operations")]
impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}
