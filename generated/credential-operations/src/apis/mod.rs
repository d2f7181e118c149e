//! The API groups (one module per tag), each with its request builders.
#![allow(
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
impl super::Client {
    /// The operations tagged `Credential Operations`.
    #[cfg(feature = "credential-operations")]
    pub fn credential_operations(
        &self,
    ) -> credential_operations::CredentialOperationsApi<'_> {
        credential_operations::CredentialOperationsApi::new(self)
    }
}
#[cfg(feature = "credential-operations")]
pub mod credential_operations;
